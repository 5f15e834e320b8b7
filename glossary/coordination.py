"""Persons joined to a person: a list joins like to like.

News and reports name people in lists (*Imanishi und Higeta*, *Pinnick, Gaskill
und Franz Beckenbauer*, *Obama, Clinton, and Pelosi*): beside a person found
with evidence, words no language has a use for are persons too, and a list
with one item of another kind (a place, a noun) is no list of persons. A mixin
of :class:`glossary.detect._Finder`; the word tests are
:class:`glossary.unlisted.UnlistedNames`'.
"""

from __future__ import annotations

import bisect

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, is_german_lower, proper_kinds
from glossary.givenform import _given
from glossary.lexicon import is_calendar_word, is_firm_word
from glossary.mention import Mention
from glossary.namelists import is_family_name
from glossary.tokens import adjacent
from glossary.wordclass import (
    _COORDINATORS,
    _MIN_SURNAME,
    _stop,
    _title,
    _weak,
    name_like,
    role_before,
)

#: Languages whose surnames take no woman's form: a given name joined to a full name by a
#: conjunction shares its surname (*Clara und Robert Schumann*).
_SHARED_SURNAME = ("de", "en", "fr")
#: How many persons found a list with commas alone (a team's line-up) must hold before
#: its other items count as persons too; they must also be twice as many as those.
_LINE_UP = 3


