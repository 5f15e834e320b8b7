"""``bitext import FILE.tmx -o NAME.bitext``: a translation memory (or pairs CSV) as a project."""

from __future__ import annotations

import argparse
import sys

from aligner.formats.importing import import_file


def register(sub) -> None:
    parser = sub.add_parser(
        "import",
        help="make a project from a TMX file (or a CSV/TSV of pairs)",
        description="Make a project from a TMX file (TMX 1.1 to 1.4b), or from a CSV/TSV with "
        "source and target columns. Each unit becomes one bead; review status, score and notes "
        "written by bitext's own TMX export come back.",
    )
    parser.add_argument("file", metavar="FILE", help="TMX, CSV or TSV file")
    parser.add_argument(
        "-o", "--output", metavar="NAME.bitext", required=True, help="project file to create"
    )
    parser.add_argument(
        "--src", metavar="LANG", help="source language (TMX: default the header's srclang)"
    )
    parser.add_argument(
        "--tgt", metavar="LANG", help="target language (TMX: default the only other language)"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing project file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with import_file(
        args.file, args.output, src=args.src, tgt=args.tgt, overwrite=args.force
    ) as project:
        n, src, tgt = len(project), project.src_lang, project.tgt_lang
    print(f"bitext: imported {n} pairs ({src} -> {tgt}) into {args.output}", file=sys.stderr)
    return 0
