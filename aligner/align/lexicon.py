"""A word lexicon learned from the text itself.

After a first alignment, words that keep appearing in the same beads are
probably translations (Gipfel / sommet). The Dice coefficient over the beads
measures this; as in Melamed's competitive linking, a pair is kept only when
each word is the other's unique best partner, so a frequent word cannot
claim every rare word near it. Kept pairs become shared features for the next pass.
Nothing is downloaded: the two documents are the only data.

Counts come from every two-sided bead of the document, not from a sample:
a sample makes the lexicon of a long book depend on which beads it happened
to draw, and sentences left unpaired (an inserted passage, captions) say
nothing about translations, so they must not dilute the counts either. Pairs
are counted in blocks of beads and merged, so memory follows the number of
distinct candidate pairs, not the length of the book.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aligner.align.model1 import word_ids, words

MIN_COUNT = 2
MIN_DICE = 0.3
#: Beads whose word pairs are counted at once.
BLOCK = 4000
#: Pending pair counts merged into the running table beyond this many entries.
MERGE_AT = 2_000_000


class _Bags:
    """Word ids of each bead's side, as one flat array with offsets."""

    def __init__(self, texts: Sequence[str], ranges: Sequence[range], vocab: dict[str, int]):
        cache: dict[int, list[int]] = {}
        flat: list[int] = []
        offset = [0]
        for rng in ranges:
            flat.extend(sorted(word_ids(texts, rng, vocab, cache)))
            offset.append(len(flat))
        self.ids = np.array(flat, dtype=np.int64)
        self.offset = np.array(offset, dtype=np.int64)

    def keep(self, ok: np.ndarray) -> None:
        """Drop the words for which ``ok`` is false."""
        mask = ok[self.ids] if len(self.ids) else np.zeros(0, dtype=bool)
        kept = np.concatenate([[0], np.cumsum(mask)])
        self.ids = self.ids[mask]
        self.offset = kept[self.offset]


def learn(
    src: Sequence[str], tgt: Sequence[str], beads: Sequence[tuple[range, range]]
) -> list[tuple[str, str]]:
    """Mutually best word pairs (source, target) with Dice >= MIN_DICE over the two-sided beads."""
    two = [(rs, rt) for rs, rt in beads if len(rs) and len(rt)]
    if not two:
        return []
    s_vocab: dict[str, int] = {}
    t_vocab: dict[str, int] = {}
    bs = _Bags(src, [rs for rs, _ in two], s_vocab)
    bt = _Bags(tgt, [rt for _, rt in two], t_vocab)
    cs = np.bincount(bs.ids, minlength=len(s_vocab))
    ct = np.bincount(bt.ids, minlength=len(t_vocab))
    bs.keep(cs >= MIN_COUNT)
    bt.keep(ct >= MIN_COUNT)
    keys, together = _pair_counts(bs, bt, cs, ct, len(t_vocab))
    if not len(keys):
        return []
    s_id, t_id = keys // len(t_vocab), keys % len(t_vocab)
    dice = 2.0 * together / (cs[s_id] + ct[t_id])
    keep = (together >= MIN_COUNT) & (dice >= MIN_DICE)
    s_id, t_id, dice = s_id[keep], t_id[keep], dice[keep]
    # keep a pair only if each word is the other's unique best partner; a tie
    # means the text cannot tell the candidates apart, so none is learned
    best_s = np.zeros(len(s_vocab))
    best_t = np.zeros(len(t_vocab))
    np.maximum.at(best_s, s_id, dice)
    np.maximum.at(best_t, t_id, dice)
    top_s, top_t = dice >= best_s[s_id], dice >= best_t[t_id]
    unique_s = np.bincount(s_id[top_s], minlength=len(s_vocab)) == 1
    unique_t = np.bincount(t_id[top_t], minlength=len(t_vocab)) == 1
    mutual = top_s & top_t & unique_s[s_id] & unique_t[t_id]
    s_names, t_names = list(s_vocab), list(t_vocab)
    pairs = []
    for s, t in zip(s_id[mutual], t_id[mutual], strict=True):
        if s_names[s] != t_names[t]:
            pairs.append((s_names[s], t_names[t]))
    return pairs


def _pair_counts(
    bs: _Bags, bt: _Bags, cs: np.ndarray, ct: np.ndarray, nt: int
) -> tuple[np.ndarray, np.ndarray]:
    """(pair key s * nt + t, beads holding both) for pairs that could reach MIN_DICE.

    Dice cannot exceed 2 min(cs, ct) / (cs + ct), so a rare word paired with
    a frequent one is never counted: most co-occurrences are such pairs.
    """
    keys = np.zeros(0, dtype=np.int64)
    counts = np.zeros(0, dtype=np.int64)
    pending: list[tuple[np.ndarray, np.ndarray]] = []
    size = 0
    n_beads = len(bs.offset) - 1
    for b0 in range(0, n_beads, BLOCK):
        b1 = min(n_beads, b0 + BLOCK)
        k, c = _block_pairs(bs, bt, cs, ct, nt, b0, b1)
        pending.append((k, c))
        size += len(k)
        if size > MERGE_AT:
            keys, counts = _merge([(keys, counts), *pending])
            pending, size = [], 0
    return _merge([(keys, counts), *pending])


def _block_pairs(bs, bt, cs, ct, nt, b0, b1) -> tuple[np.ndarray, np.ndarray]:
    ns = np.diff(bs.offset[b0 : b1 + 1])
    nt_ = np.diff(bt.offset[b0 : b1 + 1])
    per = ns * nt_
    total = int(per.sum())
    if not total:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    bead = np.repeat(np.arange(b1 - b0), per)
    within = np.arange(total) - np.repeat(np.cumsum(per) - per, per)
    s = bs.ids[bs.offset[b0 + bead] + within // nt_[bead]]
    t = bt.ids[bt.offset[b0 + bead] + within % nt_[bead]]
    a, b = cs[s], ct[t]
    ok = 2.0 * np.minimum(a, b) >= MIN_DICE * (a + b)
    return np.unique(s[ok] * nt + t[ok], return_counts=True)


def _merge(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    keys = np.concatenate([k for k, _ in parts])
    counts = np.concatenate([c for _, c in parts])
    uniq, inverse = np.unique(keys, return_inverse=True)
    return uniq, np.bincount(inverse, counts, minlength=len(uniq)).astype(np.int64)


def lexicon_features(
    src: Sequence[str], tgt: Sequence[str], pairs: Sequence[tuple[str, str]]
) -> tuple[list[set[str]], list[set[str]]]:
    """Per sentence, one shared feature ``L<source>|<target>`` per lexicon pair it contains."""
    by_src: dict[str, list[str]] = {}
    by_tgt: dict[str, list[str]] = {}
    for s, t in pairs:
        key = f"L{s}|{t}"
        by_src.setdefault(s, []).append(key)
        by_tgt.setdefault(t, []).append(key)
    fs = [{k for w in words(text) for k in by_src.get(w, ())} for text in src]
    ft = [{k for w in words(text) for k in by_tgt.get(w, ())} for text in tgt]
    return fs, ft
