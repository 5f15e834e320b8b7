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

#: A word and the capitalised word right after it, one space apart.
_NEXT_WORD = re.compile(r" (\w[\w-]*)")
#: One space, then a quotation mark that opens a title: one a word follows at once
#: (*Wagners „Ring“*, *Brechts »Baal«*; not the French closing mark of *« Zahns »*).
TITLE_OPENS = re.compile(r" [„»«\"](?=\w)")


def genitive_lemmas(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """``mentions`` with each person's German genitive in *-s* cited without it, where
    the text writes the name without it elsewhere (*Putins … Putin*) or the word stands
    right before a common noun, where only a genitive stands bare (*Macrons Berater*).

    A name that ends in *-s* of its own stays (*Peters*, *Williams*, *Hermes*: the
    family list has them; *Andreas*, *Lukas*: given names), as does one after *s*, *x*,
    *z* or *ß*, whose genitive German writes with an apostrophe (*Merz' Kabinett*)."""
    if lang != "de":
        return mentions
    persons = {m.lemma for m in mentions if m.kind in ("person", "")}
    out = []
    for m in mentions:
        stem = _stem(m)
        if stem is not None and (stem in persons or _before_noun(text, m.end)):
            m = replace(m, lemma=stem, key=key(stem, lang))
        out.append(m)
    return out


def _stem(m: Mention) -> str | None:
    """The name a person's surname in *-s* is the genitive of, if it can be one."""
    word = m.lemma
    if m.kind not in ("person", "") or word != m.surname or not word.endswith("s"):
        return None
    stem = word[:-1]
    if len(stem) < 3 or stem[-1] in "sxzß" or not stem[-1].isalpha():
        return None
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
