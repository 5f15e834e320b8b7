"""TMX import that reads what real tools write, and nothing dangerous.

Accepts TMX 1.1 to 1.4b (``lang`` or ``xml:lang``, any case, BOM, UTF-16,
multilingual units, inline ``bpt/ept/ph/it/hi/ut`` codes kept as their text)
without asking for DTD validity. The parser loads no DTD, touches no network,
expands no entities, and a file that declares entities is refused outright:
a TMX has no use for them, and refusing is the sure defence against
entity-expansion bombs.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from aligner.errors import BitextError
from aligner.files import read_input
from aligner.langtag import check_lang, normalise_lang
from aligner.progress import progress
from aligner.read import utf16_without_bom

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUSES = ("unreviewed", "confirmed", "rejected")


@dataclass(slots=True)
class TmxUnit:
    """One translation unit: segment text per language, plus our review props if present."""

    texts: dict[str, str]
    note: str = ""
    tuid: str | None = None
    props: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class TmxFile:
    srclang: str | None
    languages: list[str]  # in order of first appearance
    units: list[TmxUnit]
    header: dict[str, str]


_ENTITIES = (
    "declares XML entities; bitext refuses them in TMX (they can hide an "
    "entity-expansion bomb, and TMX does not need them)"
)


def _declares_entities(data: bytes) -> bool:
    """Look for ``<!ENTITY`` in the prolog, before the parser sees any of it."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        root = data.find("<tmx".encode(encoding))
        prolog = data if root < 0 else data[:root]
        if "<!ENTITY".encode(encoding) in prolog:
            return True
    return False


def _not_xml_text(data: bytes) -> str | None:
    """Why ``data`` cannot be XML text at all (NUL bytes the parser could not place), or None.

    XML finds UTF-16 from a byte order mark or from ``<?xml`` itself; anything
    else with NUL bytes is UTF-16 saved without either, or not text.
    """
    head = data[:4096]
    if b"\x00" not in head or head.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00?\x00", b"\x00<\x00?")
    ):
        return None
    if utf16_without_bom(head):
        return "UTF-16 without a byte order mark or XML declaration: save it as UTF-8"
    return "looks like a binary file, not TMX"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""  # comments, processing instructions, entities
    return tag.rsplit("}", 1)[-1]


def read_tmx(path: str | Path) -> TmxFile:
    """Parse a TMX file; bad input raises BitextError naming the file."""
    path = Path(path)
    name = str(path)
    data = read_input(path, "TMX file")
    if not data.strip():
        raise BitextError("empty file, not TMX", name)
    problem = _not_xml_text(data)
    if problem:
        raise BitextError(problem, name)
    if _declares_entities(data):
        raise BitextError(_ENTITIES, name)
    # One bar for both halves of the work: parsing (by bytes), then reading the units.
    with progress(f"Reading {name}", total=2 * len(data)) as bar:
        root = _parse(data, name, bar.advance)
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None and any(True for _ in dtd.iterentities()):
            raise BitextError(_ENTITIES, name)
        if _local(root.tag) != "tmx":
            raise BitextError(f"root element is <{_local(root.tag)}>, not <tmx>", name)
        header = next((el for el in root if _local(el.tag) == "header"), None)
        body = next((el for el in root if _local(el.tag) == "body"), None)
        if body is None:
            raise BitextError("TMX has no <body>", name)
        head = dict(header.attrib) if header is not None else {}
        srclang = head.get("srclang")
        srclang = check_lang(srclang, "srclang", name) if srclang and srclang != "*all*" else None
        units, languages = [], {}
        step = len(data) / max(len(body), 1)
        for tu in body:
            bar.advance(step)
            if _local(tu.tag) != "tu":
                continue
            unit = _unit(tu)
            for lang in unit.texts:
                languages.setdefault(check_lang(lang, "xml:lang", name), None)
            units.append(unit)
    return TmxFile(srclang, list(languages), units, {k: str(v) for k, v in head.items()})


