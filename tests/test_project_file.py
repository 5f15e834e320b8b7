"""The project file on disk: whole after every edit, never mixed with a foreign journal.

Copies are taken with a plain file copy and read with ``sqlite3`` alone, as
a user's ``cp`` or backup would; processes are real subprocesses where the
behaviour depends on processes (SIGKILL, locks, file size limits).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import DE, EN, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import Project  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def table(path: Path, sql: str) -> list:
    """Rows of ``sql`` read from ``path`` alone (immutable: no journal beside it is looked at)."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return db.execute(sql).fetchall()
    finally:
        db.close()


BEADS = "SELECT id, src_start, src_stop, tgt_start, tgt_stop, status, note FROM bead ORDER BY id"
STEPS = "SELECT id, label, undone FROM history ORDER BY id"


def test_a_copy_after_every_edit_is_the_whole_project(tmp_path):
    path = tmp_path / "p.bitext"
    edits = [
        lambda p: p.confirm(0),
        lambda p: p.confirm(1),
        lambda p: p.reject(2),
        lambda p: p.merge_next(3),
        lambda p: p.edit("tgt", 0, "Lukashenko has ruled since 1994!"),
        lambda p: p.put_glossary_record({"id": "n1", "canonical": "Minsk", "status": "new"}),
        lambda p: p.undo(),
        lambda p: p.split(3, 1, 1),
    ]
    with make_project(path) as project:
        for n, edit in enumerate(edits):
            edit(project)
            copy = tmp_path / f"copy{n}.bitext"
            shutil.copyfile(path, copy)  # only the file, as `cp` copies it
            with project._snapshot():
                beads = project._db.execute(BEADS).fetchall()
                steps = project._db.execute(STEPS).fetchall()
            assert table(copy, BEADS) == beads
            assert table(copy, STEPS) == steps
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-journal").exists()


