"""Glossary exchange formats: CSV (language-tag columns), OmegaT, TBX v2 and TBX-Basic v3."""

from __future__ import annotations

import codecs
import io
from pathlib import Path
from typing import BinaryIO

from glossary.entries import Entry
from glossary.errors import GlossaryError
from glossary.formats import csv_, omegat, tbx

FORMATS = ("csv", "omegat", "tbx", "tbx3")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def dump(
    out: BinaryIO,
    entries: list[Entry],
    fmt: str,
    src_lang: str,
    tgt_lang: str,
    inflect: bool = False,
) -> None:
    """Write the glossary in format ``fmt`` (UTF-8) to ``out``; rejected entries are
    left out. TBX is written one entry at a time.

    ``inflect`` adds generated case forms (Lukasenkónak, Łukaszence) as variants.
    A glossary of one language (``src_lang == tgt_lang``) has one column for it.
    """
    langs = (src_lang, tgt_lang)
    entries = [e for e in entries if e.status != "rejected"]
    if fmt == "csv":
        out.write(csv_.dumps(entries, langs, inflect).encode("utf-8"))
    elif fmt == "omegat":
        out.write(omegat.dumps(entries, src_lang, tgt_lang, inflect).encode("utf-8"))
    elif fmt in ("tbx", "tbx3"):
        tbx.write(out, entries, langs, inflect, v3=fmt == "tbx3")
    else:
        raise GlossaryError(f"unknown glossary format {fmt!r} (use one of: {', '.join(FORMATS)})")


def dumps(
    entries: list[Entry], fmt: str, src_lang: str, tgt_lang: str, inflect: bool = False
) -> bytes:
    """The glossary in format ``fmt`` as bytes (see :func:`dump`)."""
    out = io.BytesIO()
    dump(out, entries, fmt, src_lang, tgt_lang, inflect)
    return out.getvalue()


def decode(data: bytes, path: str | None = None) -> str:
    """Text of a glossary file: UTF-8, or UTF-16/32 with a byte order mark (what
    Windows tools and OmegaT write), or UTF-16 without one."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        head = data[:64]
        if len(head) >= 4 and head[1::2].count(0) == len(head[1::2]) and head[0]:
            encoding = "utf-16-le"
        elif len(head) >= 4 and head[0::2].count(0) == len(head[0::2]) and head[1]:
            encoding = "utf-16-be"
        else:
            encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        shown = f"0x{data[err.start]:02x}" if err.start < len(data) else "end of file"
        raise GlossaryError(
            f"not valid {encoding.upper().removesuffix('-SIG')} text at byte {err.start} "
            f"({shown}); save it as UTF-8",
            path,
        ) from None


def guess_format(path: str, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    head = data[:256].replace(b"\x00", b"")
    for bom, _ in _BOMS:
        head = head.removeprefix(bom.replace(b"\x00", b""))
    if suffix in (".tbx", ".xml") or head.lstrip(b" \t\r\n").startswith(b"<"):
        return "tbx"
    if suffix in (".txt", ".tab", ".tsv", ".utf8"):
        return "omegat"
    return "csv"


def loads(
    data: bytes, fmt: str, src_lang: str = "", tgt_lang: str = "", path: str | None = None
) -> list[Entry]:
    """Entries of a glossary file's bytes in format ``fmt``.

    ``src_lang``/``tgt_lang`` name the columns of an OmegaT glossary, which
    does not say its languages.
    """
    if fmt in ("tbx", "tbx3"):
        return tbx.loads(data, path)
    text = decode(data, path)
    if fmt == "omegat":
        return omegat.loads(text, src_lang, tgt_lang, path)
    if fmt == "csv":
        return csv_.loads(text, path, src_lang, tgt_lang)
    raise GlossaryError(f"unknown glossary format {fmt!r} (use one of: {', '.join(FORMATS)})")


def load(path: str, src_lang: str = "", tgt_lang: str = "", fmt: str | None = None) -> list[Entry]:
    """Read a glossary file; the format comes from ``fmt`` or the file itself."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise GlossaryError(f"cannot read: {err.strerror}", path) from None
    return loads(data, fmt or guess_format(path, data), src_lang, tgt_lang, path)
