"""IBM Model 1 translation probabilities learned by EM from aligned beads.

Given beads that probably translate each other, Model 1 asks which target
word each source word turns into, sharing out every co-occurrence by how
well each candidate already explains it. Unlike a co-occurrence count, a
frequent word that sits in every bead does not claim the rare ones beside
it: once ``sommet`` explains ``Gipfel``, the other words of those beads no
longer get credit for it. A word may keep several translations (``Gipfel``:
``sommet``, ``cime``), which a one-best pairing cannot.

Words are the folded, letter-only word types of each side of a bead (a set,
not a bag: a bead repeats few words, and sets bound the work), a bead's side
capped at ``MAX_WORDS`` types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aligner.align.anchors import fold, tokens

ITERATIONS = 5
MAX_WORDS = 60
#: p(word | empty word): function words and untranslated words go there.
NULL_PROB = 0.01


def words(text: str) -> set[str]:
    """Folded word types of a sentence (letters only, two or more)."""
    return {fold(t) for t in tokens(text) if len(t) >= 2 and t.isalpha()}


def word_ids(
    texts: Sequence[str], rng: range, vocab: dict[str, int], cache: dict[int, list[int]]
) -> set[int]:
    """Ids of the word types of sentences ``rng``; each sentence is read once (``cache``).

    A sentence's words are numbered in sorted order, so that ids do not depend
    on hash order (ties in the tables built from them are broken by id).
    """
    ids: set[int] = set()
    for k in rng:
        got = cache.get(k)
        if got is None:
            got = [vocab.setdefault(w, len(vocab)) for w in sorted(words(texts[k]))]
            cache[k] = got
        ids.update(got)
    return ids


@dataclass(slots=True)
class Table:
    """Translation probabilities of word pairs (source, target), both directions."""

    src_words: list[str]
    tgt_words: list[str]
    pair_src: np.ndarray  # index into src_words
    pair_tgt: np.ndarray  # index into tgt_words
    t_given_s: np.ndarray  # p(target | source) per pair
    s_given_t: np.ndarray  # p(source | target) per pair
    count: np.ndarray  # beads holding both words

    def pairs(self, threshold: float, min_count: int = 2) -> list[tuple[str, str, float]]:
        """Pairs whose probability is at least ``threshold`` in both directions.

        Returns (source, target, strength) with strength the geometric mean
        of the two probabilities. Identical words are left out: the anchors
        already match them.
        """
        p = np.sqrt(self.t_given_s * self.s_given_t)
        keep = (
            (self.t_given_s >= threshold)
            & (self.s_given_t >= threshold)
            & (self.count >= min_count)
        )
        out = []
        for k in np.flatnonzero(keep):
            s, t = self.src_words[self.pair_src[k]], self.tgt_words[self.pair_tgt[k]]
            if s != t:
                out.append((s, t, float(p[k])))
        return out


def train(
    src: Sequence[str],
    tgt: Sequence[str],
    beads: Sequence[tuple[range, range]],
    iterations: int = ITERATIONS,
) -> Table | None:
    """Model 1 in both directions over ``beads`` (pairs of sentence ranges)."""
    s_vocab: dict[str, int] = {}
    t_vocab: dict[str, int] = {}
    s_cache: dict[int, list[int]] = {}
    t_cache: dict[int, list[int]] = {}

    def side(texts, rng, vocab, cache) -> np.ndarray:
        out = sorted(word_ids(texts, rng, vocab, cache))
        if len(out) > MAX_WORDS:  # an evenly spread subset, the same every time
            step = len(out) / MAX_WORDS
            out = [out[int(i * step)] for i in range(MAX_WORDS)]
        return np.array(out, dtype=np.int64)

    bs, bt = [], []
    for rs, rt in beads:
        if len(rs) and len(rt):
            a, b = side(src, rs, s_vocab, s_cache), side(tgt, rt, t_vocab, t_cache)
            if len(a) and len(b):
                bs.append(a)
                bt.append(b)
    if not bs:
        return None
    ns, nt = len(s_vocab), len(t_vocab)
    sizes_s = np.array([len(a) for a in bs])
    sizes_t = np.array([len(b) for b in bt])
    # one row per (bead, source word, target word)
    occ_bead = np.repeat(np.arange(len(bs)), sizes_s * sizes_t)
    occ_s = np.concatenate([np.repeat(a, len(b)) for a, b in zip(bs, bt, strict=True)])
    occ_t = np.concatenate([np.tile(b, len(a)) for a, b in zip(bs, bt, strict=True)])
    keys, pair = np.unique(occ_s * nt + occ_t, return_inverse=True)
    pair_src, pair_tgt = keys // nt, keys % nt
    count = np.bincount(pair, minlength=len(keys))
    # groups for the normalisers: a target word in a bead, a source word in a bead
    grp_t = np.unique(occ_bead * nt + occ_t, return_inverse=True)[1]
    grp_s = np.unique(occ_bead * ns + occ_s, return_inverse=True)[1]
    t_given_s = _em(pair, pair_src, grp_t, ns, count, iterations)
    s_given_t = _em(pair, pair_tgt, grp_s, nt, count, iterations)
    return Table(list(s_vocab), list(t_vocab), pair_src, pair_tgt, t_given_s, s_given_t, count)


def _em(
    pair: np.ndarray,
    given: np.ndarray,
    group: np.ndarray,
    n_given: int,
    count: np.ndarray,
    iterations: int,
) -> np.ndarray:
    """p(word | given word) per pair; each produced word in a bead is shared out.

    ``pair`` maps each co-occurrence to its pair, ``given[pair]`` to the
    conditioning word, ``group`` to (bead, produced word). The empty word
    produces every word with ``NULL_PROB``.
    """
    # start from co-occurrence counts normalised per conditioning word
    prob = count / np.bincount(given, count.astype(np.float64), minlength=n_given)[given]
    for _ in range(iterations):
        p = prob[pair]
        z = np.bincount(group, p) + NULL_PROB
        share = np.bincount(pair, p / z[group], minlength=len(count))
        total = np.bincount(given, share, minlength=n_given)[given]
        prob = share / np.maximum(total, 1e-12)
    return prob
