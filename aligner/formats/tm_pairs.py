"""A project's pairs with everything a TMX export needs: inline markup and the units' metadata.

``tmx_pairs(project)`` is ``project.pairs()`` plus the columns ``write_tmx``
reads (``tuid``, ``created``, ``source_xml``, ``target_xml``, ``tm``). For a
project imported from TMX, each bead gets back the unit it came from. When
review changed which sentences a bead holds, its metadata follows these rules:

- a bead holding exactly one unit's sentences is that unit: its attributes
  (``tuid``, dates, ``segtype`` …), notes, props and other tuvs as read;
- beads merged (or sentences moved) so that one bead holds several units: the
  first unit's attributes; the notes and props of all of them, in order (a
  prop repeated with the same value once); tuvs in other languages joined
  language by language; alternative tuvs in the project's languages are left
  out (they translated only a part);
- a bead split off a unit keeps that unit's metadata (its other half too);
- ``changedate`` becomes the time of the review edit when a bead's text was
  edited or its sentences changed; confirming or noting leaves it as read.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from lxml import etree

from aligner.formats.tmx_write import tmx_date, xml_text
from aligner.langtag import normalise_lang
from aligner.project import tags, units

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CHUNK = 5000
_I_ATTR = re.compile(r'^(<[be]pt\b[^>]*?\bi=)(["\'])(\d+)\2')


def segment_xml(text: str, codes: dict[str, str], shift: int = 0) -> tuple[str, int]:
    """A segment's text as TMX inline markup, and the highest ``i`` of its codes.

    ``shift`` renumbers the ``i`` of ``bpt``/``ept`` so that segments joined
    into one keep their pairs apart.
    """
    parts, top = [], 0
    last = 0
    for m in tags.MARKERS.finditer(text):
        parts.append(escape(xml_text(text[last : m.start()])))
        code = codes.get(m.group(), "")
        found = _I_ATTR.match(code)
        if found:
            number = int(found.group(3)) + shift
            top = max(top, number)
            code = f"{found.group(1)}{found.group(2)}{number}{found.group(2)}" + code[found.end() :]
        parts.append(code)
        last = m.end()
    parts.append(escape(xml_text(text[last:])))
    return "".join(parts), top


def join_xml(texts: list[str], codes: list[dict[str, str]]) -> str | None:
    """Segments joined by a space as one seg's markup; None when none has a code."""
    if not any(codes):
        return None
    out, shift = [], 0
    for text, code in zip(texts, codes, strict=True):
        xml, top = segment_xml(text, code, shift)
        out.append(xml)
        shift = max(shift, top)
    return " ".join(out)


def _merge_meta(records: list[list]) -> list:
    """Notes and props of several records in order; a prop an earlier record had is left out."""
    if len(records) == 1:
        return list(records[0])
    out, seen = [], set()
    for meta in records:
        keys = []
        for item in meta:
            key = (item[0], tuple(sorted(item[1].items())), item[2])
            if item[0] == "prop" and key in seen:
                continue
            keys.append(key)
            out.append(item)
        seen.update(keys)
    return out


def _join_tuvs(xmls: list[str]) -> etree._Element:
    """Tuvs of one language from several units as one tuv: segments joined by a space."""
    first = etree.fromstring(xmls[0])
    seg = first.find("seg")
    for xml in xmls[1:]:
        other = etree.fromstring(xml).find("seg")
        if seg is None or other is None:
            continue
        tail = seg[-1] if len(seg) else None
        pad = " " + (other.text or "")
        if tail is not None:
            tail.tail = (tail.tail or "") + pad
        else:
            seg.text = (seg.text or "") + pad
        for child in other:
            seg.append(child)
    return first


def _other_tuvs(records: list[dict], langs: set[str], single: bool) -> list:
    """The tuvs a composed unit keeps besides its two: other languages, joined."""
    if single:
        return list(records[0]["tuvs"])
    by_lang: dict[str, list[str]] = {}
    for record in records:
        for entry in record["tuvs"]:
            if entry in ("src", "tgt"):
                continue
            lang = etree.fromstring(entry).get(XML_LANG) or ""
            if normalise_lang(lang) in langs:
                continue  # an alternative for one part only
            by_lang.setdefault(lang.lower(), []).append(entry)
    order = ["src", "tgt"]
    for xmls in by_lang.values():
        order.append(etree.tostring(_join_tuvs(xmls), encoding=str))
    return order


def _compose(row, segs: dict, records: dict, langs: set[str]):
    """``(tm, source_xml, target_xml, tuid)`` for one bead of an imported project."""
    found = {side: [segs[side][i] for i in ids] for side, ids in
             (("src", row.src_ids), ("tgt", row.tgt_ids))}  # fmt: skip
    uids = sorted({info[0] for infos in found.values() for info in infos if info[0] is not None})
    if not uids:
        return None, None, None, str(row.id)
    unit_records = [records[u] for u in uids if u in records]
    first = unit_records[0]
    single = len(uids) == 1 and all(
        list(ids) == ([first[side]] if first[side] is not None else [])
        for side, ids in (("src", row.src_ids), ("tgt", row.tgt_ids))
    )
    touched = {side: any(info[4] for info in infos) for side, infos in found.items()}
    attrs = dict(first["attrs"])
    if not single or any(touched.values()):
        attrs["changedate"] = tmx_date(row.changed)
    tm = {
        "attrs": attrs,
        "meta": first["meta"] if single else _merge_meta([r["meta"] for r in unit_records]),
        "tuvs": _other_tuvs(unit_records, langs, single),
    }
    markup = {}
    for side, infos in found.items():
        tuvs = [info[1] for info in infos if info[1]]
        if tuvs:
            record = {"attrs": dict(tuvs[0].get("attrs") or {}),
                      "meta": _merge_meta([t.get("meta") or [] for t in tuvs])}  # fmt: skip
            if (touched[side] or not single) and "changedate" in record["attrs"]:
                record["attrs"]["changedate"] = tmx_date(row.changed)
            tm[f"{side}_tuv"] = record
        codes = [info[2] for info in infos]
        markup[side] = join_xml([info[3] for info in infos], codes) if any(codes) else None
    return tm, markup["src"], markup["tgt"], attrs.get("tuid")


def tmx_pairs(project, pairs=None):
    """``project.pairs()`` (or the given rows of it) with the TMX columns added.

    Reads only the segments and units those rows need, so an export can go
    through a big project a slice at a time.
    """
    if pairs is None:
        pairs = project.pairs()
    pairs = pairs.copy()
    created = project.meta("created")
    pairs["created"] = tmx_date(created) if created else None
    if not units.has_units(project):
        pairs["tuid"] = pairs["id"].map(str)
        pairs["source_xml"] = None
        pairs["target_xml"] = None
        pairs["tm"] = None
        return pairs
    langs = {project.src_lang, project.tgt_lang}
    columns: dict[str, list] = {"tm": [], "source_xml": [], "target_xml": [], "tuid": []}
    for start in range(0, len(pairs), _CHUNK):
        chunk = pairs.iloc[start : start + _CHUNK]
        segs = {}
        for side, column in (("src", "src_ids"), ("tgt", "tgt_ids")):
            ids = [i for row in chunk[column] for i in row]
            segs[side] = units.segments(project, side, min(ids), max(ids) + 1) if ids else {}
        wanted = {info[0] for side in segs.values() for info in side.values()} - {None}
        records = units.units(project, wanted)
        for row in chunk.itertuples(index=False):
            for name, value in zip(columns, _compose(row, segs, records, langs), strict=True):
                columns[name].append(value)
    for name, values in columns.items():
        pairs[name] = values
    return pairs
