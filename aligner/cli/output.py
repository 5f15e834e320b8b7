"""What the CLI prints besides results: notes on stderr, and listings made for people.

File names, language tags and names read from files pass through
:func:`aligner.errors.printable` on their way to a terminal, so a control
character hidden in them is shown escaped. Data outputs (sentences, TSV, JSON
lines) are the user's text and stay as they are; JSON escapes the C0 controls
itself, and :func:`json_text` escapes the rest.
"""

from __future__ import annotations

import json
import re
import sys

from aligner.errors import printable

# What json.dumps(ensure_ascii=False) leaves raw but a terminal would act on.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def note(message: str) -> None:
    """One line on stderr: ``bitext: message`` (for counts, warnings, what was written).

    Results written to stdout so far are flushed first: they come before the
    summary on a terminal, and a full disk under stdout fails here, before
    the note claims success.
    """
    sys.stdout.flush()
    print(f"bitext: {printable(message)}", file=sys.stderr)


def line(*fields: object) -> None:
    """One line of a tab-separated listing for people (``glossary show``) on stdout."""
    print("\t".join(printable(field) for field in fields))


def json_text(data, **kwargs) -> str:
    """``json.dumps`` with every character a terminal would act on written as ``\\uXXXX``."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
