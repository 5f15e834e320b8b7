"""Anchor features: the parts of a sentence that survive translation unchanged.

Numbers, punctuation shape, identical words and cognates (same four-letter
prefix after folding accents) are language-independent evidence that two
sentences translate each other. Each sentence becomes a set of string
features; only features that occur on both sides are ever compared.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from aligner.align.scripts import sound_prefix

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d")
_FOLD_EXTRA = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe"})

# Punctuation whose presence tends to be kept by translators; quotes of all
# typographic conventions count as one class.
_PUNCT_CLASS = {
    "?": "?",
    "!": "!",
    "(": "(",
    ")": "(",
    "[": "(",
    "]": "(",
    ":": ":",
    ";": ";",
    "«": "q",
    "»": "q",
    "„": "q",
    "“": "q",
    "”": "q",
    '"': "q",
    "‹": "q",
    "›": "q",
    "%": "%",
    "§": "§",
}

#: Prefix of the name keys' features; words and cognate prefixes are spellings.
KEY = "k"
#: Prefix of the sound-spelling prefixes shared across scripts.
SOUND = "x"
_SPELLING = ("w", "c")

#: Feature families a caller can switch on and off (the ablation uses this).
FAMILIES = ("numbers", "punct", "identical", "cognates")


def tokens(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens."""
    return _TOKEN.findall(text.lower())


def fold_text(text: str) -> str:
    """Strip accents so that expédition and Expedition compare equal."""
    text = text.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """:func:`fold_text` for single words, cached: a text repeats its words."""
    return fold_text(word)


def sentence_features(
    text: str,
    families: Iterable[str] = FAMILIES,
    name_keys: Callable[[str, str], set[str]] | None = None,
    lang: str | None = None,
    sounds: bool = False,
) -> set[str]:
    """The anchor features of one sentence, as a set of prefixed strings.

    ``sounds`` adds each word's prefix in a rough sound spelling shared by
    Latin and Cyrillic script (``scripts.sound_prefix``), for a pair of texts
    in the two scripts.
    """
    fams = set(families)
    feats: set[str] = set()
    for tok in tokens(text):
        if _DIGITS.search(tok):
            if "numbers" in fams:
                digits = "".join(c for c in tok if c.isdigit())
                feats.add("#" + (digits.lstrip("0") or "0"))
            continue
        if len(tok) == 1 and not tok.isalnum():
            if "punct" in fams and tok in _PUNCT_CLASS:
                feats.add("p" + _PUNCT_CLASS[tok])
            continue
        if len(tok) < 2:
            continue
        folded = fold(tok)
        if "identical" in fams:
            feats.add(sys.intern("w" + folded))  # interned: one object per word
        if "cognates" in fams and len(folded) >= 4 and folded.isalpha():
            feats.add(sys.intern("c" + folded[:4]))
            if sounds and (sound := sound_prefix(folded)) is not None:
                feats.add(sys.intern(SOUND + sound))
    if name_keys is not None:
        feats.update(KEY + key for key in name_keys(text, lang or ""))
    return feats


def drop_redundant_keys(*sides: list[set[str]]) -> int:
    """Remove, in place, name keys that only repeat a spelling's matches; return how many.

    A name written alike in both texts (Hedin, Hedin) already shares its
    identical word and its cognate prefix; its key would count it a third
    time, and a sentence holding a name would outweigh its neighbours and
    pull them into its bead. So a key is dropped when one word or cognate
    prefix is common to every sentence holding it, on either side: every
    pair the key could match is matched by that spelling already. Keys stay
    where the spelling differs (Lukaschenko beside Loukachenko, Лукашенко).
    """
    holders: dict[str, list[set[str]]] = {}
    for side in sides:
        for feats in side:
            for f in feats:
                if f[0] == KEY:
                    holders.setdefault(f, []).append(feats)
    dropped = 0
    for key, sets in holders.items():
        common = {f for f in sets[0] if f[0] in _SPELLING}
        for feats in sets[1:]:
            common &= feats
            if not common:
                break
        if common:
            for feats in sets:
                feats.discard(key)
            dropped += 1
    return dropped
