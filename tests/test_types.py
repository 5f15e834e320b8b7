import pytest

from aligner.types import Alignment, Bead


def test_alignment_check_accepts_a_monotone_cover():
    a = Alignment([Bead(range(0, 1), range(0, 2)), Bead(range(1, 1), range(2, 3))], 1, 3)
    a.check()
    assert [b.kind for b in a.beads] == ["1-2", "0-1"]


@pytest.mark.parametrize(
    "beads",
    [
        [Bead(range(0, 1), range(0, 1))],  # leaves segments out
        [Bead(range(0, 1), range(0, 1)), Bead(range(0, 1), range(1, 2))],  # overlaps
        [Bead(range(0, 0), range(0, 0)), Bead(range(0, 2), range(0, 2))],  # empty bead
    ],
)
def test_alignment_check_rejects_gaps_overlaps_and_empty_beads(beads):
    with pytest.raises(ValueError):
        Alignment(beads, 2, 2).check()
