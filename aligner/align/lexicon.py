"""A word lexicon learned from the text itself.

After a first alignment, words that keep appearing in the same beads are
probably translations (Gipfel / sommet). The Dice coefficient over the beads
measures this; as in Melamed's competitive linking, a pair is kept only when
each word is the other's unique best partner, so a frequent word cannot
claim every rare word near it. Kept pairs become shared features for the next pass.
Nothing is downloaded: the two documents are the only data.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aligner.align.anchors import fold, tokens

MIN_COUNT = 2
MIN_DICE = 0.3
MAX_BEADS = 8000


def _words(text: str) -> set[str]:
    return {fold(t) for t in tokens(text) if len(t) >= 2 and t.isalpha()}


def learn(
    src: Sequence[str], tgt: Sequence[str], beads: Sequence[tuple[range, range]]
) -> list[tuple[str, str]]:
    """Mutually best word pairs (source, target) with Dice >= MIN_DICE over the beads."""
    if len(beads) > MAX_BEADS:
        step = len(beads) / MAX_BEADS
        beads = [beads[int(k * step)] for k in range(MAX_BEADS)]
    vocab: dict[str, int] = {}
    src_ids, tgt_ids = [], []
    for rs, rt in beads:
        ws = set().union(*(_words(src[i]) for i in rs))
        wt = set().union(*(_words(tgt[j]) for j in rt))
        # sorted: ids (and so the tie-breaking below) must not depend on hash order
        src_ids.append(
            np.array([vocab.setdefault("s" + w, len(vocab)) for w in sorted(ws)], np.int64)
        )
        tgt_ids.append(
            np.array([vocab.setdefault("t" + w, len(vocab)) for w in sorted(wt)], np.int64)
        )
    if not vocab:
        return []
    size = len(vocab)
    count = np.bincount(np.concatenate(src_ids + tgt_ids), minlength=size)
    keys = [np.add.outer(s * size, t).ravel() for s, t in zip(src_ids, tgt_ids, strict=True)]
    if not keys:
        return []
    pair_keys, pair_count = np.unique(np.concatenate(keys), return_counts=True)
    s_id, t_id = pair_keys // size, pair_keys % size
    dice = 2.0 * pair_count / (count[s_id] + count[t_id])
    keep = (pair_count >= MIN_COUNT) & (dice >= MIN_DICE)
    names = list(vocab)
    # keep a pair only if each word is the other's unique best partner; a tie
    # means the text cannot tell the candidates apart, so none is learned
    s_id, t_id, dice = s_id[keep], t_id[keep], dice[keep]
    best_s = np.zeros(size)
    best_t = np.zeros(size)
    np.maximum.at(best_s, s_id, dice)
    np.maximum.at(best_t, t_id, dice)
    top_s, top_t = dice >= best_s[s_id], dice >= best_t[t_id]
    unique_s = np.bincount(s_id[top_s], minlength=size) == 1
    unique_t = np.bincount(t_id[top_t], minlength=size) == 1
    mutual = top_s & top_t & unique_s[s_id] & unique_t[t_id]
    pairs = []
    for s, t in zip(s_id[mutual], t_id[mutual], strict=True):
        if names[s][1:] != names[t][1:]:
            pairs.append((names[s][1:], names[t][1:]))
    return pairs


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
    fs = [{k for w in _words(text) for k in by_src.get(w, ())} for text in src]
    ft = [{k for w in _words(text) for k in by_tgt.get(w, ())} for text in tgt]
    return fs, ft
