"""aligner.files: the shared checks behind every command's file errors."""

from __future__ import annotations

import os

import pytest

from aligner.errors import BitextError
from aligner.files import (
    check_input,
    check_output,
    check_project,
    project_inputs,
    read_input,
    refuse_existing,
    refuse_inputs,
)


def test_check_output_names_the_wrong_directory(tmp_path):
    (tmp_path / "plain").write_text("x")
    (tmp_path / "dir").mkdir()
    assert check_output(tmp_path / "out.tmx") == tmp_path
    cases = {
        tmp_path / "no" / "such" / "out.tmx": (tmp_path / "no" / "such", "does not exist"),
        tmp_path / "plain" / "out.tmx": (tmp_path / "plain", "not a directory"),
        tmp_path / "plain" / "sub" / "out.tmx": (tmp_path / "plain", "not a directory"),
        tmp_path / "dir": (tmp_path / "dir", "is a directory"),
    }
    for target, (named, message) in cases.items():
        with pytest.raises(BitextError) as info:
            check_output(target)
        assert info.value.path == str(named) and message in info.value.message


def test_check_output_unwritable_directory(tmp_path, monkeypatch):
    # Simulated, so that it also runs as root (who may write anywhere).
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if p == tmp_path else real(p, mode))
    with pytest.raises(BitextError, match="permission denied") as info:
        check_output(tmp_path / "out.csv")
    assert info.value.path == str(tmp_path)


def test_read_input_errors(tmp_path):
    with pytest.raises(BitextError, match="no such file"):
        read_input(tmp_path / "missing.txt")
    with pytest.raises(BitextError, match="is a directory, expected a TMX file"):
        read_input(tmp_path, "TMX file")
    (tmp_path / "a.txt").write_bytes(b"abc")
    assert read_input(tmp_path / "a.txt") == b"abc"


def _alarm(seconds: int):
    """Fail instead of hanging if a FIFO ever blocks again."""
    import signal

    def fail(*_):
        raise AssertionError("blocked")

    signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)


def test_special_files_are_refused_without_blocking(tmp_path):
    import signal

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    _alarm(5)
    try:
        with pytest.raises(BitextError, match="named pipe"):
            read_input(fifo)
        with pytest.raises(BitextError, match="named pipe"):
            check_input(fifo)
        with pytest.raises(BitextError, match="named pipe"):
            check_project(fifo)
        with pytest.raises(BitextError, match="not a regular file"):
            check_output(fifo)
    finally:
        signal.alarm(0)
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(BitextError, match="symbolic links"):
        read_input(tmp_path / "a")


def test_outputs_are_compared_with_inputs_by_identity(tmp_path):
    source = tmp_path / "de.txt"
    source.write_text("Ein Satz.")
    (tmp_path / "link.txt").symlink_to("de.txt")
    os.link(source, tmp_path / "hard.txt")
    (tmp_path / "other.txt").write_text("Ein Satz.")
    inputs = [(source, "the source text")]
    for name in ("de.txt", "link.txt", "hard.txt", "./de.txt"):
        with pytest.raises(BitextError, match="is the source text"):
            refuse_inputs(tmp_path / name, inputs)
    refuse_inputs(tmp_path / "other.txt", inputs)  # same bytes, another file
    refuse_inputs(tmp_path / "new.txt", inputs)


def test_existing_outputs_need_force(tmp_path):
    (tmp_path / "dangling").symlink_to("nowhere")
    (tmp_path / "old.tmx").write_text("x")
    for name in ("dangling", "old.tmx"):
        with pytest.raises(BitextError, match="use --force"):
            refuse_existing(tmp_path / name, force=False)
        refuse_existing(tmp_path / name, force=True)
    refuse_existing(tmp_path / "new.tmx", force=False)


def test_project_inputs_find_the_documents_beside_the_project(tmp_path):
    import sys

    sys.path.insert(0, os.path.dirname(__file__))
    from project_helpers import make_project

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "de.txt").write_text("Quelle")
    with make_project(tmp_path / "sub" / "p.bitext") as project:
        found = {str(path.relative_to(tmp_path)): what for path, what in project_inputs(project)}
    assert found["sub/p.bitext"] == "the project"
    assert found["sub/p.bitext-wal"] == "the project's SQLite journal"
    assert "source text" in found["sub/de.txt"]
    assert not any(name.endswith("en.txt") for name in found)  # not there: nothing to protect
