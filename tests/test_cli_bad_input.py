"""Bad input to every command: exit status 2, one line on stderr naming the file, nothing lost.

Each case runs the real ``bitext`` in a subprocess (as a user would), so an
uncaught exception, a stray print or a progress bar on a pipe shows up here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.project import SCHEMA_VERSION, Project  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

GOOD_TMX = b"""<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/><body>
<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
</body></tmx>"""

LAUGHS = "".join(
    f' <!ENTITY {b} "{("&" + a + ";") * 10}">\n'
    for a, b in zip("abcdefghi", "bcdefghij", strict=True)
)
BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n <!ENTITY a "lollollollol">\n'
    f"{LAUGHS}]>\n"
    '<tmx version="1.4"><header srclang="en"/><body><tu>'
    '<tuv xml:lang="en"><seg>&j;</seg></tuv><tuv xml:lang="de"><seg>&j;</seg></tuv>'
    "</tu></body></tmx>"
).encode()
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="de"/><body>
<tu><tuv xml:lang="de"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
</body></tmx>"""
PARAMETER_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>
<tmx version="1.4"><header srclang="de"/><body/></tmx>"""
TBX_BOMB = BOMB.replace(b"tmx", b"martif")

# name -> bytes; "{dir}" style placeholders in the cases below refer to these.
INPUTS: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n",
    "binary.bin": bytes(range(256)) * 8,
    "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8,
    "cp1252.txt": "Müller sagte: „Die Straße ist frei.“".encode("cp1252"),
    "utf16.txt": "Lukaschenko regiert seit 1994. Er ist Präsident.".encode("utf-16-le"),
    "good.txt": "Lukaschenko regiert seit 1994. Er ist Präsident.\n".encode(),
    "empty.tmx": b"",
    "binary.tmx": bytes(range(256)) * 8,
    "cp1252.tmx": GOOD_TMX.replace(b"Hallo", "Grüße".encode("cp1252")),
    "utf16.tmx": GOOD_TMX.decode().encode("utf-16-le"),
    "utf16-nodecl.tmx": GOOD_TMX.split(b"?>", 1)[1].decode().encode("utf-16-le"),
    "truncated.tmx": GOOD_TMX[:-30],
    "nobody.tmx": b'<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/></tmx>',
    "html.tmx": b"<html><body><p>Hallo</p></body></html>",
    "nounits.tmx": b'<tmx version="1.4"><header srclang="de"/><body></body></tmx>',
    "bomb.tmx": BOMB,
    "xxe.tmx": XXE,
    "pxxe.tmx": PARAMETER_XXE,
    "good.tmx": GOOD_TMX,
    "columns.csv": b"source,target\nHallo,Hello\nEins,One,Two\n",
    "nosource.csv": b"Deutsch,English\nHallo,Hello\n",
    "empty.csv": b"",
    "binary.csv": bytes(range(256)) * 8,
    "cp1252.csv": "source,target\nGrüße,Greetings\n".encode("cp1252"),
    "good.csv": b"source,target\nHallo,Hello\n",
    "gloss-nolang.csv": b"id,status,canonical,note\nn1,approved,Lukaschenko,\n",
    "gloss-cells.csv": b"id,de,en\nn1,Lukaschenko,Lukashenko,extra,more\n",
    "gloss-code.csv": b"id,German,English\nn1,Lukaschenko,Lukashenko\n",
    "gloss-cp1252.csv": "id,de,en\nn1,Lukaschenko,Łukaszenka\n".encode("cp1250"),
    "gloss-binary.csv": bytes(range(256)) * 8,
    "gloss-empty.csv": b"",
    "html.tbx": b"<html><body><p>not a termbase</p></body></html>",
    "text.tbx": b"Lukaschenko\tLukashenko\n",
    "truncated.tbx": b'<?xml version="1.0"?><martif type="TBX"><text><body><termEntry>',
    "bomb.tbx": TBX_BOMB,
    "xxe.tbx": XXE.replace(b"tmx", b"martif"),
    "notproject.bitext": b"just some text, not a project\n",
    "binary.bitext": bytes(range(256)) * 8,
}


def bitext(cwd: Path, *argv, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aligner.cli", *map(str, argv)],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=60,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, named: str) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode == 2, (proc.returncode, err)
    assert proc.stdout == b"", proc.stdout[:300]
    assert err.count("\n") == 1 and err.endswith("\n"), err
    # An option's value is no file: then the message names none ("" below).
    assert err.startswith(f"bitext: error: {named}: " if named else "bitext: error: "), err
    return err


def state(path: Path) -> tuple:
    """What a project holds, read back through the API: info, pairs and glossary."""
    with Project.open(path, readonly=True) as project:
        info = project.info()
        pairs = project.pairs().to_dict("records")
        glossary = project.glossary_records()
    return info, pairs, glossary


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """A directory with every bad input, a good project (with a glossary) and its variants."""
    root = tmp_path_factory.mktemp("bad")
    for name, data in INPUTS.items():
        (root / name).write_bytes(data)
    (root / "folder").mkdir()
    (root / "folder.tmx").mkdir()
    (root / "plain-file").write_text("a file, not a directory\n")
    (root / "existing.out").write_text("an earlier export\n")
    make_project(root / "good.bitext").close()
    proc = bitext(root, "glossary", "build", "good.bitext")
    assert proc.returncode == 0, proc.stderr
    shutil.copy(root / "good.bitext", root / "newer.bitext")
    db = sqlite3.connect(root / "newer.bitext")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    db = sqlite3.connect(root / "other.bitext")
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    data = (root / "good.bitext").read_bytes()
    (root / "truncated.bitext").write_bytes(data[: len(data) // 3])
    return root


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


# (argv, the path the message must name). "P" is a fresh copy of a good project.
READ_CASES = [
    # segment: text files
    (["segment", "missing.txt"], "missing.txt"),
    (["segment", "folder"], "folder"),
    (["segment", "empty.txt"], "empty.txt"),
    (["segment", "blank.txt"], "blank.txt"),
    (["segment", "binary.bin"], "binary.bin"),
    (["segment", "image.png"], "image.png"),
    (["segment", "cp1252.txt"], "cp1252.txt"),
    (["segment", "utf16.txt"], "utf16.txt"),
    (["segment", "cp1252.txt", "--encoding", "klingon"], "cp1252.txt"),
    (["segment", "good.txt", "--lang", "de_DE!"], "good.txt"),
    (["segment", "good.txt", "--abbreviations", "missing.txt"], "missing.txt"),
    (["segment", "good.txt", "--abbreviations", "binary.bin"], "binary.bin"),
    # align: two text files
    (["align", "missing.txt", "good.txt"], "missing.txt"),
    (["align", "good.txt", "folder"], "folder"),
    (["align", "empty.txt", "good.txt"], "empty.txt"),
    (["align", "good.txt", "binary.bin"], "binary.bin"),
    (["align", "good.txt", "cp1252.txt"], "cp1252.txt"),
    (["align", "utf16.txt", "good.txt"], "utf16.txt"),
    (["align", "good.txt", "good.txt", "--src-lang", "de_DE!"], "good.txt"),
    (["align", "good.txt", "good.txt", "-o", "no/such/dir/p.bitext"], "no/such/dir"),
    (["align", "good.txt", "good.txt", "-o", "plain-file/p.bitext"], "plain-file"),
    (["align", "good.txt", "good.txt", "-o", "folder"], "folder"),
    # info, export and review: project files
    (["info", "missing.bitext"], "missing.bitext"),
    (["info", "folder"], "folder"),
    (["info", "empty.txt"], "empty.txt"),
    (["info", "notproject.bitext"], "notproject.bitext"),
    (["info", "binary.bitext"], "binary.bitext"),
    (["info", "other.bitext"], "other.bitext"),
    (["info", "newer.bitext"], "newer.bitext"),
    (["info", "truncated.bitext"], "truncated.bitext"),
    (["export", "notproject.bitext", "--to", "tmx", "-o", "existing.out"], "notproject.bitext"),
    (["export", "newer.bitext", "--to", "csv", "-o", "existing.out"], "newer.bitext"),
    (["export", "truncated.bitext", "--to", "tsv", "-o", "existing.out"], "truncated.bitext"),
    (["export", "P", "--to", "tmx", "-o", "no/such/dir/out.tmx"], "no/such/dir"),
    (["export", "P", "--to", "tmx", "-o", "existing.out", "--status", "done"], ""),
    (["export", "P", "--to", "moses", "-o", "existing.out", "--excel"], ""),
    (["export", "P", "--to", "csv", "-o", "plain-file/out.csv"], "plain-file"),
    (["export", "P", "--to", "tsv", "-o", "folder"], "folder"),
    (["export", "P", "--to", "moses", "-o", "no/such/dir/corpus"], "no/such/dir"),
    (["review", "missing.bitext"], "missing.bitext"),
    (["review", "notproject.bitext"], "notproject.bitext"),
    (["review", "newer.bitext"], "newer.bitext"),
    (["review", "truncated.bitext"], "truncated.bitext"),
    # import: TMX and pairs CSV
    (["import", "missing.tmx", "-o", "new.bitext"], "missing.tmx"),
    (["import", "folder.tmx", "-o", "new.bitext"], "folder.tmx"),
    (["import", "empty.tmx", "-o", "new.bitext"], "empty.tmx"),
    (["import", "binary.tmx", "-o", "new.bitext"], "binary.tmx"),
    (["import", "cp1252.tmx", "-o", "new.bitext"], "cp1252.tmx"),
    (["import", "utf16-nodecl.tmx", "-o", "new.bitext"], "utf16-nodecl.tmx"),
    (["import", "truncated.tmx", "-o", "new.bitext"], "truncated.tmx"),
    (["import", "nobody.tmx", "-o", "new.bitext"], "nobody.tmx"),
    (["import", "html.tmx", "-o", "new.bitext"], "html.tmx"),
    (["import", "nounits.tmx", "-o", "new.bitext"], "nounits.tmx"),
    (["import", "bomb.tmx", "-o", "new.bitext"], "bomb.tmx"),
    (["import", "xxe.tmx", "-o", "new.bitext"], "xxe.tmx"),
    (["import", "pxxe.tmx", "-o", "new.bitext"], "pxxe.tmx"),
    (["import", "good.tmx", "-o", "new.bitext", "--src", "xx"], "good.tmx"),
    (["import", "good.tmx", "-o", "new.bitext", "--tgt", "de_DE!"], "good.tmx"),
    (["import", "good.tmx", "-o", "no/such/dir/new.bitext"], "no/such/dir"),
    (["import", "good.tmx", "-o", "plain-file/new.bitext"], "plain-file"),
    (["import", "good.tmx", "-o", "folder"], "folder"),
    (["import", "columns.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"], "columns.csv"),
    (["import", "nosource.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"], "nosource.csv"),
    (["import", "empty.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"], "empty.csv"),
    (["import", "binary.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"], "binary.csv"),
    (["import", "cp1252.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"], "cp1252.csv"),
    (["import", "missing.csv", "-o", "new.bitext", "--src", "de", "--tgt", "en"], "missing.csv"),
    (["import", "good.csv", "-o", "new.bitext"], "good.csv"),
    (["import", "good.csv", "-o", "new.bitext", "--src", "de", "--tgt", "e n"], "good.csv"),
    # glossary commands that only read
    (["glossary", "show", "missing.bitext"], "missing.bitext"),
    (["glossary", "show", "notproject.bitext"], "notproject.bitext"),
    (["glossary", "show", "newer.bitext"], "newer.bitext"),
    (["glossary", "show", "truncated.bitext"], "truncated.bitext"),
    (["glossary", "check", "other.bitext"], "other.bitext"),
    (["glossary", "check", "folder"], "folder"),
    (["glossary", "export", "binary.bitext", "--to", "csv"], "binary.bitext"),
    (["glossary", "export", "newer.bitext", "--to", "tbx", "-o", "existing.out"], "newer.bitext"),
    (["glossary", "export", "P", "--to", "tbx", "-o", "no/such/dir/g.tbx"], "no/such/dir"),
    (["glossary", "export", "P", "--to", "csv", "-o", "folder"], "folder"),
    (["glossary", "export", "P", "--to", "csv", "-o", "plain-file/g.csv"], "plain-file"),
]

# Commands that write a project: the project must hold the same data afterwards.
WRITE_CASES = [
    (["glossary", "build", "newer.bitext"], "newer.bitext"),
    (["glossary", "build", "truncated.bitext"], "truncated.bitext"),
    (["glossary", "build", "empty.txt"], "empty.txt"),
    (["glossary", "import", "P", "missing.csv"], "missing.csv"),
    (["glossary", "import", "P", "folder"], "folder"),
    (["glossary", "import", "P", "gloss-empty.csv"], "gloss-empty.csv"),
    (["glossary", "import", "P", "gloss-binary.csv"], "gloss-binary.csv"),
    (["glossary", "import", "P", "gloss-cp1252.csv"], "gloss-cp1252.csv"),
    (["glossary", "import", "P", "gloss-nolang.csv"], "gloss-nolang.csv"),
    (["glossary", "import", "P", "gloss-cells.csv"], "gloss-cells.csv"),
    (["glossary", "import", "P", "gloss-code.csv"], "gloss-code.csv"),
    (["glossary", "import", "P", "html.tbx"], "html.tbx"),
    (["glossary", "import", "P", "text.tbx"], "text.tbx"),
    (["glossary", "import", "P", "truncated.tbx"], "truncated.tbx"),
    (["glossary", "import", "P", "bomb.tbx"], "bomb.tbx"),
    (["glossary", "import", "P", "xxe.tbx"], "xxe.tbx"),
    (["glossary", "import", "P", "binary.bin", "--format", "tbx"], "binary.bin"),
    (["glossary", "import", "P", "utf16.txt", "--format", "omegat"], "utf16.txt"),
    (["glossary", "import", "notproject.bitext", "good.csv"], "notproject.bitext"),
    (["glossary", "set", "P", "no-such-entry", "--status", "approved"], "P"),
    (["glossary", "set", "P", "FIRST", "--canonical", "  "], "P"),
    (["glossary", "set", "newer.bitext", "FIRST", "--status", "approved"], "newer.bitext"),
    # import over an existing project: without --force, or with --force and a bad file.
    (["align", "good.txt", "good.txt", "-o", "P"], "P"),
    (["align", "good.txt", "binary.bin", "-o", "P", "--force"], "binary.bin"),
    (["import", "good.tmx", "-o", "P"], "P"),
    (["import", "truncated.tmx", "-o", "P", "--force"], "truncated.tmx"),
    (["import", "bomb.tmx", "-o", "P", "--force"], "bomb.tmx"),
    (["import", "columns.csv", "-o", "P", "--force", "--src", "de", "--tgt", "en"], "columns.csv"),
]


# What the message must say for some cases (the rest are checked for form only).
MESSAGES = {
    "segment missing.txt": "no such file",
    "segment folder": "is a directory",
    "segment empty.txt": "file is empty",
    "segment binary.bin": "binary file",
    "segment cp1252.txt": "not valid UTF-8 at byte 1 (0xfc)",
    "segment utf16.txt": "UTF-16-LE without a byte order mark",
    "segment good.txt --lang de_DE!": "not a language code",
    "info newer.bitext": "made by a newer bitext",
    "info other.bitext": "not a bitext project",
    "info truncated.bitext": "damaged project file",
    "import truncated.tmx -o new.bitext": "not well-formed XML",
    "import nobody.tmx -o new.bitext": "no <body>",
    "import bomb.tmx -o new.bitext": "declares XML entities",
    "import xxe.tmx -o new.bitext": "declares XML entities",
    "import binary.tmx -o new.bitext": "binary file",
    "import utf16-nodecl.tmx -o new.bitext": "UTF-16 without a byte order mark",
    "import columns.csv -o new.bitext --src de --tgt en": "wrong number of columns",
    "import nosource.csv -o new.bitext --src de --tgt en": "lacks the column(s) source, target",
    "import cp1252.csv -o new.bitext --src de --tgt en": "save it as UTF-8",
    "export P --to tmx -o no/such/dir/out.tmx": "directory does not exist",
    "export P --to csv -o plain-file/out.csv": "not a directory",
    "glossary import P gloss-nolang.csv": "no language columns",
    "glossary import P gloss-code.csv": "not language codes",
    "glossary import P html.tbx": "not a TBX file",
    "glossary import P bomb.tbx": "declares XML entities",
    "glossary import P xxe.tbx": "declares XML entities",
    "import good.tmx -o P": "file exists",
}


def _prepare(work: Path, tmp_path: Path, argv: list[str], named: str):
    """Copy the inputs the case needs into tmp_path; "P" becomes a fresh good project."""
    for entry in work.iterdir():
        target = tmp_path / entry.name
        if entry.is_dir():
            target.mkdir()
        else:
            os.link(entry, target) if entry.suffix != ".bitext" else shutil.copy(entry, target)
    first = ""
    if "FIRST" in argv:
        with Project.open(tmp_path / "good.bitext", readonly=True) as project:
            first = project.glossary_records()[0]["id"]
    argv = [{"P": "p.bitext", "FIRST": first}.get(a, a) if a in ("P", "FIRST") else a for a in argv]
    shutil.copy(work / "good.bitext", tmp_path / "p.bitext")
    return argv, "p.bitext" if named == "P" else named


@pytest.mark.parametrize(("argv", "named"), READ_CASES, ids=[" ".join(a) for a, _ in READ_CASES])
def test_read_only_commands(work, tmp_path, argv, named):
    wanted = MESSAGES.get(" ".join(argv), "")
    argv, named = _prepare(work, tmp_path, argv, named)
    before = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
    proc = bitext(tmp_path, *argv)
    assert wanted in assert_one_line_error(proc, named)
    after = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
    # Nothing created, nothing changed: no half-written output, no temporary debris.
    assert after == before


@pytest.mark.parametrize(("argv", "named"), WRITE_CASES, ids=[" ".join(a) for a, _ in WRITE_CASES])
def test_project_writing_commands(work, tmp_path, argv, named):
    wanted = MESSAGES.get(" ".join(argv), "")
    argv, named = _prepare(work, tmp_path, argv, named)
    projects = [tmp_path / a for a in argv if a.endswith(".bitext") and (tmp_path / a).exists()]
    readable = [p for p in projects if p.name == "p.bitext"]
    before = {p: state(p) for p in readable}
    files = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
    proc = bitext(tmp_path, *argv)
    assert wanted in assert_one_line_error(proc, named)
    assert {p: state(p) for p in readable} == before
    after = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
    assert set(after) == set(files)  # no new files, no temporary debris
    for name, value in files.items():
        if not name.endswith(".bitext"):
            assert after[name] == value, name


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["names", "convert", "--from", "xx", "--to", "de", "Лукашенко"], "xx"),
        (["names", "convert", "--from", "ru", "--to", "klingon", "Лукашенко"], "klingon"),
        (["names", "convert", "--from", "ru", "--to", "de"], "no names"),
        (["names", "convert", "--from", "ru", "--to", "de", "   "], ""),
    ],
)
def test_names_convert_bad_arguments(tmp_path, argv, message):
    proc = bitext(tmp_path, *argv)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b"" and "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("bitext: error: ") and message in err


def test_names_convert_undecodable_stdin(tmp_path):
    proc = bitext(
        tmp_path, "names", "convert", "--from", "ru", "--to", "de", stdin=b"\xff\xfe\x00\xd8"
    )
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b"" and "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("bitext: error: <stdin>: "), err


def test_segment_binary_stdin(tmp_path):
    proc = bitext(tmp_path, "segment", "-", "--lang", "de", stdin=bytes(range(256)) * 4)
    assert_one_line_error(proc, "<stdin>")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_output_directory(work, tmp_path):
    argv, _ = _prepare(work, tmp_path, [], "")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        for argv in (
            ["export", "p.bitext", "--to", "tmx", "-o", "locked/out.tmx"],
            ["glossary", "export", "p.bitext", "--to", "csv", "-o", "locked/g.csv"],
            ["import", "good.tmx", "-o", "locked/new.bitext"],
        ):
            proc = bitext(tmp_path, *argv)
            err = assert_one_line_error(proc, "locked")
            assert "permission denied" in err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read anything")
def test_unreadable_input(work, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Ein Satz. Noch einer.")
    secret.chmod(0)
    for argv in (["segment", "secret.txt"], ["import", "secret.txt", "-o", "x.bitext"]):
        proc = bitext(tmp_path, *argv)
        assert_one_line_error(proc, "secret.txt")


def test_utf16_tmx_with_declaration_but_no_bom_is_read(work, tmp_path):
    """XML names its encoding in the declaration: UTF-16 needs no byte order mark there."""
    shutil.copy(work / "utf16.tmx", tmp_path / "utf16.tmx")
    proc = bitext(tmp_path, "import", "utf16.tmx", "-o", "u.bitext")
    assert proc.returncode == 0, proc.stderr
    with Project.open(tmp_path / "u.bitext", readonly=True) as project:
        assert project.bead(0).source == "Hallo"


def test_language_without_rules_is_a_note_not_an_error(work, tmp_path):
    shutil.copy(work / "good.txt", tmp_path / "good.txt")
    proc = bitext(tmp_path, "segment", "good.txt", "--lang", "xx")
    assert proc.returncode == 0
    assert proc.stdout.decode().splitlines() == [
        "Lukaschenko regiert seit 1994.",
        "Er ist Präsident.",
    ]
    assert proc.stderr.decode() == (
        "bitext: good.txt: no sentence rules for language 'xx', using the language-neutral ones\n"
    )


def test_reading_a_project_leaves_no_debris(work, tmp_path):
    """A read-only look at a project (show, check, export, info) leaves only the project."""
    shutil.copy(work / "good.bitext", tmp_path / "p.bitext")
    for argv in (
        ["glossary", "show", "p.bitext"],
        ["glossary", "export", "p.bitext", "--to", "csv"],
        ["info", "p.bitext"],
        ["export", "p.bitext", "--to", "tsv"],
    ):
        proc = bitext(tmp_path, *argv)
        assert proc.returncode == 0, proc.stderr
        assert [p.name for p in tmp_path.iterdir()] == ["p.bitext"], argv


HUGE = 11 * 1024 * 1024  # over libxml2's 10 MB limit for one text node


def test_huge_single_line_is_segmented(tmp_path):
    """A file that is one 6 MB line with no sentence end: segmented, not a crash or a hang.
    (benchmarks/large_inputs.py runs the same at 50 MB.)"""
    size = 6 * 1024 * 1024
    (tmp_path / "line.txt").write_text("Wort " * (size // 5), encoding="utf-8")
    proc = bitext(tmp_path, "segment", "line.txt", "--lang", "de")
    assert proc.returncode == 0 and proc.stderr == b""
    assert proc.stdout.count(b"\n") == 1 and len(proc.stdout) > size - 10


def test_huge_tmx_segment_is_one_short_error(tmp_path):
    seg = b"Wort " * (HUGE // 5)
    (tmp_path / "huge.tmx").write_bytes(GOOD_TMX.replace(b"Hallo", seg))
    err = assert_one_line_error(
        bitext(tmp_path, "import", "huge.tmx", "-o", "h.bitext"), "huge.tmx"
    )
    assert "more than 10 MB" in err and len(err) < 300
    assert not (tmp_path / "h.bitext").exists()


def test_huge_name_on_stdin_is_one_short_error(tmp_path):
    proc = bitext(tmp_path, "names", "convert", "--from", "ru", "--to", "de", stdin=b"A" * HUGE)
    err = assert_one_line_error(proc, "<stdin>")
    assert "line 1: " in err and "too long for a name" in err and len(err) < 300


def test_error_messages_are_one_line_of_bounded_length():
    from aligner.cli import _one_line

    assert _one_line("parser says:\nline 3\r\n  bad") == "parser says: line 3 bad"
    long = _one_line("x.tmx: " + "w" * 10_000 + " is wrong")
    assert len(long) < 450 and long.startswith("x.tmx: ww") and long.endswith(" is wrong")


def test_every_expected_message_belongs_to_a_case():
    cases = {" ".join(argv) for argv, _ in READ_CASES + WRITE_CASES}
    assert set(MESSAGES) <= cases


@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n" + "[" * 100_000 + "x" + "]" * 100_000 + "(y) Satz.\n",
        "# T\n\n" + "[a](" * 100_000 + " Satz.\n",
        "# T\n\n" + "".join("  " * i + "- x\n" for i in range(3000)),
    ],
    ids=["unclosed-brackets", "unclosed-targets", "deep-indentation"],
)
def test_hostile_markdown_is_segmented(tmp_path, text):
    """Inputs that once took minutes (regex backtracking); the subprocess timeout guards."""
    (tmp_path / "hostile.md").write_text(text, encoding="utf-8")
    proc = bitext(tmp_path, "segment", "hostile.md", "--lang", "de")
    assert proc.returncode == 0 and proc.stderr == b""
    assert proc.stdout.startswith(b"T\n")


@pytest.mark.parametrize("fmt", ["tmx", "csv"])
def test_interrupted_export_keeps_the_old_file(work, tmp_path, monkeypatch, capsys, fmt):
    """Ctrl-C half-way through an export: exit 130, one line, the earlier file intact."""
    from aligner.cli import main

    shutil.copy(work / "good.bitext", tmp_path / "p.bitext")
    target = tmp_path / f"out.{fmt}"
    target.write_text("an earlier export\n")

    def interrupted(out, *args, **kwargs):
        out.write("id,half")
        raise KeyboardInterrupt

    def interrupted_tmx(writer, pairs):
        writer.out.write(b"<tmx>half")
        raise KeyboardInterrupt

    if fmt == "tmx":
        monkeypatch.setattr("aligner.formats.export.TmxWriter.write", interrupted_tmx)
    else:
        monkeypatch.setattr("aligner.formats.export.write_pairs_csv", interrupted)
    code = main(["export", str(tmp_path / "p.bitext"), "--to", fmt, "-o", str(target), "--force"])
    out, err = capsys.readouterr()
    assert code == 130 and out == "" and err == "bitext: interrupted\n"
    assert target.read_text() == "an earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out." + fmt, "p.bitext"]
