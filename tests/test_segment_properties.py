"""Invariants that must hold for any input: spans ordered, disjoint, non-empty, faithful."""

import dataclasses
import re
import string

import pytest
from conftest import CORPORA, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.read import read_document
from aligner.segment import detect_language, segment, segment_document

LANGS = ["de", "en", "fr", "pl", "ru", "uk", "be", "cs", "hu"]

ALPHABET = string.ascii_letters + "äöüßÄÖÜ0123456789 .,;:!?…-–()[]*_#>„“”»«\"'\n\r\t•"
texts = st.text(alphabet=ALPHABET, max_size=300)
words = st.lists(
    st.sampled_from(
        [
            "Der",
            "am",
            "13.",
            "z.",
            "B.",
            "usw.",
            "Dr.",
            "„Ja.“",
            "und",
            "\n",
            "\n\n",
            "#",
            "-",
            "Ich",
            "(",
            ")",
        ]
    ),
    max_size=60,
).map(" ".join)


def check(text, lang="de", markdown=None):
    segs = segment(text, lang, markdown=markdown)
    last_end = 0
    last_par = 0
    for s in segs:
        assert s.text.strip(), s
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last_end
        assert s.paragraph >= last_par
        raw = text[s.start : s.end]
        assert raw == raw.strip()
        last_end, last_par = s.end, s.paragraph
    return segs


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([None, True, False]))
def test_segments_are_ordered_disjoint_and_non_empty(text, markdown):
    check(text, markdown=markdown)


@settings(max_examples=200, deadline=None)
@given(words, st.sampled_from(["de", "en", "hu", "ru", "xx"]))
def test_word_soup_in_any_language(text, lang):
    check(text, lang=lang)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_plain_text_segments_keep_every_non_space_character(text):
    segs = check(text, markdown=False)
    kept = "".join(s.text for s in segs)
    covered = "".join(text[s.start : s.end] for s in segs)
    assert kept == covered
    # Only white space may fall between segments: no emoticon or symbol is dropped.
    gaps, pos = [], 0
    for s in segs:
        gaps.append(text[pos : s.start])
        pos = s.end
    gaps.append(text[pos:])
    assert all(not gap.strip() for gap in gaps)


# What may lie outside every segment: white space, and in Markdown the lines and
# marks that are markup alone (rules, fences, setext underlines, table borders,
# empty list items or quotes, HTML comments and tags, a code fence with its info string).
_MARKUP_LINE = re.compile(
    r"[ \t]*(?:[-*_=+#>|:~`•·]+[ \t]*)*(?:</?[A-Za-z][^>]*>|<!--.*?-->)?[ \t]*"
    r"|[ \t]{0,3}(?:```|~~~).*",
    re.S,
)


def uncovered(text, segs, markdown):
    """The parts of ``text`` outside every segment span that are neither space nor markup."""
    pos, bad = 0, []
    for s in [*segs, None]:
        gap = text[pos : s.start] if s else text[pos:]
        for line in gap.splitlines():
            if line.strip() and not (
                _RULE_LINE.fullmatch(line) or (markdown and _MARKUP_LINE.fullmatch(line))
            ):
                bad.append(line)
        if s:
            pos = s.end
    return bad


# A separator line ("---", "* * *") is layout in plain text too.
_RULE_LINE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")

markdownish = st.lists(
    st.sampled_from(
        [
            "Satz eins.",
            "Great service! 😀",
            ":)",
            "**fett.**",
            "# Titel",
            "---",
            "* Punkt",
            "> Zitat.",
            "```",
            "| a | b |",
            "|---|---|",
            "«",
            "—",
            "1.",
            "...",
            "\n",
            "\n\n",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, markdownish), st.sampled_from([True, False]), st.sampled_from(LANGS))
def test_spans_white_space_and_markup_cover_every_character(text, markdown, lang):
    segs = check(text, lang=lang, markdown=markdown)
    assert uncovered(text, segs, markdown) == []


def _real_texts():
    """The repository's sample corpora and, when ../shared is there, its seed article."""
    paths = sorted(CORPORA.glob("*.md")) + sorted(CORPORA.glob("*.txt"))
    seed = SHARED / "corpora" / "belarus-stier-de.md"
    if seed.exists():
        paths.append(seed)
    return [pytest.param(p, id=p.name) for p in paths]


@pytest.mark.parametrize("path", _real_texts())
def test_real_texts_lose_no_character(path):
    doc = read_document(path)
    segs = segment_document(_with_lang(doc))
    assert uncovered(doc.text, segs, doc.format == "markdown") == []


def _with_lang(doc):
    return dataclasses.replace(doc, lang=doc.lang or detect_language(doc.text) or "de")
