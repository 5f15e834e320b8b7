"""The general word lists name detection consults (``data/``, made by ``data/make_lists.py``).

Every list comes from a general source named in ``data/README.md``: given
names with their gender and family names (Faker's per-locale lists), function
words (stopwords-iso), month, weekday and territory names (Unicode CLDR),
honorifics (Faker), and German capitalised words that general word
frequencies show to be common words rather than names (spaCy's lookups data).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """Lower case without accents: the form lists are looked up in."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@cache
def _given_table() -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    for line in _lines("given_names.tsv"):
        name, gender, spread = line.split("\t")
        key = fold(name)
        old_gender, old_spread = out.get(key, (gender, 0))
        merged = "".join(sorted(set(old_gender + gender), reverse=True))
        out[key] = (merged, max(old_spread, int(spread)))
    return out


@cache
def given_names() -> dict[str, str]:
    """Folded given name -> gender ("m", "f", "mf" or "" when unknown)."""
    return {name: gender for name, (gender, _) in _given_table().items()}


def given_spread(word: str) -> int:
    """How many of the source's locales list ``word`` as a given name (0: none).

    A name listed once only (Atlas, Captain, Berlin in one English list) is
    weak evidence on its own.
    """
    return _given_table().get(fold(word), ("", 0))[1]


@cache
def family_names() -> frozenset[str]:
    return frozenset(fold(n) for n in _lines("family_names.txt"))


#: A German common word at least this frequent (natural log) is never read as a name
#: word; rarer ones (Westerwelle, Tesch are in the list too) may be, on evidence.
STRONG = -11.2


@cache
def german_common_words() -> dict[str, float]:
    """Capitalised German common word -> natural log of its frequency."""
    out = {}
    for line in _lines("de_common_words.tsv"):
        word, _, p = line.partition("\t")
        out[word] = float(p)
    return out


@cache
def _language_words() -> dict[tuple[str, str], dict[str, str]]:
    out: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for line in _lines("language_words.tsv"):
        lang, kind, word, *rest = line.split("\t")
        out[(lang, kind)][fold(word)] = rest[0] if rest else ""
    return out


def words(lang: str, kind: str) -> dict[str, str]:
    """Folded words of one kind in ``lang``: function, month, weekday, territory, title.

    Titles map to the gender they mark ("m", "f" or "").
    """
    return _language_words().get((lang, kind), {})


def given_gender(word: str) -> str | None:
    """The gender of a given name ("m", "f", "mf", ""), None when it is not one."""
    return given_names().get(fold(word))


def is_family_name(word: str) -> bool:
    return fold(word) in family_names()


def is_common_word(word: str, lang: str) -> bool:
    """A capitalised word that is an ordinary word of ``lang`` (German nouns: Gold, Präsident)."""
    if lang == "de" and word in german_common_words():
        return True
    return fold(word) in words(lang, "function")


def is_strong_common_word(word: str, lang: str) -> bool:
    """A function word, or a German common word too frequent to be a family name (Gold)."""
    if lang == "de" and german_common_words().get(word, -99.0) > STRONG:
        return True
    return fold(word) in words(lang, "function")


def is_calendar_word(word: str, lang: str) -> bool:
    low = fold(word)
    return low in words(lang, "month") or low in words(lang, "weekday")
