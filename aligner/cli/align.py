"""``bitext align SRC TGT``: find the sentence pairs of a text and its translation."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from aligner.cli.output import note
from aligner.cli.segment import add_srx_option
from aligner.errors import BitextError
from aligner.files import check_output, refuse_existing, refuse_inputs, writing
from aligner.langtag import check_lang
from aligner.read import read_document, text_encoding
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
        help="signals to use: 'full' (default), 'length', or either with more, e.g. "
        "'length+numbers+lexicon', 'full+subwords'",
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
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 when the texts do not (all) translate each other",
    )
    add_resource_options(p)
    p.set_defaults(func=run)


def add_resource_options(p: argparse.ArgumentParser) -> None:
    """A translator's own resources, used as anchors (see aligner.align.resources)."""
    p.add_argument(
        "--dictionary",
        metavar="FILE",
        action="append",
        default=[],
        help="bilingual dictionary: hunalign's format ('target phrase @ source phrase' "
        "per line), or a FreeDict dictionary in the dictd format (its .index file, e.g. "
        "freedict-deu-fra.index); may be repeated",
    )
    p.add_argument(
        "--glossary",
        metavar="FILE",
        action="append",
        default=[],
        help="glossary or term base (CSV, OmegaT, TBX) or a project file whose glossary "
        "to use; may be repeated",
    )
    p.add_argument(
        "--tmx",
        metavar="FILE",
        action="append",
        default=[],
        help="translation memory of earlier work: its sentence and word pairs are anchors; "
        "may be repeated",
    )


def load_resources(args: argparse.Namespace, src_lang: str | None, tgt_lang: str | None):
    """(dictionary pairs, memory pairs) from the resource options."""
    from aligner.align import dictd, resources

    pairs: list[tuple[str, str]] = []
    for path in args.dictionary:
        if dictd.is_dictd(path):
            pairs += dictd.read_dictd(path, src_lang, tgt_lang)
        else:
            pairs += resources.read_hunalign_dictionary(path)
    for path in args.glossary:
        if not src_lang or not tgt_lang:
            raise BitextError("--glossary needs both languages (--src-lang, --tgt-lang)", path)
        pairs += resources.read_glossary(path, src_lang, tgt_lang)
    memory: list[tuple[str, str]] = []
    for path in args.tmx:
        memory += resources.read_memory(path, src_lang, tgt_lang)
    return pairs, memory


def run(args: argparse.Namespace) -> int:
    from aligner.align import align
    from glossary import name_keys

    args.src_lang = args.src_lang and check_lang(args.src_lang, "--src-lang", args.src)
    args.tgt_lang = args.tgt_lang and check_lang(args.tgt_lang, "--tgt-lang", args.tgt)
    if args.encoding:
        text_encoding(args.encoding)
    if args.output:
        # Before reading a byte: a typo in -o must not cost the whole run.
        check_output(args.output)
        refuse_existing(args.output, args.force)
        refuse_inputs(args.output, [(args.src, "the source text"), (args.tgt, "the target text")])
    srx = load_srx(args.srx) if args.srx else None
    src_doc, src = _load(args.src, args.src_lang, args.presegmented, args.encoding, srx)
    tgt_doc, tgt = _load(args.tgt, args.tgt_lang, args.presegmented, args.encoding, srx)
    dictionary, memory = load_resources(args, src_doc.lang, tgt_doc.lang)
    try:
        result = align(
            src,
            tgt,
            src_lang=src_doc.lang,
            tgt_lang=tgt_doc.lang,
            mode=args.mode,
            name_keys=name_keys,
            dictionary=dictionary,
            memory=memory,
        )
    except ValueError as err:
        raise BitextError(str(err)) from None
    if args.output:
        from aligner.project import Project

        with writing(args.output):
            Project.create(
                args.output, src_doc, tgt_doc, src, tgt, result, overwrite=args.force
            ).close()
        note(f"wrote {args.output}")
    else:
        write(result, [s.text for s in src], [t.text for t in tgt], args.format, sys.stdout)
    _report(result)
    return 1 if args.strict and result.info.get("mismatch") else 0


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
    note(
        f"{len(result.beads)} beads for {result.n_src} x {result.n_tgt} sentences; "
        f"unpaired: {info.get('unpaired_src', 0)} source, {info.get('unpaired_tgt', 0)} target"
    )
    verdict = info.get("mismatch")
    if verdict:
        note(f"warning: {mismatch_line(verdict)}")
    elif result.n_src and result.n_tgt and unpaired > 0.3 * (result.n_src + result.n_tgt):
        note(
            "warning: many sentences have no counterpart; are these files "
            "really a text and its translation?"
        )


def mismatch_line(verdict: dict) -> str:
    """One line: the share of sentences without evidence and where (1-based, inclusive)."""
    regions = verdict.get("regions") or []
    where = "; ".join(_where(r) for r in regions[:3])
    more = f" and {len(regions) - 3} more" if len(regions) > 3 else ""
    return (
        f"{100 * verdict['share']:.0f}% of sentences share no evidence with their "
        f"counterpart ({where}{more}); are these files a text and its translation?"
    )


def _where(region: dict) -> str:
    def span(name: str, lo: int, hi: int) -> str:
        if hi <= lo:
            return f"no {name} sentence"
        return f"{name} {lo + 1}" if hi == lo + 1 else f"{name} {lo + 1}-{hi}"

    return f"{span('source', *region['src'])}, {span('target', *region['tgt'])}"
