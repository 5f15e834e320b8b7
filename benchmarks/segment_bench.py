"""German sentence segmentation: bitext beside pySBD, syntok and blingfire, in one run.

Run from the repository root with the benchmark environment (peers are not
bitext dependencies):

    .bench/bin/python benchmarks/segment_bench.py [--big]

Data comes from ../shared (golden rules, UD German GSD dev, the scorer in
../shared/tools/seg_score.py). Prints one table: golden rules exact (35 and the
3 extra cases), UD dev boundary P/R/F1 in 200-sentence texts (the scorer's
protocol), F1 on the whole dev set as one text (where an unclosed quote can
swallow the rest), and throughput on the same text, with the ratio to pySBD.
``--big`` also runs ``bitext segment`` on a 50 MB single-line file and reports
its time and peak memory.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "benchmarks"
UD_DEV = BENCH / "ud" / "UD_German-GSD" / "de_gsd-ud-dev.conllu"


def load_scorer():
    spec = importlib.util.spec_from_file_location("seg_score", SHARED / "tools" / "seg_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bitext_segmenter():
    from aligner.segment import segment

    return lambda text: [s.text for s in segment(text, "de", markdown=False)]


def pysbd_segmenter():
    import pysbd

    seg = pysbd.Segmenter(language="de", clean=False)
    return seg.segment


def syntok_segmenter():
    from syntok import segmenter

    def run(text):
        out = []
        for paragraph in segmenter.process(text):
            for sentence in paragraph:
                out.append("".join(t.spacing + t.value for t in sentence).strip())
        return out

    return run


def blingfire_segmenter():
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


PEERS = {
    "bitext": bitext_segmenter,
    "pySBD": pysbd_segmenter,
    "syntok": syntok_segmenter,
    "blingfire": blingfire_segmenter,
}


def fold(s: str) -> str:
    return re.sub(r"\s+", "", s)


def golden(run, path: Path) -> tuple[int, int, list[str]]:
    ok, n, missed = 0, 0, []
    for line in path.open(encoding="utf-8"):
        case = json.loads(line)
        n += 1
        got = [fold(s) for s in run(case["text"]) if fold(s)]
        if got == [fold(s) for s in case["sentences"]]:
            ok += 1
        else:
            missed.append(case["id"])
    return ok, n, missed


def prf(scorer, chunks, run) -> tuple[float, float, float, float, int]:
    tp = fp = fn = chars = 0
    seconds = 0.0
    for text, gold in chunks:
        t0 = time.perf_counter()
        sents = run(text)
        seconds += time.perf_counter() - t0
        chars += len(text)
        pred, ref = set(scorer.offsets(text, sents)), set(gold)
        tp, fp, fn = tp + len(pred & ref), fp + len(pred - ref), fn + len(ref - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, seconds, chars


def one_text(scorer) -> list[tuple[str, list[int]]]:
    """The whole dev set as one running text (sentences joined by one space)."""
    text, ends = "", []
    for chunk, gold in scorer.ud_chunks(str(UD_DEV), size=10**9):
        text, ends = chunk, gold
    return [(text, ends)]


def big_file_run(size_mb: int = 50) -> None:
    """``bitext segment`` on one line of ``size_mb`` MB: wall time and peak memory."""
    sentences = [
        line[len("# text = ") :].rstrip("\n")
        for line in UD_DEV.open(encoding="utf-8")
        if line.startswith("# text = ")
    ]
    unit = " ".join(sentences) + " "
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("„Ein Zitat, das nie schließt: ")
        written = 0
        while written < size_mb * 1_000_000:
            f.write(unit)
            written += len(unit.encode("utf-8"))
        path = f.name
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "aligner.cli", "segment", "--lang", "de", path],
            capture_output=True,
            env=env,
        )
        seconds = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        n = proc.stdout.count(b"\n")
        size = os.path.getsize(path) / 1e6
        print(
            f"\n50 MB single line: {size:.1f} MB, exit {proc.returncode}, {n} segments, "
            f"{seconds:.1f} s ({size / seconds:.2f} MB/s), peak RSS {peak:.0f} MB"
        )
    finally:
        os.unlink(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--big", action="store_true", help="also run the 50 MB single-line file")
    ap.add_argument("--only", nargs="*", help="segmenters to run (default: all)")
    ap.add_argument("-v", action="store_true", help="list missed golden cases")
    args = ap.parse_args()
    scorer = load_scorer()
    chunks = list(scorer.ud_chunks(str(UD_DEV)))
    whole = one_text(scorer)
    rows = []
    for name, make in PEERS.items():
        if args.only and name not in args.only:
            continue
        try:
            run = make()
        except ImportError as err:
            print(f"{name}: not installed ({err})", file=sys.stderr)
            continue
        g_ok, g_n, g_miss = golden(run, BENCH / "golden-rules-de.jsonl")
        x_ok, x_n, x_miss = golden(run, BENCH / "golden-rules-de-extra.jsonl")
        p, r, f, _, _ = prf(scorer, chunks, run)
        _, r1, f1, _, _ = prf(scorer, whole, run)
        # throughput: the dev chunks, best of three passes
        best = min(prf(scorer, chunks, run)[3] for _ in range(3))
        chars = sum(len(t) for t, _ in chunks)
        rows.append((name, g_ok, g_n, x_ok, x_n, p, r, f, r1, f1, chars / best / 1e3))
        if args.v:
            print(f"{name} missed: {' '.join(g_miss + x_miss)}", file=sys.stderr)
    base = next((row[-1] for row in rows if row[0] == "pySBD"), None)
    print(
        "| segmenter | golden | extra | UD dev P / R / F1 | one-text R / F1 | kchar/s | × pySBD |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, g_ok, g_n, x_ok, x_n, p, r, f, r1, f1, speed in rows:
        ratio = f"{speed / base:.1f}" if base else "-"
        print(
            f"| {name} | {g_ok}/{g_n} | {x_ok}/{x_n} | {p:.3f} / {r:.3f} / {f:.3f} "
            f"| {r1:.3f} / {f1:.3f} | {speed:,.0f} | {ratio} |"
        )
    if args.big:
        big_file_run()


if __name__ == "__main__":
    main()
