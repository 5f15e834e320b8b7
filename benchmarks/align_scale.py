"""Scale: time and peak memory of bitext align on 1k .. 50k sentences per side.

    .bench/bin/python benchmarks/align_scale.py [SIZES ...]

Documents are built from real text: the Text+Berg dev document (de-fr), cut
into blocks of 40 gold beads at bead boundaries, and the blocks concatenated
in a seeded shuffled order until the German side has N sentences. The gold
alignment of the concatenation is known, so the strict/lax F1 at scale is
printed too. Each size runs in a fresh process so that its peak RSS is its
own. NLTK's gale_church (in BENCH_PYTHON) runs on the 1k document beside it:
it refuses more than 4000 sentences.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "benchmarks" / "textberg-de-fr" / "dev"
BENCH_PYTHON = os.environ.get("BENCH_PYTHON", sys.executable)
BLOCK = 40


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
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    result = align(src, tgt, src_lang="de", tgt_lang="fr", progress=False)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    res = scorer.score([gold], [[(tuple(b.src), tuple(b.tgt)) for b in result.beads]])
    print(
        json.dumps(
            {
                "n": len(src),
                "m": len(tgt),
                "seconds": seconds,
                "peak_mb": peak / 1024,
                "before_mb": base / 1024,
                "f1_strict": res["f1_strict"],
                "f1_lax": res["f1_lax"],
            }
        )
    )


def nltk_row(n: int) -> str:
    if not Path(BENCH_PYTHON).exists():
        return f"| NLTK gale_church | {n} | (not installed) | | | | |"
    src, tgt, gold, scorer = build(n)
    with tempfile.TemporaryDirectory() as tmp:
        fs, ft = Path(tmp, "s"), Path(tmp, "t")
        fs.write_text("\n".join(src) + "\n", encoding="utf-8")
        ft.write_text("\n".join(tgt) + "\n", encoding="utf-8")
        script = Path(__file__).with_name("_nltk_gale_church.py")
        t0 = time.perf_counter()
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", BENCH_PYTHON, str(script), str(fs), str(ft)],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds = time.perf_counter() - t0
        peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
        out = Path(tmp, "a")
        out.write_text(proc.stdout, encoding="utf-8")
        res = scorer.score([gold], [scorer.read_alignments(str(out))])
    return (
        f"| NLTK gale_church (whole process) | {len(src)} x {len(tgt)} | {seconds:.2f} s | "
        f"{peak:.0f} MB | | {res['f1_strict']:.3f} | {res['f1_lax']:.3f} |"
    )


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":
        one(int(argv[1]))
        return 0
    sizes = [int(a) for a in argv] or [1000, 10000, 50000]
    print("| aligner | sentences | align time | peak RSS | RSS before | strict F1 | lax F1 |")
    print("|---|---|---|---|---|---|---|")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for n in sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        r = json.loads(proc.stdout)
        print(
            f"| bitext full | {r['n']} x {r['m']} | {r['seconds']:.2f} s | "
            f"{r['peak_mb']:.0f} MB | {r['before_mb']:.0f} MB | "
            f"{r['f1_strict']:.3f} | {r['f1_lax']:.3f} |",
            flush=True,
        )
    if 1000 in sizes or not argv:
        print(nltk_row(1000), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
