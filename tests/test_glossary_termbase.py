"""Term bases from other tools import as term bases and come back out whole.

Real files: ``tests/data/termbases`` (Weblate, Heartsome, OmegaT; sources and
licences in SOURCES.md there) and the TBX samples in ``../shared/standards``.
The facts compared are read with lxml directly, not with bitext's reader.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from lxml import etree

from glossary.build import merge_entries
from glossary.formats import dumps, load, loads
from tests.conftest import shared_path
from tests.schematron import Schematron

DATA = Path(__file__).parent / "data" / "termbases"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LOCAL = [
    "weblate_cs.tbx",
    "weblate_fr-extended-metadata.tbx",
    "heartsome_ImportTBXTest_excerpt.tbx",
]
SHARED = [
    "omegat_sampleTBXfile_tbx2.tbx",
    "lisa_tbx2_from_sdlx_termbase_de.tbx",
    "lisa_tbx2_from_oracle_termbase.tbx",
    "ltac_tbx-basic_v3_Example_Astronomy_DCA_VALID.tbx",
]
V2_NAMES = {"conceptEntry": "termEntry", "langSec": "langSet", "termSec": "tig"}


def _path(name: str) -> Path:
    local = DATA / name
    return local if local.exists() else shared_path("standards", "samples", name)


def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _entries(data: bytes) -> list:
    parser = etree.XMLParser(
        load_dtd=False, resolve_entities=False, remove_blank_text=True, remove_comments=True
    )
    root = etree.fromstring(data, parser)
    return [el for el in root.iter() if _local(el) in ("termEntry", "conceptEntry")]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _facts(entry) -> dict:
    """What a terminologist would check survived: terms with their language tags
    in order, notes, definitions, subject fields and term statuses."""
    out: dict = {"terms": [], "notes": [], "definitions": [], "subjects": [], "status": []}
    for el in entry.iter():
        name, kind = _local(el), el.get("type")
        text = _norm("".join(el.itertext()))
        if name in ("langSet", "langSec"):
            lang = el.get(XML_LANG)
            for term in el.iter("{*}term", "term"):
                out["terms"].append((lang, _norm("".join(term.itertext()))))
        elif name == "note" and not text.startswith("bitext-entry:"):
            out["notes"].append(text)
        elif name == "descrip" and kind == "definition":
            out["definitions"].append(text)
        elif name == "descrip" and kind == "subjectField":
            out["subjects"].append(text)
        elif name == "termNote" and kind == "administrativeStatus":
            out["status"].append(text)
    # TBX-Basic keeps what it has no category for as "type: value" notes.
    for note in list(out["notes"]):
        label, _, value = note.partition(": ")
        if label == "administrativeStatus":
            out["status"].append(value)
            out["notes"].remove(note)
    for key in ("notes", "definitions", "subjects", "status"):
        out[key] = sorted(out[key])
    return out


def _v2_shape(entry) -> str:
    """An entry as namespace-free XML with v2 element names, without its id."""
    el = copy.deepcopy(entry)
    for node in el.iter():
        node.tag = V2_NAMES.get(_local(node), _local(node))
    el.attrib.pop("id", None)
    return re.sub(r'\sxmlns="[^"]*"', "", etree.tostring(el, encoding="unicode"))


@pytest.fixture(scope="module")
def schematron():
    return Schematron(str(shared_path("standards", "tbx", "TBX-Basic_DCA.sch")))


@pytest.fixture(scope="module")
def core_rng():
    return etree.RelaxNG(etree.parse(str(shared_path("standards", "tbx", "TBXcoreStructV03.rng"))))


def test_schematron_runner_catches_what_tbx_basic_forbids(schematron):
    good = _path("ltac_tbx-basic_v3_Example_Astronomy_DCA_VALID.tbx").read_bytes()
    assert schematron.failures(good) == []
    bad = good.replace(b'type="subjectField"', b'type="Usage note"', 1)
    bad = bad.replace(b"preferredTerm-admn-sts", b"obsolete", 1)
    bad = bad.replace(b"<termSec>", b'<termNote type="termType">fullForm</termNote><termSec>', 1)
    found = {f.context for f in schematron.failures(bad)}
    assert found == {
        "tbx:descrip/@type",
        "tbx:termNote[@type='administrativeStatus']",
        "tbx:termNote",
    }


@pytest.mark.parametrize("name", LOCAL + SHARED)
def test_term_base_imports_one_entry_per_entry_exactly(name):
    data = _path(name).read_bytes()
    source = _entries(data)
    got = load(str(_path(name)))
    assert len(got) == len(source)
    for entry, el in zip(got, source, strict=True):
        assert entry.type == "term" and entry.keys == []
        written = [(lang, term) for lang, term in _facts(el)["terms"] if term]
        mine = [(v.lang, " ".join(v.form.split())) for v in entry.variants]
        assert sorted(mine) == sorted(written)


def test_heartsome_terms_keep_digits_and_region_tags():
    got = load(str(DATA / "heartsome_ImportTBXTest_excerpt.tbx"))
    assert {v.lang for e in got for v in e.variants} == {"en-US", "zh-CN"}
    forms = {v.form for e in got for v in e.variants}
    assert {"7 External microphone", "10 In-cord microphone", "8 耳机", "CIF CMOS"} <= forms
    assert "microphone" not in forms and "Earphones" not in forms  # no invented short forms


def test_similar_terms_stay_apart_in_a_project():
    """administrator/správce and administrate/spravovat are two concepts."""
    got = load(str(DATA / "weblate_cs.tbx"))
    merged = merge_entries([], got)
    assert [e.preferred["cs"] for e in merged] == [
        "adresní řádek",
        "správce",
        "spravovat",
        "vždy navrchu",
    ]
    assert [t for e in merged for t in e.forms("cs")] == [e.preferred["cs"] for e in merged]
    again = merge_entries(merged, load(str(DATA / "weblate_cs.tbx")))
    assert len(again) == 4  # the same term base imported twice replaces, not doubles


@pytest.mark.parametrize("name", LOCAL + SHARED)
def test_round_trip_through_tbx2_keeps_every_element(name):
    data = _path(name).read_bytes()
    out = dumps(load(str(_path(name))), "tbx", "en", "de")
    assert [_v2_shape(e) for e in _entries(out)] == [_v2_shape(e) for e in _entries(data)]
    back = loads(out, "tbx")
    assert [e.extra for e in back] == [e.extra for e in load(str(_path(name)))]


@pytest.mark.parametrize("name", LOCAL + SHARED)
def test_round_trip_through_tbx_basic_keeps_facts_and_validates(name, schematron, core_rng):
    data = _path(name).read_bytes()
    out = dumps(load(str(_path(name))), "tbx3", "en", "de")
    root = etree.fromstring(out)
    assert core_rng.validate(root), core_rng.error_log
    assert schematron.failures(out) == []
    before, after = [_facts(e) for e in _entries(data)], [_facts(e) for e in _entries(out)]
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        assert new["terms"] == old["terms"]
        assert new["definitions"] == old["definitions"]
        assert new["subjects"] == old["subjects"]
        assert new["status"] == old["status"]
        missing = [n for n in old["notes"] if n not in new["notes"]]
        assert missing == []
    # and read back, the same terms
    again = loads(out, "tbx")
    assert [e.preferred for e in again] == [e.preferred for e in load(str(_path(name)))]


def test_tbx_basic_keeps_other_categories_as_notes():
    out = dumps(load(str(DATA / "weblate_fr-extended-metadata.tbx")), "tbx3", "en", "fr")
    notes = [_facts(e)["notes"] for e in _entries(out)]
    assert "Usage note: Avoid using this term in any documentation." in notes[0]
    assert "Translation needed: No" in notes[1]
    assert "Do not translate error codes." in notes[1]


def test_changed_note_replaces_the_files_note():
    entries = load(str(_path("ltac_tbx-basic_v3_Example_Astronomy_DCA_VALID.tbx")))
    first = entries[0]
    assert first.note.startswith("G-Source:")
    first.note = "checked by the terminologist"
    out = dumps(entries[:1], "tbx", "en", "es")
    notes = _facts(_entries(out)[0])["notes"]
    assert "checked by the terminologist" in notes
    assert not any(n.startswith("G-Source") for n in notes)
    assert any(n.startswith("Another name for an open star cluster") for n in notes)


def test_term_entry_through_csv_and_omegat(tmp_path):
    entries = load(str(DATA / "heartsome_ImportTBXTest_excerpt.tbx"))
    csv_path = tmp_path / "g.csv"
    csv_path.write_bytes(dumps(entries, "csv", "en", "zh"))
    header = csv_path.read_text(encoding="utf-8").splitlines()[0]
    assert header == "id,status,type,canonical,en-US,zh-CN,note,gender,context"
    back = load(str(csv_path))
    assert [(e.type, e.preferred) for e in back] == [(e.type, e.preferred) for e in entries]
    tsv = tmp_path / "g.txt"
    tsv.write_bytes(dumps(entries, "omegat", "en", "zh"))
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert "7 External microphone\t7 外置麦克风\t" in lines
    back = load(str(tsv), "en-US", "zh-CN")
    assert [(e.id, e.type, e.preferred) for e in back] == [
        (e.id, e.type, e.preferred) for e in entries
    ]


def test_rebuild_keeps_imported_term_entries():
    import glossary

    beads = [(0, ["Präsident Alexander Lukaschenko sprach."], ["Alekszandr Lukasenko beszélt."])]
    names = glossary.build_entries(beads, "de", "hu")
    merged = merge_entries(names, load(str(DATA / "weblate_cs.tbx")))
    again = glossary.build_entries(beads, "de", "hu", [e.to_dict() for e in merged])
    terms = [e.to_dict() for e in merged if e.type == "term"]
    assert len(terms) == 4
    assert [e.to_dict() for e in again if e.type == "term"] == terms
