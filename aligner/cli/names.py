"""``bitext names convert``: spell names as another language writes them."""

from __future__ import annotations

import argparse

from aligner.errors import BitextError
from aligner.files import read_input
from aligner.read import decode
from glossary.convert import LANGS, convert
from glossary.errors import GlossaryError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("names", help="convert names between transliterations")
    names_sub = parser.add_subparsers(dest="names_command", metavar="ACTION")
    names_sub.required = True
    conv = names_sub.add_parser(
        "convert",
        help="spell names as another language writes them",
        description="Convert names, e.g. --from ru --to de Лукашенко -> Lukaschenko. "
        "Names come from the arguments, or one per line on stdin.",
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


def run_convert(args: argparse.Namespace) -> int:
    if args.names:
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
