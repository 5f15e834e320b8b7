"""Evidence per sentence, and the stretches of a translation that have none.

A bead's evidence hides its sentences': a 4-2 bead whose last source
sentence is translated by the two target sentences has evidence, yet the
three sentences before it may share nothing with them (a missing passage
the aligner folded into a neighbour). So each sentence is asked on its
own whether it shares more with its bead's other side than the chance
level of the verdict (:func:`aligner.align.mismatch.chance_level`);
unpaired sentences have none.

In a translation the sentences without evidence are scattered (a caption
here, a loose rendering there). A missing or extra passage is a run of
them on one side. A run (single sentences with evidence inside it are
bridged) is reported when it is unlikely under the rate of the rest of the
text: ``places * C(run, bridged) * rate ** size < ALPHA``. ``places`` is
the number of sentences of both sides (where a run could start), ``size``
the run's weight without evidence: each sentence weighs its length in
average sentences of its side, at most ``CAP``, and a line that does not
end as a sentence (a caption, a credit, a heading) nothing, so a block of
captions weighs little and a missing paragraph its full size. ``rate`` is
the weighted share without evidence outside the run, with one
pseudo-sentence each way. A run must also hold ``MIN_SHARE`` of its side,
so that a block of captions in a long book, rare as it may be there, is
not called a missing chapter.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np

from aligner.align import calibrate
from aligner.align.costs import Scorer
from aligner.segment.scan import TERMINALS

#: What a segment may end with to be a sentence: the segmenter's terminals, and
#: the colon and semicolon it also ends segments at.
_ENDS = TERMINALS + ":;"
_CLOSERS = "\"'»«”“’‘)]}›‹"

#: A run is reported when its chance under the rest of the text is below this.
ALPHA = 0.001
#: Most a sentence weighs, in average sentences of its side.
CAP = 2.0
#: Least share of its side's weight a run must hold.
MIN_SHARE = 0.15
#: Pseudo-sentences (with and without evidence) in the rate outside a run.
PSEUDO = 1.0


def support(scorer: Scorer, beads, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Per source and target sentence: does it share more than ``level`` with its bead's other side?

    A sentence is scored as the bead made of it and the whole other side
    (so a 1-1 bead's two sentences score as the bead does). Unpaired
    sentences have no evidence.
    """
    ev = scorer.ev
    n, m = ev.src.n, ev.tgt.n
    ws, wt = ev.sentence_weights()
    src_has, tgt_has = np.zeros(n, bool), np.zeros(m, bool)
    ends = np.array(beads, np.int64).reshape(-1, 4)
    two = np.flatnonzero((ends[:, 2] > ends[:, 0]) & (ends[:, 3] > ends[:, 1]))
    if not len(two):
        return src_has, tgt_has
    src_bead, tgt_bead = np.full(n, -1), np.full(m, -1)
    src_bead[_members(ends[two, 0], ends[two, 2])] = np.repeat(two, ends[two, 2] - ends[two, 0])
    tgt_bead[_members(ends[two, 1], ends[two, 3])] = np.repeat(two, ends[two, 3] - ends[two, 1])
    # every (source, target) pair inside a bead: each source sentence of a bead
    # beside each target sentence of it
    i = np.flatnonzero(src_bead >= 0)
    b = ends[src_bead[i]]
    i = np.repeat(i, b[:, 3] - b[:, 1])
    j = _members(b[:, 1], b[:, 3])
    shared = calibrate.shared_weight(ev, i, j)
    raw = dataclasses.replace(scorer, params=dataclasses.replace(scorer.params, smoothing=0.0))
    # per bead, the weight and length of each side, to pair with one sentence of the other
    cws = np.concatenate([[0.0], np.cumsum(ws)])
    cwt = np.concatenate([[0.0], np.cumsum(wt)])
    cls = np.concatenate([[0.0], np.cumsum(ev.src.lengths)])
    clt = np.concatenate([[0.0], np.cumsum(ev.tgt.lengths)])
    for side_bead, own_w, own_len, cum_w, cum_len, lo, hi, idx, has, size in (
        (src_bead, ws, ev.src.lengths, cwt, clt, 1, 3, i, src_has, n),
        (tgt_bead, wt, ev.tgt.lengths, cws, cls, 0, 2, j, tgt_has, m),
    ):
        paired = np.flatnonzero(side_bead >= 0)
        b = ends[side_bead[paired]]
        got = np.bincount(idx, shared, minlength=size)[paired]
        total = own_w[paired] + cum_w[b[:, hi]] - cum_w[b[:, lo]]
        length = own_len[paired] + cum_len[b[:, hi]] - cum_len[b[:, lo]]
        has[paired] = raw.similarity(got, total, length) > level
    return src_has, tgt_has


