"""Persons bitext finds in real manual pages, printed to be read (no labels).

Manual pages are typeset text: words divided at a line's end, program, format and
brand names, and the names of their authors and translators. The pages come from
Debian's translated manual pages, unpacked into ``.bench/manpages`` (the text stays out
of the repository; GNU GPL and other free licences, see each package's copyright):

    apt-get download manpages-de=4.18.1-1 manpages-fr=4.18.1-1 manpages-pl=1:4.18.1-1 \\
        manpages-uk=4.18.1-1
    for f in manpages-*.deb; do dpkg-deb -x "$f" .bench/manpages; done

Every ``--every``-th page of section 1 (in file-name order, counting from one) is
rendered with ``man -l`` at 80 columns (``col -b`` takes the overstrikes out) and read
whole with ``text_mentions``; the table counts each person mention's surface. Run:
``.bench/bin/python benchmarks/names_manpages.py --lang de --every 8``.
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render(page: Path) -> str:
    """The page as ``man`` prints it at 80 columns, overstrikes removed."""
    env = {**os.environ, "MANWIDTH": "80"}
    shown = subprocess.run(
        ["man", "-l", str(page)], capture_output=True, env=env, check=True
    ).stdout
    plain = subprocess.run(["col", "-b"], input=shown, capture_output=True, check=True)
    return plain.stdout.decode("utf-8", "replace")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / ".bench" / "manpages")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--every", type=int, default=8, help="read every N-th page")
    args = ap.parse_args()
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
