"""Real-terminal smoke test: ``bitext review`` in tmux, keys sent, screen read, project checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from review_support import sample_project

from aligner.project import Project

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def wait_for(socket: str, text: str, timeout: float = 20.0) -> str:
    """Capture the pane until ``text`` shows up; return the last capture."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux(socket, "capture-pane", "-p", "-t", "review")
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; last screen:\n{screen}")


def tmux(socket: str, *args: str) -> str:
    done = subprocess.run(
        ["tmux", "-S", socket, *args], capture_output=True, text=True, timeout=10, check=True
    )
    return done.stdout


def test_review_in_a_real_terminal(tmp_path):
    path = tmp_path / "belarus.bitext"
    with sample_project(path) as project:
        n = len(project)
    socket = str(tmp_path / "tmux.sock")  # a private server, gone with tmp_path
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    command = f"{sys.executable} -m aligner.cli review {path}"
    subprocess.run(
        ["tmux", "-S", socket, "-f", os.devnull, "new-session", "-d", "-s", "review",
         "-x", "110", "-y", "30", command],
        env=env, check=True, timeout=10,
    )  # fmt: skip
    try:
        screen = wait_for(socket, f"confirmed 0/{n}")
        assert "Lukaschenko" in screen and "Lukashenko" in screen
        tmux(socket, "send-keys", "-t", "review", "Enter")
        wait_for(socket, f"confirmed 1/{n}")
        tmux(socket, "send-keys", "-t", "review", "m")
        screen = wait_for(socket, f"bead 2/{n - 1}")
        assert " 2 2-2 " in screen
        tmux(socket, "send-keys", "-t", "review", "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            sessions = subprocess.run(
                ["tmux", "-S", socket, "has-session", "-t", "review"], capture_output=True
            )
            if sessions.returncode != 0:
                break
            time.sleep(0.2)
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], capture_output=True)
    with Project.open(path, readonly=True) as project:
        beads = project.beads()
        assert len(beads) == n - 1
        assert beads[0].status == "confirmed"
        assert (len(beads[1].src), len(beads[1].tgt)) == (2, 2)
