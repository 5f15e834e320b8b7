"""TMX 1.4b export from a DataFrame of pairs: a project's, or any a user builds.

``write_tmx`` needs only ``source`` and ``target`` columns; every other column
is optional and adds to the file (see the guide, "TMX from a DataFrame"):

==============  ============================================================
``tuid``        the unit's id (default: ``id``, else none)
``created``     ``creationdate`` (ISO 8601 or TMX form; default: now)
``changed``     ``changedate`` (default: ``created``)
``note``        a reviewer's note, written as a ``<note>``
``status``      ``x-align-status`` prop (``score``, ``kind``: ``x-align-score``,
                ``x-align-type``)
``source_xml``  the source segment as TMX inline markup (text with
                ``<bpt>``, ``<ph>`` … elements), written instead of ``source``
``target_xml``  the same for the target
``tm``          bitext's record of the unit as read from a TMX (attributes,
                notes and props, tuvs in other languages): written back as read
==============  ============================================================

The file validates against the LISA TMX 1.4 DTD as long as what it carries
from another file did (bitext moves attributes the DTD does not know into
``x-attribute-…`` props at import, and writes TMX 1.1's ``lang`` as ``xml:lang``).
"""

from __future__ import annotations

import json
import math
import re
from contextlib import ExitStack
from datetime import UTC, datetime
from typing import IO

from lxml import etree

from aligner import __version__
from aligner.errors import BitextError
from aligner.progress import progress

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
REQUIRED_HEADER = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                   "srclang", "datatype")  # fmt: skip
NOTE_PROP = "x-align-note"


def tmx_date(iso: str | None = None) -> str:
    """ISO 8601 basic UTC as TMX wants it: ``20250101T120000Z`` (a TMX date stays as it is)."""
    if not iso:
        return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return re.sub(r"[-:]", "", iso).split(".")[0].rstrip("Z") + "Z"


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _value(row, column: str):
    """A row's cell, None when the column is missing or the cell empty / NaN."""
    value = getattr(row, column, None)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and value == "" and column not in ("source", "target"):
        return None
    return value


def _attr(name: str) -> str:
    return XML_LANG if name == "xml:lang" else name


def _meta(parent, items) -> None:
    """Notes and props in their order: ``[kind, {attrs}, text]``."""
    for kind, attrs, text in items:
        child = etree.SubElement(parent, kind, {_attr(k): v for k, v in attrs.items()})
        child.text = xml_text(text)


def _header(src_lang: str, created: str, header: dict | None, props: dict) -> etree._Element:
    """The file's header: the imported one's attributes and children, bitext as the tool."""
    attrs = dict((header or {}).get("attrs") or {})
    attrs.update(creationtool="bitext", creationtoolversion=__version__, srclang=src_lang)
    defaults = {"segtype": "sentence", "o-tmf": "bitext", "adminlang": "en",
                "datatype": "plaintext", "creationdate": created}  # fmt: skip
    for key, value in defaults.items():
        attrs.setdefault(key, value)
    head = etree.Element("header", {_attr(k): v for k, v in attrs.items()})
    for child in (header or {}).get("children") or []:
        if child[0] == "ude":
            head.append(etree.fromstring(child[1]))
        else:
            _meta(head, [child])
    for key, value in props.items():
        etree.SubElement(head, "prop", type=key).text = xml_text(value)
    return head


def _seg(tuv, text: str, markup: str | None) -> None:
    if markup:
        try:
            seg = etree.fromstring(f"<seg>{markup}</seg>")
        except etree.XMLSyntaxError as err:
            raise BitextError(f"not TMX inline markup: {markup[:80]!r} ({err})") from None
        tuv.append(seg)
    else:
        etree.SubElement(tuv, "seg").text = xml_text(text)


def _tuv(lang: str, record: dict | None, text: str, markup: str | None) -> etree._Element:
    attrs = {_attr(k): v for k, v in ((record or {}).get("attrs") or {}).items()}
    attrs[XML_LANG] = lang
    tuv = etree.Element("tuv", attrs)
    _meta(tuv, (record or {}).get("meta") or [])
    _seg(tuv, text, markup)
    return tuv


def _review(row) -> tuple[list, str | None]:
    """bitext's own props (and its note) for a row, from whichever columns it has."""
    items = []
    status, score, kind = _value(row, "status"), _value(row, "score"), _value(row, "kind")
    if status is not None:
        items.append(["prop", {"type": "x-align-status"}, str(status)])
    if score is not None:
        try:
            score = f"{float(score):.4f}"
        except ValueError:
            score = str(score)
        items.append(["prop", {"type": "x-align-score"}, score])
    if kind is not None:
        items.append(["prop", {"type": "x-align-type"}, str(kind)])
    note = _value(row, "note")
    return items, (str(note) if note is not None else None)


