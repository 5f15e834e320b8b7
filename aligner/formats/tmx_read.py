"""TMX import that reads what real tools write, keeps all of it, and reads nothing dangerous.

Accepts TMX 1.1 to 1.4b (``lang`` or ``xml:lang``, any case, BOM, UTF-16,
multilingual units) without asking for DTD validity, and streams: units are
parsed one at a time and dropped, so a file of any size needs little memory.
What a unit holds is kept as read: inline codes (``bpt/ept/it/ph/ut/hi``, with
any ``sub`` inside) become markers in the text (``aligner.project.tags``) with
their XML beside it; notes and props in their order, attributes as written;
white space exactly, except the line break and indentation a pretty-printing
writer puts around a segment (never under ``xml:space="preserve"``).

The parser loads no DTD, touches no network, expands no entities; a file that
declares entities is refused outright (the sure defence against
entity-expansion bombs), and so is one that uses an undefined entity such as
``&nbsp;``, which a parser would otherwise drop without a word.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from aligner.errors import BitextError
from aligner.files import open_input
from aligner.formats.tmx_elements import (
    XML_LANG,
    TmxHeader,
    TmxUnit,
    Tuv,
    local_name,
    preserves_space,
    read_header,
    read_unit,
)
from aligner.langtag import check_lang, normalise_lang
from aligner.progress import progress
from aligner.read import utf16_without_bom

__all__ = ["TmxFile", "TmxHeader", "TmxScan", "TmxUnit", "Tuv", "iter_tmx", "read_tmx", "scan_tmx"]


@dataclass(slots=True)
class TmxFile:
    srclang: str | None
    languages: list[str]  # in order of first appearance
    units: list[TmxUnit]
    header: dict[str, str]


@dataclass(slots=True)
class TmxScan:
    """What a first, cheap pass learns: languages, units, the header."""

    header: TmxHeader
    languages: list[str]
    units: int
    size: int

    @property
    def srclang(self) -> str | None:
        return self.header.srclang


_ENTITIES = (
    "declares XML entities; bitext refuses them in TMX (they can hide an "
    "entity-expansion bomb, and TMX does not need them)"
)


# --------------------------------------------------------------------------- checks before parsing


def _declares_entities(head: bytes) -> bool:
    """Look for ``<!ENTITY`` in the prolog, before the parser sees any of it."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        root = head.find("<tmx".encode(encoding))
        prolog = head if root < 0 else head[:root]
        if "<!ENTITY".encode(encoding) in prolog:
            return True
    return False


def _not_xml_text(head: bytes) -> str | None:
    """Why bytes starting with ``head`` cannot be XML text at all, or None.

    XML finds UTF-16 from a byte order mark or from ``<?xml`` itself; anything
    else with NUL bytes is UTF-16 saved without either, or not text.
    """
    head = head[:4096]
    if b"\x00" not in head or head.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00?\x00", b"\x00<\x00?")
    ):
        return None
    if utf16_without_bom(head):
        return "UTF-16 without a byte order mark or XML declaration: save it as UTF-8"
    return "looks like a binary file, not TMX"


_PROLOG_LIMIT = 1 << 20


def _check_start(stream, name: str) -> None:
    """Refuse an empty, binary or entity-declaring file from its first bytes."""
    head = stream.read(_PROLOG_LIMIT)
    stream.seek(0)
    if not head.strip():
        raise BitextError("empty file, not TMX", name)
    problem = _not_xml_text(head)
    if problem:
        raise BitextError(problem, name)
    if _declares_entities(head):
        raise BitextError(_ENTITIES, name)


# --------------------------------------------------------------------------- parsing


class _Counted:
    """A file that tells a progress bar how many bytes the parser has read."""

    def __init__(self, raw, advance: Callable[[float], None]):
        self._raw, self._advance = raw, advance

    def read(self, n: int = -1) -> bytes:
        data = self._raw.read(n)
        self._advance(len(data))
        return data


def _syntax_error(err: etree.XMLSyntaxError, name: str) -> BitextError:
    entries = list(err.error_log.filter_from_errors()) or list(err.error_log)
    first = entries[0] if entries else None
    message = first.message if first is not None else str(err.msg or err)
    line = first.line if first is not None else err.lineno
    where = f"line {line}: " if line else ""
    if "amplification" in message or "entity loop" in message.lower():
        return BitextError(_ENTITIES, name)
    if "Excessive depth" in message:
        return BitextError(
            f"{where}elements nested more than 256 deep; a TMX nests about 6 (is this a TMX file?)",
            name,
        )
    if "too long" in message or "huge" in message.lower():
        return BitextError(
            f"{where}a text of more than 10 MB in one element; "
            "bitext reads translation memories of sentences, not whole books in one unit",
            name,
        )
    undefined = re.search(r"Entity '([^']*)' not defined", message)
    if undefined:
        return _undefined_entity(undefined.group(1), line, name)
    return BitextError(f"not well-formed XML, so not TMX ({where}{message.strip()})", name)


