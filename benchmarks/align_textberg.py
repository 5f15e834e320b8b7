"""Text+Berg de-fr dev: bitext's ablation beside NLTK's gale_church, in one run.

    .bench/bin/python benchmarks/align_textberg.py [--sensitivity]

Prints strict/lax precision, recall and F1 (the Vecalign/Bertalign metric,
../shared/tools/align_score.py) and wall time. NLTK runs in its own
environment (BENCH_PYTHON, default: the running interpreter). With
--sensitivity, every search parameter is scaled by 0.5 .. 2 in turn and the
strict / lax F1 reported, to show how much the result depends on each value.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from aligner.align import SIGNALS, Params, align

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "benchmarks" / "textberg-de-fr" / "dev"
TOOLS = SHARED / "tools"
BENCH_PYTHON = os.environ.get("BENCH_PYTHON", sys.executable)


def load(dev: Path):
    sys.path.insert(0, str(TOOLS))
    import align_score

    src = (dev / "dev.de").read_text(encoding="utf-8").splitlines()
    tgt = (dev / "dev.fr").read_text(encoding="utf-8").splitlines()
    return src, tgt, align_score.read_alignments(str(dev / "dev.defr")), align_score


def beads_of(result):
    return [(tuple(b.src), tuple(b.tgt)) for b in result.beads]


def row(name, res, seconds):
    return (
        f"| {name} | {res['precision_strict']:.3f} | {res['recall_strict']:.3f} | "
        f"**{res['f1_strict']:.3f}** | {res['f1_lax']:.3f} | {seconds:.2f} s |"
    )


def run_nltk(dev: Path, scorer, gold):
    if not Path(BENCH_PYTHON).exists():
        return "| NLTK gale_church | (not installed: set BENCH_PYTHON) | | | | |"
    script = Path(__file__).with_name("_nltk_gale_church.py")
    t0 = time.perf_counter()
    proc = subprocess.run(
        [BENCH_PYTHON, str(script), str(dev / "dev.de"), str(dev / "dev.fr")],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - t0
    with tempfile.NamedTemporaryFile("w", suffix=".align", delete=False) as fh:
        fh.write(proc.stdout)
    test = scorer.read_alignments(fh.name)
    os.unlink(fh.name)
    return row("NLTK 3.10 gale_church (whole process)", scorer.score([gold], [test]), seconds)


def ablation(src, tgt, gold, scorer):
    anchors = ["numbers", "punct", "identical", "cognates"]
    modes = [("length only", "length")]
    modes += [(f"length + {s}", f"length+{s}") for s in SIGNALS if s != "names"]
    modes += [("length + all anchors", "length+" + "+".join(anchors))]
    rest = [s for s in SIGNALS if s != "names"]
    modes += [(f"full without {s}", "length+" + "+".join(x for x in rest if x != s)) for s in rest]
    modes += [("**full**", "full")]
    try:
        from glossary import name_keys
    except ImportError:
        name_keys = None
    for name, mode in modes:
        t0 = time.perf_counter()
        result = align(src, tgt, src_lang="de", tgt_lang="fr", mode=mode, progress=False)
        seconds = time.perf_counter() - t0
        print(row(f"bitext {name}", scorer.score([gold], [beads_of(result)]), seconds), flush=True)
    if name_keys is not None:
        t0 = time.perf_counter()
        result = align(src, tgt, src_lang="de", tgt_lang="fr", name_keys=name_keys, progress=False)
        seconds = time.perf_counter() - t0
        res = scorer.score([gold], [beads_of(result)])
        print(row("bitext full + glossary name keys", res, seconds), flush=True)


def confidence(src, tgt, gold):
    """How well the bead scores sort errors first (AUC; errors in the lowest quarter)."""
    result = align(src, tgt, src_lang="de", tgt_lang="fr", progress=False)
    gold = set(gold)
    ranked = sorted(result.beads, key=lambda b: b.score)
    wrong = np.array([(tuple(b.src), tuple(b.tgt)) not in gold for b in ranked])
    scores = np.array([b.score for b in ranked])
    pos, neg = scores[~wrong], scores[wrong]
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    auc = greater / (len(pos) * len(neg)) if len(pos) and len(neg) else float("nan")
    quarter = len(ranked) // 4
    top_half = int(wrong[len(ranked) // 2 :].sum())
    print(
        f"\nConfidence: AUC {auc:.3f} (correct above wrong beads); the lowest-scored quarter "
        f"({quarter} beads) holds {int(wrong[:quarter].sum())} of the {int(wrong.sum())} "
        f"beads that are not in the gold; the top half holds {top_half}."
    )


def sensitivity(src, tgt, gold, scorer):
    base = Params()
    factors = (0.5, 0.75, 1.5, 2.0)
    print("\n| parameter | default | " + " | ".join(f"x{f}" for f in factors) + " |")
    print("|---|---|" + "---|" * len(factors))
    for field in dataclasses.fields(Params):
        value = getattr(base, field.name)
        cells = []
        for f in factors:
            new = value * f
            if isinstance(value, int):
                new = max(1, round(new))
                if field.name == "max_bead":
                    new = max(2, new)
            params = dataclasses.replace(base, **{field.name: new})
            result = align(src, tgt, mode="full", progress=False, params=params)
            res = scorer.score([gold], [beads_of(result)])
            cells.append(f"{res['f1_strict']:.3f} / {res['f1_lax']:.3f} ({new:g})")
        print(f"| {field.name} | {value:g} | " + " | ".join(cells) + " |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--sensitivity", action="store_true")
    args = ap.parse_args()
    src, tgt, gold, scorer = load(args.dev)
    print(f"Text+Berg dev: {len(src)} x {len(tgt)} sentences, {len(gold)} gold beads\n")
    print("| aligner | strict P | strict R | strict F1 | lax F1 | time |")
    print("|---|---|---|---|---|---|")
    print(run_nltk(args.dev, scorer, gold), flush=True)
    ablation(src, tgt, gold, scorer)
    confidence(src, tgt, gold)
    if args.sensitivity:
        sensitivity(src, tgt, gold, scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
