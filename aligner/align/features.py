"""What each sentence brings to the comparison: its anchor and subword features,
a user's dictionary and memory, and whether it holds words at all.

Features are sets of strings per sentence; only those both sides share are
kept, so memory follows the shorter text.
"""

from __future__ import annotations

import re

import numpy as np

from aligner.align import anchors, evidence, resources, scripts, subwords
from aligner.segment import langdata

#: Share of the fixed cost of leaving a sentence unpaired that a letterless line pays.
LETTERLESS = 0.25
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_CLOSERS = "\"'”“’‘»«›‹)] \t\r\n"
_LAST_WORD = re.compile(r"([^\W\d_][\w.]*)\s*$")
_OPEN_END = re.compile(r"[,;:\-–—(/]\s*$")


def anchor_features(src, tgt, signals, name_keys, src_lang, tgt_lang):
    """Anchor and subword features of both sides, only those the other side has too.

    The shorter side is read first and the longer one keeps only features
    the shorter has: nothing else can ever be shared, and a million lines
    aligned against a letter would otherwise hold every word of the million.
    """
    fams = [f for f in anchors.FAMILIES if f in signals]
    keys = name_keys if "names" in signals else None
    flip = len(src) > len(tgt)
    short, long = (tgt, src) if flip else (src, tgt)
    s_lang, l_lang = (tgt_lang, src_lang) if flip else (src_lang, tgt_lang)
    sounds = "cognates" in fams and scripts.across(short, long)
    f_short = [anchors.sentence_features(t, fams, keys, s_lang, sounds) for t in short]
    vocab = set().union(*f_short)
    f_long = [anchors.sentence_features(t, fams, keys, l_lang, sounds) & vocab for t in long]
    if keys is not None:
        anchors.drop_redundant_keys(f_short, f_long)
    if "subwords" in signals:
        p_short, p_long = subwords.piece_features(short, long)
        merge_into(f_short, p_short)
        merge_into(f_long, p_long)
    return (f_long, f_short) if flip else (f_short, f_long)


def add_user_resources(fs, ft, src, tgt, dictionary, memory, info) -> None:
    """Add the features of a user's dictionary and translation memory in place."""
    pairs = list(dictionary or ())
    used = {}
    if memory:
        ms, mt = resources.memory_features(src, tgt, memory)
        merge_into(fs, ms)
        merge_into(ft, mt)
        learned = resources.memory_lexicon(memory)
        pairs += learned
        used["memory_units"] = len(memory)
        used["memory_word_pairs"] = len(learned)
    if pairs:
        ds, dt = resources.dictionary_features(src, tgt, pairs)
        merge_into(fs, ds)
        merge_into(ft, dt)
        used["dictionary_pairs"] = len(pairs)
    if used:
        info["resources"] = used


def with_content(ev: evidence.Evidence, src: list[str], tgt: list[str]) -> evidence.Evidence:
    """Mark lines without a single letter (page numbers, rules, OCR debris).

    They are cheap to leave unpaired: otherwise merging "- 17 -" into the
    neighbouring pair would always cost less than admitting it has no
    counterpart.
    """
    ev.src.content = np.array([1.0 if wordy(t) else LETTERLESS for t in src])
    ev.tgt.content = np.array([1.0 if wordy(t) else LETTERLESS for t in tgt])
    return ev


def continuations(texts: list[str], lang: str | None = None) -> np.ndarray:
    """Sentences that begin with a lower-case word: the rest of the sentence before.

    A text split at a semicolon or a colon, at a page break, or after an
    abbreviation taken for a full stop leaves such pieces. Only in a text
    whose sentences mostly begin in upper case: a lower-cased corpus or a
    script without case says nothing this way. A sentence before that ends
    with a full stop after a word that is no abbreviation of ``lang``, or
    with a question or exclamation mark, is whole: what follows it is a line
    of its own (a software message, a list item given one per line).
    """
    first = [m.group(1) if (m := _FIRST_WORD.match(t)) else "" for t in texts]
    lower = np.array([len(w) >= 2 and w[0].islower() for w in first], dtype=bool)
    upper = sum(1 for w in first if w[:1].isupper())
    if not len(lower) or int(lower.sum()) * 2 >= upper:
        return np.zeros(len(texts), dtype=bool)
    short = langdata.load(lang).abbreviations if lang and langdata.has_rules(lang) else ()
    for k in np.flatnonzero(lower):
        if k and _whole(texts[k - 1], short):
            lower[k] = False
    return lower


def after_open(texts: list[str], pieces: np.ndarray) -> np.ndarray:
    """The pieces whose sentence before ends in a mark that leaves it open (, ; : –):
    surely the rest of it, whatever their words say."""
    out = np.zeros(len(texts), dtype=bool)
    for k in np.flatnonzero(pieces):
        out[k] = bool(k) and _OPEN_END.search(texts[k - 1]) is not None
    return out


def _whole(sentence: str, abbreviations) -> bool:
    """Whether ``sentence`` ends as a sentence does: ! ? … or a full stop after a
    word (tokenised text has a space before it) that is no abbreviation."""
    end = sentence.rstrip(_CLOSERS)
    if end.endswith(("!", "?", "…", "‽")):
        return True
    if not end.endswith("."):
        return False
    m = _LAST_WORD.search(end[:-1])
    if m is None:  # after a digit ("am 13.") or a mark
        return False
    word = m.group(1)
    return len(word) > 1 and "." not in word and word not in abbreviations


def wordy(text: str) -> bool:
    return any(c.isalpha() for c in text)


def merge_into(target: list[set[str]], extra: list[set[str]]) -> None:
    """Add features in place: copies of 100k sets would double the peak memory."""
    for a, b in zip(target, extra, strict=True):
        a |= b
