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
  of its gender (:mod:`glossary.people`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from glossary.entries import Entry, Variant
from glossary.givenwords import (
    WHOLE,
    given_key,
    given_spelling,
    inner_words,
)
from glossary.key import key
from glossary.kinds import beside_person, name_type
from glossary.match import few_edits
from glossary.original import derived_cyrillic
from glossary.people import Found, KeyUnion, people
from glossary.places import fix_place_forms
from glossary.samename import facing, record_keys, similar_pairs
from glossary.sentence import sentence_of
from glossary.wordclass import particles_before

#: Keys at least this similar belong to one name.
MERGE = 0.93
_CYRILLIC_LANGS = ("ru", "uk", "be")


def group_mentions(
    found: list[Found], old: list[Entry], lang_order: tuple[str, ...]
) -> list[Entry]:
    """Entries for the mentions in ``found``; ``old`` entries keep their ids and choices."""
    u = KeyUnion()
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
        persons = people(clusters.get(root, []))
        olds = old_by_root.get(root, [])
        for n, items in enumerate(persons):
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
