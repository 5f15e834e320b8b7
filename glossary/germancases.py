"""German genitives of names read back to the name: *Putins Sprecher*, *Heinrich Bölls
Roman* cite Putin and Böll, so that a glossary lists the person once, under the form a
translator looks up, not once per case."""

from __future__ import annotations

import re
from dataclasses import replace

from glossary.germanwords import is_german_noun, proper_kinds
from glossary.key import key
from glossary.mention import Mention
from glossary.namelists import given_gender, is_family_name
from glossary.wordclass import role_before

#: A word and the capitalised word right after it, one space apart.
_NEXT_WORD = re.compile(r" (\w[\w-]*)")
#: One space, then a quotation mark that opens a title: one a word follows at once
#: (*Wagners „Ring“*, *Brechts »Baal«*; not the French closing mark of *« Zahns »*).
TITLE_OPENS = re.compile(r" [„»«\"](?=\w)")


def genitive_lemmas(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """``mentions`` with each person's German genitive in *-s* cited without it, where
    the text writes the name without it elsewhere (*Putins … Putin*) or the word stands
    right before a common noun, where only a genitive stands bare (*Macrons Berater*),
    or right after a quotation's closing mark at its clause's end; a surname whose stem
    is a surname too, right after a noun with its article (*den Namen Willy Brandts*).
    Any other name after a noun may end in *-s* of its own (*an seiner Seite Jan Josef
    Liefers*, *dem Kameramann Michael Ballhaus*).

    A name that ends in *-s* of its own stays (*Peters*, *Williams*, *Hermes*: the
    family list has them; *Andreas*, *Lukas*: given names), as does one after *s*, *x*,
    *z* or *ß*, whose genitive German writes with an apostrophe (*Merz' Kabinett*)."""
    if lang != "de":
        return mentions
    persons = {m.lemma for m in mentions if m.kind in ("person", "")}
    out = []
    for m in mentions:
        if not m.lemma.endswith("s"):
            out.append(m)  # no genitive: no context to read
            continue
        # den Namen Willy Brandts: both spellings surnames, the noun before decides
        governed = _after_noun(text, m.start)
        stem = _stem(m) or _stem(m, listed=governed)
        closed = after_closing_mark(text, m.start, m.end)  # „zynischen Spiel“ Lukaschenkos.
        if stem is not None and (
            stem in persons or closed or _before_noun(text, m.end) or governed and _surname(stem)
        ):
            m = replace(m, lemma=stem, key=key(stem, lang))
        out.append(m)
    return out


def _surname(word: str) -> bool:
    """A family name of the lists or of German Wiktionary (*Brandt*, *Mann*)."""
    return is_family_name(word) or "family" in proper_kinds(word)


def _stem(m: Mention, listed: bool = False) -> str | None:
    """The name a person's surname in *-s* is the genitive of, if it can be one; with
    ``listed``, where a noun governs the name, a listed surname too whose stem is one
    (*den Namen Willy Brandts*: Brandt, though *Brandts* is a surname)."""
    word = m.lemma
    if m.kind not in ("person", "") or word != m.surname or not word.endswith("s"):
        return None
    stem = word[:-1]
    if len(stem) < 3 or stem[-1] in "sxzß" or not stem[-1].isalpha():
        return None
    if listed and m.full and is_family_name(stem) and given_gender(word) is None:
        return stem
    if is_family_name(word) or given_gender(word) is not None:
        return None
    kinds = proper_kinds(word)
    if "given" in kinds or ("family" in kinds and "family" not in proper_kinds(stem)):
        return None  # a family name as written, unless its stem is one too (Manns, Mann)
    return stem


def _before_noun(text: str, end: int) -> bool:
    """A German common noun follows one space after ``end`` (*Macrons Berater*), or a
    work's title in quotation marks does (*Schlöndorffs „Die Blechtrommel“*)."""
    if TITLE_OPENS.match(text, end):
        return True
    got = _NEXT_WORD.match(text, end)
    return got is not None and got.group(1)[:1].isupper() and is_german_noun(got.group(1))


#: An article or possessive and a capitalised noun right before a name: a German noun
#: governs the name, so a name in *-s* there is its genitive (*den Namen Willy Brandts*,
#: *das Werk Thomas Manns*).
_NOUN_BEFORE = re.compile(
    r"\b(?:[dD](?:er|ie|as|en|em|es)|[eE]ine[mnrs]?|[sS]eine[mnrs]?|[iI]hre[mnrs]?"
    r"|[vV]om|[zZ]um|[zZ]ur|[iI]m|[aA]m|[bB]eim) "
    r"([A-ZÄÖÜ][\w-]+) $"
)


def _after_noun(text: str, start: int) -> bool:
    """A German common noun with its article right before ``start``, no role noun, which
    stands beside a name in apposition instead (*die Ministerin Anna Lührs*)."""
    got = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    if got is None:
        return False
    noun = got.group(1)
    return is_german_noun(noun) and not role_before(noun, "de")


def after_closing_mark(text: str, start: int, end: int) -> bool:
    """A quotation's closing mark and a space before ``text[start:end]``, punctuation after
    it: the quoted phrase's genitive (*von einem „zynischen Spiel“ Lukaschenkos.*)."""
    closed = text[max(0, start - 2) : start] in _CLOSED
    return closed and text[end : end + 1] in _CLAUSE_ENDS


#: A German quotation's closing mark and a space (*„…“ X*, *»…« X*).
_CLOSED = ("“ ", "« ", '" ')
#: What may follow a genitive that ends its clause.
_CLAUSE_ENDS = frozenset(".,;:!?)")
