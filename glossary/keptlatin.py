"""Words a Russian, Ukrainian or Belarusian translation keeps in Latin letters: things.

Those languages write a person's name in their own letters (*Иэн Мёрдок*, *Линус
Торвальдс*) and a program's, a system's, a firm's or a format's as it is spelt
(*Debian*, *Linux*, *Mandriva*). So in a project beside a Latin-script text, a word the
Cyrillic side of a bead keeps alone in Latin letters while the other side writes it too
names a thing, on both sides and through the document, as a word written after an
article does (:mod:`glossary.articled`): no person without a title, an initial or a
listed given name. A word the Cyrillic side writes in its own letters in some bead
(*Линус Торвальдс (Linus Torvalds)*) stays a name; so do a listed given name, a surname
the document writes after a given name (*Ian Murdock*), and a word that ends a short run
of Latin words and is no English word (*Bdale Garbee*): a translation of a list of
people sometimes keeps their names as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import extractOne

from glossary.articled import word_keys
from glossary.englishwords import english_word
from glossary.inflect import lemmas
from glossary.key import key
from glossary.lexicon import is_cyrillic
from glossary.namelists import given_gender
from glossary.shapes import _EAST_SLAVIC
from glossary.tokens import NAME_GAPS, Tok, tokens

#: Keys at least this similar may write one name: looser than a match's 0.93
#: (:data:`glossary.build.MERGE`), since transcriptions vary (*Murdock*, *Мэрдок*: 0.90).
_NEAR = 0.85
#: A ruler's numeral after a name (*Henry VIII*).
_ROMAN = re.compile(r"[IVXLC]+")
#: Languages whose spelling a Latin name keeps beside a Cyrillic transcription.
_READINGS = ("en", "fr")


def kept_latin_keys(
    pairs: Iterable[tuple[str, str]],
    slavic_lang: str,
    latin_lang: str,
    surnames: Set[str] = frozenset(),
) -> set[str]:
    """Keys, in both languages, of the words that the East Slavic side of some bead keeps
    alone in Latin letters beside the same word on the other side; ``pairs`` are each
    bead's (East Slavic side, other side) texts. Not a word whose key is in
    ``surnames`` (a surname the document writes after a given name: *Ian Murdock*), nor
    one that some bead's Cyrillic letters transcribe. Empty unless ``slavic_lang`` is
    Russian, Ukrainian or Belarusian and the other language is not."""
    if slavic_lang not in _EAST_SLAVIC or latin_lang in _EAST_SLAVIC:
        return set()
    kept: set[str] = set()
    spoken: set[str] = set()
    cyrillic: set[str] = set()
    for slavic, other in pairs:
        toks = tokens(slavic)
        cyrillic.update(t.text for t in toks if t.text[:1].isupper() and is_cyrillic(t.text))
        if not any(tok.text[:1].isascii() and tok.text[:1].isupper() for tok in toks):
            continue
        written = _latin_words(other)
        for n, tok in enumerate(toks):
            word = tok.text
            if word not in written or not word.isascii():
                continue
            if _ends_short_run(slavic, toks, n):
                spoken.add(word)  # Bdale Garbee: maybe a person's name, kept as written
            elif _lone_latin(slavic, toks, n):
                kept.add(word)
    kept -= spoken
    kept = {w for w in kept if not word_keys(w, latin_lang) & surnames}
    kept -= _transcribed(kept, cyrillic, latin_lang, slavic_lang)
    out: set[str] = set()
    for word in kept:
        out |= word_keys(word, latin_lang) | word_keys(word, slavic_lang)
    return out


def _latin_words(text: str) -> set[str]:
    """The capitalised Latin words of the other side, with a German genitive's stem
    (*Debians* beside *Debian*)."""
    out = set()
    for tok in tokens(text):
        word = tok.text
        if word[:1].isupper() and word.isascii():
            out.add(word)
            if word.endswith("s"):
                out.add(word[:-1])
    return out


def _lone_latin(text: str, toks: list[Tok], n: int) -> bool:
    """Token ``n`` is a capitalised Latin word of four letters or more, no listed given
    name, with no capitalised Latin word right beside it but an acronym."""
    word = toks[n].text
    if len(word) < 4 or not word.isascii() or not word.isalpha() or not word[:1].isupper():
        return False
    if given_gender(word) is not None:
        return False
    for m in (n - 1, n + 1):
        if not 0 <= m < len(toks):
            continue
        near = toks[m].text
        if near.isupper() and len(near) > 1 and not _ROMAN.fullmatch(near):
            continue  # Debian GNU/Linux: an acronym beside it is no word of a name
        if _joined(text, *((toks[m], toks[n]) if m < n else (toks[n], toks[m]))):
            return False  # Bdale Garbee, Thomas E. Dickey, X Window: a name of several words
    return True


def _ends_short_run(text: str, toks: list[Tok], n: int) -> bool:
    """Token ``n`` ends a run of two or three capitalised Latin words and is no English
    common word: a name kept as written (*Bdale Garbee*), not a thing's (*Debian Social
    Contract*, *X Window*)."""
    start = n
    while start > 0 and _joined(text, toks[start - 1], toks[start]):
        start -= 1
    if not 1 <= n - start <= 2 or n + 1 < len(toks) and _joined(text, toks[n], toks[n + 1]):
        return False
    return not english_word(toks[n].text, "en")


def _joined(text: str, a: Tok, b: Tok) -> bool:
    """Two capitalised Latin words with a space between, or an initial and its full stop
    before the second (*E. Dickey*)."""
    gap = text[a.end : b.start]
    return (gap in NAME_GAPS or len(a.text) == 1 and gap == ". ") and all(
        t.text[:1].isupper() and t.text.isascii() for t in (a, b)
    )


def _transcribed(
    latin: set[str], cyrillic: set[str], latin_lang: str, slavic_lang: str
) -> set[str]:
    """The Latin words some Cyrillic word of the document transcribes (*Torvalds*,
    *Торвальдс*; *Murdock*, *Мэрдока*), read as words of the other side's language or as
    English or French names, at a looser similarity than a name's match: a word spared
    here only keeps the evidence it had before."""
    if not latin or not cyrillic:
        return set()
    theirs = sorted({key(lemma, slavic_lang) for w in cyrillic for lemma in lemmas(w, slavic_lang)})
    out = set()
    for word in latin:
        readings = {key(word, latin_lang), *(key(word, lang) for lang in _READINGS)}
        for reading in readings:
            if len(reading) >= 4 and extractOne(
                reading, theirs, scorer=JaroWinkler.normalized_similarity, score_cutoff=_NEAR
            ):
                out.add(word)
                break
    return out
