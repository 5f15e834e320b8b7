"""Sentence features as integer arrays, weighted, and their overlap in a band.

Both sides become (sentence, feature) pairs restricted to features that occur
on both sides. A feature's weight is high when it is rare (idf) and about as
frequent on one side as on the other: a true anchor is carried over by the
translation, so a word that is common on one side only is noise.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

PAIR_BATCH = 250_000


@dataclass(slots=True)
class Side:
    """One text: sentence lengths and its (sentence, feature) pairs, sorted by sentence."""

    lengths: np.ndarray  # float64, one per sentence
    sent: np.ndarray  # int64
    feat: np.ndarray  # int64
    counts: np.ndarray | None = None  # sentences per unit (coarse levels); None: all 1
    #: per unit, how many sentences' worth of words it holds (a line without
    #: letters counts less); None: as ``sizes()``
    content: np.ndarray | None = None
    _by_feature: np.ndarray | None = field(default=None, repr=False, compare=False)

    def by_feature(self) -> np.ndarray:
        """Pair positions by feature, then sentence: sorted once for all searches of a level."""
        if self._by_feature is None:
            self._by_feature = np.lexsort((self.sent, self.feat))
        return self._by_feature

    def sizes(self) -> np.ndarray:
        """How many original sentences each unit holds."""
        return np.ones(self.n) if self.counts is None else self.counts

    def contents(self) -> np.ndarray:
        return self.sizes() if self.content is None else self.content

    @property
    def n(self) -> int:
        return len(self.lengths)


@dataclass(slots=True)
class Evidence:
    """Everything the search needs to score a bead, at one resolution."""

    src: Side
    tgt: Side
    weight: np.ndarray  # float64, one per feature id

    def sentence_weights(self) -> tuple[np.ndarray, np.ndarray]:
        """Total feature weight of each sentence: the most it could match."""
        ws = np.bincount(self.src.sent, self.weight[self.src.feat], minlength=self.src.n)
        wt = np.bincount(self.tgt.sent, self.weight[self.tgt.feat], minlength=self.tgt.n)
        return ws.astype(np.float64), wt.astype(np.float64)

    def reversed(self) -> Evidence:
        """Both texts read backwards (for the backward pass of the confidence)."""
        return Evidence(_flip(self.src), _flip(self.tgt), self.weight)

    def coarsen(self) -> Evidence:
        """Half the resolution: sentences 2k and 2k+1 become one unit."""
        return Evidence(_halve(self.src), _halve(self.tgt), self.weight)

    def match_prefix(self, qlo: np.ndarray, qhi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Prefix sums of the shared feature weight of each source sentence.

        Source sentence ``i`` is compared with target sentences ``qlo[i] <=
        j < qhi[i]``. Returns ``(flat, offset)``: ``flat[offset[i] + k]`` is the
        weight shared between sentence ``i`` and targets ``qlo[i] .. qlo[i]+k-1``.
        """
        n, m = self.src.n, self.tgt.n
        width = (qhi - qlo).astype(np.int64) + 1
        offset = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(width, out=offset[1:])
        flat = np.zeros(int(offset[-1]), dtype=np.float64)
        if len(self.src.sent) and len(self.tgt.sent):
            stride = m + 1
            order = self.tgt.by_feature()
            keys = self.tgt.feat[order] * stride + self.tgt.sent[order]
            tsent = self.tgt.sent[order]
            s, f = self.src.sent, self.src.feat
            # look up in feature order: the queries then rise (the band's
            # bounds are monotone), so each search starts near the last
            # instead of at a random place in a table of millions
            by_feat = self.src.by_feature()
            start = np.empty_like(s)
            stop = np.empty_like(s)
            start[by_feat] = np.searchsorted(keys, (f * stride + qlo[s])[by_feat], side="left")
            stop[by_feat] = np.searchsorted(keys, (f * stride + qhi[s])[by_feat], side="left")
            count = stop - start
            # expand (source feature, matching target) pairs in bounded batches
            ends = np.cumsum(count)
            lo_t = 0
            while lo_t < len(s):
                hi_t = int(np.searchsorted(ends, ends[lo_t] - count[lo_t] + PAIR_BATCH, "right"))
                hi_t = max(hi_t, lo_t + 1)
                part = slice(lo_t, hi_t)
                c = count[part]
                total = int(c.sum())
                if total:
                    owner = np.repeat(np.arange(lo_t, hi_t), c)
                    first = np.repeat(start[part] - np.cumsum(c) + c, c)
                    pos = first + np.arange(total)
                    rows = s[owner]
                    cells = offset[rows] + (tsent[pos] - qlo[rows]) + 1
                    # only the batch's stretch of rows: adding a whole-band
                    # array per batch made this quadratic in the length
                    c0 = int(cells.min())
                    flat[c0 : int(cells.max()) + 1] += np.bincount(
                        cells - c0, self.weight[f[owner]]
                    )
                lo_t = hi_t
        # turn per-target weights into prefix sums within each source row
        first = flat[offset[:-1]]
        np.cumsum(flat, out=flat)  # in place: the band holds millions of cells
        flat -= np.repeat(flat[offset[:-1]] - first, width)
        return flat, offset


