"""German person mentions in a real parallel text: Text+Berg dev, German beside French.

The Swiss Alpine Club's 1957 yearbook excerpt (``../shared/benchmarks/
textberg-de-fr/dev``) was written and translated by people who never saw
bitext: climbers, Sherpas, surveyors and authors beside peaks, glaciers and
passes whose names French capitalises just as it does persons'. Its persons
were labelled by hand from reading the text, never from bitext's output
(``data/textberg-dev-persons.de.tsv``; ``data/README.md`` gives the rules).

A predicted mention is a German variant of a person entry: its word must be a
word of a gold person mention in the same bead (a mention is found when one of
its words is predicted). Mentions labelled ``part`` (a name inside a compound or
the name of a route) or doubtful (``per?``) neither count as found nor make a
prediction wrong. "merged": person entries whose German variants match gold
mentions of two different surnames.

Three runs: the German text alone (``text_mentions``), the project with the
gold alignment (detection alone), and the project aligned by bitext.
Run: ``.venv/bin/python benchmarks/names_textberg.py [--misses]``.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from names_detect import SHARED  # noqa: E402

DEV = SHARED / "benchmarks" / "textberg-de-fr" / "dev"
DATA = ROOT / "benchmarks" / "data"
SIDES = {"de": 0, "fr": 1}  # a bead's (src, tgt) lines


def read_lines(name: str) -> list[str]:
    return (DEV / name).read_text(encoding="utf-8").split("\n")[:-1]


def read_beads(path: Path) -> list[tuple[list[int], list[int]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        src, tgt = line.split(":")[:2]
        out.append((ast.literal_eval(src), ast.literal_eval(tgt)))
    return out


def read_gold(lang: str = "de") -> tuple[dict[int, list[str]], dict[int, set[str]]]:
    """Per German line: the person mentions, and the words that predict nothing wrong."""
    persons: dict[int, list[str]] = {}
    ignored: dict[int, set[str]] = {}
    with (DATA / f"textberg-dev-persons.{lang}.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            line, kind, mention = int(row["line"]), row["kind"], row["mention"]
            if kind == "per":
                persons.setdefault(line, []).append(mention)
            else:
                ignored.setdefault(line, set()).update(_words(mention))
    return persons, ignored


_RUN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIALS = re.compile(r"(?:[A-Z]h? ?\. ?)+")


def _words(mention: str) -> set[str]:
    """A mention's words, initials glued to them or not (L.W.Davies gives Davies), and a
    hyphenated word whole and in parts (Visser-Hooft, Hermann-Buhl-Route)."""
    return set(_RUN.findall(mention)) | set(_LETTERS.findall(mention))


def score(pred: list[tuple[int, str]], beads, persons, ignored, misses: bool, label: str, side=0):
    """Precision, recall and wrong/missed lists of predicted (bead, word) pairs."""
    gold = {b: [m for i in bead[side] for m in persons.get(i, [])] for b, bead in enumerate(beads)}
    skip = {b: {w for i in bead[side] for w in ignored.get(i, ())} for b, bead in enumerate(beads)}
    found: set[tuple[int, int]] = set()
    wrong, tp, fp = [], 0, 0
    for b, word in pred:
        hits = [i for i, m in enumerate(gold.get(b, [])) if word in _words(m)]
        free = [i for i in hits if (b, i) not in found]
        if free:
            found.add((b, free[0]))
            tp += 1
        elif not hits and word not in skip.get(b, ()):
            fp += 1
            wrong.append(word)
        # else: a second word of a found mention, or a word of a part or doubtful row
    total = sum(len(v) for v in gold.values())
    missed = [m for b, ms in gold.items() for i, m in enumerate(ms) if (b, i) not in found]
    if misses:
        print(f"{label} wrong: {' | '.join(wrong)}", file=sys.stderr)
        print(f"{label} missed: {' | '.join(missed)}", file=sys.stderr)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = len(found) / total if total else 0.0
    return p, r, tp + fp, total


def merged(entries, beads, persons, side: str = "src", at: int = 0) -> list[str]:
    """Person entries whose variants of one side (``at``, the bead's line lists) are
    words of gold mentions of two surnames."""
    out = []
    for e in entries:
        surnames = set()
        for v in e.variants:
            if v.side != side or v.bead is None:
                continue
            for line in beads[v.bead][at]:
                for m in persons.get(line, []):
                    last = _LETTERS.findall(m)[-1]
                    if v.form.split()[-1] in (last, m.split()[-1]):
                        surnames.add(last.removesuffix("s").casefold())
        if len(surnames) > 1:
            out.append(" / ".join(sorted(surnames)))
    return out


def project_entries(beads, de, fr):
    import glossary

    rows = [(b, [de[i] for i in s], [fr[i] for i in t]) for b, (s, t) in enumerate(beads)]
    return [e for e in glossary.build_entries(rows, "de", "fr") if e.type == "person"]


def text_entries(de: list[str], lang: str = "de"):
    """One text alone, each line a bead of its own."""
    from glossary.group import group_mentions
    from glossary.text import text_mentions

    text = "\n".join(de) + "\n"
    starts = [0]
    for line in de:
        starts.append(starts[-1] + len(line) + 1)
    mentions = []
    line = 0
    for m in text_mentions(text, lang):
        while starts[line + 1] < m.end:  # the line of the surname (J .\nBrown: Brown's)
            line += 1
        mentions.append((line, "src", lang, m, de[line]))
    return [e for e in group_mentions(mentions, [], (lang,)) if e.type == "person"]


def bitext_beads(de: list[str], fr: list[str]):
    from aligner.align import align

    result = align(de, fr, src_lang="de", tgt_lang="fr", progress=False)
    return [(list(b.src), list(b.tgt)) for b in result.beads]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print wrong and missed words")
    args = ap.parse_args()
    if not DEV.is_dir():
        print(f"{DEV}: not found (set BITEXT_SHARED)", file=sys.stderr)
        return 2
    texts = {"de": read_lines("dev.de"), "fr": read_lines("dev.fr")}
    gold_beads = read_beads(DEV / "dev.defr")
    own = bitext_beads(texts["de"], texts["fr"])
    projects = {
        "gold alignment": (gold_beads, project_entries(gold_beads, texts["de"], texts["fr"])),
        "bitext's alignment": (own, project_entries(own, texts["de"], texts["fr"])),
    }
    print("Text+Berg dev, German beside French: persons labelled by hand")
    print("| side | run | gold | predicted | P | R | F1 | person entries | merged |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    alone = {}
    for lang, index in SIDES.items():
        persons, ignored = read_gold(lang)
        alone[lang] = sum(bool(_INITIALS.fullmatch(m)) for ms in persons.values() for m in ms)
        side = ("src", "tgt")[index]
        lines = [([i], [i]) for i in range(len(texts[lang]))]
        runs = [(f"{lang} text alone", lines, text_entries(texts[lang], lang), "src")]
        runs += [(f"project, {name}", b, e, side) for name, (b, e) in projects.items()]
        for label, beads, entries, var_side in runs:
            # a form's surname word (de Gaulle, von Scharnhorst: Gaulle, Scharnhorst)
            pred = [
                (v.bead, v.form.split()[-1])
                for e in entries
                for v in e.variants
                if v.side == var_side
            ]
            # a line of the text alone is a bead with that line on both sides
            p, r, n, total = score(pred, beads, persons, ignored, args.misses, label, index)
            f = 2 * p * r / (p + r) if p + r else 0.0
            both = merged(entries, beads, persons, var_side, index)
            shown = f"{len(both)}: {', '.join(both)}" if both else "0"
            print(
                f"| {lang} | {label} | {total} | {n} | {p:.3f} | {r:.3f} | {f:.3f} "
                f"| {len(entries)} | {shown} |"
            )
    for lang, n in alone.items():
        print(
            f"{lang}: {n} gold mentions are initials alone (F. und A. Hieber; Leiter Ch . | "
            "Evans split over two lines), which no entry's surname can find"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
