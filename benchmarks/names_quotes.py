"""Persons in real quotation collections: the attributed author of every quote.

Debian's fortune packages (``fortunes``, ``fortunes-de``, ``fortunes-cs``,
``fortunes-pl``) hold tens of thousands of quotations written and collected by
others, each closed by an attribution line (``\\t\\t-- Blaise Pascal``,
``-- Pierre Abélard (Logica ingredientibus)``). The attributed name is silver
gold for a person, met bare, with no verb or title beside it, the way a name
stands in a list, a caption or a byline; a few attributions name no person
(*Talmud*, *Sprichwort*, a film), the same for every system. The figure is the
share of attributions a predicted person overlaps (*found*) and the share it
covers word for word (*exact*), over the whole file read as one text, as a
user would give it; the bodies' persons are counted, not scored.

Every file is split in two by the quotes' order: even quotes are the dev part,
odd ones the test part (``--part``). Work looks at dev misses only.

Data: ``apt-get download fortunes fortunes-de fortunes-cs fortunes-pl`` and
``dpkg-deb -x`` each into ``.bench/fortunes`` (``--dir``); the packages' texts
keep their own licences (Debian's copyright files) and stay out of the
repository.

Peer in the same run when installed in the benchmark env: none runs offline
for these languages here (natasha reads Russian only).

Run: ``.bench/bin/python benchmarks/names_quotes.py [--part dev] [--misses N]``
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Collection file (under usr/share/games/fortunes) → its language.
FILES = {
    "de/zitate.u8": "de",
    "de/fussball.u8": "de",
    "cs/citace.u8": "cs",
    "cs/citat.u8": "cs",
    "people.u8": "en",
    "politics.u8": "en",
    "science.u8": "en",
    "art.u8": "en",
    "wisdom.u8": "en",
}
#: Lower-case words a name may hold between its capitalised ones.
PARTICLES = set("von van de der den du la le zu da di y vom ten".split())
#: The attribution line: indented, two hyphens, the author, maybe a comment after.
ATTRIBUTION = re.compile(r"^[ \t]+-- ?(.+)$", re.M)
#: Where the author's name ends: a bracket, a comma, a colon, or a dash with spaces.
AUTHOR_END = re.compile(r"\s*[(\[,:;]|\s+[-–—]\s")


def quotes(text: str, part: str) -> str:
    """The quotes of one part, joined as the file joins them."""
    pieces = text.split("\n%\n")
    if part == "dev":
        pieces = pieces[0::2]
    elif part == "test":
        pieces = pieces[1::2]
    return "\n%\n".join(pieces)


def authors(text: str) -> list[tuple[int, int, str]]:
    """Each attribution's author as a span: capitalised words, particles inside."""
    out = []
    for mo in ATTRIBUTION.finditer(text):
        name = AUTHOR_END.split(mo.group(1), maxsplit=1)[0].strip()
        words = name.split()
        if not 1 <= len(words) <= 5:
            continue
        if not all(w[:1].isupper() or w in PARTICLES for w in words):
            continue
        out.append((mo.start(1), mo.start(1) + len(name), name))
    return out


def score(text: str, lang: str) -> tuple[int, int, int, int, list[str]]:
    """Authors, found, exact, persons in all, and the names missed."""
    from glossary.text import text_mentions

    persons = sorted((m.start, m.end) for m in text_mentions(text, lang) if m.kind == "person")
    starts = [s for s, _ in persons]
    wanted = authors(text)
    found = exact = 0
    missed = []
    for s, e, name in wanted:
        i = bisect.bisect_left(starts, e)
        near = persons[max(0, i - 4) : i]
        if any(ps < e and pe > s for ps, pe in near):
            found += 1
            exact += any(ps == s and pe == e for ps, pe in near)
        else:
            missed.append(name)
    return len(wanted), found, exact, len(persons), missed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "fortunes")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--misses", type=int, default=0, help="print the N most missed per file")
    ap.add_argument("--only", default="", help="languages, comma-separated")
    args = ap.parse_args()
    base = args.dir / "usr" / "share" / "games" / "fortunes"
    if not base.is_dir():
        print(f"{base}: not found (see this script's docstring)", file=sys.stderr)
        return 2
    only = set(filter(None, args.only.split(",")))
    print(f"Attributed authors found as persons, {args.part} part (even quotes dev, odd test)")
    print("| file | lang | authors | found | exact | persons in all | seconds |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, lang in FILES.items():
        path = base / name
        if (only and lang not in only) or not path.exists():
            continue
        text = quotes(path.read_text(encoding="utf-8", errors="replace"), args.part)
        t0 = time.perf_counter()
        n, found, exact, persons, missed = score(text, lang)
        took = time.perf_counter() - t0
        print(
            f"| {name} | {lang} | {n} | {found / n:.3f} | {exact / n:.3f} "
            f"| {persons} | {took:.1f} |"
        )
        for author, count in Counter(missed).most_common(args.misses):
            print(f"  missed {count} × {author}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
