"""Sentence segmentation: German first-class, other languages through per-language data.

``segment(text, lang)`` returns :class:`~aligner.types.Segment` objects whose
spans index ``text``; ``iter_segments`` yields them one by one, so a very large
file never needs all its segments in memory at once.
"""

from __future__ import annotations

import bisect
import re
import sys
import types
from collections.abc import Iterable, Iterator
from functools import lru_cache

from aligner.errors import BitextError
from aligner.read import looks_like_markdown
from aligner.segment.detect import detect_language
from aligner.segment.langdata import LanguageData, load
from aligner.segment.layout import Layout, iter_lines
from aligner.segment.markup import strip_markdown
from aligner.segment.rules import Decider
from aligner.segment.srx import SrxRules, load_srx
from aligner.types import Document, Segment

_LANG_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")

__all__ = [
    "detect_language",
    "iter_segments",
    "lines_as_segments",
    "load_srx",
    "segment",
    "segment_document",
]


@lru_cache(maxsize=32)
def _rules(lang: str, extra: tuple[str, ...]) -> tuple[LanguageData, Decider]:
    data = load(lang).with_extra(extra)
    return data, Decider(data)


def iter_segments(
    text: str,
    lang: str,
    *,
    markdown: bool | None = None,
    extra_abbreviations: Iterable[str] = (),
    srx: SrxRules | None = None,
    line_breaks: bool = False,
) -> Iterator[Segment]:
    """Yield the sentences of ``text`` in document order.

    ``srx`` replaces bitext's sentence rules with a user's SRX rules (the layout
    above sentences stays bitext's); ``line_breaks`` makes every line break a
    boundary, for text already written one sentence per line.
    """
    if not isinstance(lang, str) or not _LANG_CODE.fullmatch(lang):
        raise BitextError(f"not a language code: {lang!r} (expected e.g. de, en, hu)")
    data, decider = _rules(lang, tuple(extra_abbreviations))
    splitter = srx.for_language(lang) if srx is not None else decider
    if markdown is None:
        markdown = looks_like_markdown(text)
    for run in Layout(text, data, markdown, line_breaks=line_breaks).runs():
        offsets = [p[0] for p in run.paragraphs]
        if run.kind in ("heading", "code"):
            cuts: Iterable[int] = ()
        else:
            cuts = splitter.boundaries(text, run.start, run.end)
        start = run.start
        for cut in _then(cuts, run.end):
            seg = _make(text, start, cut, markdown and run.kind != "code")
            if seg is not None:
                number = run.paragraphs[max(0, bisect.bisect_right(offsets, seg.start) - 1)][1]
                yield Segment(seg.text, seg.start, seg.end, number)
            start = cut


def _then(cuts: Iterable[int], last: int) -> Iterator[int]:
    yield from cuts
    yield last


def _make(text: str, start: int, end: int, markdown: bool) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    raw = text[start:end]
    clean = strip_markdown(raw) if markdown else raw
    if not clean or (markdown and not clean.strip("*-+>#_|` \t")):
        return None  # markup alone ("**", "<br>"): the span belongs to no sentence
    return Segment(clean, start, end, 0)


def segment(
    text: str,
    lang: str,
    *,
    markdown: bool | None = None,
    extra_abbreviations: Iterable[str] = (),
    srx: SrxRules | None = None,
    line_breaks: bool = False,
) -> list[Segment]:
    """Split ``text`` into sentences; ``markdown=None`` guesses from the content."""
    return list(
        iter_segments(
            text,
            lang,
            markdown=markdown,
            extra_abbreviations=extra_abbreviations,
            srx=srx,
            line_breaks=line_breaks,
        )
    )


def lines_as_segments(text: str) -> list[Segment]:
    """One segment per non-empty line, for text already split into sentences.

    Lines end at LF, CRLF or CR only (the reader's notion, not ``str.splitlines``,
    which also breaks at U+2028, form feeds and the like and would shift every
    following line against its translation). Spans index ``text``; a blank line
    starts a new paragraph.
    """
    segments = []
    number, blank = 0, False
    for start, end in iter_lines(text):
        body = text[start:end]
        if not body.strip():
            blank = bool(segments)
            continue
        if blank:
            number, blank = number + 1, False
        lead = len(body) - len(body.lstrip())
        segments.append(Segment(body.strip(), start + lead, start + len(body.rstrip()), number))
    return segments


def document_language(doc: Document) -> str:
    """The document's language, detected when not given; BitextError when unknown."""
    if doc.lang:
        return doc.lang
    lang = detect_language(doc.text)
    if lang is None:
        raise BitextError(
            "cannot detect the language; name it with --lang (e.g. --lang de)", doc.path
        )
    return lang


def iter_document(
    doc: Document,
    extra_abbreviations: Iterable[str] = (),
    *,
    srx: SrxRules | None = None,
    line_breaks: bool = False,
) -> Iterator[Segment]:
    """Yield the segments of a read document (language detected when not set)."""
    return iter_segments(
        doc.text,
        document_language(doc),
        markdown=doc.format == "markdown",
        extra_abbreviations=extra_abbreviations,
        srx=srx,
        line_breaks=line_breaks,
    )


def segment_document(
    doc: Document,
    extra_abbreviations: Iterable[str] = (),
    *,
    srx: SrxRules | None = None,
    line_breaks: bool = False,
) -> list[Segment]:
    """The segments of a document from :func:`aligner.read.read_document`."""
    return list(iter_document(doc, extra_abbreviations, srx=srx, line_breaks=line_breaks))


class _CallableModule(types.ModuleType):
    """``aligner.segment`` is both this package and, called, :func:`segment`.

    ``aligner/__init__.py`` re-exports the function under the package's own name;
    making the module callable keeps ``aligner.segment(text, lang)`` working
    without hiding ``aligner.segment.rules`` and friends behind a function.
    """

    def __call__(self, text: str, lang: str, **kwargs) -> list[Segment]:
        return segment(text, lang, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
