"""East Slavic names in official order: surname, given name, patronymic (*Иванов Иван
Иванович*, *с Карамзиным Андреем Николаевичем*), as forms, lists and reports write them.

Read the usual way round, the surname would be cut off and the patronymic taken for
the surname; a patronymic closing three capitalised words is what marks the order.
A mixin of :class:`glossary.detect._Finder`, like :mod:`glossary.hungarian`.
"""

from __future__ import annotations

import re

from glossary.gazetteer import is_place_name
from glossary.givenform import _given, _given_citation
from glossary.key import key
from glossary.lexicon import is_lower_word
from glossary.mention import Mention
from glossary.namelists import is_family_name
from glossary.shapes import _EAST_SLAVIC, case_lemma, surname_shaped
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _stop

#: A patronymic in any case: a man's -вич / -віч / -ич, a woman's -вна / -ична / -івна.
_PATRONYMIC = re.compile(
    r"^(?P<stem>\w+?(?P<kind>вич|віч|ич|ыч|вн|ичн))(?:а|у|ем|ом|е|ы|ой|ою|і|ам)?$"
)


def patronymic(word: str) -> tuple[str, str] | None:
    """A patronymic's nominative and the gender it shows (*Николаевичем*:
    (*Николаевич*, "m"); *Петровны*: (*Петровна*, "f")), or None."""
    found = _PATRONYMIC.match(word.lower())
    if found is None or len(word) < 6:
        return None
    stem = word[: len(found.group("stem"))]
    if found.group("kind") in ("вн", "ичн"):
        return stem + "а", "f"
    return stem, "m"


class SurnameFirst:
    """Surname-first East Slavic names of a finder's text (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str
    mentions: dict
    used: set[int]

    def surname_first(self, seg: list[int]) -> list[int] | None:
        """The last three words of the segment when they are a surname, a given name and
        a patronymic (*Петров Сергей Андреевич*): a capitalised word that is no given
        name, place or function word, and a common word only as a listed family name
        or a surname's shape."""
        if self.lang not in _EAST_SLAVIC or len(seg) < 3:
            return None
        words = seg[-3:]
        toks = [self.toks[n] for n in words]
        if not (adjacent(self.text, toks[0], toks[1]) and adjacent(self.text, toks[1], toks[2])):
            return None
        surname, given, father = (self.toks[n].text for n in words)
        if patronymic(father) is None or _given(given, self.lang) is None:
            return None
        if _given(surname, self.lang) is not None or _stop(surname, self.lang):
            return None
        if is_place_name(surname, self.lang) or surname.isupper():
            return None
        if is_lower_word(surname, self.lang) and not (
            is_family_name(surname) or surname_shaped(surname, self.lang)
        ):
            return None
        return words

    def add_surname_first(self, words_: list[int]) -> None:
        """A surname-first person: the first word the surname in its nominative, the
        given name and the patronymic after it as the given part."""
        first, given, last = (self.toks[n] for n in words_)
        father, gender = patronymic(last.text) or (last.text, None)
        # the surname stands in the given name's case (Карамзиным Андреем: Карамзин)
        found = case_lemma(given.text, first.text, self.lang, gender, False)
        lemma, k = found or (first.text, key(first.text, self.lang))
        self.mentions[first.start] = Mention(
            self.text[first.start : last.end],
            first.text,
            lemma,
            k,
            first.start,
            last.end,
            True,
            "person",
            gender,
            f"{_given_citation(given.text, self.lang)} {father}",
            family_first=True,
        )
        self.used.update(range(words_[0], words_[-1] + 1))
