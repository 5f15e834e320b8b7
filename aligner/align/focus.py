"""When one text is far longer than the other, align the shorter with one stretch of it.

No bead pairs more than ``max_bead - 1`` sentences of one side with a
sentence of the other, so a letter of five sentences can pair with at most
25 lines of a million-line file: the rest is unpaired whatever the search
does. Tokenising, encoding and searching all of it would cost minutes for
nothing. So when the longer side has more than twice what the shorter can
pair with, its lines are scanned once, cheaply, for words and numbers the
shorter side holds; the window of that many lines with the most such
evidence is aligned as usual, and everything outside it is left unpaired
in bulk.

The scan is the only work over the whole of the longer text: one lower-
casing and one regular expression per line, and a dictionary lookup per
new word type.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

import numpy as np

from aligner.align import features
from aligner.align.anchors import fold
from aligner.types import Alignment, Bead

#: Texts with fewer sentences than this on the longer side are aligned whole.
MIN_LINES = 2000
#: The longer side is aligned in a window when it holds more than this many
#: times the sentences the shorter side can pair with.
LOPSIDED = 2.0
_WORD = re.compile(r"\w+")


def window(
    short: Sequence[str], long: Sequence[str], max_bead: int, chars: int, evidence: bool = True
) -> tuple[int, int] | None:
    """[start, stop) of the stretch of ``long`` to align with ``short``, or None.

    None means the texts are not lopsided enough to need it. ``chars`` is
    how much of a sentence its features come from; without ``evidence``
    (lengths only) the window is the start of the text.
    """
    reach = max(1, (max_bead - 1) * len(short))
    if len(long) < MIN_LINES or len(long) <= LOPSIDED * reach:
        return None
    if not evidence:
        return 0, reach
    score = line_evidence(short, long, chars)
    prefix = np.concatenate([[0.0], np.cumsum(score)])
    sums = prefix[reach:] - prefix[:-reach]
    # rounded, so that equal windows compare equal and the first of them wins
    start = int(np.argmax(np.round(sums, 9)))
    return start, start + reach


def _keys(word: str) -> set[str]:
    """Evidence keys of a lower-cased word: itself folded, its cognate prefix, its digits."""
    if any(c.isdigit() for c in word):
        digits = "".join(c for c in word if c.isdigit())
        return {"#" + (digits.lstrip("0") or "0")}
    if len(word) < 2:
        return set()
    folded = fold(word)
    keys = {"w" + folded}
    if len(folded) >= 4 and folded.isalpha():
        keys.add("c" + folded[:4])
    return keys


def line_evidence(short: Sequence[str], long: Sequence[str], chars: int) -> np.ndarray:
    """Per line of ``long``, the idf-weighted keys it shares with the whole of ``short``."""
    wanted: set[str] = set()
    for text in short:
        for word in set(_WORD.findall(text[:chars].lower())):
            wanted |= _keys(word)
    ids: dict[str, int] = {}
    known: dict[str, tuple[int, ...]] = {}  # word type -> ids of the wanted keys it carries
    matching: set[str] = set()
    rows = array("q")  # (line, key id) pairs, a key once per line
    keys = array("q")
    for k, text in enumerate(long):
        words = set(_WORD.findall(text[:chars].lower()))
        for word in words.difference(known):
            hit = tuple(ids.setdefault(key, len(ids)) for key in sorted(_keys(word) & wanted))
            known[word] = hit
            if hit:
                matching.add(word)
        hits = words & matching
        if hits:
            line_keys = {key for w in hits for key in known[w]}
            rows.extend([k] * len(line_keys))
            keys.extend(line_keys)
    score = np.zeros(len(long))
    if not ids or not len(keys):
        return score
    row = np.frombuffer(rows, dtype=np.int64)
    key = np.frombuffer(keys, dtype=np.int64)
    df = np.bincount(key, minlength=len(ids))
    idf = np.log(len(long) / np.maximum(df, 1))
    return np.bincount(row, idf[key], minlength=len(long))


def wordy(texts: Sequence[str]) -> np.ndarray:
    """Per sentence, whether it holds a letter (lines without one count in no verdict)."""
    return np.fromiter(map(features.wordy, texts), bool, len(texts))


def widen(
    inner: Alignment, long_is_src: bool, span: tuple[int, int], n_long: int, wordy_long, wordy_short
) -> tuple[list[Bead], dict]:
    """The whole alignment from the window's: the lines outside it unpaired, the verdict redone.

    Lines outside the window are certain to be unpaired (nothing is left to
    pair them with), so their beads score 1; they count as sentences without
    evidence, and each side of the window is a region of the mismatch.
    """
    start, stop = span
    n_short = inner.n_tgt if long_is_src else inner.n_src

    def bead(k: int, other: int, score: float = 1.0) -> Bead:
        one, none = range(k, k + 1), range(other, other)
        return Bead(one, none, score) if long_is_src else Bead(none, one, score)

    def moved(b: Bead) -> Bead:
        if long_is_src:
            return Bead(range(b.src.start + start, b.src.stop + start), b.tgt, b.score)
        return Bead(b.src, range(b.tgt.start + start, b.tgt.stop + start), b.score)

    beads = [bead(k, 0) for k in range(start)]
    beads += [moved(b) for b in inner.beads]
    beads += [bead(k, n_short) for k in range(stop, n_long)]

    inside = float(wordy_long[start:stop].sum() + wordy_short.sum())
    before, after = float(wordy_long[:start].sum()), float(wordy_long[stop:].sum())
    total = inside + before + after
    score = inner.info.get("document_score", 1.0) * inside / total if total else 1.0
    regions = []
    if before:
        regions.append(_bulk(long_is_src, 0, start, 0, before))
    for r in (inner.info.get("mismatch") or {}).get("regions", []):
        key = "src" if long_is_src else "tgt"
        regions.append({**r, key: [r[key][0] + start, r[key][1] + start]})
    if after:
        regions.append(_bulk(long_is_src, stop, n_long, n_short, after))
    info = dict(inner.info)
    info["document_score"] = round(score, 4)
    info["mismatch"] = {"share": round(1.0 - score, 4), "regions": regions} if regions else None
    info["window"] = {"src" if long_is_src else "tgt": [start, stop]}
    return beads, info


def _bulk(long_is_src: bool, lo: int, hi: int, other: int, size: float) -> dict:
    long_side, short_side = [lo, hi], [other, other]
    return {
        "src": long_side if long_is_src else short_side,
        "tgt": short_side if long_is_src else long_side,
        "sentences": int(size),
        "paired": 0,
    }
