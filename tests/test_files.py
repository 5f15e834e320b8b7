"""aligner.files: the shared checks behind every command's file errors."""

from __future__ import annotations

import os

import pytest

from aligner.errors import BitextError
from aligner.files import check_output, read_input


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
