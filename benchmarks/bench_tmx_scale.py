"""A 100k-unit TMX: import and export time and peak memory, bitext beside translate-toolkit.

    .bench/bin/python benchmarks/bench_tmx_scale.py [N_UNITS] [--keep DIR]

Writes a TMX of N units (default 100,000, about 78 MB) from a fixed seed, the
kind a CAT tool exports: ``tuid``, dates and user ids, two props and a note
per unit, tuv attributes, RTF-style ``bpt``/``ept`` and ``ph`` codes in a
third of the segments. Then, each task in a fresh process (so that its peak
resident memory is its own):

- bitext ``import`` of the file into a new project (streamed into SQLite);
- translate-toolkit ``tmxfile.parsefile`` asked for every unit's source,
  target and notes (it wraps elements lazily, so they must be asked for);
- bitext ``export --to tmx`` of the imported project (100k beads, every
  unit's metadata and codes written back);
- translate-toolkit building a ``tmxfile`` of the same 100k pairs (source,
  target, note) and serialising it.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "the translation memory unit segment text review export import project file tool "
    "source target language code format sentence paragraph document user client order "
    "Auftrag Übersetzung Datei Werkzeug Kunde Sprache Satz Absatz Dokument Prüfung"
).split()


def sentence(rng: random.Random, codes: bool) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 30))]
    if codes:
        i = rng.randrange(len(words) - 2)
        words[i] = f'<bpt i="1" x="1">{{\\b </bpt>{words[i]}'
        words[i + 1] = f'{words[i + 1]}<ept i="1">}}</ept>'
        words.insert(rng.randrange(len(words)), '<ph x="2">{\\f4 }</ph>')
    return " ".join(words).capitalize() + "."


def generate(path: Path, n: int, seed: int = 13) -> None:
    """A TMX of ``n`` units, the same bytes for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            '<tmx version="1.4">\n<header creationtool="BenchTool" creationtoolversion="1.0" '
            'segtype="sentence" o-tmf="bench" adminlang="en-US" srclang="en-US" '
            'datatype="rtf" creationdate="20240101T000000Z"/>\n<body>\n'
        )
        for i in range(n):
            codes = rng.random() < 0.33
            day = f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T120000Z"
            out.write(
                f'<tu tuid="{i + 1}" creationdate="{day}" creationid="USER{i % 7}" '
                f'changedate="{day}" changeid="USER{i % 5}">\n'
                f'  <prop type="x-Client">Client {i % 40}</prop>\n'
                f'  <prop type="x-Project">Project {i % 300}</prop>\n'
                f"  <note>Checked by reviewer {i % 9}</note>\n"
                f'  <tuv xml:lang="en-US" creationid="USER{i % 7}">\n'
                f"    <seg>{sentence(rng, codes)}</seg>\n  </tuv>\n"
                f'  <tuv xml:lang="de-DE" creationid="USER{i % 7}">\n'
                f"    <seg>{sentence(rng, codes)}</seg>\n  </tuv>\n</tu>\n"
            )
        out.write("</body>\n</tmx>\n")


def _bitext_import(tmx: str, work: str) -> int:
    from aligner.formats.importing import import_file

    with import_file(tmx, Path(work) / "p.bitext", overwrite=True) as project:
        return len(project)


def _bitext_export(tmx: str, work: str) -> int:
    from aligner.formats.export import export_project
    from aligner.project import STATUSES, Project

    with Project.open(Path(work) / "p.bitext") as project:
        return export_project(project, "tmx", Path(work) / "out.tmx", statuses=STATUSES).written


def _tt_read(tmx: str, work: str) -> int:
    from translate.storage import tmx as tt_tmx

    store = tt_tmx.tmxfile.parsefile(tmx)
    return len([(u.source, u.target, u.getnotes()) for u in store.units])


def _tt_write(tmx: str, work: str) -> int:
    from translate.storage import tmx as tt_tmx

    from aligner.project import Project

    with Project.open(Path(work) / "p.bitext", readonly=True) as project:
        pairs = project.pairs()
    start = time.perf_counter()  # translate-toolkit's own part only
    store = tt_tmx.tmxfile(sourcelanguage="en-US", targetlanguage="de-DE")
    for row in pairs.itertuples(index=False):
        unit = store.addsourceunit(row.source)
        unit.target = row.target
        unit.addnote("Checked by reviewer")
    (Path(work) / "tt.tmx").write_bytes(bytes(store))
    return len(store.units), time.perf_counter() - start


TASKS = {
    "import": _bitext_import,
    "export": _bitext_export,
    "tt-read": _tt_read,
    "tt-write": _tt_write,
}


def child(task: str, tmx: str, work: str) -> None:
    start = time.perf_counter()
    count = TASKS[task](tmx, work)
    seconds = time.perf_counter() - start
    if isinstance(count, tuple):
        count, seconds = count
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "count": count}))


def run(task: str, tmx: Path, work: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", task, str(tmx), str(work)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def baseline() -> float:
    """Peak memory of a process that only imports bitext, pandas and lxml."""
    code = (
        "import resource, aligner.formats, aligner.project, pandas, lxml.etree;"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                text=True).stdout)  # fmt: skip


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--child"]:
        child(*args[1:4])
        return
    keep = None
    if "--keep" in args:
        keep = Path(args[args.index("--keep") + 1])
        del args[args.index("--keep") : args.index("--keep") + 2]
    n = int(args[0]) if args else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        tmx = work / f"bench{n}.tmx"
        start = time.perf_counter()
        generate(tmx, n)
        print(f"{n} units, {tmx.stat().st_size / 1e6:.1f} MB TMX "
              f"(generated in {time.perf_counter() - start:.1f} s)")  # fmt: skip
        print(f"a process with bitext, pandas and lxml loaded: {baseline():.0f} MB")
        results = {task: run(task, tmx, work) for task in ("import", "tt-read", "export",
                                                           "tt-write")}  # fmt: skip
    rows = [
        ("TMX import / read", results["import"], results["tt-read"]),
        ("TMX export / write", results["export"], results["tt-write"]),
    ]
    print(f"{'task':<20} {'bitext s':>9} {'peak MB':>8} {'tt s':>8} {'peak MB':>8} "
          f"{'time ratio':>10} {'memory ratio':>12}")  # fmt: skip
    for task, ours, peer in rows:
        assert ours["count"] == peer["count"] == n, (ours, peer)
        print(
            f"{task:<20} {ours['seconds']:9.1f} {ours['peak_mb']:8.0f} {peer['seconds']:8.1f} "
            f"{peer['peak_mb']:8.0f} {peer['seconds'] / ours['seconds']:9.2f}x "
            f"{peer['peak_mb'] / ours['peak_mb']:11.2f}x"
        )


if __name__ == "__main__":
    main()
