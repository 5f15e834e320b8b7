"""Corpus scale: align thousands of document pairs on Dask, resumable, with one corpus out.

``aligner.batch(pairs, outdir)`` aligns every pair into its own project
(``outdir/projects/NAME.bitext``), writes ``outdir/report.csv`` and returns
the report as a DataFrame; ``to="tmx"|"tsv"|"parquet"`` also writes the
whole corpus as one file or dataset. It runs on a local Dask cluster, on a
scheduler's address, or on a ``dask.distributed.Client`` you pass.

Modules: ``manifest`` (the list of pairs and its checks), ``pair`` (what a
worker does for one pair), ``cluster`` (the Dask client), ``run`` (futures,
report, resume), ``corpus`` (the corpus out).
"""

from __future__ import annotations

import codecs
import os
import sys
import types
from pathlib import Path

from aligner.batch.corpus import FORMATS
from aligner.batch.manifest import PairSpec, pair_folders, pairs_from_records, read_manifest
from aligner.batch.pair import REPORT_COLUMNS, Settings
from aligner.errors import BitextError
from aligner.formats.common import DEFAULT_STATUSES, parse_statuses
from aligner.langtag import check_lang

__all__ = [
    "FORMATS",
    "REPORT_COLUMNS",
    "PairSpec",
    "batch",
    "pair_folders",
    "pairs_from_records",
    "read_manifest",
]


def batch(
    pairs,
    outdir: str | os.PathLike,
    *,
    client=None,
    scheduler: str | None = None,
    workers: int | None = None,
    to: str | None = None,
    statuses=DEFAULT_STATUSES,
    min_score: float | None = None,
    build_glossary: bool = False,
    mode: str = "full",
    encoding: str | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    dictionaries=(),
    on_message=None,
):
    """Align many document pairs into ``outdir``; return the report as a pandas DataFrame.

    ``pairs`` is a manifest path (CSV/TSV with ``src``, ``tgt`` and optionally
    ``name``, ``src_lang``, ``tgt_lang``), a ``(src_dir, tgt_dir)`` tuple
    paired by file name, a DataFrame or records with the manifest's columns,
    or a list of :class:`PairSpec`. Runs on ``client`` (a
    ``dask.distributed.Client``), else on the scheduler at ``scheduler``, else
    on a local cluster of ``workers`` processes. A pair that fails is a
    ``failed`` row, not an exception; pairs done by an earlier run with the
    same inputs are ``skipped``. ``df.attrs["summary"]`` holds the one-line
    summary, ``df.attrs["corpus"]`` the corpus path and unit count.
    ``dictionaries`` are FreeDict dictionaries (their ``.index`` files), each used
    as ``bitext align --dictionary`` uses it for the pairs of its two languages.
    """
    from aligner.batch.run import run_batch

    say = on_message or (lambda line: None)
    if isinstance(statuses, str):
        statuses = parse_statuses(statuses)
    check_options(client, scheduler, workers, to, min_score, mode, encoding)
    src_lang = check_lang(src_lang, "--src-lang") if src_lang else None
    tgt_lang = check_lang(tgt_lang, "--tgt-lang") if tgt_lang else None
    target = check_outdir(outdir)
    specs = resolve_pairs(pairs, src_lang, tgt_lang, say, exclude=target)
    settings = Settings(
        str(target),
        mode=mode,
        build_glossary=build_glossary,
        encoding=encoding,
        dictionaries=check_dictionaries(dictionaries),
    )
    outcome = run_batch(
        specs, settings, client=client, scheduler=scheduler, workers=workers, corpus=to,
        statuses=statuses, min_score=min_score, on_message=say,
    )  # fmt: skip
    report = outcome.report
    report.attrs["summary"] = outcome.summary()
    report.attrs["failed"] = outcome.failed
    if outcome.corpus is not None:
        report.attrs["corpus"] = {"path": str(outcome.corpus.path), "units": outcome.corpus.units}
    return report


def check_dictionaries(paths) -> tuple[str, ...]:
    """Absolute paths of FreeDict dictionaries whose name gives their two languages and
    whose two files are there; an error naming the first that is not."""
    from aligner.align.dictd import files, is_dictd, languages

    out = []
    for path in paths:
        if not is_dictd(path) or languages(path) is None:
            raise BitextError(
                "batch takes FreeDict dictionaries (freedict-deu-fra.index): the name gives "
                "their languages",
                str(path),
            )
        index, _entries = files(path)
        out.append(str(index.resolve()))
    return tuple(out)


def check_options(client, scheduler, workers, to, min_score, mode, encoding) -> None:
    """Every option checked before a cluster starts or a pair is read."""
    from aligner.align import align

    if client is not None and (scheduler or workers):
        raise BitextError("give a Dask client, a scheduler address or a number of workers, not two")
    if scheduler and workers:
        raise BitextError(
            "--workers sizes a local cluster; a cluster at --scheduler brings its own workers"
        )
    if workers is not None and workers < 1:
        raise BitextError(f"--workers must be at least 1, not {workers}")
    if to is not None and to not in FORMATS:
        raise BitextError(f"unknown corpus format {to!r}: use one of {', '.join(FORMATS)}")
    if min_score is not None and not 0.0 <= min_score <= 1.0:
        raise BitextError(f"--min-score must be between 0 and 1, not {min_score}")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise BitextError(f"unknown encoding {encoding!r}") from None
    try:
        align([], [], mode=mode)  # checks the mode's name and nothing else
    except ValueError as err:
        raise BitextError(str(err)) from None


def resolve_pairs(pairs, src_lang, tgt_lang, say, exclude=None) -> list[PairSpec]:
    """The pairs as specs, languages given as options filling in those not known."""
    if isinstance(pairs, tuple) and len(pairs) == 2:
        specs, alone = pair_folders(*pairs, src_lang=src_lang, tgt_lang=tgt_lang, exclude=exclude)
        if alone:
            more = f" and {len(alone) - 1} more" if len(alone) > 1 else ""
            say(f"warning: no counterpart for {alone[0]}{more}; left out")
        return specs
    if isinstance(pairs, str | os.PathLike):
        specs = read_manifest(pairs)
    elif hasattr(pairs, "to_dict"):  # a DataFrame
        specs = pairs_from_records(pairs.to_dict("records"))
    else:
        pairs = list(pairs)
        if pairs and all(isinstance(p, PairSpec) for p in pairs):
            specs = pairs
        else:
            specs = pairs_from_records(pairs)
    if src_lang or tgt_lang:
        specs = [
            PairSpec(s.name, s.src, s.tgt, s.src_lang or src_lang, s.tgt_lang or tgt_lang)
            for s in specs
        ]
    return specs


def check_outdir(outdir: str | os.PathLike) -> Path:
    """The output folder, absolute (workers elsewhere see the same path); its parent must exist."""
    path = Path(outdir).absolute()
    if path.exists() and not path.is_dir():
        raise BitextError("exists and is not a folder", str(outdir))
    if not path.parent.is_dir():
        raise BitextError("folder does not exist", str(path.parent))
    return path


class _CallableModule(types.ModuleType):
    """``aligner.batch`` is this package and, called, :func:`batch` (as ``aligner.segment``)."""

    def __call__(self, pairs, outdir, **kwargs):
        return batch(pairs, outdir, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
