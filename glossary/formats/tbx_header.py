"""The file header of a TBX term base: read it, merge two, write it back as v2 or v3.

A term base says in its header what it is and where it came from
(``titleStmt``, ``publicationStmt``, ``sourceDesc``), how it is encoded
(``encodingDesc``: its XCS or DCS) and how it changed (``revisionDesc``).
TBX v2 calls it ``martifHeader``, TBX v3 ``tbxHeader``; the parts are the
same. It is kept as namespace-free XML under v2's name, like the entries
(:mod:`.tbx_read`). Written as TBX v2 it goes back as it was read; as
TBX-Basic v3 it is made to fit the v3 header's content model, and what would
not fit becomes a ``sourceDesc`` paragraph instead of being dropped.
"""

from __future__ import annotations

from lxml import etree

from glossary.errors import GlossaryError

HEADERS = ("martifHeader", "tbxHeader")
_PARTS = ("titleStmt", "publicationStmt", "sourceDesc")  # fileDesc's, in this order
_V3_ATTRS = {"id", "{http://www.w3.org/XML/1998/namespace}lang"}


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def read(data: bytes, path: str | None = None) -> str | None:
    """The header of a TBX file as XML text (None when it has none).

    Call it on a file :func:`.tbx_read.loads` has accepted: the same parser
    options apply (no DTD, no entities, no network).
    """
    from glossary.formats.tbx_read import _events, xml  # where parser options live

    try:
        for _, el in _events(
            data, events=("end",), tag=[f"{{*}}{h}" for h in HEADERS] + [*HEADERS]
        ):
            for node in el.iter():
                if isinstance(node.tag, str):
                    node.tag = _local(node.tag)
            el.tag = "martifHeader"
            return xml(el)
    except etree.XMLSyntaxError:
        raise GlossaryError("not a TBX file (its header is not well-formed)", path) from None
    return None


