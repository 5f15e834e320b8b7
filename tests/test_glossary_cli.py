"""`bitext glossary ...` end to end on a project file (skips until aligner.project exists)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from aligner.cli import main
from aligner.types import Alignment, Bead, Document, Segment

project_mod = pytest.importorskip("aligner.project")

SRC = [
    "Präsident Alexander Lukaschenko sprach.",
    "Lukaschenkos Sprecher schwieg.",
    "Marija Kolesnikowa kam frei.",
    "Kolesnikowa dankte.",
]
TGT = [
    "Alekszandr Lukasenko elnök beszélt.",
    "A szóvivő hallgatott.",
    "Marija Kolesznyikova kiszabadult.",
    "Kolesnyikova megköszönte.",
]


def _segments(lines: list[str]) -> tuple[str, list[Segment]]:
    text, segs, pos = "", [], 0
    for n, line in enumerate(lines):
        segs.append(Segment(line, pos, pos + len(line), n))
        text += line + "\n\n"
        pos = len(text)
    return text, segs


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.bitext"
    src_text, src = _segments(SRC)
    tgt_text, tgt = _segments(TGT)
    beads = [Bead(range(i, i + 1), range(i, i + 1), 0.9) for i in range(len(SRC))]
    project_mod.Project.create(
        path,
        Document(src_text, "de"),
        Document(tgt_text, "hu"),
        src,
        tgt,
        Alignment(beads, len(src), len(tgt)),
    ).close()
    return str(path)


def test_build_show_check_export_import(project, tmp_path, capsys):
    assert main(["glossary", "build", project]) == 0
    out = capsys.readouterr().out
    # German and Hungarian agree on the Cyrillic original: it is the canonical form.
    assert "Александр Лукашенко" in out and "Мария Колесникова" in out
    assert main(["glossary", "show", project, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in records} == {"candidate"}

    assert main(["glossary", "check", project]) == 1
    out = capsys.readouterr().out
    assert "bead 1" in out and "Kolesnyikova" in out
    assert main(["glossary", "check", project, "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert sorted(p["kind"] for p in problems) == ["missing", "spelling"]

    ident = next(r["id"] for r in records if "Лукашенко" in r["canonical"])
    assert (
        main(
            [
                "glossary",
                "set",
                project,
                ident,
                "--canonical",
                "Аляксандр Лукашэнка",
                "--status",
                "approved",
            ]
        )
        == 0
    )
    assert main(["glossary", "build", project]) == 0  # a rebuild keeps the user's choice
    capsys.readouterr()
    assert main(["glossary", "show", project, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    luka = next(r for r in records if r["id"] == ident)
    assert luka["canonical"] == "Аляксандр Лукашэнка" and luka["status"] == "approved"

    for fmt in ("csv", "omegat", "tbx", "tbx3"):
        out_file = tmp_path / f"g.{fmt}"
        assert main(["glossary", "export", project, "--to", fmt, "-o", str(out_file)]) == 0
        assert out_file.stat().st_size > 0
    assert main(["glossary", "import", project, str(tmp_path / "g.tbx")]) == 0
    capsys.readouterr()
    assert main(["glossary", "show", project, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(records)


def test_bad_import_changes_nothing(project, tmp_path, capsys):
    assert main(["glossary", "build", project]) == 0
    capsys.readouterr()
    main(["glossary", "show", project, "--json"])
    before = capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("id,status,canonical\n1,approved,Foo\n", encoding="utf-8")
    not_tbx = tmp_path / "bad.tbx"
    not_tbx.write_text("<tmx/>", encoding="utf-8")
    for path in (bad, not_tbx):
        assert main(["glossary", "import", project, str(path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("bitext: error:") and err.count("\n") == 1
    main(["glossary", "show", project, "--json"])
    assert capsys.readouterr().out == before


DATA = Path(__file__).parent / "data" / "termbases"


def _records(project, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["glossary", "show", project, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_term_base_imports_beside_the_names(project, tmp_path, capsys):
    assert main(["glossary", "build", project]) == 0
    names = _records(project, capsys)
    assert main(["glossary", "import", project, str(DATA / "weblate_cs.tbx")]) == 0
    assert "4 of them terms" in capsys.readouterr().err
    records = _records(project, capsys)
    assert records[: len(names)] == names  # the names are untouched
    terms = records[len(names) :]
    assert [(r["type"], r["preferred"]) for r in terms] == [
        ("term", {"en": "address bar", "cs": "adresní řádek"}),
        ("term", {"en": "administrator", "cs": "správce"}),
        ("term", {"en": "administrate", "cs": "spravovat"}),
        ("term", {"en": "always on top", "cs": "vždy navrchu"}),
    ]
    out = tmp_path / "out.tbx"
    assert main(["glossary", "export", project, "--to", "tbx", "-o", str(out)]) == 0
    root = etree.parse(str(out)).getroot()
    entries = root.findall(".//termEntry")
    assert len(entries) == len(records)
    assert [t.text for t in entries[-3].iter("term")] == ["administrator", "správce"]


def test_omegat_glossary_languages_from_options(project, capsys):
    tab = str(DATA / "omegat_test.tab")
    assert main(["glossary", "import", project, tab, "--src-lang", "ja", "--tgt-lang", "fr"]) == 0
    records = _records(project, capsys)
    assert records[2]["preferred"] == {"ja": "地球システム", "fr": "System Terre"}
    assert main(["glossary", "import", project, tab, "--src-lang", "../x"]) == 2
    assert "--src-lang" in capsys.readouterr().err


def test_control_character_refused_and_nothing_changes(project, tmp_path, capsys):
    assert main(["glossary", "build", project]) == 0
    before = _records(project, capsys)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,de,hu\n1,Luka\x00schenko,Lukasenko\n")
    assert main(["glossary", "import", project, str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\\x00" in err and "line 2" in err and "\x00" not in err
    assert _records(project, capsys) == before


def test_export_of_a_stored_control_character_is_one_line(project, tmp_path, capsys):
    with project_mod.Project.open(project) as p:
        p.save_glossary_records(
            [{"id": "x", "canonical": "A\x01B", "status": "approved", "type": "term",
              "preferred": {"de": "A\x01B"}, "variants": [{"form": "A\x01B", "lang": "de"}]}]
        )  # fmt: skip
    for fmt in ("tbx", "tbx3"):
        assert main(["glossary", "export", project, "--to", fmt, "-o", str(tmp_path / "o")]) == 2
        err = capsys.readouterr().err
        assert err.startswith("bitext: error:") and err.count("\n") == 1 and "\x01" not in err
    assert not (tmp_path / "o").exists()


def test_names_find_and_build_on_one_text(tmp_path, capsys):
    text = tmp_path / "article.md"
    text.write_text(
        "Präsident Alexander Lukaschenko sprach in Minsk. Lukaschenkos Sprecher schwieg.\n\n"
        "Marija Kolesnikowa kam frei, sagte Ljudmila Putina. Das Gold stieg am Montag.\n",
        encoding="utf-8",
    )
    assert main(["names", "find", str(text), "--lang", "de", "--persons"]) == 0
    out, err = capsys.readouterr()
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[3] for r in rows] == [
        "Alexander Lukaschenko",
        "Ljudmila Putina",
        "Marija Kolesnikowa",
    ]
    assert rows[0][1:3] == ["person", "m"] and rows[0][5] == "2"
    assert "3 entries (de)" in err
    assert main(["glossary", "build", str(text), "--lang", "de", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["type"] for r in records} == {"person", "place"}
    assert all(r["keys"] and r["context"] for r in records)


def test_text_without_names_is_an_empty_glossary(tmp_path, capsys):
    text = tmp_path / "plain.txt"
    text.write_text("Das Gold stieg am Montag. Der Präsident schwieg.\n", encoding="utf-8")
    assert main(["names", "find", str(text), "--lang", "de"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.strip().endswith("no names found")
