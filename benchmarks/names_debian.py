"""German person mentions in a real parallel text: Debian's project history.

Debian's package ``debian-history`` (2.28) holds "A Brief History of Debian"
in German beside English, French and Russian, written and translated by people
who never saw bitext (GPL-2+): project leaders, developers in memoriam and
early members beside release code names taken from Toy Story characters
(*Woody*, *Sarge*, *Etch*), which here name releases, not persons. The German
persons were labelled by hand from reading the text, never from bitext's output
(``data/debian-history-persons.de.tsv``; ``data/README.md`` gives the rules).

Each side is split into sentences by bitext, as a user's text file would be. A
predicted mention is the last word of a person's German form (the text alone:
``text_mentions``; a project: a German variant of a person entry); it is right
when it is a word of a gold person mention in the same sentence (alone) or bead
(project). Rows labelled ``part`` or doubtful (``per?``: Toy Story characters
named as characters, log-in names) neither count as found nor make a prediction
wrong. "merged": person entries whose German variants match gold mentions of two
different surnames.

The German text is split at the heading of chapter 4.5, near the middle: the
lines before it are the dev part, the rest the test part (``--part``); work
looks at dev misses only.

Data: ``apt-get download debian-history`` and ``dpkg-deb -x`` it into
``.bench/debian-history`` (``--dir``); the text keeps its licence and stays out
of the repository.
Run: ``.bench/bin/python benchmarks/names_debian.py [--part dev|test|all] [--misses]``.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from names_textberg import _LETTERS, merged, score  # noqa: E402

DOCS = Path("usr/share/doc/debian-history/docs")
GOLD = ROOT / "benchmarks" / "data" / "debian-history-persons.de.tsv"
TARGETS = ("en", "fr", "ru")
#: The German heading the parts are split at (chapter 4.5 of 4.1 to 4.14).
SPLIT = "4.5. Die 4.x-Versionen"


def read_text(base: Path, lang: str) -> str:
    with gzip.open(base / DOCS / f"project-history.{lang}.txt.gz", "rt", encoding="utf-8") as fh:
        return fh.read()


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def gold_spans(text: str, starts: list[int]) -> list[tuple[int, int, str, str]]:
    """Each gold row as (offset of its last word, line, kind, mention).

    A name broken over two lines has one row, on the line where it ends; its last
    word is found in that line, after any earlier row's on the same line."""
    lines = text.split("\n")
    out = []
    after: dict[int, int] = {}
    with GOLD.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            line, kind, mention = int(row["line"]), row["kind"], row["mention"]
            last = _LETTERS.findall(mention)[-1]
            at = lines[line].find(last, after.get(line, 0))
            if at < 0:
                raise SystemExit(f"{GOLD.name}: line {line} has no {last!r}")
            after[line] = at + len(last)
            out.append((starts[line] + at, line, kind, mention))
    return out


def unit_gold(spans, units: list[int], part: set[int]):
    """Per unit (sentence or bead, given by the start offsets ``units``): the person
    mentions, and the words that predict nothing wrong, of the part's units only."""
    persons: dict[int, list[str]] = {}
    ignored: dict[int, set[str]] = {}
    for offset, _line, kind, mention in spans:
        u = bisect.bisect_right(units, offset) - 1
        if u not in part:
            continue
        if kind == "per":
            persons.setdefault(u, []).append(mention)
        else:
            ignored.setdefault(u, set()).update(re.findall(r"[^\W\d_]+", mention))
    return persons, ignored


def sentences(text: str, lang: str):
    from aligner.segment import segment

    return segment(text, lang, markdown=False)


def alone_pred(text: str, seg_starts: list[int]) -> list[tuple[int, str]]:
    """The German text alone: (sentence, last word) of each person mention."""
    from glossary.text import text_mentions

    out = []
    for m in text_mentions(text, "de"):
        if m.kind == "person":
            words = _LETTERS.findall(m.surface)
            if words:
                out.append((bisect.bisect_right(seg_starts, m.end - 1) - 1, words[-1]))
    return out


def project(de_segs, tgt_segs, tgt: str, src: str = "de"):
    """bitext's alignment of the two sides and the person entries of that project."""
    import glossary
    from aligner.align import align

    result = align(de_segs, tgt_segs, src_lang=src, tgt_lang=tgt, progress=False)
    rows = [
        (b, [de_segs[i].text for i in bead.src], [tgt_segs[j].text for j in bead.tgt])
        for b, bead in enumerate(result.beads)
    ]
    entries = [e for e in glossary.build_entries(rows, src, tgt) if e.type == "person"]
    return result.beads, entries


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "debian-history")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--misses", action="store_true", help="print wrong and missed words")
    ap.add_argument("--only", default="", help="target languages, comma-separated")
    args = ap.parse_args()
    if not (args.dir / DOCS).is_dir():
        print(f"{args.dir / DOCS}: not found (see this script's docstring)", file=sys.stderr)
        return 2
    de = read_text(args.dir, "de")
    starts = line_starts(de)
    split = starts[de.split("\n").index(SPLIT)]
    spans = gold_spans(de, starts)
    de_segs = sentences(de, "de")
    seg_starts = [s.start for s in de_segs]

    def in_part(offset: int) -> bool:
        return args.part == "all" or (offset < split) == (args.part == "dev")

    print(
        f"Debian's project history, German persons labelled by hand, {args.part} part "
        f"(split at line {de.split(chr(10)).index(SPLIT)} of {len(starts)})"
    )
    print("| run | gold | predicted | P | R | F1 | person entries | merged |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    units = [([i], [i]) for i in range(len(de_segs))]
    part = {i for i, s in enumerate(de_segs) if in_part(s.start)}
    persons, ignored = unit_gold(spans, seg_starts, part)
    pred = [(u, w) for u, w in alone_pred(de, seg_starts) if u in part]
    runs = [("German text alone", pred, units, persons, ignored, None)]
    only = [t for t in TARGETS if not args.only or t in args.only.split(",")]
    for tgt in only:
        beads, entries = project(de_segs, sentences(read_text(args.dir, tgt), tgt), tgt)
        # a bead belongs to the part of its first German sentence; its gold comes
        # from the sentences it holds
        first = [de_segs[b.src.start].start if b.src else None for b in beads]
        bead_of = [0] * len(de_segs)
        for b, bead in enumerate(beads):
            for i in bead.src:
                bead_of[i] = b
        keep = {b for b, s in enumerate(first) if s is not None and in_part(s)}
        p_gold: dict[int, list[str]] = {}
        p_skip: dict[int, set[str]] = {}
        for u, ms in persons.items():
            p_gold.setdefault(bead_of[u], []).extend(ms)
        for u, ws in ignored.items():
            p_skip.setdefault(bead_of[u], set()).update(ws)
        pred = [
            (v.bead, v.form.split()[-1])
            for e in entries
            for v in e.variants
            if v.side == "src" and v.bead in keep
        ]
        bead_units = [([b], [b]) for b in range(len(beads))]
        label = f"project de-{tgt}, bitext's alignment"
        runs.append((label, pred, bead_units, p_gold, p_skip, entries))
    for label, pred, beads, gold, skip, entries in runs:
        p, r, n, total = score(pred, beads, gold, skip, args.misses, label)
        f = 2 * p * r / (p + r) if p + r else 0.0
        if entries is None:
            shown, count = "–", "–"
        else:
            both = merged(entries, beads, gold)
            shown = f"{len(both)}: {', '.join(both)}" if both else "0"
            count = str(len(entries))
        print(f"| {label} | {total} | {n} | {p:.3f} | {r:.3f} | {f:.3f} | {count} | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
