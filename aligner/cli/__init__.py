"""The ``bitext`` command: a thin layer over the Python API.

Each subcommand lives in its own module with ``register(subparsers)``; results
go to stdout, messages to stderr. A :class:`~aligner.errors.BitextError`, and a
usage error too, becomes one line on stderr and exit status 2, never a
traceback; whatever the line quotes from a file or the command line is
escaped (:func:`aligner.errors.printable`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from aligner import __version__
from aligner.errors import BitextError, message_line
from glossary.errors import GlossaryError

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
    message = message_line(message)
    if len(message) > limit:
        message = f"{message[: limit // 2]} … {message[-limit // 3 :]}"
    return message


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one escaped line (``bitext: error: ...``) and a
    pointer to ``--help`` instead of the whole usage text; exit status 2 as before."""

    def error(self, message: str):
        hint = f" (see '{self.prog} --help')"
        print(f"bitext: error: {_one_line(message)}{hint}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # here, so that a full disk under stdout is reported like any error
        return code
    except (BitextError, GlossaryError) as err:
        # One line, always: a message quoting a parser may carry line breaks.
        if isinstance(err, GlossaryError):
            err = BitextError(err.message, err.path)
        return _fail(str(err))
    except KeyboardInterrupt:
        print("bitext: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our stdout went away (e.g. `| head`): not an error.
        _drop_stdout()
        return 0
    except MemoryError:
        return _fail("out of memory: the input is too large for this machine")
    except OSError as err:
        # Every file bitext opens reports its own errors: what is left is stdout
        # (a full disk under a redirect).
        if not err.filename:
            _drop_stdout()
        return _fail(f"{err.filename or '<stdout>'}: cannot write: {err.strerror or err}")


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush has nowhere to fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _fail(message: str) -> int:
    print(f"bitext: error: {_one_line(message)}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
