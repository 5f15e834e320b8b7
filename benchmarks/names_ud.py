"""False persons on real text in every language bitext segments: UD dev parts, one text each.

UD treebanks carry no person labels, but they tag every word's part of speech:
a predicted person none of whose words is a proper noun (PROPN) is certainly
wrong (*Нобелевской* in *Нобелевской премии*, *Nowa* at a sentence start), and
so is a predicted place none of whose words is one. The share of such
predictions is a precision floor measured on text detection was never tuned
on; it says nothing of recall.

Peer in the same run when installed in the benchmark env: natasha (Russian
NER, ``pip install natasha``) on the Russian treebanks, the same count of its
PER spans; other languages have no offline peer here.

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

import _spans  # noqa: E402
from names_detect import SHARED, _lines, read_ud  # noqa: E402

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


def bitext_spans(text: str, lang: str) -> list[tuple[int, int, str]]:
    from glossary.text import text_mentions

    return [(m.start, m.end, m.kind) for m in text_mentions(text, lang)]


def natasha_spans(text: str, lang: str) -> list[tuple[int, int, str]] | None:
    """natasha's PER and LOC spans of a Russian text, None where it does not run."""
    if lang != "ru":
        return None
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        return None
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    out = []
    kinds = {"PER": "person", "LOC": "place"}
    for offset, line in _lines(text):
        doc = Doc(line)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        out += [(offset + s.start, offset + s.stop, kinds.get(s.type, "")) for s in doc.spans]
    return out


def check(path: Path, lang: str, spans=bitext_spans) -> dict | None:
    """Predicted persons and places of one dev part, and those with no proper noun."""
    text, words = read_ud(path)
    t0 = time.perf_counter()
    found = spans(text, lang)
    secs = time.perf_counter() - t0
    if found is None:
        return None
    out: dict = {"persons": 0, "places": 0, "wrong persons": [], "wrong places": [], "secs": secs}
    starts = sorted(words)
    for start, end, kind in found:
        if kind not in ("person", "place"):
            continue
        tags = [u for s, e, u in starts if s < end and start < e]
        plural = "persons" if kind == "person" else "places"
        out[plural] += 1
        if tags and "PROPN" not in tags:
            out["wrong " + plural].append(text[start:end])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--only", default="", help="comma-separated languages")
    parser.add_argument("--save-spans", metavar="FILE", help="write bitext's spans (_spans.py)")
    parser.add_argument("--against", metavar="FILE", help="print spans added and removed")
    args = parser.parse_args()
    saved: dict[str, list] = {}
    texts: dict[str, str] = {}
    only = set(filter(None, args.only.split(",")))
    print("| treebank | lang | system | persons | no PROPN | share | places | no PROPN | seconds |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    total = [0, 0]
    for folder, lang in TREEBANKS.items():
        if only and lang not in only:
            continue
        dev = sorted((UD / folder).glob("*-ud-dev.conllu"))
        if not dev:
            print(f"{UD / folder}: no dev part", file=sys.stderr)
            continue
        if args.save_spans or args.against:
            texts[folder], _ = read_ud(dev[0])
            saved[folder] = [s for s in bitext_spans(texts[folder], lang) if s[2]]
        for name, spans in (("bitext", bitext_spans), ("natasha", natasha_spans)):
            r = check(dev[0], lang, spans)
            if r is None:
                continue
            bad = len(r["wrong persons"])
            if name == "bitext":
                total[0] += r["persons"]
                total[1] += bad
            share = f"{bad / r['persons']:.1%}" if r["persons"] else "–"
            print(
                f"| {folder[3:]} | {lang} | {name} | {r['persons']} | {bad} | {share} "
                f"| {r['places']} | {len(r['wrong places'])} | {r['secs']:.1f} |"
            )
            if args.misses:
                for kind in ("wrong persons", "wrong places"):
                    print(folder, name, kind, " | ".join(r[kind][: args.misses]), file=sys.stderr)
    if total[0]:
        print(f"| all | | bitext | {total[0]} | {total[1]} | {total[1] / total[0]:.1%} | | | |")
    if args.save_spans:
        _spans.save(args.save_spans, saved)
    if args.against:
        print()
        _spans.compare(args.against, saved, texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
