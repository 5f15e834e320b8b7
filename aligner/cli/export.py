"""``bitext export NAME.bitext --to tmx|csv|tsv|moses -o FILE``."""

from __future__ import annotations

import argparse
import sys

from aligner.errors import BitextError
from aligner.formats.common import parse_statuses
from aligner.formats.export import FORMATS, export_project
from aligner.project import Project
from aligner.project.store import damaged_as_error


def register(sub) -> None:
    parser = sub.add_parser(
        "export",
        help="write a project's pairs as TMX 1.4b, CSV, TSV or Moses files",
        description="Write a project's sentence pairs as TMX 1.4b, CSV, TSV (source<TAB>target) "
        "or Moses (two line-aligned files, BASENAME.SRC and BASENAME.TGT). Rejected pairs are "
        "left out unless --status says otherwise; TMX, TSV and Moses leave out pairs with an "
        "empty side.",
    )
    parser.add_argument("project", metavar="NAME.bitext", help="project file")
    parser.add_argument("--to", choices=FORMATS, required=True, help="output format")
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="output file (default: stdout; for moses the base name of the two files)",
    )  # fmt: skip
    parser.add_argument(
        "--status", metavar="S[,S]",
        help="export only pairs with these statuses: unreviewed, confirmed, rejected or all "
        "(default: unreviewed,confirmed)",
    )  # fmt: skip
    parser.add_argument(
        "--min-score", type=float, metavar="X", help="export only pairs scoring at least X"
    )
    parser.add_argument(
        "--doubtful", action="store_true",
        help="export only doubtful pairs: unreviewed with a low score, an empty side, or three "
        "sentences or more on a side (as 'bitext info' counts them and the review app shows "
        "them), e.g. to review them elsewhere",
    )  # fmt: skip
    parser.add_argument(
        "--excel", action="store_true",
        help="CSV for spreadsheets: UTF-8 BOM, and cells starting with = + - @ get a leading "
        "apostrophe so they are not run as formulas",
    )  # fmt: skip
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    statuses = parse_statuses(args.status)
    if args.min_score is not None and not 0.0 <= args.min_score <= 1.0:
        raise BitextError(f"--min-score must be between 0 and 1, not {args.min_score}")
    with damaged_as_error(args.project), Project.open(args.project) as project:
        result = export_project(
            project, args.to, args.output,
            statuses=statuses, min_score=args.min_score, excel=args.excel,
            doubtful=args.doubtful,
        )  # fmt: skip
    left_out = []
    if result.filtered:
        left_out.append(f"{result.filtered} by status/score" + ("/doubt" if args.doubtful else ""))
    if result.one_sided:
        left_out.append(f"{result.one_sided} with an empty side")
    note = f" (left out: {', '.join(left_out)})" if left_out else ""
    print(
        f"bitext: wrote {result.written} pairs to {', '.join(result.files)}{note}",
        file=sys.stderr,
    )
    return 0
