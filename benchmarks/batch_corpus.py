"""Build a corpus of real document pairs for ``bitext batch`` from the texts at hand.

    python benchmarks/batch_corpus.py OUTDIR [--pairs 320] [--seed 7]

Writes OUTDIR/docs/<lang pair>/NNNN.<lang>.txt and OUTDIR/manifest.csv.

The sources are aligned by hand, so every document is cut at bead
boundaries and stays a true translation of its counterpart:

- Text+Berg dev (``../shared/benchmarks/textberg-de-fr/dev``: German-French,
  Swiss Alpine Club yearbook 1957, 422 gold beads; GPL v2, see its LICENSE);
- the sample corpora's gold tables (``corpora/*.tsv``: German-English and
  German-Hungarian news article, German-English letter; MIT).

Each source is cut into passages of 6 to 20 consecutive beads; a document
is 2 to 6 passages of one source in a seeded order, written as paragraphs of
1 to 4 beads. Documents are therefore arrangements of real translated
passages (a passage recurs in several documents), 30 to 150 sentences a
side, like the articles and reports a corpus is made of. The same seed gives
byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
TEXTBERG = SHARED / "benchmarks" / "textberg-de-fr" / "dev"

Bead = tuple[str, str]  # source side, target side (sentences joined by spaces; may be empty)


def textberg() -> list[Bead]:
    sys.path.insert(0, str(SHARED / "tools"))
    import align_score

    de = (TEXTBERG / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (TEXTBERG / "dev.fr").read_text(encoding="utf-8").splitlines()
    beads = align_score.read_alignments(str(TEXTBERG / "dev.defr"))
    return [
        (" ".join(de[i].strip() for i in s), " ".join(fr[j].strip() for j in t)) for s, t in beads
    ]


def sample(name: str) -> list[Bead]:
    with open(ROOT / "corpora" / name, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row[0], row[1]) for row in rows[1:]]


def sources() -> dict[str, tuple[str, str, list[Bead], int]]:
    """Language pair -> (src lang, tgt lang, beads, share of the documents in 100)."""
    de_en = sample("belarus-diplomacy.de-en.tsv") + sample("letter.de-en.tsv")
    return {
        "de-fr": ("de", "fr", textberg(), 70),
        "de-en": ("de", "en", de_en, 15),
        "de-hu": ("de", "hu", sample("belarus-diplomacy.de-hu.tsv"), 15),
    }


def passages(beads: list[Bead], rng: random.Random) -> list[list[Bead]]:
    out, k = [], 0
    while k < len(beads):
        size = rng.randint(6, 20)
        out.append(beads[k : k + size])
        k += size
    return out


def document(parts: list[list[Bead]], rng: random.Random) -> tuple[str, str]:
    """Both sides as text: paragraphs of 1-4 beads, blank lines between them."""
    beads = [b for part in parts for b in part]
    src_pars, tgt_pars, k = [], [], 0
    while k < len(beads):
        size = rng.randint(1, 4)
        chunk = beads[k : k + size]
        k += size
        src = " ".join(s for s, _ in chunk if s)
        tgt = " ".join(t for _, t in chunk if t)
        if src:
            src_pars.append(src)
        if tgt:
            tgt_pars.append(tgt)
    return "\n\n".join(src_pars) + "\n", "\n\n".join(tgt_pars) + "\n"


def build(outdir: Path, pairs: int = 320, seed: int = 7) -> Path:
    """Write the documents and their manifest; return the manifest's path."""
    rng = random.Random(seed)
    rows = []
    for pair, (src_lang, tgt_lang, beads, share) in sources().items():
        pool = passages(beads, rng)
        count = pairs * share // 100
        folder = outdir / "docs" / pair
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(count):
            parts = rng.sample(pool, k=min(len(pool), rng.randint(2, 6)))
            src, tgt = document(parts, rng)
            name = f"{pair}/{n:04d}"
            src_path = folder / f"{n:04d}.{src_lang}.txt"
            tgt_path = folder / f"{n:04d}.{tgt_lang}.txt"
            src_path.write_text(src, encoding="utf-8")
            tgt_path.write_text(tgt, encoding="utf-8")
            rows.append(
                [
                    str(src_path.relative_to(outdir)),
                    str(tgt_path.relative_to(outdir)),
                    name,
                    src_lang,
                    tgt_lang,
                ]
            )
    manifest = outdir / "manifest.csv"
    with open(manifest, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["src", "tgt", "name", "src_lang", "tgt_lang"])
        writer.writerows(rows)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--pairs", type=int, default=320)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    manifest = build(args.outdir, args.pairs, args.seed)
    lines = sum(1 for _ in open(manifest, encoding="utf-8")) - 1
    print(f"{lines} pairs listed in {manifest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
