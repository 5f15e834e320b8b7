"""Build glossary entries from an aligned text pair, or from one text.

Plain data in, plain data out: beads are ``(position, src_texts, tgt_texts)``
tuples or objects with those attributes (the project's bead rows), and
existing entries come as the project's records, so user decisions survive a
rebuild (status, chosen canonical form, notes, names added by hand).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from glossary.articled import document_particles
from glossary.carried import find_after
from glossary.detect import Mention, find_names
from glossary.eastasian import family_alone_keys
from glossary.eastcases import confirmed_stems, genitive_stem
from glossary.entries import Entry
from glossary.germanwords import is_german_lower
from glossary.givenwords import unlisted_given_keys
from glossary.group import group_mentions
from glossary.inflect import lemmas
from glossary.keptlatin import kept_latin_keys
from glossary.key import key
from glossary.lexicon import is_cyrillic, is_lower_word
from glossary.match import across, similarity
from glossary.samename import record_keys
from glossary.shapes import _EAST_SLAVIC, surname_shaped
from glossary.technical import unnamed_lower_word
from glossary.text import chunks, hyphen_joined, one_space_wraps, surname_alone, text_mentions
from glossary.wordclass import name_like

#: Keys at least this similar belong to one person.
MERGE = 0.93

BeadLike = tuple[int, Sequence[str], Sequence[str]] | Any

#: Languages that capitalise only names (a capitalised word there, not at a sentence
#: start, is a proper noun): the other side's evidence for a German noun-or-name.
_CAPITALISE_NAMES_ONLY = frozenset("en fr hu pl cs sk ru uk be".split())


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
    paired = _paired_keys(_counted(beads, advance), src_lang, tgt_lang, keys - articled) - articled
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


_DEMONYM = re.compile(r"(?:ians?|eans?|ese|ish|ans|ic|ics)$")
_CAP = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_'’-]+")
_START = re.compile(r"(?:^|[.!?:;„“”\"«»()\[\]\n]|\*\*|[-–—]\s)\s*\**$")


#: A definite article right before a word, in the languages whose prose gives a person
#: none: a word there names a thing (*the Kremlin*, *den Kreml*, *le Kremlin*).
_ARTICLE = {
    "de": re.compile(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)) $"),
    "en": re.compile(r"(?<![\w-])[Tt]he $"),
    "fr": re.compile(r"(?:(?<![\w-])[Ll](?:e|a|es) |(?<![\w-])[Ll]['’])$"),
}


def _paired_keys(beads, src_lang: str, tgt_lang: str, known: set[str]) -> set[str]:
    """Keys that the two sides of one bead confirm for each other.

    A word spelt differently on the two sides with one key is a transliterated
    name (Kolesnikowa / Kalesnikava, Лукашенко / Lukaschenko); a word spelt
    alike counts when the side that capitalises names only writes it
    capitalised inside a sentence (Osborne beside Osborne) and neither side
    reads it as a common word, or when ``known`` holds its key in either
    language: a person one side found by its own evidence (Voltaire beside
    Voltaire at a sentence's start). A word confirms only its closest
    counterpart, and only if it is that one's closest too: beside *Linus* and
    *Linux*, *Линусом* is Linus's form, not Linux's.
    """
    out: set[str] = set()
    for _pos, src, tgt in beads:
        a = _cap_words(src, src_lang)
        b = _cap_words(tgt, tgt_lang)
        pairs = []  # (score, index in a, index in b, keys it confirms)
        for i, (word_a, initial_a) in enumerate(a):
            keys_a = _lemma_keys(word_a, src_lang)
            same = {x.lower() for x in lemmas(word_a, src_lang)}
            for j, (word_b, initial_b) in enumerate(b):
                keys_b = _lemma_keys(word_b, tgt_lang)
                shared = same & {y.lower() for y in lemmas(word_b, tgt_lang)}
                alike = bool(shared)
                if alike:  # Kovács beside Kovács: the spelling both share, not a stem
                    word = max(shared, key=len)  # that a key happens to match (Kovác)
                    spelt = key(word, src_lang), key(word, tgt_lang)
                    if known.intersection(spelt):  # a person on one side by evidence is
                        out.update(spelt)  # one on the other however each reads it
                        continue  # (Voltaire et Diderot; Blücher: bluher, bluser)
                read_a = keys_a
                if _scripts_differ(word_a, word_b):  # Binoche beside Бинош: a French name
                    read_a, keys_b = _quoted(word_a, keys_a), _quoted(word_b, keys_b)
                score, ka, kb = max((across(x, y), x, y) for x in read_a for y in keys_b)
                if alike:
                    ka, kb = spelt
                confirms: tuple[str, ...] = ()
                if len(ka) >= 4 and score >= MERGE:
                    shaped = surname_shaped(word_a, src_lang) or surname_shaped(word_b, tgt_lang)
                    if not alike and (shaped or _scripts_differ(word_a, word_b)):
                        if not _cognate(word_a, initial_a, src_lang, word_b, initial_b, tgt_lang):
                            confirms = (ka, kb)
                    elif _confirmed(word_a, initial_a, src_lang, word_b, initial_b, tgt_lang):
                        confirms = (ka, kb)
                pairs.append((score, i, j, confirms))
        best_a: dict[int, float] = {}
        best_b: dict[int, float] = {}
        for score, i, j, _keys in pairs:
            best_a[i] = max(best_a.get(i, 0.0), score)
            best_b[j] = max(best_b.get(j, 0.0), score)
        for score, i, j, confirms in pairs:
            if confirms and score >= best_a[i] and score >= best_b[j]:
                out.update(confirms)
    return out - {k for k in out if len(k) < 4}


#: Languages whose spelling a Latin name in any text may keep: beside a Cyrillic
#: transcription, which follows the sound, the word is read by their rules too.
_QUOTED = ("en", "fr")


def _quoted(word: str, keys: list[str]) -> list[str]:
    """``keys`` of a Latin word with its readings as an English or French name added
    (Binoche beside Бинош, which a German reading of *ch* misses); a Cyrillic word's
    keys as they are."""
    if is_cyrillic(word):
        return keys
    return keys + [k for lang in _QUOTED if (k := key(word, lang)) not in keys]


def _cognate(a: str, ia: bool, la: str, b: str, ib: bool, lb: str) -> bool:
    """A common word of one side beside a sentence's first word on the other that is a
    word of its own language too: a cognate noun or title (Ökonom / Экономист, Prof. /
    Проф.), not a name spelt twice (*Neuer hielt* beside *Нойер отразил*: no Russian
    word). Inside a sentence too where the East Slavic word is one no list has as a name
    (*Pipette* beside *становится Пипеткой*: a tool's label)."""
    if not (_a_word(a, la) and _a_word(b, lb)):
        return False
    return ia or ib or unnamed_lower_word(a, la) or unnamed_lower_word(b, lb)


def _a_word(word: str, lang: str) -> bool:
    """A word of ``lang``: common, or one it writes in lower case (Экономист; German's
    adjectives capitalised at a line's start, *Elliptische Auswahl*)."""
    if _common(word, lang) or is_lower_word(word, lang):
        return True
    return lang == "de" and is_german_lower(word)


def _common(word: str, lang: str) -> bool:
    """A function word, title, role or common word of ``lang``: no name by itself."""
    from glossary.wordclass import _stop, _weak

    return _stop(word, lang) or _weak(word, lang)


def _scripts_differ(a: str, b: str) -> bool:
    return is_cyrillic(a) != is_cyrillic(b)


def _confirmed(a: str, ia: bool, la: str, b: str, ib: bool, lb: str) -> bool:
    """One side writes the word capitalised inside a sentence although its language
    capitalises names only, and the other side does not read it as a common word. A
    Latin word in Russian, Ukrainian or Belarusian text is no such evidence: those
    languages write a person's name in their own letters, and a word they leave in Latin
    ones (a program's, a format's) keeps the case of where it comes from."""
    from glossary.wordclass import _stop

    for word, initial, lang, other, olang in ((b, ib, lb, a, la), (a, ia, la, b, lb)):
        if lang == "en" and _DEMONYM.search(word):
            continue  # English capitalises Belarusians, Germans: not names
        if is_cyrillic(word) != (lang in _EAST_SLAVIC):
            continue  # Latin-1 beside (Latin-7): a word copied into Russian keeps its case
        if lang in _CAPITALISE_NAMES_ONLY and not initial and not _stop(word, lang):
            if not _common(other, olang):
                return True
    return False


#: Quotation marks of the languages read here, opening or closing.
_QUOTES = "«»„“”‚‘’\"'"


def _wrapped(text: str, start: int, end: int) -> bool:
    """A word quoted on its own: news quotes a firm, a paper, a party or a work so
    (*госкорпорация «Ростех»*, *die Zeitung „Wedomosti“*), a person almost never."""
    return 0 < start and text[start - 1] in _QUOTES and text[end : end + 1] in _QUOTES


def _lemma_keys(word: str, lang: str) -> list[str]:
    return [key(lemma, lang) for lemma in lemmas(word, lang)]


def _cap_words(texts: list[str], lang: str) -> list[tuple[str, bool]]:
    """Capitalised words of a side, each with whether it starts a sentence.

    A word too long for a given name still counts when it ends like a surname:
    the other side is what confirms the long ones (Tichanowskaja, 13 letters,
    beside Polish Cichanouska, which nothing else marks as a name).
    """
    words = []
    article = _ARTICLE.get(lang)  # searched in the few characters before a word only: an
    # article is four at most, and a search from the side's start would read it all again
    for text in texts:
        for m in _CAP.finditer(text):
            w = m.group()
            if w[:1].isupper() and not w.isupper() and (name_like(w) or surname_shaped(w, lang)):
                if article is not None and article.search(text, max(0, m.start() - 8), m.start()):
                    continue  # the Kremlin, den Kreml: a thing the article names, no person
                if _wrapped(text, m.start(), m.end()):
                    continue  # «Ростех», „Wedomosti“: a firm's, a paper's or a work's name
                initial = bool(_START.search(text[max(0, m.start() - 6) : m.start()]))
                words.append((w, initial or m.start() == 0))
    return words


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