class Coordination:
    """Persons beside a person and a conjunction, or in a list with it."""

    def coordinated(self) -> None:
        """Words no language has a use for right beside a person and a conjunction are a
        person too (*E. P. Hillary et Tenzing Norkay*, *Imanishi und Higeta*, *Dizzy
        Gillespie und Shelly Manne*): a list joins like to like. One to three
        capitalised words, every one unknown, after or before the pair."""
        toks, text = self.toks, self.text
        starts = [t.start for t in toks]
        self._listed_persons: set[int] | None = None  # made on the first list met
        for m in [m for m in self.mentions.values() if m.kind == "person"]:
            first = bisect.bisect_left(starts, m.start)
            j = bisect.bisect_right(starts, m.end)  # the conjunction after the person
            if j + 1 < len(toks) and self._conjunction(j, text[m.end : toks[j].start]):
                self._coordinated_run(j + 1, 1, self._strong(m))
            j = first - 1  # the conjunction before it
            if j >= 1 and self._conjunction(j, text[toks[j].end : m.start]):
                self._coordinated_run(j - 1, -1, self._strong(m))
            self._listed(first, bisect.bisect_left(starts, m.end) - 1, starts)

    def shared_surnames(self) -> None:
        """A listed given name alone right before a conjunction and a full name of one
        given name shares that name's surname (*Clara und Robert Schumann*, *Jacob and
        Wilhelm Grimm*): a person, at a sentence's start too, whose mention stays the given
        name as written but is read as the full name it abbreviates, so that it joins her
        entry and not another Clara's."""
        if self.lang not in _SHARED_SURNAME:
            return
        toks, text = self.toks, self.text
        starts = [t.start for t in toks]
        for b in [m for m in self.mentions.values() if m.kind == "person" and m.full]:
            j = bisect.bisect_left(starts, b.start) - 1  # the conjunction before the name
            if j < 1 or " " in b.given or _given(b.given, self.lang) is None:
                continue
            if _given(b.lemma, self.lang) is not None and not is_family_name(b.lemma):
                continue  # Seneca und Mark Aurel, Kleopatra und Julius Caesar: no family
            tok = toks[j - 1]
            if toks[j].text not in _COORDINATORS or text[tok.end : b.start] != f" {toks[j].text} ":
                continue
            a = self.mentions.get(tok.start)
            if a is None and (j - 1 in self.used or not capitalised(tok.text)):
                continue
            if j >= 2 and self._name_word_before(j - 1):
                continue  # Leland Stanford et Charles Crocker: another's surname
            if a is not None and (a.kind != "person" or a.full or a.end != tok.end):
                continue
            gender = _given(tok.text, self.lang)
            if gender is None:
                continue
            self.used.add(j - 1)
            self.mentions[tok.start] = Mention(
                tok.text,
                tok.text,
                b.lemma,
                b.key,
                tok.start,
                tok.end,
                True,
                "person",
                gender if gender in ("f", "m") else None,
                tok.text,
            )

    def _name_word_before(self, n: int) -> bool:
        """A capitalised word right before token ``n`` that may be a name's (a given name,
        a word no list has): ``n`` may end a name of its own (*Condoleeza Rice*); a
        common noun there is no name's (*die Brüder Jacob*)."""
        prev = self.toks[n - 1]
        if not capitalised(prev.text) or not adjacent(self.text, prev, self.toks[n]):
            return False
        return _given(prev.text, self.lang) is not None or not _weak(prev.text, self.lang)

    def _person_tokens(self, starts: list[int]) -> set[int]:
        """The tokens of every person mention (made once a text, not per list)."""
        return {
            n
            for m in self.mentions.values()
            if m.kind == "person"
            for n in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end))
        }

    def _listed(self, first: int, last: int, starts: list[int]) -> None:
        """A list with commas around the person of tokens ``first``–``last`` (*Pinnick,
        Tabor und Gaskill*; *Obama, Clinton, and Biden*): when every other item is a
        person found already or one to three words no language has a use for, those
        are persons too. One item of any other kind (a place, a noun) and none is."""
        items, k, conjunctions = [], last, 0
        while conjunctions == 0 and (nxt := self._next_item(k)) is not None:
            start, end, conjunction = nxt  # to the right: commas, then one conjunction
            items.append((start, end))
            conjunctions += conjunction
            k = end
        k = first
        while (prev := self._previous_item(k)) is not None:
            start, end, conjunction = prev  # to the left: the conjunction first, if any
            if conjunction and (conjunctions or items):
                break
            items.append((start, end))
            conjunctions += conjunction
            k = start
        if conjunctions > 1 or len(items) < 2:
            return  # no list: coordinated() reads one conjunction alone
        if self._listed_persons is None:
            self._listed_persons = self._person_tokens(starts)
        persons = self._listed_persons
        new = [r for r in items if not set(range(r[0], r[1] + 1)) <= persons]
        anchors = [(first, last), *(r for r in items if r not in new)]
        if not conjunctions and len(anchors) < max(_LINE_UP, 2 * len(new)):
            return  # commas alone: a line-up of persons found (Мартиненко, Смирнов, …)
        if not any(b > a or self._listed_word(self.toks[a].text) for a, b in anchors):
            return  # single words found by where they stand (de Lacq): too weak to extend
        for start, end in new:
            run = range(start, end + 1)
            if end - start > 2 or any(n in self.used or not self._coordinated_word(n) for n in run):
                return
        for start, end in new:
            words_ = list(range(start, end + 1))
            given = " ".join(self.toks[n].text for n in words_[:-1])
            self.add(words_, "person", None, given, len(words_) > 1)
            persons.update(words_)

    def _listed_word(self, word: str) -> bool:
        return is_family_name(word) or _given(word, self.lang) is not None

    def _next_item(self, k: int) -> tuple[int, int, bool] | None:
        """The capitalised words of the list item after token ``k`` and whether a
        conjunction (after a comma or not) comes before it."""
        toks, text = self.toks, self.text
        if k + 1 >= len(toks):
            return None
        gap, start = text[toks[k].end : toks[k + 1].start], k + 1
        conjunction = toks[start].text in _COORDINATORS
        if conjunction and gap in (" ", ", ") and start + 1 < len(toks):
            start += 1
            if text[toks[start - 1].end : toks[start].start] != " ":
                return None
        elif gap != ", ":
            return None
        end = start
        while end + 1 < len(toks) and end - start < 3 and adjacent(text, toks[end], toks[end + 1]):
            if not capitalised(toks[end + 1].text):
                break
            end += 1
        return (start, end, conjunction) if capitalised(toks[start].text) else None

    def _previous_item(self, k: int) -> tuple[int, int, bool] | None:
        """The capitalised words of the list item before token ``k``, as _next_item."""
        toks, text = self.toks, self.text
        if k < 1:
            return None
        gap, end = text[toks[k - 1].end : toks[k].start], k - 1
        conjunction = toks[end].text in _COORDINATORS
        if conjunction and gap == " " and end >= 1:
            end -= 1
            if text[toks[end].end : toks[end + 1].start] not in (" ", ", "):
                return None
        elif gap != ", ":
            return None
        start = end
        while start >= 1 and end - start < 3 and adjacent(text, toks[start - 1], toks[start]):
            if not capitalised(toks[start - 1].text):
                break
            start -= 1
        return (start, end, conjunction) if capitalised(toks[end].text) else None

    def _strong(self, m: Mention) -> bool:
        """A person found with two words or a listed name, not only by where a single
        word stands: enough to vouch for a neighbour's weaker reading."""
        return " " in m.surface or self._listed_word(m.surname)

    def _coordinated_run(self, k: int, step: int, strong: bool = False) -> None:
        """Add the capitalised words from token ``k`` on (``step`` 1) or back (-1) as a
        person when there are at most three, all unknown and none read yet."""
        toks, text, run = self.toks, self.text, []
        while 0 <= k < len(toks) and capitalised(toks[k].text):
            word = toks[k].text
            if run and (is_calendar_word(word, self.lang) or _title(word, self.lang)):
                break  # a month or a title is no word of the name after it (Mai Kato)
            run.append(k)
            nxt = k + step
            if not 0 <= nxt < len(toks):
                break
            a, b = (toks[k], toks[nxt]) if step > 0 else (toks[nxt], toks[k])
            if text[a.end : b.start] != " ":
                break
            k = nxt
        run.sort()
        if not run or len(run) > 3 or any(n in self.used for n in run):
            return  # a longer run: a thing's name; or read already
        if step < 0 and toks[run[0]].initial and len(run) == 1:
            if not (strong and _given(toks[run[0]].text, self.lang) is not None):
                return  # a sentence's first word before "und Scholz": any word stands there
            # Joko und Klaas: a given name of the lists before one, both persons
        if all(self._coordinated_word(n) for n in run) or strong and self._unlisted_pair(run):
            given = " ".join(toks[n].text for n in run[:-1])
            self.add(run, "person", None, given, len(run) > 1)

    def _unlisted_pair(self, run: list[int]) -> bool:
        """Two words beside a person of two words or a listed name and a conjunction,
        the second one no language has a use for and the first a German noun too, no
        role or place: a given name that is also a word (*Florian Wirtz und Granit
        Xhaka*; not *Shisha Pangma oder Gosainthan*, a peak read as a person)."""
        if self.lang not in NOUN_CAPITALISING or len(run) != 2:
            return False
        first = self.toks[run[0]].text
        return (
            self._coordinated_word(run[1])
            and name_like(first)
            and not (_stop(first, self.lang) or role_before(first, self.lang))
            and not is_place_name(first, self.lang)
            and not is_german_lower(first)
        )

    def _coordinated_word(self, n: int) -> bool:
        """A word a list may join to a person: none of the language's words, and no
        place, not even one the city list leaves out for a family name of the same
        spelling (*Angela Merkel, Paris and London*: Wiktionary's toponyms)."""
        word = self.toks[n].text
        if len(word) < _MIN_SURNAME or "place" in proper_kinds(word):
            return False
        if self.lang in NOUN_CAPITALISING:  # no German word (Dizzy Gillespie: English is)
            return name_like(word) and not (
                word in german_nouns()
                or is_german_lower(word)
                or is_place_name(word, self.lang)
                or is_firm_word(word)
                or _stop(word, self.lang)
            )
        return self._unknown_word(word)
