"""bitext batch on a corpus of real document pairs: 1 and 2 local workers in one run.

    .venv/bin/python benchmarks/batch_scale.py [--pairs 320] [--workers 1 2] [--keep DIR]

Builds the corpus with ``batch_corpus.py`` (Text+Berg dev and the sample
corpora cut at gold bead boundaries), then aligns it into a fresh output
folder once per worker count, each on its own LocalCluster (started before
the clock, its start-up printed apart). Printed per run:

- wall time from the first pair submitted to the report written, pairs/s;
- the sum of the pairs' own times (each pair's read, segment, align and
  project write, timed inside its worker);
- the batch layer's overhead per pair: ``(wall x workers - sum of pair
  times) / pairs``: scheduling, transfer, the resume check, the report, and
  any idle worker at the end; and that as a share of the mean pair time;
- each worker's resident memory: the highest RSS sampled in each third of
  the run, and its peak (the kernel's high-water mark) at the end. Equal
  thirds mean memory does not grow with the number of pairs;
- the speed-up of each run over the 1-worker run.

A shell loop of ``bitext align -o`` over the first ``--loop`` pairs (one
process a pair, as without ``batch``) runs in the same session for
comparison. Then the last output folder is run again with ``--to tmx``, ``tsv`` and
``parquet``: every pair is skipped (the resume check's cost per pair), and
the sizes of the projects and of each corpus are printed per pair and unit.

The load average (``uptime``) before and after goes with the table: on a
shared machine the speed-up says more about the neighbours than about bitext.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch_corpus  # noqa: E402


def _memory() -> tuple[float, float]:
    """Run on a worker: (current RSS, peak RSS) in MB.

    The peak is the kernel's VmHWM: unlike ``ru_maxrss`` it starts afresh at
    exec, so it is the worker's own and not the parent's it was spawned from.
    """
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


class Sampler(threading.Thread):
    """Ask every worker for its memory once a second while the batch runs."""

    def __init__(self, client):
        super().__init__(daemon=True)
        self.client = client
        self.samples: list[tuple[float, dict]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append((time.perf_counter(), self.client.run(_memory)))
            except Exception:
                pass
            self.stop.wait(1.0)


def one_run(manifest: Path, outdir: Path, workers: int) -> dict:
    from aligner.batch.cluster import dask_client, probe

    t0 = time.perf_counter()
    with dask_client(workers=workers) as client:  # the cluster `bitext batch` starts
        client.run(probe, str(manifest.parent))  # imports the pipeline on each worker
        startup = time.perf_counter() - t0
        return measured(client, manifest, outdir, workers, startup)


def measured(client, manifest: Path, outdir: Path, workers: int, startup: float) -> dict:
    import aligner

    sampler = Sampler(client)
    sampler.start()
    start = time.perf_counter()
    report = aligner.batch(str(manifest), outdir, client=client)
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    end_peak = client.run(_memory)

    def highest(third: int) -> float:
        lo, hi = start + third * wall / 3, start + (third + 1) * wall / 3
        inside = [sample for t, sample in sampler.samples if lo <= t <= hi]
        return max((rss for sample in inside for rss, _ in sample.values()), default=float("nan"))

    ok = report[report["status"] != "failed"]
    pair_sum = float(report["seconds"].sum())
    return {
        "workers": workers,
        "pairs": len(report),
        "failed": int((report["status"] == "failed").sum()),
        "sentences": int(ok["src_sentences"].sum() + ok["tgt_sentences"].sum()),
        "startup": startup,
        "wall": wall,
        "pair_sum": pair_sum,
        "pair_mean": statistics.mean(report["seconds"]),
        "pair_median": statistics.median(report["seconds"]),
        "overhead": (wall * workers - pair_sum) / len(report),
        "rss": [highest(k) for k in range(3)],
        "seconds": list(report["seconds"]),
        "peak_end": max(peak for _, peak in end_peak.values()),
    }


def du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def outputs(manifest: Path, outdir: Path, workers: int) -> list[str]:
    """Re-run over a finished output folder (every pair skipped) once per corpus format."""
    import aligner
    from aligner.batch.cluster import dask_client, probe

    projects = du(outdir / "projects")
    rows = []
    with dask_client(workers=workers) as client:
        client.run(probe, str(manifest.parent))
        for fmt in ("tmx", "tsv", "parquet"):
            start = time.perf_counter()
            report = aligner.batch(str(manifest), outdir, client=client, to=fmt)
            wall = time.perf_counter() - start
            units = report.attrs["corpus"]["units"]
            size = du(Path(report.attrs["corpus"]["path"]))
            skipped = int((report["status"] == "skipped").sum())
            rows.append(
                f"| {fmt} | {skipped} / {len(report)} | {wall:.1f} s | "
                f"{report['seconds'].mean() * 1000:.0f} ms | {units} | {size / 2**20:.1f} MB | "
                f"{size / units:.0f} B |"
            )
    n = len(report)
    return [
        f"projects: {projects / 2**20:.1f} MB for {n} pairs, {projects / n / 1024:.0f} KB a pair",
        "",
        "| re-run with --to | pairs skipped | wall | mean pair (skip check) | units | corpus "
        "size | per unit |",
        "|---|---|---|---|---|---|---|",
        *rows,
    ]


def shell_loop(manifest: Path, outdir: Path, pairs: int) -> dict:
    """The alternative without batch: one ``bitext align -o`` process per pair, in a loop."""
    import csv

    with open(manifest, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:pairs]
    outdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for n, row in enumerate(rows):
        subprocess.run(
            [sys.executable, "-m", "aligner.cli", "align", row["src"], row["tgt"],
             "--src-lang", row["src_lang"], "--tgt-lang", row["tgt_lang"],
             "-o", str(outdir / f"{n}.bitext")],
            cwd=manifest.parent, check=True, capture_output=True,
        )  # fmt: skip
    return {"pairs": len(rows), "wall": time.perf_counter() - start}


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=320)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="build the corpus and outputs here")
    parser.add_argument(
        "--loop", type=int, default=20, help="pairs for the `bitext align` shell loop (0: none)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        manifest = batch_corpus.build(base / "corpus", args.pairs)
        print(f"corpus: {args.pairs} pairs in {manifest.parent}; {os.cpu_count()} cores")
        print(f"before: {uptime()}", flush=True)
        runs = []
        for workers in args.workers:
            runs.append(one_run(manifest, base / f"out-{workers}", workers))
            print(f"  ran {workers} worker(s): {runs[-1]['wall']:.1f} s", flush=True)
        loop = shell_loop(manifest, base / "loop", args.loop) if args.loop else None
        table = outputs(manifest, base / f"out-{args.workers[-1]}", args.workers[-1])
        print(f"after:  {uptime()}")
    base_wall = runs[0]["wall"]
    print()
    print(
        "| workers | pairs (failed) | sentences | cluster start | wall | pairs/s | "
        "sum of pair times | mean pair | overhead per pair | overhead share | "
        "worker RSS in each third | worker peak | speed-up |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['workers']} | {r['pairs']} ({r['failed']}) | {r['sentences']} | "
            f"{r['startup']:.1f} s | {r['wall']:.1f} s | {r['pairs'] / r['wall']:.2f} | "
            f"{r['pair_sum']:.1f} s | {r['pair_mean'] * 1000:.0f} ms | "
            f"{r['overhead'] * 1000:.0f} ms | {r['overhead'] / r['pair_mean']:.1%} | "
            f"{' / '.join(f'{x:.0f}' for x in r['rss'])} MB | {r['peak_end']:.0f} MB | "
            f"{base_wall / r['wall']:.2f}x |"
        )
    if loop:
        n, first = loop["pairs"], runs[0]
        same = sum(first["seconds"][:n]) + n * first["overhead"]  # the batch's time for them
        print()
        print(
            f"`bitext align -o` in a shell loop, first {n} pairs: {loop['wall']:.1f} s, "
            f"{loop['wall'] / n * 1000:.0f} ms a pair; the 1-worker batch spent {same:.1f} s "
            f"on the same pairs (their times plus the overhead per pair): "
            f"{loop['wall'] / same:.1f}x"
        )
    print()
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
