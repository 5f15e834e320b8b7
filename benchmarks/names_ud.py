"""False persons on real text in every language bitext segments: UD dev parts, one text each.

UD treebanks carry no person labels, but they tag every word's part of speech:
a predicted person none of whose words is a proper noun (PROPN) is certainly
wrong (*Нобелевской* in *Нобелевской премии*, *Nowa* at a sentence start), and
so is a predicted place none of whose words is one. The share of such
predictions is a precision floor measured on text detection was never tuned
on; it says nothing of recall.

Run: ``.venv/bin/python benchmarks/names_ud.py`` (``--misses N`` prints N wrong
persons per treebank on stderr; ``--only ru,pl`` limits the treebanks).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from names_detect import SHARED, read_ud  # noqa: E402

UD = SHARED / "benchmarks" / "ud"

#: Treebank folder → the language bitext reads it as.
TREEBANKS = {
    "UD_German-GSD": "de",
    "UD_English-EWT": "en",
    "UD_French-GSD": "fr",
    "UD_Polish-LFG": "pl",
    "UD_Polish-PDB": "pl",
    "UD_Russian-GSD": "ru",
    "UD_Russian-Taiga": "ru",
    "UD_Hungarian-Szeged": "hu",
    "UD_Czech-CAC": "cs",
    "UD_Czech-FicTree": "cs",
    "UD_Ukrainian-IU": "uk",
    "UD_Belarusian-HSE": "be",
}


def check(path: Path, lang: str) -> dict:
    """Predicted persons and places of one dev part, and those with no proper noun."""
    from glossary.text import text_mentions

    text, words = read_ud(path)
    t0 = time.perf_counter()
    found = text_mentions(text, lang)
    secs = time.perf_counter() - t0
    out: dict = {"persons": 0, "places": 0, "wrong persons": [], "wrong places": [], "secs": secs}
    starts = sorted(words)
    for m in found:
        if m.kind not in ("person", "place"):
            continue
        tags = [u for s, e, u in starts if s < m.end and m.start < e]
        plural = "persons" if m.kind == "person" else "places"
        out[plural] += 1
        if tags and "PROPN" not in tags:
            out["wrong " + plural].append(text[m.start : m.end])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--only", default="", help="comma-separated languages")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    print("| treebank | lang | persons | no PROPN | share | places | no PROPN | seconds |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    total = [0, 0]
    for folder, lang in TREEBANKS.items():
        if only and lang not in only:
            continue
        dev = sorted((UD / folder).glob("*-ud-dev.conllu"))
        if not dev:
            print(f"{UD / folder}: no dev part", file=sys.stderr)
            continue
        r = check(dev[0], lang)
        bad = len(r["wrong persons"])
        total[0] += r["persons"]
        total[1] += bad
        share = f"{bad / r['persons']:.1%}" if r["persons"] else "–"
        print(
            f"| {folder[3:]} | {lang} | {r['persons']} | {bad} | {share} | {r['places']} "
            f"| {len(r['wrong places'])} | {r['secs']:.1f} |"
        )
        if args.misses:
            for kind in ("wrong persons", "wrong places"):
                print(folder, kind, " | ".join(r[kind][: args.misses]), file=sys.stderr)
    if total[0]:
        print(f"| all | | {total[0]} | {total[1]} | {total[1] / total[0]:.1%} | | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
