"""Turn a file (or stdin) into a :class:`~aligner.types.Document`.

Decoding is strict: UTF-8 (with or without BOM) and UTF-16/32 with a BOM are
recognised; any other encoding must be named by the user, because guessing a
legacy code page silently corrupts names like "Łukaszenka". Every failure is a
:class:`~aligner.errors.BitextError` naming the file, never a traceback.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from aligner.errors import BitextError
from aligner.files import read_input, shown
from aligner.langtag import check_lang
from aligner.types import Document

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd"}

# Markers that are rare in plain prose but typical of Markdown sources.
_MD_FEATURES = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),  # ATX heading
    re.compile(r"\[[^\]\n]+\]\([^)\s]*\)"),  # inline link
    re.compile(r"(?<![\w*])\*\*[^*\n]+\*\*(?![\w*])"),  # strong emphasis
    re.compile(r"(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])"),  # emphasis
    re.compile(r"^```", re.M),  # fenced code
    re.compile(r"^[ \t]{0,3}[-*+][ \t]+\S", re.M),  # bullet list
    re.compile(r"^>[ \t]?\S", re.M),  # block quote
    re.compile(r"^\|.*\|[ \t]*\r?\n\|[ \t:|-]+\|[ \t]*$", re.M),  # table with separator row
)


def looks_like_markdown(text: str) -> bool:
    """Guess Markdown from content (first 64 KB): a heading, code fence or table plus one
    more construct. Inline markup alone is not enough: text pasted from the web often
    carries a stray ``**bold**`` or ``[link](…)``, and in plain mode it stays in the
    sentence text exactly as written (name the format to get it removed)."""
    sample = text[:65536]
    found = [i for i, rx in enumerate(_MD_FEATURES) if rx.search(sample)]
    return any(i in (0, 4, 7) for i in found) and len(found) >= 2


def _display(path: str | Path) -> str:
    return shown(path)


def _read_bytes(path: str | Path) -> bytes:
    return read_input(path, "text file")


SAVE_AS_UTF8 = "save it as UTF-8"
_ENCODING_HINT = (
    "if the file uses a legacy encoding, name it with --encoding (e.g. cp1252, latin-1)"
)


def decode(
    data: bytes, path: str, encoding: str | None = None, hint: str = _ENCODING_HINT
) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding used)``; BOM removed, line ends kept.

    ``hint`` ends the message for bytes that are not UTF-8: what the user can do
    (commands without ``--encoding`` ask for the file to be saved as UTF-8).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as err:
                raise BitextError(
                    f"invalid {name} after its byte order mark at byte {err.start}", path
                ) from None
    if encoding is None or text_encoding(encoding, path) == "utf-8":
        utf16 = utf16_without_bom(data)
        if utf16:
            raise BitextError(
                f"looks like {utf16.upper()} without a byte order mark; "
                f"name it with --encoding {utf16} or save the file as UTF-8",
                path,
            )
        if b"\x00" in data[:8192]:
            raise BitextError(
                "looks like a binary file (NUL bytes), expected text; "
                "UTF-16 needs a byte order mark",
                path,
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            if _looks_binary(data):
                raise BitextError("looks like a binary file, expected text", path) from None
            bad = data[err.start : err.start + 1].hex()
            raise BitextError(
                f"not valid UTF-8 at byte {err.start} (0x{bad}); {hint}", path
            ) from None
        if _looks_binary(data, share=0.25):  # valid UTF-8 made of control bytes is no text
            raise BitextError("looks like a binary file, expected text", path)
        return text, "utf-8"
    name = text_encoding(encoding, path)
    if b"\x00" in data[:8192] and not name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        raise BitextError("looks like a binary file (NUL bytes), expected text", path)
    try:
        return data.decode(name), name
    except UnicodeError as err:
        where = f" at byte {err.start}" if isinstance(err, UnicodeDecodeError) else ""
        raise BitextError(f"not valid {name}{where}", path) from None


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when NUL bytes fill every other byte of the start
    (text in a Latin or Cyrillic script saved as UTF-16 without a byte order mark)."""
    head = data[:4096]
    half = len(head) // 2
    if half < 2 or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if head[1::2].count(0) > 0.8 * half and head[0::2].count(0) < 0.1 * half:
        return "utf-16-le"
    if head[0::2].count(0) > 0.8 * half and head[1::2].count(0) < 0.1 * half:
        return "utf-16-be"
    return None


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


def _looks_binary(data: bytes, share: float = 0.02) -> bool:
    """Control bytes in more than ``share`` of the first 8 KB: no text encoding produces
    2 % of them; a file that decodes as UTF-8 must be a quarter control bytes to count."""
    head = data[:8192]
    return len(head.translate(None, _CONTROL)) < (1 - share) * len(head)


# Codecs Python calls text encodings that no file is written in: one never
# decodes anything, the others are for domain names and Python string literals.
_NOT_FILE_ENCODINGS = {"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"}


def text_encoding(encoding: str, path: str | None = None) -> str:
    """The codec name for ``--encoding NAME``; only text encodings are encodings.

    ``rot13``, ``base64``, ``zlib``, ``hex``, ``uu`` are byte transforms Python
    also finds by name: they are refused with one line, like unknown names.
    """
    shown = repr(encoding if len(encoding) <= 40 else encoding[:40] + "…")
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise BitextError(f"unknown encoding {shown} (use e.g. cp1252, latin-1)", path) from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise BitextError(
            f"{shown} is not an encoding for text files (use e.g. cp1252, latin-1, utf-16)", path
        )
    return info.name


def read_text(
    text: str,
    lang: str | None = None,
    fmt: str | None = None,
    path: str | None = None,
    encoding: str = "utf-8",
) -> Document:
    """Wrap an already decoded string as a Document, detecting Markdown when ``fmt`` is None."""
    if lang is not None:
        lang = check_lang(lang, "--lang", path)
    if fmt is None:
        is_md = bool(path) and Path(str(path)).suffix.lower() in _MARKDOWN_EXTENSIONS
        fmt = "markdown" if is_md or looks_like_markdown(text) else "text"
    elif fmt not in ("text", "markdown"):
        raise BitextError(f"unknown format {fmt!r}, expected 'text' or 'markdown'", path)
    return Document(text=text, lang=lang, path=path, encoding=encoding, format=fmt)


def read_document(
    path: str | Path,
    lang: str | None = None,
    encoding: str | None = None,
    fmt: str | None = None,
) -> Document:
    """Read and decode a text or Markdown file; ``"-"`` reads stdin.

    Raises BitextError for a missing file, a directory, an empty or binary
    file and undecodable bytes (with the byte offset and a hint to pass
    ``--encoding``).
    """
    shown = _display(path)
    data = _read_bytes(path)
    if not data:
        raise BitextError("file is empty", shown)
    text, used = decode(data, shown, encoding)
    if not text.strip():
        raise BitextError("file contains only white space", shown)
    return read_text(text, lang=lang, fmt=fmt, path=shown, encoding=used)
