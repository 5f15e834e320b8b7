"""Damaged, hostile and special project files against every command that opens a project.

A project that cannot be used must give one line naming it and exit status 2,
and stay byte for byte as it was; a project holding hostile values (a language
tag ``/../../pwned``, control characters in a document path) must never lead
to a write outside the output folder or a raw control character on the terminal.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_files import make_fifo, make_link, make_loop, make_socket  # noqa: E402
from hostile_support import ANY, Case, params, run_case  # noqa: E402

# Each command that opens a project; PROJ stands for the project under test.
COMMANDS = {
    "info": ["info", "PROJ"],
    "info --json": ["info", "PROJ", "--json"],
    "export tmx": ["export", "PROJ", "--to", "tmx", "-o", "out.tmx"],
    "export csv": ["export", "PROJ", "--to", "csv"],
    "export tsv --force": ["export", "PROJ", "--to", "tsv", "-o", "existing.out", "--force"],
    "export moses": ["export", "PROJ", "--to", "moses", "-o", "corpus"],
    "review": ["review", "PROJ"],
    "glossary build": ["glossary", "build", "PROJ"],
    "glossary show": ["glossary", "show", "PROJ"],
    "glossary show --json": ["glossary", "show", "PROJ", "--json"],
    "glossary check": ["glossary", "check", "PROJ"],
    "glossary set": ["glossary", "set", "PROJ", "name-lukasenka", "--status", "approved"],
    "glossary export": ["glossary", "export", "PROJ", "--to", "tbx", "-o", "g.tbx"],
    "glossary import": ["glossary", "import", "PROJ", "g-good.csv"],
}

# Projects that cannot be used: (name, piece of the message, owner of a known failure).
UNUSABLE = [
    ("missing.bitext", "no such project file", None),
    ("truncated.bitext", "", None),
    ("corrupt.bitext", "", None),
    ("notsqlite.bitext", "not a bitext project", None),
    ("binary.bitext", "not a bitext project", None),
    ("empty.bitext", "not a bitext project", None),
    ("magic-only.bitext", "", None),
    ("other.bitext", "not a bitext project", None),
    ("newer.bitext", "made by a newer bitext", None),
    ("nodoc.bitext", "", None),
    ("nosegs.bitext", "", None),
    ("overlap.bitext", "", None),
    ("fifo.bitext", "named pipe", None),
    ("sock.bitext", "socket", None),
    ("loop.bitext", "symbolic links", None),
    ("folder", "is a directory", None),
]
# Damaged beads are found where beads are read: commands that touch only the glossary may
# refuse such a project or work on its (intact) glossary.
GLOSSARY_ONLY = [
    "glossary show",
    "glossary show --json",
    "glossary set",
    "glossary export",
    "glossary import",
]
LAZY = {(c, p) for c in GLOSSARY_ONLY for p in ("nosegs.bitext", "overlap.bitext")}
SETUPS = {
    "fifo.bitext": make_fifo("fifo.bitext"),
    "sock.bitext": make_socket("sock.bitext"),
    "loop.bitext": make_loop("loop.bitext"),
}
if os.path.exists("/dev/zero"):
    UNUSABLE.append(("zero.bitext", "character device", None))
    SETUPS["zero.bitext"] = make_link("zero.bitext", "/dev/zero")

# Usable projects that hold something hostile: per command, "error" (one line, naming
# the project), or ANY (refused or accepted, but cleanly); with the owner of a failure.
GLOSSARY_COMMANDS = [c for c in COMMANDS if c.startswith("glossary")]
HOSTILE = {
    "gjson.bitext": {c: ("error", None) for c in GLOSSARY_COMMANDS},
    "glist.bitext": {c: ("error", None) for c in GLOSSARY_COMMANDS},
    # The project's languages name the Moses files and fill TMX and TBX: checked as BCP 47.
    "badlang.bitext": {
        c: ("error", None) for c in ["export tmx", "export moses", *GLOSSARY_COMMANDS]
    },
    "esclang.bitext": {
        c: ("error", None) for c in ["export tmx", "export moses", *GLOSSARY_COMMANDS]
    },
    "nolang.bitext": {"export tmx": ("error", None), "export moses": ("error", None)},
    "escpath.bitext": {},
    "nulgloss.bitext": {},
}


def _argv(command: str, project: str) -> list[str]:
    return [project if a == "PROJ" else a for a in COMMANDS[command]]


def _cases() -> list[Case]:
    cases = []
    for name, wants, owner in UNUSABLE:
        for command in COMMANDS:
            cases.append(
                Case(
                    "damaged project",
                    _argv(command, name),
                    named=ANY if (command, name) in LAZY else name,
                    wants=wants,
                    setup=SETUPS.get(name),
                    files=("folder", "g-good.csv", "existing.out")
                    if name == "folder"
                    else ("g-good.csv", "existing.out"),
                    xfail=owner,
                    timeout=10 if command == "review" else 60,
                    id=f"damaged project: {command} {name}",
                )
            )
    for name, expected in HOSTILE.items():
        for command in COMMANDS:
            if command == "review" or (command == "glossary build" and name == "nolang.bitext"):
                continue  # review would open the app on a usable project
            kind, owner = expected.get(command, (ANY, None))
            cases.append(
                Case(
                    "hostile project",
                    _argv(command, name),
                    named=name if kind == "error" else ANY,
                    files=("g-good.csv", "existing.out"),
                    xfail=owner,
                    id=f"hostile project: {command} {name}",
                )
            )
    return cases


def _no_raw_controls(work: Path, result) -> None:
    assert not re.search(rb"[\x00-\x09\x0b-\x1f\x7f]", result.stdout), result.stdout[:300]


def _extra_cases() -> list[Case]:
    return [
        Case("hostile project", ["info", "escpath.bitext"], None, check=_no_raw_controls),
        Case("hostile project", ["info", "escpath.bitext", "--json"], None, check=_no_raw_controls),
        Case(
            "hostile project",
            ["export", "badlang.bitext", "--to", "moses", "-o", "out/corpus"],
            "badlang.bitext",
            "'/../../pwned' is not a language code",
            setup=lambda work: (work / "out").mkdir(),
        ),
        Case(
            "hostile project",
            ["info", "link.bitext"],
            None,
            setup=make_link("link.bitext", "p.bitext"),
        ),
        Case(
            "hostile project",
            ["export", "nolang.bitext", "--to", "tmx"],
            "nolang.bitext",
            "no source language",
        ),
    ]


CASES = _cases() + _extra_cases()


@pytest.mark.parametrize("case", params(CASES))
def test_hostile_project(hostile_server, hostile_prepared, tmp_path, case):
    run_case(hostile_server, tmp_path, hostile_prepared, case)
