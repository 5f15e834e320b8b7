"""Group name mentions into entries: one entry per person.

Mentions whose keys match (similar keys, or keys facing each other in one
bead) are one name; a name is then split into people by what the text says
about them:

- a woman's and a man's form of a surname stay apart (Putina / Putin,
  Tichanowskaja / Tichanowski, Kolesnikowa / Kolesnikow, Kolesnikovová):
  where the language declines names, a form like Polish *Putina* has already
  been read as the genitive of *Putin* by :mod:`glossary.detect`, using the
  given name's gender;
- different given names on one surname are different people (Donald and
  Melania Trump); a bare surname joins the most frequent of them, or the one
  of its gender.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from glossary.detect import Mention
from glossary.entries import Entry, Variant
from glossary.gazetteer import is_place_name
from glossary.givenwords import (
    WHOLE,
    given_initials,
    given_key,
    given_spelling,
    inner_words,
    shorter_forms,
)
from glossary.key import key
from glossary.kinds import beside_person, name_type
from glossary.match import few_edits, similarity
from glossary.original import derived_cyrillic
from glossary.places import fix_place_forms
from glossary.samename import facing, feminine_pair, record_keys, similar_pairs
from glossary.sentence import sentence_of
from glossary.wordclass import particles_before

#: Keys at least this similar belong to one name.
MERGE = 0.93
#: Given names whose keys are this similar are one given name (Wladimir, Vlagyimir).
GIVEN_MERGE = 0.85
#: Where a side of a bead gives several given names of one surname, one of the other
#: side's goes with the most like of them if at least this like it.
_FACING_GIVEN = 0.5
_CYRILLIC_LANGS = ("ru", "uk", "be")

#: (bead position or None, side or None, language, mention, the text it was found in)
Found = tuple[int | None, str | None, str, Mention, str]


class _Union:
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


def group_mentions(
    found: list[Found], old: list[Entry], lang_order: tuple[str, ...]
) -> list[Entry]:
    """Entries for the mentions in ``found``; ``old`` entries keep their ids and choices."""
    u = _Union()
    for _pos, _side, _lang, m, _text in found:
        u.root(m.key)
        if m.gender in ("f", "m"):
            u.gender[u.root(m.key)].add(m.gender)
    for e in old:
        for k in record_keys(e):
            u.root(k)
            if e.gender:
                u.gender[u.root(k)].add(e.gender)
    for a, b in similar_pairs(sorted(u.parent), MERGE):
        if few_edits(a, b):
            u.union(a, b)
    by_bead: dict[int, dict[str, set[str]]] = {}
    readings: dict[str, set[str]] = defaultdict(set)
    givens: dict[str, set[str]] = defaultdict(set)
    for pos, side, lang, m, _text in found:
        if pos is not None and side is not None:
            by_bead.setdefault(pos, {"src": set(), "tgt": set()})[side].add(m.key)
            # the English reading, and the whole name with its particles (von der Leyen)
            whole = ("" if m.family_first else particles_before(m.given)) + m.lemma
            readings[m.key] |= {m.key, key(m.lemma, "en"), key(whole, lang)}
            if (gk := given_key(m, lang)) is not None:
                givens[m.key].add(gk)
            if (spelt := given_spelling(m, lang)) is not None:
                givens[m.key].add(spelt)
    for sides in by_bead.values():
        for a, b in facing(sides["src"], sides["tgt"], readings, givens):
            u.union(a, b)
    for e in old:
        keys = record_keys(e)
        for k in keys[1:]:
            u.union(keys[0], k)
    # A word of one person's full name alone (Lula, García).
    for a, b in inner_words((lang, m) for _pos, _side, lang, m, _text in found):
        u.union(a, b)
    # One spelling read by two languages' rules (Schulz in German and Hungarian).
    by_spelling: dict[str, str] = {}
    for _pos, _side, _lang, m, _text in found:
        first = by_spelling.setdefault(m.lemma.lower(), m.key)
        u.union(first, m.key)

    clusters: dict[str, list[Found]] = defaultdict(list)
    for item in found:
        clusters[u.root(item[3].key)].append(item)
    old_by_root: dict[str, list[Entry]] = defaultdict(list)
    for e in old:
        keys = record_keys(e)
        if keys:
            old_by_root[u.root(keys[0])].append(e)

    beside = beside_person([(m, text) for _pos, _side, _lang, m, text in found])
    out: list[Entry] = []
    used_old: set[int] = set()
    for root in sorted(set(clusters) | set(old_by_root)):
        people = _people(clusters.get(root, []))
        olds = old_by_root.get(root, [])
        for n, items in enumerate(people):
            entry = _matching_old(olds, items, used_old) if olds else None
            if entry is None:
                given = _given_label(items)
                entry = Entry(id=f"name-{given + '-' if given and n else ''}{root}", canonical="")
            else:
                entry.variants = []
            _fill(entry, items, lang_order, beside)
            out.append(entry)
        for e in olds:
            if id(e) not in used_old and (e.status != "candidate" or e.variants):
                e.keys = record_keys(e)
                if e.status != "candidate":
                    e.variants = [v for v in e.variants if v.bead is None or v.side is None]
                    out.append(e)
                    used_old.add(id(e))
    _unique_ids(out)
    return out


def _people(items: list[Found]) -> list[list[Found]]:
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
    return _persons(items)


def _persons(items: list[Found]) -> list[list[Found]]:
    """Split one name's mentions into people by their given names."""
    u = _Union(surnames=False)
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
        target = _latest_before(firsts, fits or range(len(ordered)), _place(item))
        if target is None:
            unsure.append(item)
        else:
            ordered[target].append(item)
    return ordered + [unsure] if unsure else ordered


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


