"""One name's mentions split into people: by their given names, the initials after a
shared first given name, which given names one bead's two sides give for one person,
and the person a bare surname most likely is; a listed place or a firm of that name
apart. :func:`glossary.group.group_mentions` calls :func:`people` for each name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from glossary.detect import Mention
from glossary.gazetteer import is_place_name
from glossary.givenwords import WHOLE, given_initials, given_key, shorter_forms
from glossary.match import similarity
from glossary.namelists import given_gender
from glossary.samename import feminine_pair

#: Given names whose keys are this similar are one given name (Wladimir, Vlagyimir).
GIVEN_MERGE = 0.85
#: Where a side of a bead gives several given names of one surname, one of the other
#: side's goes with the most like of them if at least this like it.
_FACING_GIVEN = 0.5

#: (bead position or None, side or None, language, mention, the text it was found in)
Found = tuple[int | None, str | None, str, Mention, str]


class KeyUnion:
    """Keys joined into names (or given names into people), a woman's and a man's form of
    a surname, or a woman's and a man's given name, never together."""

    def __init__(self, surnames: bool = True) -> None:
        self.surnames = surnames  # a woman's and a man's surname never join
        self.parent: dict[str, str] = {}
        self.gender: dict[str, set[str]] = defaultdict(set)

    def root(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra == rb or self.surnames and feminine_pair(a, b):
            return
        ga, gb = self.gender[ra], self.gender[rb]
        if len(ga) == len(gb) == 1 and ga != gb:
            return  # a woman's name and a man's name: two people
        # a form that women and men both bear (English Ognevich) is no gendered form:
        # its spellings join, and the given names tell the people apart
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.gender[keep] |= self.gender.pop(drop, set())


def people(items: list[Found]) -> list[list[Found]]:
    """Split one name's mentions into people by their given names, and a listed place
    that the text reads as a place, or a firm, apart from its people: *in Wien* is no
    mention of *K. Wien*, *Porsche AG* none of *Ferdinand Porsche* (French *à Hartog*
    reads as a place too, but names no listed one)."""
    if not items:
        return []  # an old entry no mention continues: no person (the user's kept apart)
    places: list[Found] = []
    firms: list[Found] = []
    rest: list[Found] = []
    for item in items:
        m = item[3]
        if m.kind == "organisation":
            firms.append(item)
        elif m.kind == "place" and is_place_name(m.lemma, item[2]):
            places.append(item)
        else:
            rest.append(item)
    apart = [group for group in (places, firms) if group]
    if apart and any(i[3].kind == "person" and i[3].full for i in rest):
        return (_persons(rest) if rest else []) + apart
    return _spellings(items) or _persons(items)


def _spellings(items: list[Found]) -> list[list[Found]] | None:
    """Given names alone that one language spells in two ways (*Christopher*,
    *Kristoffer*): two people, though their keys coincide; a form of the other language
    goes with the one its bead faces, as long as no person gets two spellings of one
    language. None unless every mention is a name alone and some language spells it in
    two ways that are both listed given names."""
    if any(i[3].kind not in ("person", "") or i[3].full for i in items):
        return None
    spelt = [f"{lang}\t{m.lemma.casefold()}" for _pos, _side, lang, m, _text in items]
    ways: dict[str, set[str]] = defaultdict(set)
    for _pos, _side, lang, m, _text in items:
        ways[lang].add(m.lemma)
    twice = [forms for forms in ways.values() if len({f.casefold() for f in forms}) > 1]
    if not any(all(given_gender(f) is not None for f in forms) for forms in twice):
        return None
    u = KeyUnion(surnames=False)
    langs = {u.root(s): {s.partition("\t")[0]} for s in spelt}  # each person's languages
    beads: dict[int, dict[str | None, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (pos, side, *_), s in zip(items, spelt, strict=True):
        if pos is not None:
            beads[pos][side].add(s)
    for pos in sorted(beads):
        src, tgt = beads[pos].get("src", set()), beads[pos].get("tgt", set())
        if len(src) != 1 or len(tgt) != 1:
            continue
        a, b = u.root(next(iter(src))), u.root(next(iter(tgt)))
        if a != b and not langs[a] & langs[b]:  # one spelling of each language
            joined = langs.pop(a) | langs.pop(b)
            u.union(a, b)
            langs[u.root(a)] = joined
    people_: dict[str, list[Found]] = defaultdict(list)
    for item, s in zip(items, spelt, strict=True):
        people_[u.root(s)].append(item)
    return sorted(people_.values(), key=lambda g: min(_place(i) for i in g))


def _persons(items: list[Found]) -> list[list[Found]]:
    """Split one name's mentions into people by their given names."""
    u = KeyUnion(surnames=False)
    given = _initialled(
        {n: gk for n, i in enumerate(items) if (gk := given_key(i[3], i[2]))}, items
    )
    for n, gk in given.items():
        u.root(gk)
        if items[n][3].gender in ("f", "m"):
            u.gender[u.root(gk)].add(items[n][3].gender)
    gkeys = sorted(u.parent)
    for i, a in enumerate(gkeys):
        for b in gkeys[i + 1 :]:
            whole = a.startswith(WHOLE) or b.startswith(WHOLE)  # Keqiang is no Qiang
            if not whole and similarity(a, b) >= GIVEN_MERGE:
                u.union(a, b)
    for a, b in shorter_forms((lang, m) for _pos, _side, lang, m, _text in items):
        if a in u.parent and b in u.parent:
            u.union(a, b)
    beads: dict[int, dict[str | None, set[str]]] = defaultdict(lambda: defaultdict(set))
    for n, gk in given.items():
        if items[n][0] is not None:
            beads[items[n][0]][items[n][1]].add(gk)
    for sides in beads.values():
        for a, b in _facing_given(sides):
            u.union(a, b)  # one bead, two sides: the same person in two spellings
    groups: dict[str, list[Found]] = defaultdict(list)
    for n, gk in given.items():
        groups[u.root(gk)].append(items[n])
    if not groups:
        return [items]
    if len(groups) == 1:
        (named,) = groups.values()
        apart = _before_all(named, [i for n, i in enumerate(items) if n not in given])
        return [[i for i in items if i not in apart], apart] if apart else [items]
    ordered = sorted(groups.values(), key=len, reverse=True)
    genders = [Counter(i[3].gender for i in g if i[3].gender) for g in ordered]
    firsts = [[_place(i) for i in g] for g in ordered]
    unsure: list[Found] = []  # bare surnames that may be any of the people: an entry apart
    for n, item in enumerate(items):
        if n in given:
            continue
        gender = item[3].gender
        fits = [
            k for k, g in enumerate(genders) if gender and g and g.most_common(1)[0][0] == gender
        ]
        fits = _spelt_alike(ordered, fits or range(len(ordered)), item)
        target = _latest_before(firsts, fits, _place(item))
        if target is None:
            unsure.append(item)
        else:
            ordered[target].append(item)
    return ordered + [unsure] if unsure else ordered


