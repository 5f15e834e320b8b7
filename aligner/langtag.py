"""Language tags: checked as BCP 47 (RFC 5646) wherever one enters bitext, written one way.

A tag comes from the command line (``--lang``, ``--src-lang``, ``--src``), from
a file (TMX ``xml:lang``/``lang``, a glossary's columns or ``langSet``) or from
a project. Every one is checked here, and a tag that is not well-formed BCP 47
is refused with one line: tags become parts of file names (``corpus.de``), so
``/../../x`` or a line break must never get through. Users may type ``pt_BR``
(the POSIX/Java spelling); it is read as ``pt-BR``.
"""

from __future__ import annotations

import functools
import re

from aligner.errors import BitextError

# RFC 5646 section 2.1, case-insensitive (checked on a lower-cased copy):
#   language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
_LANGTAG = (
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"  # language, with up to 3 extlangs
    r"(?:-[a-z]{4})?"  # script
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"  # variants
    r"(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-z0-9]{1,8})+)?"  # private use
)
_PRIVATE = r"x(?:-[a-z0-9]{1,8})+"
# The irregular grandfathered tags (the regular ones already match the grammar).
_IRREGULAR = (
    "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|"
    "i-pwn|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de"
)
_TAG = re.compile(f"(?:{_LANGTAG}|{_PRIVATE}|{_IRREGULAR})", re.ASCII)
# Longer than any tag in the IANA registry's examples by far; a bound on what we echo.
MAX_LENGTH = 64


def _canonical_form(tag: str) -> str:
    return tag.strip(" \t").replace("_", "-").lower()


def valid_lang(tag: object) -> bool:
    """Whether ``tag`` is a well-formed BCP 47 tag (``de``, ``de-AT``, ``sr-Latn``, ``pt_BR``)."""
    if not isinstance(tag, str) or len(tag) > MAX_LENGTH or not tag.isascii():
        return False
    return _TAG.fullmatch(_canonical_form(tag)) is not None


@functools.lru_cache(maxsize=256)
def normalise_lang(tag: str) -> str:
    """BCP 47 case conventions: ``EN`` -> ``en``, ``de-de`` / ``de_DE`` -> ``de-DE``,
    ``SR-LATN`` -> ``sr-Latn``; everything after a singleton (``-x-``, ``-u-``) lower case."""
    parts = _canonical_form(tag).split("-")
    out = [parts[0]]
    singleton = len(parts[0]) == 1  # "x-..." or "i-..."
    for part in parts[1:]:
        if singleton or len(part) == 1:
            singleton = True
            out.append(part)
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part)
    return "-".join(out)


def check_lang(tag: str, option: str = "--lang", path: str | None = None) -> str:
    """``tag`` normalised, or a BitextError saying where the bad tag came from.

    ``option`` names the source: a command-line option (``--src-lang``) or a
    place in a file (``line 12: xml:lang``); ``path`` is the file concerned.
    """
    if not valid_lang(tag):
        shown = repr(tag if len(str(tag)) <= MAX_LENGTH else f"{str(tag)[:MAX_LENGTH]}…")
        raise BitextError(
            f"{option} {shown} is not a language code (use e.g. de, en, hu, pt-BR)", path
        )
    return normalise_lang(tag)
