"""Read TBX v2 (``martif``) and TBX v3 (``tbx``) term bases, one entry at a time.

Every ``termEntry``/``conceptEntry`` becomes one entry. A term base's entry
(type "term") keeps its terms exactly, and the whole entry element as
namespace-free XML in ``Entry.extra["tbx"]["xml"]``, in TBX v2's element
names (language sections with
their tags as written, every note, definition, status and other element), so
the TBX writers can put it back. Names
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
_V2_NAMES = {"conceptEntry": "termEntry", "langSec": "langSet", "termSec": "tig"}


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


def _preferred(container: etree._Element) -> bool:
    """Whether a term's container marks it as the preferred term."""
    return any(
        note.get("type") == "administrativeStatus" and (note.text or "").strip() == PREFERRED
        for note in container.iter("termNote")
    )


class _Reader:
    def __init__(self, path: str | None):
        self.path = path
        self.default_lang = ""
        self.renamed = False  # elements are in a namespace: read them by local name

    def lang_of(self, el: etree._Element, n: int) -> str:
        written = el.get(XML_LANG) or el.get("lang") or self.default_lang
        tag = lang_tag(written or "")
        if tag is None:
            shown = escape(written) if written else "no language"
            raise GlossaryError(f"entry {n}: {shown!r} is not a language tag", self.path)
        return tag

    def entry(self, el: etree._Element, n: int) -> Entry | None:
        if self.renamed:
            for node in el.iter():
                if isinstance(node.tag, str) and node.tag[0] == "{":
                    node.tag = local(node.tag)
        notes: list[str] = []
        by_lang: dict[str, list[str]] = {}
        preferred: dict[str, str] = {}
        meta: dict | None = None
        old_status = subject = None
        for child in list(el):
            name = local(child.tag)
            if name in ("langSet", "langSec"):
                lang = self.lang_of(child, n)
                child.attrib.pop("lang", None)
                child.set(XML_LANG, lang)  # as written, and written out even if inherited
                for term in child.iter("term"):
                    text = _text(term).strip()
                    if not text:
                        continue  # an empty term: kept in the XML, not a term of the entry
                    check_text(text, f"entry {n}", self.path)
                    by_lang.setdefault(lang, []).append(text)
                    container = term.getparent()
                    if container.tag == "termGrp" and container.getparent() is not None:
                        container = container.getparent()
                    if _preferred(container):
                        preferred.setdefault(lang, text)
                continue
            text = _text(child).strip()
            if name == "note" and (found := parse_meta(text)) is not None:
                meta = found
                el.remove(child)
            elif (
                name == "admin"
                and child.get("type") == "entrySource"
                and text.startswith("bitext:")
            ):
                old_status = text.removeprefix("bitext:")
                el.remove(child)
            elif name == "note" and not len(child):
                notes.append(text)
            elif name == "descrip" and child.get("type") == "subjectField":
                subject = text
        if not by_lang:
            return None
        ident = el.get("id") or f"tbx-{n}"
        kind = meta_type(meta, _NAME_SUBJECTS.get(subject or "", "term"))
        status = old_status if old_status in STATUSES else "approved"
        if kind == "term":
            el.attrib.pop("id", None)  # the entry's id is Entry.id
            for node in el.iter(*_V2_NAMES):  # kept in TBX v2's names, whatever the file was
                node.tag = _V2_NAMES[node.tag]
            note = "\n".join(notes)
            entry = term_entry(ident, by_lang, status, note, preferred)
            entry.extra["tbx"] = {"xml": xml(el), "note": note}
        else:
            entry = entry_from_terms(ident, by_lang, status, "; ".join(dict.fromkeys(notes)), kind)
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
