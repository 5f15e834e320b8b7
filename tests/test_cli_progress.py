"""Progress bars: drawn on stderr when it is a terminal, absent when it is piped,
and never mixed into the results on stdout (even when stdout is redirected)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TMX = b"""<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/><body>
<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
</body></tmx>"""


def run(
    cwd: Path, argv: list[str], terminal: bool, command: tuple[str, ...] = ("-m", "aligner.cli")
) -> tuple[bytes, bytes, int]:
    """Run bitext with stdout on a pipe and stderr on a pseudo-terminal or a pipe."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    if not terminal:
        proc = subprocess.run(
            [sys.executable, *command, *argv],
            cwd=cwd, env=env, capture_output=True, timeout=60,
        )  # fmt: skip
        return proc.stdout, proc.stderr, proc.returncode
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, *command, *argv],
            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        out = proc.stdout.read()
        proc.wait(timeout=60)
    finally:
        os.close(master)
    return out, seen, proc.returncode


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "de.txt").write_text("Er kam. Er sah. Er siegte.\n" * 40, encoding="utf-8")
    (tmp_path / "in.tmx").write_bytes(TMX)
    make_project(tmp_path / "p.bitext").close()
    return tmp_path


CASES = [
    (["segment", "de.txt", "--lang", "de"], "Segmenting", b"Er kam.\nEr sah.\nEr siegte.\n" * 40),
    (["import", "in.tmx", "-o", "new.bitext"], "Reading in.tmx", b""),
    (["glossary", "build", "p.bitext"], "Finding names", None),
    (["export", "p.bitext", "--to", "tsv"], "TSV", None),
    (["export", "p.bitext", "--to", "csv"], "CSV", None),
]


@pytest.mark.parametrize(("argv", "label", "expected"), CASES, ids=[c[0][0] for c in CASES])
def test_bar_on_a_terminal_only(folder, argv, label, expected):
    out_piped, err_piped, code = run(folder, argv, terminal=False)
    assert code == 0, err_piped
    (folder / "new.bitext").unlink(missing_ok=True)
    out_tty, err_tty, code = run(folder, argv, terminal=True)
    assert code == 0, err_tty
    # The results are the same bytes either way, and the bar never leaks into them.
    assert out_tty == out_piped
    if expected is not None:
        assert out_piped == expected
    assert b"\x1b[" not in out_tty
    # On a terminal, a bar; piped, no bar and no escape codes, only "bitext: ..." messages.
    assert label.encode() in err_tty and b"\x1b[" in err_tty
    assert label.encode() not in err_piped and b"\x1b[" not in err_piped
    assert all(line.startswith(b"bitext: ") for line in err_piped.splitlines())


PRINTS_INSIDE_A_BAR = """
from aligner.progress import track
for n in track(range(3), "Counting"):
    print("result", n)
"""


@pytest.mark.parametrize("terminal", [True, False])
def test_print_inside_a_bar_stays_on_stdout(tmp_path, terminal):
    out, err, code = run(tmp_path, [], terminal, ("-c", PRINTS_INSIDE_A_BAR))
    assert code == 0
    assert out == b"result 0\nresult 1\nresult 2\n"
    assert b"result" not in err
    assert (b"Counting" in err) == terminal
