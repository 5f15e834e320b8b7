"""Build glossary entries from an aligned text pair, or from one text.

Plain data in, plain data out: beads are ``(position, src_texts, tgt_texts)``
tuples or objects with those attributes (the project's bead rows), and
existing entries come as the project's records, so user decisions survive a
rebuild (status, chosen canonical form, notes, names added by hand).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from glossary.articled import document_particles
from glossary.carried import find_after
from glossary.detect import Mention, find_names
from glossary.eastasian import family_alone_keys
from glossary.eastcases import confirmed_stems, genitive_stem
from glossary.entries import Entry
from glossary.givenwords import unlisted_given_keys
from glossary.group import MERGE, group_mentions
from glossary.keptlatin import kept_latin_keys
from glossary.key import key
from glossary.match import similarity
from glossary.paired import paired_keys
from glossary.samename import record_keys
from glossary.shapes import _EAST_SLAVIC
from glossary.text import chunks, hyphen_joined, one_space_wraps, surname_alone, text_mentions

BeadLike = tuple[int, Sequence[str], Sequence[str]] | Any


def bead_fields(bead: BeadLike) -> tuple[int, list[str], list[str]]:
    """(position, src_texts, tgt_texts) of a tuple or a project bead row."""
    if isinstance(bead, tuple):
        pos, src, tgt = bead
    else:
        pos, src, tgt = bead.position, bead.src_texts, bead.tgt_texts
    return int(pos), list(src), list(tgt)


def _side_text(texts: list[str]) -> str:
    """A bead side's sentences, one per line; a line break inside a sentence only wrapped
    it (Boris⏎Pistorius, Bdale⏎····Garbee), so it is one space with the indentation after
    it; the entries' contexts are cut from this text too."""
    return "\n".join(one_space_wraps(t) for t in texts)


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

    Three passes: names found on evidence, on both sides; then the words the
    other side of the same bead confirms (a capitalised German word whose
    key a capitalised word of the translation shares); then every word whose
    key the first two passes (or ``known`` entries) make a surname. On a long
    text this is slow enough to want a progress bar: ``advance(1)`` is called
    per bead in each of the :data:`PASSES` passes.
    """
    keys = set(known or ())
    articled: set[str] = set()  # filled by the first pass, read by all three
    texts: dict[str, list[str]] = {src_lang: [], tgt_lang: []}
    for _pos, _side, lang, text, _before in _sides(beads, src_lang, tgt_lang):
        texts[lang].append(text)
    # von der Leyen alone in one bead, Ursula von der Leyen in another
    particles = {lang: document_particles(sides, lang) for lang, sides in texts.items()}

    def found(lang: str, text: str, before: str) -> list[Mention]:
        return find_after(
            lambda t: find_names(t, lang, keys, articled, particles[lang]), text, before
        )

    surnames: set[str] = set()  # of full names: Murdock of Ian Murdock
    named: set[str] = set()  # of them, those with a given name
    for _pos, _side, lang, text, before in _sides(_counted(beads, advance), src_lang, tgt_lang):
        for m in found(lang, text, before):
            keys |= family_alone_keys(m, lang)  # Xi Jinping … sagte Xi
            if m.kind == "person" and m.given:
                surnames.add(m.key)
                if m.full:
                    named.add(m.key)
            if m.kind == "person" and m.alone:
                keys.add(m.key)
                keys.update(unlisted_given_keys(m, lang))  # Serhou of Serhou Guirassy
                if (stem := genitive_stem(m, lang)) is not None:
                    keys.add(key(stem, lang))  # Гарри Кейна … Кейн забил
    articled |= _kept_latin(beads, src_lang, tgt_lang, surnames)  # Debian beside Debian
    paired = paired_keys(_counted(beads, advance), src_lang, tgt_lang, keys - articled) - articled
    keys |= paired
    sides = _sides(_counted(beads, advance), src_lang, tgt_lang)
    out = [
        (pos, side, m)
        for pos, side, lang, text, before in sides
        for m in found(lang, text, before)
        if m.kind or m.key in paired or _reads_alone(m, text, lang, named)
    ]
    for side, lang in (("src", src_lang), ("tgt", tgt_lang)):
        at = [n for n, (_pos, s, _m) in enumerate(out) if s == side]
        read = confirmed_stems([out[n][2] for n in at], lang)  # Кейна: Кейн, where confirmed
        for n, m in zip(at, read, strict=True):
            out[n] = (out[n][0], side, m)
    return out


def _reads_alone(m: Mention, text: str, lang: str, named: set[str]) -> bool:
    """A surname that another mention made known counts here as it would in one text
    (:func:`glossary.text.surname_alone`: not a German noun nor a common word unless the
    person was named in full, *SUN*), but the entry keeps the compounds named after its
    person (*Lukaschenko-System*): a translator looks for those too."""
    return hyphen_joined(m, text) or surname_alone(m, text, lang, named)


def _kept_latin(beads: list, src_lang: str, tgt_lang: str, surnames: set[str]) -> set[str]:
    """:func:`glossary.keptlatin.kept_latin_keys` of a Russian, Ukrainian or Belarusian
    side beside a Latin-script one."""
    if src_lang in _EAST_SLAVIC:
        pairs = ((_side_text(s), _side_text(t)) for _p, s, t in beads)
        return kept_latin_keys(pairs, src_lang, tgt_lang, surnames)
    pairs = ((_side_text(t), _side_text(s)) for _p, s, t in beads)
    return kept_latin_keys(pairs, tgt_lang, src_lang, surnames)


def _sides(
    beads: Iterable, src_lang: str, tgt_lang: str
) -> Iterator[tuple[int, str, str, str, str]]:
    """(position, side, language, text, the side's text in the bead before) of each side
    of each bead: initials ending one bead may begin a name in the next."""
    before = {"src": "", "tgt": ""}
    for pos, src, tgt in beads:
        for side, texts, lang in (("src", src, src_lang), ("tgt", tgt, tgt_lang)):
            text = _side_text(texts)
            yield pos, side, lang, text, before[side]
            before[side] = text


def build_entries(
    beads: Iterable[BeadLike],
    src_lang: str,
    tgt_lang: str,
    records: Iterable[dict] = (),
    advance: Callable[[int], None] | None = None,
) -> list[Entry]:
    """Find the names on both sides and group them into entries.

    Existing records keep their id, status and any canonical form the user
    chose; their old variants are replaced by what the texts say now. Records
    added by hand keep their own forms and pair with the other side through
    their keys. ``advance`` reports progress as :func:`side_mentions` does.
    """
    rows = [bead_fields(b) for b in beads]
    old, terms = _names_and_terms(records)
    known = {k for e in old for k in record_keys(e)}
    found = side_mentions(rows, src_lang, tgt_lang, known, advance)
    texts = {(pos, "src"): _side_text(src) for pos, src, _ in rows}
    texts.update({(pos, "tgt"): _side_text(tgt) for pos, _, tgt in rows})
    mentions = [
        (pos, side, src_lang if side == "src" else tgt_lang, m, texts[(pos, side)])
        for pos, side, m in found
    ]
    return group_mentions(mentions, old, (tgt_lang, src_lang)) + terms


def text_entries(
    text: str,
    lang: str,
    records: Iterable[dict] = (),
    advance: Callable[[int], None] | None = None,
) -> list[Entry]:
    """A monolingual glossary: the names of one text grouped into entries.

    Variants carry no bead (``None``); each entry keeps a sentence where the
    name was seen. ``advance`` reports characters, as :func:`text_mentions` does.
    """
    old, terms = _names_and_terms(records)
    known = {k for e in old for k in record_keys(e)}
    found = text_mentions(text, lang, known, advance)
    mentions = [(None, None, lang, m, text) for m in found]
    return group_mentions(mentions, old, (lang,)) + terms


def _names_and_terms(records: Iterable[dict]) -> tuple[list[Entry], list[Entry]]:
    """Stored entries split into names (rebuilt from the text) and term-base
    entries, which name detection never touches and a rebuild keeps as they are."""
    names: list[Entry] = []
    terms: list[Entry] = []
    for record in records:
        entry = Entry.from_dict(record)
        (terms if entry.type == "term" else names).append(entry)
    return names, terms


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


__all__ = [
    "MERGE",
    "PASSES",
    "bead_fields",
    "build_entries",
    "chunks",
    "merge_entries",
    "records",
    "side_mentions",
    "text_entries",
]