_CHUNK = 1 << 20


def _parse(data: bytes, name: str, advance) -> etree._Element:
    """Parse ``data`` in 1 MB pieces (so a bar can follow), refusing entity tricks."""
    parser = _parser()
    try:
        for start in range(0, len(data), _CHUNK):
            parser.feed(data[start : start + _CHUNK])
            advance(min(_CHUNK, len(data) - start))
        return parser.close()
    except etree.XMLSyntaxError as err:
        if "amplification" in str(err):
            raise BitextError(_ENTITIES, name) from None
        if "too long" in str(err) or "huge" in str(err).lower():
            raise BitextError(
                f"line {err.lineno}: a text of more than 10 MB in one element; "
                "bitext reads translation memories of sentences, not whole books in one unit",
                name,
            ) from None
        raise BitextError(f"not well-formed XML, so not TMX ({_xml_message(err)})", name) from None
    except ValueError as err:
        raise BitextError(f"cannot parse as XML ({err})", name) from None


def _xml_message(err: etree.XMLSyntaxError) -> str:
    line = f"line {err.lineno}: " if err.lineno else ""
    return line + str(err.msg or err).split(", line")[0]


def _unit(tu) -> TmxUnit:
    texts: dict[str, str] = {}
    notes: list[str] = []
    props: dict[str, str] = {}
    for child in tu:
        kind = _local(child.tag)
        if kind == "note" and child.text:
            notes.append(child.text.strip())
        elif kind == "prop" and child.get("type"):
            props[child.get("type")] = (child.text or "").strip()
        elif kind == "tuv":
            lang = child.get(XML_LANG) or child.get("lang")
            seg = child.find("seg")
            if seg is None:
                seg = next((el for el in child if _local(el.tag) == "seg"), None)
            if not lang or seg is None:
                continue
            lang = normalise_lang(lang)
            # Inline codes (bpt/ept/ph/it/ut) hold the native code as text; keep it.
            if len(seg):
                text = etree.tostring(seg, method="text", encoding=str, with_tail=False)
            else:
                text = seg.text or ""
            texts.setdefault(lang, text.strip())
    return TmxUnit(texts, "\n".join(n for n in notes if n), tu.get("tuid"), props)


def resolve_lang(tmx: TmxFile, wanted: str | None, role: str, path: str) -> str | None:
    """Match ``--src``/``--tgt`` to a language in the file: exact tag, else the same primary tag."""
    if wanted is None:
        return None
    want = normalise_lang(wanted)
    if want in tmx.languages:
        return want
    primary = want.split("-")[0]
    close = [lang for lang in tmx.languages if lang.split("-")[0] == primary]
    if len(close) == 1:
        return close[0]
    have = ", ".join(tmx.languages) or "none"
    raise BitextError(f"--{role} {wanted}: the file's languages are {have}", path)


def choose_languages(tmx: TmxFile, src: str | None, tgt: str | None, path: str) -> tuple[str, str]:
    """Pick the source and target language: options first, then the header, then the only pair."""
    src_lang = resolve_lang(tmx, src, "src", path)
    tgt_lang = resolve_lang(tmx, tgt, "tgt", path)
    if src_lang is None and tmx.srclang:
        try:
            src_lang = resolve_lang(tmx, tmx.srclang, "src", path)
        except BitextError:
            src_lang = None  # a header naming a language no unit has: ignore it
    if src_lang is None and tmx.languages:
        src_lang = tmx.languages[0]
    if src_lang is None:
        raise BitextError("no translation units with a language", path)
    if tgt_lang is None:
        others = [lang for lang in tmx.languages if lang != src_lang]
        if len(others) != 1:
            have = ", ".join(tmx.languages)
            raise BitextError(
                f"the file has languages {have}: choose the pair with --src and --tgt", path
            )
        tgt_lang = others[0]
    if src_lang == tgt_lang:
        raise BitextError(f"source and target are both {src_lang}", path)
    return src_lang, tgt_lang
