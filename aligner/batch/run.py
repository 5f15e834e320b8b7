"""Run a batch: pairs as Dask futures, rows as they complete, a report and a corpus at the end.

At most a few pairs per worker thread are in flight at once, so the client
and the scheduler hold a bounded number of futures however long the manifest
is. The output folder is locked for the run; debris of a killed run (hidden
``.part`` files) is swept before the first pair.
"""

from __future__ import annotations

import os
import re
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

from aligner.batch.cluster import check_workers, dashboard, dask_client
from aligner.batch.corpus import CorpusResult, write_corpus
from aligner.batch.manifest import PairSpec
from aligner.batch.pair import (
    COUNT_COLUMNS,
    FLOAT_COLUMNS,
    OK_STATUSES,
    REPORT_COLUMNS,
    Settings,
    process_pair,
    project_path,
)
from aligner.errors import BitextError
from aligner.files import output_error
from aligner.formats.common import DEFAULT_STATUSES, atomic_output
from aligner.progress import enabled as progress_enabled
from aligner.progress import progress

REPORT_NAME = "report.csv"
LOCK_NAME = ".bitext-batch.lock"
#: Pairs in flight per worker thread: enough to keep workers busy between results.
IN_FLIGHT = 4
# What a killed run may leave: NAME.bitext built half-way, its SQLite side files and
# Project.create's own temporary file; in the output folder a report or corpus half-written.
_PROJECT_DEBRIS = re.compile(r"^\.+.+\.bitext\.[0-9a-f]{8}\.part(\..+\.tmp)?(-wal|-shm|-journal)?$")
_OUTDIR_DEBRIS = re.compile(r"^\.(report\.csv|corpus\.tmx|corpus\.tsv)\..+\.tmp$")


@dataclass(slots=True)
class Outcome:
    """What a batch did: the report (a DataFrame) and where things went."""

    report: object
    outdir: Path
    seconds: float
    corpus: CorpusResult | None = None
    dashboard: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return int((self.report["status"] == "failed").sum()) + len(
            self.corpus.errors if self.corpus else []
        )

    def summary(self) -> str:
        """One line: pairs by status, time, where the report and corpus are."""
        counts = self.report["status"].value_counts()
        parts = [f"{counts.get(s, 0)} {s}" for s in ("aligned", "skipped", "failed")]
        line = (
            f"{len(self.report)} pairs: {', '.join(parts)} in {_duration(self.seconds)}; "
            f"report {self.outdir / REPORT_NAME}"
        )
        if self.corpus is not None:
            line += f"; {self.corpus.units} units in {self.corpus.path}"
        return line


def run_batch(
    specs: list[PairSpec],
    settings: Settings,
    *,
    client=None,
    scheduler: str | None = None,
    workers: int | None = None,
    corpus: str | None = None,
    statuses=DEFAULT_STATUSES,
    min_score: float | None = None,
    on_message: Callable[[str], None] = lambda line: None,
) -> Outcome:
    """Align every pair on Dask into ``settings.outdir``; write the report (and corpus)."""
    import pandas as pd

    outdir = Path(settings.outdir)
    start = time.perf_counter()
    # The scheduler first: an unreachable one is bad input, and nothing is written yet.
    with dask_client(client, scheduler=scheduler, workers=workers) as dask, _locked(outdir):
        threads = check_workers(dask, str(outdir))
        link = dashboard(dask)
        if link and progress_enabled():
            on_message(f"Dask dashboard: {link}")
        sweep(outdir, specs)
        rows = []
        with progress("Aligning pairs", total=len(specs)) as bar:
            for index, row in _results(dask, specs, settings, threads):
                # A tuple is a fifth of a dict's size: a million rows stay well under a GB.
                rows.append((index, tuple(row[c] for c in REPORT_COLUMNS)))
                if row["status"] == "failed":
                    on_message(f"failed: {row['name']}: {row['error']}")
                bar.advance()
        rows.sort(key=lambda item: item[0])
        report = pd.DataFrame.from_records([row for _, row in rows], columns=REPORT_COLUMNS)
        del rows
        report = report.astype({**dict.fromkeys(COUNT_COLUMNS, "Int64"), **FLOAT_COLUMNS})
        _write_report(report, outdir / REPORT_NAME)
        outcome = Outcome(report, outdir, 0.0, dashboard=link)
        if corpus:
            done = report[report["status"].isin(OK_STATUSES)]
            items = [
                (name, str(outdir / project))
                for name, project in zip(done["name"], done["project"], strict=True)
            ]
            with progress("Writing corpus", total=len(items)) as bar:
                outcome.corpus = write_corpus(
                    dask, items, outdir, corpus,
                    src_langs=set(done["src_lang"]), statuses=statuses,
                    min_score=min_score, threads=threads, advance=bar.advance,
                )  # fmt: skip
            for name, error in outcome.corpus.errors:
                on_message(f"left out of the corpus: {name}: {error}")
        sweep(outdir, specs)  # what workers lost during this run left behind
    outcome.seconds = time.perf_counter() - start
    return outcome