def _given_label(items: list[Found]) -> str:
    for _pos, _side, lang, m, _text in items:
        gk = given_key(m, lang)
        if gk:
            return gk.removeprefix(WHOLE)
    return ""


def _matching_old(olds: list[Entry], items: list[Found], used: set[int]) -> Entry | None:
    """The old entry these mentions continue: one the user decided on first."""
    keys = {i[3].key for i in items}
    olds = sorted(olds, key=lambda e: e.status == "candidate")
    for e in olds:
        if id(e) not in used and set(record_keys(e)) & keys:
            used.add(id(e))
            return e
    for e in olds:
        if id(e) not in used:
            used.add(id(e))
            return e
    return None


def _fill(
    entry: Entry, items: list[Found], lang_order: tuple[str, ...], beside: set[int] = frozenset()
) -> None:
    genders: Counter[str] = Counter()
    agreed: Counter[str] = Counter()  # genders the verbs of the text show
    sentences: dict[int, str] = {}

    def context(i: int) -> str:
        """Item ``i``'s sentence, cut out once (in a whole text its wrapped lines are
        joined, a layout pass each)."""
        if i not in sentences:
            pos, _side, lang, m, text = items[i]
            sentences[i] = sentence_of(text, m, lang, whole=pos is None)
        return sentences[i]

    for i, (pos, side, lang, m, _text) in enumerate(items):
        pair = (m.lemma, m.given) if m.family_first else (m.given, m.lemma)
        full = " ".join(pair) if m.full and m.given else None
        particles = "" if m.family_first else particles_before(m.given)
        entry.variants.append(
            Variant(particles + m.surname, lang, particles + m.lemma, pos, side, full)
        )
        if m.key not in entry.keys:
            entry.keys.append(m.key)
        if m.gender:
            genders[m.gender] += 1
        if m.agreed:
            agreed[m.agreed] += 1
        if not entry.context or (m.full and not _has_full(entry, items, context)):
            entry.context = context(i)
    entry.keys = list(dict.fromkeys(entry.keys + record_keys(entry)))
    if entry.status == "candidate" and items:  # the user's entry keeps the type it was given
        entry.type = name_type([(lang, m) for _pos, _side, lang, m, _text in items], beside)
    if entry.gender is None:
        entry.gender = _majority(agreed) or _majority(genders, ties=True)
    if not entry.variants and not entry.preferred:
        return
    if entry.variants:
        entry.choose_preferred()
        fix_place_forms(entry)
    if not entry.canonical_set:
        east = any(i[3].family_first and not i[3].alone for i in items)  # Xi Jinping
        entry.canonical = _canonical(entry, lang_order, latin_first=east)


def _majority(counts: Counter[str], ties: bool = False) -> str | None:
    """The most frequent gender; on a tie the first counted when ``ties``, else none:
    verbs that disagree say nothing."""
    top = counts.most_common(2)
    if not top or len(top) == 2 and top[0][1] == top[1][1] and not ties:
        return None
    return top[0][0]


def _has_full(entry: Entry, items: list[Found], context: Callable[[int], str]) -> bool:
    return any(
        m.full and text and context(i) == entry.context
        for i, (_pos, _side, _lang, m, text) in enumerate(items)
    )


def _canonical(entry: Entry, lang_order: tuple[str, ...], latin_first: bool = False) -> str:
    """The original script where the text has it (Cyrillic for East Slavic names) or
    two Latin sides agree on it, else the preferred form in the first language of
    ``lang_order`` that has one. A Chinese or Korean name (``latin_first``) is cited
    in Latin letters where a side has them: Pinyin is its standard romanisation, the
    Cyrillic a spelling of it (Xi Jinping, not Си Цзиньпин)."""
    if latin_first:
        for lang in (*lang_order, *entry.preferred):
            if lang not in _CYRILLIC_LANGS and lang in entry.preferred:
                return entry.preferred[lang]
    for lang in _CYRILLIC_LANGS:
        if lang in entry.preferred:
            return entry.preferred[lang]
    derived = derived_cyrillic(entry)
    if derived:
        return derived
    for lang in lang_order:
        if lang in entry.preferred:
            form = entry.preferred[lang]
            return _fuller(form, entry.preferred.values()) if entry.type == "person" else form
    return next(iter(entry.preferred.values()), entry.canonical or (entry.keys or [""])[0])


def _fuller(form: str, others: Iterable[str]) -> str:
    """``form``, or a side's full name that ends in it as written when ``form`` is a
    surname alone (*Guirassy* beside German *Serhou Guirassy*): the person's whole
    name, no spelling of another language's mixed in."""
    if " " in form:
        return form
    return next((o for o in others if o.endswith(" " + form)), form)


def _unique_ids(entries: list[Entry]) -> None:
    seen: set[str] = set()
    for e in entries:
        base, n = e.id, 2
        while e.id in seen:
            e.id = f"{base}-{n}"
            n += 1
        seen.add(e.id)


def keys_of(entries: Iterable[Entry]) -> set[str]:
    return {k for e in entries for k in record_keys(e)}
