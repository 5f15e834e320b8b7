"""Cost of the path picture, the minimap strip, joining sentences and re-aligning a range.

    .venv/bin/python benchmarks/structure_bench.py [BEADS]

Builds a project of BEADS one-to-one beads (50,000 by default) with the review
tests' generator and prints one line per operation: best of three where the
operation can repeat without changing the project, one run otherwise. No peer
tool offers these operations on a project file, so there is no ratio column.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from review_support import big_project  # noqa: E402

from aligner.formats.picture import path_svg  # noqa: E402
from aligner.project.path import alignment_path, strip  # noqa: E402


def timed(name: str, call, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - start)
    print(f"| {name} | {best * 1000:,.0f} ms |")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        project = big_project(Path(tmp) / "b.bitext", n)
        print(f"{n:,} beads\n\n| operation | time |\n|---|---|")
        timed("minimap strip, 28 lines", lambda: strip(project, 28))
        path = timed("alignment_path (every bead)", lambda: alignment_path(project))
        svg = timed("path_svg", lambda: path_svg(path), repeat=1)
        print(f"| SVG size | {len(svg) / 1e6:.1f} MB |")
        project.merge_next(10)  # a 2-2 bead to join in
        timed("join two sentences near the start", lambda: project.join_sentences(10, "src", 0), 1)
        timed("undo that join", project.undo, repeat=1)
        timed("re-align 20 beads", lambda: project.realign(100, 119), repeat=1)
        project.close()


if __name__ == "__main__":
    main()
