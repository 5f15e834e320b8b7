"""What a TMX import keeps: inline codes review cannot break, white space, metadata in merges."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))

from conftest import shared_path  # noqa: E402

from aligner.cli import main  # noqa: E402
from aligner.errors import BitextError  # noqa: E402
from aligner.formats import read_tmx, tmx_pairs, write_tmx  # noqa: E402
from aligner.formats.export import export_project  # noqa: E402
from aligner.formats.importing import import_file  # noqa: E402
from aligner.project import STATUSES, tags  # noqa: E402

DATA = Path(__file__).parent / "data" / "tmx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tmx(body: str, *, doctype: str = "", header: str = 'srclang="de"') -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<tmx version="1.4">'
        f"<header {header}/><body>\n{body}\n</body></tmx>"
    ).encode()


def unit(de: str, en: str, extra: str = "", attrs: str = "") -> str:
    return (
        f'<tu{attrs}>{extra}<tuv xml:lang="de"><seg>{de}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{en}</seg></tuv></tu>'
    )


def imported(tmp_path, data: bytes, **options):
    path = tmp_path / "in.tmx"
    path.write_bytes(data)
    return import_file(path, tmp_path / "p.bitext", overwrite=True, **options)


def exported(project, tmp_path) -> etree._Element:
    export_project(project, "tmx", tmp_path / "out.tmx", statuses=STATUSES)
    return etree.parse(str(tmp_path / "out.tmx")).getroot()


def seg_xml(root, n: int, lang: str = "de") -> str:
    tu = root.findall("body/tu")[n]
    tuv = next(t for t in tu.iter("tuv") if t.get(XML_LANG) == lang)
    return etree.tostring(tuv.find("seg"), encoding=str, with_tail=False)


# --------------------------------------------------------------------------- inline codes

INLINE = unit(
    'Der <bpt i="1">{\\b </bpt>große<ept i="1">}</ept> Hund <ph x="2">{\\f4 }</ph>schläft.',
    'The <bpt i="1">{\\b </bpt>big<ept i="1">}</ept> dog <ph x="2">{\\f4 }</ph>sleeps.',
)


def test_codes_are_markers_shown_as_tags(tmp_path):
    with imported(tmp_path, tmx(INLINE)) as p:
        text = p.segment_texts("src")[0]
        assert tags.show(text) == "Der ⟨1⟩große⟨/1⟩ Hund ⟨2/⟩schläft."
        assert tags.plain(text) == "Der große Hund schläft."
        assert "{" not in text  # the RTF code is not words
        root = exported(p, tmp_path)
    assert seg_xml(root, 0) == (
        '<seg>Der <bpt i="1">{\\b </bpt>große<ept i="1">}</ept> Hund '
        '<ph x="2">{\\f4 }</ph>schläft.</seg>'
    )


def test_plain_text_formats_leave_codes_out(tmp_path):
    with imported(tmp_path, tmx(INLINE)) as p:
        export_project(p, "tsv", tmp_path / "out.tsv")
        export_project(p, "csv", tmp_path / "out.csv")
    assert (tmp_path / "out.tsv").read_text() == "Der große Hund schläft.\tThe big dog sleeps.\n"
    assert "{" not in (tmp_path / "out.csv").read_text()


@pytest.mark.parametrize(
    ("edit", "ok"),
    [
        ("Der ⟨1⟩sehr große⟨/1⟩ Hund ⟨2/⟩schläft.", True),  # words change, tags stay
        ("⟨2/⟩Der Hund ⟨1⟩groß⟨/1⟩ schläft.", True),  # a pair moves whole
        ("Der große Hund ⟨2/⟩schläft.", False),  # a pair lost
        ("Der ⟨1⟩große Hund ⟨2/⟩schläft.", False),  # half a pair lost
        ("Der ⟨/1⟩große⟨1⟩ Hund ⟨2/⟩schläft.", False),  # a pair reordered
        ("Der ⟨1⟩große⟨/1⟩ Hund ⟨2/⟩⟨2/⟩schläft.", False),  # a code doubled
        ("Der ⟨1⟩große⟨/1⟩ Hund schläft.", False),  # a placeholder lost
    ],
)
def test_an_edit_that_breaks_tags_is_refused(tmp_path, edit, ok):
    with imported(tmp_path, tmx(INLINE)) as p:
        original = p.segment_texts("src")[0]
        new = tags.parse(edit, original)
        if ok:
            p.edit("src", 0, new)
            assert tags.show(p.segment_texts("src")[0]) == edit
            root = exported(p, tmp_path)
            assert seg_xml(root, 0).count("<bpt") == 1 and "<ph" in seg_xml(root, 0)
        else:
            assert tags.problem(original, new)
            with pytest.raises(BitextError, match="edit refused: tag"):
                p.edit("src", 0, new)
            assert p.segment_texts("src")[0] == original  # nothing saved
            assert not p.can_undo


def test_crossing_pairs_are_refused_but_nested_ones_kept():
    text = "".join(
        [tags.open_marker(0), "a", tags.open_marker(1), "b", tags.close_marker(1)]
        + [tags.close_marker(0)]
    )
    crossed = "".join(
        [tags.open_marker(0), "a", tags.open_marker(1), "b", tags.close_marker(0)]
        + [tags.close_marker(1)]
    )
    assert tags.problem(text, text) is None
    assert "overlap" in tags.problem(text, crossed)
    assert tags.show(text) == "⟨1⟩a⟨2⟩b⟨/2⟩⟨/1⟩"


def test_merge_joins_codes_without_mixing_their_pairs(tmp_path):
    data = tmx(INLINE + "\n" + INLINE.replace("Hund", "Kater").replace("dog", "cat"))
    with imported(tmp_path, data) as p:
        p.merge_next(0)
        root = exported(p, tmp_path)
    seg = etree.fromstring(seg_xml(root, 0))
    assert [e.get("i") for e in seg.iter("bpt")] == ["1", "2"]  # renumbered apart
    assert [e.get("i") for e in seg.iter("ept")] == ["1", "2"]


# --------------------------------------------------------------------------- white space


def test_real_spaces_stay_and_pretty_printing_goes(tmp_path):
    body = (
        unit("Bild: ", " 17 So soll es sein") + "\n"
        "<tu><tuv xml:lang='de'><seg>\n      Eingerückt\n    </seg></tuv>"
        "<tuv xml:lang='en'><seg>\n      Indented\n    </seg></tuv></tu>\n"
        "<tu><tuv xml:lang='de' xml:space='preserve'><seg>\n  Bleibt\n</seg></tuv>"
        "<tuv xml:lang='en'><seg>kept</seg></tuv></tu>"
    )
    with imported(tmp_path, tmx(body)) as p:
        assert p.segment_texts("src") == ["Bild: ", "Eingerückt", "\n  Bleibt\n"]
        assert p.segment_texts("tgt") == [" 17 So soll es sein", "Indented", "kept"]
        root = exported(p, tmp_path)
    assert seg_xml(root, 0) == "<seg>Bild: </seg>"
    assert seg_xml(root, 0, "en") == "<seg> 17 So soll es sein</seg>"


# --------------------------------------------------------------------------- metadata

META = unit(
    "Hallo",
    "Hello",
    extra='<note>first</note><prop type="client">ACME</prop><note>second</note>',
    attrs=' tuid="tu001" creationdate="20020523T091200Z" changedate="20030101T000000Z" '
    'creationid="ys" segtype="block"',
)


def test_notes_props_ids_and_dates_are_kept_as_written(tmp_path):
    with imported(tmp_path, tmx(META)) as p:
        assert p.beads()[0].note == ""  # the file's notes are not the reviewer's
        p.confirm(0)
        p.set_note(0, "checked")
        root = exported(p, tmp_path)
    tu = root.find("body/tu")
    assert dict(tu.attrib) == {
        "tuid": "tu001",
        "creationdate": "20020523T091200Z",
        "changedate": "20030101T000000Z",  # confirming is not changing the unit
        "creationid": "ys",
        "segtype": "block",
    }
    children = [(c.tag, c.get("type"), c.text) for c in tu if c.tag in ("note", "prop")]
    assert children == [
        ("note", None, "first"),
        ("prop", "client", "ACME"),
        ("note", None, "second"),
        ("note", None, "checked"),
        ("prop", "x-align-status", "confirmed"),
        ("prop", "x-align-score", "1.0000"),
        ("prop", "x-align-type", "1-1"),
        ("prop", "x-align-note", "3"),
    ]
    with import_file(tmp_path / "out.tmx", tmp_path / "back.bitext") as back:
        row = back.beads()[0]
        assert (row.status, row.note) == ("confirmed", "checked")


def test_an_edit_updates_changedate_only(tmp_path):
    with imported(tmp_path, tmx(META)) as p:
        p.edit("tgt", 0, "Hello there")
        root = exported(p, tmp_path)
    tu = root.find("body/tu")
    assert tu.get("creationdate") == "20020523T091200Z"
    assert tu.get("changedate") != "20030101T000000Z"
    assert tu.get("tuid") == "tu001"


def test_merged_units_keep_the_first_ones_attributes_and_all_notes(tmp_path):
    second = unit(
        "Welt",
        "World",
        extra='<note>third</note><prop type="client">ACME</prop><prop type="x">y</prop>',
        attrs=' tuid="tu002"',
    )
    with imported(tmp_path, tmx(META + second)) as p:
        p.merge_next(0)
        root = exported(p, tmp_path)
        tu = root.find("body/tu")
        assert tu.get("tuid") == "tu001"
        kept = [(c.tag, c.text) for c in tu if c.tag in ("note", "prop")][:5]
        assert kept == [("note", "first"), ("prop", "ACME"), ("note", "second"),
                        ("note", "third"), ("prop", "y")]  # fmt: skip
        assert seg_xml(root, 0) == "<seg>Hallo Welt</seg>"
        p.undo()  # the merge undone: both units exactly as read again
        root = exported(p, tmp_path)
    assert [tu.get("tuid") for tu in root.findall("body/tu")] == ["tu001", "tu002"]
    assert root.findall("body/tu")[0].get("changedate") == "20030101T000000Z"


def test_other_languages_are_kept_and_joined_on_merge(tmp_path):
    body = "\n".join(
        f'<tu><tuv xml:lang="de"><seg>{de}</seg></tuv><tuv xml:lang="fr"><seg>{fr}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{en}</seg></tuv></tu>'
        for de, fr, en in (("Eins.", "Un.", "One."), ("Zwei.", "Deux.", "Two."))
    )
    with imported(tmp_path, tmx(body), src="de", tgt="en") as p:
        root = exported(p, tmp_path)
        assert [t.get(XML_LANG) for t in root.find("body/tu").iter("tuv")] == ["de", "fr", "en"]
        p.merge_next(0)
        root = exported(p, tmp_path)
    assert seg_xml(root, 0, "fr") == "<seg>Un. Deux.</seg>"


def test_undefined_entity_is_named_and_nothing_is_written(tmp_path, capsys):
    path = tmp_path / "nbsp.tmx"
    path.write_bytes(
        tmx(unit("Hallo&nbsp;Welt", "Hello"), doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n')
    )
    assert main(["import", str(path), "-o", str(tmp_path / "p.bitext")]) == 2
    err = capsys.readouterr().err
    assert "&nbsp;" in err and str(path) in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "p.bitext").exists()


def test_deep_nesting_is_named_as_such(tmp_path):
    path = tmp_path / "deep.tmx"
    path.write_bytes(tmx(unit("<hi>" * 300 + "x" + "</hi>" * 300, "y")))
    with pytest.raises(BitextError, match="nested more than 256 deep"):
        read_tmx(path)


def test_a_second_tuv_in_a_language_is_reported(tmp_path, capsys):
    path = DATA / "omegat_test-multiple-tuv_tmx11_alternatives.tmx"
    code = main(["import", str(path), "-o", str(tmp_path / "p.bitext"),
                 "--src", "en-US", "--tgt", "fr-CA"])  # fmt: skip
    assert code == 0
    assert "warning" in capsys.readouterr().err


def test_unknown_attributes_become_props_so_the_export_stays_valid(tmp_path):
    data = tmx(unit("a", "b", attrs=' tuid="1" x-tool-flag="on"'))
    with imported(tmp_path, data) as p:
        root = exported(p, tmp_path)
    dtd = etree.DTD(str(shared_path("standards", "tmx14.dtd")))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    assert root.find("body/tu/prop").attrib == {"type": "x-attribute-x-tool-flag"}


# --------------------------------------------------------------------------- DataFrames


def test_write_tmx_from_a_plain_dataframe():
    frame = pd.DataFrame(
        {
            "source": ["Guten Tag.", "Danke."],
            "target": ["Good day.", "Thanks."],
            "note": ["greeting", None],
            "tuid": ["g1", "g2"],
            "source_xml": ['<bpt i="1">&lt;b&gt;</bpt>Guten<ept i="1">&lt;/b&gt;</ept> Tag.', None],
        }
    )
    out = io.BytesIO()
    assert write_tmx(out, frame, "de", "en") == 2
    root = etree.fromstring(out.getvalue())
    dtd = etree.DTD(str(shared_path("standards", "tmx14.dtd")))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    tus = root.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == ["g1", "g2"]
    assert tus[0].findtext("note") == "greeting" and tus[1].find("note") is None
    assert tus[0].find("tuv/seg/bpt") is not None
    assert tus[1].findtext("tuv/seg") == "Danke."


def test_write_tmx_names_missing_columns():
    with pytest.raises(BitextError, match="needs the column"):
        write_tmx(io.BytesIO(), pd.DataFrame({"de": ["x"], "en": ["y"]}), "de", "en")


def test_tmx_pairs_gives_a_notebook_the_codes(tmp_path):
    with imported(tmp_path, tmx(INLINE)) as p:
        frame = tmx_pairs(p)
    assert frame.loc[0, "source_xml"].startswith('Der <bpt i="1">')
    assert frame.loc[0, "tm"]["attrs"] == {}
