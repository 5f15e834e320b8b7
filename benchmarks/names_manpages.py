"""Persons bitext finds in real manual pages, printed to be read (no labels).

Manual pages are typeset text: words divided at a line's end, program, format and
brand names, and the names of their authors and translators. The pages come from
Debian's translated manual pages, unpacked into ``.bench/manpages`` (the text stays out
of the repository; GNU GPL and other free licences, see each package's copyright):

    apt-get download manpages-de=4.18.1-1 manpages-fr=4.18.1-1 manpages-pl=1:4.18.1-1 \\
        manpages-uk=4.18.1-1 manpages-cs=4.18.1-1 manpages-hu=1:4.18.1-1
    for f in manpages-*.deb; do dpkg-deb -x "$f" .bench/manpages; done

Every ``--every``-th page of section 1 (in file-name order, counting from one) is
rendered with ``man -l`` at 80 columns (``col -b`` takes the overstrikes out) and read
whole with ``text_mentions``; the table counts each person mention's surface. Run:
``.bench/bin/python benchmarks/names_manpages.py --lang de --every 8``.

``--beside ru`` reads every page (all sections) that both ``--lang`` and ``ru`` translate
as a project instead: each side split by bitext, aligned, and the glossary built, as
``bitext align`` and ``glossary build`` would; it prints the ``--lang`` side's person
words (a mention's last word, once per page) from the text alone and from the project,
and the words the project adds or takes away. Add ``manpages-ru`` to the packages above.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORD = re.compile(r"[^\W\d_]+")


def render(page: Path) -> str:
    """The page as ``man`` prints it at 80 columns, overstrikes removed."""
    env = {**os.environ, "MANWIDTH": "80"}
    shown = subprocess.run(
        ["man", "-l", str(page)], capture_output=True, env=env, check=True
    ).stdout
    plain = subprocess.run(["col", "-b"], input=shown, capture_output=True, check=True)
    return plain.stdout.decode("utf-8", "replace")


def _last_word(surface: str) -> str | None:
    words = _WORD.findall(surface)
    return words[-1] if words else None


def beside(man: Path, lang: str, other: str) -> int:
    """Person words of ``lang``'s pages alone and in a project beside ``other``'s."""
    from names_debian import project, sentences

    from glossary.text import text_mentions

    def pages(code: str) -> set[Path]:
        return {p.relative_to(man / code) for p in (man / code).glob("man*/*.gz")}

    both = sorted(pages(lang) & pages(other))
    if not both:
        print(f"{man}: no page in both {lang} and {other}", file=sys.stderr)
        return 2
    alone_n = project_n = 0
    added: collections.Counter[str] = collections.Counter()
    removed: collections.Counter[str] = collections.Counter()
    for rel in both:
        text, other_text = render(man / lang / rel), render(man / other / rel)
        alone = {_last_word(m.surface) for m in text_mentions(text, lang) if m.kind == "person"}
        _beads, entries = project(sentences(text, lang), sentences(other_text, other), other, lang)
        project_words = {_last_word(v.form) for e in entries for v in e.variants if v.lang == lang}
        alone.discard(None)
        project_words.discard(None)
        alone_n, project_n = alone_n + len(alone), project_n + len(project_words)
        added.update(project_words - alone)
        removed.update(alone - project_words)
    print(f"{lang} beside {other}: {len(both)} pages in both, person words once per page")
    print(f"| {lang} text alone | project | added by the project | taken away |")
    print("|---:|---:|---:|---:|")
    print(f"| {alone_n} | {project_n} | {sum(added.values())} | {sum(removed.values())} |")
    for title, counts in (("added", added), ("taken away", removed)):
        listed = ", ".join(f"{w} {n}" for w, n in sorted(counts.items()))
        print(f"{title}: {listed or '–'}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "manpages")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--every", type=int, default=8, help="read every N-th page")
    ap.add_argument("--beside", metavar="LANG", help="read the pages both translate as projects")
    args = ap.parse_args()
    if args.beside:
        return beside(args.dir / "usr" / "share" / "man", args.lang, args.beside)
    pages_dir = args.dir / "usr" / "share" / "man" / args.lang / "man1"
    if not pages_dir.is_dir():
        print(f"{pages_dir}: not found (see this script's docstring)", file=sys.stderr)
        return 2
    from glossary.text import text_mentions

    pages = sorted(pages_dir.glob("*.gz"))
    read = [p for i, p in enumerate(pages, 1) if i % args.every == 0]
    counts: collections.Counter[str] = collections.Counter()
    for page in read:
        for m in text_mentions(render(page), args.lang):
            if m.kind == "person":
                counts[" ".join(m.surface.split())] += 1
    print(f"{args.lang}: {len(read)} of {len(pages)} pages, {sum(counts.values())} person mentions")
    print("| mentions | person |")
    print("|---:|---|")
    for surface, n in sorted(counts.items()):
        print(f"| {n} | {surface} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
