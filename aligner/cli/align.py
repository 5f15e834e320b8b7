"""``bitext align SRC TGT``: find the sentence pairs of a text and its translation."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from aligner.cli.segment import add_srx_option
from aligner.errors import BitextError
from aligner.read import read_document
from aligner.segment import detect_language, lines_as_segments, load_srx, segment_document
from aligner.segment.srx import SrxRules
from aligner.types import Alignment, Document, Segment

FORMATS = ("beads", "tsv", "jsonl")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "align",
        help="align the sentences of a text and its translation",
        description=(
            "Align SRC with its translation TGT, fully offline. Results go to stdout. "
            "With --presegmented every non-empty line is one sentence and blank lines "
            "are skipped (bead numbers count sentences, not lines)."
        ),
    )
    p.add_argument("src", metavar="SRC", help="source text")
    p.add_argument("tgt", metavar="TGT", help="translation")
    p.add_argument("--src-lang", metavar="LANG", help="source language, e.g. de")
    p.add_argument("--tgt-lang", metavar="LANG", help="target language, e.g. fr")
    p.add_argument(
        "--presegmented",
        action="store_true",
        help="the files hold one sentence per line; blank lines are ignored",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="beads",
        help="beads: '[0, 1]:[0]:score' per line (Text+Berg gold format); "
        "tsv: source, target, score; jsonl: one JSON object per bead",
    )
    p.add_argument(
        "--mode",
        default="full",
        help="signals to use: 'full' (default), 'length', or e.g. 'length+numbers+lexicon'",
    )
    p.add_argument("--encoding", metavar="NAME", help="legacy 8-bit encoding of both files")
    p.add_argument(
        "-o",
        "--output",
        metavar="NAME.bitext",
        help="create a project file for review instead of printing the alignment",
    )
    p.add_argument("--force", action="store_true", help="replace an existing project file")
    add_srx_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aligner.align import align
    from glossary import name_keys

    srx = load_srx(args.srx) if args.srx else None
    src_doc, src = _load(args.src, args.src_lang, args.presegmented, args.encoding, srx)
    tgt_doc, tgt = _load(args.tgt, args.tgt_lang, args.presegmented, args.encoding, srx)
    try:
        result = align(
            src,
            tgt,
            src_lang=src_doc.lang,
            tgt_lang=tgt_doc.lang,
            mode=args.mode,
            name_keys=name_keys,
        )
    except ValueError as err:
        raise BitextError(str(err)) from None
    if args.output:
        from aligner.project import Project

        Project.create(
            args.output, src_doc, tgt_doc, src, tgt, result, overwrite=args.force
        ).close()
        print(f"bitext: wrote {args.output}", file=sys.stderr)
    else:
        write(result, [s.text for s in src], [t.text for t in tgt], args.format, sys.stdout)
    _report(result)
    return 0


def _load(
    path: str,
    lang: str | None,
    presegmented: bool,
    encoding: str | None,
    srx: SrxRules | None = None,
) -> tuple[Document, list[Segment]]:
    """Read one side; its language is the one given, else detected."""
    doc = read_document(path, lang=lang, encoding=encoding, fmt="text" if presegmented else None)
    segments = lines_as_segments(doc.text) if presegmented else segment_document(doc, srx=srx)
    lang = lang or doc.lang or detect_language(doc.text)
    return replace(doc, lang=lang), segments


def write(result: Alignment, src: list[str], tgt: list[str], fmt: str, out) -> None:
    for bead in result.beads:
        if fmt == "beads":
            out.write(f"{list(bead.src)}:{list(bead.tgt)}:{bead.score:.4f}\n")
        elif fmt == "tsv":
            s = " ".join(_flat(src[i]) for i in bead.src)
            t = " ".join(_flat(tgt[j]) for j in bead.tgt)
            out.write(f"{s}\t{t}\t{bead.score:.4f}\n")
        else:
            record = {
                "src": list(bead.src),
                "tgt": list(bead.tgt),
                "score": bead.score,
                "src_text": [src[i] for i in bead.src],
                "tgt_text": [tgt[j] for j in bead.tgt],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _flat(text: str) -> str:
    """TSV cells cannot hold tabs or line breaks."""
    return " ".join(text.split())


def _report(result: Alignment) -> None:
    info = result.info
    unpaired = info.get("unpaired_src", 0) + info.get("unpaired_tgt", 0)
    print(
        f"bitext: {len(result.beads)} beads for {result.n_src} x {result.n_tgt} sentences; "
        f"unpaired: {info.get('unpaired_src', 0)} source, {info.get('unpaired_tgt', 0)} target",
        file=sys.stderr,
    )
    if result.n_src and result.n_tgt and unpaired > 0.3 * (result.n_src + result.n_tgt):
        print(
            "bitext: warning: many sentences have no counterpart; are these files "
            "really a text and its translation?",
            file=sys.stderr,
        )
