"""Lines, paragraphs and runs: the structure above sentences.

Headings, list items and bylines are segments of their own; a paragraph is cut
at blank lines. A single line break is joined when the text plainly continues
(hard-wrapped prose, a line ending in "und", an open quote), and even a blank
line is joined when a sentence was broken in the middle. Everything streams
paragraph by paragraph, so memory stays bounded by the largest paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from aligner.segment.langdata import LanguageData

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_MD_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r" {0,3}(?:```|~~~)")
# Each run of blanks has one place to go: "[ \t]*\|?[ \t]*" would try every split
# of a long indentation (quadratic time on deeply indented lines).
_TABLE_SEP = re.compile(
    r"[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*(?:\|[ \t]*)?$"
)
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_BULLET = re.compile(r"[ \t]*(?:[•·▪‣◦●○■□►▸➢✓✔]|[-*+–—](?=[ \t]))[ \t]*")
_ENUM = re.compile(r"[ \t]*(?:\d{1,3}|[a-zA-Z])[.)][ \t]+\S")
_ENDS_SENTENCE = re.compile(r"[.!?…‽][\"'”“’‘»«›‹)\]*_`]*[ \t]*$")
_ENDS_COLON = re.compile(r":[\"'”“’‘»«)\]*_]*[ \t]*$")
_ENDS_OPEN = re.compile(r"[,;(\[„‚«»“\-–—/&+][ \t]*$")
#: A sentence's end inside a line: four letters and a stop, a word after it; a heading
#: has none, and an abbreviation is shorter (*Prof. Müller*).
_ENDS_INSIDE = re.compile(r"([^\W\d_]{4})[.!?…][\"'”“’‘»«›‹)]*[ \t]+[^\W\d_]")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
_FIRST_ALPHA = re.compile(r"[^\W\d_]")

# Lines at least this long, and most of the longest, look hard-wrapped.
_WRAP_MIN = 40
_WRAP_SHARE = 0.55
# How much of a line's end the join rules look at.
_TAIL = 300
# An open quote or bracket reaches back at most this far.
QUOTE_REACH = 1000


@dataclass(slots=True)
class Line:
    start: int
    end: int  # without the line break
    kind: str  # text, heading, item, rule, code, blank
    text: str


@dataclass(slots=True)
class Run:
    """A stretch of source text that the sentence rules split further."""

    start: int
    end: int
    kind: str  # text, heading, item, code
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (offset, number)


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, end excluding CRLF/CR/LF."""
    pos, n = 0, len(text)
    while pos < n:
        m = _LINE.match(text, pos)
        assert m is not None
        seg = m.group(0)
        body = seg.rstrip("\r\n")
        yield pos, pos + len(body)
        if m.end() == pos:
            break
        pos = m.end()


def _classify(text: str, start: int, end: int, markdown: bool, prev: Line | None) -> Line:
    body = text[start:end]
    if not body.strip():
        return Line(start, end, "blank", body)
    if markdown and _MD_HEADING.match(body):
        return Line(start, end, "heading", body)
    if _RULE.match(body) or (markdown and _TABLE_SEP.match(body) and "|" in body):
        return Line(start, end, "rule", body)
    if markdown and _TABLE_ROW.match(body):
        return Line(start, end, "heading", body)  # a table row: one segment, never split
    if _BULLET.match(body) and _BULLET.match(body).end() < len(body):
        return Line(start, end, "item", body)
    if _ENUM.match(body):
        if prev is None or prev.kind in ("blank", "item", "heading", "rule"):
            return Line(start, end, "item", body)
        if _ENDS_SENTENCE.search(prev.text) or _ENDS_COLON.search(prev.text):
            return Line(start, end, "item", body)
    return Line(start, end, "text", body)


def iter_paragraphs(text: str, markdown: bool) -> Iterator[list[Line]]:
    """Groups of consecutive non-blank lines (fenced code kept apart, line by line)."""
    block: list[Line] = []
    prev: Line | None = None
    in_fence = False
    for start, end in iter_lines(text):
        body = text[start:end]
        if markdown and _FENCE.match(body):
            in_fence = not in_fence
            line = Line(start, end, "rule", body)
        elif in_fence:
            line = Line(start, end, "code", body) if body.strip() else Line(start, end, "blank", "")
        else:
            line = _classify(text, start, end, markdown, prev)
            if (
                markdown
                and line.kind in ("text", "rule")
                and _SETEXT.match(body)
                and block
                and block[-1].kind == "text"
            ):
                block[-1].kind = "heading"
                line = Line(start, end, "rule", body)
        if line.kind == "blank":
            if block:
                yield block
                block = []
        else:
            block.append(line)
        prev = line
    if block:
        yield block


def open_bracket(text: str, lo: int, hi: int) -> bool:
    """Whether a quote or bracket opened in ``text[lo:hi]`` is still open at ``hi``."""
    stack: list[str] = []
    for ch in text[max(lo, hi - QUOTE_REACH) : hi]:
        if ch in "„‚(":
            stack.append(ch)
        elif ch == ")":
            if stack and stack[-1] == "(":
                stack.pop()
        elif ch in "“”":
            if stack and stack[-1] in "„“":
                stack.pop()
            elif ch == "“":
                stack.append(ch)
        elif ch in "‘’":
            if stack and stack[-1] in "‚‘":
                stack.pop()
        elif ch in "»«":
            other = "«" if ch == "»" else "»"
            if stack and stack[-1] == other:
                stack.pop()
            else:
                stack.append(ch)
        elif ch == '"':
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append(ch)
    return bool(stack)


