"""``bitext segment FILE``: print the sentences of a text or Markdown file."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Iterable

from aligner.cli.output import note
from aligner.progress import progress
from aligner.read import read_document
from aligner.segment import document_language, iter_document, lines_as_segments, load_srx
from aligner.segment.langdata import has_rules, read_abbreviation_file
from aligner.types import Document, Segment

_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)\s*")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "segment",
        help="split a text into sentences",
        description="Split a text or Markdown file into sentences, one per line "
        "(or as JSON lines with spans and paragraph numbers). Every character of the "
        "input is in a segment's span, or is white space or markup.",
    )
    p.add_argument("file", metavar="FILE", help="text or Markdown file; - reads stdin")
    p.add_argument("--lang", help="language code (de, en, hu, fr, pl, ru ...); detected if omitted")
    p.add_argument(
        "--format",
        choices=("lines", "jsonl"),
        default="lines",
        help="lines: one sentence per line; jsonl: text, start, end, paragraph",
    )
    p.add_argument("--encoding", help="legacy input encoding, e.g. cp1252 (default: UTF-8/BOM)")
    p.add_argument(
        "--input-format",
        choices=("text", "markdown"),
        help="treat the input as plain text or Markdown (default: by extension and content)",
    )
    p.add_argument(
        "--abbreviations",
        metavar="FILE",
        help="extra abbreviations, one per line (e.g. 'Ztschr.'), never sentence ends",
    )
    add_srx_option(p)
    lines = p.add_mutually_exclusive_group()
    lines.add_argument(
        "--presegmented",
        action="store_true",
        help="the file holds one sentence per line: every non-empty line is one segment",
    )
    lines.add_argument(
        "--line-breaks",
        action="store_true",
        help="every line break ends a segment; sentences are still split inside a line",
    )
    p.set_defaults(func=run)


def add_srx_option(p: argparse.ArgumentParser) -> None:
    """``--srx RULES.srx``, shared with ``bitext align``."""
    p.add_argument(
        "--srx",
        metavar="RULES.srx",
        help="split sentences with the rules of an SRX 2.0 file (as exported by OmegaT, "
        "Okapi, memoQ or Trados) instead of bitext's own",
    )


def run(args: argparse.Namespace) -> int:
    extra = read_abbreviation_file(args.abbreviations) if args.abbreviations else []
    srx = load_srx(args.srx) if args.srx else None
    fmt = "text" if args.presegmented else args.input_format
    doc = read_document(args.file, lang=args.lang, encoding=args.encoding, fmt=fmt)
    if args.presegmented:
        return _write(args, doc, lines_as_segments(doc.text))
    lang = document_language(doc)
    if not args.lang:
        note(f"{doc.path}: language detected as {lang}")
    elif not has_rules(lang) and srx is None:
        note(
            f"{doc.path}: no sentence rules for language {lang!r}, using the language-neutral ones"
        )
    segments = iter_document(
        dataclasses.replace(doc, lang=lang), extra, srx=srx, line_breaks=args.line_breaks
    )
    return _write(args, doc, segments)


def _write(args: argparse.Namespace, doc: Document, segments: Iterable[Segment]) -> int:
    out = sys.stdout
    write = out.write
    done = 0
    with progress(f"Segmenting {doc.path}", total=len(doc.text)) as bar:
        for seg in segments:
            if args.format == "jsonl":
                record = {
                    "text": seg.text,
                    "start": seg.start,
                    "end": seg.end,
                    "paragraph": seg.paragraph,
                }
                write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                write(_BREAKS.sub(" ", seg.text) + "\n")
            if seg.end > done:
                bar.advance(seg.end - done)
                done = seg.end
    out.flush()
    return 0
