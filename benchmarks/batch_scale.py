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
- each worker's resident memory: the highest RSS sampled in the first and
  in the last third of the run, and its peak (``ru_maxrss``) at the end.
  Equal thirds mean memory does not grow with the number of pairs;
- the speed-up of each run over the 1-worker run.

The load average (``uptime``) before and after goes with the table: on a
shared machine the speed-up says more about the neighbours than about bitext.
"""

from __future__ import annotations

import argparse
import logging
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
    """Run on a worker: (current RSS, peak RSS) in MB."""
    import resource

    import psutil

    rss = psutil.Process().memory_info().rss / 2**20
    return rss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
    import aligner
    from distributed import Client, LocalCluster

    t0 = time.perf_counter()
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR
    )
    client = Client(cluster)
    client.run(lambda: __import__("aligner.align") and __import__("glossary"))
    startup = time.perf_counter() - t0
    sampler = Sampler(client)
    sampler.start()
    start = time.perf_counter()
    report = aligner.batch(str(manifest), outdir, client=client)
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    end_peak = client.run(_memory)
    client.close()
    cluster.close()
    third = wall / 3
    first = [s for t, s in sampler.samples if t - start <= third]
    last = [s for t, s in sampler.samples if t - start >= 2 * third]

    def highest(samples):
        return max((rss for sample in samples for rss, _ in sample.values()), default=float("nan"))

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
        "rss_first": highest(first),
        "rss_last": highest(last),
        "peak_end": max(peak for _, peak in end_peak.values()),
    }


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=320)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="build the corpus and outputs here")
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
        print(f"after:  {uptime()}")
    base_wall = runs[0]["wall"]
    print()
    print(
        "| workers | pairs (failed) | sentences | cluster start | wall | pairs/s | "
        "sum of pair times | mean pair | overhead per pair | overhead share | "
        "worker RSS first / last third | worker peak | speed-up |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['workers']} | {r['pairs']} ({r['failed']}) | {r['sentences']} | "
            f"{r['startup']:.1f} s | {r['wall']:.1f} s | {r['pairs'] / r['wall']:.2f} | "
            f"{r['pair_sum']:.1f} s | {r['pair_mean'] * 1000:.0f} ms | "
            f"{r['overhead'] * 1000:.0f} ms | {r['overhead'] / r['pair_mean']:.1%} | "
            f"{r['rss_first']:.0f} / {r['rss_last']:.0f} MB | {r['peak_end']:.0f} MB | "
            f"{base_wall / r['wall']:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
