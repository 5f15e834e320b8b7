"""Build glossary entries from an aligned text pair.

Plain data in, plain data out: beads are ``(position, src_texts, tgt_texts)``
tuples or objects with those attributes (the project's bead rows), and
existing entries come as the project's records, so user decisions survive a
rebuild (status, chosen canonical form, notes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from glossary.detect import Mention, find_names, name_like, surname_shaped
from glossary.entries import Entry, Variant
from glossary.inflect import lemmas
from glossary.key import key
from glossary.match import similarity

#: Keys at least this similar belong to one person.
MERGE = 0.93
#: In the same bead on opposite sides, looser similarity suffices.
MERGE_IN_BEAD = 0.85

BeadLike = tuple[int, Sequence[str], Sequence[str]] | Any


def bead_fields(bead: BeadLike) -> tuple[int, list[str], list[str]]:
    """(position, src_texts, tgt_texts) of a tuple or a project bead row."""
    if isinstance(bead, tuple):
        pos, src, tgt = bead
    else:
        pos, src, tgt = bead.position, bead.src_texts, bead.tgt_texts
    return int(pos), list(src), list(tgt)


def _side_text(texts: list[str]) -> str:
    return "\n".join(texts)


#: Passes :func:`side_mentions` makes over the beads; ``advance`` is called once per bead per pass.
PASSES = 3


def _counted(items: list, advance: Callable[[int], None] | None) -> Iterator:
    """``items``, reporting each one to ``advance`` (a progress bar) when given."""
    for item in items:
        yield item
        if advance is not None:
            advance(1)


def side_mentions(
    beads: list[tuple[int, list[str], list[str]]],
    src_lang: str,
    tgt_lang: str,
    known: set[str] | None = None,
    advance: Callable[[int], None] | None = None,
) -> list[tuple[int, str, Mention]]:
    """Every name mention in both texts as (bead position, side, mention).

    Two passes: full names first, on both sides, then every word whose key
    those full names (or ``known`` entries) make a surname. On a long text
    this is slow enough to want a progress bar: ``advance(1)`` is called per
    bead in each of the :data:`PASSES` passes.
    """
    keys = set(known or ())
    for _pos, src, tgt in _counted(beads, advance):
        for texts, lang in ((src, src_lang), (tgt, tgt_lang)):
            keys.update(m.key for m in find_names(_side_text(texts), lang) if m.full)
    keys |= _paired_keys(_counted(beads, advance), src_lang, tgt_lang)
    out = []
    for pos, src, tgt in _counted(beads, advance):
        for side, texts, lang in (("src", src, src_lang), ("tgt", tgt, tgt_lang)):
            for m in find_names(_side_text(texts), lang, keys):
                out.append((pos, side, m))
    return out


_CAP = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_'’-]+")


def _paired_keys(beads, src_lang: str, tgt_lang: str) -> set[str]:
    """Surname-shaped words whose key appears on both sides of one bead, spelt
    differently: a transliterated name (Kolesnikowa / Kalesnikava)."""
    out: set[str] = set()
    for _pos, src, tgt in beads:
        a = [(w, _lemma_keys(w, src_lang)) for w in _cap_words(src, src_lang)]
        b = [(w, _lemma_keys(w, tgt_lang)) for w in _cap_words(tgt, tgt_lang)]
        for word_a, keys_a in a:
            same = {x.lower() for x in lemmas(word_a, src_lang)}
            for word_b, keys_b in b:
                if same & {y.lower() for y in lemmas(word_b, tgt_lang)}:
                    continue  # spelt alike on both sides: a place (Berlin) as often as a name
                score, ka, kb = max((similarity(x, y), x, y) for x in keys_a for y in keys_b)
                if len(ka) >= 5 and score >= MERGE:
                    out |= {ka, kb}
    return out


def _lemma_keys(word: str, lang: str) -> list[str]:
    return [key(lemma, lang) for lemma in lemmas(word, lang)]


def _cap_words(texts: list[str], lang: str) -> list[str]:
    words = []
    for text in texts:
        for m in _CAP.finditer(text):
            w = m.group()
            if w[:1].isupper() and not w.isupper() and name_like(w) and surname_shaped(w, lang):
                words.append(w)
    return words


def _full_citation(m: Mention) -> str | None:
    if not m.full:
        return None
    return m.surface[: len(m.surface) - len(m.surname)] + m.lemma


def build_entries(
    beads: Iterable[BeadLike],
    src_lang: str,
    tgt_lang: str,
    records: Iterable[dict] = (),
    advance: Callable[[int], None] | None = None,
) -> list[Entry]:
    """Find the names on both sides and group them into entries.

    Existing records keep their id, status and any canonical form the user
    chose; their old variants are replaced by what the texts say now.
    ``advance`` reports progress as :func:`side_mentions` does.
    """
    rows = [bead_fields(b) for b in beads]
    old = [Entry.from_dict(r) for r in records]
    known = {k for e in old for k in e.keys}
    found = side_mentions(rows, src_lang, tgt_lang, known, advance)

    # Cluster keys: similar keys, or keys that face each other in one bead.
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    all_keys = sorted({m.key for _, _, m in found} | known)
    for k in all_keys:
        root(k)
    for i, a in enumerate(all_keys):
        for b in all_keys[i + 1 :]:
            if similarity(a, b) >= MERGE:
                union(a, b)
    by_bead: dict[int, dict[str, set[str]]] = {}
    for pos, side, m in found:
        by_bead.setdefault(pos, {"src": set(), "tgt": set()})[side].add(m.key)
    for sides in by_bead.values():
        for a in sides["src"]:
            for b in sides["tgt"]:
                if similarity(a, b) >= MERGE_IN_BEAD:
                    union(a, b)
    for e in old:
        for k in e.keys[1:]:
            union(e.keys[0], k)
    # One spelling read by two languages' rules (Schulz in German and Hungarian).
    by_spelling: dict[str, str] = {}
    for _pos, _side, m in found:
        first = by_spelling.setdefault(m.lemma.lower(), m.key)
        union(first, m.key)

    groups: dict[str, Entry] = {}
    for e in old:
        if e.keys:
            e.variants = []
            groups.setdefault(root(e.keys[0]), e)
    for pos, side, m in found:
        r = root(m.key)
        entry = groups.get(r)
        if entry is None:
            entry = groups[r] = Entry(id=f"name-{r}", canonical="")
        lang = src_lang if side == "src" else tgt_lang
        entry.variants.append(Variant(m.surname, lang, m.lemma, pos, side, _full_citation(m)))
        if m.key not in entry.keys:
            entry.keys.append(m.key)
    out = []
    for entry in groups.values():
        if not entry.variants and entry.status == "candidate":
            continue
        entry.choose_preferred()
        if not entry.canonical_set:
            entry.canonical = (
                entry.preferred.get(tgt_lang)
                or entry.preferred.get(src_lang)
                or entry.canonical
                or entry.keys[0]
            )
        out.append(entry)
    _unique_ids(out)
    return out


def _unique_ids(entries: list[Entry]) -> None:
    seen: set[str] = set()
    for e in entries:
        base, n = e.id, 2
        while e.id in seen:
            e.id = f"{base}-{n}"
            n += 1
        seen.add(e.id)


def records(entries: Iterable[Entry]) -> list[dict]:
    """Entries as the project stores them."""
    return [e.to_dict() for e in entries]


def merge_entries(current: Iterable[Entry], incoming: Iterable[Entry]) -> list[Entry]:
    """Add imported entries: one with a key close to an existing entry's joins it
    (its forms become variants, its preferred forms fill languages the entry lacks),
    the others are appended. Term-base entries (type "term") skip name matching."""
    out = list(current)
    at = {e.id: n for n, e in enumerate(out)}
    old = len(out)
    for new in incoming:
        if new.type == "term":
            _merge_term(out, at, new, old)
            continue
        target = next(
            (e for e in out for a in e.keys for b in new.keys if similarity(a, b) >= MERGE), None
        )
        if target is None:
            _append(out, at, new)
            continue
        for lang, form in new.preferred.items():
            target.preferred.setdefault(lang, form)
        target.variants += new.variants
        target.keys += [k for k in new.keys if k not in target.keys]
        if new.status == "approved":
            target.status = "approved"
        if new.canonical_set and not target.canonical_set:  # a form chosen by hand wins
            target.canonical, target.canonical_set = new.canonical, True
    return out


def _append(out: list[Entry], at: dict[str, int], new: Entry) -> None:
    while new.id in at:
        new.id += "+"
    at[new.id] = len(out)
    out.append(new)


def _merge_term(out: list[Entry], at: dict[str, int], new: Entry, old: int) -> None:
    """A term entry replaces the stored term entry of the same id that shares a term
    with it (the same concept, imported again); otherwise it is added under a free id."""
    n = at.get(new.id)
    if n is not None and n < old and out[n].type == "term":
        if {(v.lang, v.form) for v in out[n].variants} & {(v.lang, v.form) for v in new.variants}:
            out[n] = new
            return
    _append(out, at, new)
