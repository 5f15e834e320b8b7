"""How fast the review app opens a large project and answers keys.

Usage: PYTHONPATH=. python benchmarks/review_bench.py [--beads 50000] [--repeat 30]

Builds a project of N beads (varied sentence lengths, names, scores), then:

1. headless (Textual's Pilot): open time from ``Project.open`` to the first
   drawn screen, and per key the time until the app handled it and redrew.
   The project carries merges from an earlier session, so undo is timed both
   for this session's edits and for history the app did not make itself.
   Pilot itself waits between steps, so the same run also times a key bound
   to nothing and subtracts it ("net" column): that is the app's own share.
2. a real terminal (tmux, skipped without it): ``bitext review`` is started,
   keys are sent with ``tmux send-keys`` and the pane is read with
   ``capture-pane`` until it changes; that is key-to-screen as a user sees it,
   including the terminal and the polling (about 2-4 ms per capture).
No other aligner has a terminal review app to run beside it (InterText, LF
Aligner, memoQ and Trados review in desktop GUIs), so there is no peer column.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from review_support import big_project  # noqa: E402

from aligner.project import Project  # noqa: E402
from aligner.review import ReviewApp  # noqa: E402
from aligner.review.widgets import BeadList  # noqa: E402

SIZE = (120, 40)


def quantiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


async def measure(path: Path, repeat: int) -> list[tuple[str, float, float]]:
    rows: list[tuple[str, float, float]] = []
    with Project.open(path) as project:
        earlier = project.info()["history"]["undo"]  # steps made before the app opens
    t0 = time.perf_counter()
    with Project.open(path) as project:
        t_open = time.perf_counter()
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            while app.screen.unread:
                await pilot.pause()
            t_ready = time.perf_counter()
            rows.append(("Project.open", (t_open - t0) * 1000, float("nan")))
            rows.append(("open to all beads loaded", (t_ready - t0) * 1000, float("nan")))
            beads = app.screen.query_one(BeadList)

            async def timed(label: str, keys: list[str], setup=None) -> None:
                times = []
                for _ in range(repeat):
                    if setup is not None:
                        await setup()
                    start = time.perf_counter()
                    for key in keys:
                        await pilot.press(key)
                    await pilot.pause()
                    times.append((time.perf_counter() - start) * 1000)
                rows.append((label, *quantiles(times)))

            await timed("(unbound key: Pilot overhead)", ["z"])

            async def middle():
                beads.move_cursor(25_000 % max(beads.shown, 1))
                await pilot.pause()

            await timed("down (next bead)", ["down"])
            await timed("up (previous bead)", ["up"])
            await timed("pagedown", ["pagedown"])

            async def home():
                await pilot.press("home")
                await pilot.pause()

            await timed("end (jump to last bead)", ["end"], setup=home)
            await timed("d (next doubtful)", ["d"])
            await timed("Enter (confirm, saved, next)", ["enter"], setup=middle)
            await timed("m (merge, saved)", ["m"], setup=middle)
            await timed("u (undo, same session)", ["u"])
            while project.info()["history"]["undo"] > earlier:  # down to the earlier session
                await pilot.press("u")
            await pilot.pause()
            await timed("u (undo, earlier session)", ["u"])
            await timed("f (doubtful filter on/off)", ["f"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.bitext"
        t0 = time.perf_counter()
        with big_project(path, args.beads) as project:
            for i in range(args.repeat):  # history from an earlier session, for undo
                project.merge_next(args.beads * 4 // 5 + i)
        built = time.perf_counter() - t0
        rows = asyncio.run(measure(path, args.repeat))
    print(f"bitext review, {args.beads} beads (project built in {built:.1f} s), "
          f"headless {SIZE[0]}x{SIZE[1]}, {args.repeat} presses per key")  # fmt: skip
    base = next(median for label, median, _ in rows if label.startswith("(unbound"))
    print(f"{'headless':<32} {'median ms':>10} {'p95 ms':>8} {'net ms':>8}")
    for label, median, p95 in rows:
        p95_text = "" if p95 != p95 else f"{p95:8.1f}"
        net = "" if p95 != p95 or label.startswith("(") else f"{median - base:8.1f}"
        print(f"{label:<32} {median:10.1f} {p95_text:>8} {net:>8}")
    if shutil.which("tmux"):
        print()
        print(f"{'real terminal (tmux)':<32} {'median ms':>10} {'p95 ms':>8}")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.bitext"
            big_project(path, args.beads).close()
            for label, median, p95 in terminal(path, args.repeat):
                p95_text = "" if p95 != p95 else f"{p95:8.1f}"
                print(f"{label:<32} {median:10.1f} {p95_text:>8}")
    else:
        print("tmux not found: real-terminal latency not measured")


def terminal(path: Path, repeat: int) -> list[tuple[str, float, float]]:
    """Latency as seen in a real terminal: send a key, poll the pane until it changes."""
    socket = str(path.parent / "tmux.sock")  # a private server beside the project
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "TERM": "xterm-256color"}

    def tmux(*args: str) -> str:
        return subprocess.run(
            ["tmux", "-S", socket, *args], capture_output=True, text=True, env=env
        ).stdout

    rows = []
    start = time.perf_counter()
    tmux("-f", os.devnull, "new-session", "-d", "-s", "b", "-x", "120", "-y", "40",
         f"{sys.executable} -m aligner.cli review {path}")  # fmt: skip
    try:
        while "confirmed 0/" not in tmux("capture-pane", "-p", "-t", "b"):
            if time.perf_counter() - start > 60:
                raise SystemExit("the app did not start in tmux")
        rows.append(("start to first screen", (time.perf_counter() - start) * 1000, float("nan")))
        while "loading" in tmux("capture-pane", "-p", "-t", "b"):
            time.sleep(0.005)
        rows.append(("start to all beads loaded", (time.perf_counter() - start) * 1000,
                     float("nan")))  # fmt: skip

        def timed(label: str, key: str, reset: str | None = None) -> None:
            times = []
            for _ in range(repeat):
                if reset:
                    tmux("send-keys", "-t", "b", reset)
                    time.sleep(0.15)
                before = tmux("capture-pane", "-p", "-t", "b")
                t0 = time.perf_counter()
                tmux("send-keys", "-t", "b", key)
                while tmux("capture-pane", "-p", "-t", "b") == before:
                    if time.perf_counter() - t0 > 10:
                        break
                times.append((time.perf_counter() - t0) * 1000)
                time.sleep(0.05)
            rows.append((label, *quantiles(times)))

        timed("Down (next bead)", "Down")
        timed("PageDown", "NPage")
        timed("End (last bead)", "End", reset="Home")
        tmux("send-keys", "-t", "b", "Home")
        time.sleep(0.2)
        timed("Enter (confirm, saved, next)", "Enter")
        timed("m (merge, saved)", "m")
        timed("u (undo, saved)", "u")
        tmux("send-keys", "-t", "b", "q")
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], capture_output=True)
    return rows


if __name__ == "__main__":
    main()
