"""Persons in the prose of German jokes, anecdotes and sayings, printed to be read.

Debian's ``fortunes-de`` holds German prose written by others: jokes, anecdotes,
schoolchildren's howlers, rules, a satirical dictionary. No gold marks their persons,
so this script prints every person bitext finds (``text_mentions``, kind *person*)
with its line, to be judged by reading, and the capitalised words inside a sentence
that no mention covers and that are no German common word (the candidates for a
missed name: German capitalises every noun, so only words no noun list holds are
shown). Each quote is read as a text of its own, as a translator gives one joke
(``--whole``: the part's quotes as one text).

A file of verdicts (``--verdicts``, by default ``data/names_bodies_de.tsv``: lines
``file<TAB>quote<TAB>surface<TAB>false`` or ``miss``) makes the counts: persons
judged false that are still found, and misses still not covered.

Even quotes are the dev part, odd ones the test part (``--part``).

Data: as ``names_quotes.py`` (``fortunes-de`` unpacked into ``.bench/fortunes``).

Run: ``.bench/bin/python benchmarks/names_bodies.py [--part dev] [--files witze,unfug]
[--quiet] [--verdicts FILE]``
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = (
    "witze unfug anekdoten stilblueten kinderzitate wusstensie sprueche letzteworte "
    "lieberals regeln murphy woerterbuch"
).split()
#: A capitalised word, hyphenated parts kept together.
WORD = re.compile(r"\b[A-ZÄÖÜ][\w'-]*\w|\b[A-ZÄÖÜ]\b")
#: What ends a sentence before a word: a full stop, a question or exclamation mark,
#: a colon, a dash opening dialogue, or a quotation mark, maybe with spaces.
OPENS = re.compile(r"(?:^|[.!?:;…\"„“”»«()\-–—*]\s*|\n\s*)$")


def parts(text: str, part: str) -> list[tuple[int, str]]:
    """(index, quote) of the part: even indices dev, odd test."""
    pieces = text.split("\n%\n")
    keep = {"dev": 0, "test": 1}.get(part)
    return [(i, q) for i, q in enumerate(pieces) if keep is None or i % 2 == keep]


def line_of(text: str, start: int) -> str:
    """The line holding the character at ``start``."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a : b if b >= 0 else len(text)].strip()


def candidates(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Capitalised words inside a sentence, covered by no mention, that German's word
    lists do not hold: the words to read for a missed name."""
    from glossary.germanwords import german_common_words, is_german_noun

    common = german_common_words()
    out = []
    for mo in WORD.finditer(text):
        s, e, w = mo.start(), mo.end(), mo.group()
        if OPENS.search(text[max(0, s - 3) : s]) or any(a < e and b > s for a, b in covered):
            continue
        if w in common or is_german_noun(w) or w.isupper():
            continue
        out.append((s, w))
    return out


def read(path: Path, part: str, whole: bool) -> list[tuple[int, str, list, list]]:
    """(quote, text, persons, candidates) per quote with anything to read."""
    from glossary.text import text_mentions

    quotes = parts(path.read_text(encoding="utf-8", errors="replace"), part)
    texts = ["\n%\n".join(q for _, q in quotes)] if whole else [q for _, q in quotes]
    out = []
    for k, text in enumerate(texts):
        mentions = text_mentions(text, "de")
        persons = [(m.start, m.surface) for m in mentions if m.kind == "person"]
        cands = candidates(text, [(m.start, m.end) for m in mentions])
        out.append((-1 if whole else quotes[k][0], text, persons, cands))
    return out


def verdicts(path: Path) -> dict[tuple[str, str, str], str]:
    """(file, quote, surface) -> ``false`` or ``miss``."""
    out: dict[tuple[str, str, str], str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, quote, surface, verdict = line.split("\t")
                out[name, quote, surface] = verdict
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "fortunes")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--files", default=",".join(FILES))
    ap.add_argument("--whole", action="store_true", help="the part's quotes as one text")
    ap.add_argument("--quiet", action="store_true", help="the counts only")
    ap.add_argument(
        "--verdicts",
        type=Path,
        default=ROOT / "benchmarks" / "data" / "names_bodies_de.tsv",
        help="judged persons and misses (see above)",
    )
    args = ap.parse_args()
    base = args.dir / "usr" / "share" / "games" / "fortunes" / "de"
    if not base.is_dir():
        print(f"{base}: not found (see names_quotes.py)", file=sys.stderr)
        return 2
    judged = verdicts(args.verdicts)
    rows = []
    for name in args.files.split(","):
        persons = cands = false = misses = 0
        quotes = read(base / f"{name}.u8", args.part, args.whole)
        for quote, text, found, cand in quotes:
            q = str(quote)
            persons += len(found)
            cands += len(cand)
            surfaces = {w for _, w in found}
            false += sum(judged.get((name, q, w)) == "false" for w in surfaces)
            misses += sum(
                v == "miss" and w not in surfaces
                for (f, qq, w), v in judged.items()
                if f == name and qq == q
            )
            if args.quiet:
                continue
            for s, w in found:
                mark = "FALSE " if judged.get((name, q, w)) == "false" else ""
                print(f"{name}\t{q}\t{mark}{w}\t| {line_of(text, s)}")
            for s, w in cand:
                print(f"{name}\t{q}\t? {w}\t| {line_of(text, s)}")
        rows.append((name, len(quotes), persons, false, misses, cands))
    print(f"\nPersons in the bodies, {args.part} part, {'whole' if args.whole else 'each quote'}")
    print("| file | texts | persons | judged false | misses | unread capitalised words |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(map(str, row)) + " |")
    total = [sum(r[i] for r in rows) for i in range(1, 6)]
    print("| all | " + " | ".join(map(str, total)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
