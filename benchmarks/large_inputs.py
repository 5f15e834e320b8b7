"""Large inputs: wall time and peak memory of whole commands, bar on and off.

    PYTHONPATH=. /work/venv/bin/python benchmarks/large_inputs.py [MEGABYTES]

Builds (in a temporary directory) a German text of MEGABYTES (default 50)
made of the sample corpus' sentences, the same text as one single line, and
a TMX file of 100,000 units. Each ``bitext`` command runs in a subprocess
under ``/usr/bin/time``; "bar" runs put stderr on a pseudo-terminal so the
progress bar is drawn, "piped" runs send it to a pipe. Beside them, a floor
that does the least work anyone could (read and decode the file, split on
". "), and translate-toolkit's TMX reader on the same TMX file.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm", "COLUMNS": "100"}


def sentences() -> list[tuple[str, str]]:
    rows = []
    for line in (ROOT / "corpora" / "belarus-diplomacy.de-en.tsv").read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0].strip() and cells[1].strip():
            rows.append((cells[0].strip(), cells[1].strip()))
    return rows[1:]


def measured(argv: list[str], cwd: Path, bar: bool = False) -> tuple[float, float]:
    """(seconds, peak MB) of one command; stdout discarded, stderr on a pty if ``bar``."""
    cmd = ["/usr/bin/time", "-f", "TIME %e %M", "-o", str(cwd / "time.txt"), *argv]
    if bar:
        master, slave = pty.openpty()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        while True:
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break
        proc.wait()
        os.close(master)
    else:
        proc = subprocess.run(
            cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    _, seconds, kb = (cwd / "time.txt").read_text().split()[-3:]
    return float(seconds), int(kb) / 1024


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    rows = sentences()
    py = sys.executable
    bitext = [py, "-m", "aligner.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        text, n = [], 0
        size = 0
        while size < megabytes * 1_000_000:
            sentence = f"{rows[n % len(rows)][0]} ({n})"
            text.append(sentence)
            size += len(sentence.encode()) + 1
            n += 1
        (work / "text.txt").write_text(
            "\n\n".join(" ".join(text[i : i + 8]) for i in range(0, len(text), 8)), "utf-8"
        )
        (work / "line.txt").write_text(" ".join(text), "utf-8")
        units = "".join(
            f'<tu><tuv xml:lang="de"><seg>{escape(de)} {i}</seg></tuv>'
            f'<tuv xml:lang="en"><seg>{escape(en)} {i}</seg></tuv></tu>\n'
            for i, (de, en) in ((i, rows[i % len(rows)]) for i in range(100_000))
        )
        (work / "big.tmx").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de" '
            'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" '
            f'creationtool="x" creationtoolversion="1"/><body>\n{units}</body></tmx>\n',
            "utf-8",
        )
        floor = (
            "import sys; t = open(sys.argv[1], 'rb').read().decode('utf-8'); "
            "print(len(t.split('. ')))"
        )
        ttk = (
            "import sys; from translate.storage.tmx import tmxfile; "
            "print(len(tmxfile(open(sys.argv[1], 'rb')).units))"
        )
        tmx_mb = (work / "big.tmx").stat().st_size / 1e6
        runs = [
            (f"segment, {megabytes} MB text", bitext + ["segment", "text.txt", "--lang", "de"]),
            (f"segment, {megabytes} MB one line", bitext + ["segment", "line.txt", "--lang", "de"]),
            (f"import, TMX {tmx_mb:.0f} MB", bitext + ["import", "big.tmx", "-o", "big.bitext"]),
            ("export --to tmx, 100k pairs", bitext + ["export", "big.bitext", "--to", "tmx"]),
            ("export --to csv, 100k pairs", bitext + ["export", "big.bitext", "--to", "csv"]),
            ("glossary build, 100k beads", bitext + ["glossary", "build", "big.bitext"]),
        ]
        print(f"{'task':<32} {'piped s':>8} {'bar s':>8} {'peak MB':>8}")
        for label, argv in runs:
            piped, peak = measured(argv, work)
            if argv[3] == "import":
                (work / "big.bitext").unlink()
            with_bar, _ = measured(argv, work, bar=True)
            if argv[3] == "import":
                (work / "big.bitext").unlink()
                measured(argv, work)
            print(f"{label:<32} {piped:>8.2f} {with_bar:>8.2f} {peak:>8.0f}")
        print()
        print(f"{'peer / floor':<32} {'s':>8} {'':>8} {'peak MB':>8}")
        for label, argv in (
            (f"read+decode+split, {megabytes} MB", [py, "-c", floor, "text.txt"]),
            (f"translate-toolkit tmxfile, {tmx_mb:.0f} MB", [py, "-c", ttk, "big.tmx"]),
        ):
            seconds, peak = measured(argv, work)
            print(f"{label:<32} {seconds:>8.2f} {'':>8} {peak:>8.0f}")


if __name__ == "__main__":
    main()
