"""Names at scale: a long text, and a glossary of many entries, time and peak memory.

``--mb N``: GermEval 2014 dev (real German text) repeated to N megabytes, through
``glossary.text_entries`` (two passes over chunks of whole lines).
``--entries N``: a project glossary of N records (made from given and family
names of the general lists, each with its keys) rebuilt over the sample corpus
``corpora/belarus-diplomacy.de-hu``. Each case runs in a child process, so
its peak memory (max RSS) is its own.
Run: ``.venv/bin/python benchmarks/names_scale.py --mb 5 --entries 100000``.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def run_text(mb: float) -> dict:
    import names_detect

    from glossary.build import text_entries

    text, _ = names_detect.read_germeval(names_detect.DATA)
    big = text * max(1, int(mb * 1e6 / len(text.encode("utf-8"))))
    t0 = time.perf_counter()
    entries = text_entries(big, "de")
    return {"chars": len(big), "entries": len(entries), "seconds": time.perf_counter() - t0}


def run_entries(n: int) -> dict:
    from glossary.added import added_record
    from glossary.build import build_entries
    from glossary.namelists import family_names, given_names

    given = sorted(g for g in given_names() if g.isascii())[:400]
    family = sorted(f for f in family_names() if f.isascii())
    records = []
    for i in range(n):
        form = f"{given[i % len(given)].title()} {family[i % len(family)].title()}"
        record = added_record(form, "de")
        record["id"] += f"-{i}"
        records.append(record)
    with (ROOT / "corpora" / "belarus-diplomacy.de-hu.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    beads = [(i, [r[0]], [r[1]]) for i, r in enumerate(rows)]
    t0 = time.perf_counter()
    entries = build_entries(beads, "de", "hu", records)
    return {"records": n, "entries": len(entries), "seconds": time.perf_counter() - t0}


def child(kind: str, size: float) -> dict:
    out = run_text(size) if kind == "text" else run_entries(int(size))
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], float(args.child[1]))))
        return 0
    print("| case | size | entries | seconds | peak memory (MB) |")
    print("|---|---:|---:|---:|---:|")
    cases = [("text", args.mb)] if args.mb else []
    cases += [("glossary", args.entries)] if args.entries else []
    for kind, size in cases:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(proc.stdout)
        size = f"{r['chars'] / 1e6:.1f} M chars" if kind == "text" else f"{r['records']:,} records"
        cells = [kind, size, f"{r['entries']:,}", f"{r['seconds']:.1f}", f"{r['max_rss_mb']:.0f}"]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