EDITOR = textwrap.dedent(
    """
    import sys, time
    from aligner.project import Project

    p = Project.open(sys.argv[1])
    p.confirm(0); p.confirm(1); p.reject(2); p.merge_next(3)
    print("done", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_copy_right_after_kill_9_holds_all_work(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(path)], stdout=subprocess.PIPE, text=True, env=ENV
    )
    try:
        assert proc.stdout.readline().strip() == "done"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    copy = tmp_path / "copy.bitext"
    shutil.copyfile(path, copy)
    statuses = [row[5] for row in table(copy, BEADS)]
    assert statuses == ["confirmed", "confirmed", "rejected", "unreviewed"]
    assert [row[1] for row in table(copy, STEPS)] == ["confirmed", "confirmed", "rejected", "merge"]


def wal_of_another_file(tmp_path: Path, source: Path) -> tuple[Path, sqlite3.Connection]:
    """A -wal holding uncheckpointed changes (every bead confirmed) of a copy of ``source``."""
    other = tmp_path / "other.bitext"
    shutil.copyfile(source, other)
    db = sqlite3.connect(other, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("UPDATE bead SET status = 'confirmed'")
    db.execute("INSERT INTO history (label, change, created) VALUES ('old', '{}', 'then')")
    return Path(f"{other}-wal"), db


@pytest.mark.parametrize("readonly", [False, True])
def test_a_foreign_wal_is_never_mixed_into_the_file(tmp_path, readonly):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    wal, holder = wal_of_another_file(tmp_path, path)
    try:
        shutil.copyfile(wal, f"{path}-wal")  # as if the file were copied over an old project
    finally:
        holder.close()
    with Project.open(path, readonly=readonly) as p:
        assert p.progress()["confirmed"] == 0
        assert p.info()["history"] == {"undo": 0, "redo": 0}
    if not readonly:
        assert not Path(f"{path}-wal").exists()
    with Project.open(path) as p:
        assert p.progress()["confirmed"] == 0


def test_a_wal_file_of_an_older_bitext_is_replayed_and_converted(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    wal, holder = wal_of_another_file(tmp_path, path)
    # The other file is the project as an older bitext left it: WAL mode, work in its -wal.
    older = tmp_path / "older.bitext"
    shutil.copyfile(tmp_path / "other.bitext", older)
    shutil.copyfile(wal, f"{older}-wal")
    holder.close()
    with Project.open(older) as p:
        assert p.progress()["confirmed"] == 5
    assert not Path(f"{older}-wal").exists()
    assert table(older, "PRAGMA journal_mode") == [("delete",)]
    assert table(older, "SELECT count(*) FROM bead WHERE status = 'confirmed'") == [(5,)]


def test_a_new_project_never_inherits_old_journals(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path, kinds=[(5, 6)]).close()
    wal, holder = wal_of_another_file(tmp_path, path)
    try:
        for suffix in ("-wal", "-shm"):
            shutil.copyfile(f"{wal.parent / 'other.bitext'}{suffix}", f"{path}{suffix}")
    finally:
        holder.close()
    Path(f"{path}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    with make_project(path, overwrite=True) as p:
        assert len(p) == 5 and p.progress()["confirmed"] == 0
        assert not p.can_undo
    assert sorted(x.name for x in tmp_path.iterdir() if x.name.startswith("p.")) == ["p.bitext"]


def test_replacing_a_project_open_elsewhere_is_refused(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as review:
        review.confirm(0)
        with pytest.raises(BitextError, match="open in another bitext process"):
            make_project(path, overwrite=True)
        review.confirm(1)  # the review goes on saving into the same file
    with Project.open(path) as p:
        assert p.progress()["confirmed"] == 2
    make_project(path, overwrite=True).close()  # closed: now it may be replaced


def test_a_file_replaced_under_an_open_project_refuses_edits(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(tmp_path / "other.bitext").close()
    with make_project(path) as review:
        os.replace(tmp_path / "other.bitext", path)  # by hand, around bitext's lock
        with pytest.raises(BitextError, match="replaced or removed"):
            review.confirm(0)
    with Project.open(path) as p:
        assert p.progress()["confirmed"] == 0


def test_build_files_of_killed_processes_are_cleaned_up(tmp_path):
    path = tmp_path / "p.bitext"
    stale = tmp_path / ".p.bitext.0123abcd.tmp"
    stale.write_bytes(b"half a project")
    Path(f"{stale}-journal").write_bytes(b"its journal")
    unrelated = tmp_path / ".q.bitext.0123abcd.tmp"
    unrelated.write_bytes(b"another project's build")
    make_project(path).close()
    assert not stale.exists() and not Path(f"{stale}-journal").exists()
    assert unrelated.exists()
    stale.write_bytes(b"left again")
    Project.open(path).close()
    assert not stale.exists()


def test_project_files_honour_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        make_project(tmp_path / "p.bitext").close()
    finally:
        os.umask(old)
    assert (tmp_path / "p.bitext").stat().st_mode & 0o777 == 0o640


READER = textwrap.dedent(
    """
    import os, sys
    from aligner.project import Project
    import aligner.align.rescore, pandas  # everything loaded before giving up root
    os.setgid(65534); os.setuid(65534)
    with Project.open(sys.argv[1]) as p:
        print(p.readonly, p.readonly_reason, len(p), p.glossary_records(), sep="|")
    """
)


@pytest.fixture
def open_folder():
    """A folder everyone may enter (pytest's own are private to their owner)."""
    folder = Path(tempfile.mkdtemp(prefix="bitext-theirs-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs POSIX users")
def test_a_project_in_a_folder_we_may_not_write_opens_read_only(open_folder):
    folder = open_folder
    path = folder / "p.bitext"
    make_project(path).close()
    before = sorted(os.listdir(folder)), path.read_bytes()
    if os.geteuid() == 0:  # root may write anywhere: read as "nobody"
        proc = subprocess.run(
            [sys.executable, "-c", READER, str(path)], capture_output=True, text=True, env=ENV
        )
        assert proc.returncode == 0, proc.stderr
        # another user's project: neither the file nor its folder may be written
        assert proc.stdout.strip() == "True|the file cannot be written|5|[]"
    else:
        folder.chmod(0o555)
        try:
            with Project.open(path) as p:
                assert p.readonly and p.readonly_reason == "its folder cannot be written"
                assert len(p) == 5
        finally:
            folder.chmod(0o755)
    assert (sorted(os.listdir(folder)), path.read_bytes()) == before


def corrupt(path: Path) -> None:
    """Overwrite the pages of the bead table with junk, as a bad disk would."""
    db = sqlite3.connect(path)
    page = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bead'").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * page)


def test_a_damaged_page_is_a_damaged_project_everywhere(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    corrupt(path)
    with Project.open(path) as p:  # the header and documents are fine
        for call in (Project.beads, Project.progress, Project.info, lambda q: q.confirm(0)):
            with pytest.raises(BitextError, match="damaged project file"):
                call(p)


def test_a_missing_document_row_is_reported_on_open(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("DELETE FROM document WHERE side = 'tgt'")
    db.commit()
    db.close()
    with pytest.raises(BitextError, match="damaged project file: the target document is missing"):
        Project.open(path)


@pytest.mark.parametrize("blob", ["{not json", "[1, 2]", "null"])
def test_a_glossary_record_that_is_not_an_object_is_reported(tmp_path, blob):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        p.save_glossary_records([{"id": "a", "canonical": "Minsk", "status": "new"}])
    db = sqlite3.connect(path)
    db.execute("UPDATE glossary SET record = ?", (blob,))
    db.commit()
    db.close()
    with Project.open(path) as p, pytest.raises(BitextError, match="record 'a' is not a JSON"):
        p.glossary_records()


def test_overlapping_beads_are_detected_before_anything_is_read_twice(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE bead SET src_start = 1, src_stop = 3 WHERE src_start = 2")
    db.commit()
    db.close()
    with Project.open(path) as p:
        for call in (Project.beads, Project.info, Project.pairs, Project.check):
            with pytest.raises(BitextError, match="damaged"):
                call(p)
        assert len(p.beads(0, 2)) == 2  # beads before the damage still read


FILLER = textwrap.dedent(
    """
    import resource, signal, sys, os
    sys.path.insert(0, "tests")
    from aligner.errors import BitextError
    from aligner.project import Project
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
    with Project.open(sys.argv[1]) as p:
        size = os.path.getsize(sys.argv[1])
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        try:
            p.set_note(0, "x" * 200_000)
        except BitextError as err:
            print("refused:", err)
        p.confirm(1)  # a change that fits still works
    """
)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_full_disk_while_editing_loses_nothing_saved(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        p.confirm(0)
    proc = subprocess.run(
        [sys.executable, "-c", FILLER, str(path)], capture_output=True, text=True, env=ENV
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("refused: "), proc.stdout
    assert "Traceback" not in proc.stderr
    with Project.open(path) as p:
        assert [b.status for b in p.beads()][:2] == ["confirmed", "confirmed"]
        assert p.bead(0).note == ""
        p.check()


def test_full_disk_while_creating_is_one_line_exit_2(tmp_path):
    big = tmp_path / "de.txt"
    big.write_text(" ".join(f"Satz {i} ist lang genug." for i in range(3000)) + "\n")
    other = tmp_path / "en.txt"
    other.write_text(" ".join(f"Sentence {i} is long enough." for i in range(3000)) + "\n")

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    proc = subprocess.run(
        [sys.executable, "-m", "aligner.cli", "align", "de.txt", "en.txt", "-o", "p.bitext",
         "--mode", "length", "--src-lang", "de", "--tgt-lang", "en"],
        cwd=tmp_path, capture_output=True, text=True, env=ENV, preexec_fn=limit, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("bitext: error: p.bitext: "), lines
    assert sorted(x.name for x in tmp_path.iterdir()) == ["de.txt", "en.txt"]


def test_texts_of_the_helpers_are_as_expected():
    assert len(DE) == 5 and len(EN) == 6


def corrupt_table(path: Path, name: str) -> None:
    db = sqlite3.connect(path)
    page = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * page)


@pytest.mark.parametrize(
    ("table_name", "argv"),
    [
        ("bead", ["info", "p.bitext"]),
        ("bead", ["export", "p.bitext", "--to", "tsv"]),
        ("bead", ["glossary", "build", "p.bitext"]),
        ("bead", ["glossary", "check", "p.bitext"]),
        ("glossary", ["glossary", "show", "p.bitext"]),
        ("glossary", ["glossary", "set", "p.bitext", "n1", "--status", "approved"]),
        ("glossary", ["glossary", "export", "p.bitext", "--to", "csv"]),
    ],
)
def test_every_command_says_damaged_project_file(tmp_path, table_name, argv):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        p.save_glossary_records([{"id": "n1", "canonical": "Minsk", "status": "new"}])
    corrupt_table(path, table_name)
    proc = subprocess.run(
        [sys.executable, "-m", "aligner.cli", *argv],
        cwd=tmp_path, capture_output=True, text=True, env=ENV, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("bitext: error: p.bitext: damaged project file"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


CLI_READER = textwrap.dedent(
    """
    import contextlib, io, os, sys
    from aligner.cli import build_parser, main
    import aligner.formats.export, aligner.align.rescore, glossary.build, pandas
    build_parser()  # every subcommand module loaded before giving up root
    os.setgid(65534); os.setuid(65534)
    os.chdir(sys.argv[1])
    for argv in (["info", "p.bitext"], ["export", "p.bitext", "--to", "tsv"],
                 ["glossary", "show", "p.bitext"], ["glossary", "check", "p.bitext"]):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(argv)
        access = [line for line in out.getvalue().splitlines() if line.startswith("access")]
        print(argv[0], code, *access, file=sys.stderr)
    """
)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="reads as nobody")
def test_read_only_commands_work_on_another_users_project(open_folder):
    path = open_folder / "p.bitext"
    with make_project(path) as p:
        p.save_glossary_records([{"id": "n1", "canonical": "Lukaschenko", "status": "new"}])
    before = sorted(os.listdir(open_folder)), path.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-c", CLI_READER, str(open_folder)], capture_output=True, text=True,
        env=ENV, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    results = [line for line in proc.stderr.splitlines() if not line.startswith("bitext")]
    assert results[0] == "info 0 access    read-only: the file cannot be written"
    assert results[1:3] == ["export 0", "glossary 0"]
    assert results[3] in ("glossary 0", "glossary 1")  # check: no problems or some
    assert (sorted(os.listdir(open_folder)), path.read_bytes()) == before