def _spelt_alike(people: list[list[Found]], fits: Iterable[int], item: Found) -> list[int]:
    """Of the people a bare surname may be, those whose surname some mention spells as it
    does, if any (*Bosch* after *Hugo Boss* and *Robert Bosch*: Robert Bosch); the
    others share it only through a key that forgives a letter."""
    fits = list(fits)
    lemma = item[3].lemma.casefold()
    same = [k for k in fits if any(i[3].lemma.casefold() == lemma for i in people[k])]
    return same or fits


def _initialled(given: dict[int, str], items: list[Found]) -> dict[int, str]:
    """``given`` with the initials after the first given name added to its key where
    the text gives one first name with two sets of them (*George H. W. Bush*, *George W.
    Bush*: a father and a son); with one set, a name without them is the same person
    (*John F. Kennedy*, *John Kennedy*). Such a key joins no other by likeness."""
    initials = {n: given_initials(items[n][3], items[n][2]) for n in given}
    sets: dict[str, set[str]] = defaultdict(set)
    for n, gk in given.items():
        if initials[n]:
            sets[gk].add(initials[n])
    return {
        n: f"{WHOLE}{gk}.{initials[n]}" if len(sets[gk]) > 1 and initials[n] else gk
        for n, gk in given.items()
    }


def _facing_given(sides: dict[str | None, set[str]]) -> list[tuple[str, str]]:
    """The given names of one surname that a bead's two sides give for one person: the
    one on each side when each gives one (*Witali* beside *Віталій*); when a side gives
    several (*Witali und Wladimir Klitschko* beside *Віталій і Володимир Кличко*), each
    of the other side's with the one it is most like, never two of one side together:
    brothers are two people."""
    src, tgt = sorted(sides.get("src", ())), sorted(sides.get("tgt", ()))
    if not src or not tgt:
        return []
    if len(src) == 1 and len(tgt) == 1:
        return [(src[0], tgt[0])]
    few, many = (src, tgt) if len(src) <= len(tgt) else (tgt, src)
    pairs = []
    for a in few:
        scores = sorted(((similarity(a, b), b) for b in many), reverse=True)
        if scores[0][0] >= _FACING_GIVEN and (len(scores) == 1 or scores[1][0] < scores[0][0]):
            pairs.append((a, scores[0][1]))
    return pairs


def _before_all(named: list[Found], bare: list[Found]) -> list[Found]:
    """Bare surnames before every mention of the one person named, of a gender that
    person never shows (*Ms Murty is the daughter of … Narayana Murthy*): another
    person, whose given name the text did not give where it could be read."""
    first = min(_place(i) for i in named)
    shown = {i[3].gender for i in named if i[3].gender}
    return [
        i
        for i in bare
        if i[3].gender in ("f", "m") and i[3].gender not in shown and _place(i) < first
    ]


def _place(item: Found) -> tuple[int, int]:
    """Where a mention stands: its bead (or -1 in a lone text), then its offset."""
    return (-1 if item[0] is None else item[0], item[3].start)


def _latest_before(places: list[list[tuple[int, int]]], fits: Iterable[int], at) -> int | None:
    """Of the people a bare surname may be, the one named last before it (Otari Arshba
    spoke; then Arshba was silent: Otari, though Nicole Arshba is named as often); with
    none named before it, the one named most often, and None when that is a tie."""
    fits = list(fits)
    best, best_at = None, None
    for k in fits:
        before = [p for p in places[k] if p < at]
        if before and (best_at is None or max(before) > best_at):
            best, best_at = k, max(before)
    if best is not None or len(fits) == 1:
        return fits[0] if best is None else best
    sizes = sorted((len(places[k]) for k in fits), reverse=True)
    return fits[0] if sizes[0] > sizes[1] else None
