"""Sentence segmentation in twelve treebanks: bitext beside seven peers, in one run.

Run from the repository root with the benchmark environment (peers are not
bitext dependencies):

    .bench/bin/python benchmarks/segment_bench.py [--only bitext pySBD] [--big]

Data comes from ../shared: the dev parts of the UD treebanks in
``benchmarks/ud/``, the German golden rules, and the scorer
``tools/seg_score.py``, whose protocol this script uses (``# text`` lines
joined by one space, a blank line at a new paragraph, texts of 200 sentences;
a boundary counts when it falls on the gold offset, white space ignored).

Prints a language x segmenter F1 table, the same as P / R / F1 in long form,
German golden rules, and throughput over all dev texts (the segmenter call
alone) with the ratio to pySBD. Peers that do not know a language run with a
related one (pySBD: Czech as Slovak, Ukrainian and Belarusian as Russian,
Hungarian as English; Moses: Ukrainian and Belarusian as Russian; LanguageTool:
Czech as Slovak, Hungarian as English). ``--big``
also runs ``bitext segment`` on a 50 MB single-line file.
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
UD = BENCH / "ud"

TREEBANKS = {
    "de GSD": ("de", "UD_German-GSD/de_gsd-ud-dev.conllu"),
    "en EWT": ("en", "UD_English-EWT/en_ewt-ud-dev.conllu"),
    "fr GSD": ("fr", "UD_French-GSD/fr_gsd-ud-dev.conllu"),
    "pl PDB": ("pl", "UD_Polish-PDB/pl_pdb-ud-dev.conllu"),
    "pl LFG": ("pl", "UD_Polish-LFG/pl_lfg-ud-dev.conllu"),
    "ru GSD": ("ru", "UD_Russian-GSD/ru_gsd-ud-dev.conllu"),
    "ru Taiga": ("ru", "UD_Russian-Taiga/ru_taiga-ud-dev.conllu"),
    "hu Szeged": ("hu", "UD_Hungarian-Szeged/hu_szeged-ud-dev.conllu"),
    "cs CAC": ("cs", "UD_Czech-CAC/cs_cac-ud-dev.conllu"),
    "cs FicTree": ("cs", "UD_Czech-FicTree/cs_fictree-ud-dev.conllu"),
    "uk IU": ("uk", "UD_Ukrainian-IU/uk_iu-ud-dev.conllu"),
    "be HSE": ("be", "UD_Belarusian-HSE/be_hse-ud-dev.conllu"),
}

PYSBD_LANG = {"cs": "sk", "uk": "ru", "be": "ru", "hu": "en"}
MOSES_LANG = {"uk": "ru", "be": "ru"}
SRX_LANG = {"cs": "sk", "hu": "en"}  # segment.srx has no Czech or Hungarian rules


def load_scorer():
    spec = importlib.util.spec_from_file_location("seg_score", SHARED / "tools" / "seg_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Each factory takes a language code and returns text -> list of sentences.


def bitext_segmenter(lang):
    from aligner.segment import segment

    return lambda text: [s.text for s in segment(text, lang, markdown=False)]


def pysbd_segmenter(lang):
    import pysbd

    return pysbd.Segmenter(language=PYSBD_LANG.get(lang, lang), clean=False).segment


def syntok_segmenter(lang):
    from syntok import segmenter

    def run(text):
        out = []
        for paragraph in segmenter.process(text):
            for sentence in paragraph:
                out.append("".join(t.spacing + t.value for t in sentence).strip())
        return out

    return run


def blingfire_segmenter(lang):
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


def segtok_segmenter(lang):
    from segtok.segmenter import split_multi

    return lambda text: list(split_multi(text))


def moses_segmenter(lang):
    from sentence_splitter import SentenceSplitter

    splitter = SentenceSplitter(language=MOSES_LANG.get(lang, lang))
    return splitter.split


def spacy_segmenter(lang):
    import spacy

    try:
        nlp = spacy.blank(lang)
    except Exception:  # a language spaCy cannot tokenise without extra packages
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**8
    return lambda text: [s.text for s in nlp(text).sents]


def srx_segmenter(lang):
    """LanguageTool's segment.srx through choppa-srx (paragraphs end at a blank line)."""
    from importlib.resources import files

    from choppa import SrxDocument, SrxTextIterator

    rules = files("choppa") / "data" / "srx" / "languagetool_segment.srx"
    document = SrxDocument(ruleset=str(rules))
    return lambda text: list(SrxTextIterator(document, f"{SRX_LANG.get(lang, lang)}_two", text))


def bitext_srx_segmenter(lang):
    """LanguageTool's segment.srx (the copy in tests/data) through bitext's SRX engine."""
    from aligner.segment import load_srx, segment

    rules = load_srx(ROOT / "tests" / "data" / "srx" / "languagetool_segment.srx")
    code = SRX_LANG.get(lang, lang)
    return lambda text: [s.text for s in segment(text, code, markdown=False, srx=rules)]


PEERS = {
    "bitext": bitext_segmenter,
    "pySBD": pysbd_segmenter,
    "syntok": syntok_segmenter,
    "blingfire": blingfire_segmenter,
    "segtok": segtok_segmenter,
    "Moses": moses_segmenter,
    "spaCy": spacy_segmenter,
    "LT SRX": srx_segmenter,
    "bitext --srx LT": bitext_srx_segmenter,
}
#: Rows that are bitext itself, never counted as the best peer.
OWN = ("bitext", "bitext --srx LT")


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


