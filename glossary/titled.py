"""Names no list has after a title or a role (*Prime Minister Keir Starmer*, *le
président Xi Jinping*, *Labour leader Keir Starmer*, *Parteichefin Kemi Badenoch*,
*Wirtin Vroni Grassl*): English writes the title capitalised, French in lower case
after an article, German its role nouns before the name; there two words the language
has no use for are a person's name. A mixin of :class:`glossary.detect._Finder`; the
word tests are :class:`glossary.unlisted.UnlistedNames`'.
"""

from __future__ import annotations

from glossary.gazetteer import is_country, is_place_name
from glossary.germanwords import is_german_lower, is_german_noun
from glossary.lexicon import (
    english_past_tense,
    english_person_acronyms,
    english_person_nouns,
    is_firm_word,
    is_lower_word,
)
from glossary.wordclass import _NATIONALITY, SAYING, _stop, _weak, name_like, role_before

#: French articles before a title in lower case (le président …).
_ARTICLES = frozenset({"le", "la", "du", "au"})


class TitledNames:
    """Needs the finder's ``toks``, ``text``, ``lang`` and :class:`UnlistedNames`' word
    tests."""

    def titled_later(self, seg: list[int], start: int) -> int | None:
        """Where a name begins after a title that stands inside the segment, behind a
        word of another kind (*British Prime Minister Keir Starmer*: not British but
        Keir), or None."""
        for s in range(start + 1, len(seg) - 1):
            if _weak(self.toks[seg[s]].text, self.lang):
                continue
            if self.title_before(seg[s]) is not None or self.english_title_run(seg, s):
                return s
            return None
        return None

    def english_title_run(self, seg: list[int], start: int) -> bool:
        """Whether ``seg[start:]`` is a name after a title: capitalised lower-case words
        before it, one of them mid-sentence, and two or three words that are none, or
        one right before a verb of saying (President Macron said; Lake Tahoe is no
        one's name)."""
        toks = self.toks
        if self.lang != "en" or start == 0 or not 1 <= len(seg) - start <= 3:
            return False
        after = self._word(seg[-1] + 1, toks[seg[-1]].end)
        if len(seg) - start == 1 and after not in SAYING["en"]:
            return False
        if all(toks[n].initial for n in seg[:start]):
            return False
        return all(self._unknown_word(toks[n].text) for n in seg[start:])

    def english_role_run(self, seg: list[int]) -> bool:
        """Two words English has no use for right after a lower-case noun of a person
        (*Labour leader Keir Starmer*, *Infosys founder Narayana Murthy*): English writes
        the role before a name in lower case, so the words after it are the name."""
        toks = self.toks
        if self.lang != "en" or len(seg) != 2 or seg[0] == 0:
            return False
        noun, first = toks[seg[0] - 1], toks[seg[0]]
        if self.text[noun.end : first.start] != " " or not (
            noun.text in english_person_nouns() or noun.text in english_person_acronyms()
        ):
            return False  # Labour leader Keir Starmer, Google CEO Sundar Pichai
        after = self._word(seg[-1] + 1, toks[seg[-1]].end)
        if after in english_person_nouns() and not english_past_tense(after):
            return False  # a radical Shiite Muslim cleric: adjectives before the noun
        words_ = [toks[n].text for n in seg]
        if any(_NATIONALITY["en"].search(w) for w in words_):
            return False  # the Lebanese Shiite militia: an adjective of origin
        first, last = words_
        if self._unknown_word(last) and self._city_given(first):
            return True  # opposition leader Kemi Badenoch: Kemi a town in Finland too
        return all(self._unknown_word(w) for w in words_)

    def titled_unlisted(self, seg: list[int], start: int) -> tuple[int, str | None] | None:
        """Where a name no list has begins after a role or title, and the gender the role
        shows, or None: :meth:`titled_city_given` (*Parteichefin Kemi Badenoch*: Kemi a
        town in Finland too) and :meth:`titled_name_word` (*Wirtin Vroni Grassl*)."""
        if start == 1 and len(seg) == 2 and self.titled_city_given(seg):
            return 0, None
        if self.titled_name_word(seg):
            shown = self.title_before(seg[-2])
            return len(seg) - 2, shown if shown in ("m", "f") else None
        return None

    def titled_city_given(self, seg: list[int]) -> bool:
        """Two words after a title or role, the first a city's name the language uses
        rarely or a German noun rarer than one word in e^14, the second a word it has no
        use for (*Parteichefin Kemi Badenoch*, *Präsident Bola Tinubu*): the first is the
        person's given name that no list has."""
        first, last = (self.toks[n].text for n in seg)
        if not self._unknown_word(last):
            return False
        if self._city_given(first) and not is_german_noun(first):
            return self.title_before(seg[0]) is not None
        # a rare noun may follow no role alone (Präsident Bola …), so the role is read here
        return (
            self.rare_noun(first)
            and self.word_before(seg[0]) != ""
            and role_before(self.toks[seg[0] - 1].text, self.lang)
        )

    def titled_name_word(self, seg: list[int]) -> bool:
        """In German, the last two words of a segment after a role or title, the first
        a word German's frequencies hold though it is no noun or lower-case word (a pet
        name, *Vroni*), the second one German has no use for (*Wirtin Vroni Grassl*):
        a given name and a surname no list has."""
        if self.lang != "de" or len(seg) < 2 or self.title_before(seg[-2]) is None:
            return False
        first, last = self.toks[seg[-2]].text, self.toks[seg[-1]].text
        return (
            name_like(first)
            and not is_german_noun(first)
            and not is_german_lower(first)
            and not is_place_name(first, self.lang)
            and not _stop(first, self.lang)
            and self._unknown_word(last)
        )

    def _city_given(self, word: str) -> bool:
        """A word English has no use for but a city's name, no country's: after a noun
        of a person and before an unknown word it is a given name no list has."""
        if is_country(word, self.lang) or not name_like(word):
            return False
        return (
            is_place_name(word, self.lang)
            and not is_lower_word(word, "en")
            and not is_firm_word(word)
            and not _stop(word, self.lang)
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
