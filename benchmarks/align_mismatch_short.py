"""Mismatch verdicts on short documents: genuine pairs quiet, unrelated ones warned?

    .venv/bin/python benchmarks/align_mismatch_short.py [--skip-batch] [--cases]

Two sets, neither the one ``align_mismatch.py`` shows:

1. The batch corpus (``batch_corpus.py``, seed 7): 320 genuine pairs of 1 to
   102 sentences a side, read and segmented as ``bitext batch`` does. Every
   verdict there is a false warning.
2. A check set of short pieces (12 to 40 beads) cut at gold bead boundaries
   from other places and other sources:
   - genuine: contiguous windows of Text+Berg dev (de-fr), of the sample
     corpora (de-en, de-hu), and Okapi's en-de technical sample
     (``tests/data/tmx/okapi_oku_alignment_en-us_de-de_sample14b.tmx``, 25
     units; Apache-2.0, see tests/data/tmx/SOURCES.md), whole and halved;
   - unrelated: a window's source beside a far window's target, beside UD
     dev sentences (German GSD, French GSD, English EWT, Hungarian Szeged:
     translations of nothing here), or beside the Okapi manual;
   - partial: a window whose target lacks its middle third (a missing
     chapter), or carries a different passage of the same size after it
     (another article appended).

The table gives, per class and size, the cases, how many got the mismatch
verdict, and how many got any warning ``bitext align`` prints: the verdict,
or more than 30 % of the sentences left unpaired.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import align_mismatch as base  # noqa: E402  (texts of the first benchmark)
import batch_corpus  # noqa: E402

ROOT = base.ROOT
OKAPI = ROOT / "tests" / "data" / "tmx" / "okapi_oku_alignment_en-us_de-de_sample14b.tmx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (12, 20, 30, 40)


def okapi() -> list[tuple[str, str]]:
    """(en, de) units of the Okapi sample."""
    units = []
    for tu in ET.parse(OKAPI).getroot().iter("tu"):
        seg = {
            tuv.get(XML_LANG, "").lower()[:2]: "".join(tuv.find("seg").itertext()).strip()
            for tuv in tu.iter("tuv")
        }
        units.append((seg["en"], seg["de"]))
    return units


def gold_beads(name: str) -> list[tuple[list[str], list[str]]]:
    """A source's gold beads, each side as its list of sentences."""
    if name == "textberg":
        src, tgt, gold = base.textberg()
        return [([src[i] for i in s], [tgt[j] for j in t]) for s, t in gold]
    if name == "okapi":
        return [([en], [de]) for en, de in okapi()]
    rows = batch_corpus.sample(f"{name}.tsv")
    return [([a] if a.strip() else [], [b] if b.strip() else []) for a, b in rows]


def sides(beads) -> tuple[list[str], list[str]]:
    return [s for b in beads for s in b[0]], [t for b in beads for t in b[1]]


