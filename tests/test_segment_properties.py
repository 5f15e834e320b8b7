"""Invariants that must hold for any input: spans ordered, disjoint, non-empty, faithful."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.segment import segment

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
    # Only white space and text without letters or digits may fall between segments.
    gaps, pos = [], 0
    for s in segs:
        gaps.append(text[pos : s.start])
        pos = s.end
    gaps.append(text[pos:])
    assert not any(ch.isalnum() for gap in gaps for ch in gap)
