"""Name candidates: runs of capitalised words (with particles and initials inside);
:mod:`glossary.segments` cuts them into their parts between words that cannot be name
words. :class:`glossary.detect._Finder` mixes this in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, has_feminine, is_german_lower, is_german_noun
from glossary.givenform import SPREAD_ALONE, SPREAD_RARE, _given
from glossary.key import key
from glossary.lexicon import is_part_label, words
from glossary.listfiles import fold
from glossary.mention import Mention
from glossary.namelists import given_gender, given_spread, is_family_name
from glossary.shapes import POSSESSIVE
from glossary.titles import monsieur
from glossary.tokens import NAME_GAPS, Tok, adjacent
from glossary.wordclass import (
    _COORDINATORS,
    _NOBLE,
    _PARTICLES,
    _SECOND_PARTICLES,
    _stop,
    _title,
    _weak,
    name_like,
    role_before,
)

_capitalised = capitalised
#: An initial of two letters, a capital and h, as older print abbreviates Charles, Thomas,
#: Philipp and transliterations a digraph (Ch., Th., Ph., Kh.): a shape, not a list.
_DIGRAPH = re.compile(r"[A-Z]h")
#: A lower-case letter and a full stop right before a capital: z. B., u. A., d. h.
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[^\w.])[a-zäöü]\. ?$")
#: An initial's full stop at the end of a line, the name going on at the next: a text
#: wrapped by hand (E. P.\nHillary) or split into lines by a tool that took the initial
#: for a sentence's end and set the stop apart (Leiter Ch .\nEvans).
#: A nickname in quotation marks between a given name and a surname, and the pairs of
#: marks that may enclose it.
_NICKNAME = re.compile(r" (['\"„“‚‘«»])([^\W\d_][^'\"„“”‚‘’«»\n]{0,30}?)(['\"“”‘’«»]) ")
_QUOTE_PAIRS = frozenset(("''", '""', "„“", "“”", "‚‘", "‘’", "«»", "»«"))
_LINE_BROKEN = re.compile(r" ?\. ?\n(?=[^\W\d_])")
#: The next line's first word, when a capitalised word follows it on that line.
_NEXT_LINE = re.compile(r" ?\. ?\n([^\W\d_]+) +[A-ZÀ-ÞА-ЯЁ]")
#: An initial right before another: E. P., B.M, Ch. Th.
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.-])[A-ZА-ЯЁЄІЇЎҐ]h?\. ?$")
#: The word before, after a space.
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
#: The Arabic article joined to a surname, written in lower case (al-Sisi, el-Baradei,
#: as-Sadr, bin-Salman): inside a run of name words, the surname itself.
ARABIC_ARTICLED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn)-[A-ZÀ-Þ]")


class Candidates:
    """Runs of a finder's tokens (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str
    used: set[int]
    mentions: dict[int, Mention]
    known: set[str]

    def _capital_particle_next(self, n: int) -> bool:
        """A capitalised particle (La, Le, Du) right before a capitalised word, with a
        single space on either side: the first word of a surname such as La Fontaine."""
        toks = self.toks
        word = toks[n].text
        return (
            word != word.lower()
            and word.lower() in _PARTICLES
            and n + 1 < len(toks)
            and _capitalised(toks[n + 1].text)
            and toks[n + 1].text.lower() not in _PARTICLES
            and adjacent(self.text, toks[n], toks[n + 1])
        )

    def runs(self) -> Iterable[list[int]]:
        """Runs of capitalised words separated by single spaces, with particles inside."""
        toks, i = self.toks, 0
        while i < len(toks):
            if not _capitalised(toks[i].text) or self._named_adjective(toks[i].text):
                i += 1
                continue
            run = [i]
            k = i + 1
            if (after := self._nickname_after(i)) is not None:
                self.used.update(range(i + 1, after))  # Joel 'Espy' Klecker: one person
                run.append(after)
                k = after + 1
            while k < len(toks) and len(run) < 12 and self._joined(toks[k - 1], toks[k]):
                word = toks[k].text
                if self.lang == "en" and POSSESSIVE.search(toks[k - 1].text):
                    break  # Warren Buffett's Berkshire Hathaway: the owner's name ends there
                if self._named_adjective(word):
                    break  # Szabó István Oscar-díjas filmrendező
                if _capitalised(word) and (not toks[k].initial or self._initial(toks[k - 1])):
                    run.append(k)
                elif ARABIC_ARTICLED.match(word):
                    run.append(k)  # Abdel Fattah al-Sisi
                    break
                elif self.rulers_numeral(k):
                    run.append(k)  # Elisabeth II., Bernhard IV.
                    run.extend(self.ruled_seat(k))  # Friedrich II. von Hohenstaufen
                    break
                elif (
                    word in _PARTICLES
                    and (word not in _SECOND_PARTICLES or toks[k - 1].text.lower() in _PARTICLES)
                    and (
                        toks[k - 1].text in _PARTICLES
                        or _given(toks[k - 1].text, self.lang) is not None
                        or self._initial(toks[k - 1])
                        or not _weak(toks[k - 1].text, self.lang)
                        and not toks[k - 1].text.endswith("s")
                        or word == "van"  # Mies van der Rohe: Dutch, after any word
                        or word in _NOBLE  # August Graf von Platen: a rank, then the seat
                        and self.rank_in_name(k - 1)
                    )
                    and k + 1 < len(toks)
                    and (
                        _capitalised(toks[k + 1].text)
                        and (
                            not _weak(toks[k + 1].text, self.lang)
                            or self.name_only(toks[k + 1].text)
                            or _given(toks[k - 1].text, self.lang) is not None
                            or self._given_two_back(k)
                            or word in _SECOND_PARTICLES
                            and toks[k - 1].text == "van"  # van der Rohe: Dutch, a name
                            or word in _NOBLE
                            and self.noble_seat(toks[k + 1].text)
                        )
                        and not _stop(toks[k + 1].text, self.lang)
                        or toks[k + 1].text in _PARTICLES
                        or self._capital_particle_next(k + 1)  # François de La Rochefoucauld
                    )
                    and adjacent(self.text, toks[k], toks[k + 1])
                    and not (word in _NOBLE and self.given_not_seat(toks[k + 1].text))
                    and not (word in _NOBLE and self._noun_with_article(k - 1))
                    and not (word == "vom" and self._noun_after_vom(toks[k + 1].text))
                ):
                    run.append(k)
                else:
                    break
                k += 1
            while run and toks[run[-1]].text in _PARTICLES:
                run.pop()
            yield run
            i = run[-1] + 1

    def _nickname_after(self, n: int) -> int | None:
        """The surname's token after a listed given name (token ``n``) and a nickname of
        one or two words in quotation marks (*Joel 'Espy' Klecker*, *George "Bugs"
        Moran*): one person, the nickname inside the name; None where no such name
        follows."""
        toks = self.toks
        if _given(toks[n].text, self.lang) is None:
            return None
        m = _NICKNAME.match(self.text, toks[n].end)
        if m is None or m.group(1) + m.group(3) not in _QUOTE_PAIRS:
            return None
        k = n + 1
        while k < len(toks) and toks[k].end <= m.end(2):
            k += 1
        if k - n - 1 not in (1, 2) or k >= len(toks) or toks[k].start != m.end():
            return None
        word = toks[k].text
        if not _capitalised(word) or _weak(word, self.lang) and not is_family_name(word):
            return None  # Joseph "Joschka" Fischer: a listed surname, a noun too
        return k

    def _known_after_initial(self, m: int, word: str) -> bool:
        """A word after an initial (token ``m``) that the text names elsewhere as a
        surname, a role noun though it be (*E. Schmied*, where *Ernst Schmied* is)."""
        return self._initial(self.toks[m]) and key(word, self.lang) in self.known

    def _noun_after_vom(self, word: str) -> bool:
        """*vom* is mostly *von dem* before a noun (*Ida vom Bankdirektor*, *Peter vom
        Amt*); a noble's seat after it is no German noun or role (*Ernst vom Rath*)."""
        return is_german_noun(word) and not is_family_name(word) or role_before(word, self.lang)

    def _noun_with_article(self, n: int) -> bool:
        """Token ``n`` a German noun after its article (*im Sommer von Xabi Alonso*): *von*
        after it is the preposition, whatever list gives the noun as a name."""
        noun = self.toks[n].text
        if self.lang != "de" or noun not in german_nouns() or role_before(noun, "de"):
            return False  # den Baron von Innstetten: a title, the name after it
        return self.after_determiner(n)

    def rank_in_name(self, n: int) -> bool:
        """Token ``n`` a German noun of a person's rank or role right after a name word
        (*Claus Schenk Graf von Stauffenberg*, *Georg Freiherr von Boeselager*): since
        1919 a noble's rank is part of the surname, and *von* after it opens the seat."""
        word = self.toks[n].text
        return (
            self.lang == "de"
            and n > 0
            and (role_before(word, "de") or has_feminine(word))
            and _capitalised(self.toks[n - 1].text)
            and fold(self.toks[n - 1].text.lower()) not in words("de", "function")  # Der Prinz
            and adjacent(self.text, self.toks[n - 1], self.toks[n])
        )

    def given_not_seat(self, word: str) -> bool:
        """A word after *von* or *zu* that is a given name many lists hold and no family
        name or place: the preposition before another person (*erzählt Lukas von Maria*),
        no noble's seat."""
        return (
            given_spread(word) >= SPREAD_ALONE
            and not is_family_name(word)
            and not is_place_name(word, self.lang)
        )

    def _given_two_back(self, k: int) -> bool:
        """Token ``k`` is the second particle after a given name (Jean de la Fontaine,
        Pierre de la Tour): the capitalised word after it is the surname, though it is
        a common word too (fontaine, tour)."""
        toks = self.toks
        return (
            k >= 2
            and toks[k - 1].text in _PARTICLES
            and _given(toks[k - 2].text, self.lang) is not None
        )

    def noble_seat(self, word: str) -> bool:
        """A German word after *von* or *zu* that no noun list has as written: the seat
        in a noble's name, though compounds or frequency read it as a word (Gedult von
        Jungenfeld, Zephyrine von Hohenzollern-Sigmaringen); not *von Anfang an*."""
        return (
            self.lang == "de"
            and len(word) >= 3
            and all(name_like(part) for part in word.split("-"))
            and word not in german_nouns()
            and not is_german_lower(word)
        )

    def after_person_and(self, n: int) -> bool:
        """Token ``n`` follows a person found already and a conjunction (*Jürg Marmet und
        Ernst Schmied*): a list joins like to like, so a given name and a noun after it
        name a person there, where alone they would be a common noun's reading."""
        toks, text = self.toks, self.text
        if n < 2 or not self._conjunction(n - 1, text[toks[n - 1].end : toks[n].start]):
            return False
        end = toks[n - 2].end
        if text[end : toks[n - 1].start] != " ":
            return False
        return any(m.kind == "person" and m.end == end for m in self.mentions.values())

    def _named_adjective(self, word: str) -> bool:
        """A Hungarian word made of a name, a hyphen and a common word in lower case
        (*Oscar-díjas*, Oscar-winning; *Kossuth-díjat*, *Fidesz-párti*): an adjective or
        a noun, no name word. A case ending set off by a hyphen is shorter (*Bush-sal*,
        *Shakespeare-rel*, *Kovács J.-t*, *Bush-ként*)."""
        if self.lang != "hu" or "-" not in word:
            return False
        tail = word.rsplit("-", 1)[1]
        return len(tail) >= 5 and tail.isalpha() and tail.islower()

    def _conjunction(self, j: int, gap: str) -> bool:
        """Token ``j`` is a coordinating conjunction and ``gap`` the single space beside it."""
        return self.toks[j].text in _COORDINATORS and gap == " "

    def _initial(self, tok: Tok) -> bool:
        """An initial inside a name: a single capital followed by a full stop (George W.
        Bush), or glued to the next capital as lists and older print set them (E.P.Hillary);
        a digraph stands for one letter too (Ch. Evans, Th. Mann, Ph. Rosenthal)."""
        digraph = _DIGRAPH.fullmatch(tok.text) is not None
        if not digraph and (len(tok.text) != 1 or not tok.text.isupper()):
            return False
        if monsieur(self.text, tok.start, self.lang):
            return False  # French M. Dupont: monsieur
        if _ABBREVIATION_BEFORE.search(self.text, max(0, tok.start - 4), tok.start):
            return False  # z. B., u. A.: the second letter of an abbreviation
        if self._letter_label(tok):
            return False  # Anhang A. Derivate: an appendix's letter, no initial
        after = self.text[tok.end : tok.end + 3]
        if after.startswith(". ") or after[:1] == "." and after[1:2].isupper():
            return True
        if after[:2] in (".,", ".;"):
            return True  # ein gewisser Marco S., wurde: no sentence ends before a comma
        return _LINE_BROKEN.match(self.text, tok.end) is not None and self._name_goes_on(tok)

    def _letter_label(self, tok: Tok) -> bool:
        """A single letter right after the word a book labels its parts with (*Anhang
        A.*, *Appendix B.*, *Приложение А.*): the part's letter, no initial."""
        if len(tok.text) != 1:
            return False
        before = _LAST_WORD.search(self.text, max(0, tok.start - 30), tok.start)
        spaced = before is not None and before[0].endswith(" ")
        return spaced and is_part_label(before[1], self.lang)

    def _name_goes_on(self, tok: Tok) -> bool:
        """An initial ending a line begins a name the next line ends only where a name is
        under way: glued by a hyphen to a rope team (Band-J .), after another initial (E. P.,
        B.M .) or a role noun (Leiter Ch .). A letter after a common word ends a sentence
        (vitamínu A., Zortech C.); a listed given name and a second capitalised word after
        it start a name of their own (U.S. | Debra Perlingiere)."""
        nxt = _NEXT_LINE.match(self.text, tok.end)
        if nxt and _given(nxt.group(1), self.lang) is not None:
            return False
        before = self.text[max(0, tok.start - 40) : tok.start]
        if before.endswith("-") or _INITIAL_BEFORE.search(before):
            return True
        word = _LAST_WORD.search(before)
        return word is not None and (
            role_before(word.group(1), self.lang) or _title(word.group(1), self.lang)
        )

    def vouched(self, words_: list[int]) -> bool:
        """A title, an initial or a given name two sources list before the surname, or
        an author's line (*-- Plutarch*): a person even where the document writes the
        word after an article."""
        first = words_[0]
        if self.title_before(first) is not None or self.honorific_before(first):
            return True
        if self.attribution(first) and self.attribution(words_[-1]):
            return True
        return len(words_) > 1 and (
            self._initial(self.toks[first]) or given_spread(self.toks[first].text) > SPREAD_RARE
        )

    def _joined(self, a: Tok, b: Tok) -> bool:
        gap = self.text[a.end : b.start]
        if gap in NAME_GAPS:
            return True
        broken = _LINE_BROKEN.match(self.text, a.end)
        return (gap in (". ", ".") or broken is not None and broken.end() == b.start) and (
            self._initial(a)
        )

    def country_names(self, run: list[int]) -> tuple[list[list[int]], list[list[int]]]:
        """The parts of a run around the multi-word country names in it, and those names
        (CLDR's: Stany Zjednoczone, Costa Rica, Vereinigte Staaten): a country's name holds
        no person even where one of its words is a given name (Stany, read as Stana).
        A name shaped like a person's, a given name and a family name (Diego Garcia), is
        left to the rules."""
        countries = words(self.lang, "territory")
        parts: list[list[int]] = []
        names: list[list[int]] = []
        current: list[int] = []
        i = 0
        while i < len(run):
            for j in range(len(run), i + 1, -1):
                texts = [self.toks[n].text for n in run[i:j]]
                person_shaped = given_gender(texts[0]) is not None and is_family_name(texts[-1])
                if fold(" ".join(texts)) in countries and not person_shaped:
                    names.append(run[i:j])
                    parts += [current] if current else []
                    current, i = [], j
                    break
            else:
                current.append(run[i])
                i += 1
        return parts + ([current] if current else []), names

    def genitive_of_named(self, word: str) -> bool:
        """In German, a word in *-s* whose stem is a surname the text names (*Orbáns*
        after *Viktor Orbán*): that person's genitive."""
        if self.lang != "de" or not word.endswith("s") or len(word) < 4:
            return False
        stem = word[:-1]
        if key(stem, self.lang) in self.known:
            return True
        return any(m.kind == "person" and m.lemma == stem for m in self.mentions.values())

    def name_words_before(self, i: int) -> list[int]:
        """Up to two capitalised words right before a person's name that can be nothing but
        name words: no listed noun, lower-case word, place, role, title or particle."""
        toks, out = self.toks, []
        m = i - 1
        while m >= 0 and len(out) < 2 and m not in self.used and not toks[m + 1].initial:
            word = toks[m].text
            if self.text[toks[m].end : toks[m + 1].start] != " " or not capitalised(word):
                break
            if word in _PARTICLES or word.isupper() or not self.only_a_name(word):
                break
            if toks[m].initial and self.lang not in NOUN_CAPITALISING:
                break  # Przeciwnicy Łukaszenki: any word starts a Polish sentence capitalised
            if self.genitive_of_named(word):
                break  # Orbáns Fidesz: a named person's genitive, no given name of Fidesz
            out.insert(0, m)
            m -= 1
        return out
