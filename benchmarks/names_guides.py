"""Persons bitext finds in technical books in German and Russian: Debian's guides, GIMP's manual.

Debian's Developer's Reference (``developers-reference-de`` / ``-ru`` 12.18), New
Maintainer's Guide (``maint-guide-de`` / ``-ru`` 1.2.53) and FAQ (``debian-faq-de`` /
``-ru`` 11.1), the Debian Administrator's Handbook (``debian-handbook``
11.20220922, one package for every language), Debian's installation guide for 64-bit PCs
(``installation-guide-amd64`` 20230508+deb12u1, every language in one) and the GIMP
manual (``gimp-help-de`` / ``-ru`` 2.10.34-2: menus, options, captions, key names and the
program's history) are technical prose written and translated by people who never saw
bitext: package, field and program names, English terms and whole untranslated English
sentences, command lines, licence texts, and a few people (authors, translators, example
maintainers). Each chapter's HTML is read as text (one paragraph per block element) and
read three ways: the German text alone, the Russian text alone, and both as a project
(split, aligned and the glossary built, as ``bitext align`` and ``glossary build`` would).

The handbook's Russian translation covers about half the book (the other pages hold
the English text); only the sections whose Russian holds more Cyrillic than Latin
letters are read, there, in the installation guide and in the GIMP manual. Those three
have a table each, so that the three guides' figures stay comparable with earlier runs.

Each table counts person words (a mention's last word, once per chapter) and how many
of them a reader judged to be no person (``data/guides-verdicts.tsv``: each predicted
word read in its sentence, never a list of what bitext should find; a word not in
the file is counted as unjudged). The text stays out of the repository (GPL-2+ and
other free licences, GIMP's manual GFDL-1.2+, see each package's copyright):

    apt-get download developers-reference-de=12.18 developers-reference-ru=12.18 \\
        maint-guide-de=1.2.53 maint-guide-ru=1.2.53 debian-faq-de=11.1 debian-faq-ru=11.1 \\
        debian-handbook=11.20220922 installation-guide-amd64=20230508+deb12u1 \\
        gimp-help-de=2.10.34-2 gimp-help-ru=2.10.34-2
    for f in developers-reference-*.deb maint-guide-*.deb debian-faq-*.deb \\
            debian-handbook_*.deb installation-guide-amd64_*.deb gimp-help-*.deb; do
        dpkg-deb -x "$f" .bench/guides
    done

Run: ``.bench/bin/python benchmarks/names_guides.py [--words]
[--book guides|handbook|install|gimp]``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

VERDICTS = ROOT / "benchmarks" / "data" / "guides-verdicts.tsv"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Elements that hold a paragraph of their own.
_BLOCKS = frozenset(
    "p li dt dd h1 h2 h3 h4 h5 h6 pre td th div title tr br blockquote table".split()
)
#: The Developer's Reference's pages that hold no chapter: its contents, search and the
#: whole book in one.
_SKIP = frozenset(("index", "search", "developers-reference", "genindex"))
#: The handbook's folder for each language.
_HANDBOOK = {"de": "de-DE", "ru": "ru-RU"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
#: The tables, by the name ``--book`` gives each: the three guides, the handbook and
#: the installation guide.
_BOOKS = {
    "guides": "the three guides",
    "handbook": "the handbook",
    "install": "the installation guide",
    "gimp": "the GIMP manual",
}


def chapters(base: Path, lang: str) -> dict[str, Path]:
    """Each guide's chapter pages in ``lang``, by a name both languages share."""
    out = {}
    for page in sorted((base / "usr/share/developers-reference" / lang).glob("*.html")):
        if page.stem not in _SKIP:
            out[f"devref/{page.stem}"] = page
    for page in sorted((base / f"usr/share/doc/maint-guide-{lang}/html").glob("*.html")):
        out[f"maint-guide/{page.name.split('.')[0]}"] = page
    for page in sorted((base / f"usr/share/doc/debian/FAQ/{lang}").glob("*.html")):
        out[f"faq/{page.name.split('.')[0]}"] = page
    handbook = base / "usr/share/doc/debian-handbook/html" / _HANDBOOK[lang]
    for page in sorted(handbook.glob("*.html")):
        if page.stem != "index":
            out[f"handbook/{page.stem}"] = page
    for page in sorted((base / "usr/share/doc/installation-guide-amd64" / lang).glob("*.html")):
        if page.stem != "index":
            out[f"install/{page.stem}"] = page
    for page in sorted((base / "usr/share/gimp/2.0/help" / lang).glob("*.html")):
        if page.stem != "index":
            out[f"gimp/{page.stem}"] = page
    return out


