"""German shapes around a capitalised word that make it a thing's noun, however often
the word is a surname too: an amount before it (*500 Mark*, *zweihundert Mark*), a
number after it (*Zimmer 12*), a dictionary's headword with its article (*Ansprung,
der*), a thing's noun and *namens* before it (*eine Distribution namens Alioth*), a
compound's piece (*Multikern- oder …*, *Unix-artige*).
German capitalises every noun and many nouns are surnames (*Mark*, *Zimmer*), so the
words around the noun, not the noun, tell the two apart."""

from __future__ import annotations

import re

from glossary.germanwords import is_german_noun
from glossary.namelists import given_gender
from glossary.wordclass import _person_nouns

#: An amount right before a word, its last character a digit (500, 5.000, 2,5): the word
#: after it is a unit or a currency (*500 Mark*), not a person; an ordinal's full stop
#: (*3. Mark Forster*) does not end in a digit, nor is a score one (*1:0 Wirtz*).
_AMOUNT = re.compile(r"(?<![\w.,:/–-])\d(?:[\d.,]*\d)?[ \u00a0]$")
#: A year, which a name may follow in a list or a heading (2016 Trump, 1990 Kohl).
_YEAR = re.compile(r"1\d{3}|20\d{2}")
#: A German cardinal written out (*vier*, *zwölf*, *zweihundertfünfzig*,
#: *einundzwanzig*): the numerals' stems joined as German joins them, before a space.
_NUMERAL = (
    r"(?:ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf"
    r"|zwanzig|ßig|zig|hundert|tausend|und)"
)
_COUNT_WORD = re.compile(rf"(?<![\w-])({_NUMERAL}+)[ \u00a0]$", re.I)
#: Written numerals that are no count alone: the article *ein*, the conjunction *und*.
_NOT_COUNTS = frozenset(("ein", "und", "eins"))
#: A cardinal right after a word, not an ordinal or a date (*Zimmer 12*, not *am 3.*).
_NUMBER_AFTER = re.compile(r"[ \u00a0]\d+(?![\d.,:/]\w|\.)")
#: A noun and *namens* right before a word: the word names what the noun is.
_NAMED_AFTER = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*) namens $")
#: A dictionary's headword: the noun alone at its line's start, a comma, its article,
#: then the line's end (a headword's break stays one when wrapped lines are joined,
#: :func:`glossary.text.unwrapped`) or two spaces or more before the entry's text;
#: *Müller, der Bäcker* goes on after one space.
_HEADWORD_TAIL = re.compile(r", (?:der|die|das)(?:[ \t]*(?:\n|$)|[ \t]{2,}(?=\S))")
#: The hyphen that leaves a compound's first part standing before a comma, *und*,
#: *oder*, *bzw.*, *bis*, *sowie* or *wie* (*Ein- und Ausgabe*).
_SUSPENDED = re.compile(r"-(?:,| (?:und|oder|bzw\.|bis|sowie|wie) )")


def after_amount(text: str, start: int, word: str) -> bool:
    """The word at ``start`` follows an amount in digits (no year: *2016 Trump*) or a
    German noun follows a cardinal written out (*Zweihundertfünfzig Mark*, *vier Mark
    zwanzig*): a unit or a currency counted, not a person (*zwei Peter* stays)."""
    digits = _AMOUNT.search(text, max(0, start - 16), start)
    if digits and not _YEAR.fullmatch(digits[0].strip()):
        return True
    if text[start - 1 : start] not in (" ", "\u00a0") or not is_german_noun(word):
        return False
    spelt = _COUNT_WORD.search(text, max(0, start - 40), start)
    return spelt is not None and spelt[1].lower() not in _NOT_COUNTS


def numbered(text: str, end: int, word: str) -> bool:
    """A German noun right before a cardinal (*Zimmer 345*, *Gleis 3*): a thing counted
    or numbered, as no one's name is; a given name is no such noun (*Max 3*)."""
    return (
        _NUMBER_AFTER.match(text, end) is not None
        and is_german_noun(word)
        and given_gender(word) is None
    )


def headword(text: str, start: int, end: int) -> bool:
    """The word opens its line and a comma and an article end the line (*Ansprung,
    der*): a dictionary's or glossary's entry for a noun, which German gives with its
    gender; a name has no article of its own there."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _HEADWORD_TAIL.match(text, end) is not None


def named_thing(text: str, start: int, word: str) -> bool:
    """The word follows *namens* after a noun that names no person (*eine Distribution
    namens Alioth*, *ein Artefakt namens Scion*): the thing's name. After a noun of a
    role or a kinship it is a person's (*sein Onkel namens Krause*), and so is a listed
    given name after any noun (*ein Mann namens Ove*)."""
    noun = _NAMED_AFTER.search(text, max(0, start - 60), start)
    return (
        noun is not None
        and is_german_noun(noun[1])
        and noun[1] not in _person_nouns()
        and given_gender(word) is None
    )


def german_thing(text: str, start: int, end: int, word: str) -> bool:
    """The capitalised word ``text[start:end]`` is a thing's noun by what stands around
    it: an amount before it, a number after it, its line a headword's, a thing's noun
    and *namens* before it, or a hyphen that makes it a compound's piece."""
    return (
        after_amount(text, start, word)
        or numbered(text, end, word)
        or headword(text, start, end)
        or named_thing(text, start, word)
        or compound_piece(text, end, word)
    )


def compound_piece(text: str, end: int, word: str) -> bool:
    """A compound's first part left standing for the next compound to complete
    (*Multiprozessor-, Multikern- oder Hyper-Threading-Systeme*), or a compound whose
    last part German writes in lower case (*Unix-artige*, *Linux-basierte*): an
    adjective's or a noun's piece, no name."""
    if _SUSPENDED.match(text, end):
        return True
    last = word.rsplit("-", 1)
    return len(last) == 2 and last[1][:1].islower()
