"""Mismatch detection: unrelated, partly related and genuine text pairs.

    .venv/bin/python benchmarks/align_mismatch.py

Every case is built from public text in ../shared and the sample corpora:
Text+Berg de-fr dev (one yearbook excerpt holding several articles, cut at
gold bead boundaries), the sample corpora (German, English, Hungarian), and
UD treebank sentences (German GSD, French GSD, English EWT dev), which are
not translations of anything here and so serve as unrelated text. Damaged
variants shuffle one side or splice a foreign passage into it. For each
case the table gives the document score (share of sentences whose bead
shares more than unrelated pairs do), the verdict and where.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "benchmarks" / "textberg-de-fr" / "dev"
UD = SHARED / "benchmarks" / "ud"


def textberg() -> tuple[list[str], list[str], list[tuple[list[int], list[int]]]]:
    sys.path.insert(0, str(SHARED / "tools"))
    import align_score

    src = (DEV / "dev.de").read_text(encoding="utf-8").splitlines()
    tgt = (DEV / "dev.fr").read_text(encoding="utf-8").splitlines()
    gold = [(list(s), list(t)) for s, t in align_score.read_alignments(str(DEV / "dev.defr"))]
    return src, tgt, gold


def textberg_part(lo: float, hi: float) -> tuple[list[str], list[str]]:
    """The beads between fractions lo and hi of the gold, as two texts."""
    src, tgt, gold = textberg()
    part = gold[int(lo * len(gold)) : int(hi * len(gold))]
    return [src[i] for s, _ in part for i in s], [tgt[j] for _, t in part for j in t]


def ud(name: str, limit: int) -> list[str]:
    path = next((UD / name).glob("*-ud-dev.conllu"))
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            out.append(line[9:].strip())
            if len(out) >= limit:
                break
    return out


def corpus(pair: str) -> tuple[list[str], list[str]]:
    rows = (ROOT / "corpora" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    cells = [r.split("\t") for r in rows]
    return [c[0] for c in cells if c[0].strip()], [
        c[1] for c in cells if len(c) > 1 and c[1].strip()
    ]


def shuffled(xs: list[str], seed: int) -> list[str]:
    out = xs[:]
    random.Random(seed).shuffle(out)
    return out


def cases():
    """(name, src, tgt, languages, unrelated?)"""
    de, fr, _ = textberg()
    de1, fr1 = textberg_part(0.0, 0.5)
    de2, fr2 = textberg_part(0.5, 1.0)
    bde, ben = corpus("belarus-diplomacy.de-en")
    _, bhu = corpus("belarus-diplomacy.de-hu")
    lde, len_ = corpus("letter.de-en")
    ud_de, ud_fr, ud_en = (
        ud("UD_German-GSD", 500),
        ud("UD_French-GSD", 500),
        ud("UD_English-EWT", 60),
    )
    cut = len(fr) // 2
    yield "Text+Berg first half de / second half fr", de1, fr2, ("de", "fr"), True
    yield "Text+Berg second half de / first half fr", de2, fr1, ("de", "fr"), True
    yield "sample article de / letter en", bde, len_, ("de", "en"), True
    yield "letter de / sample article en", lde, ben, ("de", "en"), True
    yield "UD German GSD / Text+Berg fr", ud_de[:470], fr, ("de", "fr"), True
    yield "Text+Berg de / UD French GSD", de, ud_fr, ("de", "fr"), True
    yield "sample article de / UD English EWT", bde, ud_en[:55], ("de", "en"), True
    yield "Text+Berg de / its fr shuffled", de, shuffled(fr, 1), ("de", "fr"), True
    yield "sample article de / its hu shuffled", bde, shuffled(bhu, 2), ("de", "hu"), True
    yield (
        "Text+Berg de / fr, second half from UD French",
        de,
        fr[:cut] + ud_fr[:cut],
        ("de", "fr"),
        True,
    )
    yield (
        "Text+Berg de / fr with 40% cut out (missing chapter)",
        de,
        fr[:150] + fr[370:],
        ("de", "fr"),
        True,
    )
    yield "Text+Berg de-fr (whole)", de, fr, ("de", "fr"), False
    yield "Text+Berg de-fr, first half", de1, fr1, ("de", "fr"), False
    yield "Text+Berg de-fr, second half", de2, fr2, ("de", "fr"), False
    for k in range(4):
        a, b = textberg_part(k / 4, (k + 1) / 4)
        yield f"Text+Berg de-fr, quarter {k + 1}", a, b, ("de", "fr"), False
    yield "sample article de-en", bde, ben, ("de", "en"), False
    yield "sample article de-hu", bde, bhu, ("de", "hu"), False
    yield "letter de-en", lde, len_, ("de", "en"), False


def main() -> int:
    from aligner.align import align

    try:
        from glossary import name_keys
    except ImportError:
        name_keys = None
    print("| case | sentences | document score | verdict | where | time |")
    print("|---|---|---|---|---|---|")
    right = {True: 0, False: 0}
    count = {True: 0, False: 0}
    for name, src, tgt, (sl, tl), unrelated in cases():
        t0 = time.perf_counter()
        result = align(src, tgt, src_lang=sl, tgt_lang=tl, name_keys=name_keys, progress=False)
        seconds = time.perf_counter() - t0
        verdict = result.info["mismatch"]
        where = ""
        if verdict:
            where = "; ".join(
                f"src {r['src'][0]}-{r['src'][1]}, tgt {r['tgt'][0]}-{r['tgt'][1]}"
                for r in verdict["regions"]
            )
        said = "**warning**" if verdict else "none"
        count[unrelated] += 1
        right[unrelated] += bool(verdict) == unrelated
        kind = "unrelated" if unrelated else "genuine"
        print(
            f"| {name} ({kind}) | {len(src)} x {len(tgt)} | "
            f"{result.info['document_score']:.2f} | {said} | {where} | {seconds:.1f} s |",
            flush=True,
        )
    print(
        f"\nWarnings on {right[True]} of {count[True]} unrelated or partly related pairs; "
        f"none on {right[False]} of {count[False]} genuine pairs."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
