"""Czech and Slovak possessive adjectives made from a person's name (*Dvořákova
symfonie*, *Smetanova Vltava*, *Havlův projev*): capitalised as the name is, they name
no one themselves but qualify the noun after them."""

from __future__ import annotations

import re

from glossary.dictnames import is_person_form
from glossary.namelists import is_family_name

#: The possessive's endings (Dvořákova, -ovo, -ovy, -ovu, -ově, -ův) that no form of a
#: woman's surname in -ová shares (her -ovou, -ové, and the family's -ových, are hers).
_POSSESSIVE = re.compile(r"(?:ov[aoyuě]|ův)$")


def name_possessive(word: str, lang: str) -> bool:
    """``word`` is a Czech or Slovak possessive adjective of a man's name the language's
    dictionary or a family list holds (*Dvořákova*: *Dvořák*; *Smetanova*: *Smetana*),
    and is no such name's own form itself."""
    if lang not in ("cs", "sk") or not word[:1].isupper():
        return False
    found = _POSSESSIVE.search(word)
    if found is None or found.start() < 3 or is_person_form(word, "cs"):
        return False
    stem = word[: found.start()]
    return any(is_person_form(name, "cs") or is_family_name(name) for name in (stem, stem + "a"))
