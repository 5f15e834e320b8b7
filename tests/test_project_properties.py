"""Random sequences of edit operations keep the alignment valid and undo back to the start."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402

SIDES = st.sampled_from(["src", "tgt"])
NAMES = st.sampled_from(
    [
        "confirm",
        "reject",
        "set_note",
        "merge_next",
        "split",
        "move",
        "insert_empty",
        "edit",
        "set_status_many",
    ]  # fmt: skip
)


def draw_operation(data, n_beads: int, n_src: int, n_tgt: int) -> tuple:
    """An operation with a position that is usually valid and sometimes one past the end."""
    name = data.draw(NAMES)
    pos = data.draw(st.integers(0, n_beads))
    if name == "set_note":
        return name, pos, data.draw(st.text(max_size=6))
    if name == "split":
        return name, pos, data.draw(st.integers(0, 2)), data.draw(st.integers(0, 2))
    if name == "move":
        return name, pos, data.draw(SIDES), data.draw(st.sampled_from(["first", "last"]))
    if name == "insert_empty":
        return name, pos, data.draw(SIDES)
    if name == "set_status_many":
        positions = data.draw(st.lists(st.integers(0, n_beads), max_size=4))
        return name, positions, data.draw(st.sampled_from(["unreviewed", "confirmed", "rejected"]))
    if name == "edit":
        side = data.draw(SIDES)
        last = n_src if side == "src" else n_tgt
        return name, side, data.draw(st.integers(0, last)), data.draw(st.text(max_size=6))
    return name, pos


def snapshot(p):
    beads = tuple((b.id, b.src, b.tgt, b.status, b.note, b.score) for b in p.beads())
    return beads, tuple(p.segment_texts("src")), tuple(p.segment_texts("tgt"))


def check_invariants(p, n_src: int, n_tgt: int) -> None:
    p.check()  # monotone, contiguous, covers both sides exactly once
    beads = p.beads()
    assert all(b.src or b.tgt for b in beads), "an empty bead survived"
    assert len({b.id for b in beads}) == len(beads), "bead ids are not unique"
    assert sum(len(b.src) for b in beads) == n_src
    assert sum(len(b.tgt) for b in beads) == n_tgt


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kinds=st.lists(
        st.sampled_from([(1, 1), (1, 2), (2, 1), (1, 0), (0, 1), (2, 2)]), min_size=1, max_size=8
    ),
    n_operations=st.integers(1, 30),
    data=st.data(),
)
def test_random_operations_keep_invariants_and_undo_to_start(kinds, n_operations, data):
    n_src = sum(k[0] for k in kinds)
    n_tgt = sum(k[1] for k in kinds)
    de = [f"Satz {i}." for i in range(n_src)]
    en = [f"Sentence {i}." for i in range(n_tgt)]
    with (
        tempfile.TemporaryDirectory() as tmp,
        make_project(Path(tmp) / "p.bitext", kinds=kinds, de=de, en=en) as p,
    ):
        states = [snapshot(p)]
        done = 0
        for _ in range(n_operations):
            name, *args = draw_operation(data, len(p), n_src, n_tgt)
            before = snapshot(p)
            try:
                getattr(p, name)(*args)
            except BitextError:
                assert snapshot(p) == before, f"failed {name}{args} changed the project"
                continue
            done += 1
            check_invariants(p, n_src, n_tgt)
            if snapshot(p) != states[-1]:
                states.append(snapshot(p))
        event(f"successful operations: {'10+' if done >= 10 else done}")
        # Undo walks back through every state to the start ...
        for expected in reversed(states[:-1]):
            assert p.undo()
            assert snapshot(p) == expected
            check_invariants(p, n_src, n_tgt)
        assert not p.undo()
        # ... and redo walks forward again to the end.
        for expected in states[1:]:
            assert p.redo()
            assert snapshot(p) == expected
        assert not p.redo()
