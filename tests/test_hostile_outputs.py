"""Hostile output paths and a full disk, for every command that writes a file.

An output that is one of the command's own inputs (the project, a text it was
aligned from, the file being imported), reached by its name, through a symlink
or a hard link, is refused with or without ``--force``; an existing output
needs ``--force``; FIFOs, devices, directories and symlink loops are refused;
a full disk leaves the earlier file intact and no temporary debris. The last
tests run item by item in brand-new processes, as a user would.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_files import (  # noqa: E402
    ESC,
    make_fifo,
    make_hardlink,
    make_link,
    make_loop,
)
from hostile_support import Case, assert_error, params, run_case, run_subprocess  # noqa: E402

DEV_NULL = os.devnull

# (output, setup, piece of the message, refused even with --force)
EXPORT_TARGETS = [
    ("p.bitext", None, "is the project", True),
    ("./p.bitext", None, "is the project", True),
    ("../work/p.bitext", None, "is the project", True),
    ("link.bitext", make_link("link.bitext", "p.bitext"), "is the project", True),
    ("hard.bitext", make_hardlink("hard.bitext", "p.bitext"), "is the project", True),
    ("p.bitext-wal", None, "SQLite journal", True),
    ("de.txt", None, "source text was read from", True),
    ("en.txt", None, "target text was read from", True),
    ("src-link.txt", make_link("src-link.txt", "de.txt"), "source text was read from", True),
    ("existing.out", None, "file exists (use --force", False),
    ("dangling", make_link("dangling", "nowhere.out"), "file exists (use --force", False),
    ("fifo", make_fifo(), "named pipe", True),
    ("null", make_link("null", DEV_NULL), "character device", True),
    ("folder", None, "is a directory", True),
    ("loop", make_loop(), "symbolic links", True),
    ("no/such/dir/out", None, "directory does not exist", True),
    ("existing.out/out", None, "not a directory", True),
    (f"{ESC}/out", None, "directory does not exist", True),
    ("x" * 300, None, "file name too long", True),
    ("out/", None, "names a directory", True),
]


def _named(output: str) -> str:
    """The path an error about ``output`` names (a missing directory names the directory)."""
    if output.endswith("/out") and not output.startswith("existing"):
        return output[: -len("/out")]
    if output == "existing.out/out":
        return "existing.out"
    return output


def _target_cases() -> list[Case]:
    cases = []
    writers = {
        "export tmx": ["export", "p.bitext", "--to", "tmx", "-o"],
        "export tsv": ["export", "p.bitext", "--to", "tsv", "-o"],
        "export csv": ["export", "p.bitext", "--to", "csv", "-o"],
        "glossary export": ["glossary", "export", "p.bitext", "--to", "tbx", "-o"],
    }
    for label, argv in writers.items():
        for output, setup, wants, always in EXPORT_TARGETS:
            forced = [[], ["--force"]] if always else [[]]
            for force in forced:
                cases.append(
                    Case(
                        "output path",
                        [*argv, output, *force],
                        _named(output),
                        wants,
                        setup=setup,
                        files=("existing.out", "en.txt"),
                        id=f"output path: {label} -o {output[:40]!r} {' '.join(force)}",
                    )
                )
    cases.append(
        Case("output path", ["export", "p.bitext", "--to", "tmx", "-o", ""], "", "empty output")
    )
    return cases


def _moses_cases() -> list[Case]:
    return [
        Case(
            "output path",
            ["export", "moses.bitext", "--to", "moses", "-o", "text"],
            "text.de",
            "source text was read from",
            files=("text.de", "text.en"),
        ),
        Case(
            "output path",
            ["export", "moses.bitext", "--to", "moses", "-o", "text", "--force"],
            "text.de",
            "source text was read from",
            files=("text.de", "text.en"),
        ),
        Case(
            "output path",
            ["export", "p.bitext", "--to", "moses", "-o", "p.bitext"],
            "p.bitext.de",
            "",
            setup=make_link("p.bitext.de", "p.bitext"),
        ),
        Case(
            "output path",
            ["export", "p.bitext", "--to", "moses", "-o", "c", "--force"],
            "c.en",
            "named pipe",
            setup=make_fifo("c.en"),
        ),
        Case(
            "output path",
            ["export", "p.bitext", "--to", "moses", "-o", "c"],
            "c.de",
            "file exists",
            setup=make_link("c.de", "nowhere"),
        ),
        Case("output path", ["export", "p.bitext", "--to", "moses"], "", "give -o BASENAME"),
    ]


def _input_as_output_cases() -> list[Case]:
    align = ["align", "de.txt", "en.txt", "-o"]
    imp = ["import", "good.tmx", "-o"]
    return [
        Case("output path", [*align, "de.txt", "--force"], "de.txt", "is the source text"),
        Case("output path", [*align, "en.txt", "--force"], "en.txt", "is the target text"),
        Case(
            "output path",
            [*align, "l.txt", "--force"],
            "l.txt",
            "is the source text",
            setup=make_link("l.txt", "de.txt"),
        ),
        Case(
            "output path",
            [*align, "h.txt", "--force"],
            "h.txt",
            "is the target text",
            setup=make_hardlink("h.txt", "en.txt"),
        ),
        Case("output path", [*align, "p.bitext"], "p.bitext", "file exists (use --force"),
        Case("output path", [*align, "fifo", "--force"], "fifo", "named pipe", setup=make_fifo()),
        Case("output path", [*align, "folder"], "folder", "is a directory"),
        # The output is checked before the inputs are even read.
        Case(
            "output path",
            ["align", "png.bin", "en.txt", "-o", "no/such/p.bitext"],
            "no/such",
            "directory does not exist",
        ),
        Case(
            "output path",
            ["align", "missing.txt", "en.txt", "-o", "p.bitext"],
            "p.bitext",
            "file exists",
        ),
        Case(
            "output path", [*imp, "good.tmx", "--force"], "good.tmx", "is the file being imported"
        ),
        Case(
            "output path",
            [*imp, "l.tmx", "--force"],
            "l.tmx",
            "is the file being imported",
            setup=make_link("l.tmx", "good.tmx"),
        ),
        Case(
            "output path",
            [*imp, "h.tmx", "--force"],
            "h.tmx",
            "is the file being imported",
            setup=make_hardlink("h.tmx", "good.tmx"),
        ),
        Case("output path", [*imp, "p.bitext"], "p.bitext", "file exists (use --force"),
        Case("output path", [*imp, "fifo", "--force"], "fifo", "named pipe", setup=make_fifo()),
        Case(
            "output path",
            ["import", "good.csv", "-o", "good.csv", "--force", "--src", "de", "--tgt", "en"],
            "good.csv",
            "is the file being imported",
        ),
    ]


def _success_cases() -> list[Case]:
    """Valid outputs still work: new files, --force over an earlier export, a linked project."""

    def wrote(*names: str):
        def check(work: Path, result) -> None:
            for name in names:
                assert (work / name).stat().st_size > 0, name

        return check

    return [
        Case(
            "valid output",
            ["export", "p.bitext", "--to", "tmx", "-o", "new.tmx"],
            None,
            check=wrote("new.tmx"),
            changes=("new.tmx",),
        ),
        Case(
            "valid output",
            ["export", "p.bitext", "--to", "tsv", "-o", "existing.out", "--force"],
            None,
            check=wrote("existing.out"),
            changes=("existing.out",),
        ),
        Case(
            "valid output",
            ["export", "p.bitext", "--to", "moses", "-o", "corpus"],
            None,
            check=wrote("corpus.de", "corpus.en"),
            changes=("corpus.de", "corpus.en"),
        ),
        Case(
            "valid output",
            ["export", "link.bitext", "--to", "csv", "-o", "out.csv"],
            None,
            setup=make_link("link.bitext", "p.bitext"),
            changes=("out.csv",),
        ),
        Case(
            "valid output",
            ["glossary", "export", "p.bitext", "--to", "csv", "-o", "existing.out", "--force"],
            None,
            changes=("existing.out",),
        ),
        Case(
            "valid output",
            ["align", "de.txt", "en.txt", "-o", "p.bitext", "--force"],
            None,
            changes=("p.bitext",),
        ),
        Case(
            "valid output",
            ["import", "good.tmx", "-o", "p.bitext", "--force"],
            None,
            changes=("p.bitext",),
        ),
    ]


# Bigger than SQLite's 32 KB shared-memory file beside an open project, smaller than any
# export of big.bitext: the export runs out of room, opening the project does not.
FULL = 40_000


def _full_disk_cases() -> list[Case]:
    force = ["-o", "existing.out", "--force"]
    cases = [
        Case(
            "full disk",
            ["export", "big.bitext", "--to", fmt, *force],
            "existing.out",
            "cannot write",
            fsize=FULL,
        )
        for fmt in ("tmx", "csv", "tsv")
    ]
    cases += [
        Case(
            "full disk",
            ["export", "big.bitext", "--to", "moses", "-o", "corpus"],
            "corpus.de",
            "cannot write",
            fsize=FULL,
        ),
        Case(
            "full disk",
            ["glossary", "export", "big.bitext", "--to", "tbx", *force],
            "existing.out",
            "cannot write",
            fsize=FULL,
        ),
        Case(
            "full disk",
            ["align", "big-de.txt", "big-en.txt", "-o", "new.bitext", "--mode", "length"],
            "new.bitext",
            "",
            fsize=FULL,
            files=("big-de.txt", "big-en.txt"),
        ),
        Case(
            "full disk",
            ["import", "wide.tmx", "-o", "new.bitext"],
            "new.bitext",
            "",
            fsize=FULL,
        ),
    ]
    if os.path.exists("/dev/full"):
        for argv in (
            ["segment", "de.txt", "--lang", "de"],
            ["export", "p.bitext", "--to", "tsv"],
            ["info", "p.bitext"],
            ["glossary", "show", "p.bitext"],
            ["align", "de.txt", "en.txt"],
        ):
            cases.append(
                Case("full disk", argv, "<stdout>", "No space left on device", stdout="/dev/full")
            )
    return cases


CASES = (
    _target_cases()
    + _moses_cases()
    + _input_as_output_cases()
    + _success_cases()
    + _full_disk_cases()
)


@pytest.mark.parametrize("case", params(CASES))
def test_hostile_output(hostile_server, hostile_prepared, tmp_path, case):
    run_case(hostile_server, tmp_path, hostile_prepared, case)


# --------------------------------------------------------------------------- real processes


def _digests(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in directory.iterdir()
        if p.is_file()
    }


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A project aligned from de.md/en.md, and text.de/text.en, made by the real command."""
    tmp_path = tmp_path_factory.mktemp("made")
    (tmp_path / "de.md").write_text("Lukaschenko regiert seit 1994. Er ist Präsident.\n")
    (tmp_path / "en.md").write_text("Lukashenko has ruled since 1994. He is president.\n")
    (tmp_path / "text.de").write_text("Lukaschenko regiert seit 1994. Er ist Präsident.\n")
    (tmp_path / "text.en").write_text("Lukashenko has ruled since 1994. He is president.\n")
    argv = ["align", "de.md", "en.md", "-o", "p.bitext", "--src-lang", "de", "--tgt-lang", "en"]
    assert run_subprocess(tmp_path, argv).code == 0
    argv = ["align", "text.de", "text.en", "-o", "t.bitext", "--src-lang", "de", "--tgt-lang", "en"]
    assert run_subprocess(tmp_path, argv).code == 0
    argv = ["export", "p.bitext", "--to", "tmx", "-o", "x.tmx"]
    assert run_subprocess(tmp_path, argv).code == 0
    return tmp_path


@pytest.fixture
def texts(made, tmp_path):
    for path in made.iterdir():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


ITEM_ONE = [
    (["export", "p.bitext", "--to", "tmx", "-o", "p.bitext", "--force"], "p.bitext"),
    (["export", "p.bitext", "--to", "tsv", "-o", "de.md", "--force"], "de.md"),
    (["export", "t.bitext", "--to", "moses", "-o", "text", "--force"], "text.de"),
    (["align", "de.md", "en.md", "-o", "de.md", "--force"], "de.md"),
    (["import", "x.tmx", "-o", "x.tmx", "--force"], "x.tmx"),
    (["glossary", "export", "p.bitext", "--to", "csv", "-o", "p.bitext", "--force"], "p.bitext"),
    (["export", "p.bitext", "--to", "csv", "-o", "x.tmx"], "x.tmx"),
]


@pytest.mark.parametrize(("argv", "named"), ITEM_ONE, ids=[" ".join(a) for a, _ in ITEM_ONE])
def test_no_command_writes_over_its_input(texts, argv, named):
    """Each as a user types it, in a new process: refused, every file as it was."""
    before = _digests(texts)
    result = run_subprocess(texts, argv)
    assert_error(result, named)
    assert _digests(texts) == before
