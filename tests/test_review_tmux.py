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


def wait_gone(socket: str, text: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while text in tmux(socket, "capture-pane", "-p", "-t", "review"):
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} never went away")
        time.sleep(0.2)


def tmux(socket: str, *args: str) -> str:
    done = subprocess.run(
        ["tmux", "-S", socket, *args], capture_output=True, text=True, timeout=10, check=True
    )
    return done.stdout


def start(tmp_path, path, width: int, height: int) -> str:
    """Run ``bitext review`` in a private tmux server of the given size; return its socket."""
    socket = str(tmp_path / "tmux.sock")  # a private server, gone with tmp_path
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    command = f"{sys.executable} -m aligner.cli review {path}"
    subprocess.run(
        ["tmux", "-S", socket, "-f", os.devnull, "new-session", "-d", "-s", "review",
         "-x", str(width), "-y", str(height), command],
        env=env, check=True, timeout=10,
    )  # fmt: skip
    return socket


def test_review_in_a_real_terminal(tmp_path):
    path = tmp_path / "belarus.bitext"
    with sample_project(path) as project:
        n = len(project)
    socket = start(tmp_path, path, 110, 30)
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


def test_80_by_24_shows_position_footer_keys_and_whole_dialogs(tmp_path):
    """The smallest usual terminal: the status bar keeps the bead position, the footer keeps
    Undo, Help and Quit, the split dialog's instructions and a change's undo hint fit."""
    path = tmp_path / "belarus.bitext"
    with sample_project(path) as project:
        n = len(project)
    socket = start(tmp_path, path, 80, 24)
    try:
        screen = wait_for(socket, f"bead 1/{n}")
        lines = screen.rstrip("\n").split("\n")
        status, footer = lines[-2], lines[-1]
        assert f"bead 1/{n}" in status and f"confirmed 0/{n}" in status
        for label in ("Confirm", "Undo", "Help", "Quit"):
            assert label in footer, footer
        tmux(socket, "send-keys", "-t", "review", "Down")
        wait_for(socket, f"bead 2/{n}")
        tmux(socket, "send-keys", "-t", "review", "s")
        screen = wait_for(socket, "Esc cancels")
        assert "Split bead 2 after how many sentences?" in screen
        assert "Enter: source, then target · Esc cancels" in screen
        tmux(socket, "send-keys", "-t", "review", "Escape")
        wait_gone(socket, "Esc cancels")  # a key sent at once would read as Alt+key
        tmux(socket, "send-keys", "-t", "review", "m")
        screen = wait_for(socket, "u to undo")
        assert f"bead 2/{n - 1}" in screen.rstrip("\n").split("\n")[-2]
        tmux(socket, "send-keys", "-t", "review", "u")
        wait_for(socket, f"bead 2/{n}")
        tmux(socket, "send-keys", "-t", "review", "q")
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], capture_output=True)
    with Project.open(path, readonly=True) as project:
        assert len(project) == n  # the merge was undone in the file, not only on screen
