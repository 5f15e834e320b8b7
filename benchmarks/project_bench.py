"""What keeping the project file whole costs per committed key, and the first screen.

Usage: PYTHONPATH=. python benchmarks/project_bench.py [--beads 50000 200000] [--repeat 40]

For each size, builds a project of N one-to-one beads, then times the calls
the review app makes for one key, addressed by the row on screen (its stable
id), each committed to the file:

- Enter (confirm), m (merge with the next bead: the merged bead is rescored),
  u (undo), adding a glossary name;
- under three journal settings on the same file, in one run: bitext's
  rollback journal (the file is whole after every commit); WAL as bitext
  used it before (the work sits in the ``-wal`` until a checkpoint: a copy
  of the file alone misses it); WAL with a checkpoint after every commit
  (whole again, as the alternative design).

"First screen" is what the app waits for before it can draw: ``Project.open``
(with its checks), the first unreviewed bead, a page of 200 beads and the
progress counts; and headless, through Textual's pilot, ``Project.open`` to
the first drawn screen. There is no peer tool with a project file to run
beside it; the WAL columns are the comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from review_support import big_project  # noqa: E402

from aligner.project import Project  # noqa: E402

MODES = {
    "rollback journal (bitext)": ("DELETE", False),
    "WAL, no checkpoint (before)": ("WAL", False),
    "WAL + checkpoint per commit": ("WAL", True),
}


def quantiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]


def keys(path: Path, mode: str, checkpoint: bool, repeat: int) -> dict[str, tuple[float, float]]:
    """Median and p95 ms per key, the file in ``mode``."""
    with Project.open(path) as project:
        project._db.execute(f"PRAGMA journal_mode = {mode}")
        project._wal = checkpoint
        n = len(project)
        timings: dict[str, list[float]] = {"confirm": [], "merge": [], "undo": [], "name": []}
        for i in range(repeat):
            row = project.bead((i * 7919) % (n - 2))  # as the screen holds it
            for label, call in (
                ("confirm", lambda r=row: project.confirm(r)),
                ("merge", lambda r=row: project.merge_next(r)),
                ("undo", project.undo_change),
                (
                    "name",
                    lambda k=i: project.put_glossary_record(
                        {"id": f"n{k}", "canonical": f"Name {k}", "status": "approved"}
                    ),
                ),  # fmt: skip
            ):
                start = time.perf_counter()
                call()
                timings[label].append((time.perf_counter() - start) * 1000)
        project._db.execute("PRAGMA journal_mode = DELETE")
    return {label: quantiles(values) for label, values in timings.items()}


def first_screen(path: Path) -> float:
    start = time.perf_counter()
    with Project.open(path) as project:
        at = project.first_position("unreviewed") or 0
        lo = at - at % 200
        project.beads(lo, lo + 200)
        project.progress()
        return (time.perf_counter() - start) * 1000


async def first_paint(path: Path) -> tuple[float, float]:
    """Headless: ``Project.open`` to the first screen drawn, and to all beads read."""
    from aligner.review import ReviewApp
    from aligner.review.widgets import BeadList

    drawn: list[float] = []
    render_line = BeadList.render_line

    def timed(self, y):
        if not drawn:
            drawn.append(time.perf_counter())
        return render_line(self, y)

    BeadList.render_line = timed
    try:
        start = time.perf_counter()
        with Project.open(path) as project:
            app = ReviewApp(project)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                while app.screen.unread:
                    await pilot.pause()
                loaded = time.perf_counter()
    finally:
        BeadList.render_line = render_line
    return (drawn[0] - start) * 1000, (loaded - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, nargs="+", default=[50_000, 200_000])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument(
        "--screen-only", action="store_true",
        help="only the first screen (to run an older build beside this one: PYTHONPATH=OLD)",
    )  # fmt: skip
    args = parser.parse_args()
    for n in args.beads:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "base.bitext"
            t0 = time.perf_counter()
            big_project(base, n).close()
            built = time.perf_counter() - t0
            size = base.stat().st_size / 1e6
            results = {}
            for name, (mode, checkpoint) in () if args.screen_only else MODES.items():
                work = Path(tmp) / "work.bitext"
                shutil.copyfile(base, work)
                results[name] = keys(work, mode, checkpoint, args.repeat)
                work.unlink()
            screens = sorted(first_screen(base) for _ in range(5))
            paints = [asyncio.run(first_paint(base)) for _ in range(3)]
        print(f"\n{n} beads ({size:.0f} MB, built in {built:.1f} s), {args.repeat} keys each:")
        names = list(results)
        print(f"{'key (median / p95 ms)':<24}" + "".join(f"{m:>30}" for m in names))
        for label in ("confirm", "merge", "undo", "name") if results else ():
            cells = [f"{results[m][label][0]:.1f} / {results[m][label][1]:.1f}" for m in names]
            print(f"{label:<24}" + "".join(f"{c:>30}" for c in cells))
        if results:
            ratio = [
                results[names[0]][label][0] / results[names[1]][label][0]
                for label in ("confirm", "merge", "undo", "name")
            ]
            print(f"{'ratio to WAL (median)':<24}" + "  ".join(f"{r:.1f}x" for r in ratio))
        print(f"first screen data (open, first unreviewed, 200 beads, progress): "
              f"median {statistics.median(screens):.0f} ms of 5")  # fmt: skip
        print(f"headless app, open to first screen drawn: median "
              f"{statistics.median(p for p, _ in paints):.0f} ms of 3; to all beads read: "
              f"{statistics.median(a for _, a in paints):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
