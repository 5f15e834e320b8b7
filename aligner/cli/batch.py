"""``bitext batch MANIFEST -o OUTDIR`` or ``bitext batch SRC_DIR TGT_DIR -o OUTDIR``."""

from __future__ import annotations

import argparse
from pathlib import Path

from aligner.errors import BitextError


def register(sub) -> None:
    parser = sub.add_parser(
        "batch",
        help="align many document pairs on Dask into projects, a report and one corpus",
        description="Align every pair of a manifest (CSV/TSV with the columns src, tgt and "
        "optionally name, src_lang, tgt_lang; paths relative to the manifest) or of two "
        "folders whose files pair by name (de/report.md and hu/report.md, or report.de.md and "
        "report.hu.md). Each pair becomes OUTDIR/projects/NAME.bitext, for 'bitext review'; "
        "OUTDIR/report.csv has a row per pair. Runs on a local Dask cluster, or on an "
        "existing one with --scheduler (its workers need bitext installed and the files at "
        "the same paths). Running the same command again skips the pairs already done. Exit "
        "status 1 when a pair failed.",
    )
    parser.add_argument("first", metavar="MANIFEST|SRC_DIR", help="a manifest, or a folder")
    parser.add_argument(
        "second", nargs="?", metavar="TGT_DIR", help="the folder of translations (with SRC_DIR)"
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--workers", type=int, metavar="N",
        help="worker processes of the local cluster (default: one per core)",
    )  # fmt: skip
    where.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="run on the Dask cluster whose scheduler is at ADDRESS, e.g. tcp://host:8786",
    )  # fmt: skip
    parser.add_argument(
        "--to", choices=("tmx", "tsv", "parquet"),
        help="also write the whole corpus: OUTDIR/corpus.tmx, corpus.tsv (with a header; "
        "document, languages, source, target, score, status) or corpus.parquet (a dataset "
        "partitioned by language pair)",
    )  # fmt: skip
    parser.add_argument(
        "--status", metavar="S[,S]",
        help="corpus: only pairs with these statuses (unreviewed, confirmed, rejected or all; "
        "default: unreviewed,confirmed)",
    )  # fmt: skip
    parser.add_argument(
        "--min-score", type=float, metavar="X", help="corpus: only pairs scoring at least X"
    )
    parser.add_argument(
        "--build-glossary",
        action="store_true",
        help="also build each project's name glossary (as 'bitext glossary build')",
    )
    parser.add_argument("--src-lang", metavar="LANG", help="source language where not known")
    parser.add_argument("--tgt-lang", metavar="LANG", help="target language where not known")
    parser.add_argument(
        "--mode", default="full", help="aligner signals, as for 'bitext align' (default: full)"
    )
    parser.add_argument("--encoding", metavar="NAME", help="legacy 8-bit encoding of all files")
    parser.add_argument(
        "--dictionary",
        metavar="FILE",
        action="append",
        default=[],
        help="a FreeDict dictionary (its .index file, e.g. freedict-deu-fra.index) for the "
        "pairs of its two languages; may be repeated",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aligner.batch import batch
    from aligner.batch.run import say
    from aligner.formats.common import parse_statuses

    pairs = _pairs(args.first, args.second)
    report = batch(
        pairs,
        args.output,
        scheduler=args.scheduler,
        workers=args.workers,
        to=args.to,
        statuses=parse_statuses(args.status),
        min_score=args.min_score,
        build_glossary=args.build_glossary,
        mode=args.mode,
        encoding=args.encoding,
        src_lang=args.src_lang,
        tgt_lang=args.tgt_lang,
        dictionaries=args.dictionary,
        on_message=say,
    )
    say(report.attrs["summary"])
    return 1 if report.attrs["failed"] else 0


def _pairs(first: str, second: str | None):
    if second is not None:
        return (first, second)
    if Path(first).is_dir():
        raise BitextError("a folder alone: give a manifest, or the two folders to pair", first)
    return first
