"""The info, export and import commands: results on stdout, one-line errors, exit status 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from conftest import shared_path  # noqa: E402
from project_helpers import make_project  # noqa: E402
from test_formats_tmx import BOMB, GOOD  # noqa: E402

from aligner.cli import main  # noqa: E402
from aligner.project import SCHEMA_VERSION, Project  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, path) -> None:
    assert err.count("\n") == 1 and err.startswith(f"bitext: error: {path}: "), err
    assert "Traceback" not in err


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        p.confirm(0)
        p.reject(1)
    return path


def test_info(capsys, project_path):
    code, out, err = run(capsys, "info", project_path)
    assert code == 0 and err == ""
    assert "de  de.txt  5 segments" in out
    assert "en  en.txt  6 segments" in out
    assert "beads     5  (1-1 4, 1-2 1)" in out
    assert "2/5 reviewed (40%): 1 confirmed, 1 rejected, 3 unreviewed" in out
    code, out, _ = run(capsys, "info", "--json", project_path)
    assert '"bead_types": {' in out and '"confirmed": 1' in out


def test_export_to_stdout_and_file(capsys, project_path, tmp_path):
    code, out, err = run(capsys, "export", project_path, "--to", "tsv")
    assert code == 0
    assert out.splitlines()[0] == "Lukaschenko regiert seit 1994.\tLukashenko has ruled since 1994."
    assert len(out.splitlines()) == 4  # the rejected pair is left out by default
    assert "wrote 4 pairs to stdout" in err and "left out: 1 by status/score" in err
    code, out, err = run(
        capsys, "export", project_path, "--to", "tmx", "-o", tmp_path / "c.tmx",
        "--status", "confirmed", "--min-score", "0.5",
    )  # fmt: skip
    assert code == 0 and out == ""
    assert (tmp_path / "c.tmx").read_text(encoding="utf-8").count("<tu ") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "done"], "unknown status"),
        (["--min-score", "7"], "--min-score"),
        (["--excel"], "--excel applies to --to csv only"),
    ],
)
def test_export_option_errors(capsys, project_path, args, message):
    code, out, err = run(capsys, "export", project_path, "--to", "tmx", *args)
    assert code == 2 and out == "" and message in err
    assert err.count("\n") == 1


def test_failed_export_leaves_existing_output_alone(capsys, project_path, tmp_path, monkeypatch):
    target = tmp_path / "out.tmx"
    target.write_text("previous export")

    def broken(writer, pairs):
        writer.out.write(b"<tmx>half")
        raise OSError("disk full")

    monkeypatch.setattr("aligner.formats.export.TmxWriter.write", broken)
    code, out, err = run(capsys, "export", project_path, "--to", "tmx", "-o", target, "--force")
    assert code == 2 and out == ""
    one_line_error(err, target)
    assert "cannot write: disk full" in err
    assert target.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.tmx", "p.bitext"]


def test_import_tmx(capsys, tmp_path):
    tmx = tmp_path / "in.tmx"
    tmx.write_bytes(GOOD)
    code, out, err = run(capsys, "import", tmx, "-o", tmp_path / "p.bitext")
    assert code == 0 and out == "" and "imported 1 pairs (de -> en)" in err
    with Project.open(tmp_path / "p.bitext") as p:
        assert p.bead(0).source == "Hallo"
    # An existing project is not replaced without --force.
    code, _, err = run(capsys, "import", tmx, "-o", tmp_path / "p.bitext")
    assert code == 2 and "file exists" in err


def test_import_every_shared_sample(capsys, tmp_path):
    for sample in sorted(shared_path("standards", "samples").glob("*.tmx")):
        extra = ["--src", "en-US", "--tgt", "fr"] if "multilingual" in sample.name else []
        target = tmp_path / f"{sample.stem}.bitext"
        code, _, err = run(capsys, "import", sample, "-o", target, *extra)
        assert code == 0, err


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (GOOD[:50], "not well-formed XML"),
        (b"Hallo\tHello\n", "not well-formed XML"),
        (b'<tmx version="1.4"><header/></tmx>', "TMX has no <body>"),
    ],
)
def test_bad_tmx_import_overwrites_nothing(capsys, tmp_path, data, message):
    bad = tmp_path / "bad.tmx"
    bad.write_bytes(data)
    existing = tmp_path / "old.bitext"
    make_project(existing).close()
    before = existing.read_bytes()
    code, out, err = run(capsys, "import", bad, "-o", existing, "--force")
    assert code == 2 and out == ""
    one_line_error(err, bad)
    assert message in err
    assert existing.read_bytes() == before


def test_bad_csv_import(capsys, tmp_path):
    bad = tmp_path / "pairs.csv"
    bad.write_text("source,target\na,b\nc,d,e\n", encoding="utf-8")
    target = tmp_path / "p.bitext"
    code, _, err = run(capsys, "import", bad, "-o", target, "--src", "de", "--tgt", "en")
    assert code == 2
    one_line_error(err, bad)
    assert "wrong number of columns" in err
    assert not (tmp_path / "p.bitext").exists()


@pytest.mark.parametrize("kind", ["text", "sqlite", "newer", "missing", "truncated"])
def test_bad_project_files(capsys, tmp_path, kind):
    path = tmp_path / "x.bitext"
    if kind == "text":
        path.write_text("not a project")
    elif kind == "sqlite":
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    elif kind == "newer":
        make_project(path).close()
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        db.commit()
        db.close()
    elif kind == "truncated":
        with make_project(path, kinds=[(1, 1)] * 400, de=["Satz."] * 400, en=["Line."] * 400):
            pass
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes() if path.exists() else None
    for argv in (["info", path], ["export", path, "--to", "csv"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        one_line_error(err, path)
        if kind == "truncated":
            assert "damaged project file" in err
    if before is not None:
        assert path.read_bytes() == before


def test_billion_laughs_import_fails_fast_in_bounded_memory(tmp_path):
    bomb = tmp_path / "bomb.tmx"
    bomb.write_bytes(BOMB)
    # A separate process with a 1 GiB address-space cap: an expanding parser
    # would need ~30 GB per segment and die; ours must answer with one line.
    limit = (
        "import resource, runpy, sys; "
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)); "
        "sys.argv = ['bitext'] + sys.argv[1:]; "
        "runpy.run_module('aligner.cli', run_name='__main__')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", limit, "import", str(bomb), "-o", str(tmp_path / "b.bitext")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"bitext: error: {bomb}: declares XML entities")
    assert proc.stderr.count("\n") == 1
    assert not (tmp_path / "b.bitext").exists()
