"""TBX glossaries: write TBX v2 (``martif``, read by OmegaT and translate-toolkit)
and TBX-Basic v3 (ISO 30042:2019); read both (:mod:`.tbx_read`).

A name entry carries ``subjectField`` "personal name" (or place/organisation
name); its full name is the ``fullForm``, the bare surname a ``shortForm``
and inflected forms ``variant``s, with ``grammaticalGender`` and the context
sentence where bitext knows them. A term base's entry is written back as it
was read: its elements, language tags and term order. Into TBX v2 everything
goes verbatim; TBX-Basic keeps what its dialect allows and turns the rest into
notes (:mod:`.tbx_basic`). bitext's own fields (status, canonical form, type)
travel in a ``bitext-entry:`` note.

Entries are serialised one at a time, so a 100k-entry glossary never exists
as one XML tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from xml.sax.saxutils import quoteattr

from lxml import etree

from glossary.entries import Entry
from glossary.errors import GlossaryError
from glossary.formats import tbx_basic
from glossary.formats.common import (
    SUBJECT,
    escape,
    langs_of,
    meta_text,
    needs_meta,
    term_forms,
    terms,
    xml_id,
)
from glossary.formats.tbx_read import XML_LANG, loads

__all__ = ["dumps_v2", "dumps_v3", "loads"]

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
SOURCE_NOTE = "bitext glossary"
_TERM_TYPE = {"full": "fullForm", "short": "shortForm", "variant": "variant"}
_ADMIN = {
    "full": "preferredTerm-admn-sts",
    "short": "admittedTerm-admn-sts",
    "variant": "admittedTerm-admn-sts",
}
_GENDER = {"m": "masculine", "f": "feminine", "n": "neuter"}
_NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")
#: An id in an entry's kept data as JSON text: ``id=\"c1\"`` in XML, ``"id": "c1"`` in attributes.
_ID_ATTR = re.compile(r'\sid=\\"(.*?)\\"|"id": "((?:[^"\\]|\\.)*)"')


class _Style:
    def __init__(self, v3: bool):
        self.v3 = v3
        self.entry, self.lang, self.term = (
            ("conceptEntry", "langSec", "termSec") if v3 else ("termEntry", "langSet", "tig")
        )


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs) -> etree._Element:
    el = etree.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def _gender(value: str | None) -> str | None:
    if not value:
        return None
    word = value.strip().lower()
    if word in tbx_basic.PICKLISTS["grammaticalGender"]:
        return word
    return _GENDER.get(word[:1], "other")


def _name_entry(el: etree._Element, e: Entry, order: list[str], inflect: bool, style: _Style):
    _sub(el, "descrip", SUBJECT.get(e.type, SUBJECT["person"]), type="subjectField")
    if e.note:
        _sub(el, "note", e.note)
    _sub(el, "note", meta_text(e))
    gender = _gender(e.gender)
    context_at = next(
        ((lang, t) for lang in order for t, _ in terms(e, lang) if e.context and t in e.context),
        None,
    )
    for lang in order:
        pairs = terms(e, lang, inflect)
        if not pairs:
            continue
        lang_el = _sub(el, style.lang)
        lang_el.set(XML_LANG, lang)
        for term, kind in pairs:
            sec = _sub(lang_el, style.term)
            _sub(sec, "term", term)
            _sub(sec, "termNote", "noun", type="partOfSpeech")
            _sub(sec, "termNote", _TERM_TYPE[kind], type="termType")
            _sub(sec, "termNote", _ADMIN[kind], type="administrativeStatus")
            if gender:
                _sub(sec, "termNote", gender, type="grammaticalGender")
            if context_at == (lang, term):
                _sub(sec, "descrip", e.context, type="context")


def _blocks(e: Entry, ext: dict) -> Iterator[tuple[str, list[str], list[dict]]]:
    """(language tag, its elements, its term records) in the order the file had,
    holding exactly the entry's terms now; terms added since come last."""
    left = {lang: term_forms(e, lang) for lang in e.langs()}
    for block in ext.get("langs", ()):
        have = left.get(block["lang"], [])
        recs = []
        for rec in block["terms"]:
            if not rec["term"]:
                recs.append(rec)
            elif rec["term"] in have:
                have.remove(rec["term"])
                recs.append(rec)
        if recs:
            yield block["lang"], block.get("items", []), recs
    for lang, rest in left.items():
        if rest:
            yield lang, [], [{"term": t} for t in rest]


def _plain_note(item: str) -> bool:
    el = etree.fromstring(item)
    return el.tag == "note" and len(el) == 0


