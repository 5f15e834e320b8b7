"""Names the two sides of one bead confirm for each other.

A capitalised German word may be a noun or a name; the translation beside it
tells which when its language capitalises names only, or when it writes the
same name in other letters (*Kolesnikowa* beside *Колесникова*). This module
reads one bead at a time and returns the keys so confirmed; the glossary's
build (:mod:`glossary.build`) adds them to what each text found alone.
"""

from __future__ import annotations

import re

from glossary.germanwords import is_german_lower
from glossary.group import MERGE
from glossary.inflect import lemmas
from glossary.key import key
from glossary.lexicon import is_cyrillic, is_lower_word
from glossary.match import across
from glossary.shapes import _EAST_SLAVIC, surname_shaped
from glossary.technical import unnamed_lower_word
from glossary.wordclass import _stop, name_like, stop_or_weak

#: Languages that capitalise only names (a capitalised word there, not at a sentence
#: start, is a proper noun): the other side's evidence for a German noun-or-name.
_CAPITALISE_NAMES_ONLY = frozenset("en fr hu pl cs sk ru uk be".split())

_DEMONYM = re.compile(r"(?:ians?|eans?|ese|ish|ans|ic|ics)$")
_CAP = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_'’-]+")
_START = re.compile(r"(?:^|[.!?:;„“”\"«»()\[\]\n]|\*\*|[-–—]\s)\s*\**$")


#: A definite article right before a word, in the languages whose prose gives a person
#: none: a word there names a thing (*the Kremlin*, *den Kreml*, *le Kremlin*).
_ARTICLE = {
    "de": re.compile(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)) $"),
    "en": re.compile(r"(?<![\w-])[Tt]he $"),
    "fr": re.compile(r"(?:(?<![\w-])[Ll](?:e|a|es) |(?<![\w-])[Ll]['’])$"),
}


def paired_keys(beads, src_lang: str, tgt_lang: str, known: set[str]) -> set[str]:
    """Keys that the two sides of one bead confirm for each other.

    A word spelt differently on the two sides with one key is a transliterated
    name (Kolesnikowa / Kalesnikava, Лукашенко / Lukaschenko); a word spelt
    alike counts when the side that capitalises names only writes it
    capitalised inside a sentence (Osborne beside Osborne) and neither side
    reads it as a common word, or when ``known`` holds its key in either
    language: a person one side found by its own evidence (Voltaire beside
    Voltaire at a sentence's start). A word confirms only its closest
    counterpart, and only if it is that one's closest too: beside *Linus* and
    *Linux*, *Линусом* is Linus's form, not Linux's.
    """
    out: set[str] = set()
    for _pos, src, tgt in beads:
        a = _cap_words(src, src_lang)
        b = _cap_words(tgt, tgt_lang)
        pairs = []  # (score, index in a, index in b, keys it confirms)
        for i, (word_a, initial_a) in enumerate(a):
            keys_a = _lemma_keys(word_a, src_lang)
            same = {x.lower() for x in lemmas(word_a, src_lang)}
            for j, (word_b, initial_b) in enumerate(b):
                keys_b = _lemma_keys(word_b, tgt_lang)
                shared = same & {y.lower() for y in lemmas(word_b, tgt_lang)}
                alike = bool(shared)
                if alike:  # Kovács beside Kovács: the spelling both share, not a stem
                    word = max(shared, key=len)  # that a key happens to match (Kovác)
                    spelt = key(word, src_lang), key(word, tgt_lang)
                    if known.intersection(spelt):  # a person on one side by evidence is
                        out.update(spelt)  # one on the other however each reads it
                        continue  # (Voltaire et Diderot; Blücher: bluher, bluser)
                read_a = keys_a
                if _scripts_differ(word_a, word_b):  # Binoche beside Бинош: a French name
                    read_a, keys_b = _quoted(word_a, keys_a), _quoted(word_b, keys_b)
                score, ka, kb = max((across(x, y), x, y) for x in read_a for y in keys_b)
                if alike:
                    ka, kb = spelt
                confirms: tuple[str, ...] = ()
                if len(ka) >= 4 and score >= MERGE:
                    shaped = surname_shaped(word_a, src_lang) or surname_shaped(word_b, tgt_lang)
                    if not alike and (shaped or _scripts_differ(word_a, word_b)):
                        if not _cognate(word_a, initial_a, src_lang, word_b, initial_b, tgt_lang):
                            confirms = (ka, kb)
                    elif _confirmed(word_a, initial_a, src_lang, word_b, initial_b, tgt_lang):
                        confirms = (ka, kb)
                pairs.append((score, i, j, confirms))
        best_a: dict[int, float] = {}
        best_b: dict[int, float] = {}
        for score, i, j, _keys in pairs:
            best_a[i] = max(best_a.get(i, 0.0), score)
            best_b[j] = max(best_b.get(j, 0.0), score)
        for score, i, j, confirms in pairs:
            if confirms and score >= best_a[i] and score >= best_b[j]:
                out.update(confirms)
    return out - {k for k in out if len(k) < 4}


