"""Text+Berg de-fr dev: bitext's ablation beside NLTK's gale_church, in one run.

    .bench/bin/python benchmarks/align_textberg.py [--sensitivity] [--dictionary FILE]

Prints strict/lax precision, recall and F1 (the Vecalign/Bertalign metric,
../shared/tools/align_score.py), precision and recall of the 1-0 / 0-1
beads, and wall time; then the same sentences given one per line with a 1-1
truth. NLTK runs in its own environment (BENCH_PYTHON, default: the running
interpreter); hunalign is built from ../shared/peers/hunalign/ (see
_hunalign.py). With
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

import _hunalign
import numpy as np

from aligner.align import FULL, SIGNALS, STEPS, Params, align

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


def one_sided(gold, test) -> str:
    """Precision / recall of the 1-0 and 0-1 beads."""
    g = {b for b in gold if not b[0] or not b[1]}
    t = {b for b in test if not b[0] or not b[1]}
    p = len(g & t) / len(t) if t else 0.0
    return f"{p:.2f} / {len(g & t) / len(g) if g else 0.0:.2f} ({len(t)})"


def row(name, res, seconds, gold=None, test=None):
    side = one_sided(gold, test) if gold is not None else ""
    return (
        f"| {name} | {res['precision_strict']:.3f} | {res['recall_strict']:.3f} | "
        f"**{res['f1_strict']:.3f}** | {res['f1_lax']:.3f} | {side} | {seconds:.2f} s |"
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
    return row(
        "NLTK 3.10 gale_church (whole process)", scorer.score([gold], [test]), seconds, gold, test
    )


def run_hunalign(src, tgt, scorer, gold, dictionary=None):
    if not _hunalign.available():
        return "| hunalign 1.1 | (not built: see benchmarks/_hunalign.py) | | | | | |"
    out = _hunalign.run(src, tgt, dictionary=dictionary[1] if dictionary else None)
    if "error" in out:
        return f"| hunalign 1.1 | ({out['error']}) | | | | | |"
    res = scorer.score([gold], [out["beads"]])
    what = f"dictionary {dictionary[0]}" if dictionary else "no dictionary"
    name = f"hunalign 1.1, {what} (whole process)"
    return row(name, res, out["seconds"], gold, out["beads"])


def ablation(src, tgt, gold, scorer, dictionary=None):
    anchors = ["numbers", "punct", "identical", "cognates"]
    modes = [("length only", "length")]
    modes += [(f"length + {s}", f"length+{s}") for s in SIGNALS if s != "names"]
    modes += [("length + all anchors", "length+" + "+".join(anchors))]
    # names need the glossary's keys (the last row); without them they are silent
    rest = [s for s in FULL if s != "names"]
    modes += [(f"full without {s}", "length+" + "+".join(x for x in rest if x != s)) for s in rest]
    modes += [("full + subwords", "full+subwords")]
    try:
        from glossary import name_keys
    except ImportError:
        name_keys = None
    runs = [(name, {"mode": mode}) for name, mode in modes]
    runs += [(f"full without step {s}", {"steps": [x for x in STEPS if x != s]}) for s in STEPS]
    runs += [("full without any step", {"steps": []})]
    runs += [("**full**", {})]
    if name_keys is not None:
        runs += [("full + glossary name keys", {"name_keys": name_keys})]
    if dictionary is not None:
        name, pairs = dictionary
        runs += [(f"full + dictionary {name} ({len(pairs):,} pairs)", {"dictionary": pairs})]
    for name, kwargs in runs:
        t0 = time.perf_counter()
        result = align(src, tgt, src_lang="de", tgt_lang="fr", progress=False, **kwargs)
        seconds = time.perf_counter() - t0
        test = beads_of(result)
        res = scorer.score([gold], [test])
        print(row(f"bitext {name}", res, seconds, gold, test), flush=True)


def one_per_line(src, tgt, gold):
    """One sentence per line on both sides, where the truth is 1-1 all the way down.

    Two documents: the gold's 1-1 beads, and every two-sided gold bead with
    its sentences joined into one line per side (so the lines are as freely
    translated, and as uneven in length, as the book's merges).
    """
    ones = [(s, t) for s, t in gold if len(s) == 1 and len(t) == 1]
    joined = [(s, t) for s, t in gold if s and t]
    for title, beads in (
        ("the gold's 1-1 beads", ones),
        ("every two-sided gold bead, each side joined into one line", joined),
    ):
        a = [" ".join(src[i] for i in s) for s, _ in beads]
        b = [" ".join(tgt[j] for j in t) for _, t in beads]
        print(f"\nOne line per side, 1-1 truth ({len(beads)} pairs from {title}):\n")
        _pair_table(a, b)


def _pair_table(a, b):
    truth = {(k, k) for k in range(len(a))}
    print("| aligner | pair P | pair R | pair F1 | beads other than 1-1 |")
    print("|---|---|---|---|---|")
    found = {}
    for name, kwargs in (
        ("bitext full", {}),
        ("bitext full + subwords", {"mode": "full+subwords"}),
        ("bitext without step type_floor", {"steps": [s for s in STEPS if s != "type_floor"]}),
    ):
        result = align(a, b, src_lang="de", tgt_lang="fr", progress=False, **kwargs)
        found[name] = [(tuple(x.src), tuple(x.tgt)) for x in result.beads]
    if _hunalign.available():
        out = _hunalign.run(a, b)
        if "beads" in out:
            found["hunalign 1.1, no dictionary"] = out["beads"]
    for name, beads in found.items():
        pairs = {(s[0], t[0]) for s, t in beads if len(s) == 1 and len(t) == 1}
        p = len(pairs & truth) / max(len(pairs), 1)
        r = len(pairs & truth) / len(truth)
        other = sum(1 for s, t in beads if (len(s), len(t)) != (1, 1))
        print(f"| {name} | {p:.3f} | {r:.3f} | **{2 * p * r / max(p + r, 1e-9):.3f}** | {other} |")


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
    ap.add_argument(
        "--dictionary",
        type=Path,
        help="a de-fr dictionary for one more row: FreeDict's freedict-deu-fra.index "
        "(apt-get download dict-freedict-deu-fra) or hunalign's format",
    )
    args = ap.parse_args()
    src, tgt, gold, scorer = load(args.dev)
    dictionary = None
    if args.dictionary:
        from aligner.align import dictd, resources

        path = args.dictionary
        if dictd.is_dictd(path):
            dictionary = (path.name, dictd.read_dictd(path, "de", "fr"))
        else:
            dictionary = (path.name, resources.read_hunalign_dictionary(path))
    print(f"Text+Berg dev: {len(src)} x {len(tgt)} sentences, {len(gold)} gold beads\n")
    print("| aligner | strict P | strict R | strict F1 | lax F1 | 1-0/0-1 P / R (n) | time |")
    print("|---|---|---|---|---|---|---|")
    print(run_nltk(args.dev, scorer, gold), flush=True)
    print(run_hunalign(src, tgt, scorer, gold), flush=True)
    if dictionary is not None:
        print(run_hunalign(src, tgt, scorer, gold, dictionary), flush=True)
    ablation(src, tgt, gold, scorer, dictionary)
    confidence(src, tgt, gold)
    one_per_line(src, tgt, gold)
    if args.sensitivity:
        sensitivity(src, tgt, gold, scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