class _Writer:
    def __init__(self, style: _Style, ids: set[str]):
        self.style, self.ids, self.used = style, ids, set()

    def items(self, parent: etree._Element, texts: list[str], level: str) -> None:
        """Append kept elements (XML texts, parsed in one go) to ``parent``."""
        if not texts:
            return
        for el in etree.fromstring(f"<x>{''.join(texts)}</x>"):
            if self.style.v3:
                el = tbx_basic.conform(el, level)
                for node in el.iter():
                    self._fix_refs(node)
            parent.append(el)

    def _fix_refs(self, node: etree._Element) -> None:
        ident = node.get("id")
        if ident is not None:
            if not _NCNAME.match(ident) or ident in self.used:
                del node.attrib["id"]
            else:
                self.used.add(ident)
        target = node.get("target")
        if target is not None and not (
            re.match(r"https?://.", target) or (target in self.ids and _NCNAME.match(target))
        ):
            del node.attrib["target"]

    def term_entry(self, el: etree._Element, e: Entry) -> None:
        ext = e.extra.get("tbx", {}) if isinstance(e.extra.get("tbx"), dict) else {}
        items = list(ext.get("entry", ()))
        changed = e.note != ext.get("note", "")
        if changed:  # the note was changed in bitext: it replaces the file's plain notes
            items = [i for i in items if not _plain_note(i)]
        self.items(el, items, "entry")
        if changed and e.note:
            _sub(el, "note", e.note)
        if needs_meta(e):
            _sub(el, "note", meta_text(e))
        style = self.style
        for lang, lang_items, recs in _blocks(e, ext):
            lang_el = _sub(el, style.lang)
            lang_el.set(XML_LANG, lang)
            self.items(lang_el, lang_items, "lang")
            for rec in recs:
                self.term(lang_el, rec)

    def term(self, lang_el: etree._Element, rec: dict) -> None:
        style = self.style
        ntig = rec.get("ntig") and not style.v3
        sec = _sub(lang_el, "ntig" if ntig else style.term)
        for name, value in rec.get("sec_attrs", {}).items():
            if name == "id" or not style.v3:
                sec.set(name, value)
        if style.v3:
            self._fix_refs(sec)
        holder = _sub(sec, "termGrp") if ntig else sec
        if "markup" in rec:
            term = etree.fromstring(rec["markup"])
            holder.append(term)
        else:
            term = _sub(holder, "term", rec.get("raw", rec["term"]))
            for name, value in rec.get("attrs", {}).items():
                term.set(name, value)
        if style.v3:
            for name in list(term.attrib):
                if name != "id":
                    del term.attrib[name]
            self._fix_refs(term)
        self.items(holder, rec.get("notes", []), "term")
        self.items(sec, rec.get("items", []), "term")


def _known_ids(entries: list[Entry], entry_ids: dict[str, str]) -> set[str]:
    """Ids a ``target`` may point to: the entries' and those inside kept elements."""
    ids = set(entry_ids.values())
    ids.discard("")
    for e in entries:
        if "tbx" in e.extra:
            for pair in _ID_ATTR.findall(json.dumps(e.extra["tbx"], ensure_ascii=False)):
                ids.update(pair)
    return ids


def _unique_ids(entries: list[Entry]) -> dict[str, str]:
    out: dict[str, str] = {}
    seen: set[str] = set()
    for e in entries:
        base = ident = xml_id(e.id)
        n = 2
        while ident in seen:
            ident, n = f"{base}-{n}", n + 1
        seen.add(ident)
        out[e.id] = ident
    return out


def _dump(entries: list[Entry], langs: tuple[str, ...], inflect: bool, style: _Style) -> bytes:
    order = langs_of(entries, langs)
    main_lang = quoteattr(order[0] if order else "en")
    if style.v3:
        head = (
            f'<tbx xmlns="{TBX3_NS}" type="TBX-Basic" style="dca" xml:lang={main_lang}>\n'
            "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n"
            f"        <p>{SOURCE_NOTE}</p>\n"
            "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
        )
    else:
        head = (
            f'<martif type="TBX" xml:lang={main_lang}>\n'
            "  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n"
            f"        <p>{SOURCE_NOTE}</p>\n"
            "      </sourceDesc>\n    </fileDesc>\n"
            '    <encodingDesc>\n      <p type="XCSURI">TBXXCSV02.xcs</p>\n    </encodingDesc>\n'
            "  </martifHeader>\n"
        )
    parts = [b"<?xml version='1.0' encoding='UTF-8'?>\n", head.encode(), b"  <text>\n    <body>\n"]
    entry_ids = _unique_ids(entries)
    writer = _Writer(style, _known_ids(entries, entry_ids) if style.v3 else set())
    writer.used = set(entry_ids.values())
    for e in entries:
        try:
            el = etree.Element(style.entry, id=entry_ids[e.id])
            if e.type == "term":
                writer.term_entry(el, e)
            else:
                _name_entry(el, e, order, inflect, style)
        except (ValueError, etree.XMLSyntaxError) as err:  # a character XML cannot hold
            raise GlossaryError(
                f"entry {escape(e.id)!r} cannot be written as XML ({escape(str(err))})"
            ) from None
        if len(el) == 0 or el[-1].tag != style.lang:
            continue  # no term in any language: nothing a TBX entry could hold
        etree.indent(el, space="  ", level=3)
        parts.append(b"      " + etree.tostring(el, encoding="UTF-8") + b"\n")
    tail = "tbx" if style.v3 else "martif"
    parts.append(f"    </body>\n  </text>\n</{tail}>\n".encode())
    return b"".join(parts)


def dumps_v2(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> bytes:
    return _dump(entries, langs, inflect, _Style(v3=False))


def dumps_v3(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> bytes:
    return _dump(entries, langs, inflect, _Style(v3=True))
