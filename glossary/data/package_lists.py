"""Names of Debian's packages that are one word of letters (*emacs*, *gnumeric*, *hurd*,
*lintian*, *wodim*): programs, systems and formats that technical prose writes with a
capital at a sentence's start or as a proper name (see README.md).

Debian bookworm's package index (``main``, amd64), as ``apt-cache pkgnames`` prints it
on a bookworm machine after ``apt-get update``; kept: the names of four letters or more
made of the letters a-z alone (no digits, hyphens or dots: *python3-lxml* names a
library, not a program a text speaks of). Names of people among them (*hugo*, *john*,
*einstein*) stay in the list; detection asks the name lists first.

Run from the repository root on Debian bookworm:

    python3 glossary/data/package_lists.py

The output is sorted; it follows the index of the day it runs on.
"""

from __future__ import annotations

import gzip
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "debian_packages.txt.gz"
#: A package name kept: letters only, four or more.
KEPT = re.compile(r"[a-z]{4,}")


def main() -> None:
    names = subprocess.run(
        ["apt-cache", "pkgnames"], capture_output=True, text=True, check=True
    ).stdout.split()
    kept = sorted({n for n in names if KEPT.fullmatch(n)})
    head = "# Debian bookworm package names of letters only (apt-cache pkgnames)\n"
    OUT.write_bytes(gzip.compress((head + "\n".join(kept) + "\n").encode(), mtime=0))
    print(f"{OUT.name}: {len(kept)} names")


if __name__ == "__main__":
    main()