def score(scorer, chunks, run, misses=None):
    """(P, R, F1, seconds, chars) over the chunks; ``misses`` collects the errors."""
    tp = fp = fn = chars = 0
    seconds = 0.0
    for text, gold in chunks:
        t0 = time.perf_counter()
        sents = run(text)
        seconds += time.perf_counter() - t0
        chars += len(text)
        pred, ref = set(scorer.offsets(text, sents)), set(gold)
        tp, fp, fn = tp + len(pred & ref), fp + len(pred - ref), fn + len(ref - pred)
        if misses is not None:
            misses.extend(("fp", text, o) for o in sorted(pred - ref))
            misses.extend(("fn", text, o) for o in sorted(ref - pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, seconds, chars


def big_file_run(size_mb: int = 50) -> None:
    """``bitext segment`` on one line of ``size_mb`` MB: wall time and peak memory."""
    path_de = UD / TREEBANKS["de GSD"][1]
    sentences = [
        line[len("# text = ") :].rstrip("\n")
        for line in path_de.open(encoding="utf-8")
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


def show_misses(misses, limit: int) -> None:
    for kind, text, offset in misses[:limit]:
        left = text[max(0, offset - 70) : offset].replace("\n", "⏎")
        right = text[offset : offset + 40].replace("\n", "⏎")
        print(f"  {kind} …{left}‖{right}…", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--big", action="store_true", help="also run the 50 MB single-line file")
    ap.add_argument("--only", nargs="*", help="segmenters to run (default: all)")
    ap.add_argument("--lang", nargs="*", help="treebanks to run, e.g. 'en EWT' or 'en'")
    ap.add_argument("-v", type=int, default=0, metavar="N", help="show N of bitext's errors")
    args = ap.parse_args()
    scorer = load_scorer()
    banks = {
        name: (lang, UD / rel)
        for name, (lang, rel) in TREEBANKS.items()
        if (UD / rel).exists() and (not args.lang or name in args.lang or lang in args.lang)
    }
    chunks = {name: list(scorer.ud_chunks(str(path))) for name, (_, path) in banks.items()}
    names = [n for n in PEERS if not args.only or n in args.only]
    results: dict[tuple[str, str], tuple] = {}
    speed: dict[str, list[float]] = {}
    for name in names:
        for bank, (lang, _) in banks.items():
            try:
                run = PEERS[name](lang)
            except ImportError as err:
                print(f"{name}: not installed ({err})", file=sys.stderr)
                break
            misses = [] if (name == "bitext" and args.v) else None
            p, r, f, seconds, chars = score(scorer, chunks[bank], run, misses)
            results[name, bank] = (p, r, f)
            total = speed.setdefault(name, [0.0, 0.0])
            total[0] += seconds
            total[1] += chars
            if misses:
                print(f"{bank}: {len(misses)} errors", file=sys.stderr)
                show_misses(misses, args.v)
    ran = [n for n in names if any((n, b) in results for b in banks)]
    print("Boundary F1, UD dev parts (best peer in bold):\n")
    print("| treebank | " + " | ".join(ran) + " | best peer |")
    print("|---" * (len(ran) + 2) + "|")
    for bank in banks:
        peers = [(results[n, bank][2], n) for n in ran if n not in OWN and (n, bank) in results]
        best = max(peers) if peers else (0.0, "-")
        cells = []
        for n in ran:
            if (n, bank) not in results:
                cells.append("-")
                continue
            f = results[n, bank][2]
            cells.append(f"**{f:.3f}**" if n not in OWN and f == best[0] else f"{f:.3f}")
        print(f"| {bank} | " + " | ".join(cells) + f" | {best[1]} {best[0]:.3f} |")
    print("\nPrecision / recall / F1:\n")
    print("| treebank | segmenter | P | R | F1 |")
    print("|---|---|---|---|---|")
    for bank in banks:
        for n in ran:
            if (n, bank) in results:
                p, r, f = results[n, bank]
                print(f"| {bank} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if (BENCH / "golden-rules-de.jsonl").exists():
        print("\nGerman golden rules (exact sentence lists), throughput over all dev texts:\n")
        print("| segmenter | golden | extra | kchar/s | × pySBD |")
        print("|---|---|---|---|---|")
        base = speed.get("pySBD")
        base_rate = base[1] / base[0] if base else None
        for n in ran:
            run = PEERS[n]("de")
            g_ok, g_n, g_miss = golden(run, BENCH / "golden-rules-de.jsonl")
            x_ok, x_n, x_miss = golden(run, BENCH / "golden-rules-de-extra.jsonl")
            rate = speed[n][1] / speed[n][0]
            ratio = f"{rate / base_rate:.1f}" if base_rate else "-"
            print(f"| {n} | {g_ok}/{g_n} | {x_ok}/{x_n} | {rate / 1e3:,.0f} | {ratio} |")
            if n == "bitext" and (g_miss or x_miss):
                print(f"bitext missed: {' '.join(g_miss + x_miss)}", file=sys.stderr)
    if args.big:
        big_file_run()


if __name__ == "__main__":
    main()
