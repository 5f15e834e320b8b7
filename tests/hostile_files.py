"""The hostile inputs of the battery: bytes for every reader, damaged projects, special files.

``prepare(directory)`` writes them all once per session; each case copies the
few it names into its own sandbox. Special files (FIFOs, sockets, symlink
loops, device links) cannot be copied and are made per case by the ``make_*``
helpers.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import shutil
import socket
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import DE, EN, alignment, document, make_project  # noqa: E402

ESC = "\x1b[2J\x1b]0;pwned\x07"  # clear the screen, set the window title, ring the bell
NASTY_NAME = f"{ESC}name.txt"

XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>'


def tmx(units: str, header: str = 'srclang="de"', prolog: str = "") -> bytes:
    return (
        f'{XML_DECL}\n{prolog}<tmx version="1.4"><header {header} '
        'creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" '
        f'adminlang="en" datatype="plaintext"/><body>{units}</body></tmx>'
    ).encode()


def tu(de: str = "Hallo Welt.", en: str = "Hello world.", a: str = "de", b: str = "en") -> str:
    return (
        f'<tu><tuv xml:lang="{a}"><seg>{de}</seg></tuv>'
        f'<tuv xml:lang="{b}"><seg>{en}</seg></tuv></tu>'
    )


LAUGHS = "".join(
    f' <!ENTITY {b} "{("&" + a + ";") * 10}">\n'
    for a, b in zip("abcdefghi", "bcdefghij", strict=True)
)
BOMB_PROLOG = f'<!DOCTYPE tmx [\n <!ENTITY a "lollollollol">\n{LAUGHS}]>\n'
QUADRATIC_PROLOG = f'<!DOCTYPE tmx [<!ENTITY a "{"x" * 50000}">]>\n'


def _deep(levels: int) -> str:
    return "<ph>" * levels + "x" + "</ph>" * levels


TEXTS: dict[str, bytes] = {
    "de.txt": (" ".join(DE) + "\n").encode(),
    "en.txt": (" ".join(EN) + "\n").encode(),
    "good.txt": "Lukaschenko regiert seit 1994. Er ist Präsident.\n".encode(),
    "letter.txt": (
        "Liebe Anna. Danke für den Brief. Wir kommen am Montag. Grüße an alle. Bis bald.\n"
    ).encode(),
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n  \n",
    "cp1252.txt": "Müller sagte: „Die Straße ist frei.“".encode("cp1252"),
    "utf16le.txt": "Lukaschenko regiert seit 1994. Er ist Präsident.".encode("utf-16-le"),
    "utf16be.txt": "Lukaschenko regiert seit 1994. Er ist Präsident.".encode("utf-16-be"),
    "bad-after-bom.txt": codecs.BOM_UTF8 + b"Hallo \xff Welt.",
    "odd-utf16.txt": codecs.BOM_UTF16_LE + "Hallo".encode("utf-16-le") + b"\x00",
    "utf32.txt": "Hallo Welt. Zweiter Satz.".encode("utf-32"),
    "nul.txt": b"Hallo\x00Welt. Noch ein Satz.\n",
    "png.bin": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,
    "elf.bin": b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(256)) * 16,
    "random.bin": random.Random(15).randbytes(8192),
    "text.gz": gzip.compress(b"Hallo Welt. " * 500, mtime=0),
    "escapes.txt": f"Ein Satz mit {ESC} darin. Noch einer\r\nmit \x85 und \u202e drin.\n".encode(),
    "only-controls.txt": bytes(range(1, 32)) * 10,
    "long-line.txt": ("Wort " * 400_000).encode(),  # 2 MB, no sentence end
    "line-400k.txt": ("Wort " * 80_000).encode(),  # one line, for align against a letter
    "many-lines.txt": "".join(f"Zeile {n} ohne Ende\n" for n in range(5_000)).encode(),
    "abbrev.txt": b"Ztschr.\nz. B.\n",
    "abbrev-empty.txt": b"# only a comment\n",
    NASTY_NAME: bytes(range(256)) * 4,
}

TMX_FILES: dict[str, bytes] = {
    "good.tmx": tmx(tu()),
    "traversal.tmx": tmx(tu(b="/../../pwned")),
    "dotdot.tmx": tmx(tu(b="../../etc")),
    "newline-lang.tmx": tmx(tu(b="x&#10;y")),
    "cr-lang.tmx": tmx(tu(b="en&#13;")),
    "space-lang.tmx": tmx(tu(b="e n")),
    "empty-lang.tmx": tmx(tu(b="")),
    "long-lang.tmx": tmx(tu(b="en-" + "a" * 100_000)),
    "srclang-traversal.tmx": tmx(tu(), header='srclang="/../../pwned"'),
    "srclang-all.tmx": tmx(tu(), header='srclang="*all*"'),
    "posix-tags.tmx": tmx(tu(a="de_DE", b="pt_BR"), header='srclang="de_DE"'),
    "upper-tags.tmx": tmx(tu(a="DE-de", b="EN")),
    "lang-attr.tmx": tmx(tu().replace("xml:lang", "lang")),
    "same-lang.tmx": tmx(tu(b="de")),
    "three-langs.tmx": tmx(tu() + tu(b="fr")),
    "no-lang.tmx": tmx("<tu><tuv><seg>x</seg></tuv></tu>"),
    "no-seg.tmx": tmx('<tu><tuv xml:lang="de"/><tuv xml:lang="en"/></tu>'),
    "empty-segs.tmx": tmx(tu(de="", en=" ")),
    "nounits.tmx": tmx(""),
    "nobody.tmx": b'<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/></tmx>',
    "html.tmx": b"<html><body><p>Hallo</p></body></html>",
    "truncated.tmx": tmx(tu())[:-40],
    "empty.tmx": b"",
    "binary.tmx": bytes(range(256)) * 8,
    "gzip.tmx": gzip.compress(tmx(tu()), mtime=0),
    "nul.tmx": tmx(tu(de="Hallo\x00Welt")),
    "esc-in-seg.tmx": tmx(tu(de=f"Hallo {ESC} Welt")),
    "esc-in-tag.tmx": tmx(tu()).replace(b"<body>", f"<body><{ESC}>".encode()),
    "bomb.tmx": tmx(tu(de="&j;"), prolog=BOMB_PROLOG),
    "quadratic.tmx": tmx(tu(de="&a;" * 1000), prolog=QUADRATIC_PROLOG),
    "xxe.tmx": tmx(
        tu(de="&secret;"), prolog='<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    ),
    "pxxe.tmx": tmx(
        tu(), prolog='<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x"> %remote;]>\n'
    ),
    "network-dtd.tmx": tmx(tu(), prolog='<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd">\n'),
    "xinclude.tmx": tmx(
        tu(
            de='<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" '
            'parse="text"/>Hallo'
        )
    ),
    "rot13-decl.tmx": tmx(tu()).replace(b'encoding="UTF-8"', b'encoding="rot13"'),
    "utf7-decl.tmx": tmx(tu()).replace(b'encoding="UTF-8"', b'encoding="UTF-7"'),
    "utf16-nobom.tmx": tmx(tu()).split(b"?>", 1)[1].decode().encode("utf-16-le"),
    "utf16.tmx": tmx(tu()).decode().replace("UTF-8", "UTF-16").encode("utf-16"),
    "cp1252-undeclared.tmx": tmx(tu(de="Grüße")).decode().encode("cp1252"),
    "deep.tmx": tmx(tu(de=_deep(300))),
    "wide.tmx": tmx(tu() * 5000),
    "many-tuvs.tmx": tmx(
        "<tu>"
        + "".join(f'<tuv xml:lang="x-l{n}"><seg>s</seg></tuv>' for n in range(2000))
        + "</tu>"
    ),
}

CSV_FILES: dict[str, bytes] = {
    "good.csv": b"source,target\nHallo,Hello\n",
    "good.tsv": b"source\ttarget\nHallo\tHello\n",
    "columns.csv": b"source,target\nHallo,Hello\nEins,One,Two\n",
    "nosource.csv": b"de,en\nHallo,Hello\n",
    "trailing-comma.csv": b"source,target\nEins,One,\nZwei,Two,\n",
    "esc-header.csv": f"{ESC},target\nHallo,Hello\n".encode(),
    "bidi-header.csv": "sour\u202ece,target\nHallo,Hello\n".encode(),
    "header-only.csv": b"source,target\n",
    "unbalanced.csv": b'source,target\n"Hallo,Hello\n',
    "cr-only.csv": b"source,target\rHallo,Hello\rEins,One\r",
    "nul.csv": b"source,target\nHal\x00lo,Hello\n",
    "binary.csv": bytes(range(256)) * 8,
    "cp1252.csv": "source,target\nGrüße,Greetings\n".encode("cp1252"),
    "utf16.csv": "source,target\nHallo,Hello\n".encode("utf-16"),
    "empty.csv": b"",
    "big-field.csv": b"source,target\n" + b"x" * 300_000 + b",y\n",
    "dup-columns.csv": b"source,source,target\nA,B,C\n",
    "dup-score.csv": b"source,target,score,score\nA,B,0.5,0.7\n",
    "many-columns.csv": b"source,target," + b",".join(b"c%d" % n for n in range(5000)) + b"\n",
    "formula.csv": b"source,target\n=cmd|' /C calc'!A0,@SUM(1)\n",
}

GLOSSARY_FILES: dict[str, bytes] = {
    "g-good.csv": b"id,status,canonical,de,en,note\nn1,approved,Lukaschenko,Lukaschenko,"
    b"Lukashenko,\n",
    "g-esc-header.csv": f"id,{ESC},en\nn1,A,B\n".encode(),
    "g-nolang.csv": b"id,status,canonical,note\nn1,approved,Lukaschenko,\n",
    "g-cells.csv": b"id,de,en\nn1,Lukaschenko,Lukashenko,extra,more\n",
    "g-big-field.csv": b"id,de,en\nn1," + b"A" * 140_000 + b",B\n",
    "g-cr-only.csv": b"id,de,en\rn1,Lukaschenko,Lukashenko\r",
    "g-bare-cr.csv": b"id,de,en\nn1,Luka\rschenko,Lukashenko\n",
    "g-nul.csv": b"id,de,en\nn1,Luka\x00schenko,Lukashenko\n",
    "g-fuzz.csv": b"\n\r;\n",
    "g-binary.csv": bytes(range(256)) * 8,
    "g-utf16.csv": "id,de,en\nn1,A,B\n".encode("utf-16"),
    "g-empty.csv": b"",
    "g-traversal.csv": b"id,/../../pwned,en\nn1,A,B\n",
    "good.tbx": (
        b'<?xml version="1.0"?><martif type="TBX" xml:lang="de"><text><body>'
        b'<termEntry id="t1"><langSet xml:lang="de"><tig><term>Lukaschenko</term></tig>'
        b'</langSet><langSet xml:lang="en"><tig><term>Lukashenko</term></tig></langSet>'
        b"</termEntry></body></text></martif>"
    ),
    "html.tbx": b"<html><body><p>not a termbase</p></body></html>",
    "truncated.tbx": b'<?xml version="1.0"?><martif type="TBX"><text><body><termEntry>',
    "binary.tbx": bytes(range(256)) * 8,
    "omegat.txt": b"Lukaschenko\tLukashenko\tperson\n",
    "omegat-bad.txt": b"just one column\n",
    "omegat-binary.txt": bytes(range(1, 256)) * 8,
}
GLOSSARY_FILES["traversal.tbx"] = GLOSSARY_FILES["good.tbx"].replace(
    b'langSet xml:lang="en"', b'langSet xml:lang="/../../pwned"'
)
GLOSSARY_FILES["tab-lang.tbx"] = GLOSSARY_FILES["good.tbx"].replace(
    b'langSet xml:lang="en"', b'langSet xml:lang="e&#9;n"'
)
GLOSSARY_FILES["bomb.tbx"] = tmx(tu(de="&j;"), prolog=BOMB_PROLOG).replace(b"tmx", b"martif")
GLOSSARY_FILES["xxe.tbx"] = TMX_FILES["xxe.tmx"].replace(b"tmx", b"martif")
GLOSSARY_FILES["deep.tbx"] = GLOSSARY_FILES["good.tbx"].replace(
    b"<term>Lukaschenko</term>", f"<term>{_deep(300)}</term>".encode()
)


def _copy_with(source: Path, target: Path, *statements: str, params=()) -> None:
    shutil.copy(source, target)
    db = sqlite3.connect(target)
    try:
        db.execute("PRAGMA foreign_keys = OFF")
        for sql in statements:
            db.execute(sql, params) if params else db.execute(sql)
        db.commit()
    finally:
        db.close()


def _big_project(path: Path, n: int = 400) -> None:
    """A project whose exports run to well over 40 KB, with a glossary of n entries."""
    from aligner.project import Project
    from aligner.types import Alignment, Bead
    from glossary.entries import Entry, Variant

    de = [
        f"Satz Nummer {i} über Herrn Lukaschenko, die Straße in Minsk und die Wahl, die "
        "nicht frei war, wie viele Beobachter sagten."
        for i in range(n)
    ]
    en = [
        f"Sentence number {i} about Mr Lukashenko, the street in Minsk and the election, "
        "which was not free, as many observers said."
        for i in range(n)
    ]
    path.with_name("big-de.txt").write_text(" ".join(de) + "\n")
    path.with_name("big-en.txt").write_text(" ".join(en) + "\n")
    src, src_segs = document(de, "de", "big-de.txt")
    tgt, tgt_segs = document(en, "en", "big-en.txt")
    beads = [Bead(range(i, i + 1), range(i, i + 1), 0.9) for i in range(n)]
    with Project.create(path, src, tgt, src_segs, tgt_segs, Alignment(beads, n, n)) as project:
        entries = [
            Entry(
                id=f"e{i}",
                canonical=f"Name{i}",
                preferred={"de": f"Anna Name{i}", "en": f"Anna Name{i}"},
                variants=[Variant(f"Name{i}", "de", f"Name{i}", full=f"Anna Name{i}")],
                status="approved",
            )
            for i in range(n)
        ]
        project.save_glossary_records([e.to_dict() for e in entries])


def _projects(directory: Path) -> None:
    from aligner.cli import main
    from aligner.project import SCHEMA_VERSION, Project

    good = directory / "p.bitext"
    make_project(good).close()
    assert main(["glossary", "build", str(good)]) == 0
    _big_project(directory / "big.bitext")
    # Documents read from text.de / text.en (the Moses names of "-o text").
    src, src_segs = document(DE, "de", "text.de")
    tgt, tgt_segs = document(EN, "en", "text.en")
    Project.create(
        directory / "moses.bitext",
        src,
        tgt,
        src_segs,
        tgt_segs,
        alignment([(1, 1), (1, 1), (1, 1), (1, 2), (1, 1)]),
    ).close()
    (directory / "text.de").write_text(" ".join(DE) + "\n")
    (directory / "text.en").write_text(" ".join(EN) + "\n")

    data = good.read_bytes()
    (directory / "truncated.bitext").write_bytes(data[: len(data) // 3])
    page = 4096
    corrupt = bytearray(data)
    for start in range(2 * page, len(corrupt), page):
        corrupt[start : start + 64] = random.Random(start).randbytes(64)
    (directory / "corrupt.bitext").write_bytes(bytes(corrupt))
    (directory / "notsqlite.bitext").write_bytes(b"just some text, not a project\n")
    (directory / "binary.bitext").write_bytes(bytes(range(256)) * 8)
    (directory / "empty.bitext").write_bytes(b"")
    (directory / "magic-only.bitext").write_bytes(b"SQLite format 3\x00")
    db = sqlite3.connect(directory / "other.bitext")
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    _copy_with(good, directory / "newer.bitext", f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    _copy_with(good, directory / "nodoc.bitext", "DELETE FROM document WHERE side = 'tgt'")
    _copy_with(good, directory / "nosegs.bitext", "DELETE FROM segment WHERE side = 'src'")
    _copy_with(good, directory / "gjson.bitext", "UPDATE glossary SET record = 'not json {'")
    _copy_with(good, directory / "glist.bitext", "UPDATE glossary SET record = '[1, 2, 3]'")
    _copy_with(
        good,
        directory / "overlap.bitext",
        "UPDATE bead SET src_start = 0, src_stop = 2 WHERE id = (SELECT max(id) FROM bead)",
    )
    _copy_with(good, directory / "badlang.bitext", "UPDATE document SET lang = '/../../pwned'")
    _copy_with(good, directory / "esclang.bitext", f"UPDATE document SET lang = 'de{ESC}'")
    _copy_with(good, directory / "nolang.bitext", "UPDATE document SET lang = NULL")
    _copy_with(
        good, directory / "escpath.bitext", "UPDATE document SET path = ?", params=(NASTY_NAME,)
    )
    record = json.dumps(
        {
            "id": "nul",
            "canonical": "A\x00B",
            "status": "approved",
            "preferred": {"de": "A\x00B"},
            "variants": [{"form": "A\x00B", "lang": "de", "lemma": "A\x00B"}],
        }
    )
    _copy_with(
        good,
        directory / "nulgloss.bitext",
        "INSERT INTO glossary (id, canonical, status, record, ord) "
        "VALUES ('nul', 'A', 'approved', ?, 99)",
        params=(record,),
    )


def prepare(directory: Path) -> Path:
    """Write every hostile input into ``directory`` (once per test session)."""
    for files in (TEXTS, TMX_FILES, CSV_FILES, GLOSSARY_FILES):
        for name, data in files.items():
            (directory / name).write_bytes(data)
    (directory / "existing.out").write_text("an earlier export\n")
    (directory / "folder").mkdir()
    (directory / "plain-file").write_text("a file, not a directory\n")
    _projects(directory)
    return directory


# --------------------------------------------------------------------------- special files


def make_fifo(name: str = "fifo"):
    def setup(work: Path) -> None:
        os.mkfifo(work / name)

    return setup


def make_link(name: str, target: str):
    """A symlink ``name`` -> ``target`` (relative to the working directory, or absolute)."""

    def setup(work: Path) -> None:
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, work / name)

    return setup


def make_loop(name: str = "loop"):
    def setup(work: Path) -> None:
        os.symlink(f"{name}.b", work / name)
        os.symlink(name, work / f"{name}.b")

    return setup


def make_hardlink(name: str, target: str):
    def setup(work: Path) -> None:
        os.link(work / target, work / name)

    return setup


def make_socket(name: str = "sock"):
    def setup(work: Path) -> None:
        here = os.getcwd()
        os.chdir(work)  # a relative name: a socket path is limited to 108 bytes
        try:
            server = socket.socket(socket.AF_UNIX)
            server.bind(name)
            server.close()
        finally:
            os.chdir(here)

    return setup


def make_dir(name: str, mode: int = 0o755):
    def setup(work: Path) -> None:
        (work / name).mkdir()
        (work / name).chmod(mode)

    return setup


def make_file(name: str, data: bytes = b"x", mode: int = 0o644):
    def setup(work: Path) -> None:
        (work / name).write_bytes(data)
        (work / name).chmod(mode)

    return setup


def both(*setups):
    def setup(work: Path) -> None:
        for step in setups:
            step(work)

    return setup
