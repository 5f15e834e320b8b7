"""Glossary records in the project: undoable steps, and no lost update between processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import Project, rebase_records  # noqa: E402
from aligner.types import Alignment, Bead, Document, Segment  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def rec(rid, canonical, status="candidate", **extra) -> dict:
    return {"id": rid, "canonical": canonical, "status": status, **extra}


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        yield p


def test_adding_a_name_is_one_undo_step_in_the_same_history(project):
    project.edit("tgt", 0, "Lukashenko rules since 1994.")
    project.put_glossary_record(rec("w", "Wjasna", "approved"))
    assert project.undo_label == "glossary: add Wjasna"
    change = project.undo_change()
    assert change.glossary and project.glossary_records() == []
    assert project.segment_texts("tgt")[0] == "Lukashenko rules since 1994."  # not the edit
    assert project.redo() and project.glossary_records() == [rec("w", "Wjasna", "approved")]


def test_changing_and_removing_records_are_undoable(project):
    project.save_glossary_records([rec(1, "Minsk"), rec(2, "Brest")])
    project.put_glossary_record(rec(1, "Minsk", "approved"))
    assert project.undo_label == "glossary: change Minsk"
    assert [r["id"] for r in project.glossary_records()] == [1, 2]  # kept its place
    assert project.remove_glossary_record(2) and not project.remove_glossary_record(9)
    assert project.undo_label == "glossary: remove Brest"
    project.undo()
    project.undo()
    assert project.glossary_records() == [rec(1, "Minsk"), rec(2, "Brest")]
    project.undo()
    assert project.glossary_records() == []


def test_a_save_that_changes_nothing_is_no_step(project):
    project.save_glossary_records([rec(1, "Minsk")])
    project.save_glossary_records([rec(1, "Minsk")])
    project.update_glossary_records(lambda records: records)
    assert [s.label for s in project.history_steps()] == ["glossary: add Minsk"]


def test_update_reads_inside_the_transaction(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    with Project.open(path) as a, Project.open(path) as b:
        a.save_glossary_records([rec(1, "Minsk"), rec(2, "Brest")])
        stale = b.glossary_records()
        a.put_glossary_record(rec(2, "Brest", "approved"))  # after b read
        b.update_glossary_records(lambda records: [*records, rec(3, "Hrodna")])
        assert a.glossary_records() == [
            rec(1, "Minsk"),
            rec(2, "Brest", "approved"),
            rec(3, "Hrodna"),
        ]
        assert stale[1]["status"] == "candidate"


def test_a_failing_update_changes_nothing(project):
    project.save_glossary_records([rec(1, "Minsk")])

    def fail(records):
        raise BitextError("no such entry")

    with pytest.raises(BitextError, match="no such entry"):
        project.update_glossary_records(fail)
    with pytest.raises(BitextError, match="lacks canonical"):
        project.update_glossary_records(lambda records: [{"id": 5, "status": "new"}])
    assert project.glossary_records() == [rec(1, "Minsk")]
    assert project.undo_label == "glossary: add Minsk"


def test_rebase_keeps_every_side_s_change():
    base = [rec(1, "A"), rec(2, "B"), rec(3, "C"), rec(4, "D")]
    ours = [rec(1, "A", variants=[1]), rec(2, "B", variants=[2]), rec(4, "D"), rec(5, "E")]
    theirs = [rec(1, "A"), rec(2, "B", "approved"), rec(3, "C"), rec(6, "F")]  # 4 removed
    merged = rebase_records(base, ours, theirs)
    assert merged == [rec(1, "A", variants=[1]), rec(2, "B", "approved"), rec(5, "E"), rec(6, "F")]
    # We removed 3 and they left it: removed. They changed what we removed: theirs stands.
    assert rebase_records(base, base[:2], [*base[:2], rec(3, "C", "approved"), base[3]]) == [
        *base[:2],
        rec(3, "C", "approved"),
    ]


SRC = ["Alexander Lukaschenko sprach in Minsk.", "Marija Kolesnikowa kam frei."]
TGT = ["Alekszandr Lukasenko beszélt Minszkben.", "Marija Kolesznyikova kiszabadult."]


def names_project(path: Path, repeat: int = 1) -> None:
    src, tgt = SRC * repeat, TGT * repeat

    def side(lines):
        segs, pos = [], 0
        for line in lines:
            segs.append(Segment(line, pos, pos + len(line)))
            pos += len(line) + 1
        return " ".join(lines), segs

    (st, ss), (tt, ts) = side(src), side(tgt)
    beads = [Bead(range(i, i + 1), range(i, i + 1), 0.9) for i in range(len(src))]
    Project.create(
        path, Document(st, "de"), Document(tt, "hu"), ss, ts, Alignment(beads, len(src), len(tgt))
    ).close()


def bitext(*argv, cwd) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "aligner.cli", *map(str, argv)],
        cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def finish(proc: subprocess.Popen) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return out


def show(tmp_path) -> dict:
    records = json.loads(finish(bitext("glossary", "show", "p.bitext", "--json", cwd=tmp_path)))
    return {r["id"]: r for r in records}


def test_two_glossary_sets_at_once_both_stay(tmp_path):
    names_project(tmp_path / "p.bitext")
    finish(bitext("glossary", "build", "p.bitext", cwd=tmp_path))
    ids = sorted(show(tmp_path))[:2]
    assert len(ids) == 2
    for round_ in range(3):
        canonical = [f"Name {round_}-{k}" for k in range(2)]
        procs = [
            bitext("glossary", "set", "p.bitext", rid, "--canonical", name, cwd=tmp_path)
            for rid, name in zip(ids, canonical, strict=True)
        ]
        for proc in procs:
            finish(proc)
        records = show(tmp_path)
        assert [records[rid]["canonical"] for rid in ids] == canonical


def test_a_set_during_a_build_is_not_undone(tmp_path, monkeypatch, capsys):
    from aligner.cli import glossary as cli_glossary
    from aligner.cli import main

    names_project(tmp_path / "p.bitext")
    finish(bitext("glossary", "build", "p.bitext", cwd=tmp_path))
    rid = sorted(show(tmp_path))[0]
    real_build = cli_glossary.build_entries

    def build_while_another_process_sets(*args, **kwargs):
        # the build has read the records; another process approves one meanwhile
        finish(bitext("glossary", "set", "p.bitext", rid, "--status", "approved", cwd=tmp_path))
        return real_build(*args, **kwargs)

    monkeypatch.setattr(cli_glossary, "build_entries", build_while_another_process_sets)
    assert main(["glossary", "build", str(tmp_path / "p.bitext")]) == 0
    capsys.readouterr()
    assert show(tmp_path)[rid]["status"] == "approved"
