"""Which name keys are one name: similar keys anywhere, keys facing each other
in one bead, a record's keys under today's rules, and the one pair of keys
that must never join (a woman's and a man's form of one surname)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from glossary.entries import Entry
from glossary.key import key
from glossary.match import across, similarity

#: Keys facing each other in one bead join when at least this alike.
MERGE_IN_BEAD = 0.85
#: ... and when the two share a given name, this much (Carney, Карни: 0.82).
MERGE_WITH_GIVEN = 0.75
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def feminine_pair(a: str, b: str) -> bool:
    """Keys of a woman's and a man's form of one surname (putina/putin,
    tihanavska/tihanavski, kalesnikava/kalesnikav)."""
    if a == b:
        return False
    for x, y in ((a, b), (b, a)):
        if x.endswith("a") and len(x) >= 4:
            stem = x[:-1]
            if y == stem or y.rstrip("ij") == stem or y.rstrip("ij") == stem.rstrip("ij"):
                return True
    return False


#: Keys compared at once by :func:`similar_pairs` (rows of the score matrix).
_ROWS = 2048


def similar_pairs(keys: list[str], threshold: float) -> Iterable[tuple[str, str]]:
    """Pairs of ``keys`` at least ``threshold`` similar, found block by block.

    Keys are compared within blocks of one first letter (Jaro-Winkler gives a
    shared first letter its prefix bonus; keys that differ there rarely pass
    the threshold), in C through rapidfuzz, so a glossary of 100,000 entries
    takes seconds rather than hours.
    """
    from rapidfuzz.distance import JaroWinkler
    from rapidfuzz.process import cdist

    blocks: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        blocks[k[:1]].append(k)
    for block in blocks.values():
        if len(block) < 2:
            continue
        for start in range(0, len(block), _ROWS):
            rows = block[start : start + _ROWS]
            scores = cdist(
                rows, block, scorer=JaroWinkler.normalized_similarity, score_cutoff=threshold
            )
            for i, j in zip(*scores.nonzero(), strict=True):
                a, b = rows[i], block[j]
                if a < b and similarity(a, b) >= threshold:
                    yield a, b


def facing(
    src: set[str],
    tgt: set[str],
    readings: dict[str, set[str]] | None = None,
    givens: dict[str, set[str]] | None = None,
) -> list[tuple[str, str]]:
    """Keys of one bead's two sides that are each other's closest counterpart and at
    least :data:`MERGE_IN_BEAD` alike: a name spelt two ways (Kolesnikowa /
    Kalesnikava). A key whose own spelling faces it is taken (Brown beside Brown,
    Brawand beside Brawand): two people of one bead never join through it.
    ``readings`` gives a key's other readings: the English one of a name a German
    text copies in English spelling (Tsugba beside Цугба, Dzhemilev beside Джемилев).
    ``givens`` gives a key's given names' keys: one given name on both sides lowers the
    bar to :data:`MERGE_WITH_GIVEN` (Mark Carney beside Марк Карни)."""
    if not src or not tgt:
        return []
    readings, givens = readings or {}, givens or {}

    def score(a: str, b: str) -> float:
        return max(across(x, y) for x in readings.get(a, {a}) for y in readings.get(b, {b}))

    def bar(a: str, b: str) -> float:
        shared = givens.get(a, set()) & givens.get(b, set())
        return MERGE_WITH_GIVEN if shared else MERGE_IN_BEAD

    scores = {(a, b): score(a, b) for a in src for b in tgt}
    best_src = {a: max(tgt, key=lambda b: (scores[a, b], b)) for a in src}
    best_tgt = {b: max(src, key=lambda a: (scores[a, b], a)) for b in tgt}
    pairs = [(a, b) for a, b in best_src.items() if best_tgt[b] == a and scores[a, b] >= bar(a, b)]
    paired = {k for pair in pairs for k in pair}
    return pairs + [p for p in _one_given_each(src, tgt, givens) if not paired & set(p)]


def _one_given_each(
    src: set[str], tgt: set[str], givens: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """The one surname of each side that a given name goes with in a bead: one person,
    however the target language writes the surname by its sound (*Harry Kane* beside
    *Гарри Кейну*, *Olaf Lies* beside *Олаф Лис*)."""
    by_given: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for side, keys in enumerate((src, tgt)):
        for k in sorted(keys):
            for g in givens.get(k, ()):
                by_given[g][side].append(k)
    return [(a[0], b[0]) for a, b in by_given.values() if len(a) == len(b) == 1]


def record_keys(entry: Entry) -> list[str]:
    """The entry's stored keys and the keys of its forms under today's rules.

    A record may have no keys (a name added by hand in an older version), or
    keys made by older rules of :func:`glossary.key.key` (Cichanouska was
    ``cihanauska`` before Belarusian ў became v): its forms still meet the new
    mentions.
    """
    out: list[str] = list(entry.keys)
    forms = [(v.lemma or v.form, v.lang) for v in entry.variants]
    forms += [(form, lang) for lang, form in entry.preferred.items()]
    for form, lang in forms:
        words = _WORD.findall(form)
        if words:
            k = key(words[-1], lang)
            if len(k) >= 3 and k not in out:
                out.append(k)
    return out
