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

import re
from collections.abc import Iterator
from typing import BinaryIO
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

__all__ = ["dumps_v2", "dumps_v3", "loads", "write"]

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
_ID_ATTR = re.compile(r'\sid="([^"]*)"')


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


_TERM_SECS = ("tig", "ntig", "termSec")
_LANG_SECS = ("langSet", "langSec")


def _term_text(sec: etree._Element) -> str:
    term = next(sec.iter("term"), None)
    return "".join(term.itertext()).strip() if term is not None else ""


def _plain_note(el: etree._Element) -> bool:
    return el.tag == "note" and len(el) == 0


class _Writer:
    def __init__(self, style: _Style, ids: set[str]):
        self.style, self.ids, self.used = style, ids, set()

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

    def term_entry(self, e: Entry, ident: str) -> etree._Element:
        """The entry as read from its term base, holding exactly its terms now."""
        ext = e.extra.get("tbx") if isinstance(e.extra.get("tbx"), dict) else {}
        text = ext.get("xml") if isinstance(ext.get("xml"), str) else None
        el = etree.fromstring(text) if text else etree.Element("termEntry")
        el.set("id", ident)
        left = {lang: term_forms(e, lang) for lang in e.langs()}
        for lang_el in [c for c in el if c.tag in _LANG_SECS]:
            have = left.get(lang_el.get(XML_LANG, ""), [])
            for sec in [c for c in lang_el if c.tag in _TERM_SECS]:
                term = _term_text(sec)
                if term in have:
                    have.remove(term)
                elif term:
                    lang_el.remove(sec)  # no longer a term of the entry
            if not any(c.tag in _TERM_SECS for c in lang_el):
                el.remove(lang_el)
        for lang, rest in left.items():
            for term in rest:  # terms added since the import
                lang_el = next(
                    (c for c in reversed(el) if c.tag in _LANG_SECS and c.get(XML_LANG) == lang),
                    None,
                )
                if lang_el is None:
                    lang_el = _sub(el, "langSet")
                    lang_el.set(XML_LANG, lang)
                _sub(_sub(lang_el, "tig"), "term", term)
        at = next((n for n, c in enumerate(el) if c.tag in _LANG_SECS), len(el))
        if e.note != ext.get("note", ""):  # changed in bitext: it replaces the file's notes
            for child in [c for c in el[:at] if _plain_note(c)]:
                el.remove(child)
                at -= 1
            if e.note:
                el.insert(at, etree.Element("note"))
                el[at].text = e.note
                at += 1
        if needs_meta(e):
            el.insert(at, etree.Element("note"))
            el[at].text = meta_text(e)
        if self.style.v3:
            self._to_v3(el)
        return el

    def _conform(self, parent: etree._Element, skip: tuple[str, ...], level: str) -> None:
        for child in list(parent):
            if child.tag in skip:
                continue
            new = tbx_basic.conform(child, level)
            if new is not child:
                parent.replace(child, new)
            for node in new.iter():
                self._fix_refs(node)

    def _to_v3(self, el: etree._Element) -> None:
        el.tag = "conceptEntry"
        for name in list(el.attrib):
            if name != "id":
                del el.attrib[name]
        self._conform(el, _LANG_SECS, "entry")
        for lang_el in list(el.iter(*_LANG_SECS)):
            lang_el.tag = "langSec"
            for name in list(lang_el.attrib):
                if name != XML_LANG:
                    del lang_el.attrib[name]
            self._conform(lang_el, _TERM_SECS, "lang")
            for sec in list(lang_el.iter(*_TERM_SECS)):
                group = sec.find("termGrp") if sec.tag == "ntig" else None
                if group is not None:  # ntig/termGrp: the term and its notes come first
                    at = sec.index(group)
                    for n, part in enumerate(list(group)):
                        sec.insert(at + n, part)
                    sec.remove(group)
                sec.tag = "termSec"
                for name in list(sec.attrib):
                    if name != "id":
                        del sec.attrib[name]
                self._fix_refs(sec)
                term = sec.find("term")
                if term is not None:
                    for name in list(term.attrib):
                        if name != "id":
                            del term.attrib[name]
                    self._fix_refs(term)
                    if len(term):  # inline markup: the plain term
                        text = "".join(term.itertext())
                        for child in list(term):
                            term.remove(child)
                        term.text = text
                self._conform(sec, ("term",), "term")


def _known_ids(entries: list[Entry], entry_ids: dict[str, str]) -> set[str]:
    """Ids a ``target`` may point to: the entries' and those inside kept elements."""
    ids = set(entry_ids.values())
    for e in entries:
        ext = e.extra.get("tbx")
        if isinstance(ext, dict) and isinstance(ext.get("xml"), str):
            ids.update(_ID_ATTR.findall(ext["xml"]))
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


def _chunks(
    entries: list[Entry], langs: tuple[str, ...], inflect: bool, style: _Style
) -> Iterator[bytes]:
    """The file in pieces: the header, each entry, the end."""
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
    yield b"<?xml version='1.0' encoding='UTF-8'?>\n" + head.encode() + b"  <text>\n    <body>\n"
    entry_ids = _unique_ids(entries)
    writer = _Writer(style, _known_ids(entries, entry_ids) if style.v3 else set())
    writer.used = set(entry_ids.values())
    for e in entries:
        try:
            if e.type == "term":
                el = writer.term_entry(e, entry_ids[e.id])
            else:
                el = etree.Element(style.entry, id=entry_ids[e.id])
                _name_entry(el, e, order, inflect, style)
        except (ValueError, etree.XMLSyntaxError) as err:  # a character XML cannot hold
            raise GlossaryError(
                f"entry {escape(e.id)!r} cannot be written as XML ({escape(str(err))})"
            ) from None
        if len(el) == 0 or el[-1].tag != style.lang:
            continue  # no term in any language: nothing a TBX entry could hold
        etree.indent(el, space="  ", level=3)
        yield b"      " + etree.tostring(el, encoding="UTF-8") + b"\n"
    tail = "tbx" if style.v3 else "martif"
    yield f"    </body>\n  </text>\n</{tail}>\n".encode()


def write(
    out: BinaryIO,
    entries: list[Entry],
    langs: tuple[str, ...] = (),
    inflect: bool = False,
    v3: bool = False,
) -> None:
    """Write TBX v2 (or TBX-Basic v3) to ``out`` one entry at a time."""
    for chunk in _chunks(entries, langs, inflect, _Style(v3)):
        out.write(chunk)


def dumps_v2(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> bytes:
    return b"".join(_chunks(entries, langs, inflect, _Style(v3=False)))


def dumps_v3(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> bytes:
    return b"".join(_chunks(entries, langs, inflect, _Style(v3=True)))
