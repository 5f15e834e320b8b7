"""Common given names (``data/given_names.json``), recognised in any spelling via the key."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from glossary.key import key

_DATA = Path(__file__).with_name("data") / "given_names.json"
_READINGS = ("de", "en", "hu", "pl", "cs", "fr")


@cache
def given_keys() -> frozenset[str]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    keys = {key(name, "ru") for name in raw["cyrillic"]}
    keys |= {key(name, lang) for name in raw["latin"] for lang in _READINGS}
    return frozenset(k for k in keys if len(k) >= 2)


def is_given_name(word: str, lang: str) -> bool:
    """True when ``word`` is a common given name as language ``lang`` spells it."""
    return key(word, lang) in given_keys()
