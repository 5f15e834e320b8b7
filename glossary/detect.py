"""Find personal names in a sentence or a text, in any supported language.

A name is found when (1) a known given name is followed by capitalised words
(Marija Kolesnikowa, Уладзімір Лабковіч), or (2) a capitalised word shaped like
an East Slavic surname follows another capitalised word that does not start a
sentence (Qasym-Jomart Tokajew). Surnames found that way are then recognised
alone, inflected, at a sentence start or in compounds (Lukaschenko-System,
Lukasenkót) through the matching key. A German capitalised noun is never a
name by itself: it needs a given name, a surname shape next to another name
word, or a key already known from elsewhere (the other side of the pair).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from glossary.given import is_given_name
from glossary.inflect import lemmas
from glossary.key import key

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;„“”\"«»()\[\]\n]|\*\*|[-–—]\s)\s*\**$")
# Endings of East Slavic surnames in their Latin and Cyrillic spellings (lemmas).
_SURNAME_SHAPE = re.compile(
    r"(?:[ae]nk[oa]|[ao]w[a]?|[ej]?ew[a]?|[oe]v[a]?|ová|[iy]n[a]?|[sckz]k[iyaá]j?|zki|"
    r"[sc]kij|tski|tsky|itsch|vich|vics|wicz|vič|uk|juk|yuk|iuk|ko|"
    r"енко|енка|ов|ова|ев|ева|ёв|ёва|єв|єва|ів|ін|ин|ина|ын|ына|ский|ская|цкий|цкая|скі|цкі|ський|цький|"
    r"вич|віч|ук|юк|ко|ка|ў)$"
)
_MIN_SURNAME = 3


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name: ``text[start:end]`` is ``surface``."""

    surface: str  # as written, e.g. "Alexander Lukaschenko" or "Lukaschenkos"
    surname: str  # the family name as written (maybe inflected)
    lemma: str  # its citation form
    key: str  # matching key of the lemma
    start: int
    end: int
    full: bool  # given name (or a second name word) present


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    initial: bool  # starts a sentence, heading or quotation


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        before = text[max(0, m.start() - 6) : m.start()]
        initial = m.start() == 0 or bool(_SENTENCE_END.search(before)) or not before.strip()
        out.append(_Tok(m.group(), m.start(), m.end(), initial))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def ends_like_surname(word: str) -> bool:
    """True when ``word`` as written ends like an East Slavic surname."""
    return len(word) > 3 and bool(_SURNAME_SHAPE.search(word.lower()))


def surname_shaped(word: str, lang: str) -> bool:
    """True when ``word`` (or a citation form of it) ends like an East Slavic surname."""
    return any(ends_like_surname(lemma) for lemma in lemmas(word, lang))


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end : b.start]
    return gap in (" ", "\u00a0")


def _best_lemma(word: str, lang: str, known: set[str]) -> tuple[str, str]:
    """The citation form whose key is known, the most stripped one if several are
    (Putyinnal may be known from a first pass, but Putyin is what it inflects)."""
    forms = lemmas(word, lang)
    hits = [(len(form), form, key(form, lang)) for form in forms]
    hits = [h for h in hits if h[2] in known]
    if hits:
        _, form, k = min(hits)
        return form, k
    return forms[0], key(forms[0], lang)


def find_names(text: str, lang: str, known: Iterable[str] = ()) -> list[Mention]:
    """Names in ``text`` (written in ``lang``), in text order.

    ``known`` are keys of surnames found elsewhere (the rest of the document,
    the other language); words with those keys count as names on their own.
    """
    known_keys = set(known)
    toks = _tokens(text)
    mentions: dict[int, Mention] = {}
    used: set[int] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _capitalised(tok.text):
            i += 1
            continue
        # Name words following this one, separated by a single space.
        run = [i]
        while (
            run[-1] + 1 < len(toks)
            and len(run) < 4
            and _capitalised(toks[run[-1] + 1].text)
            and _adjacent(text, toks[run[-1]], toks[run[-1] + 1])
        ):
            run.append(run[-1] + 1)
        start = _name_start(toks, run, lang)
        if start is not None and len(run) - start >= 2:
            words = run[start:]
            last = toks[words[-1]]
            if len(last.text) >= _MIN_SURNAME and not is_given_name(last.text, lang):
                lemma, k = _best_lemma(last.text, lang, known_keys)
                first = toks[words[0]]
                mentions[first.start] = Mention(
                    text[first.start : last.end], last.text, lemma, k, first.start, last.end, True
                )
                known_keys.add(k)
                used.update(words)
        i = run[-1] + 1
    # Single mentions of surnames known from full names or from elsewhere.
    for n, tok in enumerate(toks):
        if n in used or not tok.text[:1].isupper():
            continue
        for part in _parts(tok):
            lemma, k = _best_lemma(part.text, lang, known_keys)
            if k in known_keys and len(part.text) >= _MIN_SURNAME:
                mentions[part.start] = Mention(
                    part.text, part.text, lemma, k, part.start, part.end, False
                )
                break
    return [mentions[s] for s in sorted(mentions)]


def _parts(tok: _Tok) -> list[_Tok]:
    """A hyphenated compound and its parts: Lukaschenko-System -> Lukaschenko."""
    out = [tok]
    if "-" in tok.text:
        pos = tok.start
        for piece in tok.text.split("-"):
            out.append(_Tok(piece, pos, pos + len(piece), tok.initial))
            pos += len(piece) + 1
    return out


def _name_start(toks: list[_Tok], run: list[int], lang: str) -> int | None:
    """Where the name begins inside a run of capitalised words, or None.

    The surname is the run's last word; everything before it must be a given
    name, or name-like (a run-internal word that does not start a sentence).
    """
    if len(run) < 2:
        return None
    for s in range(len(run) - 1):
        first = toks[run[s]]
        if _given(first.text, lang):
            return s
    last = toks[run[-1]]
    prev = toks[run[-2]]
    if surname_shaped(last.text, lang) and not prev.initial and name_like(prev.text):
        return len(run) - 2
    return None


def _given(word: str, lang: str) -> bool:
    return is_given_name(word, lang) or any(
        is_given_name(p, lang) for p in word.split("-") if len(p) > 1
    )


_NOUNISH = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ität|ismus|ment|chen|lein|ter|ner|ler|rer|ent|ant|"
    r"ist|ium|eur|ür|rat|amt|land|stadt)$"
)


def name_like(word: str) -> bool:
    """Could this capitalised word be a given name (not a German common noun)?"""
    return len(word) <= 14 and not _NOUNISH.search(word.lower())


def name_keys(text: str, lang: str) -> set[str]:
    """Matching keys of the names in one sentence (the aligner's anchor hook).

    Besides full names, any capitalised surname-shaped word counts, with the
    keys of its possible citation forms, so a sentence that only says
    "Lukasenkót" still shares a key with one that says "Lukaschenkos"; words
    are also read with English rules, since every language quotes English
    spellings (a German text citing "Lukashenka").
    """
    from glossary.match import word_keys

    keys = {m.key for m in find_names(text, lang)}
    for tok in _tokens(text):
        for part in _parts(tok):
            w = part.text
            if (
                _capitalised(w)
                and name_like(w)
                and surname_shaped(w, lang)
                and not is_given_name(w, lang)
            ):
                keys.update(word_keys(w, lang))
    return {k for k in keys if len(k) >= _MIN_SURNAME}
