"""TMX 1.4b export: a Level 1 translation memory (plain text segments).

The file validates against the LISA TMX 1.4 DTD. Review state travels in
``x-`` props (``x-align-status``, ``x-align-score``, ``x-align-type``) and the
reviewer's note in ``<note>``, so another bitext, or any CAT tool that keeps
props, can read it back.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import IO

from lxml import etree

from aligner import __version__
from aligner.errors import BitextError
from aligner.progress import track

# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def tmx_date(iso: str | None = None) -> str:
    """ISO 8601 basic UTC as TMX wants it: ``20250101T120000Z``."""
    if not iso:
        return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return re.sub(r"[-:]", "", iso).split(".")[0].rstrip("Z") + "Z"


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def write_tmx(
    out: IO[bytes],
    pairs,
    src_lang: str,
    tgt_lang: str,
    *,
    created: str | None = None,
    header_props: dict[str, str] | None = None,
) -> int:
    """Write ``pairs`` (rows of ``project.pairs()``) as TMX 1.4b; return the number of units."""
    for lang, which in ((src_lang, "source"), (tgt_lang, "target")):
        if not lang:
            raise BitextError(f"the project has no {which} language; TMX needs one")
    now = tmx_date()
    creation = tmx_date(created) if created else now
    header = {
        "creationtool": "bitext",
        "creationtoolversion": __version__,
        "segtype": "sentence",
        "o-tmf": "bitext",
        "adminlang": "en",
        "srclang": src_lang,
        "datatype": "plaintext",
        "creationdate": creation,
    }
    count = 0
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            xf.write("\n")
            head = etree.Element("header", header)
            for key, value in (header_props or {}).items():
                prop = etree.SubElement(head, "prop", type=key)
                prop.text = xml_text(value)
            xf.write(head, pretty_print=True)
            with xf.element("body"):
                xf.write("\n")
                for row in track(pairs.itertuples(index=False), "TMX", total=len(pairs)):
                    xf.write(_unit(row, src_lang, tgt_lang, creation), pretty_print=True)
                    count += 1
            xf.write("\n")
    return count


def _unit(row, src_lang: str, tgt_lang: str, creation: str) -> etree._Element:
    tu = etree.Element(
        "tu",
        tuid=str(row.id),
        creationdate=creation,
        changedate=tmx_date(row.changed) if row.changed else creation,
    )
    # The DTD wants notes and props before the tuvs.
    if row.note:
        etree.SubElement(tu, "note").text = xml_text(row.note)
    for key, value in (
        ("x-align-status", row.status),
        ("x-align-score", f"{row.score:.4f}"),
        ("x-align-type", row.kind),
    ):
        etree.SubElement(tu, "prop", type=key).text = value
    for lang, text in ((src_lang, row.source), (tgt_lang, row.target)):
        tuv = etree.SubElement(tu, "tuv", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
        etree.SubElement(tuv, "seg").text = xml_text(text)
    return tu
