"""TMX elements as bitext keeps them: units, tuvs and their segments with inline codes.

A ``<seg>`` becomes text with one marker per inline code (``bpt/ept/it/ph/ut``
with any ``sub`` inside, and ``hi`` spans as a pair) and the codes' XML beside
it (``aligner.project.tags``). Notes and props stay in their order, attributes
as written; white space exactly, except the line break and indentation a
pretty-printing writer put around a segment (never under ``xml:space="preserve"``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from aligner.errors import BitextError
from aligner.langtag import normalise_lang
from aligner.project import tags

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_SPACE = f"{{{XML_NS}}}space"

# Attributes the TMX 1.4 DTD allows; others on a tu or tuv are kept as props.
TU_ATTRS = frozenset(
    "tuid o-encoding datatype usagecount lastusagedate creationtool creationtoolversion "
    "creationdate creationid changedate segtype changeid o-tmf srclang".split()
)
TUV_ATTRS = frozenset(
    "xml:lang o-encoding datatype usagecount lastusagedate creationtool creationtoolversion "
    "creationdate creationid changedate o-tmf changeid".split()
)
ATTRIBUTE_PROP = "x-attribute-"  # prop type for an attribute the DTD does not know
_CODES = frozenset(("bpt", "ept", "it", "ph", "ut"))
# A pretty-printer's line break and indentation around a segment's text.
_PRETTY_START = re.compile(r"^\n[ \t]*")
_PRETTY_END = re.compile(r"\n[ \t]*$")

Meta = list  # ["note" | "prop", {attribute: value}, text]


@dataclass(slots=True)
class Tuv:
    """One language variant: text with code markers, the codes' XML, and its metadata."""

    lang: str  # normalised tag
    text: str = ""
    codes: dict[str, str] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)  # as written; lang= becomes xml:lang
    meta: list[Meta] = field(default_factory=list)
    xml: str | None = None  # the whole tuv, for one kept aside as read


@dataclass(slots=True)
class TmxUnit:
    """One translation unit, everything in it kept."""

    tuvs: list[Tuv]
    attrs: dict[str, str] = field(default_factory=dict)
    meta: list[Meta] = field(default_factory=list)
    line: int = 0

    @property
    def texts(self) -> dict[str, str]:
        """Segment text per language (the first tuv of each), codes as markers."""
        out: dict[str, str] = {}
        for tuv in self.tuvs:
            out.setdefault(tuv.lang, tuv.text)
        return out

    @property
    def tuid(self) -> str | None:
        return self.attrs.get("tuid")

    @property
    def notes(self) -> list[str]:
        return [text for kind, _, text in self.meta if kind == "note"]

    @property
    def note(self) -> str:
        return "\n".join(n for n in self.notes if n)

    @property
    def props(self) -> dict[str, str]:
        return {a["type"]: text for kind, a, text in self.meta if kind == "prop" and "type" in a}


@dataclass(slots=True)
class TmxHeader:
    attrs: dict[str, str] = field(default_factory=dict)
    # ["note" | "prop", attrs, text] or ["ude", xml], in order
    children: list[list] = field(default_factory=list)
    version: str | None = None

    @property
    def srclang(self) -> str | None:
        lang = self.attrs.get("srclang")
        return normalise_lang(lang) if lang and lang.strip() and lang != "*all*" else None


def local_name(tag) -> str:
    if type(tag) is not str:
        return ""  # comments, processing instructions, entities
    return tag if tag[0] != "{" else tag.rsplit("}", 1)[-1]


_XML_PREFIX = f"{{{XML_NS}}}"


def _attr_name(name: str) -> str:
    """``{xml-namespace}lang`` -> ``xml:lang``; other names as they are."""
    if name[0] != "{":
        return name
    return "xml:" + name[len(_XML_PREFIX) :] if name.startswith(_XML_PREFIX) else name