def _unit(row, src_lang: str, tgt_lang: str, now: str, n: int) -> etree._Element:
    tm = _value(row, "tm")
    if isinstance(tm, str):
        tm = json.loads(tm)
    if tm:
        attrs = dict(tm.get("attrs") or {})
    else:
        tuid = _value(row, "tuid")
        tuid = tuid if tuid is not None else _value(row, "id")
        created = _value(row, "created")
        changed = _value(row, "changed")
        attrs = {"tuid": str(tuid)} if tuid is not None else {}
        attrs["creationdate"] = tmx_date(str(created)) if created else now
        attrs["changedate"] = tmx_date(str(changed)) if changed else attrs["creationdate"]
    tu = etree.Element("tu", {_attr(k): str(v) for k, v in attrs.items()})
    meta = list((tm or {}).get("meta") or [])
    review, note = _review(row)
    if note:
        meta.append(["note", {}, note])
        review.append(["prop", {"type": NOTE_PROP}, str(sum(m[0] == "note" for m in meta))])
    _meta(tu, meta + review)
    order = list((tm or {}).get("tuvs") or ["src", "tgt"])
    for side in ("src", "tgt"):
        if side not in order:
            order.insert(0 if side == "src" else order.index("src") + 1, side)
    for entry in order:
        if entry == "src":
            tu.append(_tuv(src_lang, (tm or {}).get("src_tuv"), str(row.source),
                           _value(row, "source_xml")))  # fmt: skip
        elif entry == "tgt":
            tu.append(_tuv(tgt_lang, (tm or {}).get("tgt_tuv"), str(row.target),
                           _value(row, "target_xml")))  # fmt: skip
        else:
            tu.append(etree.fromstring(entry))
    return tu


def _indent(elem, level: int) -> None:
    """Indent the structure (tu, tuv, notes, props) by hand, never inside a ``<seg>``.

    An automatic pretty-printer would also indent a segment made only of codes,
    adding white space that was never there.
    """
    if _local(elem.tag) == "seg" or not len(elem):
        return
    inner = "\n" + "  " * (level + 1)
    if not (elem.text or "").strip():
        elem.text = inner
    for child in elem:
        _indent(child, level + 1)
        child.tail = inner
    child.tail = "\n" + "  " * level


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _check_columns(pairs) -> None:
    missing = [c for c in ("source", "target") if c not in pairs.columns]
    if missing:
        raise BitextError(
            f"write_tmx needs the column(s) {', '.join(missing)} "
            f"(the DataFrame has: {', '.join(map(str, pairs.columns))})"
        )


class TmxWriter:
    """A TMX file written a DataFrame at a time: the header first, then units as they come.

    ``with TmxWriter(out, "de", "en", total=n) as writer: writer.write(frame)``;
    an export of any size holds one slice of its pairs at a time.
    """

    def __init__(
        self,
        out: IO[bytes],
        src_lang: str,
        tgt_lang: str,
        *,
        created: str | None = None,
        header: dict | None = None,
        header_props: dict[str, str] | None = None,
        total: int | None = None,
    ):
        for lang, which in ((src_lang, "source"), (tgt_lang, "target")):
            if not lang:
                raise BitextError(f"the project has no {which} language; TMX needs one")
        self.out, self.src_lang, self.tgt_lang = out, src_lang, tgt_lang
        self.created = tmx_date(created) if created else tmx_date()
        self.header, self.header_props = header, header_props or {}
        self.total = total
        self.count = 0
        self._stack = ExitStack()

    def __enter__(self) -> TmxWriter:
        stack = self._stack
        xf = self._xf = stack.enter_context(etree.xmlfile(self.out, encoding="utf-8"))
        xf.write_declaration()
        stack.enter_context(xf.element("tmx", version="1.4"))
        xf.write("\n")
        head = _header(self.src_lang, self.created, self.header, self.header_props)
        xf.write(head, pretty_print=True)
        stack.callback(xf.write, "\n")  # between </body> and </tmx>
        stack.enter_context(xf.element("body"))
        xf.write("\n")
        self._bar = stack.enter_context(progress("TMX", self.total))
        return self

    def write(self, pairs) -> int:
        """Write the rows of ``pairs`` as units; return how many."""
        _check_columns(pairs)
        before = self.count
        for row in pairs.itertuples(index=False):
            self.count += 1
            tu = _unit(row, self.src_lang, self.tgt_lang, self.created, self.count)
            _indent(tu, 1)
            self._xf.write("  ", tu, "\n")
            self._bar.advance()
        return self.count - before

    def __exit__(self, *exc) -> None:
        self._stack.__exit__(*exc)


def write_tmx(
    out: IO[bytes],
    pairs,
    src_lang: str,
    tgt_lang: str,
    *,
    created: str | None = None,
    header: dict | None = None,
    header_props: dict[str, str] | None = None,
) -> int:
    """Write ``pairs`` (a DataFrame, see the module doc for its columns) as TMX 1.4b.

    Returns the number of units. ``header`` is an imported file's header
    (``aligner.project.units.header``), kept with bitext as the writing tool.
    """
    _check_columns(pairs)
    options = {"created": created, "header": header, "header_props": header_props}
    with TmxWriter(out, src_lang, tgt_lang, total=len(pairs), **options) as writer:
        return writer.write(pairs)
