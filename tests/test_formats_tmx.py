"""TMX 1.4b export (DTD-valid, read back by translate-toolkit) and the safe TMX importer."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))

from conftest import shared_path  # noqa: E402
from project_helpers import alignment, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.formats import read_tmx, select_pairs, write_tmx  # noqa: E402
from aligner.formats.export import export_project  # noqa: E402
from aligner.formats.importing import import_file  # noqa: E402
from aligner.formats.tmx_read import choose_languages  # noqa: E402
from aligner.project import STATUSES, Project, tags  # noqa: E402
from aligner.types import Document, Segment  # noqa: E402

TMX_DATE = re.compile(r"^\d{8}T\d{6}Z$")


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        p.confirm(0)
        p.set_note(0, 'Name: <Lukaschenko> & "Lukashenko"')
        p.reject(2)
        p.set_note(3, "two English sentences")
        yield p


def tmx_bytes(project, **select) -> bytes:
    out = io.BytesIO()
    pairs = select_pairs(project.pairs(), **select) if select else project.pairs()
    write_tmx(out, pairs, project.src_lang, project.tgt_lang, created=project.meta("created"))
    return out.getvalue()


def test_export_validates_against_the_tmx14_dtd(project):
    dtd = etree.DTD(str(shared_path("standards", "tmx14.dtd")))
    root = etree.fromstring(tmx_bytes(project))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    header = root.find("header")
    for attribute in (
        "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
        "datatype",
    ):  # fmt: skip
        assert header.get(attribute)
    assert header.get("srclang") == "de"
    assert TMX_DATE.match(header.get("creationdate"))
    tus = root.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == [str(b.id) for b in project.beads()]
    for tu in tus:
        assert TMX_DATE.match(tu.get("creationdate")) and TMX_DATE.match(tu.get("changedate"))
        langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.iter("tuv")]
        assert langs == ["de", "en"]
    props = {p.get("type"): p.text for p in tus[0].findall("prop")}
    assert props == {
        "x-align-status": "confirmed",
        "x-align-score": "0.9000",
        "x-align-type": "1-1",
        "x-align-note": "1",  # the first <note> is the reviewer's
    }
    assert tus[0].findtext("note") == 'Name: <Lukaschenko> & "Lukashenko"'


def test_translate_toolkit_reads_back_source_target_and_notes(project):
    from translate.storage import tmx

    store = tmx.tmxfile.parsestring(tmx_bytes(project))
    units = store.units
    beads = project.beads()
    assert len(units) == len(beads)
    for unit, bead in zip(units, beads, strict=True):
        assert unit.source == bead.source
        assert unit.target == bead.target
        assert unit.getnotes() == bead.note


def test_segments_are_plain_text_without_inline_elements(tmp_path):
    # The raw Markdown has emphasis; the segment text (what a translator reads) does not.
    src = Document("Die *Wahl* war <frei> & **fair**.", lang="de", format="markdown")
    tgt = Document("The _election_ was free.", lang="en", format="markdown")
    with Project.create(
        tmp_path / "md.bitext", src, tgt,
        [Segment("Die Wahl war <frei> & fair.", 0, len(src.text))],
        [Segment("The election was free.", 0, len(tgt.text))],
        alignment([(1, 1)]),
    ) as p:  # fmt: skip
        root = etree.fromstring(tmx_bytes(p))
    segs = root.findall(".//seg")
    assert [s.text for s in segs] == ["Die Wahl war <frei> & fair.", "The election was free."]
    assert all(len(s) == 0 for s in segs)  # no bpt/ept/hi children


def test_characters_xml_cannot_carry_are_dropped(project):
    project.edit("src", 1, "Er ist\x0b der erste\x00 Präsident.")
    root = etree.fromstring(tmx_bytes(project))
    assert root.findall(".//seg")[2].text == "Er ist der erste Präsident."


def test_export_filters_and_skips_one_sided_beads(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        p.insert_empty(3, "tgt")  # 1-0 and 0-2: neither is a translation unit
        p.confirm(0)
        result = export_project(p, "tmx", tmp_path / "all.tmx")
        assert (result.written, result.one_sided) == (4, 2)
        result = export_project(p, "tmx", tmp_path / "c.tmx", statuses=("confirmed",))
        assert (result.written, result.filtered) == (1, 5)
    root = etree.parse(str(tmp_path / "c.tmx")).getroot()
    assert len(root.findall("body/tu")) == 1


def test_tmx_round_trip_keeps_review_state(project, tmp_path):
    export_project(project, "tmx", tmp_path / "out.tmx", statuses=STATUSES)
    with import_file(tmp_path / "out.tmx", tmp_path / "back.bitext") as back:
        assert (back.src_lang, back.tgt_lang) == ("de", "en")
        got = [(b.source, b.target, b.status, b.note, b.score) for b in back.beads()]
    want = [(b.source, b.target, b.status, b.note, b.score) for b in project.beads()]
    assert got == want


# --------------------------------------------------------------------------- import

SAMPLES = [
    "alignfactory_en-de_issue277.tmx",
    "lisa_compliancekit_ImportTest2A_inline.tmx",
    "okapi_oku_alignment_en-us_de-de_sample14b.tmx",
    "okapi_sentencealigner_one_to_one1.tmx",
    "omegat61_project_save_tmx11_en-fr.tmx",
    "translate-toolkit_multilingual_en-US_en-GB_fr_sr.tmx",
]


def test_every_sample_is_listed():
    folder = shared_path("standards", "samples")
    assert sorted(p.name for p in folder.glob("*.tmx")) == sorted(SAMPLES)


@pytest.mark.parametrize(
    ("name", "options", "langs", "count"),
    [
        ("alignfactory_en-de_issue277.tmx", {}, ("en", "de"), 2),  # BOM, upper case EN/DE
        ("lisa_compliancekit_ImportTest2A_inline.tmx", {}, ("en-US", "fr-CA"), 7),  # UTF-16
        ("okapi_oku_alignment_en-us_de-de_sample14b.tmx", {}, ("en-US", "de-DE"), 25),
        ("okapi_sentencealigner_one_to_one1.tmx", {}, ("en", "fr"), 1),
        ("omegat61_project_save_tmx11_en-fr.tmx", {}, ("en", "fr"), 5),  # TMX 1.1, lang=
        (
            "translate-toolkit_multilingual_en-US_en-GB_fr_sr.tmx",
            {"src": "en-gb", "tgt": "SR"},
            ("en-GB", "sr"),
            1,
        ),
    ],
)
def test_import_real_samples(tmp_path, name, options, langs, count):
    path = shared_path("standards", "samples", name)
    with import_file(path, tmp_path / "p.bitext", **options) as p:
        assert (p.src_lang, p.tgt_lang) == langs
        assert len(p) == count
        assert all(b.source and b.target for b in p.beads())
        p.check()


def test_sample_details():
    inline = read_tmx(shared_path("standards", "samples", SAMPLES[1]))
    text = inline.units[0].texts["en-US"]  # codes as markers, shown as tags
    assert tags.show(text) == "The big ⟨1⟩black⟨/1⟩ ⟨2⟩cat⟨/2⟩ sleeps."
    assert tags.plain(text) == "The big black cat sleeps."
    assert inline.units[0].tuvs[0].codes[tags.open_marker(0)] == (
        '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>'
    )
    okapi = read_tmx(shared_path("standards", "samples", SAMPLES[2]))
    assert okapi.units[1].texts["de-DE"] == "'Wiederholen' drücken."
    assert okapi.units[0].tuid == "ACDetectionCheckFailedAction0_s02"
    factory = read_tmx(shared_path("standards", "samples", SAMPLES[0]))
    # the file has a real space after the full stop, and it stays
    assert factory.units[1].texts["en"] == "This sentence should not be split. "


def test_multilingual_needs_a_choice():
    path = shared_path("standards", "samples", SAMPLES[5])
    tmx = read_tmx(path)
    with pytest.raises(BitextError, match="--src and --tgt"):
        choose_languages(tmx, None, None, str(path))
    with pytest.raises(BitextError, match="the file's languages are"):
        choose_languages(tmx, "en", "fr", str(path))  # en-US or en-GB?
    assert choose_languages(tmx, "fr", "sr", str(path)) == ("fr", "sr")


GOOD = b"""<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/><body>
<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
</body></tmx>"""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (GOOD[:-30], "not well-formed XML"),
        (b"de\ten\nHallo\tHello\n", "not well-formed XML"),
        (b"", "empty file"),
        (b'<tmx version="1.4"><header srclang="de"/></tmx>', "no <body>"),
        (b"<html><body/></html>", "not <tmx>"),
        (b'<tmx version="1.4"><body><tu/></body></tmx>', "no translation units"),
    ],
)
def test_bad_tmx_is_a_clear_error(tmp_path, data, message):
    path = tmp_path / "bad.tmx"
    path.write_bytes(data)
    with pytest.raises(BitextError, match=message) as err:
        tmx = read_tmx(path)
        choose_languages(tmx, None, None, str(path))
    assert err.value.path == str(path)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY a "lollollollollollollollollollol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
 <!ENTITY j "&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;">
]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&j;</seg></tuv><tuv xml:lang="de"><seg>&j;</seg></tuv></tu>
</body></tmx>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&secret;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu>
</body></tmx>"""


@pytest.mark.parametrize("data", [BOMB, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_are_refused(tmp_path, data):
    path = tmp_path / "evil.tmx"
    path.write_bytes(data)
    with pytest.raises(BitextError, match="declares XML entities"):
        read_tmx(path)


def test_no_dtd_is_fetched(tmp_path):
    # A DOCTYPE pointing at a DTD that is not there (and a URL) must not matter.
    path = tmp_path / "doctype.tmx"
    path.write_bytes(
        GOOD.replace(
            b"<tmx ", b'<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\n<tmx ', 1
        )
    )
    tmx = read_tmx(path)
    assert tmx.units[0].texts == {"de": "Hallo", "en": "Hello"}
