"""Scale: time and peak memory of bitext align and hunalign, 10k .. 200k sentences a side.

    .bench/bin/python benchmarks/align_scale.py [--parallel] [SIZES ...]

Documents are built from real text: the Text+Berg dev document (de-fr), cut
into blocks of 40 gold beads at bead boundaries, and the blocks concatenated
in a seeded shuffled order until the German side has N sentences. The gold
alignment of the concatenation is known, so the strict/lax F1 at scale is
printed too, and the 1-0 / 0-1 beads (how many, how many in the gold):
their share must not grow with the length. Each size runs in a fresh
process so that its peak RSS is its own. hunalign (built as _hunalign.py
says) aligns the same documents in the same run, under a memory limit of
HUNALIGN_MEMORY_MB and a time limit of HUNALIGN_TIMEOUT. CPU time (user +
system) is given beside wall time: on a shared machine it is the measure of
the work done; the ratio column divides CPU time per sentence by that of
the first size (1.00 is exactly linear). With --parallel every size and
both aligners run at once (CPU time and peak RSS stay each process's own;
wall times then overlap).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import _hunalign

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "benchmarks" / "textberg-de-fr" / "dev"
BLOCK = 40
HUNALIGN_TIMEOUT = 3600
HUNALIGN_MEMORY_MB = 8000


def build(n: int, seed: int = 7):
    """(src, tgt, gold) with at least ``n`` source sentences, from shuffled blocks."""
    sys.path.insert(0, str(SHARED / "tools"))
    import align_score

    src = (DEV / "dev.de").read_text(encoding="utf-8").splitlines()
    tgt = (DEV / "dev.fr").read_text(encoding="utf-8").splitlines()
    gold = align_score.read_alignments(str(DEV / "dev.defr"))
    blocks = [gold[k : k + BLOCK] for k in range(0, len(gold), BLOCK)]
    rng = random.Random(seed)
    out_s: list[str] = []
    out_t: list[str] = []
    out_g = []
    while len(out_s) < n:
        order = blocks[:]
        rng.shuffle(order)
        for block in order:
            if len(out_s) >= n:
                break
            for s_ids, t_ids in block:
                bs, bt = len(out_s), len(out_t)
                out_s += [src[i] for i in s_ids]
                out_t += [tgt[j] for j in t_ids]
                out_g.append((tuple(range(bs, bs + len(s_ids))), tuple(range(bt, bt + len(t_ids)))))
    return out_s, out_t, out_g, align_score


def one(n: int) -> None:
    """Run in a child process: build, align, print one JSON line."""
    from aligner.align import align

    src, tgt, gold, scorer = build(n)
    cpu0 = _cpu(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    result = align(src, tgt, src_lang="de", tgt_lang="fr", progress=False)
    seconds = time.perf_counter() - t0
    cpu = _cpu(resource.RUSAGE_SELF) - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    test = [(tuple(b.src), tuple(b.tgt)) for b in result.beads]
    print(json.dumps(facts(len(src), len(tgt), seconds, cpu, peak / 1024, gold, test, scorer)))


def _cpu(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def facts(n, m, seconds, cpu, peak_mb, gold, test, scorer) -> dict:
    res = scorer.score([gold], [test])
    g = {b for b in gold if not b[0] or not b[1]}
    t = {b for b in test if not b[0] or not b[1]}
    return {
        "n": n,
        "m": m,
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak_mb,
        "f1_strict": res["f1_strict"],
        "f1_lax": res["f1_lax"],
        "one_sided": len(t),
        "one_sided_right": len(g & t),
        "one_sided_gold": len(g),
    }


def hunalign_facts(n: int) -> dict:
    """hunalign on the same document, under a memory and time limit that protect the machine."""
    src, tgt, gold, scorer = build(n)
    out = _hunalign.run(src, tgt, timeout=HUNALIGN_TIMEOUT, memory_mb=HUNALIGN_MEMORY_MB)
    if "error" in out:
        return {"n": len(src), "m": len(tgt), **out}
    seconds, peak, cpu = out["seconds"], out["peak_mb"], out["cpu"]
    return facts(len(src), len(tgt), seconds, cpu, peak, gold, out["beads"], scorer)


def bitext_facts(n: int) -> dict:
    """bitext in a fresh process, so that its peak RSS is its own."""
    proc = subprocess.run(
        [sys.executable, __file__, "--one", str(n)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    return json.loads(proc.stdout)


def table_row(name: str, r: dict, per_k0: float | None) -> str:
    if "error" in r:
        cpu = f"{r['cpu']:.1f} s" if r.get("cpu") is not None else ""
        peak = f"{r['peak_mb']:.0f} MB" if r.get("peak_mb") is not None else ""
        wall = f"{r['seconds']:.1f} s" if r.get("seconds") is not None else ""
        return f"| {name} | {r['n']} x {r['m']} | {wall} | {cpu} | | {peak} | {r['error']} | |"
    per_k = r["cpu"] / r["n"] * 1000
    ratio = f"{per_k / per_k0:.2f}" if per_k0 else "1.00"
    precision = r["one_sided_right"] / max(r["one_sided"], 1)
    side = (
        f"{r['one_sided']} ({r['one_sided_right']} right: P {precision:.2f}; "
        f"gold {r['one_sided_gold']})"
    )
    return (
        f"| {name} | {r['n']} x {r['m']} | {r['seconds']:.1f} s | {r['cpu']:.1f} s | "
        f"{ratio} | {r['peak_mb']:.0f} MB | {r['f1_strict']:.3f} / {r['f1_lax']:.3f} | {side} |"
    )


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":
        one(int(argv[1]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parallel", action="store_true", help="run every size at once")
    ap.add_argument("sizes", nargs="*", type=int, help="German sentences (default 10k .. 200k)")
    args = ap.parse_args(argv)
    parallel = args.parallel
    sizes = args.sizes or [10000, 50000, 100000, 200000]
    print(
        "| aligner | sentences | wall time | CPU time | CPU per sentence / first size "
        "| peak RSS | strict / lax F1 | 1-0 and 0-1 beads |"
    )
    print("|---|---|---|---|---|---|---|---|")
    tasks = [("bitext full", bitext_facts, n) for n in sizes]
    if _hunalign.available():
        tasks += [("hunalign 1.1, no dictionary", hunalign_facts, n) for n in sizes]
    with ThreadPoolExecutor(max_workers=len(tasks) if parallel else 1) as pool:
        futures = [(name, pool.submit(_guarded, fn, n)) for name, fn, n in tasks]
        first: dict[str, float] = {}
        for name, future in futures:
            r = future.result()
            if "error" not in r:
                first.setdefault(name, r["cpu"] / r["n"] * 1000)
            print(table_row(name, r, first.get(name)), flush=True)
    return 0


def _guarded(fn, n: int) -> dict:
    """A failed run becomes a row saying so, not the end of the table."""
    try:
        return fn(n)
    except (subprocess.CalledProcessError, ValueError) as err:
        return {"n": n, "m": "?", "error": f"failed: {str(err)[:80]}"}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
