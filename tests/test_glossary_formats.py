"""Glossary export and import: CSV, OmegaT, TBX v2 (translate-toolkit reads it), TBX-Basic v3."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import glossary
import glossary.formats
from glossary.errors import GlossaryError
from glossary.formats import dumps, load
from tests.conftest import shared_path
from tests.schematron import Schematron

DATA = Path(__file__).parent / "data" / "termbases"

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


def test_tbx3_valid_against_relaxng_and_schematron(entries):
    entries[0].gender, entries[0].context = "m", "Präsident Alexander Lukaschenko sprach."
    entries[0].status, entries[0].note = "approved", "im Text belarussisch zitiert"
    data = dumps(entries, "tbx3", "de", "hu")
    for name in ("TBXcoreStructV03.rng", "TBXcoreStructV03_TBX-Basic_integrated_v1.2.rng"):
        rng = etree.RelaxNG(etree.parse(str(shared_path("standards", "tbx", name))))
        assert rng.validate(etree.fromstring(data)), (name, rng.error_log)
    sch = Schematron(str(shared_path("standards", "tbx", "TBX-Basic_DCA.sch")))
    assert sch.failures(data) == []


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


FORMATS = [("csv", "g.csv"), ("omegat", "g.txt"), ("tbx", "g.tbx"), ("tbx3", "g3.tbx")]


@pytest.mark.parametrize(("fmt", "name"), FORMATS)
def test_hand_set_fields_survive_every_format(entries, tmp_path, fmt, name):
    luka = next(e for e in entries if "Lukasenko" in e.lemmas("hu"))
    luka.canonical, luka.canonical_set, luka.status = "Аляксандр Лукашэнка", True, "approved"
    luka.gender, luka.context = "m", "Präsident Alexander Lukaschenko sprach."
    other = next(e for e in entries if e is not luka)
    other.gender, other.note = "f", "Oppositionspolitikerin"
    back = load(_write(tmp_path, name, dumps(entries, fmt, "de", "hu")), "de", "hu")

    def fields(e):
        return (e.id, e.status, e.type, e.canonical, e.canonical_set, e.gender, e.context)

    assert [fields(e) for e in back] == [fields(e) for e in entries]
    assert next(e for e in back if e.id == other.id).note == "Oppositionspolitikerin"
    # a re-import into the project keeps the hand-set form on the entry it joins
    fresh = glossary.build_entries(BEADS, "de", "hu")
    merged = glossary.build.merge_entries(fresh, back)
    assert next(e for e in merged if e.id == luka.id).canonical == "Аляксандр Лукашэнка"


def test_tbx_names_carry_gender_and_context_as_tbx_basic_data(entries):
    luka = next(e for e in entries if "Lukasenko" in e.lemmas("hu"))
    luka.gender, luka.context = "m", "Präsident Alexander Lukaschenko sprach."
    root = etree.fromstring(dumps([luka], "tbx3", "de", "hu"))
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    genders = root.xpath("//t:termNote[@type='grammaticalGender']/text()", namespaces=ns)
    assert set(genders) == {"masculine"}
    context = root.xpath("//t:descrip[@type='context']", namespaces=ns)
    assert [c.text for c in context] == [luka.context]
    assert context[0].getparent().findtext("t:term", namespaces=ns) == "Alexander Lukaschenko"


def test_monolingual_glossary_has_one_column_per_language():
    one = glossary.build_entries([(0, ["Marija Kolesnikowa kam frei."], [])], "de", "de")
    text = dumps(one, "csv", "de", "de").decode()
    assert text.splitlines()[0] == "id,status,type,canonical,de,note,gender,context"
    assert len(load_text(text, "csv")) == len(one)
    tbx = dumps(one, "tbx", "de", "de")
    assert etree.fromstring(tbx).xpath("count(//langSet)") == len(one)


def load_text(text: str, fmt: str, src: str = "de", tgt: str = "hu"):
    return glossary.formats.loads(text.encode("utf-8"), fmt, src, tgt)


def test_omegat_utf16_with_bom_and_comments(tmp_path):
    text = (DATA / "omegat_test.tab").read_text(encoding="utf-8")
    path = tmp_path / "glossary.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    got = load(str(path), "ja", "fr")
    assert [(e.preferred["ja"], e.preferred["fr"]) for e in got] == [
        ("kde", "koo moo"),
        ("question", "qqqqq"),
        ("地球システム", "System Terre"),
        ("손가락", "Korean Term"),
    ]
    assert got[2].note == "https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre"
    assert {e.type for e in got} == {"term"}


def test_omegat_headerless_csv_reads_as_omegat_does():
    got = load(str(DATA / "omegat_test.csv"), "en", "cs")
    assert [(e.preferred["en"], e.preferred["cs"]) for e in got] == [
        ("kde", "csv kde"),
        ("question", "csv q"),
        ("kde; question", "comma"),
        ("kde, qu", "comma dot"),
        ('"kde","q"', "cdk"),
        ('""k', "k"),
        ('zz"zz', "zz"),
    ]


def test_omegat_glossary_needs_languages(tmp_path):
    with pytest.raises(GlossaryError, match="does not say its languages"):
        load(str(DATA / "omegat_test.tab"))


@pytest.mark.parametrize(
    "data",
    [
        b"id,de,hu\n1," + b"x" * 200_000 + b",y\n",  # a cell over csv's 128 KB limit
        b"id,de,hu\r1,Lukaschenko,Lukasenko\r2,Putin,Putyin\r",  # CR-only line ends
        b'id,de,hu\n1,"Luka\rschenko",Lukasenko\n2,Putin\r,Putyin\n',  # bare CR in cells
        b"\n\r;\n",
        b"de,hu\n\r;\n",
    ],
)
def test_awkward_csv_reads_or_refuses_in_one_line(tmp_path, data):
    try:
        got = load(_write(tmp_path, "g.csv", data), "de", "hu")
    except GlossaryError as err:
        assert "\n" not in err.message
        return
    assert all(e.variants for e in got)
    if data.startswith((b"id,de,hu\r", b'id,de,hu\n1,"')):
        assert [e.preferred["hu"] for e in got] == ["Lukasenko", "Putyin"]
    if len(data) > 100_000:
        assert len(got[0].preferred["de"]) == 200_000


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("g.csv", b"id,de,hu\n1,Luka\x00schenko,Lukasenko\n"),
        ("g.csv", b"id,de,hu,note\n1,Lukaschenko,Lukasenko,bad\x1bnote\n"),
        ("g.txt", b"Luka\x00schenko\tLukasenko\n"),
    ],
)
def test_control_characters_refused_at_import(tmp_path, name, data):
    with pytest.raises(GlossaryError, match=r"line \d.*control character \\x") as err:
        load(_write(tmp_path, name, data), "de", "hu")
    assert "\x00" not in err.value.message and "\x1b" not in err.value.message


@given(st.binary(max_size=300), st.sampled_from(["csv", "omegat", "tbx"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_readers_raise_nothing_but_glossary_errors(data, fmt):
    try:
        got = glossary.formats.loads(data, fmt, "de", "hu")
    except GlossaryError:
        return
    dumps(got, "tbx3", "de", "hu")  # whatever was read can be written


@pytest.mark.parametrize(("fmt", "name"), [("csv", "g.csv"), ("tbx", "g.tbx"), ("tbx3", "g3.tbx")])
def test_an_organisation_keeps_its_name_and_gains_no_legal_form_as_a_name(tmp_path, fmt, name):
    """*Audi AG* comes back as an organisation keyed by *Audi*: its legal form is no form
    of its own (a name's term is read down to its last word, which here would be *AG*)."""
    beads = [(0, ["Die Audi AG meldete Gewinne."], ["Az Audi AG nyereséget jelentett."])]
    firms = [e for e in glossary.build_entries(beads, "de", "hu") if e.type == "organisation"]
    back = load(_write(tmp_path, name, dumps(firms, fmt, "de", "hu")), "de", "hu")
    assert [e.type for e in back] == ["organisation"]
    written = {w for v in back[0].variants if v.lang == "de" for w in (v.form, v.full) if w}
    assert "AG" not in written and "Audi AG" in written
    assert len(glossary.build.merge_entries(firms, back)) == 1
