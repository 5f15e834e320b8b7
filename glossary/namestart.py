"""Where a person's name starts before the words the name lists cannot confirm: given
names no list has before a surname with the Arabic article (*Baschar al-Assad*), a noun
before a given name (*Oma Gerda*), German's polite pronoun (*Sie*), which no name is."""

from __future__ import annotations

from glossary.candidates import ARABIC_ARTICLED
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns
from glossary.givenform import SPREAD_ALONE, _given, _spread
from glossary.lexicon import is_lower_word
from glossary.namelists import is_family_name
from glossary.wordclass import _stop, role_before

#: German's pronouns of polite address, capitalised inside a sentence as names are.
_POLITE = frozenset("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres".split())


class NameStarts:
    """Needs the finder's ``toks`` and ``lang``."""

    def polite_pronoun(self, word: str) -> bool:
        """A German pronoun of polite address (*Sie*, *Ihnen*): no given name, whatever a
        list of names holds."""
        return self.lang == "de" and word in _POLITE

    def before_arabic_article(self, seg: list[int]) -> int | None:
        """Where the given names start before a surname with the Arabic article (*Baschar
        al-Assad*, *Abu Mohammed al-Dschaulani*): the words before it that are no common
        word, role or place, listed as given names or not."""
        if not ARABIC_ARTICLED.match(self.toks[seg[-1]].text):
            return None
        s = len(seg) - 1
        while s > 0:
            word = self.toks[seg[s - 1]].text
            if _stop(word, self.lang) or role_before(word, self.lang) or word in german_nouns():
                break  # a frequent word, a name's that news writes often (Baschar), counts
            if is_place_name(word, self.lang) or is_lower_word(word, self.lang):
                break
            if ARABIC_ARTICLED.match(word[:1].lower() + word[1:]):
                break  # Ash-Sharq al-Awsat: a newspaper's name, all of it articled
            s -= 1
        return s if s < len(seg) - 1 else None

    def noun_before_given(self, word: str, after: int | str) -> bool:
        """A German noun that some lists give as a name, few (*Oma*: 2 sources; not *Mark*,
        *Rose*, *Ernst*) before a given name that is no family name: the noun of a person
        the name follows (*Oma Gerda*), not a given name and a surname."""
        return (
            self.lang == "de"
            and word in german_nouns()
            and _given(word, "de") is not None
            and _spread(word, "de") < SPREAD_ALONE
            and _given(after, "de") is not None
            and not (
                is_family_name(after) or is_place_name(after, "de") or self.polite_pronoun(word)
            )
        )