def _parse(text: str | None) -> etree._Element | None:
    """A kept header, or None when there is none or it is not a header (a stored
    header damaged by hand is left out of the file, not a reason to fail)."""
    if not text:
        return None
    try:
        el = etree.fromstring(text, etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return None
    return el if el.tag == "martifHeader" else None


def _same(a: etree._Element, b: etree._Element) -> bool:
    return etree.tostring(a, encoding="unicode", with_tail=False) == etree.tostring(
        b, encoding="unicode", with_tail=False
    )


def merge(kept: str | None, new: str | None) -> str | None:
    """One header for a glossary that now also holds ``new``'s entries.

    The header kept first stays as it is; of ``new`` come the source
    descriptions, encoding paragraphs and changes it does not hold yet (and a
    title or publication statement when it had none), so that every term base
    a glossary was made from stays named.
    """
    base, more = _parse(kept), _parse(new)
    if base is None or more is None:
        return new if base is None else kept
    for part in more:
        mine = base.find(part.tag)
        if mine is None:
            base.append(part)
            continue
        said = " ".join((part.text or "").split())
        if said and said != " ".join((mine.text or "").split()) and not _has_p(mine, said):
            _p(etree.SubElement(mine, "sourceDesc"), said)  # text straight in fileDesc
        for child in part:
            if child.tag in ("titleStmt", "publicationStmt") and mine.find(child.tag) is not None:
                continue
            if not any(_same(child, have) for have in mine):
                mine.append(child)
    for desc in base.iter("fileDesc"):  # its parts in the order the schema wants
        desc[:] = sorted(desc, key=lambda c: _PARTS.index(c.tag) if c.tag in _PARTS else 2)
    return etree.tostring(base, encoding="unicode")


def _p(parent: etree._Element, text: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, "p", attrs)
    el.text = text
    return el


def _has_p(parent: etree._Element, text: str) -> bool:
    return any((p.text or "").strip() == text for p in parent.iter("p"))


def v2(kept: str | None, source_note: str, xcs: str) -> etree._Element:
    """The ``martifHeader`` to write: the kept one, naming bitext as a source too."""
    header = _parse(kept)
    if header is None:
        header = etree.Element("martifHeader")
    desc = header.find("fileDesc")
    if desc is None:
        desc = etree.Element("fileDesc")
        header.insert(0, desc)
    if not _has_p(desc, source_note):
        _p(etree.SubElement(desc, "sourceDesc"), source_note)
    if header.find("encodingDesc") is None:
        encoding = etree.Element("encodingDesc")
        _p(encoding, xcs, type="XCSURI")
        header.insert(header.index(desc) + 1, encoding)
    return header


def _flat(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _fit_p(el: etree._Element) -> etree._Element:
    """A ``p`` as TBX v3 allows it: plain text, an id, a language and a type."""
    p = etree.Element("p", {k: v for k, v in el.attrib.items() if k in _V3_ATTRS | {"type"}})
    p.text = _flat(el)
    return p


def _paras(el: etree._Element) -> list[etree._Element]:
    return [_fit_p(p) for p in el if p.tag == "p" and _flat(p)]


def v3(kept: str | None, source_note: str) -> etree._Element:
    """The ``tbxHeader`` of a TBX-Basic file holding what the kept header says."""
    old = _parse(kept)
    old = etree.Element("martifHeader") if old is None else old
    header = etree.Element("tbxHeader")
    desc = etree.SubElement(header, "fileDesc")
    sources: list[etree._Element] = []
    misfits: list[str] = []
    for part in old:
        if part.tag == "fileDesc":
            if (part.text or "").strip():  # text straight in fileDesc (Heartsome writes that)
                misfits.append(" ".join(part.text.split()))
            for child in part:
                _fit_file_part(desc, child, sources, misfits)
        elif part.tag in ("encodingDesc", "revisionDesc"):
            _fit_other(header, part, misfits)
        elif _flat(part):
            misfits.append(f"{part.tag}: {_flat(part)}")
    for text in misfits:
        p = etree.Element("p")
        p.text = text
        sources.append(p)
    if not any(_flat(p) == source_note for p in sources):
        p = etree.Element("p")
        p.text = source_note
        sources.append(p)
    etree.SubElement(desc, "sourceDesc").extend(sources)
    order = ("fileDesc", "encodingDesc", "revisionDesc")
    header[:] = sorted(header, key=lambda c: order.index(c.tag))
    return header


def _fit_file_part(
    desc: etree._Element, child: etree._Element, sources: list, misfits: list[str]
) -> None:
    if child.tag == "titleStmt" and desc.find("titleStmt") is None:
        title = child.find("title")
        if title is not None and _flat(title):
            stmt = etree.Element("titleStmt", _attrs(child))
            etree.SubElement(stmt, "title", _attrs(title)).text = _flat(title)
            for note in child.findall("note"):
                etree.SubElement(stmt, "note").text = _flat(note)
            desc.insert(0, stmt)
            return
    if child.tag == "publicationStmt" and desc.find("publicationStmt") is None:
        paras = _paras(child)
        if paras:
            stmt = etree.Element(
                "publicationStmt", {k: v for k, v in child.attrib.items() if k == "id"}
            )
            stmt.extend(paras)
            desc.append(stmt)
            return
    if child.tag == "sourceDesc":
        sources.extend(_paras(child))
        return
    if _flat(child):
        misfits.append(f"{child.tag}: {_flat(child)}")


def _fit_other(header: etree._Element, part: etree._Element, misfits: list[str]) -> None:
    if part.tag == "encodingDesc":
        paras = _paras(part)
        if paras and header.find("encodingDesc") is None:
            etree.SubElement(header, "encodingDesc").extend(paras)
            return
    elif header.find("revisionDesc") is None:
        changes = []
        for change in part.findall("change"):
            paras = _paras(change)
            if paras:
                el = etree.Element("change", _attrs(change))
                el.extend(paras)
                changes.append(el)
        if changes:
            etree.SubElement(header, "revisionDesc", _attrs(part)).extend(changes)
            return
    if _flat(part):
        misfits.append(f"{part.tag}: {_flat(part)}")


def _attrs(el: etree._Element) -> dict[str, str]:
    return {k: v for k, v in el.attrib.items() if k in _V3_ATTRS}