def _line_per_segment(block: list[Line], longest: int) -> bool:
    """Short lines, mostly one or two words: a word list or exercise sheet, one segment a line."""
    if len(block) < 4 or longest >= _WRAP_MIN:
        return False
    few_words = sum(1 for ln in block if len(ln.text.split()) <= 2)
    return few_words * 2 >= len(block)


def _sentence_ended(line: str) -> bool:
    """A sentence ends inside ``line``: a word in lower case, its stop, the next word."""
    return any(m.group(1).islower() for m in _ENDS_INSIDE.finditer(line))


class Layout:
    """Turns a document into runs for the sentence rules."""

    def __init__(self, text: str, data: LanguageData, markdown: bool, line_breaks: bool = False):
        self.text = text
        self.data = data
        self.markdown = markdown
        self.line_breaks = line_breaks  # every line break ends a segment

    def _continues(self, a: Line, b: Line, run_start: int, wrapped: bool, first: bool) -> bool:
        """Whether the sentence on line ``a`` goes on at line ``b``."""
        at = a.text[-_TAIL:].rstrip()
        if _ENDS_SENTENCE.search(at):
            return True  # the sentence rules decide, as for any space
        if _ENDS_COLON.search(at):
            return False
        if _ENDS_OPEN.search(at):
            return True
        m = _LAST_WORD.search(at)
        last = m.group(1) if m else ""
        if last.lower() in self.data.continuation:
            return True
        letter = _FIRST_ALPHA.search(b.text)
        if letter and letter.group(0).islower() and b.text.lstrip()[:1].isalpha():
            return True
        if open_bracket(self.text, run_start, a.end):
            return True
        # In hard-wrapped prose a line without a full stop goes on; only the first line of
        # a paragraph may be a heading ("Sanktionen gegen Gesten⏎Im Austausch …"), and not
        # one in which a sentence has ended ("… Gemeinschaft. Thiemo⏎Seufer starb …").
        heading = first and at[-1:].isalpha() and last[:1].isupper()
        return wrapped and not (heading and not _sentence_ended(a.text))

    def _mid_sentence(self, a: Line, b: Line, run_start: int) -> bool:
        """A blank line inside a sentence: "… Medien und⏎⏎Nichtregierungsorganisationen …"."""
        if a.kind != "text" or b.kind != "text":
            return False
        at = a.text[-_TAIL:].rstrip()
        if _ENDS_SENTENCE.search(at) or _ENDS_COLON.search(at):
            return False
        if at.endswith(","):
            return False  # a salutation: "Sehr geehrte Frau Dr. Winter,⏎⏎vielen Dank …"
        if _ENDS_OPEN.search(at) and not at.endswith(("-", "–", "—")):
            return self.data.join_paragraphs or open_bracket(self.text, run_start, a.end)
        m = _LAST_WORD.search(at)
        last = m.group(1) if m else ""
        bt = b.text.lstrip()
        lower = bt[:1].isalpha() and bt[:1].islower()
        if not self.data.join_paragraphs:
            # Elsewhere a lower-case paragraph is no evidence (e-mail, chat, lists):
            # the line must end in a word that cannot end a sentence.
            return lower and last.lower() in self.data.continuation
        if lower:
            return True
        return last.lower() in self.data.continuation and open_bracket(self.text, run_start, a.end)

    def runs(self) -> Iterator[Run]:
        run: Run | None = None
        last: Line | None = None
        number = -1
        for block in iter_paragraphs(self.text, self.markdown):
            number += 1
            first = block[0]
            if (
                run is not None
                and last is not None
                and not self.line_breaks
                and run.kind == "text"
                and self._mid_sentence(last, first, run.start)
            ):
                run.paragraphs.append((first.start, number))
            else:
                if run is not None:
                    yield run
                run = None
            longest = max(len(ln.text.rstrip()) for ln in block)
            listy = _line_per_segment(block, longest)
            for i, line in enumerate(block):
                if line.kind == "rule":
                    if run is not None:
                        yield run
                    run, last = None, line
                    continue
                if run is not None and i > 0:
                    prev = block[i - 1]
                    soft = (
                        not listy
                        and not self.line_breaks
                        and prev.kind in ("text", "item")
                        and line.kind == "text"
                        and self._continues(
                            prev,
                            line,
                            run.start,
                            longest >= _WRAP_MIN and len(prev.text) >= _WRAP_SHARE * longest,
                            i == 1,
                        )
                    )
                    if not soft:
                        yield run
                        run = None
                if run is None:
                    if i > 0 and (
                        line.kind in ("heading", "item") or block[i - 1].kind in ("heading", "rule")
                    ):
                        number += 1
                    run = Run(line.start, line.end, line.kind, [(line.start, number)])
                    if line.kind in ("heading", "code"):
                        yield run
                        run = None
                else:
                    run.end = line.end
                last = line
        if run is not None:
            yield run
