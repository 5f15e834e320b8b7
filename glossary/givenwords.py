"""The given part of a name as grouping reads it: which words tell two people of one
surname apart, and which shorter forms name the same person.

A given name tells people apart (Donald and Melania Trump); a surname before the
surname does not (*García Márquez* after *Gabriel García Márquez*), nor does a
name written with fewer given names (*Lula da Silva* after *Luiz Inácio Lula da
Silva*) or one word of it alone (*Lula*), as long as that word is no widely given
name that another person may bear (*Peter* beside *Hans Peter*, *Gabriel* alone).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from glossary import palladius
from glossary.detect import Mention
from glossary.eastasian import LATIN_KEY
from glossary.givenform import SPREAD_ALONE
from glossary.key import key
from glossary.lexicon import english_person_nouns, is_common_word, is_lower_word
from glossary.namelists import given_gender, given_spread, is_family_name
from glossary.places import reads_as_place
from glossary.wordclass import _PARTICLES

#: Marks the key of a Chinese or Korean given name: the whole name, matched exactly.
WHOLE = "="
#: Marks a given name as spelt, beside its key: one spelling in two languages
#: (*Franziska*, which German and Czech rules key apart).
SPELT = "~"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: A woman's surname form no given name has: the first of a double surname
#: (Markéta Pekarová Adamová, then Pekarová Adamová alone: one woman).
_SURNAME_FORM = re.compile(r"ová$")


def surname_word(word: str, lang: str) -> bool:
    """A word before a surname that is a surname itself and no given name: the first of
    a double surname (*Pekarová Adamová*; *García Márquez*, *López Obrador* alone after
    *Gabriel García Márquez*: one man), which tells no people apart."""
    if _SURNAME_FORM.search(word):
        return True
    return is_family_name(word) and given_gender(word, lang) is None


def given_words(m: Mention, lang: str) -> list[str]:
    """The words of a name's given part that may tell people apart: no particle (Le of
    Le Pen) and no surname (:func:`surname_word`)."""
    words = [w for w in _WORD.findall(m.given) if not surname_word(w, lang)]
    return [w for w in words if w.lower() not in _PARTICLES]


def given_key(m: Mention, lang: str) -> str | None:
    """The key that tells people of one surname apart: the first given name's; for a
    Chinese or Korean name (family name first, not read alone) the whole given name's
    with its hyphen or space dropped (Jong Un and Jong-un are one name, Jong Nam
    another: two brothers)."""
    if m.family_first and not m.alone:
        joined = "".join(_WORD.findall(m.given.replace("-", " "))).capitalize()
        latin = palladius.pinyin(joined, lang) or joined  # Цзиньпин: Jinping
        return WHOLE + key(latin, LATIN_KEY) if len(joined) > 1 else None
    words = given_words(m, lang)
    if not words or len(words[0]) < 2 or words[0].endswith("."):
        return None
    k = key(words[0], lang)
    return k if len(k) >= 2 and len(words[0]) > 1 else None


def given_initials(m: Mention, lang: str) -> str:
    """The initials after the first given name, as one word (*George H. W. Bush*: HW;
    *John F. Kennedy*: F), "" if none: a father and a son may share the first given
    name and differ only in them."""
    return "".join(w for w in given_words(m, lang)[1:] if len(w) == 1 and w.isupper())


def given_spelling(m: Mention, lang: str) -> str | None:
    """The first given name as written, lower case and marked: a name both sides of a
    bead spell alike is one given name whatever each language's rules make of its
    sound (German *Franziska* beside Czech *Franziskou*: *franciska*, *fransiska*)."""
    if m.family_first:
        return None
    words = given_words(m, lang)
    if not words or len(words[0]) < 2 or words[0].endswith("."):
        return None
    return SPELT + words[0].lower()


def shorter_forms(mentions: Iterable[tuple[str, Mention]]) -> Iterable[tuple[str, str]]:
    """Pairs of given keys of one person: a name written with fewer given names that end
    the longer one's, the first of them no widely given name."""
    written = {
        tuple(key(w, lang) for w in words): words[0]
        for lang, m in mentions
        if (words := given_words(m, lang))
    }
    for short, first in written.items():
        if given_spread(first) >= SPREAD_ALONE:
            continue
        for long in written:
            if len(long) > len(short) and long[-len(short) :] == short:
                yield short[0], long[0]


def name_word_keys(m: Mention, lang: str, strict: bool = False) -> list[str]:
    """Keys of the words between a full person's name's first given name and its
    surname that may stand for the person alone (*Inácio*, *Lula*; the given name alone
    may be another person's: two Andrzejs): no particle, no widely given name, none of
    a Chinese or Korean given name (*Jinping* stands with *Xi*). ``strict``: only in a
    name whose surname the family list has, and no word a list reads as a place, a
    common word or a noun of a person (*Muhammed Sheikh Khalil*)."""
    if not m.full or m.kind != "person" or m.family_first:
        return []
    words = _WORD.findall(m.given)[1:]
    if strict:
        surname = _WORD.findall(m.lemma)[-1:]
        if not surname or not is_family_name(surname[0]):
            return []
        words = [w for w in words if not _word_or_place(w, lang)]
    return [
        key(word, lang)
        for word in words
        if word.lower() not in _PARTICLES and given_spread(word) < SPREAD_ALONE
    ]


def unlisted_given_keys(m: Mention, lang: str) -> list[str]:
    """The key of a full person's first given name when no list has it and it is no
    word (*Serhou* of *Serhou Guirassy*): where the other side of a project writes the
    name, this side's *Serhou Guirassy headed in* is read whole, not as *Guirassy*."""
    words = _WORD.findall(m.given)[:1] if m.full and m.kind == "person" else []
    return [
        key(word, lang)
        for word in words
        if given_spread(word) == 0
        and given_gender(word) is None
        and not _word_or_place(word, lang)
        and len(word) >= 3
    ]


def _word_or_place(word: str, lang: str) -> bool:
    return (
        word.lower() in english_person_nouns()
        or reads_as_place(word, lang)
        or is_common_word(word, lang)
        or is_lower_word(word, lang)
        or is_lower_word(word, "en")
    )


def inner_words(mentions: Iterable[tuple[str, Mention]]) -> Iterable[tuple[str, str]]:
    """(a lone word's key, a full name's key): the word alone is one of the words after
    the full name's given name (*Lula*, *García*; :func:`name_word_keys`), in one
    person's name only, and no text's surname of its own."""
    mentions = list(mentions)
    surnames = {m.key for _lang, m in mentions if m.full}
    inner: dict[str, set[str]] = defaultdict(set)
    for lang, m in mentions:
        for k in name_word_keys(m, lang):
            inner[k].add(m.key)
    for _lang, m in mentions:
        if m.full or m.kind != "person" or m.key in surnames:
            continue
        if len(people := inner.get(m.key, set())) == 1:
            yield m.key, next(iter(people))
