"""The words a book's parts are labelled with in each language bitext reads (*Anhang
A*, *Kapitel 3*, *Abbildung 2*, *Приложение Б*), for ``part_labels.tsv`` (see
README.md).

A single letter and a full stop after such a word labels an appendix, a part or a
figure, not a person's initial (*Anhang A. Derivate*). DocBook's XSL stylesheets
translate these labels for every book they typeset (``common/LANG.xml``, the
``gentext`` keys *Appendix*, *Chapter*, *Part*, *Section*, *Figure*, *Table* and
*Equation*); Debian's ``docbook-xsl`` ships them (MIT/X Consortium
licence). Belarusian has no such file and no labels here.

Run from the repository root on a Debian machine (``apt-get download`` fetches the
pinned package into a temporary folder; nothing is installed):
``python3 glossary/data/part_label_lists.py``. The output is sorted and
deterministic for the pinned package.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
#: Debian package and pinned version of the stylesheets.
PACKAGE = ("docbook-xsl", "1.79.2+dfsg-2")
OUT = HERE / "part_labels.tsv"
LANGS = ("de", "en", "fr", "pl", "ru", "cs", "uk", "hu")
#: Not *Example*: *zum Beispiel*, *for example* stand before names.
KEYS = ("Appendix", "Chapter", "Part", "Section", "Figure", "Table", "Equation")
_GENTEXT = re.compile(r'<l:gentext key="([^"]+)" text="([^"]*)"')


def labels(common: Path) -> list[tuple[str, str]]:
    """(language, label) for every key of :data:`KEYS` in each language's file."""
    out = set()
    for lang in LANGS:
        text = (common / f"{lang}.xml").read_text("utf-8")
        for key, label in _GENTEXT.findall(text):
            if key in KEYS and label:
                out.add((lang, label))
    return sorted(out)


def main() -> None:
    name, version = PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fetch = ["apt-get", "download", f"{name}={version}"]
        subprocess.run(fetch, cwd=folder, check=True, capture_output=True)
        deb = next(folder.glob(f"{name}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / "x")], check=True)
        rows = labels(folder / "x/usr/share/xml/docbook/stylesheet/docbook-xsl/common")
    head = f"# labels of a book's parts, DocBook XSL {version} (common/LANG.xml), MIT/X licence\n"
    OUT.write_text(head + "".join(f"{lang}\t{label}\n" for lang, label in rows), "utf-8")
    print(f"{OUT.name}: {len(rows)} labels")


if __name__ == "__main__":
    main()
