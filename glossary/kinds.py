"""What an entry names, a person or a place, from what its mentions say.

Detection marks each mention it has evidence for (a given name, a title: a
person; a city, a locative: a place); a name seen only through a key the other
side of a translation confirmed has no such mark, and is typed by its shape and
its neighbours.
"""

from __future__ import annotations

import re
from collections import Counter

from glossary.detect import Mention
from glossary.gazetteer import is_place_name
from glossary.namelists import is_family_name
from glossary.shapes import surname_shaped

#: What may join two names of one list: a comma, a hyphen, a conjunction.
_LIST_JOIN = re.compile(r"\s*(?:[,;/&+\-–]|und|and|et|i|a|y|e|oder|or|ou|и|або)?\s*", re.I)


def beside_person(found: list[tuple[Mention, str]]) -> set[int]:
    """Ids of the mentions seen only through a key the other side confirmed that a
    comma, a hyphen or a conjunction joins to a person (*Tenzing Norkay und Gyalzen*,
    *Kato-Higeta* beside *Y. Maki*): a person's neighbour in a list of names is a
    person too, where nothing else tells a person from a place."""
    by_text: dict[int, tuple[str, list[Mention]]] = {}
    for m, text in found:
        by_text.setdefault(id(text), (text, []))[1].append(m)
    out: set[int] = set()
    for text, ms in by_text.values():
        ms.sort(key=lambda m: m.start)
        for a, b in zip(ms, ms[1:], strict=False):
            if _LIST_JOIN.fullmatch(text[a.end : b.start]) is None:
                continue
            if a.kind == "" and b.kind == "person":
                out.add(id(a))
            elif b.kind == "" and a.kind == "person":
                out.add(id(b))
    return out


def name_type(mentions: list[tuple[str, Mention]], beside: set[int] = frozenset()) -> str:
    """The type of one entry's (language, mention) pairs, person, place or organisation; ``beside``
    holds the ids of mentions a list joins to a person (:func:`beside_person`)."""
    kinds: Counter[str] = Counter()
    # A lone word a list has as a place: London alone is a city to German, a surname to
    # English lists; a firm's name the text reads as one stays a firm (Bloomberg).
    listed_place = False
    for lang, m in mentions:
        if m.kind:
            kinds[m.kind] += 2 if m.full else 1
        if not m.full and m.kind in ("", "person") and is_place_name(m.lemma, lang):
            kinds["place"] += 1
            listed_place = True
    if kinds:
        full_person = any(m.full and m.kind == "person" for _lang, m in mentions)
        if full_person or kinds["person"] > max(kinds["place"], kinds["organisation"]):
            return "person"
        return "organisation" if kinds["organisation"] > kinds["place"] else "place"
    # Seen only through a key the other side confirmed: a person if it reads as one.
    lang, first = mentions[0]
    listed = is_family_name(first.lemma) and not listed_place
    if listed or any(id(m) in beside for _lang, m in mentions):
        return "person"
    return "person" if surname_shaped(first.lemma, lang) else "place"
