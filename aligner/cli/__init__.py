"""The ``bitext`` command: a thin layer over the Python API.

Each subcommand lives in its own module with ``register(subparsers)``; results
go to stdout, messages to stderr. A :class:`~aligner.errors.BitextError` becomes
one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys

from aligner import __version__
from aligner.errors import BitextError

_LINE_BREAKS = re.compile(r"\s*[\r\n\v\f\x85\u2028\u2029]+\s*")

# Subcommand modules, in the order ``bitext --help`` lists them.
COMMANDS: list[str] = [
    "segment",
    "align",
    "batch",
    "info",
    "export",
    "import_tmx",
    "review",
    "names",
    "glossary",
]


def _one_line(message: str, limit: int = 400) -> str:
    """An error as one readable line, even if it quotes a parser or a whole bad input."""
    message = _LINE_BREAKS.sub(" ", message)
    if len(message) > limit:
        message = f"{message[: limit // 2]} … {message[-limit // 3 :]}"
    return message


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bitext",
        description="Segment, align, review and export parallel texts.",
    )
    parser.add_argument("--version", action="version", version=f"bitext {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        importlib.import_module(f"aligner.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BitextError as err:
        # One line, always: a message quoting a parser may carry line breaks.
        print(f"bitext: error: {_one_line(str(err))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bitext: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our stdout went away (e.g. `| head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
