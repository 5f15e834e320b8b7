"""Aligning a huge file against a short letter: the work must follow the input's size.

    .bench/bin/python benchmarks/align_large.py [MEGABYTES] [LINES]

Builds (in a temporary directory) from the sample corpus' German sentences
a text of MEGABYTES (default 50) on one single line, and a text of LINES
(default 1,000,000) sentences one per line, and aligns each with
``bitext align --presegmented`` against the first five sentences of the
sample letter. Each command runs under ``/usr/bin/time``; CPU time (user +
system) is given beside wall time because the machine is shared.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sentences() -> list[str]:
    rows = (ROOT / "corpora" / "belarus-diplomacy.de-en.tsv").read_text("utf-8").splitlines()[1:]
    return [r.split("\t")[0].strip() for r in rows if r.split("\t")[0].strip()]


def measured(argv: list[str], tmp: Path) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak MB, last stderr line) of one command."""
    out = tmp / "time.txt"
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(out), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    wall, user, system, peak = out.read_text().split()[-4:]
    last = proc.stderr.strip().splitlines()[0] if proc.stderr.strip() else ""
    return float(wall), float(user) + float(system), int(peak) / 1024, last


def main(argv: list[str]) -> int:
    megabytes = int(argv[0]) if argv else 50
    lines = int(argv[1]) if len(argv) > 1 else 1_000_000
    sents = sentences()
    letter = [
        ln for ln in (ROOT / "corpora" / "letter.en.txt").read_text("utf-8").splitlines() if ln
    ][:5]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        text = " ".join(sents) + " "
        (tmp / "line.txt").write_text(
            (text * (megabytes * 1_000_000 // len(text) + 1))[: megabytes * 1_000_000] + "\n",
            encoding="utf-8",
        )
        (tmp / "lines.txt").write_text(
            "\n".join(sents[k % len(sents)] for k in range(lines)) + "\n", encoding="utf-8"
        )
        (tmp / "letter.txt").write_text("\n".join(letter) + "\n", encoding="utf-8")
        bitext = [sys.executable, "-m", "aligner.cli", "align", "--presegmented"]
        print("| input against a 5-sentence letter | wall s | CPU s | peak MB | summary line |")
        print("|---|---:|---:|---:|---|")
        for name, path in (
            (f"{megabytes} MB on one line", tmp / "line.txt"),
            (f"{lines:,} lines", tmp / "lines.txt"),
        ):
            wall, cpu, peak, last = measured([*bitext, str(path), str(tmp / "letter.txt")], tmp)
            print(f"| {name} | {wall:.1f} | {cpu:.1f} | {peak:.0f} | {last} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
