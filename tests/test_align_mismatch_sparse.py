"""A translation whose pairs often share no word (short interface strings in two scripts) is
no mismatch; a stretch that translates nothing is still found in it."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align import mismatch


def _one_to_one(n: int) -> list[tuple[int, int, int, int]]:
    return [(k, k, k + 1, k + 1) for k in range(n)]


def _reported(has: np.ndarray) -> list[dict]:
    beads = _one_to_one(len(has))
    size = np.full(len(has), 2.0)
    return mismatch._dark_runs(beads, has, size, float(size.sum()))


def _sparse(n: int, share: float, seed: int = 3) -> np.ndarray:
    """Beads with evidence, a ``share`` of them without, spread at random."""
    return np.random.default_rng(seed).random(n) >= share


def test_a_short_dark_run_in_a_sparse_translation_is_chance():
    has = _sparse(200, 0.35)
    has[100:110] = False  # ten pairs in a row without evidence
    assert _reported(has) == []


def test_the_same_run_in_a_text_rich_in_evidence_is_reported():
    has = _sparse(200, 0.05)
    has[100:110] = False
    regions = _reported(has)
    assert len(regions) == 1
    assert 100 <= regions[0]["src"][0] < regions[0]["src"][1] <= 110
    assert "_chance" not in regions[0]


def test_a_passage_that_translates_nothing_is_found_in_a_sparse_translation():
    has = _sparse(200, 0.35)
    has[120:150] = False  # thirty pairs: the rate of the text's better parts decides
    regions = _reported(has)
    assert any(r["src"][0] <= 125 and r["src"][1] >= 145 for r in regions)


def _never(k: int) -> tuple[int, int]:
    raise AssertionError("no reordered run is needed")


def test_a_translation_with_a_third_of_its_pairs_silent_beats_its_reordered_self():
    # 67 of 200 paired beads without evidence: more than MAX_SHARE, but the
    # same texts reordered find evidence in a tenth of their beads
    assert not mismatch._unexplained(lambda k: (19, 190), 200, 67, 134.0)
    # as often silent as its reordered self: a mismatch
    assert mismatch._unexplained(lambda k: (130, 190), 200, 67, 134.0)


@pytest.mark.parametrize("dark", [110, 180])
def test_most_pairs_silent_is_a_mismatch_without_reordering(dark):
    assert mismatch._unexplained(_never, 200, dark, 2.0 * dark)