def _undefined_entity(entity: str, line: int | None, name: str) -> BitextError:
    where = f"line {line}: " if line else ""
    return BitextError(
        f"{where}undefined entity &{entity}; (TMX knows only &amp; &lt; &gt; &quot; &apos;: "
        "write the character itself or a numeric reference such as &#160;)",
        name,
    )


def _check_entities(log, name: str) -> None:
    """An undefined entity (``&nbsp;`` in a file with a DOCTYPE) is only a parser warning."""
    for entry in log:
        if entry.type_name == "WAR_UNDECLARED_ENTITY":
            found = re.search(r"Entity '([^']*)'", entry.message)
            raise _undefined_entity(found.group(1) if found else "?", entry.line, name)


def _events(stream, name: str) -> Iterator[tuple[str, etree._Element]]:
    """Start of ``tmx``/``body``, end of ``header``/``tu``: all a reader needs."""
    etree.clear_error_log()  # a syntax error's log is lxml's global one: start it afresh
    context = etree.iterparse(
        stream,
        events=("start", "end"),
        tag=("{*}tmx", "{*}header", "{*}body", "{*}tu"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    started, count = False, 0
    try:
        for event, elem in context:
            if not started:
                root = elem.getroottree().getroot()
                if local_name(root.tag) != "tmx":
                    raise BitextError(f"root element is <{local_name(root.tag)}>, not <tmx>", name)
                started = True
            count += 1
            if count % 128 == 0:  # reading the log costs: look now and then, and at the end
                _check_entities(context.error_log, name)
            yield event, elem
        _check_entities(context.error_log, name)
    except etree.XMLSyntaxError as err:
        raise _syntax_error(err, name) from None
    except ValueError as err:
        raise BitextError(f"cannot parse as XML ({err})", name) from None
    root = context.root
    if not started and root is not None and local_name(root.tag) != "tmx":
        raise BitextError(f"root element is <{local_name(root.tag)}>, not <tmx>", name)


def _drop(elem) -> None:
    """Free a finished element and the ones before it: memory stays flat."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _parse(path: str | Path, what: str) -> Iterator[tuple]:
    """Parse ``path`` once: yield ``("header", TmxHeader)``, then ``("tu", element, preserve)``.

    Each unit element is freed as soon as the consumer has taken what it needs,
    so memory does not grow with the file.
    """
    name = str(path)
    with open_input(path, "TMX file") as raw:
        _check_start(raw, name)
        size = raw.seek(0, io.SEEK_END)
        raw.seek(0)
        body_seen, version = False, None
        preserve = {"tmx": False, "body": False}
        with progress(f"{what} {name}", total=size) as bar:
            stream = _Counted(raw, bar.advance)
            for event, elem in _events(stream, name):
                kind = local_name(elem.tag)
                if event == "start":
                    if kind == "tmx":
                        version = elem.get("version")
                        preserve["tmx"] = preserves_space(elem, False)
                    elif kind == "body":
                        body_seen = True
                        preserve["body"] = preserves_space(elem, preserve["tmx"])
                elif kind == "header":
                    header = read_header(elem)
                    header.version = version
                    yield "header", header
                    _drop(elem)
                elif kind == "tu":
                    parent = elem.getparent()
                    if parent is not None and local_name(parent.tag) == "body":
                        yield "tu", elem, preserve["body"]
                    _drop(elem)
    if not body_seen:
        raise BitextError("TMX has no <body>", name)


def scan_tmx(path: str | Path) -> TmxScan:
    """A first pass: the header, the languages in order of appearance, the unit count."""
    languages: dict[str, None] = {}
    header, count = TmxHeader(), 0
    for item in _parse(path, "Checking"):
        if item[0] == "header":
            header = item[1]
            if header.srclang:
                check_lang(header.srclang, "srclang", str(path))
            continue
        count += 1
        for tuv in item[1]:
            if local_name(tuv.tag) == "tuv":
                lang = tuv.get(XML_LANG) or tuv.get("lang")
                if lang and lang.strip():
                    languages.setdefault(check_lang(lang, "xml:lang", str(path)), None)
    return TmxScan(header, list(languages), count, Path(path).stat().st_size)


def iter_tmx(path: str | Path, langs: tuple[str, str] | None = None) -> Iterator[TmxUnit]:
    """Every unit of ``path`` as a :class:`TmxUnit`, read one at a time.

    With ``langs`` (source, target), only the first tuv in each of them is read
    into text and codes; any other tuv is kept whole as XML (``Tuv.xml``).
    """
    name = str(path)
    for item in _parse(path, "Reading"):
        if item[0] == "tu":
            yield read_unit(item[1], item[2], name, langs)


def read_tmx(path: str | Path) -> TmxFile:
    """Parse a whole TMX file into memory (for small files and notebooks)."""
    scan = scan_tmx(path)
    units = list(iter_tmx(path))
    return TmxFile(scan.srclang, scan.languages, units, dict(scan.header.attrs))


def resolve_lang(tmx, wanted: str | None, role: str, path: str) -> str | None:
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


def choose_languages(tmx, src: str | None, tgt: str | None, path: str) -> tuple[str, str]:
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