def windows(beads, size: int, count: int) -> list[int]:
    """Starts of up to ``count`` disjoint windows of ``size`` beads, spread over the text."""
    starts = range(0, len(beads) - size + 1, size)
    step = max(1, len(starts) // count)
    return list(starts)[::step][:count]


SOURCES = {
    "textberg": ("de", "fr"),
    "belarus-diplomacy.de-en": ("de", "en"),
    "belarus-diplomacy.de-hu": ("de", "hu"),
    "okapi": ("en", "de"),
}
FOREIGN = {  # UD text in each target language: unrelated to everything here
    "fr": "UD_French-GSD",
    "en": "UD_English-EWT",
    "hu": "UD_Hungarian-Szeged",
    "de": "UD_German-GSD",
}


def check_set():
    """(class, source, size, name, src, tgt, langs)."""
    ud = {lang: base.ud(name, 400) for lang, name in FOREIGN.items()}
    okapi_de = sides(gold_beads("okapi"))[1]
    for source, langs in SOURCES.items():
        beads = gold_beads(source)
        per_size = 6 if source == "textberg" else 2
        for size in SIZES:
            wins = [(a, a + size) for a in windows(beads, size, per_size)]
            if source == "okapi" and size == 12:
                wins = [(0, 12), (12, len(beads))]
            if source == "okapi" and size == 20:
                wins = [(0, len(beads))]  # the whole sample, 25 units
            for k, (lo, hi) in enumerate(wins):
                win = beads[lo:hi]
                src, tgt = sides(win)
                tag = f"{source} {size}/{k}"
                yield "genuine", source, size, tag, src, tgt, langs
                # unrelated: another window of the text that does not overlap this one
                others = [
                    beads[a : a + size]
                    for a in windows(beads, size, 8)
                    if a + size <= lo or a >= hi
                ]
                if others and source != "okapi":
                    far = others[(k + len(others) // 2) % len(others)]
                    far_tgt = sides(far)[1]
                    yield "unrelated", source, size, f"{tag} / far window", src, far_tgt, langs
                offset = (7 * k + size) % (len(ud[langs[1]]) - len(tgt))
                foreign = ud[langs[1]][offset : offset + len(tgt)]
                yield "unrelated", source, size, f"{tag} / UD", src, foreign, langs
                # partial: the middle third missing, or another passage appended
                third = len(win) // 3
                cut = sides(win[:third] + win[2 * third :])[1]
                yield "partial", source, size, f"{tag} middle third cut", src, cut, langs
                if others:
                    extra = sides(others[(k + 1) % len(others)])[1]
                    yield "partial", source, size, f"{tag} + other passage", src, tgt + extra, langs
    # the German of the Okapi manual as the "translation" of German-English sources' English
    bde, ben = base.corpus("belarus-diplomacy.de-en")
    for k, size in enumerate(SIZES[:3]):
        src = ben[k * 12 : k * 12 + size]
        name = f"article en {size} / Okapi de"
        yield "unrelated", "okapi", size, name, src, okapi_de, ("en", "de")


def batch_pairs(folder: Path):
    manifest = batch_corpus.build(folder)
    with open(manifest, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def align_one(src, tgt, langs, name_keys):
    from aligner.align import align

    src_lang, tgt_lang = langs
    return align(
        src,
        tgt,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        name_keys=name_keys,
        progress=False,
    )


MANY_UNPAIRED = 0.3  # share of unpaired sentences past which ``bitext align`` warns too


def loudness(info: dict, sentences: int) -> tuple[bool, bool]:
    """(mismatch verdict, any warning bitext align prints) for one alignment."""
    said = bool(info["mismatch"])
    unpaired = info["unpaired_src"] + info["unpaired_tgt"]
    return said, said or unpaired > MANY_UNPAIRED * sentences


def run_batch(name_keys) -> dict:
    """Align the batch corpus's pairs as ``bitext batch`` reads them; count the warnings."""
    from aligner.align.mismatch import MAX_SHARE
    from aligner.read import read_document
    from aligner.segment import segment_document

    out = {"count": 0, "verdict": 0, "failed": 0, "loud": 0, "seconds": 0.0, "shown": []}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for row in batch_pairs(root):
            s = read_document(str(root / row["src"]), lang=row["src_lang"])
            t = read_document(str(root / row["tgt"]), lang=row["tgt_lang"])
            ss, ts = segment_document(s), segment_document(t)
            t0 = time.perf_counter()
            info = align_one(ss, ts, (s.lang, t.lang), name_keys).info
            out["seconds"] += time.perf_counter() - t0
            said, loud = loudness(info, len(ss) + len(ts))
            out["count"] += 1
            out["verdict"] += said
            out["loud"] += loud
            if said:
                share = info["mismatch"]["share"]
                out["failed"] += share > MAX_SHARE  # what bitext batch reports as failed
                out["shown"].append(f"{row['name']} ({len(ss)} x {len(ts)}, {share:.0%})")
    return out


def percent(k: int, n: int) -> str:
    return f"{k} ({k / n:.0%})" if n else "0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-batch", action="store_true", help="leave out the batch corpus")
    parser.add_argument("--cases", action="store_true", help="print every case of the check set")
    args = parser.parse_args(argv)
    try:
        from glossary import name_keys
    except ImportError:
        name_keys = None
    if not args.skip_batch:
        b = run_batch(name_keys)
        print("| set | pairs | mismatch verdict | 'not a translation' | any warning | align time |")
        print("|---|---|---|---|---|---|")
        n = b["count"]
        print(
            f"| batch corpus, genuine | {n} | {percent(b['verdict'], n)} | {b['failed']} | "
            f"{percent(b['loud'], n)} | {b['seconds']:.1f} s |"
        )
        if b["shown"]:
            print("\nmismatch verdicts:", "; ".join(b["shown"]))
        print()
    table: dict[tuple[str, int], list[int]] = {}
    seconds = 0.0
    if args.cases:
        print("| class | case | sentences | score | verdict |")
        print("|---|---|---|---|---|")
    for kind, _source, size, name, src, tgt, langs in check_set():
        t0 = time.perf_counter()
        info = align_one(src, tgt, langs, name_keys).info
        seconds += time.perf_counter() - t0
        said, loud = loudness(info, len(src) + len(tgt))
        for key in ((kind, size), (kind, 0)):
            cell = table.setdefault(key, [0, 0, 0])
            cell[0] += said
            cell[1] += loud
            cell[2] += 1
        if args.cases:
            verdict = "**mismatch**" if said else ("unpaired" if loud else "none")
            print(
                f"| {kind} | {name} | {len(src)} x {len(tgt)} | "
                f"{info['document_score']:.2f} | {verdict} |",
                flush=True,
            )
    print("\n| class | beads a piece | cases | mismatch verdict | any warning |")
    print("|---|---|---|---|---|")
    for (kind, size), (said, loud, count) in sorted(table.items()):
        label = f"**{kind}, all**" if size == 0 else kind
        print(
            f"| {label} | {size or 'all'} | {count} | {percent(said, count)} | "
            f"{percent(loud, count)} |"
        )
    print(f"\nalign time of the check set: {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