#: Languages whose spelling a Latin name in any text may keep: beside a Cyrillic
#: transcription, which follows the sound, the word is read by their rules too.
_QUOTED = ("en", "fr")


def _quoted(word: str, keys: list[str]) -> list[str]:
    """``keys`` of a Latin word with its readings as an English or French name added
    (Binoche beside Бинош, which a German reading of *ch* misses); a Cyrillic word's
    keys as they are."""
    if is_cyrillic(word):
        return keys
    return keys + [k for lang in _QUOTED if (k := key(word, lang)) not in keys]


def _cognate(a: str, ia: bool, la: str, b: str, ib: bool, lb: str) -> bool:
    """A common word of one side beside a sentence's first word on the other that is a
    word of its own language too: a cognate noun or title (Ökonom / Экономист, Prof. /
    Проф.), not a name spelt twice (*Neuer hielt* beside *Нойер отразил*: no Russian
    word). Inside a sentence too where the East Slavic word is one no list has as a name
    (*Pipette* beside *становится Пипеткой*: a tool's label)."""
    if not (_a_word(a, la) and _a_word(b, lb)):
        return False
    return ia or ib or unnamed_lower_word(a, la) or unnamed_lower_word(b, lb)


def _a_word(word: str, lang: str) -> bool:
    """A word of ``lang``: common, or one it writes in lower case (Экономист; German's
    adjectives capitalised at a line's start, *Elliptische Auswahl*)."""
    if stop_or_weak(word, lang) or is_lower_word(word, lang):
        return True
    return lang == "de" and is_german_lower(word)


def _scripts_differ(a: str, b: str) -> bool:
    return is_cyrillic(a) != is_cyrillic(b)


def _confirmed(a: str, ia: bool, la: str, b: str, ib: bool, lb: str) -> bool:
    """One side writes the word capitalised inside a sentence although its language
    capitalises names only, and the other side does not read it as a common word. A
    Latin word in Russian, Ukrainian or Belarusian text is no such evidence: those
    languages write a person's name in their own letters, and a word they leave in Latin
    ones (a program's, a format's) keeps the case of where it comes from."""
    for word, initial, lang, other, olang in ((b, ib, lb, a, la), (a, ia, la, b, lb)):
        if lang == "en" and _DEMONYM.search(word):
            continue  # English capitalises Belarusians, Germans: not names
        if is_cyrillic(word) != (lang in _EAST_SLAVIC):
            continue  # Latin-1 beside (Latin-7): a word copied into Russian keeps its case
        if lang in _CAPITALISE_NAMES_ONLY and not initial and not _stop(word, lang):
            if not stop_or_weak(other, olang):
                return True
    return False


#: Quotation marks of the languages read here, opening or closing.
_QUOTES = "«»„“”‚‘’\"'"


def _wrapped(text: str, start: int, end: int) -> bool:
    """A word quoted on its own: news quotes a firm, a paper, a party or a work so
    (*госкорпорация «Ростех»*, *die Zeitung „Wedomosti“*), a person almost never."""
    return 0 < start and text[start - 1] in _QUOTES and text[end : end + 1] in _QUOTES


def _lemma_keys(word: str, lang: str) -> list[str]:
    return [key(lemma, lang) for lemma in lemmas(word, lang)]


def _cap_words(texts: list[str], lang: str) -> list[tuple[str, bool]]:
    """Capitalised words of a side, each with whether it starts a sentence.

    A word too long for a given name still counts when it ends like a surname:
    the other side is what confirms the long ones (Tichanowskaja, 13 letters,
    beside Polish Cichanouska, which nothing else marks as a name).
    """
    words = []
    article = _ARTICLE.get(lang)  # searched in the few characters before a word only: an
    # article is four at most, and a search from the side's start would read it all again
    for text in texts:
        for m in _CAP.finditer(text):
            w = m.group()
            if w[:1].isupper() and not w.isupper() and (name_like(w) or surname_shaped(w, lang)):
                if article is not None and article.search(text, max(0, m.start() - 8), m.start()):
                    continue  # the Kremlin, den Kreml: a thing the article names, no person
                if _wrapped(text, m.start(), m.end()):
                    continue  # «Ростех», „Wedomosti“: a firm's, a paper's or a work's name
                initial = bool(_START.search(text[max(0, m.start() - 6) : m.start()]))
                words.append((w, initial or m.start() == 0))
    return words
