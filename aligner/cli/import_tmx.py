"""``bitext import FILE.tmx -o NAME.bitext``: a translation memory (or pairs CSV) as a project."""

from __future__ import annotations

import argparse

from aligner.cli.output import note
from aligner.files import check_output, refuse_existing, refuse_inputs, writing
from aligner.formats.importing import import_file
from aligner.langtag import check_lang


def register(sub) -> None:
    parser = sub.add_parser(
        "import",
        help="make a project from a TMX file (or a CSV/TSV of pairs)",
        description="Make a project from a TMX file (TMX 1.1 to 1.4b), or from a CSV/TSV with "
        "source and target columns. Each unit becomes one bead. Everything a TMX unit holds is "
        "kept for the export: inline codes (shown as tags in review), notes, props, ids, dates, "
        "tuvs in other languages; review status, score and note written by bitext come back. "
        "A CSV's delimiter (, ; or tab) is found from its header.",
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
    src = args.src and check_lang(args.src, "--src", args.file)
    tgt = args.tgt and check_lang(args.tgt, "--tgt", args.file)
    # Before reading a byte: the output's directory, an existing project, the input itself.
    check_output(args.output)
    refuse_existing(args.output, args.force)
    refuse_inputs(args.output, [(args.file, "the file being imported")])

    def warn(message: str) -> None:
        note(f"warning: {args.file}: {message}")

    with (
        writing(args.output),
        import_file(
            args.file, args.output, src=src, tgt=tgt, overwrite=args.force, on_warning=warn
        ) as project,
    ):
        n, src, tgt = len(project), project.src_lang, project.tgt_lang
    note(f"imported {n} pairs ({src} -> {tgt}) into {args.output}")
    return 0