def preserves_space(elem, inherited: bool) -> bool:
    """Whether ``xml:space="preserve"`` holds inside ``elem``."""
    value = elem.get(XML_SPACE)
    return inherited if value is None else value == "preserve"


def _unpretty(text: str, preserve: bool) -> str:
    """Drop the line break + indentation a pretty-printer put around ``text``, nothing else."""
    if preserve or "\n" not in text:
        return text
    start, end = _PRETTY_START.search(text), _PRETTY_END.search(text)
    if start is None or end is None or end.start() < start.end():
        return text
    return text[start.end() : end.start()]


def _meta(elem, preserve: bool) -> Meta:
    attrs = {_attr_name(k): v for k, v in elem.attrib.items()}
    text = _unpretty(elem.text or "", preserves_space(elem, preserve))
    return [local_name(elem.tag), attrs, text]


def _attributes(elem, known: frozenset[str]) -> tuple[dict[str, str], list[Meta]]:
    """Attributes as written (TMX 1.1 ``lang`` as ``xml:lang``); unknown ones as props."""
    attrs, extra = {}, []
    for key, value in elem.attrib.items():
        name = _attr_name(key)
        if name == "lang" and "xml:lang" in known:
            name = "xml:lang"
            if elem.get(XML_LANG) is not None:
                continue
        if name in known:
            attrs[name] = value
        elif name != "xml:space":
            extra.append(["prop", {"type": ATTRIBUTE_PROP + local_name(key)}, value])
    return attrs, extra


class _Seg:
    """Turns a ``<seg>`` into text with one marker per code, and the codes' XML."""

    def __init__(self, seg):
        self.parts: list[str] = []
        self.codes: dict[str, str] = {}
        self.count = 0
        self.partner = _pair_codes(seg)  # bpt -> its ept and ept -> its bpt
        self.number: dict = {}  # ept -> the pair number its bpt got
        self._walk(seg)

    def _next(self) -> int:
        k = self.count
        if k >= tags.LIMIT:
            raise ValueError(f"more than {tags.LIMIT} inline codes in one segment")
        self.count += 1
        return k

    def _add(self, marker: str, xml: str) -> None:
        self.codes[marker] = xml
        self.parts.append(marker)

    def _text(self, text: str | None) -> None:
        if not text:
            return
        if not tags.has_codes(text):
            self.parts.append(text)
            return
        # A private-use character of our range in the text itself: keep it as a
        # code whose "XML" is the character, so it cannot pass for a marker.
        for piece in re.split(f"({tags.MARKERS.pattern})", text):
            if tags.MARKERS.fullmatch(piece):
                self._add(tags.single_marker(self._next()), piece)
            elif piece:
                self.parts.append(piece)

    def _walk(self, elem) -> None:
        self._text(elem.text)
        for child in elem:
            kind = local_name(child.tag)
            if kind == "hi":
                k = self._next()
                shell = etree.tostring(
                    etree.Element(child.tag, dict(child.attrib), nsmap=child.nsmap), encoding=str
                )
                tag_name = shell[1:].split(None, 1)[0].removesuffix("/>")
                self._add(tags.open_marker(k), shell.removesuffix("/>").rstrip() + ">")
                self._walk(child)
                self._add(tags.close_marker(k), f"</{tag_name}>")
            elif kind:
                xml = etree.tostring(child, encoding=str, with_tail=False)
                partner = self.partner.get(child)
                if partner is None:
                    self._add(tags.single_marker(self._next()), xml)
                elif kind == "bpt":
                    k = self._next()
                    self.number[partner] = k
                    self._add(tags.open_marker(k), xml)
                else:
                    self._add(tags.close_marker(self.number[child]), xml)
            self._text(child.tail)


