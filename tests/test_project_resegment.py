"""Joining and cutting sentences inside a bead: segments change, spans cover the text, undo."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import EN, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import Project  # noqa: E402
from aligner.project.resegment import join_texts  # noqa: E402


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        yield p


def shape(p) -> list[tuple[range, range]]:
    return [(b.src, b.tgt) for b in p.beads()]


def spans_cover_text(p, side: str) -> None:
    """Each segment's span lies in the document, in order, and its text is the span's text."""
    text = p.document(side).text
    end = 0
    for seg in p.segments(side):
        assert seg.start >= end and seg.end > seg.start
        assert "\n" not in seg.text
        assert text[seg.start : seg.end].split() == seg.text.split()
        end = seg.end


def test_join_two_sentences_in_a_bead(project):
    before = shape(project)
    project.confirm(3)
    project.join_sentences(3, "tgt", 0)
    texts = project.segment_texts("tgt")
    assert texts[3] == "Many said: “Enough”. They took to the streets."
    assert len(texts) == len(EN) - 1
    bead = project.bead(3)
    assert bead.tgt_texts == [texts[3]] and bead.status == "unreviewed"
    # the bead after it moved one target sentence up, and the file is a valid alignment
    assert project.bead(4).tgt == range(4, 5)
    project.check()
    spans_cover_text(project, "tgt")
    assert project.undo_label == "join sentences"
    assert project.undo()
    assert project.segment_texts("tgt") == EN
    assert shape(project) == before and project.bead(3).status == "confirmed"
    assert project.redo()
    assert project.segment_texts("tgt")[3] == texts[3]
    project.check()


def test_cut_a_sentence_in_two(project):
    project.split_sentence(3, "tgt", 0, len("Many said:"))
    texts = project.segment_texts("tgt")
    assert texts[3:5] == ["Many said:", "“Enough”."]
    assert project.bead(3).tgt == range(3, 6)
    assert project.bead(4).tgt == range(6, 7)
    segs = project.segments("tgt")
    assert segs[3].end < segs[4].start  # the space between the parts belongs to neither
    spans_cover_text(project, "tgt")
    project.check()
    assert project.undo()
    assert project.segment_texts("tgt") == EN
    project.check()


def test_a_change_survives_reopening(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        p.join_sentences(3, "tgt", 0)
    with Project.open(path) as p:
        assert len(p.segment_texts("tgt")) == len(EN) - 1
        assert p.undo()  # undo survives a restart
        assert p.segment_texts("tgt") == EN


def test_join_keeps_edits_and_refuses_bad_requests(project):
    project.edit("tgt", 4, "They went into the streets.")
    project.join_sentences(3, "tgt", 0)
    assert project.segment_texts("tgt")[3] == "Many said: “Enough”. They went into the streets."
    assert project.original_text("tgt", 3) == "Many said: “Enough”. They took to the streets."
    with pytest.raises(BitextError, match="cannot join sentence 1"):
        project.join_sentences(0, "src", 0)  # a 1-1 bead has no second sentence
    with pytest.raises(BitextError, match="edited"):
        project.split_sentence(3, "tgt", 0, 5)
    with pytest.raises(BitextError, match="both parts"):
        project.split_sentence(0, "src", 0, 0)
    with pytest.raises(BitextError, match="both parts"):
        project.split_sentence(0, "src", 0, 3000)


def test_undo_goes_back_through_an_edit_made_after_a_cut(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        p.split_sentence(0, "src", 0, len("Lukaschenko"))
    # another session (the first has ended) edits one of the new sentences
    with Project.open(path) as other:
        other.edit("src", 1, "regiert seit jeher.")
        assert other.undo()  # the edit
        assert other.undo()  # now the cut
        assert other.segment_texts("src")[0] == "Lukaschenko regiert seit 1994."


def test_an_older_step_on_renumbered_beads_is_refused_not_misapplied(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as a:
        a.confirm(4)  # bead 4 holds target sentence 5; this session then ends
    with Project.open(path) as b, Project.open(path) as c:
        b.join_sentences(3, "tgt", 0)  # target sentence 5 is number 4 now; b stays open
        assert c.undo_label == "confirmed"  # the ended session's step is c's to undo
        with pytest.raises(BitextError, match="cannot undo 'confirmed'"):
            c.undo()
        assert c.bead(4).status == "confirmed" and c.bead(4).tgt == range(4, 5)
        c.check()


def test_join_texts():
    assert join_texts("A. ", " B.") == "A. B."
    assert join_texts("", "B.") == "B."
    assert join_texts("S", "atz", gap="") == "Satz"


def test_a_cut_inside_a_word_joins_back_without_a_space(project):
    project.split_sentence(0, "src", 0, 1)
    assert project.segment_texts("src")[:2] == ["L", "ukaschenko regiert seit 1994."]
    project.join_sentences(0, "src", 0)
    assert project.segment_texts("src")[0] == "Lukaschenko regiert seit 1994."
    spans_cover_text(project, "src")


def test_undo_of_a_cut_waits_for_a_live_session_that_edited_its_sentences(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    with Project.open(path) as b, Project.open(path) as c:
        b.split_sentence(0, "src", 0, len("Lukaschenko"))
        c.edit("src", 1, "regiert seit jeher.")
        with pytest.raises(BitextError, match="cannot undo 'split sentence'"):
            b.undo()
        assert b.segment_texts("src")[:2] == ["Lukaschenko", "regiert seit jeher."]
        b.check()


def test_sentences_from_an_imported_tmx_are_not_resegmented(tmp_path):
    from aligner.cli import main

    tmx = tmp_path / "in.tmx"
    tmx.write_bytes(
        b'<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/><body>'
        b'<tu><tuv xml:lang="de"><seg>Hallo Welt</seg></tuv>'
        b'<tuv xml:lang="en"><seg>Hello world</seg></tuv></tu></body></tmx>'
    )
    assert main(["import", str(tmx), "-o", str(tmp_path / "p.bitext")]) == 0
    with Project.open(tmp_path / "p.bitext") as p:
        with pytest.raises(BitextError, match="imported TMX"):
            p.split_sentence(0, "src", 0, 6)
        assert p.segment_texts("src") == ["Hallo Welt"] and not p.can_undo


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kinds=st.lists(
        st.sampled_from([(1, 1), (1, 2), (2, 1), (1, 0), (2, 2)]), min_size=1, max_size=6
    ),
    data=st.data(),
)
def test_random_joins_cuts_and_edits_keep_the_file_whole_and_undo_to_start(kinds, data):
    """Joins and cuts between other edits: every state a valid alignment, undo back, redo on."""
    n_src, n_tgt = sum(k[0] for k in kinds), sum(k[1] for k in kinds)
    de = [f"Satz {i} ist da." for i in range(n_src)]
    en = [f"Sentence {i} is here." for i in range(n_tgt)]
    with (
        tempfile.TemporaryDirectory() as tmp,
        make_project(Path(tmp) / "p.bitext", kinds=kinds, de=de, en=en) as p,
    ):
        states = [state(p)]
        for _ in range(data.draw(st.integers(1, 12))):
            name = data.draw(st.sampled_from(["join", "cut", "merge", "confirm", "edit"]))
            pos = data.draw(st.integers(0, len(p) - 1))
            side = data.draw(st.sampled_from(["src", "tgt"]))
            k = data.draw(st.integers(0, 2))
            before = state(p)
            try:
                if name == "join":
                    p.join_sentences(pos, side, k)
                elif name == "cut":
                    p.split_sentence(pos, side, k, data.draw(st.integers(0, 16)))
                elif name == "merge":
                    p.merge_next(pos)
                elif name == "confirm":
                    p.confirm(pos)
                else:
                    n = len(p.segment_texts(side))
                    p.edit(side, data.draw(st.integers(0, n)), data.draw(st.text(max_size=5)))
            except BitextError:
                assert state(p) == before, f"a refused {name} changed the project"
                continue
            p.check()
            for s in ("src", "tgt"):
                spans_cover_text(p, s)
            if state(p) != states[-1]:
                states.append(state(p))
        for expected in reversed(states[:-1]):
            assert p.undo()
            assert state(p) == expected
            p.check()
        assert not p.undo()
        for expected in states[1:]:
            assert p.redo()
            assert state(p) == expected


def state(p):
    beads = tuple((b.id, b.src, b.tgt, b.status) for b in p.beads())
    segments = tuple(tuple(p.segments(side)) for side in ("src", "tgt"))
    texts = tuple(tuple(p.segment_texts(side)) for side in ("src", "tgt"))
    return beads, segments, texts
