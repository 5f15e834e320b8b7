"""``bitext export NAME.bitext --to tmx|csv|tsv|moses -o FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from aligner.cli.output import note
from aligner.errors import BitextError
from aligner.files import (
    check_output,
    check_project,
    project_inputs,
    refuse_existing,
    refuse_inputs,
)
from aligner.formats.common import parse_statuses
from aligner.formats.export import FORMATS, export_project, moses_paths
from aligner.langtag import check_lang
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
    parser.add_argument("--force", action="store_true", help="replace an existing output file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    statuses = parse_statuses(args.status)
    if args.min_score is not None and not 0.0 <= args.min_score <= 1.0:
        raise BitextError(f"--min-score must be between 0 and 1, not {args.min_score}")
    if args.excel and args.to != "csv":
        raise BitextError("--excel applies to --to csv only")
    if args.to == "moses" and _stdout(args.output):
        raise BitextError("--to moses writes two files: give -o BASENAME")
    check_project(args.project)
    with damaged_as_error(args.project), Project.open(args.project) as project:
        for path in _outputs(project, args.to, args.output):
            check_output(path)
            refuse_inputs(path, project_inputs(project))
            refuse_existing(path, args.force)
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
    why = f" (left out: {', '.join(left_out)})" if left_out else ""
    note(f"wrote {result.written} pairs to {', '.join(result.files)}{why}")
    return 0


def _stdout(output: str | None) -> bool:
    return output is None or output == "-"


def _outputs(project, fmt: str, output: str | None) -> list[str]:
    """The files the export will write, after checking the languages that name or fill them.

    TMX needs both languages; Moses builds its file names from them, so a tag
    read from a project file must be a language tag and nothing that reaches
    another directory (``corpus./../../x``).
    """
    if fmt in ("tmx", "moses"):
        for lang, which in ((project.src_lang, "source"), (project.tgt_lang, "target")):
            if not lang:
                raise BitextError(
                    f"the project has no {which} language; --to {fmt} needs one", str(project.path)
                )
            check_lang(lang, f"the project's {which} language", str(project.path))
    if _stdout(output):
        return []
    if fmt != "moses":
        return [output]  # as typed: messages name it so
    try:
        paths = moses_paths(output, project.src_lang, project.tgt_lang)
    except BitextError as err:
        raise BitextError(err.message, err.path or str(project.path)) from None
    for path in paths:
        if path.parent != Path(output).parent:
            raise BitextError("a language tag would place a Moses file elsewhere", str(path))
    return [str(path) for path in paths]
