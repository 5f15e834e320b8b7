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
    is_firm_word,
    is_german_lower,
    is_lower_word,
    is_place_name,
    lower_words,
)
from glossary.shapes import SLAVIC
from glossary.wordclass import (
    _MIN_SURNAME,
    _PARTICLES,
    _stop,
    _title,
    name_like,
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
        for m in [m for m in self.mentions.values() if m.kind == "person"]:
            j = bisect.bisect_right(starts, m.end)  # the conjunction after the person
            if j + 1 < len(toks) and self._conjunction(j, text[m.end : toks[j].start]):
                self._coordinated_run(j + 1, 1)
            j = bisect.bisect_left(starts, m.start) - 1  # the conjunction before it
            if j >= 1 and self._conjunction(j, text[toks[j].end : m.start]):
                self._coordinated_run(j - 1, -1)

    def _coordinated_run(self, k: int, step: int) -> None:
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
        if all(self._coordinated_word(n) for n in run):
            given = " ".join(toks[n].text for n in run[:-1])
            self.add(run, "person", None, given, len(run) > 1)

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
