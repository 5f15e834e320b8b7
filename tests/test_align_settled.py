"""Estimates come from beads away from unpaired sentences (``aligner.align.settled``)."""

from __future__ import annotations

import numpy as np
import pytest
from align_support import made_up_lines
from test_align import _textberg

from aligner.align import align, settled
from aligner.align.length import LengthModel

Beads = list[tuple[range, range]]


def one_to_one(n: int, at: int = 0) -> Beads:
    return [(range(at + k, at + k + 1), range(at + k, at + k + 1)) for k in range(n)]


def test_beads_beside_an_unpaired_sentence_are_left_out():
    beads = one_to_one(10)
    beads.insert(5, (range(10, 10), range(10, 11)))  # one target sentence unpaired
    kept = settled.away(beads, 2)
    # two beads on either side of it go: sentences 3 and 4, 5 and 6
    assert kept == one_to_one(3) + one_to_one(3, at=7)
    assert settled.away(one_to_one(5), 2) == one_to_one(5)


def test_a_bead_holding_part_of_an_inserted_passage_leaves_the_ratio_alone():
    """The first pass merged an inserted line into the bead beside the passage:
    its lengths say nothing about the translation."""
    ls = np.full(200, 100.0)
    lt = np.full(220, 110.0)
    beads = one_to_one(100)
    beads.append((range(100, 101), range(100, 102)))  # a pair with an inserted line merged in
    beads += [(range(101, 101), range(j, j + 1)) for j in range(102, 121)]  # the rest unpaired
    beads += [(range(101 + k, 102 + k), range(121 + k, 122 + k)) for k in range(99)]
    model = settled.refit_length(LengthModel(), beads, ls, lt, spread=False)
    assert model.ratio == pytest.approx(1.1)
    # counted, the merged bead would move it
    all_two = [(rs, rt) for rs, rt in beads if len(rs) and len(rt)]
    assert sum(len(rt) for _, rt in all_two) * 110 / (len(all_two) * 100) > 1.1
    # on a short text every two-sided bead counts
    short = beads[70:150]
    assert settled.refit_length(LengthModel(), short, ls, lt, spread=False).ratio > 1.1


def test_scale_falls_back_to_every_one_to_one_bead_on_a_short_text():
    beads = one_to_one(12)
    beads.insert(6, (range(12, 12), range(12, 13)))
    assert settled.one_one(beads) == [b for b in beads if len(b[0]) and len(b[1])]


@pytest.mark.parametrize("at", [85, 220])
def test_made_up_lines_inserted_leave_far_beads_of_textberg_alone(shared, at):
    """Twenty made-up lines in the German of Text+Berg dev (lines stripped, as
    ``bitext align --presegmented`` reads them): with every two-sided bead in the
    length ratio and the similarity's scale, four near ties more than 15
    sentences from them came out changed."""
    src, tgt, _, _ = _textberg(shared)
    src, tgt = [s.strip() for s in src], [t.strip() for t in tgt]
    block = made_up_lines(20, 3, (15, 25))

    def beads(s: list[str]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
        result = align(s, tgt, src_lang="de", tgt_lang="fr", progress=False)
        return {(tuple(b.src), tuple(b.tgt)) for b in result.beads}

    clean = beads(src)
    back = set()
    for s, t in beads(src[:at] + block + src[at:]):
        s = tuple(i if i < at else i - len(block) for i in s if not at <= i < at + len(block))
        if s or t:
            back.add((s, t))
    far = [b for b in clean if b[0] and all(abs(i - at) > 15 for i in b[0])]
    assert len(far) > 300
    assert [b for b in far if b not in back] == []