def _members(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """lo[0]..hi[0]-1, lo[1]..hi[1]-1, ... in one array."""
    count = hi - lo
    start = np.repeat(lo - np.cumsum(count) + count, count)
    return start + np.arange(int(count.sum()))


def sentence_like(texts: Sequence[str]) -> np.ndarray:
    """Per line, does it end as a sentence does (a terminal, perhaps inside quotes or brackets)?

    Captions, credits and headings mostly do not; a missing passage is made of sentences.
    """
    return np.fromiter(
        (t.rstrip().rstrip(_CLOSERS).rstrip()[-1:] in _ENDS for t in texts), bool, len(texts)
    )


def regions(
    beads,
    has: tuple[np.ndarray, np.ndarray],
    wordy: tuple[np.ndarray, np.ndarray],
    chars: tuple[np.ndarray, np.ndarray],
    ends: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[dict]:
    """Runs of sentences without evidence too long for a translation, as regions.

    ``has``, ``wordy``, ``chars`` and ``ends`` are per (source, target)
    sentence: evidence, a letter, length, a sentence's end
    (:func:`sentence_like`). Lines without a letter are skipped; lines that
    do not end as a sentence (a caption, a heading, a credit) weigh nothing.
    """
    return [
        _place(beads, side, lo, hi, count)
        for chance, side, lo, hi, count in runs(has, wordy, chars, ends)
        if chance < ALPHA
    ]


def runs(has, wordy, chars, ends=None) -> list[tuple[float, int, int, int, int]]:
    """(chance, side, first, stop, sentences) of every run holding MIN_SHARE of its side."""
    if ends is None:
        ends = tuple(np.ones(len(w), bool) for w in wordy)
    sides = []
    for h, w, c, e in zip(has, wordy, chars, ends, strict=True):
        keep = np.flatnonzero(w)
        mean = float(np.mean(c[keep])) if len(keep) else 1.0
        weight = np.minimum(np.asarray(c, float)[keep] / max(mean, 1.0), CAP)
        weight[~np.asarray(e, bool)[keep]] = 0.0
        sides.append((keep, ~np.asarray(h, bool)[keep], weight))
    dark_all = sum(float(wt[d].sum()) for _, d, wt in sides)
    weight_all = sum(float(wt.sum()) for _, _, wt in sides)
    places = sum(len(k) for k, _, _ in sides)
    out = []
    for s, (keep, dark, weight) in enumerate(sides):
        for a, b in _runs(dark):
            size = float(weight[a:b][dark[a:b]].sum())
            if size <= 0 or size < MIN_SHARE * float(weight.sum()):
                continue
            rate = (dark_all - size + PSEUDO) / (weight_all - float(weight[a:b].sum()) + 2 * PSEUDO)
            chance = places * math.comb(b - a, int((~dark[a:b]).sum())) * rate**size
            out.append((chance, s, int(keep[a]), int(keep[b - 1]) + 1, b - a))
    return out


def _runs(dark: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs [a, b) of dark entries, bridging single light ones between dark ones."""
    out = []
    k, n = 0, len(dark)
    while k < n:
        if not dark[k]:
            k += 1
            continue
        a = k
        while k + 1 < n and (dark[k + 1] or (k + 2 < n and dark[k + 2])):
            k += 1
        out.append((a, k + 1))
        k += 1
    return out


def _place(beads, side: int, lo: int, hi: int, sentences: int) -> dict:
    """Region of sentences lo..hi of one side, with the other side's sentences of their beads."""
    own, other = (0, 2), (1, 3)
    if side:
        own, other = other, own
    touched = [b for b in beads if b[own[0]] < hi and b[own[1]] > lo]
    with_other = [b for b in touched if b[other[1]] > b[other[0]]]
    if with_other:
        span = [min(b[other[0]] for b in with_other), max(b[other[1]] for b in with_other)]
    else:  # all unpaired: the place between the other side's sentences
        at = next((b[other[0]] for b in beads if b[own[0]] >= lo), beads[-1][other[1]])
        span = [at, at]
    paired = sum(min(b[own[1]], hi) - max(b[own[0]], lo) for b in with_other)
    ranges = ([lo, hi], span) if side == 0 else (span, [lo, hi])
    return {"src": ranges[0], "tgt": ranges[1], "sentences": sentences, "paired": paired}
