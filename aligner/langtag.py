"""Language tags as users type them (``de``, ``EN``, ``pt_BR``): checked once, written one way.

Every command that takes a language (``--lang``, ``--src``, ``--tgt``) checks
it here, so a typo fails with the same one-line error wherever it is made.
"""

from __future__ import annotations

import functools
import re

from aligner.errors import BitextError

# BCP 47 in shape: a 2-3 letter language, then subtags (script, region, variant).
_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")


def valid_lang(tag: str) -> bool:
    """Whether ``tag`` has the shape of a language tag (``de``, ``de-AT``, ``sr-Latn``)."""
    return bool(_TAG.match(tag.strip()))


@functools.lru_cache(maxsize=256)
def normalise_lang(tag: str) -> str:
    """BCP 47 case conventions: ``EN`` -> ``en``, ``de-de`` / ``de_DE`` -> ``de-DE``."""
    parts = tag.strip().replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def check_lang(tag: str, option: str = "--lang", path: str | None = None) -> str:
    """``tag`` normalised, or a BitextError saying the option's value is no language code."""
    if not valid_lang(tag):
        raise BitextError(
            f"{option} {tag!r} is not a language code (use e.g. de, en, hu, pt-BR)", path
        )
    return normalise_lang(tag)
