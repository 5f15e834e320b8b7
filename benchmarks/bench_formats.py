"""Project file and TMX speed: bitext beside translate-toolkit, measured in one run.

    .bench/bin/python benchmarks/bench_formats.py [N_PAIRS]

Builds a synthetic project of N 1-1 pairs (default 20000), then times: project
creation, loading all beads, single edits and undo, TMX export and TMX import,
each beside translate-toolkit's TMX writer and reader on the same pairs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from aligner.formats.export import export_project
from aligner.formats.importing import import_file
from aligner.formats.tmx_read import read_tmx
from aligner.project import Project
from aligner.types import Alignment, Bead, Document, Segment


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    """Median wall time of ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def build(path: Path, n: int) -> Project:
    de = [f"Lukaschenko sprach am {i % 28 + 1}. März zu {i} Menschen in Minsk." for i in range(n)]
    en = [f"Lukashenko spoke to {i} people in Minsk on {i % 28 + 1} March." for i in range(n)]

    def doc(texts, lang):
        segs, pos = [], 0
        for t in texts:
            segs.append(Segment(t, pos, pos + len(t)))
            pos += len(t) + 1
        return Document(" ".join(texts), lang=lang), segs

    (src, ss), (tgt, ts) = doc(de, "de"), doc(en, "en")
    beads = [Bead(range(i, i + 1), range(i, i + 1), 0.9) for i in range(n)]
    return Project.create(path, src, tgt, ss, ts, Alignment(beads, n, n), overwrite=True)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    from translate.storage import tmx as tt_tmx

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t_create, project = timed(lambda: build(tmp / "p.bitext", n), repeat=1)
        rows.append(("create project", t_create, None))
        t_beads, _ = timed(project.beads)
        rows.append(("load all beads", t_beads, None))
        middle = n // 2

        def edit_cycle():
            project.merge_next(middle)
            project.undo()

        t_edit, _ = timed(edit_cycle, repeat=20)
        rows.append(("merge + undo (2 commits)", t_edit, None))
        pairs = project.pairs()

        t_ours, _ = timed(lambda: export_project(project, "tmx", tmp / "ours.tmx"))

        def tt_write():
            store = tt_tmx.tmxfile(sourcelanguage="de", targetlanguage="en")
            for row in pairs.itertuples(index=False):
                unit = store.addsourceunit(row.source)
                unit.target = row.target
                if row.note:
                    unit.addnote(row.note)
            (tmp / "tt.tmx").write_bytes(bytes(store))

        t_tt, _ = timed(tt_write)
        rows.append(("TMX export", t_ours, t_tt))

        t_read, tmx = timed(lambda: read_tmx(tmp / "ours.tmx"))

        def tt_read():
            # translate-toolkit wraps elements lazily: ask for the texts, as we extract them.
            store = tt_tmx.tmxfile.parsefile(str(tmp / "ours.tmx"))
            return [(unit.source, unit.target, unit.getnotes()) for unit in store.units]

        t_tt_read, texts = timed(tt_read)
        assert len(tmx.units) == len(texts) == n
        rows.append(("TMX read (all texts)", t_read, t_tt_read))
        t_import, _ = timed(
            lambda: import_file(tmp / "ours.tmx", tmp / "imp.bitext", overwrite=True).close()
        )
        rows.append(("TMX import to project", t_import, None))
        t_csv, _ = timed(lambda: export_project(project, "csv", tmp / "p.csv"))
        rows.append(("CSV export", t_csv, None))
        project.close()
        size = (tmp / "p.bitext").stat().st_size

    print(f"{n} pairs, project file {size / 1e6:.1f} MB (median of 3 runs; edits: of 20)")
    print(f"{'task':<26} {'bitext s':>10} {'translate-toolkit s':>20} {'ratio':>7}")
    for task, ours, peer in rows:
        peer_text = f"{peer:20.3f}" if peer is not None else f"{'-':>20}"
        ratio = f"{peer / ours:6.1f}x" if peer else f"{'':>7}"
        print(f"{task:<26} {ours:10.4f} {peer_text} {ratio}")


if __name__ == "__main__":
    main()
