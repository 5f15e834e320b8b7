"""Read TBX v2 (``martif``) and TBX v3 (``tbx``) term bases, one entry at a time.

Every ``termEntry``/``conceptEntry`` becomes one entry. A term base's entry
(type "term") keeps its terms exactly and everything around them in
``Entry.extra["tbx"]``: the entry's, each language section's and each term's
elements as namespace-free XML, so the TBX writers can put them back. Names
that bitext wrote (a ``bitext-entry`` note, or the "personal name" subject
field of older exports) come back as names.

White space that only lays out elements is dropped (the writers indent
anew); text is kept as it is. The file is parsed incrementally and each
entry dropped once read, so memory follows the entries kept, not the XML
tree. DTDs are not loaded, entities
never expanded, and a file that declares entities is refused.
"""

from __future__ import annotations

import io
import re

from lxml import etree

from glossary.entries import STATUSES, Entry
from glossary.errors import GlossaryError
from glossary.formats.common import (
    SUBJECT,
    apply_meta,
    check_text,
    entry_from_terms,
    escape,
    lang_tag,
    meta_type,
    parse_meta,
    term_entry,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
_ENTITIES = (
    "declares XML entities; refused in a glossary (they can hide an entity-expansion "
    "bomb, and TBX does not need them)"
)
_NAME_SUBJECTS = {v: k for k, v in SUBJECT.items()}


def local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


_XMLNS = re.compile(r'\sxmlns(?::[\w.-]+)?="[^"]*"')


def xml(el: etree._Element) -> str:
    """``el`` as XML text, without the namespace declarations a TBX v3 file had in scope
    (its elements are renamed to their local names as they are read)."""
    text = etree.tostring(el, encoding="unicode", with_tail=False)
    head, sep, rest = text.partition(">")
    return _XMLNS.sub("", head) + sep + rest if "xmlns" in head else text


def _text(el: etree._Element) -> str:
    return "".join(el.itertext())


def _term(container: etree._Element) -> dict | None:
    """One term with its notes and the elements around it (tig, ntig or termSec)."""
    rec: dict = {}
    notes: list[str] = []
    items: list[str] = []
    for child in container:
        name = local(child.tag)
        if name == "termGrp":  # ntig: the term and its notes are grouped
            rec["ntig"] = True
            for part in child:
                if local(part.tag) == "term":
                    rec["el"] = part
                elif isinstance(part.tag, str):
                    notes.append(xml(part))
        elif name == "term":
            rec["el"] = child
        elif name in ("termNote", "termNoteGrp"):
            notes.append(xml(child))
        elif name:
            items.append(xml(child))
    term_el = rec.pop("el", None)
    if term_el is None:
        return None
    raw = _text(term_el)
    rec["term"] = raw.strip()
    if raw != rec["term"]:
        rec["raw"] = raw
    if term_el.attrib:
        rec["attrs"] = dict(term_el.attrib)
    if container.attrib:
        rec["sec_attrs"] = dict(container.attrib)
    if len(term_el):
        rec["markup"] = xml(term_el)
    if notes:
        rec["notes"] = notes
    if items:
        rec["items"] = items
    return rec  # an empty term is not a term of the entry, but is written back


def _is_preferred(rec: dict) -> bool:
    return any("administrativeStatus" in n and PREFERRED in n for n in rec.get("notes", ()))


class _Reader:
    def __init__(self, path: str | None):
        self.path = path
        self.default_lang = ""
        self.renamed = False  # elements are in a namespace: read them by local name

    def lang_of(self, el: etree._Element, n: int) -> str:
        written = el.get(XML_LANG) or el.get("lang") or self.default_lang
        tag = lang_tag(written or "")
        if tag is None:
            where = f"entry {n}"
            shown = escape(written) if written else "no language"
            raise GlossaryError(f"{where}: {shown!r} is not a language tag", self.path)
        return tag

    def entry(self, el: etree._Element, n: int) -> Entry | None:
        if self.renamed:
            for node in el.iter():
                if isinstance(node.tag, str) and node.tag[0] == "{":
                    node.tag = local(node.tag)
        items: list[str] = []
        notes: list[str] = []
        langs: list[dict] = []
        meta: dict | None = None
        old_status = subject = None
        for child in el:
            name = local(child.tag)
            if name in ("langSet", "langSec"):
                block = {"lang": self.lang_of(child, n), "terms": []}
                for part in child:
                    pname = local(part.tag)
                    if pname in ("tig", "ntig", "termSec"):
                        rec = _term(part)
                        if rec is not None:
                            block["terms"].append(rec)
                    elif pname:
                        block.setdefault("items", []).append(xml(part))
                langs.append(block)
                continue
            if not name:
                continue
            text = _text(child).strip()
            if name == "note" and (found := parse_meta(text)) is not None:
                meta = found
                continue
            if name == "admin" and child.get("type") == "entrySource":
                if text.removeprefix("bitext:") in STATUSES and text.startswith("bitext:"):
                    old_status = text.removeprefix("bitext:")
                    continue
            if name == "note" and not len(child):
                notes.append(text)
            if name == "descrip" and child.get("type") == "subjectField":
                subject = text
            items.append(xml(child))
        by_lang: dict[str, list[str]] = {}
        preferred: dict[str, str] = {}
        for block in langs:
            for rec in block["terms"]:
                if not rec["term"]:
                    continue
                check_text(rec["term"], f"entry {n}", self.path)
                by_lang.setdefault(block["lang"], []).append(rec["term"])
                if _is_preferred(rec):
                    preferred.setdefault(block["lang"], rec["term"])
        if not by_lang:
            return None
        ident = el.get("id") or f"tbx-{n}"
        kind = meta_type(meta, _NAME_SUBJECTS.get(subject or "", "term"))
        status = old_status or "approved"
        if kind == "term":
            note = "\n".join(notes)
            entry = term_entry(ident, by_lang, status, note, preferred)
            entry.extra["tbx"] = {"entry": items, "langs": langs, "note": note}
        else:
            entry = entry_from_terms(ident, by_lang, status, "; ".join(dict.fromkeys(notes)))
            entry.type = kind
        return apply_meta(entry, meta) if meta else entry


def _check_root(root: etree._Element, path: str | None) -> str:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise GlossaryError(_ENTITIES, path)
    kind = local(root.tag)
    if kind not in ("martif", "tbx"):
        raise GlossaryError(
            f"not a TBX file (root element <{escape(kind)}>, expected <martif> or <tbx>)", path
        )
    return "termEntry" if kind == "martif" else "conceptEntry"


def _events(data: bytes, **options):
    return etree.iterparse(
        io.BytesIO(data),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=True,  # the white space that only lays out elements
        **options,
    )


def loads(data: bytes, path: str | None = None) -> list[Entry]:
    """Entries of a TBX v2 or v3 file (DTDs are not fetched)."""
    reader = _Reader(path)
    out: list[Entry] = []
    try:
        root = next((el for _, el in _events(data, events=("start",))), None)
        if root is None:
            raise GlossaryError("not a TBX file (no XML element in it)", path)
        entry_tag = _check_root(root, path)
        reader.default_lang = root.get(XML_LANG) or ""
        reader.renamed = root.tag.startswith("{")
        del root
        n = 0
        for _, el in _events(data, events=("end",), tag=(entry_tag, f"{{*}}{entry_tag}")):
            n += 1
            entry = reader.entry(el, n)
            if entry is not None:
                out.append(entry)
            el.clear(keep_tail=False)
            parent = el.getparent()
            while parent is not None and el.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as err:
        if "amplification" in str(err):
            raise GlossaryError(_ENTITIES, path) from None
        where = f"line {err.lineno}: " if err.lineno else ""
        message = str(err.msg or err).split(", line")[0]
        raise GlossaryError(f"not a TBX file (XML error: {where}{message})", path) from None
    return out
