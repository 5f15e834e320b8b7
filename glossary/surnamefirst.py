"""East Slavic names in official order: surname, given name, patronymic (*Иванов Иван
Иванович*, *с Карамзиным Андреем Николаевичем*), as forms, lists and reports write them,
or the surname and the initials of both (*Иванов И. И.*, as stenograms and papers do;
Hungarian *Nagy P.*, family name first).

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
from glossary.shapes import _EAST_SLAVIC, _best_lemma, case_lemma, surname_shaped
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _stop

#: A patronymic in any case: a man's -вич / -віч / -ич, a woman's -вна / -ична / -івна.
_PATRONYMIC = re.compile(
    r"^(?P<stem>\w+?(?P<kind>вич|віч|ич|ыч|вн|ўн|ичн))(?:а|у|ем|ом|е|ы|ой|ою|і|и|ам)?$"
)


#: A Russian or Ukrainian patronymic as Latin letters spell it, in Czech with its cases:
#: *Maximovič*, *Pavloviče*, *Petrovna*, *Ivanovnou*; English *Mikhailovich*, *Ilyinichna*.
_LATIN_PATRONYMIC = re.compile(
    r"\w{3,}(?:(?:ov|ev|jev|iev|yev)i(?:č|ch|tch|tsch)(?:e|ovi|em)?"
    r"|(?:ov|ev|jev|iev|yev|ini|ič|ich)n(?:a|y|ě|u|ou))$"
)


def latin_patronymic(word: str) -> bool:
    """A Russian or Ukrainian patronymic written in Latin letters (*Maximovič*,
    *Mikhailovich*, *Petrovna*): between a given name and a surname, a second given name."""
    return word[:1].isupper() and _LATIN_PATRONYMIC.match(word) is not None


def patronymic(word: str) -> tuple[str, str] | None:
    """A patronymic's nominative and the gender it shows (*Николаевичем*:
    (*Николаевич*, "m"); *Петровны*: (*Петровна*, "f")), or None."""
    found = _PATRONYMIC.match(word.lower())
    if found is None or len(word) < 6:
        return None
    stem = word[: len(found.group("stem"))]
    if found.group("kind") in ("вн", "ўн", "ичн"):
        return stem + "а", "f"
    return stem, "m"


class SurnameFirst:
    """Surname-first East Slavic names of a finder's text (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str
    mentions: dict
    used: set[int]

    def fathers_name(self, words_: list[int]) -> tuple[str, str] | None:
        """The patronymic between an East Slavic given name and surname, in any case, as
        its nominative with the gender it shows (*Марии Дмитриевны Менделеевой*:
        *Дмитриевна*, a woman; *Ивана Павловича*: *Павлович*, a man), or None."""
        if self.lang not in _EAST_SLAVIC or len(words_) < 3:
            return None
        return patronymic(self.toks[words_[-2]].text)

    known: set[str]

    def initials_cut(self, seg: list[int]) -> list[list[int]]:
        """The segment cut after each surname with its initials (*Слово предоставляется
        Иванову И. И.* | *Иванов И. И.* | *Уважаемые*): the initials' last full stop ends
        the name, whatever capitalised word or line follows."""
        pieces, start = [], 0
        for at in range(len(seg)):
            count = self._initials_after(seg[start:], at - start) if at >= start else 0
            if count:
                if at > start:
                    pieces.append(seg[start:at])
                pieces.append(seg[at : at + 1 + count])
                start = at + 1 + count
        return [*pieces, seg[start:]] if start < len(seg) else pieces

    def _initials_after(self, seg: list[int], at: int) -> int:
        """How many initials (one or two) follow the surname at ``seg[at]`` in official
        order; 0 where the word is no such surname: a given name (*Иван П.*, a court's
        way of hiding the surname), an initial itself, a function word or a place."""
        if self.lang not in (*_EAST_SLAVIC, "hu"):
            return 0
        toks, text = self.toks, self.text
        word = toks[seg[at]]
        if len(word.text) < 2 or not word.text[:1].isupper() or word.text.isupper():
            return 0
        hungarian = self.lang == "hu"
        if hungarian and not is_family_name(word.text):
            return 0  # Cigánybárójának I.: a declined noun and an act's numeral
        if (
            _given(word.text, self.lang) is not None
            or _stop(word.text, self.lang)
            and not hungarian
        ):
            return 0  # Nagy P.: a family name of the list, though a word too
        listed = is_family_name(word.text) or surname_shaped(word.text, self.lang)
        if is_lower_word(word.text, self.lang) and not listed and not hungarian:
            return 0  # Музей Я.Коласа: a noun before a name's initial
        if at > 0 and _is_initial(text, toks[seg[at - 1]]):
            return 0  # И. И. Иванова: the usual order, initials first
        count, prev = 0, word
        for n in seg[at + 1 : at + 3]:
            gap = text[prev.end : toks[n].start]
            if not _is_initial(text, toks[n]) or gap not in ((" ",) if not count else (". ", ".")):
                break
            count, prev = count + 1, toks[n]
        if (
            count
            and is_place_name(word.text, self.lang)
            and not surname_shaped(word.text, self.lang)
        ):
            return 0
        return count

    def surname_first(self, seg: list[int]) -> list[int] | None:
        """The last three words of the segment when they are a surname, a given name and
        a patronymic (*Петров Сергей Андреевич*): a capitalised word that is no given
        name, place or function word, and a common word only as a listed family name
        or a surname's shape."""
        if len(seg) > 1 and self._initials_after(seg, 0) == len(seg) - 1:
            return seg  # Иванов И. И.
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
        given name and the patronymic after it as the given part, or the initials."""
        if _is_initial(self.text, self.toks[words_[1]]):
            self.add_surname_initials(words_)
            return
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

    def add_surname_initials(self, words_: list[int]) -> None:
        """A surname and initials after it (*Иванову И. И.*): the initials show neither
        case nor gender, so the surname's citation form is the one the text knows."""
        first, last = self.toks[words_[0]], self.toks[words_[-1]]
        lemma, k = _best_lemma(first.text, self.lang, self.known)
        given = " ".join(self.toks[n].text + "." for n in words_[1:])
        end = last.end + 1
        self.mentions[first.start] = Mention(
            self.text[first.start : end],
            first.text,
            lemma,
            k,
            first.start,
            end,
            True,
            "person",
            None,
            given,
            family_first=True,
        )
        self.used.update(range(words_[0], words_[-1] + 1))


def _is_initial(text: str, tok: Tok) -> bool:
    """A single capital with a full stop after it and no letter glued to that stop
    (*Я.Коласа*: the initial of the name after it)."""
    after = text[tok.end + 1 : tok.end + 2]
    return (
        len(tok.text) == 1
        and tok.text.isupper()
        and text.startswith(".", tok.end)
        and not (after.isalpha() and after.islower())
    )
