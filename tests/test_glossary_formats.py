"""Glossary export and import: CSV, OmegaT, TBX v2 (translate-toolkit reads it), TBX-Basic v3."""

from __future__ import annotations

import pytest
from lxml import etree

import glossary
from glossary.errors import GlossaryError
from glossary.formats import dumps, load
from tests.conftest import shared_path

BEADS = [
    (0, ["Präsident Alexander Lukaschenko sprach."], ["Alekszandr Lukasenko elnök beszélt."]),
    (1, ["Lukaschenkos Sprecher schwieg."], ["Lukasenkót nem hívták meg."]),
    (2, ["Marija Kolesnikowa kam frei."], ["Marija Kolesznyikova kiszabadult."]),
]


@pytest.fixture
def entries():
    return glossary.build_entries(BEADS, "de", "hu")


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("fmt", "name"), [("csv", "g.csv"), ("omegat", "g.txt"), ("tbx", "g.tbx"), ("tbx3", "g3.tbx")]
)
def test_round_trip(entries, tmp_path, fmt, name):
    path = _write(tmp_path, name, dumps(entries, fmt, "de", "hu"))
    back = load(path, "de", "hu")
    assert len(back) == len(entries)
    luka = next(e for e in back if "Lukasenko" in e.lemmas("hu"))
    assert luka.preferred["hu"] == "Alekszandr Lukasenko"
    assert "Lukaschenkos" in luka.forms("de")
    # Imported entries match the project's through the key.
    merged = glossary.build.merge_entries(entries, back)
    assert len(merged) == len(entries)


def test_csv_has_language_columns(entries):
    text = dumps(entries, "csv", "de", "hu").decode()
    assert text.splitlines()[0] == "id,status,type,canonical,de,hu,note,gender,context"
    assert "Alexander Lukaschenko|Lukaschenko|Lukaschenkos" in text


def test_omegat_lists_every_source_form(entries):
    lines = dumps(entries, "omegat", "de", "hu").decode().splitlines()
    assert lines[0].startswith("# Glossary in tab-separated format")
    assert "Lukaschenkos\tAlekszandr Lukasenko\tname-lukasenka (candidate)" in lines


def test_tbx2_read_by_translate_toolkit_and_valid(entries):
    from translate.storage import tbx as ttk_tbx

    data = dumps(entries, "tbx", "de", "hu")
    store = ttk_tbx.tbxfile.parsestring(data)
    pairs = {(u.source, u.target) for u in store.units}
    assert ("Alexander Lukaschenko", "Alekszandr Lukasenko") in pairs
    xsd = shared_path("standards", "tbx", "tbx_v2_martif_omegat.xsd")
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(etree.fromstring(data)), schema.error_log


def test_tbx3_valid_against_relaxng(entries):
    data = dumps(entries, "tbx3", "de", "hu")
    for name in ("TBXcoreStructV03.rng", "TBXcoreStructV03_TBX-Basic_integrated_v1.2.rng"):
        rng = etree.RelaxNG(etree.parse(str(shared_path("standards", "tbx", name))))
        assert rng.validate(etree.fromstring(data)), (name, rng.error_log)


@pytest.mark.parametrize(
    ("name", "count", "lang", "term"),
    [
        ("omegat_sampleTBXfile_tbx2.tbx", 1, "en", "alpha smoothing factor"),
        ("lisa_tbx2_from_sdlx_termbase_de.tbx", 223, "de", "Zickzackfalz"),
        ("lisa_tbx2_from_oracle_termbase.tbx", 2, "en", "Provincial Reporting Establishment"),
        ("ltac_tbx-basic_v3_Example_Astronomy_DCA_VALID.tbx", 45, "en", "open cluster"),
    ],
)
def test_import_real_tbx(name, count, lang, term):
    got = load(str(shared_path("standards", "samples", name)), "en", "de")
    assert len(got) == count
    assert got[0].preferred[lang] == term


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bad.tbx", b"<tmx version='1.4'><body/></tmx>"),
        ("bad.tbx", b"not xml at all <"),
        ("bad.csv", b"id,status,canonical,note\nx,approved,Foo,\n"),
        ("bad.csv", b"id,de,Sprache\n1,Lukaschenko,x\n"),
        ("bad.txt", b"Lukaschenko only one column\n"),
    ],
)
def test_bad_files(tmp_path, name, data):
    with pytest.raises(GlossaryError):
        load(_write(tmp_path, name, data), "de", "hu")


def test_inflected_forms_on_request(entries):
    plain = dumps(entries, "csv", "de", "hu").decode()
    full = dumps(entries, "csv", "de", "hu", inflect=True).decode()
    assert "Lukasenkónak" not in plain and "Lukasenkónak" in full
    assert "Lukasenkóval" in full and "Kolesznyikovát" in full
    data = dumps(entries, "tbx3", "de", "hu", inflect=True)
    rng = etree.RelaxNG(etree.parse(str(shared_path("standards", "tbx", "TBXcoreStructV03.rng"))))
    assert rng.validate(etree.fromstring(data))
