"""Run hunalign (built from ../shared/peers/hunalign/ in the benchmark env) and read its ladder.

Build it once:

    mkdir -p .bench/peers && cp -r ../shared/peers/hunalign .bench/peers/ \\
        && make -C .bench/peers/hunalign/src/hunalign

``HUNALIGN`` names another binary. hunalign prints a ladder of rungs
``i<TAB>j<TAB>score``; the sentences between two rungs form one bead.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
BINARY = Path(
    os.environ.get(
        "HUNALIGN", ROOT / ".bench" / "peers" / "hunalign" / "src" / "hunalign" / "hunalign"
    )
)
NULL_DIC = SHARED / "peers" / "hunalign" / "data" / "null.dic"


def available() -> bool:
    return BINARY.exists() and NULL_DIC.exists()


def beads_from_ladder(text: str, n: int, m: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    rungs = [(0, 0)]
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            rungs.append((int(cells[0]), int(cells[1])))
    if rungs[-1] != (n, m):
        rungs.append((n, m))
    beads = []
    for (i0, j0), (i1, j1) in zip(rungs, rungs[1:], strict=False):
        if (i0, j0) == (i1, j1):
            continue
        beads.append((tuple(range(i0, i1)), tuple(range(j0, j1))))
    return beads


def run(
    src: list[str],
    tgt: list[str],
    timeout: float = 3600,
    memory_mb: int | None = None,
    dictionary: list[tuple[str, str]] | None = None,
) -> dict:
    """Align with an empty dictionary, or with ``dictionary``'s (source, target) pairs
    written in hunalign's format; {beads, seconds, peak_mb} or {error}."""
    with tempfile.TemporaryDirectory() as tmp:
        fs, ft, tm = Path(tmp, "src"), Path(tmp, "tgt"), Path(tmp, "time")
        fs.write_text("\n".join(src) + "\n", encoding="utf-8")
        ft.write_text("\n".join(tgt) + "\n", encoding="utf-8")
        dic = NULL_DIC
        if dictionary:
            dic = Path(tmp, "dic")
            dic.write_text("".join(f"{t} @ {s}\n" for s, t in dictionary), encoding="utf-8")
        cmd = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(tm)]
        cmd += [str(BINARY), "-utf", str(dic), str(fs), str(ft)]
        limit = None
        if memory_mb:

            def limit() -> None:
                import resource

                size = memory_mb * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (size, size))

        t0 = time.perf_counter()
        try:
            # cwd: hunalign writes a log, translate.txt, into its working directory
            proc = subprocess.run(
                cmd, capture_output=True, text=True, timeout=timeout, preexec_fn=limit, cwd=tmp
            )
        except subprocess.TimeoutExpired:
            return {"error": f"no result in {timeout:.0f} s"}
        seconds = time.perf_counter() - t0
        peak, cpu = _usage(tm)
        if proc.returncode != 0 or not proc.stdout.strip():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1][:80]
            if proc.returncode in (139, -11):
                last = "segmentation fault"
            return {
                "error": f"exit {proc.returncode}: {last}",
                "seconds": seconds,
                "peak_mb": peak,
                "cpu": cpu,
            }
        beads = beads_from_ladder(proc.stdout, len(src), len(tgt))
        return {"beads": beads, "seconds": seconds, "peak_mb": peak, "cpu": cpu}


def _usage(path: Path) -> tuple[float | None, float | None]:
    """(peak MB, user + system seconds) as /usr/bin/time wrote them."""
    try:
        peak, user, system = path.read_text().strip().splitlines()[-1].split()
        return int(peak) / 1024, float(user) + float(system)
    except (OSError, ValueError, IndexError):
        return None, None
