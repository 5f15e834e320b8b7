"""The band's shared-weight prefix sums, against a direct count."""

import numpy as np
import pytest

from aligner.align import evidence
from aligner.align.evidence import Evidence, Side


def _side(rng, n, n_feat):
    sent, feat = [], []
    for k in range(n):
        fs = sorted(rng.choice(n_feat, size=rng.integers(0, 6), replace=False))
        sent += [k] * len(fs)
        feat += fs
    return Side(np.ones(n), np.array(sent, dtype=np.int64), np.array(feat, dtype=np.int64))


def _direct(ev, qlo, qhi):
    feats_t = [set(ev.tgt.feat[ev.tgt.sent == j]) for j in range(ev.tgt.n)]
    rows = []
    for i in range(ev.src.n):
        mine = set(ev.src.feat[ev.src.sent == i])
        shared = [sum(ev.weight[f] for f in mine & feats_t[j]) for j in range(qlo[i], qhi[i])]
        rows.append(np.concatenate([[0.0], np.cumsum(shared)]))
    return np.concatenate(rows)


@pytest.mark.parametrize("batch", [3, 50, evidence.PAIR_BATCH])
def test_prefix_sums_match_a_direct_count_in_any_batch_size(monkeypatch, batch):
    monkeypatch.setattr(evidence, "PAIR_BATCH", batch)
    rng = np.random.default_rng(5)
    n, m, n_feat = 40, 47, 12
    ev = Evidence(_side(rng, n, n_feat), _side(rng, m, n_feat), rng.random(n_feat) + 0.1)
    # a monotone band, as the search gives: rising bounds, some rows narrow
    qlo = np.sort(rng.integers(0, m - 6, size=n))
    qhi = np.minimum(m, qlo + rng.integers(0, 9, size=n))
    flat, offset = ev.match_prefix(qlo, qhi)
    assert list(offset) == list(np.concatenate([[0], np.cumsum(qhi - qlo + 1)]))
    np.testing.assert_allclose(flat, _direct(ev, qlo, qhi), rtol=0, atol=1e-9)
    assert flat[-1] > 0
