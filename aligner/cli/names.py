"""``bitext names convert`` spells names as another language writes them;
``bitext names find`` lists the names of one text (a monolingual glossary)."""

from __future__ import annotations

import argparse
import json
import sys

from aligner.errors import BitextError
from aligner.files import read_input
from aligner.read import decode
from glossary.convert import LANGS, convert
from glossary.errors import GlossaryError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("names", help="find names in a text, convert transliterations")
    names_sub = parser.add_subparsers(dest="names_command", metavar="ACTION")
    names_sub.required = True
    conv = names_sub.add_parser(
        "convert",
        help="spell names as another language writes them",
        description="Convert names, e.g. --from ru --to de Лукашенко -> Lukaschenko. "
        "Names come from the arguments, or one per line on stdin (no arguments, or -).",
    )
    conv.add_argument(
        "--from",
        dest="src",
        required=True,
        metavar="LANG",
        help=f"language the names are written in ({', '.join(LANGS)})",
    )
    conv.add_argument(
        "--to",
        dest="to",
        required=True,
        metavar="LANG",
        help="language to write them in (the same, or iso9 for ISO 9)",
    )
    conv.add_argument(
        "--all",
        dest="every",
        action="store_true",
        help="print every plausible spelling, best first, tab-separated",
    )
    conv.add_argument("names", nargs="*", metavar="NAME")
    conv.set_defaults(func=run_convert)

    find = names_sub.add_parser(
        "find",
        help="list the persons (and places) named in one text",
        description="Find the names of one text file and group their forms into entries: "
        "one line per entry (id, type, gender, canonical form, forms, occurrences, a sentence "
        "where it was seen), or the entries as JSON records.",
    )
    add_find_arguments(find)
    find.set_defaults(func=run_find)


def add_find_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="text or Markdown file; - reads stdin")
    parser.add_argument("--lang", help="language of the text; detected if omitted")
    parser.add_argument("--json", action="store_true", help="print the entries as JSON records")
    parser.add_argument("--persons", action="store_true", help="persons only (leave places out)")


def run_find(args: argparse.Namespace) -> int:
    from aligner.progress import progress
    from aligner.read import read_document
    from aligner.segment import document_language
    from glossary.build import text_entries
    from glossary.text import PASSES

    doc = read_document(args.file, lang=args.lang)
    lang = document_language(doc)
    with progress("Finding names", total=PASSES * len(doc.text)) as bar:
        try:
            entries = text_entries(doc.text, lang, advance=bar.advance)
        except GlossaryError as err:
            raise BitextError(err.message, doc.path) from None
    if args.persons:
        entries = [e for e in entries if e.type == "person"]
    entries.sort(key=lambda e: (-len(e.variants), e.canonical))
    if args.json:
        print(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2))
    else:
        for e in entries:
            forms = ", ".join(dict.fromkeys([e.canonical, *e.forms()]))
            cells = [e.id, e.type, e.gender or "", e.canonical, forms, str(len(e.variants))]
            print("\t".join([*cells, " ".join(e.context.split())]))
    if not entries:
        print(f"bitext: {doc.path}: no names found", file=sys.stderr)
    else:
        print(f"bitext: {doc.path}: {len(entries)} entries ({lang})", file=sys.stderr)
    return 0


def run_convert(args: argparse.Namespace) -> int:
    if args.names and args.names != ["-"]:  # a lone - reads stdin, as FILE does elsewhere
        names = [(None, n) for n in args.names if n.strip()]
        if not names:
            raise BitextError("the names given are empty")
    else:
        text, _ = decode(read_input("-"), "<stdin>", hint="send the names as UTF-8")
        names = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if not names:
            raise BitextError("no names given (pass them as arguments or one per line on stdin)")
    results = []
    for line, name in names:
        try:
            results.append(convert(name, args.src, args.to, every=args.every))
        except GlossaryError as err:
            if line is None:
                raise BitextError(err.message, err.path) from None
            raise BitextError(f"line {line}: {err.message}", "<stdin>") from None
    for forms in results:
        print("\t".join(forms))
    return 0
