"""``bitext align SRC TGT``: find the sentence pairs of a text and its translation."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aligner.errors import BitextError
from aligner.types import Alignment, Segment

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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aligner.align import align

    src_lang, tgt_lang = args.src_lang, args.tgt_lang
    if args.presegmented:
        src = read_lines(args.src)
        tgt = read_lines(args.tgt)
    else:
        src, src_lang = _segment(args.src, src_lang)
        tgt, tgt_lang = _segment(args.tgt, tgt_lang)
    try:
        result = align(
            src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, mode=args.mode, name_keys=_name_keys()
        )
    except ValueError as err:
        raise BitextError(str(err)) from None
    write(result, [s.text for s in src], [t.text for t in tgt], args.format, sys.stdout)
    _report(result)
    return 0


def _name_keys():
    """The glossary's name keys as anchors (Lukaschenko = Lukasenko), when installed."""
    try:
        from glossary import name_keys
    except ImportError:
        return None
    return name_keys


def read_lines(path: str) -> list[Segment]:
    """One segment per non-empty line; spans index the decoded file."""
    text = _decode(path)
    segments = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            segments.append(Segment(body.strip(), pos, pos + len(body)))
        pos += len(line)
    return segments


def _decode(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise BitextError(err.strerror or "cannot read the file", path) from None
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BitextError(
            f"not UTF-8 (byte {err.start}); convert the file to UTF-8", path
        ) from None


def _segment(path: str, lang: str | None) -> tuple[list[Segment], str | None]:
    """Read and split a file; the language is detected when not given."""
    try:
        from aligner.read import read_document
        from aligner.segment import detect_language, segment_document
    except ImportError:
        raise BitextError(
            "this installation has no sentence segmenter; "
            "give one sentence per line and use --presegmented",
            path,
        ) from None
    doc = read_document(path, lang=lang)
    return segment_document(doc), lang or doc.lang or detect_language(doc.text)


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
