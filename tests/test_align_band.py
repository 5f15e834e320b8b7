"""The banded search widens its band where the path runs along the edge."""

import numpy as np

from aligner.align.search import Path, edge_rows, full_band, widen


def _path(beads):
    return Path(beads, np.zeros(1), np.zeros(1, dtype=np.int64), None, None)


def test_a_path_inside_the_band_touches_no_edge():
    lo = np.array([0, 0, 1, 2, 3])
    hi = np.array([2, 3, 4, 5, 6])
    path = _path([(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3), (3, 3, 4, 6)])
    assert edge_rows(path, lo, hi, 6).size == 0


def test_a_path_on_the_upper_edge_is_found_and_the_band_grows_there():
    lo = np.array([0, 0, 0, 0, 0, 0, 0, 0])
    hi = np.array([1, 2, 3, 4, 5, 6, 7, 20])
    path = _path([(0, 0, 3, 3), (3, 3, 7, 20)])  # row 3 ends below hi[3] == 4
    assert edge_rows(path, lo, hi, 20).tolist() == []
    path = _path([(0, 0, 3, 4), (3, 4, 7, 20)])  # row 3 ends at hi[3] == 4
    rows = edge_rows(path, lo, hi, 20)
    assert rows.tolist() == [3]
    new_lo, new_hi = widen(lo, hi, rows, 2, 20)
    assert new_hi[3] == 6 and new_hi[1] >= 4  # grown near row 3
    assert (new_lo <= lo).all() and (new_hi >= hi).all()  # never narrower
    assert new_lo[0] == 0 and new_hi[-1] == 20  # corners stay on the grid


def test_the_grid_border_is_not_an_edge():
    lo, hi = full_band(4, 5)
    path = _path([(0, 0, 2, 5), (2, 5, 4, 5)])
    assert edge_rows(path, lo, hi, 5).size == 0
