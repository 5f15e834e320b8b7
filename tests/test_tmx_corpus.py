"""Real TMX files from other tools: import -> export keeps what they wrote, and is DTD-valid.

For every unit that becomes a pair, the exported unit must have the same
attributes (tuid and dates as written), the same notes and props in the same
order (bitext's own x-align props besides), and the same tuvs: attributes,
notes, props and segment content, inline codes and white space exactly.
translate-toolkit must read the same source, target, notes and ids from the
export as from the original.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))

from conftest import shared_path  # noqa: E402

from aligner.formats.export import export_project  # noqa: E402
from aligner.formats.importing import import_file  # noqa: E402
from aligner.langtag import normalise_lang  # noqa: E402
from aligner.project import STATUSES  # noqa: E402

DATA = Path(__file__).parent / "data" / "tmx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# file -> (--src, --tgt), None for the file's own choice
CORPUS = {
    "alignfactory_en-de_issue277.tmx": None,
    "lisa_compliancekit_ImportTest2A_inline.tmx": None,
    "lisa_compliancekit_ImportTest1B_attribute_spacing.tmx": None,
    "lisa_compliancekit_ImportTest1C_five_languages.tmx": ("en-US", "ja-JP"),
    "lisa_compliancekit_ImportTest1H_us-ascii.tmx": None,
    "lisa_compliancekit_ImportTest1I_spaces.tmx": None,
    "lisa_compliancekit_ImportTest1K_tu_srclang.tmx": ("en-GB", "fr-CA"),
    "lisa_compliancekit_ImportTest1L_metadata.tmx": ("en-US", "fr"),
    "lisa_compliancekit_ImportTest2C_inline_metadata.tmx": ("en-US", "fr"),
    "okapi_oku_alignment_en-us_de-de_sample14b.tmx": None,
    "okapi_sentencealigner_one_to_one1.tmx": None,
    "okapi_header_with_prop_and_note_inline.tmx": None,
    "olifant_tmxtest-attributes_okapi.tmx": None,
    "omegat61_project_save_tmx11_en-fr.tmx": None,
    "omegat_test-multiple-tuv_tmx11_alternatives.tmx": ("en-US", "fr-CA"),
    "omegat_test-SMP_tmx11_supplementary_plane.tmx": None,
    "pontoon_valid_entries.tmx": None,
    "translate-toolkit_multilingual_en-US_en-GB_fr_sr.tmx": ("en-GB", "fr"),
}


def test_every_file_has_its_source_and_licence():
    table = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `([^`]+\.tmx)` \|.*$", table, re.M)}
    files = sorted(p.name for p in DATA.glob("*.tmx"))
    assert sorted(rows) == files == sorted(CORPUS)
    for name, row in rows.items():
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert re.fullmatch(r"[0-9a-f]{40}", cells[5]), name  # commit
        assert cells[6], name  # licence


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _units(path: Path) -> list:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                             remove_comments=True)  # fmt: skip
    root = etree.parse(str(path), parser).getroot()
    return [tu for tu in root.iter("{*}tu")]


def _lang(tuv) -> str:
    return normalise_lang(tuv.get(XML_LANG) or tuv.get("lang"))


def _attrs(elem, drop=()) -> dict:
    out = {}
    for key, value in elem.attrib.items():
        key = "xml:lang" if key in (XML_LANG, "lang") else key
        if key not in drop:
            out[key] = value
    return out


def _meta(elem) -> list:
    return [
        (_local(c.tag), _attrs(c), c.text or "")
        for c in elem
        if _local(c.tag) in ("note", "prop") and not (c.get("type") or "").startswith("x-align-")
    ]


def _seg(tuv) -> str:
    seg = next(c for c in tuv if _local(c.tag) == "seg")
    return etree.tostring(seg, encoding=str, with_tail=False)


def _tuv(tuv) -> tuple:
    return (_lang(tuv), _attrs(tuv, drop=("xml:lang",)), _meta(tuv), _seg(tuv))


def _kept(units, src: str, tgt: str) -> list:
    """The original units that become exported pairs: both languages with text."""
    out = []
    for tu in units:
        texts = {}
        for tuv in tu.iter("{*}tuv"):
            seg = next((c for c in tuv if _local(c.tag) == "seg"), None)
            if seg is not None:
                text = etree.tostring(seg, method="text", encoding=str, with_tail=False)
                texts.setdefault(_lang(tuv), text)
        if texts.get(src, "").strip() and texts.get(tgt, "").strip():
            out.append(tu)
    return out


def _round_trip(tmp_path: Path, name: str):
    langs = CORPUS[name]
    options = {"src": langs[0], "tgt": langs[1]} if langs else {}
    warnings: list[str] = []
    with import_file(DATA / name, tmp_path / "p.bitext", on_warning=warnings.append,
                     **options) as project:  # fmt: skip
        src, tgt = project.src_lang, project.tgt_lang
        result = export_project(project, "tmx", tmp_path / "out.tmx", statuses=STATUSES)
    return src, tgt, result, warnings


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_import_export_keeps_units_exactly(tmp_path, name):
    src, tgt, result, _ = _round_trip(tmp_path, name)
    dtd = etree.DTD(str(shared_path("standards", "tmx14.dtd")))
    out = etree.parse(str(tmp_path / "out.tmx"))
    assert dtd.validate(out), dtd.error_log.filter_from_errors()
    before = _kept(_units(DATA / name), src, tgt)
    after = _units(tmp_path / "out.tmx")
    assert len(after) == len(before) == result.written
    for old, new in zip(before, after, strict=True):
        assert _attrs(new) == _attrs(old)  # tuid, dates, segtype ... as written
        assert _meta(new) == _meta(old)  # notes and props, in order
        old_tuvs = [_tuv(t) for t in old.iter("{*}tuv")]
        new_tuvs = [_tuv(t) for t in new.iter("{*}tuv")]
        assert new_tuvs == old_tuvs  # every language, inline codes, white space


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_translate_toolkit_reads_the_same_from_the_export(tmp_path, name):
    from translate.storage import tmx

    src, tgt, _, _ = _round_trip(tmp_path, name)
    exported = tmx.tmxfile.parsefile(str(tmp_path / "out.tmx")).units
    original = tmx.tmxfile.parsefile(str(DATA / name)).units
    units = _units(DATA / name)
    assert len(original) == len(units)
    kept = [units.index(tu) for tu in _kept(units, src, tgt)]
    assert len(exported) == len(kept)
    srclang = etree.parse(str(DATA / name)).getroot().find("header").get("srclang")
    for unit, index in zip(exported, kept, strict=True):
        assert unit.source.strip() and unit.target.strip()
        old = original[index]
        if not old.source or normalise_lang(srclang) != src:
            # translate-toolkit reads no TMX 1.1 lang=, and takes the header's source
            # language, which a multilingual file may give another than the pair's
            continue
        assert (unit.source, unit.target, unit.getid()) == (old.source, old.target, old.getid())
        assert unit.getnotes() == old.getnotes()


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_a_second_round_trip_changes_nothing(tmp_path, name):
    src, tgt, _, _ = _round_trip(tmp_path, name)
    first = tmp_path / "out.tmx"
    with import_file(first, tmp_path / "again.bitext", src=src, tgt=tgt) as project:
        export_project(project, "tmx", tmp_path / "again.tmx", statuses=STATUSES)
    body = re.compile(rb"<body>.*</body>", re.S)
    assert (
        body.search((tmp_path / "again.tmx").read_bytes()).group()
        == body.search(first.read_bytes()).group()
    )


def test_alternative_tuv_is_kept_and_reported(tmp_path):
    _, _, _, warnings = _round_trip(tmp_path, "omegat_test-multiple-tuv_tmx11_alternatives.tmx")
    assert warnings and "fr-CA" in warnings[0] and "alternative" in warnings[0]
    text = (tmp_path / "out.tmx").read_text(encoding="utf-8")
    assert text.count("fr_CA Bonjour tout le monde !") == 1  # the alternative, written back
