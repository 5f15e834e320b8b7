"""Names no list has: after a title, beside a verb of saying.

English writes a common noun capitalised inside a sentence as a title before a
name (*Prime Minister Keir Starmer*, *President Xi Jinping*), French writes it
in lower case after an article (*le président Xi Jinping*), and news in
English and French names a speaker right beside a verb of saying (*Keir Starmer
said*, *Keir Starmer a déclaré*, *« … », a déclaré Keir Starmer*, *selon Keir
Starmer*): there, two words the language has no use for are a person's name,
however new to every list. Without such evidence they stay unread: *Sunni Arab*
and *Islamic Jihad* look the same. A mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

import bisect

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.lexicon import (
    german_nouns,
    is_calendar_word,
    is_family_name,
    is_firm_word,
    is_german_lower,
    is_lower_word,
    is_place_name,
    lower_words,
)
from glossary.shapes import SLAVIC
from glossary.tokens import adjacent
from glossary.wordclass import (
    _COORDINATORS,
    _MIN_SURNAME,
    _PARTICLES,
    _given,
    _stop,
    _title,
    _weak,
    name_like,
    role_before,
)

#: Verbs that report speech in news: English past and present; French past
#: participles (after the auxiliary *a*) and present forms.
_SAYING = {
    "en": frozenset(
        "said says told tells added adds wrote writes asked asks replied replies explained "
        "explains announced announces insisted insists argued argues noted notes warned "
        "warns stated states declared declares".split()
    ),
    "fr": frozenset(
        "déclaré dit affirmé annoncé ajouté expliqué indiqué estimé souligné assuré précisé "
        "déclare affirme annonce ajoute explique indique estime souligne assure précise".split()
    ),
}
#: German verbs of saying, third person singular, present and past; verb-last forms with
#: their prefix (wie Müller mitteilte).
_GERMAN_SAYING = frozenset(
    "sagt sagte erklärt erklärte betont betonte meint meinte schreibt schrieb berichtet "
    "berichtete bestätigt bestätigte warnt warnte fordert forderte kritisiert kritisierte "
    "antwortet antwortete ergänzt ergänzte erläutert erläuterte versichert versicherte "
    "verkündet verkündete unterstreicht unterstrich teilt teilte mitteilt mitteilte "
    "ankündigt ankündigte einräumt einräumte hinzufügt hinzufügte".split()
)
#: French articles before a title in lower case (le président …).
_ARTICLES = frozenset({"le", "la", "du", "au"})
#: Words that name the source of what follows (selon X, according to X).
_SOURCE = {"en": frozenset({"to"}), "fr": frozenset({"selon"})}


class UnlistedNames:
    """Titles and verbs of saying around unknown words (English, French); given names
    before unknown words (Slavic languages)."""

    def english_title_run(self, seg: list[int], start: int) -> bool:
        """Whether ``seg[start:]`` is a name after a title: capitalised lower-case words
        before it, one of them mid-sentence, and two or three words that are none, or
        one right before a verb of saying (President Macron said; Lake Tahoe is no
        one's name)."""
        toks = self.toks
        if self.lang != "en" or start == 0 or not 1 <= len(seg) - start <= 3:
            return False
        after = self._word(seg[-1] + 1, toks[seg[-1]].end)
        if len(seg) - start == 1 and after not in _SAYING["en"]:
            return False
        if all(toks[n].initial for n in seg[:start]):
            return False
        return all(self._unknown_word(toks[n].text) for n in seg[start:])

    def unlisted_given(self, seg: list[int], start: int) -> bool:
        """Two words, the second a family name of the general list and the first a word
        the language has no use for: a given name no list has before it (*Barack
        Obama*, *Wolodymyr Selenskyj*). Only where a list of the language's own words
        can tell that (German, and the languages with a list of lower-case words), not
        English, which writes adjectives of origin and faith capitalised (*Sunni Arab*)."""
        toks = self.toks
        if len(seg) - start < 2 or self.lang == "en":
            return False
        if len(seg) - start > 2 and not (
            len(seg) - start == 3 and toks[seg[start]].initial and self._common(seg[start])
        ):
            return False  # only a sentence's first word may stand before (Wczoraj Barack Obama)
        start = len(seg) - 2
        if not (self.lang in NOUN_CAPITALISING or lower_words(self.lang)):
            return False
        first, last = toks[seg[start]].text, toks[seg[-1]].text
        if not is_family_name(last) or _weak(last, self.lang) or not self._no_use(last):
            return False
        if self.after_determiner(seg[start]):
            return False  # the Sunni Arab regions: a thing's name or an adjective
        if self.lang in NOUN_CAPITALISING:
            return self.unknown(seg[start]) and not _stop(first, self.lang)
        return self._unknown_word(first) and len(first) >= _MIN_SURNAME

    def _common(self, n: int) -> bool:
        """A word of the language written capitalised (Gestern, Wczoraj, Dabei)."""
        word = self.toks[n].text
        if self.lang in NOUN_CAPITALISING:
            return is_german_lower(word) or _stop(word, self.lang)
        return is_lower_word(word, self.lang) or _stop(word, self.lang)

    def german_speaker(self, n: int) -> bool:
        """A family name of the general lists that German also has as a noun (*Wagner*,
        *Müller*, *Koch*) where only a person stands: bare right after a verb of saying
        in the singular (*Das sagte Wagner am Dienstag.*), or between *wie* and one at
        its clause's end (*Wie Müller mitteilte, …*). A singular common noun there would
        need an article."""
        toks, text = self.toks, self.text
        if self.lang != "de" or n < 1 or not self.family(toks[n].text):
            return False
        saying = _GERMAN_SAYING
        before = toks[n - 1]
        if text[before.end : toks[n].start] != " ":
            return False
        tail = text[toks[n].end : toks[n].end + 2]
        if before.text in saying:
            if tail[:1] in (".", ",", ";", ":", "!", "?"):
                return True
            return n + 1 < len(toks) and tail == " " + toks[n + 1].text[:1] and tail.islower()
        after = toks[n + 1] if n + 1 < len(toks) else before
        return (
            before.text.lower() == "wie"
            and after.text in saying
            and text[toks[n].end : after.start] == " "
            and text[after.end : after.end + 1] in (",", ".")
        )

    def reported_speaker(self, seg: list[int]) -> bool:
        """Two words the language has no use for beside a verb of saying, or after a
        word naming a source (according to, selon): a speaker no list has."""
        toks, saying = self.toks, _SAYING.get(self.lang)
        if saying is None or len(seg) != 2:
            return False
        if not all(self._unknown_word(toks[n].text) for n in seg):
            return False
        after = self._word(seg[-1] + 1, toks[seg[-1]].end)
        if after in saying or after == "a" and self._word(seg[-1] + 2) in saying:
            return True  # Keir Starmer said, Keir Starmer a déclaré
        before = self._word(seg[0] - 1)
        if before in saying and (self.lang == "en" or self._word(seg[0] - 2) == "a"):
            return True  # said Keir Starmer, a déclaré Keir Starmer
        if before.lower() in _SOURCE[self.lang]:
            return self.lang == "fr" or self._word(seg[0] - 2).lower() == "according"
        return False

    def _word(self, n: int, end: int | None = None) -> str:
        """Token ``n``'s text when it exists (right after ``end``, when given), else ""."""
        if not 0 <= n < len(self.toks):
            return ""
        if end is not None and self.text[end : self.toks[n].start] != " ":
            return ""
        return self.toks[n].text

    def slavic_unknown(self, g: int, n: int) -> bool:
        """In a Slavic language with a list of its lower-case words, which writes only
        names capitalised inside a sentence: a word it has no use for, after a given
        name that is no lower-case word either where a sentence starts (Szymon
        Hołownia)."""
        given, word = self.toks[g], self.toks[n].text
        return (
            self.lang in SLAVIC
            and bool(lower_words(self.lang))
            and not (given.initial and is_lower_word(given.text, self.lang))
            and given.text.lower() not in _PARTICLES  # Le Madame, a restaurant
            and len(word) >= _MIN_SURNAME
            and self._no_use(word)
        )

    def coordinated(self) -> None:
        """Words no language has a use for right beside a person and a conjunction are a
        person too (*E. P. Hillary et Tenzing Norkay*, *Imanishi und Higeta*, *Dizzy
        Gillespie und Shelly Manne*): a list joins like to like. One to three
        capitalised words, every one unknown, after or before the pair."""
        toks, text = self.toks, self.text
        starts = [t.start for t in toks]
        self._listed_persons: set[int] | None = None  # made on the first list met
        for m in [m for m in self.mentions.values() if m.kind == "person"]:
            j = bisect.bisect_right(starts, m.end)  # the conjunction after the person
            if j + 1 < len(toks) and self._conjunction(j, text[m.end : toks[j].start]):
                self._coordinated_run(j + 1, 1, self._strong(m))
            j = bisect.bisect_left(starts, m.start) - 1  # the conjunction before it
            if j >= 1 and self._conjunction(j, text[toks[j].end : m.start]):
                self._coordinated_run(j - 1, -1, self._strong(m))
            self._listed(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end) - 1)

    def _person_tokens(self) -> set[int]:
        """The tokens of every person mention (made once a text, not per list)."""
        starts = [t.start for t in self.toks]
        return {
            n
            for m in self.mentions.values()
            if m.kind == "person"
            for n in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end))
        }

    def _listed(self, first: int, last: int) -> None:
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
        if conjunctions != 1 or len(items) < 2:
            return  # no list, or one conjunction alone: coordinated() reads that
        if self._listed_persons is None:
            self._listed_persons = self._person_tokens()
        persons = self._listed_persons
        new = [r for r in items if not set(range(r[0], r[1] + 1)) <= persons]
        anchors = [(first, last), *(r for r in items if r not in new)]
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

    def _strong(self, m) -> bool:
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
            return  # a sentence's first word before "und Scholz": any word stands there
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
        word = self.toks[n].text
        if len(word) < _MIN_SURNAME:
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

    def _unknown_word(self, w: str) -> bool:
        """A capitalised word the text's language (and English, which every language
        quotes) has no use for: no lower-case word, place, firm or stop word (Starmer,
        Jinping; not President, Paris, Boeing, Monday, Le)."""
        return (
            "'" not in w
            and "’" not in w  # L'Aile: an elided article, a thing's name
            and self._no_use(w)
            and not _stop(w, self.lang)
        )

    def _no_use(self, w: str) -> bool:
        """A name-like word that is no lower-case word of the text's language or of
        English (Sky Fest quoted in a Belarusian text), no place and no firm."""
        return not (
            not name_like(w)
            or is_lower_word(w, "en")
            or is_lower_word(w, self.lang)
            or is_place_name(w, self.lang)
            or is_firm_word(w)
        )

    def french_title_run(self, seg: list[int]) -> bool:
        """Two words French has no use for after an article and a lower-case noun (le
        président Xi Jinping, la cheffe Anne Dupont): French writes titles in lower case,
        so the noun stands where English writes President."""
        toks = self.toks
        if self.lang != "fr" or len(seg) != 2 or seg[0] < 2:
            return False
        noun, article = toks[seg[0] - 1].text, toks[seg[0] - 2].text.lower()
        if not noun.isalpha() or not noun.islower() or _stop(noun, "fr"):
            return False
        if article not in _ARTICLES and not article.startswith(("l'", "l’")):
            return False
        return all(self._unknown_word(toks[n].text) for n in seg)
