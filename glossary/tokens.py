"""Words of a text as name detection sees them: letters with inner hyphens and
apostrophes, their offsets, and whether each starts a sentence, heading or quotation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

#: a letter with the combining marks after it: a decomposed accent (e and U+0301) or
#: the stress mark dictionaries and encyclopedias put on Russian and Ukrainian words
#: (*Никола́й*), which must not cut the word
_LETTERS = r"(?:[^\W\d_][\u0300-\u036f]*)+"
_TOKEN = re.compile(rf"{_LETTERS}(?:[-'’]{_LETTERS})*")
_MARK = re.compile("[\u0300-\u036f]")
_STRESS = str.maketrans("", "", "\u0300\u0301")
_TEAM_HYPHEN = re.compile(r"^\w{2,}-[A-Z]$")
_INITIAL_BEFORE = re.compile(r"(?:^|[^\w.])[A-Z] ?\. ?$")
#: What ends a sentence or opens a quotation before a word; a double quotation mark
#: counts only as :func:`_quote_starts` says.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;«»()\[\]\n]|[.!?:;…][„“”\"]|\*\*|[-–—]\s)\s*\**$")
#: A double quotation mark before a word, spaces and emphasis between.
_QUOTE_BEFORE = re.compile(r"([„“”\"])(\s*)\**$")
#: a web address written in the text (*Musicload.de*, *www.blick.ch*): its words
#: name a site, not a person; a country code (two letters) or a generic domain ends it;
#: an e-mail address's user part with it (*debian-doc@lists.debian.org*,
#: *Anna.Berg@example.org*: a mailbox, no word of the prose around it)
_DOMAIN = re.compile(
    r"(?<![\w@.+-])(?:[\w.+-]+@)?"
    r"(?:[^\W_][\w-]*\.)+(?:[a-z]{2}|com|org|net|info|biz|edu|gov)(?![\w-])"
)

#: A web address with its scheme, a file's path (*/etc/X11/Xsession.options*,
#: *~/Mail/*, *updates/Packages*, *travail/Icônes*: a lower-case folder before the
#: slash) or a file's name with its extension (*Packages.xz*): a machine's names, no
#: word of the prose (*Meyer/Schulz*, two authors, stays: a capitalised word before the
#: slash).
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+")
_PATH = re.compile(
    _URL.pattern + r"|(?<![\w/.~])(?:~|\.{1,2})?/[^\W_][\w.+-]*(?:/[\w.+-]*)*"
    r"|(?<![\w/])[a-z0-9_.-]*[a-z0-9_]/[\w.+-]+(?:/[\w.+-]*)*"
    r"|(?<![\w.])[^\W\d_][\w-]*\.[a-z][a-z0-9]{0,7}(?![\w.])"
)


@dataclass(frozen=True, slots=True)
class Tok:
    """One word of the text: ``text[start:end]``."""

    text: str
    start: int
    end: int
    initial: bool  # starts a sentence, heading or quotation


def tokens(text: str) -> list[Tok]:
    """The words of ``text`` in order, less those of web addresses and files' paths."""
    out = []
    sites = [(d.start(), d.end()) for d in _DOMAIN.finditer(text)] if "." in text else []
    if "/" in text or "." in text:
        sites = sorted([*sites, *((d.start(), d.end()) for d in _PATH.finditer(text))])
    k = 0
    for m in _words(text):
        start = m.start()
        while k < len(sites) and sites[k][1] <= start:
            k += 1
        if k < len(sites) and sites[k][0] <= start:
            continue
        initial = False
        if m.group()[:1].isupper():  # only capitalised words care whether they start a sentence
            before = text[max(0, start - 6) : start]
            initial = start == 0 or not before.strip() or bool(_SENTENCE_END.search(before))
            if not initial and (quote := _QUOTE_BEFORE.search(before)):
                initial = _quote_starts(text, start - len(quote[0]), quote)
        out.append(Tok(_plain(m.group()), start, m.end(), initial))
    return out


def path_words(text: str) -> list[Tok]:
    """The words inside files' paths and web addresses with a scheme, which
    :func:`tokens` leaves out: a document's identifiers (*debian/control*,
    *https://lumicall.org*), evidence that the capitalised word elsewhere names a thing
    (:mod:`glossary.lowered`). A bare domain is left out of them, as it may be a
    person's own (*merkel.de*)."""
    if "/" not in text and "." not in text:
        return []
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)]
    bare = [
        (d.start(), d.end())
        for d in _DOMAIN.finditer(text)
        if not any(a <= d.start() < b for a, b in urls)
    ]
    return [
        Tok(_plain(m.group()), m.start(), m.end(), False)
        for path in _PATH.finditer(text)
        for m in _TOKEN.finditer(text, path.start(), path.end())
        if not any(a <= m.start() < b for a, b in bare)
    ]


def _quote_starts(text: str, at: int, quote: re.Match[str]) -> bool:
    """Whether the double quotation mark at ``at`` opens a quotation, so that the word
    after it may be capitalised for that alone. One the word follows at once opens
    (*„Wir*, *"Hello*); a German *„* always does. Spaced, *“* closes after a *„* of
    its paragraph (*von „virtuellen“ Dateisystemen*: the sentence goes on), *”*
    closes, and a straight *"* opens when an even number of them precede it in the
    paragraph (tokenised text sets spaces on both sides of every mark)."""
    mark = quote[1]
    if not quote[2] or mark == "„":
        return True
    if mark == "”":
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if mark == "“":
        return line.rfind("„") <= line.rfind("“")
    return line.count('"') % 2 == 0


def _plain(word: str) -> str:
    """The word as the lists write it: accents composed, a stress mark no letter takes
    dropped (*Никола́й*: *Николай*); its offsets still cover it as written."""
    if not _MARK.search(word):
        return word
    return unicodedata.normalize("NFC", word).translate(_STRESS)


def _words(text: str) -> Iterator[re.Match[str]]:
    """The word matches, a name list's hyphen split: in *L.Terray-J.Couzy* (the rope
    teams of expedition reports) the hyphen joins two people, not a double name."""
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[-2:-1] != "-" or not _TEAM_HYPHEN.search(word):
            yield m
            continue
        before = max(0, m.start() - 5)  # room for " J. " and the character before it
        if _INITIAL_BEFORE.search(text, before, m.start()):
            after = text[m.end() : m.end() + 2]
            if after.startswith(".") or after == " .":
                cut = m.start() + word.rindex("-")
                yield from (_TOKEN.match(text, m.start(), cut), _TOKEN.match(text, cut + 1))
                continue
        yield m


#: What stands between two words of one name: a space, a no-break space, or the two
#: spaces a wrapped line's CR LF (or its trailing space and break) became
#: (:func:`glossary.text.unwrapped`).
NAME_GAPS = frozenset((" ", "\u00a0", "  "))


def line_end(text: str, pos: int) -> int:
    """Where the line that holds ``pos`` ends: its line break, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def adjacent(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end : b.start] in NAME_GAPS


def parts(tok: Tok) -> list[Tok]:
    """A hyphenated compound and its parts: Lukaschenko-System -> Lukaschenko."""
    out = [tok]
    if "-" in tok.text:
        pos = tok.start
        for piece in tok.text.split("-"):
            out.append(Tok(piece, pos, pos + len(piece), tok.initial))
            pos += len(piece) + 1
    return out
