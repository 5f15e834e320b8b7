"""Two words printed as one: a given name and a surname, or a name and a common word.

Text taken from PDFs and scans loses spaces at line ends and in columns
(*AlbertEggler*, *BroadPeak*), and firms write their names so (*WikiLeaks*,
*ExxonMobil*). A word with a capital inside after lower-case letters is read by
its parts: a widely listed given name and a word no list has are a person
(*AlbertEggler*: Albert Eggler); a last part that is a common word of English or
the text's language makes a thing's name, no person's (*BroadPeak*, *WikiLeaks*,
*YouTube*). A mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

import re

from glossary.givenform import SPREAD_RARE, _given, _spread
from glossary.key import key
from glossary.lexicon import is_common_word, is_firm_word, is_lower_word
from glossary.mention import Mention
from glossary.namelists import is_family_name
from glossary.wordclass import _weak

#: Two capitalised parts of three letters or more, the second after a lower-case
#: letter (AlbertEggler, BroadPeak; not McDonald, DeSantis, LeBron).
_JOINED = re.compile(r"([A-ZÀ-Ý][a-zß-ÿ]{2,})([A-ZÀ-Ý][a-zß-ÿ]{2,})")


def _parts(word: str) -> tuple[str, str] | None:
    found = _JOINED.fullmatch(word)
    return (found.group(1), found.group(2)) if found else None


class JoinedWords:
    """Words a text prints without the space between them."""

    def joined_thing(self, n: int) -> bool:
        """A joined word whose last part is a common word: a thing's name."""
        parts = _parts(self.toks[n].text)
        if parts is None:
            return False
        last = parts[1]
        return is_lower_word(last, "en") or is_common_word(last, self.lang)

    def joined_person(self, n: int) -> bool:
        """A joined word of a widely listed given name and a word no list has as a
        common word, no firm's (AlbertEggler); the person is added at once."""
        parts = _parts(self.toks[n].text)
        if parts is None:
            return False
        given, surname = parts
        if len(given) < 4 or _spread(given, self.lang) <= SPREAD_RARE or _weak(given, self.lang):
            return False
        if _given(surname, self.lang) is not None and not is_family_name(surname):
            return False  # MarieLuise: two given names
        if self.joined_thing(n) or is_firm_word(surname) or is_firm_word(self.toks[n].text):
            return False
        tok = self.toks[n]
        gender = _given(given, self.lang)
        self.mentions[tok.start] = Mention(
            tok.text,
            tok.text,  # the family name as written is inside the word
            surname,
            key(surname, self.lang),
            tok.start,
            tok.end,
            True,
            "person",
            gender if gender in ("m", "f") else None,
            given,
        )
        self.used.add(n)
        return True