def translated(text: str) -> bool:
    """Whether a Russian page is translated: more Cyrillic letters than Latin ones."""
    return len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text))


def html_text(page: Path) -> str:
    """The page's text, each block element a paragraph of its own; spaces inside one
    collapsed as a browser shows them, but in ``pre``."""
    import lxml.html

    root = lxml.html.parse(str(page)).getroot()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    paragraphs = []
    for block in re.split(r"\n\s*\n", root.text_content()):
        block = block if "\n" in block.strip() else " ".join(block.split())
        if block.strip():
            paragraphs.append(block.strip("\n"))
    return "\n\n".join(paragraphs) + "\n"


def read_verdicts() -> dict[tuple[str, str], str]:
    with VERDICTS.open(encoding="utf-8") as fh:
        return {(r["lang"], r["word"]): r["verdict"] for r in csv.DictReader(fh, delimiter="\t")}


def _last_word(surface: str) -> str | None:
    words = _WORD.findall(surface)
    return words[-1] if words else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "guides")
    ap.add_argument("--words", action="store_true", help="print every person word with its verdict")
    ap.add_argument("--book", choices=tuple(_BOOKS), help="read only one table's chapters")
    args = ap.parse_args()
    de, ru = chapters(args.dir, "de"), chapters(args.dir, "ru")
    both = sorted(de.keys() & ru.keys())
    if not both:
        print(
            f"{args.dir}: no chapter in both German and Russian (see the docstring)",
            file=sys.stderr,
        )
        return 2
    from names_debian import project, sentences

    from glossary.text import text_mentions

    judged = read_verdicts()
    readings = ("de alone", "ru alone", "de in the project", "ru in the project")
    found = {book: {k: collections.Counter[tuple[str, str]]() for k in readings} for book in _BOOKS}
    read = collections.Counter[str]()
    for name in both:
        book = name.split("/")[0]
        book = book if book in _BOOKS else "guides"
        if args.book and args.book != book:
            continue
        texts = {"de": html_text(de[name]), "ru": html_text(ru[name])}
        if book != "guides" and not translated(texts["ru"]):
            continue
        read[book] += 1
        counts = found[book]
        for lang, text in texts.items():
            words = {_last_word(m.surface) for m in text_mentions(text, lang) if m.kind == "person"}
            counts[f"{lang} alone"].update((lang, w) for w in words if w)
        _beads, entries = project(
            sentences(texts["de"], "de"), sentences(texts["ru"], "ru"), "ru", "de"
        )
        for lang in ("de", "ru"):
            words = {_last_word(v.form) for e in entries for v in e.variants if v.lang == lang}
            counts[f"{lang} in the project"].update((lang, w) for w in words if w)
    if not read:
        wanted = _BOOKS.get(args.book or "", "any book")
        print(f"{args.dir}: no chapter of {wanted} in German and Russian", file=sys.stderr)
        return 2
    for book, title in _BOOKS.items():
        if not read[book]:
            continue
        print(f"\n{title}: {read[book]} chapters in German and Russian, person words once each")
        print("| reading | person words | judged a person | judged no person | unjudged |")
        print("|---|---:|---:|---:|---:|")
        for reading, counts in found[book].items():
            kinds = collections.Counter(judged.get(key, "unjudged") for key in counts.elements())
            print(
                f"| {reading} | {sum(counts.values())} | {kinds['person']} | {kinds['false']} "
                f"| {kinds['unjudged']} |"
            )
        if args.words:
            for reading, counts in found[book].items():
                listed = ", ".join(
                    f"{w} {n} ({judged.get((lang, w), 'unjudged')})"
                    for (lang, w), n in sorted(counts.items())
                )
                print(f"{reading}: {listed or '–'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
