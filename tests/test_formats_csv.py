"""CSV (plain and --excel), TSV and Moses exports."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.formats import read_pairs_csv, write_pairs_csv  # noqa: E402
from aligner.formats.export import export_project  # noqa: E402
from aligner.formats.importing import import_file  # noqa: E402
from aligner.formats.tabular import neutralise, unneutralise  # noqa: E402

TRICKY = [
    'Er sagte: "Nein, danke."',
    "Komma, Semikolon; Tab\there",
    "Zeile eins\nZeile zwei\r\nZeile drei",
    "=SUM(A1:A9)",
    "-Gedankenstrich am Anfang",
    "@mention +49 30 1234",
    "'schon ein Apostroph",
]
TRICKY_EN = [
    'He said: "No, thanks."',
    'Quotes "" doubled',
    "line one\rline two",
    "+1 (555) 0100",
    "plain",
    "=cmd|' /C calc'!A0",
    "",
]


@pytest.fixture
def project(tmp_path):
    with make_project(
        tmp_path / "p.bitext", kinds=[(1, 1)] * 6 + [(1, 0)], de=TRICKY, en=TRICKY_EN[:6]
    ) as p:
        p.set_note(1, 'Anmerkung, mit "Zitat"\nund Zeilenumbruch')
        yield p


@pytest.mark.parametrize("excel", [False, True])
def test_csv_round_trip_keeps_every_character(project, tmp_path, excel):
    out = tmp_path / "pairs.csv"
    export_project(project, "csv", out, excel=excel)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == excel
    back = read_pairs_csv(out, excel=excel)
    pairs = project.pairs()
    assert list(back["source"]) == list(pairs["source"])
    assert list(back["target"]) == list(pairs["target"])
    assert list(back["note"]) == list(pairs["note"])
    assert list(back["src_ids"]) == ["0", "1", "2", "3", "4", "5", "6"]
    assert list(back["score"]) == list(pairs["score"])
    assert len(back) == 7  # CSV keeps the 1-0 bead


def test_excel_neutralises_formulas(project, tmp_path):
    out = tmp_path / "pairs.csv"
    export_project(project, "csv", out, excel=True)
    import pandas as pd

    cells = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    texts = list(cells["source"]) + list(cells["target"]) + list(cells["note"])
    assert not [t for t in texts if t[:1] in ("=", "+", "-", "@")]
    assert "'=SUM(A1:A9)" in texts and "'-Gedankenstrich am Anfang" in texts
    assert "''schon ein Apostroph" in texts  # escaped so that reading back is exact
    # The plain CSV leaves the text as it is.
    export_project(project, "csv", tmp_path / "plain.csv")
    plain = pd.read_csv(tmp_path / "plain.csv", dtype=str, keep_default_na=False)
    assert "=SUM(A1:A9)" in list(plain["source"])


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_neutralise_is_reversible_and_inert(text):
    safe = neutralise(text)
    assert unneutralise(safe) == text
    assert not safe.startswith(("=", "+", "-", "@"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=["Cs"])), min_size=1, max_size=5))
def test_csv_round_trip_any_text(texts):
    import pandas as pd

    pairs = pd.DataFrame(
        {
            "id": range(len(texts)),
            "position": range(len(texts)),
            "src_ids": [[i] for i in range(len(texts))],
            "tgt_ids": [[i] for i in range(len(texts))],
            "kind": "1-1",
            "score": 0.5,
            "status": "confirmed",
            "source": texts,
            "target": list(reversed(texts)),
            "note": texts,
        }
    )
    for excel in (False, True):
        buffer = io.StringIO(newline="")
        write_pairs_csv(buffer, pairs, excel=excel)
        back = pd.read_csv(
            io.StringIO(buffer.getvalue().removeprefix("\ufeff"), newline=""),
            dtype=str,
            keep_default_na=False,
        )
        source = [unneutralise(t) for t in back["source"]] if excel else list(back["source"])
        assert source == texts


def test_bad_csv_is_a_clear_error(tmp_path):
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("source,target\nHallo,Hello\nEins,One,extra\n", encoding="utf-8")
    with pytest.raises(BitextError, match="wrong number of columns: expected 2 fields in line 3"):
        read_pairs_csv(wrong)
    no_cols = tmp_path / "cols.csv"
    no_cols.write_text("de,en\nHallo,Hello\n", encoding="utf-8")
    with pytest.raises(BitextError, match="lacks the column"):
        read_pairs_csv(no_cols)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(BitextError, match="empty"):
        read_pairs_csv(empty)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("source,target\nStraße,street\n".encode("latin-1"))
    with pytest.raises(BitextError, match="not valid UTF-8"):
        read_pairs_csv(latin)


def test_csv_import_makes_a_project(project, tmp_path):
    project.confirm(0)
    export_project(project, "csv", tmp_path / "p.csv", statuses=("unreviewed", "confirmed"))
    with import_file(tmp_path / "p.csv", tmp_path / "q.bitext", src="de", tgt="en") as q:
        assert [b.source for b in q.beads()] == TRICKY
        assert q.bead(0).status == "confirmed"
        assert q.bead(6).kind == "1-0"
    with pytest.raises(BitextError, match="--src"):
        import_file(tmp_path / "p.csv", tmp_path / "r.bitext")


def test_tsv_and_moses_are_line_aligned(project, tmp_path):
    result = export_project(project, "tsv", tmp_path / "p.tsv")
    lines = (tmp_path / "p.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) - 1 == result.written == 6  # the 1-0 bead is left out
    assert all(line.count("\t") == 1 for line in lines[:-1])
    assert lines[1] == 'Komma, Semikolon; Tab here\tQuotes "" doubled'
    assert lines[2] == "Zeile eins Zeile zwei Zeile drei\tline one line two"
    result = export_project(project, "moses", tmp_path / "corpus")
    assert result.files == [str(tmp_path / "corpus.de"), str(tmp_path / "corpus.en")]
    de = (tmp_path / "corpus.de").read_text(encoding="utf-8").splitlines()
    en = (tmp_path / "corpus.en").read_text(encoding="utf-8").splitlines()
    assert len(de) == len(en) == 6
    assert de[2] == "Zeile eins Zeile zwei Zeile drei" and en[0] == 'He said: "No, thanks."'


def test_min_score_and_status(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        p.confirm(1)
        assert export_project(p, "tsv", tmp_path / "x", min_score=0.95).written == 0
        assert export_project(p, "tsv", tmp_path / "x", min_score=0.5).written == 5
        assert export_project(p, "tsv", tmp_path / "x", statuses=("confirmed",)).written == 1
        with pytest.raises(BitextError, match="--excel"):
            export_project(p, "tsv", tmp_path / "x", excel=True)


# --------------------------------------------------------------------------- reading others' CSV


def test_excel_csv_round_trips_through_import(tmp_path):
    from project_helpers import alignment, document

    from aligner.project import Project

    de, en = TRICKY[:6], TRICKY_EN[:6]
    src, src_segs = document(de, "de")
    tgt, tgt_segs = document(en, "en")
    kinds = [(1, 1)] * 6
    with Project.create(tmp_path / "p.bitext", src, tgt, src_segs, tgt_segs,
                        alignment(kinds)) as p:  # fmt: skip
        p.confirm(1)
        p.set_note(2, "=not a formula")
        export_project(
            p, "csv", tmp_path / "x.csv", excel=True, statuses=("unreviewed", "confirmed")
        )
        want = [(b.source, b.target, b.status, b.note, b.score) for b in p.beads()]
    assert "'=SUM(A1:A9)" in (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    with import_file(tmp_path / "x.csv", tmp_path / "back.bitext", src="de", tgt="en") as back:
        got = [(b.source, b.target, b.status, b.note, b.score) for b in back.beads()]
    assert got == want


def test_german_excel_csv_with_semicolons_and_bom(tmp_path):
    path = tmp_path / "excel-de.csv"
    path.write_bytes(
        "\ufeffsource;target;score;note\r\n"
        "Guten Tag, Welt.;Good day, world.;0,75;Gruß\r\n"
        "'=SUMME(A1);'=SUM(A1);1;\r\n".encode()
    )
    table = read_pairs_csv(path)
    assert list(table["source"]) == ["Guten Tag, Welt.", "=SUMME(A1)"]
    assert list(table["target"]) == ["Good day, world.", "=SUM(A1)"]
    assert list(table["score"]) == [0.75, 1.0]


def test_language_code_headers_name_the_sides(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("en,de\nHello,Hallo\n", encoding="utf-8")
    with import_file(path, tmp_path / "p.bitext", src="de", tgt="en") as p:
        assert (p.beads()[0].source, p.beads()[0].target) == ("Hallo", "Hello")


def test_trailing_commas_lose_no_column(tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("source,target\nEins,One,\nZwei,Two,\n", encoding="utf-8")
    with import_file(path, tmp_path / "p.bitext", src="de", tgt="en") as p:
        assert [(b.source, b.target) for b in p.beads()] == [("Eins", "One"), ("Zwei", "Two")]
    path.write_text("source,target\nEins,One,Uno\n", encoding="utf-8")
    with pytest.raises(BitextError, match="wrong number of columns"):
        read_pairs_csv(path)