def _flip(side: Side) -> Side:
    order = np.argsort(side.n - 1 - side.sent, kind="stable")
    counts = None if side.counts is None else side.counts[::-1].copy()
    content = None if side.content is None else side.content[::-1].copy()
    return Side(
        side.lengths[::-1].copy(),
        (side.n - 1 - side.sent)[order],
        side.feat[order],
        counts,
        content,
    )


def _halve(side: Side) -> Side:
    n = (side.n + 1) // 2
    lengths = np.zeros(n)
    np.add.at(lengths, np.arange(side.n) // 2, side.lengths)
    counts = np.zeros(n)
    np.add.at(counts, np.arange(side.n) // 2, side.sizes())
    content = np.zeros(n)
    np.add.at(content, np.arange(side.n) // 2, side.contents())
    if len(side.sent):
        width = int(side.feat.max()) + 1
        key = _sorted_unique((side.sent // 2) * width + side.feat)
        sent, feat = key // width, key % width
    else:
        sent = feat = np.zeros(0, dtype=np.int64)
    return Side(lengths, sent.astype(np.int64), feat.astype(np.int64), counts, content)


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    """``np.unique(x)`` by sorting.

    numpy 2.3+ answers a plain ``np.unique`` from a hash table, which on
    millions of keys is dozens of times slower than a sort and grows faster
    than the input (cache misses): it made coarsening a 50k-sentence text
    cost 15 times a 10k one's.
    """
    x = np.sort(x)
    keep = np.ones(len(x), dtype=bool)
    keep[1:] = x[1:] != x[:-1]
    return x[keep]


def build(
    src_feats: Sequence[set[str]],
    tgt_feats: Sequence[set[str]],
    src_lengths: np.ndarray,
    tgt_lengths: np.ndarray,
) -> Evidence:
    """Integer-coded evidence from per-sentence feature sets."""
    n, m = len(src_feats), len(tgt_feats)
    src_df: dict[str, int] = {}
    for feats in src_feats:
        for f in feats:
            src_df[f] = src_df.get(f, 0) + 1
    tgt_df: dict[str, int] = {}
    for feats in tgt_feats:
        for f in feats:
            if f in src_df:
                tgt_df[f] = tgt_df.get(f, 0) + 1
    # sorted, so that ids and summation order do not depend on string hashing
    ids = {f: k for k, f in enumerate(sorted(tgt_df))}
    ds = np.array([src_df[f] for f in ids], dtype=np.float64)
    dt = np.array([tgt_df[f] for f in ids], dtype=np.float64)
    weight = np.zeros(0)
    if len(ids):
        idf = np.log1p((n + m) / (ds + dt))
        rs, rt = ds / max(n, 1), dt / max(m, 1)
        balance = 2.0 * np.minimum(rs, rt) / (rs + rt)
        weight = idf * balance
    return Evidence(_side(src_feats, ids, src_lengths), _side(tgt_feats, ids, tgt_lengths), weight)


def _side(feats: Sequence[set[str]], ids: dict[str, int], lengths: np.ndarray) -> Side:
    # typed arrays: lists of Python ints would take 36 bytes an entry, and a
    # 200k-sentence book has millions of entries
    sent = array("q")
    feat = array("q")
    for k, fs in enumerate(feats):
        kept = sorted(fid for fid in (ids.get(f) for f in fs) if fid is not None)
        sent.extend([k] * len(kept))
        feat.extend(kept)
    return Side(
        np.asarray(lengths, dtype=np.float64),
        np.frombuffer(sent, dtype=np.int64).copy() if len(sent) else np.zeros(0, np.int64),
        np.frombuffer(feat, dtype=np.int64).copy() if len(feat) else np.zeros(0, np.int64),
    )


def combine(a: Evidence, b: Evidence) -> Evidence:
    """One evidence with the features of both (same sentences; ``b``'s ids come after ``a``'s).

    A feature's weight depends on its own counts only, so building the two
    apart and joining them gives what building them together would, without
    keeping every sentence's feature set alive in between.
    """

    def join(x: Side, y: Side) -> Side:
        sent = np.concatenate([x.sent, y.sent])
        feat = np.concatenate([x.feat, y.feat + len(a.weight)])
        order = np.argsort(sent, kind="stable")
        return Side(x.lengths, sent[order], feat[order], x.counts, x.content)

    return Evidence(join(a.src, b.src), join(a.tgt, b.tgt), np.concatenate([a.weight, b.weight]))
