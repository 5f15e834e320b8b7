"""What a TBX-Basic file (ISO 30042:2019, DCA style) may hold, and how the rest is kept.

TBX v2 files from other tools use data categories of their own (``Usage
note``, ``Txt::Text Field``, ``administrativeStatus`` "obsolete"). TBX-Basic
is a closed dialect: its Schematron accepts only its own categories, at the
levels it names, with its picklists. An element that does not fit is not
dropped: it becomes a ``note`` at the same level saying what it was
("Usage note: Avoid using this term"), which every level allows.
"""

from __future__ import annotations

import re

from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: Picklists of TBX-Basic 1.2 (``TBX-Basic_DCA.sch``).
PICKLISTS = {
    "administrativeStatus": {
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
        "preferredTerm-admn-sts",
    },
    "partOfSpeech": {"adjective", "noun", "other", "verb", "adverb"},
    "grammaticalGender": {"masculine", "feminine", "neuter", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "termLocation": {
        "checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox",
        "informativeMessage", "interactiveMessage", "menuItem", "progressBar", "pushButton",
        "radioButton", "slider", "spinBox", "tab", "tableText", "textBox", "toolTip",
        "user-definedType",
    },
    "transactionType": {"origination", "modification"},
}  # fmt: skip
TERM_NOTES = {"administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
              "termLocation", "termType"}  # fmt: skip

#: (element, type) allowed directly at each level: "entry" (conceptEntry),
#: "lang" (langSec) and "term" (termSec); groups hold these too.
ALLOWED = {
    "entry": {
        ("descrip", "subjectField"), ("descrip", "definition"), ("admin", "customerSubset"),
        ("admin", "projectSubset"), ("admin", "source"), ("xref", "externalCrossReference"),
        ("xref", "xGraphic"), ("ref", "crossReference"),
    },
    "lang": {
        ("descrip", "definition"), ("admin", "source"), ("xref", "externalCrossReference"),
        ("xref", "xGraphic"),
    },
    "term": {
        ("descrip", "context"), ("admin", "customerSubset"), ("admin", "projectSubset"),
        ("admin", "source"), ("ref", "crossReference"), ("xref", "externalCrossReference"),
        *(("termNote", t) for t in TERM_NOTES),
    },
}  # fmt: skip
_TYPED_ATTRS = {"type", "id", "target", "datatype", XML_LANG}
_ATTRS = {
    "note": {"id", XML_LANG},
    "date": {"id"},
    "transacGrp": {"id"},
    "descripGrp": {"id"},
    "adminGrp": {"id"},
    "termNoteGrp": {"id"},
}


_XSD_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_BASIC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})(Z?))?$")


def _xsd_date(text: str) -> str | None:
    """``text`` as an XML Schema date or dateTime (ISO 8601 basic format is
    rewritten: 20010508T11:25:28Z -> 2001-05-08T11:25:28Z), or None."""
    text = text.strip()
    if _XSD_DATE.match(text):
        return text
    m = _BASIC_DATE.match(text)
    if not m:
        return None
    y, mo, d, h, mi, sec, zone = m.groups()
    return f"{y}-{mo}-{d}" + (f"T{h}:{mi}:{sec}{zone}" if h else "")


def _leaf_ok(el: etree._Element, level: str, top: bool) -> bool:
    name, kind = el.tag, el.get("type")
    if len(el):
        return False  # inline markup: kept as plain text in a note
    if name == "note":
        return True
    if name == "transac":
        return kind == "transactionType" and (el.text or "").strip() in PICKLISTS[kind]
    if name == "transacNote":
        return kind == "responsibility"
    if name == "date":
        value = _xsd_date(el.text or "")
        if value is not None:
            el.text = value
        return value is not None
    if (name, kind) not in ALLOWED[level]:
        return False
    if name == "termNote" and kind in PICKLISTS:
        return (el.text or "").strip() in PICKLISTS[kind] and top
    return True


def _ok(el: etree._Element, level: str, top: bool = True) -> bool:
    name = el.tag
    if name == "transacGrp":
        parts = list(el)
        return (
            bool(parts)
            and parts[0].tag == "transac"
            and all(p.tag in ("transac", "transacNote", "date", "note") for p in parts)
            and all(_leaf_ok(p, level, False) for p in parts)
        )
    if name in ("descripGrp", "adminGrp", "termNoteGrp"):
        head = {"descripGrp": "descrip", "adminGrp": "admin", "termNoteGrp": "termNote"}[name]
        parts = list(el)
        if not parts or parts[0].tag != head or not _leaf_ok(parts[0], level, True):
            return False
        return all(
            p.tag in ("admin", "note", "ref", "xref", "transacGrp") and _ok(p, level, False)
            for p in parts[1:]
        )
    return _leaf_ok(el, level, top)


def _clean_attrs(el: etree._Element) -> None:
    allowed = _ATTRS.get(el.tag, _TYPED_ATTRS)
    for name in list(el.attrib):
        if name not in allowed:
            del el.attrib[name]
    for child in el:
        _clean_attrs(child)


def _flat(el: etree._Element) -> str:
    if len(el) and all(not (t or "").strip() for t in [el.text, *(c.tail for c in el)]):
        return "; ".join(_flat(c) for c in el)
    text = " ".join("".join(el.itertext()).split())
    label = el.get("type") or el.tag
    return f"{label}: {text}" if text else label


def conform(el: etree._Element, level: str) -> etree._Element:
    """``el`` (namespace-free) as TBX-Basic allows it at ``level``, or a note saying it."""
    if _ok(el, level):
        _clean_attrs(el)
        return el
    note = etree.Element("note")
    note.text = _flat(el)
    return note
