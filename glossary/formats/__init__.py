"""Glossary exchange formats: CSV (language-code columns), OmegaT, TBX v2 and TBX-Basic v3."""

from __future__ import annotations

from pathlib import Path

from glossary.entries import Entry
from glossary.errors import GlossaryError
from glossary.formats import csv_, omegat, tbx

FORMATS = ("csv", "omegat", "tbx", "tbx3")


def dumps(
    entries: list[Entry], fmt: str, src_lang: str, tgt_lang: str, inflect: bool = False
) -> bytes:
    """The glossary in format ``fmt`` as bytes (UTF-8); rejected entries are left out.

    ``inflect`` adds generated case forms (Lukasenkónak, Łukaszence) as variants.
    """
    langs = (src_lang, tgt_lang)
    entries = [e for e in entries if e.status != "rejected"]
    if fmt == "csv":
        return csv_.dumps(entries, langs, inflect).encode("utf-8")
    if fmt == "omegat":
        return omegat.dumps(entries, src_lang, tgt_lang, inflect).encode("utf-8")
    if fmt == "tbx":
        return tbx.dumps_v2(entries, langs, inflect)
    if fmt == "tbx3":
        return tbx.dumps_v3(entries, langs, inflect)
    raise GlossaryError(f"unknown glossary format {fmt!r} (use one of: {', '.join(FORMATS)})")


def guess_format(path: str, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".tbx", ".xml") or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "tbx"
    if suffix in (".txt", ".tab", ".tsv", ".utf8"):
        return "omegat"
    return "csv"


def load(path: str, src_lang: str, tgt_lang: str, fmt: str | None = None) -> list[Entry]:
    """Read a glossary file; the format comes from ``fmt`` or the file itself."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise GlossaryError(f"cannot read: {err.strerror}", path) from None
    fmt = fmt or guess_format(path, data)
    if fmt in ("tbx", "tbx3"):
        return tbx.loads(data, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError("not UTF-8 text; save it as UTF-8", path) from None
    if fmt == "omegat":
        return omegat.loads(text, src_lang, tgt_lang, path)
    if fmt == "csv":
        return csv_.loads(text, path)
    raise GlossaryError(f"unknown glossary format {fmt!r} (use one of: {', '.join(FORMATS)})")
