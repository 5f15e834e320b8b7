"""Language detection on real text: UD dev parts cut into texts of 1, 3 and 10 sentences.

``bitext segment``, ``align`` and ``names find`` guess a file's language when
``--lang`` is not given; a wrong guess picks the wrong sentence rules, a missing
one makes the user name it. Each UD dev part (nine languages) is cut into
consecutive pieces of k sentences; the table gives, per language and k, the share
bitext detects right, leaves undecided (asks for ``--lang``) and gets wrong.

Peer in the same run: langid.py 1.1.6 (``pip install langid``; from this
environment, or the Python named by ``PEER_PYTHON``, by default
``.bench/venv/bin/python``), restricted to the languages bitext's detector
knows; it always answers, so its undecided column is empty. A first line gives
what bitext's first guess costs: the model's loading time and peak memory.

Run: ``.venv/bin/python benchmarks/langid_bench.py [--sizes 1 3 10] [--wrong N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from names_detect import SHARED  # noqa: E402
from names_ud import TREEBANKS  # noqa: E402

UD = SHARED / "benchmarks" / "ud"
#: The languages bitext's detector chooses among (``aligner.segment.detect``).
CANDIDATES = "de en hu fr pl cs sk es it nl pt ru uk be bg".split()
_PEER = """
import json, sys
import langid
langid.set_languages(sys.argv[1].split(","))
for line in sys.stdin:
    print(langid.classify(json.loads(line))[0], flush=False)
"""


def sentences(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*dev.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                out.append(line[len("# text = ") :])
    return out


def pieces(sents: list[str], k: int) -> list[str]:
    return [" ".join(sents[i : i + k]) for i in range(0, len(sents) - k + 1, k)]


def peer_labels(texts: list[str]) -> list[str] | None:
    """langid's answer for each text, None when langid is nowhere installed."""
    try:
        import langid  # noqa: PLC0415
    except ImportError:
        python = os.environ.get("PEER_PYTHON", str(ROOT / ".bench" / "venv" / "bin" / "python"))
        if not Path(python).exists():
            return None
        stdin = "".join(json.dumps(t) + "\n" for t in texts)
        proc = subprocess.run(
            [python, "-c", _PEER, ",".join(CANDIDATES)],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            return None
        return proc.stdout.split()
    langid.set_languages(CANDIDATES)
    return [langid.classify(t)[0] for t in texts]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 3, 10])
    ap.add_argument("--wrong", type=int, default=0, help="print N of bitext's wrong guesses")
    args = ap.parse_args()
    if not UD.is_dir():
        print(f"no UD data at {UD}", file=sys.stderr)
        return 1
    from aligner.segment import detect_language

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    detect_language("Die Regierung hat am Montag einen neuen Haushalt vorgelegt.")
    load = time.perf_counter() - t0
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(f"bitext's model: first guess (the model loaded) {load:.2f} s, peak +{grown:.0f} MB")
    print()
    print(
        "| treebank | lang | sentences a text | texts | bitext right | undecided | wrong "
        "| langid right | wrong |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    totals: dict[int, list[int]] = {k: [0, 0, 0, 0, 0] for k in args.sizes}
    for folder, lang in TREEBANKS.items():
        sents = sentences(UD / folder)
        for k in args.sizes:
            texts = pieces(sents, k)
            ours = [detect_language(t) for t in texts]
            right = sum(g == lang for g in ours)
            unsure = sum(g is None for g in ours)
            wrong = len(texts) - right - unsure
            peer = peer_labels(texts)
            p_right = sum(g == lang for g in peer) if peer is not None else None
            t = totals[k]
            t[0] += len(texts)
            t[1] += right
            t[2] += unsure
            t[3] += p_right or 0
            t[4] += 1 if peer is not None else 0
            n = len(texts)
            peer_cells = (
                f"{p_right / n:.3f} | {(n - p_right) / n:.3f}"
                if p_right is not None
                else "not installed | –"
            )
            print(
                f"| {folder[3:]} | {lang} | {k} | {n} | {right / n:.3f} | {unsure / n:.3f} "
                f"| {wrong / n:.3f} | {peer_cells} |"
            )
            if args.wrong:
                bad = [(g, t) for g, t in zip(ours, texts, strict=True) if g not in (lang, None)]
                for guess, text in bad[: args.wrong]:
                    print(f"  {lang}->{guess}: {text[:100]}", file=sys.stderr)
    for k, (n, right, unsure, p_right, peer_runs) in totals.items():
        peer_cells = (
            f"{p_right / n:.3f} | {(n - p_right) / n:.3f}" if peer_runs else "not installed | –"
        )
        print(
            f"| all | | {k} | {n} | {right / n:.3f} | {unsure / n:.3f} "
            f"| {(n - right - unsure) / n:.3f} | {peer_cells} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
