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


def test_every_coarse_level_tells_a_units_partner_from_its_neighbour(monkeypatch):
    """A coarse unit holds many sentences, and unions of features overlap far
    more than sentence pairs do: on the sentence scale, a unit beside its
    partner scored as nearly aligned at coarse levels (and a 100k-sentence
    document's coarse path drifted). Each level rescales on its own units."""
    import random

    from align_support import sample_pair

    from aligner.align import FULL, calibrate, evidence, search
    from aligner.align.costs import Params, Scorer, SimScale
    from aligner.align.features import anchor_features
    from aligner.align.length import LengthModel

    de, en = sample_pair("belarus-diplomacy.de-en.tsv")
    rng = random.Random(5)
    blocks = [list(range(k, min(k + 4, len(de)))) for k in range(0, len(de), 4)]
    order = []
    for _ in range(20):  # the same text again and again, its blocks reordered
        rng.shuffle(blocks)
        order += [i for block in blocks for i in block]
    src, tgt = [de[i] for i in order], [en[i] for i in order]
    fs, ft = anchor_features(src, tgt, set(FULL) - {"lexicon"}, None, "de", "en")
    ls = np.array([len(t) for t in src], dtype=float)
    lt = np.array([len(t) for t in tgt], dtype=float)
    ev = evidence.build(fs, ft, ls, lt)
    length = LengthModel.from_totals(ls, lt)
    first = Scorer(
        ev, Params(), length, calibrate.random_scale(Scorer(ev, Params(), length, SimScale()))
    )
    one_one = [(range(i, i + 1), range(i, i + 1)) for i in range(len(src))]
    scorer = Scorer(ev, Params(), length, calibrate.fit_scale(first, one_one))
    levels = []
    real = search.search

    def spy(sc, lo, hi, advance=None):
        levels.append(sc)
        return real(sc, lo, hi, advance)

    monkeypatch.setattr(search, "search", spy)
    # coarsen as far as the search of a document a hundred times longer would
    monkeypatch.setattr(search, "FULL_DP_CELLS", 1500)
    search.solve(scorer)
    coarse = {sc.ev.src.n: sc for sc in levels if sc.ev.src.n < len(src)}
    assert min(coarse) < len(src) // 16  # units of 32 sentences and more
    for n, sc in coarse.items():
        q = search._prefix(sc.ev, *full_band(n, sc.ev.tgt.n), 1, 1)
        units = np.arange(1, n - 1)
        partner = sc.content(1, 1, units, units, q)[1]
        neighbour = sc.content(1, 1, units, units + 1, q)[1]
        assert partner.mean() > 0.6, n
        assert neighbour.mean() < 0.2, n  # about as unrelated units
        assert sc.scale.random > scorer.scale.random
