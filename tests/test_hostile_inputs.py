"""Hostile input files for every command that reads one: texts, TMX, pairs CSV, glossaries.

Classes: bad encodings and ``--encoding`` values, binaries, special files
(FIFO, socket, device, symlink loop), unreadable files, long lines, hostile
TMX, CSV and TBX, stdin, and file names and tags carrying control characters.
Each case must end in one escaped line naming the file and exit status 2, or,
for valid input, in success; and leave every file as it was
(tests/hostile_support.py has the checks).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_files import (  # noqa: E402
    ESC,
    NASTY_NAME,
    make_dir,
    make_fifo,
    make_file,
    make_link,
    make_loop,
    make_socket,
)
from hostile_support import (  # noqa: E402
    ANY,
    OWNERS,
    Case,
    assert_error,
    params,
    run_case,
    run_subprocess,
)

# Run the other user's cases as "nobody" when we are root (root reads every file).
OTHER_UID = 65534 if os.geteuid() == 0 else None
DEV_ZERO = "/dev/zero"

# Every way a command takes a text file: FILE stands for the hostile one.
TEXT_READERS = {
    "segment": ["segment", "FILE"],
    "segment --abbreviations": ["segment", "de.txt", "--abbreviations", "FILE"],
    "align SRC": ["align", "FILE", "en.txt"],
    "align TGT -o": ["align", "de.txt", "FILE", "-o", "new.bitext"],
    "align --presegmented": ["align", "FILE", "en.txt", "--presegmented"],
}

# (file, a piece of the message; setup for special files)
BAD_TEXTS = [
    ("missing.txt", "no such file", None),
    ("folder", "is a directory", None),
    ("empty.txt", "", None),
    ("blank.txt", "", None),
    ("cp1252.txt", "not valid UTF-8 at byte", None),
    ("utf16le.txt", "UTF-16-LE without a byte order mark", None),
    ("utf16be.txt", "UTF-16-BE without a byte order mark", None),
    ("bad-after-bom.txt", "after its byte order mark", None),
    ("odd-utf16.txt", "after its byte order mark", None),
    ("nul.txt", "binary", None),
    ("png.bin", "binary", None),
    ("elf.bin", "binary", None),
    ("random.bin", "", None),
    ("text.gz", "", None),
    ("only-controls.txt", "binary", None),
    (NASTY_NAME, "binary", None),
    (f"{ESC}missing.txt", "no such file", None),
    ("fifo", "named pipe (FIFO)", make_fifo()),
    ("sock", "socket", make_socket()),
    ("loop", "symbolic links", make_loop()),
    ("dangling", "no such file", make_link("dangling", "nowhere.txt")),
    ("dir-link", "is a directory", make_link("dir-link", "folder")),
]
if os.path.exists(DEV_ZERO):
    BAD_TEXTS.append(("zero", "character device", make_link("zero", DEV_ZERO)))


def _text_cases() -> list[Case]:
    cases = []
    for label, argv in TEXT_READERS.items():
        for name, wants, setup in BAD_TEXTS:
            if label == "segment --abbreviations" and name in ("empty.txt", "blank.txt"):
                continue
            files = ("folder",) if name in ("folder", "dir-link") else ()
            cases.append(
                Case(
                    "text input",
                    [name if a == "FILE" else a for a in argv],
                    named=name,
                    wants=wants,
                    setup=setup,
                    files=files,
                    id=f"text input: {label} {name.encode('unicode_escape').decode()}",
                )
            )
    cases.append(
        Case(
            "text input",
            ["segment", "de.txt", "--abbreviations", "abbrev-empty.txt"],
            named="abbrev-empty.txt",
            wants="no abbreviations",
        )
    )
    return cases


def _srx_cases() -> list[Case]:
    """The SRX rules file of ``segment --srx`` and ``align --srx``: the same file checks."""
    cases = []
    for name, _, setup in BAD_TEXTS:
        if name in ("missing.txt", "folder", "png.bin", "empty.txt", "fifo", "loop", "sock"):
            for argv in (
                ["segment", "de.txt", "--srx", name],
                ["align", "de.txt", "en.txt", "--srx", name],
            ):
                cases.append(
                    Case(
                        "text input",
                        argv,
                        named=name,
                        setup=setup,
                        files=("folder",) if name == "folder" else (),
                    )
                )
    return cases


def _unreadable_cases() -> list[Case]:
    secret = make_file("secret.txt", b"Ein Satz. Noch einer.\n", mode=0)
    locked_project = make_file("secret.bitext", b"", mode=0)

    def copy_locked(name: str, source: str):
        def setup(work: Path) -> None:
            (work / name).write_bytes((work / source).read_bytes())
            (work / name).chmod(0)

        return setup

    cases = [
        Case(
            "unreadable", ["segment", "secret.txt"], "secret.txt", "permission denied", setup=secret
        ),
        Case(
            "unreadable",
            ["align", "secret.txt", "en.txt"],
            "secret.txt",
            "permission denied",
            setup=secret,
        ),
        Case(
            "unreadable",
            ["segment", "de.txt", "--abbreviations", "secret.txt"],
            "secret.txt",
            "permission denied",
            setup=secret,
        ),
        Case(
            "unreadable",
            ["import", "secret.tmx", "-o", "new.bitext"],
            "secret.tmx",
            "permission denied",
            setup=copy_locked("secret.tmx", "de.txt"),
        ),
        Case(
            "unreadable",
            ["import", "secret.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"],
            "secret.csv",
            "permission denied",
            setup=copy_locked("secret.csv", "de.txt"),
        ),
        Case(
            "unreadable",
            ["glossary", "import", "p.bitext", "secret.csv"],
            "secret.csv",
            "permission denied",
            setup=copy_locked("secret.csv", "de.txt"),
        ),
        Case("unreadable", ["info", "secret.bitext"], "secret.bitext", "", setup=locked_project),
        Case(
            "unreadable",
            ["export", "secret.bitext", "--to", "tsv"],
            "secret.bitext",
            "",
            setup=copy_locked("secret.bitext", "p.bitext"),
        ),
        Case(
            "unreadable",
            ["glossary", "show", "secret.bitext"],
            "secret.bitext",
            "",
            setup=copy_locked("secret.bitext", "p.bitext"),
        ),
        Case(
            "unreadable",
            ["review", "secret.bitext"],
            "secret.bitext",
            "",
            setup=copy_locked("secret.bitext", "p.bitext"),
            timeout=20,
        ),
        Case(
            "unreadable",
            ["export", "p.bitext", "--to", "tmx", "-o", "locked/out.tmx"],
            "locked",
            "permission denied",
            setup=make_dir("locked", 0o555),
        ),
        Case(
            "unreadable",
            ["align", "de.txt", "en.txt", "-o", "locked/p.bitext"],
            "locked",
            "permission denied",
            setup=make_dir("locked", 0o555),
        ),
        Case(
            "unreadable",
            ["import", "good.tmx", "-o", "locked/p.bitext"],
            "locked",
            "permission denied",
            setup=make_dir("locked", 0o555),
        ),
        Case(
            "unreadable",
            ["glossary", "export", "p.bitext", "--to", "csv", "-o", "locked/g.csv"],
            "locked",
            "permission denied",
            setup=make_dir("locked", 0o555),
        ),
    ]
    for case in cases:
        case.uid = OTHER_UID
    return cases


ENCODINGS = [
    ("rot13", "not an encoding for text files"),
    ("base64", "not an encoding for text files"),
    ("zlib", "not an encoding for text files"),
    ("hex", "not an encoding for text files"),
    ("uu", "not an encoding for text files"),
    ("bz2", "not an encoding for text files"),
    ("quopri", "not an encoding for text files"),
    ("undefined", "not an encoding for text files"),
    ("idna", "not an encoding for text files"),
    ("unicode_escape", "not an encoding for text files"),
    ("klingon", "unknown encoding"),
    (f"utf-8{ESC}", "unknown encoding"),
    ("x" * 5000, "unknown encoding"),
]


def _encoding_cases() -> list[Case]:
    cases = []
    for encoding, wants in ENCODINGS:
        # align checks its options before reading: the message names no file.
        for argv, named in (
            (["segment", "cp1252.txt"], "cp1252.txt"),
            (["align", "cp1252.txt", "en.txt"], ""),
        ):
            cases.append(Case("encoding", [*argv, "--encoding", encoding], named, wants))
    cases += [
        Case(
            "encoding",
            ["segment", "cp1252.txt", "--encoding", "ascii"],
            "cp1252.txt",
            "not valid ascii at byte",
        ),
        Case(
            "encoding",
            ["segment", "cp1252.txt", "--encoding", "utf-8"],
            "cp1252.txt",
            "not valid UTF-8",
        ),
        Case("encoding", ["segment", "png.bin", "--encoding", "latin-1"], "png.bin", "binary"),
        Case(
            "encoding",
            ["segment", "cp1252.txt", "--encoding", "utf-7"],
            "cp1252.txt",
            "not valid utf-7",
        ),
        Case("encoding", ["segment", "cp1252.txt", "--encoding", "cp1252", "--lang", "de"], None),
        Case(
            "encoding", ["segment", "utf16le.txt", "--encoding", "utf-16-le", "--lang", "de"], None
        ),
        Case("encoding", ["segment", "utf32.txt", "--lang", "de"], None),
        Case("encoding", ["segment", "escapes.txt", "--lang", "de"], None),
    ]
    return cases


def _tmx_cases() -> list[Case]:
    errors = {
        "traversal.tmx": "xml:lang '/../../pwned' is not a language code",
        "dotdot.tmx": "xml:lang '../../etc' is not a language code",
        "newline-lang.tmx": "is not a language code",
        "cr-lang.tmx": "is not a language code",
        "space-lang.tmx": "is not a language code",
        "long-lang.tmx": "is not a language code",
        "srclang-traversal.tmx": "srclang '/../../pwned' is not a language code",
        "same-lang.tmx": "",
        "three-langs.tmx": "choose the pair with --src and --tgt",
        "no-lang.tmx": "no translation units with a language",
        "empty-lang.tmx": "",
        "no-seg.tmx": "",
        "empty-segs.tmx": "no pairs with text",
        "nounits.tmx": "no translation units",
        "nobody.tmx": "no <body>",
        "html.tmx": "not <tmx>",
        "truncated.tmx": "not well-formed XML",
        "empty.tmx": "empty file",
        "binary.tmx": "binary",
        "gzip.tmx": "",
        "nul.tmx": "",
        "esc-in-seg.tmx": "not well-formed XML",
        "esc-in-tag.tmx": "not well-formed XML",
        "bomb.tmx": "declares XML entities",
        "quadratic.tmx": "declares XML entities",
        "xxe.tmx": "declares XML entities",
        "pxxe.tmx": "",
        "rot13-decl.tmx": "",
        "utf16-nobom.tmx": "UTF-16 without a byte order mark",
        "cp1252-undeclared.tmx": "",
        "many-tuvs.tmx": "choose the pair",
        "missing.tmx": "no such file",
        "folder": "is a directory",
    }
    cases = [
        Case(
            "hostile TMX",
            ["import", name, "-o", "new.bitext"],
            name,
            wants,
            files=("folder",) if name == "folder" else (),
        )
        for name, wants in errors.items()
    ]
    cases.append(
        Case(
            "hostile TMX",
            ["import", "deep.tmx", "-o", "new.bitext"],
            "deep.tmx",
            "depth",
            xfail="tmx",
        )
    )
    for name, setup, wants in (
        ("fifo.tmx", make_fifo("fifo.tmx"), "named pipe"),
        ("loop.tmx", make_loop("loop.tmx"), "symbolic links"),
        ("sock.tmx", make_socket("sock.tmx"), "socket"),
    ):
        cases.append(
            Case("special file", ["import", name, "-o", "new.bitext"], name, wants, setup=setup)
        )
    options = [
        (["--src", "../../etc"], "--src '../../etc' is not a language code"),
        (["--tgt", f"en{ESC}"], "is not a language code"),
        (["--src", "xx"], "the file's languages are de, en"),
    ]
    for extra, wants in options:
        cases.append(
            Case(
                "language tag",
                ["import", "good.tmx", "-o", "new.bitext", *extra],
                "good.tmx",
                wants,
            )
        )

    def imported(expected: dict):
        def check(work: Path, result) -> None:
            from aligner.project import Project

            with Project.open(work / "new.bitext", readonly=True) as project:
                got = {
                    "src": project.src_lang,
                    "tgt": project.tgt_lang,
                    "source": project.bead(0).source,
                }
            for key, wanted in expected.items():
                assert wanted(got[key]) if callable(wanted) else got[key] == wanted, (key, got)

        return check

    good = [
        ("srclang-all.tmx", {"src": "de", "tgt": "en"}),
        ("posix-tags.tmx", {"src": "de-DE", "tgt": "pt-BR"}),
        ("upper-tags.tmx", {"src": "de-DE", "tgt": "en"}),
        ("lang-attr.tmx", {"src": "de", "tgt": "en"}),
        ("network-dtd.tmx", {"source": "Hallo Welt."}),
        # The XInclude stays an inline code (a marker character), never the file it names.
        ("xinclude.tmx", {"source": lambda text: text.endswith("Hallo") and "root:" not in text}),
        ("utf16.tmx", {"source": "Hallo Welt."}),
        ("utf7-decl.tmx", {"source": "Hallo Welt."}),
        ("wide.tmx", {"source": "Hallo Welt."}),
    ]
    for name, expected in good:
        cases.append(
            Case(
                "valid TMX",
                ["import", name, "-o", "new.bitext"],
                None,
                check=imported(expected),
                changes=("new.bitext",),
            )
        )
    return cases


def _csv_cases() -> list[Case]:
    langs = ["--src", "de", "--tgt", "en"]
    errors = {
        "columns.csv": "wrong number of columns",
        "esc-header.csv": "lacks the column(s) source",
        "bidi-header.csv": "lacks the column(s) source",
        "header-only.csv": "no pairs with text",
        "unbalanced.csv": "malformed CSV",
        "nul.csv": "binary",
        "binary.csv": "binary",
        "cp1252.csv": "save it as UTF-8",
        "empty.csv": "empty file",
        "many-columns.csv": "no pairs with text",
        "missing.csv": "no such file",
    }
    cases = [
        Case("hostile CSV", ["import", name, "-o", "new.bitext", *langs], name, wants)
        for name, wants in errors.items()
    ]
    cases += [
        Case("hostile CSV", ["import", "good.csv", "-o", "new.bitext"], "good.csv", "--src"),
        Case(
            "special file",
            ["import", "fifo.csv", "-o", "new.bitext", *langs],
            "fifo.csv",
            "named pipe",
            setup=make_fifo("fifo.csv"),
        ),
        Case(
            "language tag",
            ["import", "good.csv", "-o", "new.bitext", "--src", "/../../pwned", "--tgt", "en"],
            "good.csv",
            "is not a language code",
        ),
    ]

    def pairs(source: str, target: str):
        def check(work: Path, result) -> None:
            from aligner.project import Project

            with Project.open(work / "new.bitext", readonly=True) as project:
                bead = project.bead(0)
                assert (bead.source, bead.target) == (source, target)

        return check

    good = [
        ("good.csv", "Hallo", "Hello", None),
        ("good.tsv", "Hallo", "Hello", None),
        ("utf16.csv", "Hallo", "Hello", None),
        ("cr-only.csv", "Hallo", "Hello", None),
        ("nosource.csv", "Hallo", "Hello", None),  # columns named by the languages
        ("formula.csv", "=cmd|' /C calc'!A0", "@SUM(1)", None),
        ("big-field.csv", "x" * 300_000, "y", None),
        ("trailing-comma.csv", "Eins", "One", None),
    ]
    for name, owner in (("dup-columns.csv", None), ("dup-score.csv", "tmx")):
        cases.append(
            Case(
                "hostile CSV",
                ["import", name, "-o", "new.bitext", *langs],
                ANY,
                changes=("new.bitext",),
                xfail=owner,
            )
        )
    for name, source, target, owner in good:
        cases.append(
            Case(
                "valid CSV",
                ["import", name, "-o", "new.bitext", *langs],
                None,
                check=pairs(source, target),
                changes=("new.bitext",),
                xfail=owner,
            )
        )
    return cases


def _glossary_cases() -> list[Case]:
    errors = {
        "g-esc-header.csv": ("not language codes", None),
        "g-nolang.csv": ("no language columns", None),
        "g-cells.csv": ("more cells than the header", None),
        "g-binary.csv": ("", None),
        "g-empty.csv": ("", None),
        "g-traversal.csv": ("not language codes", None),
        "html.tbx": ("not a TBX file", None),
        "truncated.tbx": ("not a TBX file", None),
        "binary.tbx": ("", None),
        "traversal.tbx": ("'/../../pwned' is not a language", None),
        "tab-lang.tbx": ("is not a language", None),
        "bomb.tbx": ("declares XML entities", None),
        "xxe.tbx": ("declares XML entities", None),
        "omegat-bad.txt": ("expected 'source<TAB>target", None),
        "omegat-binary.txt": ("", None),
        "missing.csv": ("", None),
        "folder": ("", None),
        "g-fuzz.csv": ("", None),
        "deep.tbx": ("depth", None),
    }
    cases = [
        Case(
            "hostile glossary",
            ["glossary", "import", "p.bitext", name],
            name,
            wants,
            xfail=owner,
            files=("folder",) if name == "folder" else (),
        )
        for name, (wants, owner) in errors.items()
    ]
    cases += [
        Case(
            "hostile glossary",
            ["glossary", "import", "p.bitext", "g-nul.csv"],
            ANY,
            changes=("p.bitext",),
        ),
        Case(
            "special file",
            ["glossary", "import", "p.bitext", "fifo.csv"],
            "fifo.csv",
            "named pipe",
            setup=make_fifo("fifo.csv"),
        ),
        Case(
            "special file",
            ["glossary", "import", "p.bitext", "loop.csv"],
            "loop.csv",
            "symbolic links",
            setup=make_loop("loop.csv"),
        ),
        Case(
            "special file",
            ["glossary", "import", "p.bitext", "sock.tbx"],
            "sock.tbx",
            "socket",
            setup=make_socket("sock.tbx"),
        ),
    ]
    if os.path.exists(DEV_ZERO):
        cases.append(
            Case(
                "special file",
                ["glossary", "import", "p.bitext", "zero.csv"],
                "zero.csv",
                "character device",
                setup=make_link("zero.csv", DEV_ZERO),
            )
        )
    for name in (
        "g-good.csv",
        "good.tbx",
        "omegat.txt",
        "g-utf16.csv",
        "g-big-field.csv",
        "g-cr-only.csv",
        "g-bare-cr.csv",
    ):
        cases.append(
            Case(
                "valid glossary",
                ["glossary", "import", "p.bitext", name],
                None,
                changes=("p.bitext",),
            )
        )
    return cases


def _stdin_cases() -> list[Case]:
    def stdin_file(data: bytes):
        return make_file("in", data)

    return [
        Case(
            "stdin",
            ["segment", "-"],
            "<stdin>",
            "binary",
            setup=stdin_file(bytes(range(256)) * 4),
            stdin="in",
        ),
        Case("stdin", ["segment", "-"], "<stdin>", "empty", setup=stdin_file(b""), stdin="in"),
        Case(
            "stdin",
            ["segment", "-", "--lang", "de"],
            "<stdin>",
            "not valid UTF-8",
            setup=stdin_file("Grüße.".encode("cp1252")),
            stdin="in",
        ),
        Case(
            "stdin",
            ["names", "convert", "--from", "ru", "--to", "de"],
            "<stdin>",
            "",
            setup=stdin_file(b"\xff\xfe\x00\xd8"),
            stdin="in",
        ),
        Case(
            "stdin",
            ["names", "convert", "--from", "ru", "--to", "de"],
            "<stdin>",
            "",
            setup=stdin_file(bytes(range(256))),
            stdin="in",
        ),
        Case(
            "stdin",
            ["segment", "-", "--lang", "de"],
            None,
            setup=stdin_file(b"Ein Satz. Noch einer."),
            stdin="in",
        ),
    ]


def _long_cases() -> list[Case]:
    def one_line_out(work: Path, result) -> None:
        assert result.stdout.count(b"\n") == 1

    return [
        Case("long lines", ["segment", "long-line.txt", "--lang", "de"], None, check=one_line_out),
        Case("long lines", ["segment", "many-lines.txt", "--lang", "de"], None),
        Case(
            "long lines",
            [
                "align",
                "line-400k.txt",
                "letter.txt",
                "--src-lang",
                "de",
                "--tgt-lang",
                "de",
                "--mode",
                "length",
            ],
            None,
            timeout=90,
        ),
        Case(
            "long lines",
            [
                "align",
                "many-lines.txt",
                "letter.txt",
                "--src-lang",
                "de",
                "--tgt-lang",
                "de",
                "--mode",
                "length",
            ],
            None,
            timeout=90,
        ),
    ]


def _option_cases() -> list[Case]:
    """Values typed on the command line: language tags, and anything argparse echoes."""
    return [
        Case(
            "language tag",
            ["segment", "good.txt", "--lang", "/../../pwned"],
            "good.txt",
            "not a language code",
        ),
        Case(
            "language tag",
            ["segment", "good.txt", "--lang", "x\ny"],
            "good.txt",
            "'x\\ny' is not a language code",
        ),
        Case(
            "language tag",
            ["align", "de.txt", "en.txt", "--src-lang", "../../etc"],
            "de.txt",
            "--src-lang '../../etc' is not a language code",
        ),
        Case(
            "language tag", ["align", "de.txt", "en.txt", "--tgt-lang", ESC], "en.txt", "--tgt-lang"
        ),
        Case("language tag", ["segment", "good.txt", "--lang", "pt_BR"], None),
        Case("language tag", ["names", "convert", "--from", ESC, "--to", "de", "x"], "", ""),
        Case("command line", ["export", "p.bitext", "--to", ESC], "", "invalid choice"),
        Case(
            "command line",
            ["export", "p.bitext", "--to", "tsv", "--status", ESC],
            "",
            "unknown status",
        ),
        Case("command line", [ESC], "", "invalid choice"),
        Case("command line", ["info"], "", "required"),
        Case(
            "command line",
            ["glossary", "set", "p.bitext", ESC, "--status", "approved"],
            "p.bitext",
            "no glossary entry",
        ),
        Case(
            "command line",
            ["glossary", "set", "p.bitext", "x", "--status", ESC],
            "",
            "invalid choice",
        ),
    ]


CASES = (
    _text_cases()
    + _srx_cases()
    + _unreadable_cases()
    + _encoding_cases()
    + _tmx_cases()
    + _csv_cases()
    + _glossary_cases()
    + _stdin_cases()
    + _long_cases()
    + _option_cases()
)


@pytest.mark.parametrize("case", params(CASES))
def test_hostile_input(hostile_server, hostile_prepared, tmp_path, case):
    run_case(hostile_server, tmp_path, hostile_prepared, case)


@pytest.mark.xfail(reason=OWNERS["cpython"], strict=True)
def test_stdin_is_a_directory(tmp_path):
    """CPython itself refuses to start ("Fatal Python error: init_sys_streams") when stdin
    is a directory, before any of bitext runs: documented in the guide, not fixable here."""
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        result = run_subprocess(tmp_path, ["segment", "-", "--lang", "de"], stdin=fd)
    finally:
        os.close(fd)
    assert_error(result, "<stdin>")