def _results(dask, specs, settings, threads) -> Iterator[tuple[int, dict]]:
    """(manifest index, report row) as pairs finish, keeping a bounded number in flight."""
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]
    todo = iter(enumerate(specs))
    index_of = {}

    def submit(index: int, spec: PairSpec):
        future = dask.submit(process_pair, spec, settings, key=f"pair-{token}-{index}", pure=False)
        index_of[future.key] = index
        return future

    window = max(1, threads) * IN_FLIGHT
    running = as_completed([submit(i, s) for i, s in _take(todo, window)], loop=dask.loop)
    for future in running:
        index = index_of.pop(future.key)
        yield index, _row(future, specs[index], settings)
        nxt = next(todo, None)
        if nxt is not None:
            running.add(submit(*nxt))
        future.release()


def _take(iterator, n: int) -> list:
    items = []
    for item in iterator:
        items.append(item)
        if len(items) >= n:
            break
    return items


def _row(future, spec: PairSpec, settings: Settings) -> dict:
    """The pair's row; a pair that kept killing its workers (memory, a crash) is recorded too."""
    if future.status == "finished":
        return future.result()
    err = future.exception()
    if type(err).__name__ == "CancelledError" or future.status == "cancelled":
        raise BitextError("lost the Dask scheduler; run the same command again to resume") from None
    row = dict.fromkeys(REPORT_COLUMNS)
    row.update(
        name=spec.name, src=spec.src, tgt=spec.tgt, status="failed",
        src_lang=spec.src_lang, tgt_lang=spec.tgt_lang,
        error=f"{type(err).__name__}: {err}".strip(),
    )  # fmt: skip
    if type(err).__name__ == "KilledWorker":
        row["error"] = "its worker died each time it ran this pair (out of memory?)"
    return row


def sweep(outdir: Path, specs: list[PairSpec]) -> int:
    """Remove what a killed run left half-written (never a finished project)."""
    folders = {project_path(outdir, s).parent: _PROJECT_DEBRIS for s in specs}
    folders[outdir] = _OUTDIR_DEBRIS
    removed = 0
    for folder, debris in folders.items():
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            continue
        for entry in entries:
            if debris.match(entry.name) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
    return removed


@contextmanager
def _locked(outdir: Path) -> Iterator[None]:
    """One batch at a time per output folder: two would write the same projects."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        handle = open(outdir / LOCK_NAME, "a")
    except OSError as err:
        raise output_error(err, outdir) from None
    try:
        try:
            if fcntl is not None:  # POSIX; elsewhere runs are not kept apart
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BitextError(
                "another bitext batch is writing to this folder; wait for it to finish",
                str(outdir),
            ) from None
        yield
    finally:
        handle.close()


def _write_report(report, path: Path) -> None:
    with atomic_output(path, newline="") as out:
        report.to_csv(out, index=False, lineterminator="\n")


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{seconds:.1f}s"


def say(line: str) -> None:
    print(f"bitext: {line}", file=sys.stderr)