def _pair_codes(seg) -> dict:
    """Match each ``ept`` with the first open ``bpt`` of the same ``i`` before it.

    Codes inside a ``sub`` belong to the code holding the sub, so only those
    directly in the segment or in a ``hi`` count. The rest stay single codes.
    """
    partner: dict = {}
    open_: dict[str | None, list] = {}
    for elem in seg.iter("{*}bpt", "{*}ept"):
        if not _walked(elem, seg):
            continue
        key = elem.get("i")
        if local_name(elem.tag) == "bpt":
            open_.setdefault(key, []).append(elem)
        elif open_.get(key):
            begin = open_[key].pop(0)
            partner[begin], partner[elem] = elem, begin
    return partner


def _walked(elem, seg) -> bool:
    """Whether the walk of ``seg`` reaches ``elem``: only ``hi`` stands between them
    (a ``bpt`` inside a ``ph`` or a ``sub`` is part of that code's XML)."""
    parent = elem.getparent()
    while parent is not seg:
        if parent is None or local_name(parent.tag) != "hi":
            return False
        parent = parent.getparent()
    return True


def _tuv(elem, preserve: bool, name: str, keep: Callable[[str], bool] | None) -> Tuv | None:
    """A ``<tuv>``; None when it has no language or no segment.

    With ``keep``, a tuv it turns down is only kept as XML, not read further.
    """
    lang = elem.get(XML_LANG) or elem.get("lang")
    seg = next((c for c in elem if local_name(c.tag) == "seg"), None)
    if not lang or not lang.strip() or seg is None:
        return None
    if keep is not None and not keep(normalise_lang(lang)):
        return Tuv(normalise_lang(lang), xml=raw_tuv(elem))
    attrs, extra = _attributes(elem, TUV_ATTRS)
    preserve = preserves_space(elem, preserve)
    meta = [_meta(c, preserve) for c in elem if local_name(c.tag) in ("note", "prop")] + extra
    text = seg.text or ""
    if len(seg) or tags.has_codes(text):
        try:
            parsed = _Seg(seg)
        except ValueError as err:
            raise BitextError(f"line {seg.sourceline}: {err}", name) from None
        text, codes = "".join(parsed.parts), parsed.codes
    else:
        codes = {}  # plain text, the common case
    text = _unpretty(text, preserves_space(seg, preserve))
    return Tuv(normalise_lang(lang), text, codes, attrs, meta)


def raw_tuv(elem) -> str:
    """A tuv as XML, kept aside as read (TMX 1.1 ``lang`` written as ``xml:lang``)."""
    lang = elem.attrib.pop("lang", None)
    if lang is not None and elem.get(XML_LANG) is None:
        elem.set(XML_LANG, lang)
    return etree.tostring(elem, encoding=str, with_tail=False)


def read_unit(tu, preserve: bool, name: str, langs: tuple[str, str] | None = None) -> TmxUnit:
    """A unit; with ``langs``, only the first tuv of each is read, the others kept as XML."""
    preserve = preserves_space(tu, preserve)
    attrs, extra = _attributes(tu, TU_ATTRS)
    meta, tuvs = [], []
    wanted = set(langs or ())

    def keep(lang: str) -> bool:
        if lang in wanted:
            wanted.discard(lang)
            return True
        return False

    for child in tu:
        kind = local_name(child.tag)
        if kind in ("note", "prop"):
            meta.append(_meta(child, preserve))
        elif kind == "tuv":
            tuv = _tuv(child, preserve, name, keep if langs else None)
            if tuv is not None:
                tuvs.append(tuv)
    return TmxUnit(tuvs, attrs, meta + extra, tu.sourceline or 0)


def read_header(elem) -> TmxHeader:
    children = []
    for child in elem:
        kind = local_name(child.tag)
        if kind in ("note", "prop"):
            children.append(_meta(child, False))
        elif kind == "ude":
            children.append(["ude", etree.tostring(child, encoding=str, with_tail=False)])
    attrs = {_attr_name(k): v for k, v in elem.attrib.items()}
    return TmxHeader(attrs, children)
