"""Names in one whole text: two passes, so that a surname seen once with evidence
(a given name, a title) is recognised wherever else the text repeats it.

The text is read in chunks of whole lines, so a 50 MB file never becomes one
list of tokens; ``advance`` reports characters done (a progress bar). A line
break that only wraps a paragraph (as the segmenter's layout reads it) is a space
to the name rules, so *Boris⏎Pistorius* is one name, not two people.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from aligner.segment.langdata import load
from aligner.segment.layout import Layout
from glossary.articled import document_particles
from glossary.detect import Mention, find_names
from glossary.dictnames import cyrillic_dictionary_name
from glossary.eastasian import family_alone_keys
from glossary.eastcases import confirmed_stems, genitive_stem
from glossary.germancases import genitive_lemmas
from glossary.germanwords import german_nouns
from glossary.givenwords import name_word_keys
from glossary.hungarian import object_keys
from glossary.key import key
from glossary.lexicon import is_common_word, is_lower_word, is_strong_common_word
from glossary.wordclass import _COORDINATORS, opens_report

#: Characters per chunk (whole lines; a longer line is a chunk of its own).
CHUNK = 1 << 16
#: Passes :func:`text_mentions` makes over the text.
PASSES = 2


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text`` in pieces of whole lines, about ``size`` characters each."""
    start = 0
    while start < len(text):
        end = text.find("\n", min(start + size, len(text)))
        end = len(text) if end < 0 else end + 1
        yield start, text[start:end]
        start = end


#: A line break after a word or a comma, not after a sentence's end or a colon, before a
#: line with a letter in it: a break the name rules read as a boundary stays one (B.M .
#: ⏎Abalakow: the initial's rules), and so does one before a line of marks alone (%, ***).
_MID_SENTENCE = re.compile(r"(?<=[^.!?…:;\s])([ \t]*)(\r\n|\r|\n)(?=[^\r\n]*[^\W\d_])")


#: A dictionary's headword line: a noun, a comma, its article (*Ansprung, der*); the
#: entry's text starts on the next line, no sentence runs on.
_HEADWORD_LINE = re.compile(r"[^\W\d_][\w-]*, (?:der|die|das)")


def _spaced(m: re.Match[str]) -> str:
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    if _HEADWORD_LINE.fullmatch(line.strip()):
        return m.group()  # Ansprung, der ⏎ Die Geschwindigkeit …: a headword's line
    return m.group(1) + " " * len(m.group(2))


def unwrapped(text: str, lang: str) -> str:
    """``text`` with the line breaks inside a sentence of a paragraph's hard-wrapped prose
    made spaces, the same length, so every offset holds; headings, list items, lines of
    one sentence each keep theirs (the layout the segmenter reads)."""
    if "\n" not in text and "\r" not in text:
        return text
    out, last = [], 0
    for run in Layout(text, load(lang), markdown=False).runs():
        if run.kind == "text":
            out += [text[last : run.start], _MID_SENTENCE.sub(_spaced, text[run.start : run.end])]
            last = run.end
    out.append(text[last:])
    return "".join(out)


#: A line break with the spaces and tabs around it: a wrapped line's end and the next
#: line's indentation.
_WRAP = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


#: A word divided at a line's end: a letter, a hyphen, the break and the indentation, a
#: letter (*Kreutz‐⏎····mann*, as typesetters and man pages divide words: the hyphen
#: goes; before a capital it joins a compound's parts and stays, *Debian-⏎Projekt*).
_DIVIDED = re.compile(r"(?<=[^\W\d_])[-\u2010\u00ad][ \t]*(?:\r\n|\r|\n)[ \t]*(?=[^\W\d_])")


def _divided(piece: str, at: int, end: int) -> bool:
    """The break at ``at``..``end`` of ``piece`` divides a word (:data:`_DIVIDED`)."""
    m = _DIVIDED.match(piece, at - 1) if at else None
    return m is not None and m.end() == end and not _suspended(piece, end)


#: The word after a break.
_NEXT_WORD = re.compile(r"[^\W\d_]+")


def _suspended(text: str, at: int) -> bool:
    """A conjunction after the hyphen: the hyphen suspends a compound's part
    (*Zeitnahme-⏎und Geschwindigkeitstests*, *pre-⏎and post-war*), it divides no word."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group() in _COORDINATORS


def one_space_wraps(text: str) -> str:
    """``text`` with each line break and the spaces and tabs around it one space: inside a
    sentence a break only wraps it, and the next line's indentation is no gap between
    two words of a name (*Bdale⏎····Garbee*); a word divided at a line's end is whole
    again (*Kreutz‐⏎mann*)."""
    return _WRAP.sub(" ", _DIVIDED.sub(_joined, text))


def _joined(m: re.Match[str]) -> str:
    """A divided word's break gone, with its hyphen before a small letter; a suspending
    hyphen's break kept (one space later)."""
    if _suspended(m.string, m.end()):
        return m.group()
    return "" if m.string[m.end()].islower() else m.group()[0]


class Readable:
    """A chunk as the name rules read it: its wrapping breaks, with the indentation of the
    line after them, one space each (:func:`unwrapped`, then the run around each break
    made one space), a word divided at a line's end whole again, and the way back to the
    chunk's own offsets."""

    def __init__(self, piece: str, lang: str) -> None:
        flat, self.size = unwrapped(piece, lang), len(piece)
        parts, self._marks = [], [(0, 0)]  # (offset here, offset in the piece)
        last = here = 0
        for m in _WRAP.finditer(piece):
            if flat[m.start() : m.end()].strip(" \t"):
                continue  # a break the layout keeps: a heading's, a list item's
            if m.end() < len(piece) and _divided(piece, m.start(), m.end()):
                cut = m.start() - piece[m.end()].islower()  # Kreutz‐⏎mann; Debian-⏎Projekt
                parts.append(flat[last:cut])
                here += cut - last
            else:
                parts.append(flat[last : m.start()] + " ")
                here += m.start() - last + 1
            last = m.end()
            self._marks.append((here, last))
        parts.append(flat[last:])
        self.text = "".join(parts)

    def offset(self, at: int) -> int:
        """The piece's offset of this text's offset ``at``."""
        here, there = self._marks[bisect_right(self._marks, (at, len(self.text) + 1)) - 1]
        return there + at - here


