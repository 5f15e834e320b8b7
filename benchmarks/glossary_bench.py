"""A big term base through ``bitext glossary import/export``: time and peak memory,
beside translate-toolkit reading and writing the same TBX, in one run.

    .bench/bin/python benchmarks/glossary_bench.py [N_ENTRIES]

Builds a TBX v2 term base of N entries (default 100000) by repeating the real
entries of the TBX samples in ``../shared/standards/samples`` (LISA SDLX and
Oracle, LTAC TBX-Basic astronomy, OmegaT), each copy with numbered terms and
ids, then runs every step as its own process and reads its peak resident
memory from the kernel (``wait4``): import into a project, export to TBX v2,
TBX-Basic v3, CSV and OmegaT, and import of the CSV into a fresh project.
translate-toolkit parses the TBX and serialises it back (its ``tbxfile``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
SAMPLES = [
    "lisa_tbx2_from_sdlx_termbase_de.tbx",
    "lisa_tbx2_from_oracle_termbase.tbx",
    "ltac_tbx-basic_v3_Example_Astronomy_DCA_VALID.tbx",
    "omegat_sampleTBXfile_tbx2.tbx",
]
V2 = {"conceptEntry": "termEntry", "langSec": "langSet", "termSec": "tig"}


def sample_entries() -> list[str]:
    """Every sample entry as TBX v2 text (v3 entries renamed), without namespaces."""
    out = []
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, remove_blank_text=True)
    for name in SAMPLES:
        root = etree.parse(str(SHARED / "standards" / "samples" / name), parser).getroot()
        for el in root.iter("{*}termEntry", "termEntry", "{*}conceptEntry"):
            for node in el.iter():
                local = etree.QName(node).localname
                node.tag = V2.get(local, local)
            text = etree.tostring(el, encoding="unicode", with_tail=False)
            out.append(re.sub(r'\sxmlns="[^"]*"', "", text))
    return out


def write_term_base(path: Path, n: int) -> None:
    entries = sample_entries()
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">'
            "<martifHeader><fileDesc><sourceDesc><p>benchmark</p></sourceDesc></fileDesc>"
            "</martifHeader><text><body>\n"
        )
        for i in range(n):
            text = entries[i % len(entries)]
            text = re.sub(r'id="([^"]*)"', lambda m, i=i: f'id="{m.group(1)}-{i}"', text)
            text = re.sub(
                r"<term>([^<]*)</term>", lambda m, i=i: f"<term>{m.group(1)} {i}</term>", text
            )
            out.write(text + "\n")
        out.write("</body></text></martif>\n")


PROJECT = """
import sys
from aligner.project import Project
from aligner.types import Alignment, Bead, Document, Segment
text = "Ein Satz."
seg = [Segment(text, 0, len(text))]
other = [Segment("A sentence.", 0, 11)]
beads = Alignment([Bead(range(0, 1), range(0, 1), 0.9)], 1, 1)
Project.create(sys.argv[1], Document(text, "de"), Document("A sentence.", "en"), seg, other,
               beads, overwrite=True).close()
"""

TTK = """
import sys
from translate.storage import tbx
store = tbx.tbxfile.parsefile(sys.argv[1])
open(sys.argv[2], "wb").write(bytes(store))
print(len(store.units))
"""


def measured(argv: list[str]) -> tuple[float, float, str]:
    """Like :func:`run`, with the child's peak memory from ``wait4``."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(argv)} failed")
    return seconds, usage.ru_maxrss / 1024, out.decode()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    py = sys.executable
    bitext = [py, "-m", "aligner.cli"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tbx = tmp / "termbase.tbx"
        write_term_base(tbx, n)
        size = tbx.stat().st_size / 1e6
        for name in ("p.bitext", "q.bitext"):
            measured([py, "-c", PROJECT, str(tmp / name)])
        p, q = str(tmp / "p.bitext"), str(tmp / "q.bitext")
        rows.append(
            (
                "bitext glossary import (TBX v2)",
                *measured([*bitext, "glossary", "import", p, str(tbx)])[:2],
            )
        )
        for fmt, suffix in (("tbx", "tbx"), ("tbx3", "tbx"), ("csv", "csv"), ("omegat", "txt")):
            out = tmp / f"out-{fmt}.{suffix}"
            t, mem, _ = measured([*bitext, "glossary", "export", p, "--to", fmt, "-o", str(out)])
            rows.append(
                (f"bitext glossary export --to {fmt} ({out.stat().st_size / 1e6:.0f} MB)", t, mem)
            )
        rows.append(
            (
                "bitext glossary import (the CSV export)",
                *measured([*bitext, "glossary", "import", q, str(tmp / "out-csv.csv")])[:2],
            )
        )
        t, mem, units = measured([py, "-c", TTK, str(tbx), str(tmp / "ttk.tbx")])
        rows.append(
            (f"translate-toolkit tbxfile parse + serialise ({units.strip()} units)", t, mem)
        )
    print(f"{n} entries, TBX v2 file of {size:.0f} MB\n")
    print(f"| {'step':<60} | {'seconds':>8} | {'peak MB':>8} |")
    print(f"|{'-' * 62}|{'-' * 10}|{'-' * 10}|")
    for name, seconds, mem in rows:
        print(f"| {name:<60} | {seconds:8.1f} | {mem:8.0f} |")


if __name__ == "__main__":
    main()
