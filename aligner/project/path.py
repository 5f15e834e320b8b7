"""The alignment path: where each bead sits on the plane of source × target sentences.

An alignment of two texts is a staircase from (0, 0) to (source sentences,
target sentences); each bead is one step of it. Plotting the steps shows at a
glance where the aligner went straight (a diagonal), where one text has
sentences the other lacks (flat or steep runs), and where it was unsure.
These functions read that path from a project for a picture
(:mod:`aligner.formats.picture`), the review app's minimap or a notebook
(:func:`path_frame` gives it as a pandas DataFrame).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from aligner.project.doubt import DOUBT_SQL, doubtful

_COLUMNS = "id, src_start, src_stop, tgt_start, tgt_stop, score, status"


@dataclass(frozen=True, slots=True)
class PathStep:
    """One bead as a step of the path: ``[src_start, src_stop) × [tgt_start, tgt_stop)``."""

    position: int
    id: int
    src_start: int
    src_stop: int
    tgt_start: int
    tgt_stop: int
    score: float
    status: str
    doubtful: bool

    @property
    def kind(self) -> str:
        return f"{self.src_stop - self.src_start}-{self.tgt_stop - self.tgt_start}"


@dataclass(frozen=True, slots=True)
class AlignmentPath:
    """The whole path: its steps in reading order and the size of the plane."""

    steps: list[PathStep]
    n_src: int
    n_tgt: int
    src_lang: str | None = None
    tgt_lang: str | None = None

    def regions(self) -> list[tuple[int, int]]:
        """Runs of doubtful beads as ``(first, last)`` positions, inclusive."""
        return doubtful_runs([s.doubtful for s in self.steps])


def alignment_path(project) -> AlignmentPath:
    """Read the path of a project in one snapshot (one query, no texts)."""
    with project._snapshot():
        rows = project._db.execute(
            f"SELECT {_COLUMNS} FROM bead ORDER BY src_start + tgt_start"
        ).fetchall()
        n_src, n_tgt = project._sentence_counts()
        src_lang, tgt_lang = project.src_lang, project.tgt_lang
    steps = [
        PathStep(
            position, bead_id, ss, se, ts, te, score, status,
            doubtful(status, score, se - ss, te - ts),
        )
        for position, (bead_id, ss, se, ts, te, score, status) in enumerate(rows)
    ]  # fmt: skip
    return AlignmentPath(steps, n_src, n_tgt, src_lang, tgt_lang)


def path_frame(project):
    """The path as a pandas DataFrame, one row per bead (for plotting in a notebook)."""
    import pandas as pd

    path = alignment_path(project)
    columns = [f.name for f in fields(PathStep)]
    return pd.DataFrame([[getattr(s, c) for c in columns] for s in path.steps], columns=columns)


def doubtful_runs(flags: list[bool]) -> list[tuple[int, int]]:
    """``(first, last)`` of each run of true flags."""
    runs: list[tuple[int, int]] = []
    start = None
    for k, flag in enumerate(flags):
        if flag and start is None:
            start = k
        elif not flag and start is not None:
            runs.append((start, k - 1))
            start = None
    if start is not None:
        runs.append((start, len(flags) - 1))
    return runs


@dataclass(frozen=True, slots=True)
class StripCell:
    """A stretch of the document in the minimap: how many beads of each kind it holds."""

    beads: int = 0
    doubtful: int = 0
    confirmed: int = 0
    rejected: int = 0


def strip(project, cells: int) -> list[StripCell]:
    """The document cut into ``cells`` equal stretches of beads, each summed up.

    One grouped query: the minimap redraws it after edits without reading
    any text, even at 200,000 beads.
    """
    cells = max(int(cells), 1)
    with project._snapshot():
        total = len(project)
        if total == 0:
            return [StripCell() for _ in range(cells)]
        rows = project._db.execute(
            "SELECT cell, count(*), sum(doubt), sum(status = 'confirmed'), "
            "sum(status = 'rejected') FROM ("
            f"  SELECT (row_number() OVER (ORDER BY src_start + tgt_start) - 1) * ? / ? AS cell,"
            f"  {DOUBT_SQL} AS doubt, status FROM bead"
            ") GROUP BY cell",
            (cells, total),
        ).fetchall()
    out = [StripCell() for _ in range(cells)]
    for cell, beads, doubt, confirmed, rejected in rows:
        out[cell] = StripCell(beads, doubt, confirmed, rejected)
    return out


def cell_of(position: int, total: int, cells: int) -> int:
    """The strip cell that holds the bead at ``position`` (as :func:`strip` cuts them)."""
    if total <= 0:
        return 0
    return min(position * cells // total, cells - 1)
