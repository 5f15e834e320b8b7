"""TBX glossaries: write TBX v2 (``martif``, read by OmegaT and translate-toolkit)
and TBX-Basic v3 (ISO 30042:2019); read both, including ``ntig/termGrp`` files.

Names are nouns in TBX-Basic's picklist (there is no proper-noun value), so an
entry carries ``subjectField`` "personal name"; the full name is the
``fullForm``, the bare surname a ``shortForm`` and inflected forms ``variant``s.
"""

from __future__ import annotations

from lxml import etree

from glossary.entries import STATUSES, Entry
from glossary.errors import GlossaryError
from glossary.formats.common import entry_from_terms, langs_of, norm_lang, terms, xml_id

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
_TERM_TYPE = {"full": "fullForm", "short": "shortForm", "variant": "variant"}
_ADMIN = {
    "full": "preferredTerm-admn-sts",
    "short": "admittedTerm-admn-sts",
    "variant": "admittedTerm-admn-sts",
}
SOURCE_NOTE = "bitext name glossary"


def _sub(parent, tag: str, text: str | None = None, **attrs):
    el = etree.SubElement(
        parent, tag, {k.replace("_", ":") if k == "xml_lang" else k: v for k, v in attrs.items()}
    )
    if text is not None:
        el.text = text
    return el


def _term_notes(parent, tag: str, kind: str, ns: str = "") -> None:
    note = etree.SubElement(parent, f"{ns}termNote", type="partOfSpeech")
    note.text = "noun"
    note = etree.SubElement(parent, f"{ns}termNote", type="termType")
    note.text = _TERM_TYPE[kind]
    note = etree.SubElement(parent, f"{ns}termNote", type="administrativeStatus")
    note.text = _ADMIN[kind]


def dumps_v2(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> bytes:
    order = langs_of(entries, langs)
    root = etree.Element("martif", type="TBX")
    root.set(XML_LANG, order[0] if order else "en")
    header = etree.SubElement(root, "martifHeader")
    desc = etree.SubElement(etree.SubElement(header, "fileDesc"), "sourceDesc")
    etree.SubElement(desc, "p").text = SOURCE_NOTE
    enc = etree.SubElement(header, "encodingDesc")
    etree.SubElement(enc, "p", type="XCSURI").text = "TBXXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for e in entries:
        entry = etree.SubElement(body, "termEntry", id=xml_id(e.id))
        etree.SubElement(entry, "descrip", type="subjectField").text = "personal name"
        etree.SubElement(entry, "admin", type="entrySource").text = f"bitext:{e.status}"
        if e.note:
            etree.SubElement(entry, "note").text = e.note
        for lang in order:
            pairs = terms(e, lang, inflect)
            if not pairs:
                continue
            lang_set = etree.SubElement(entry, "langSet")
            lang_set.set(XML_LANG, lang)
            for term, kind in pairs:
                tig = etree.SubElement(lang_set, "tig")
                etree.SubElement(tig, "term").text = term
                _term_notes(tig, "termNote", kind)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def dumps_v3(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> bytes:
    order = langs_of(entries, langs)
    ns = f"{{{TBX3_NS}}}"
    root = etree.Element(f"{ns}tbx", nsmap={None: TBX3_NS}, type="TBX-Basic", style="dca")
    root.set(XML_LANG, order[0] if order else "en")
    header = etree.SubElement(root, f"{ns}tbxHeader")
    desc = etree.SubElement(etree.SubElement(header, f"{ns}fileDesc"), f"{ns}sourceDesc")
    etree.SubElement(desc, f"{ns}p").text = SOURCE_NOTE
    body = etree.SubElement(etree.SubElement(root, f"{ns}text"), f"{ns}body")
    for e in entries:
        concept = etree.SubElement(body, f"{ns}conceptEntry", id=xml_id(e.id))
        etree.SubElement(concept, f"{ns}descrip", type="subjectField").text = "personal name"
        if e.note:
            etree.SubElement(concept, f"{ns}note").text = e.note
        for lang in order:
            pairs = terms(e, lang, inflect)
            if not pairs:
                continue
            sec = etree.SubElement(concept, f"{ns}langSec")
            sec.set(XML_LANG, lang)
            for term, kind in pairs:
                term_sec = etree.SubElement(sec, f"{ns}termSec")
                etree.SubElement(term_sec, f"{ns}term").text = term
                _term_notes(term_sec, "termNote", kind, ns)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


_ENTITIES = (
    "declares XML entities; refused in a glossary (they can hide an entity-expansion "
    "bomb, and TBX does not need them)"
)


def loads(data: bytes, path: str | None = None) -> list[Entry]:
    """Entries of a TBX v2 or v3 file (DTDs are not fetched)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        if "amplification" in str(err):
            raise GlossaryError(_ENTITIES, path) from None
        where = f"line {err.lineno}: " if err.lineno else ""
        message = str(err.msg or err).split(", line")[0]
        raise GlossaryError(f"not a TBX file (XML error: {where}{message})", path) from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise GlossaryError(_ENTITIES, path)
    kind = _local(root.tag)
    if kind not in ("martif", "tbx"):
        raise GlossaryError(
            f"not a TBX file (root element <{kind}>, expected <martif> or <tbx>)", path
        )
    entry_tag, lang_tag = (
        ("termEntry", "langSet") if kind == "martif" else ("conceptEntry", "langSec")
    )
    default_lang = norm_lang(root.get(XML_LANG) or "")
    out = []
    for n, entry in enumerate(root.iter(f"{{*}}{entry_tag}", entry_tag), start=1):
        by_lang: dict[str, list[str]] = {}
        for lang_set in entry.iter(f"{{*}}{lang_tag}", lang_tag):
            lang = norm_lang(lang_set.get(XML_LANG) or default_lang)
            for term in lang_set.iter("{*}term", "term"):
                text = "".join(term.itertext()).strip()
                if text:
                    by_lang.setdefault(lang, []).append(text)
        status = "approved"
        for admin in entry.iter("{*}admin", "admin"):
            value = (admin.text or "").removeprefix("bitext:")
            if admin.get("type") == "entrySource" and value in STATUSES:
                status = value
        notes = [
            n_.text.strip() for n_ in entry.findall("{*}note") + entry.findall("note") if n_.text
        ]
        ident = entry.get("id") or f"tbx-{n}"
        if by_lang:
            out.append(entry_from_terms(ident, by_lang, status, "; ".join(dict.fromkeys(notes))))
    return out