def readable_chunks(text: str, lang: str) -> Iterator[tuple[int, Readable]]:
    """:func:`chunks` of ``text``, each as the name rules read it (:class:`Readable`)."""
    for offset, piece in chunks(text):
        yield offset, Readable(piece, lang)


#: The word before a mention, and what stands before that word.
_WORD_BEFORE = re.compile(r"(\S+) +$")


def _apart(m: Mention, piece: str) -> bool:
    """No capitalised word inside the sentence right before the mention: English writes
    common nouns capitalised in the names of things (*Wall Street*, *Jerusalem Post*,
    *Housing Development*), whatever person a false full name made of the word."""
    before = _WORD_BEFORE.search(piece, 0, m.start)
    word = before.group(1).lstrip("([{\"'“‘«„") if before is not None else ""
    if not word[:1].isupper():
        return True
    if word != before.group(1):
        return False  # (Jerusalem Post): a bracket or a quote opens the thing's name
    opening = piece[: before.start()].rstrip()
    return not opening or opening[-1] in '.!?:"“”\n'


#: What ends a sentence before a word, over spaces and opening marks.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;…]|\n)[\s\"'„“‚‘«»(]*$")


def _inside(m: Mention, piece: str) -> bool:
    """The mention stands inside a sentence, not at its start."""
    return _SENTENCE_END.search(piece, 0, m.start) is None


def hyphen_joined(m: Mention, piece: str) -> bool:
    """The mention is part of a hyphenated word (*Putin-Kritiker*, *Lukaschenko-System*)."""
    return piece[m.start - 1 : m.start] == "-" or piece[m.end : m.end + 1] == "-"


def surname_alone(m: Mention, piece: str, lang: str, named: set[str]) -> bool:
    """A surname written alone that a person of this text bears is that person's mention,
    unless it is a word of the language too (mit Hilfe, Państwa: a repeated false reading
    would spread) or part of a hyphenated word (Putin-Kritiker names a thing after him).
    A German noun or an English word counts once the text names its bearer with a given
    name (``named``: *Kurt Beck … lobte Beck*, *Donald Trump … Later Trump spoke*): the
    finder has already left out the word's own uses, after an article, at a sentence's
    start, beside another noun."""
    if hyphen_joined(m, piece):
        return False
    if lang == "de":
        noun = m.surface in german_nouns() and m.key not in named
        if noun:
            return False
        if is_strong_common_word(m.surface, lang):
            # Ricarda Lang … sprach Lang: an adjective capitalised inside a sentence is
            # the name of the person the text named, never the adjective
            here = _inside(m, piece) or opens_report(piece, m.end)  # Lang sagte, …: the speaker
            return m.key in named and m.surface not in german_nouns() and here
        return True
    if lang in ("ru", "uk") and cyrillic_dictionary_name(m.lemma, lang):
        return True  # Юрка взглянул, where Юрка is this text's person: юрка is a word too
    if lang == "en" and m.key in named and _apart(m, piece) and not m.surface.isupper():
        if not is_strong_common_word(m.surface, lang):
            return True  # Donald Trump … Later Trump spoke: the word capitalised is his name
    return not (is_common_word(m.surface, lang) or is_lower_word(m.surface, lang))


def text_mentions(
    text: str,
    lang: str,
    known: Iterable[str] = (),
    advance: Callable[[int], None] | None = None,
) -> list[Mention]:
    """Every name mention in ``text`` (written in ``lang``), in text order.

    ``known`` adds keys of surnames found elsewhere; ``advance(n)`` is called
    with the characters done, :data:`PASSES` times over the text in all.
    """
    keys = set(known)
    own: set[str] = set()  # keys of persons this text names with evidence
    named: set[str] = set()  # of them, those named with a given name
    articled: set[str] = set()  # filled by the first pass, read by both
    particles = document_particles((r.text for _, r in readable_chunks(text, lang)), lang)
    for _offset, read in readable_chunks(text, lang):
        piece = read.text
        for m in find_names(piece, lang, keys, articled, particles):
            family = family_alone_keys(m, lang)  # Xi Jinping … sagte Xi
            own |= family
            named |= family
            if m.kind == "person" and m.alone:
                own.add(m.key)
                if m.full and m.given:
                    named.add(m.key)
                # the rare words of the full name too: Lula of Luiz Inácio Lula da Silva
                own.update(name_word_keys(m, lang, strict=True))
                if lang == "hu":
                    own.update(object_keys(m))  # Donald Tuskot … Tusk
                if (stem := genitive_stem(m, lang)) is not None:
                    own.add(key(stem, lang))  # Гарри Кейна … Кейн забил
        keys |= own
        if advance is not None:
            advance(read.size)
    out: list[Mention] = []
    for offset, read in readable_chunks(text, lang):
        piece = read.text
        for m in find_names(piece, lang, keys, articled, particles):
            person = m.kind == "" and m.key in own and surname_alone(m, piece, lang, named)
            kind = "person" if person else m.kind
            start, end = offset + read.offset(m.start), offset + read.offset(m.end)
            out.append(replace(m, start=start, end=end, kind=kind))
        if advance is not None:
            advance(read.size)
    return genitive_lemmas(confirmed_stems(out, lang), text, lang)
