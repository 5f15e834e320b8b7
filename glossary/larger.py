"""A person's name inside the name of a thing: a firm (Herzog & de Meuron, … GmbH), a
club after an acronym (SC DHfK), a place ending in a city (Juventus Turin) or led by a
place word (San Remo, St. Peter), an English title (Plenty of Room at the Bottom) or an
English name of a place or institution (Lee Strasberg Theatre), an acronym's expansion
(Debian Free Software Guidelines (DFSG)). :class:`glossary.detect._Finder`
mixes these checks in; they read its ``toks``, ``text`` and ``lang``.
"""

from __future__ import annotations

import re

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.acronyms import in_expansion
from glossary.apposition import animate_noun
from glossary.gazetteer import (
    is_place_name,
    multiword_cities,
    multiword_city_starts,
    place_prefixes,
    street_types,
)
from glossary.germanwords import german_nouns, is_german_lower
from glossary.givenform import _given
from glossary.lexicon import (
    english_person_acronyms,
    english_storm_nouns,
    is_firm_word,
    is_lower_word,
    legal_forms,
    words,
)
from glossary.listfiles import fold
from glossary.namelists import is_family_name
from glossary.namestart import LEAD_PARTICLES
from glossary.shapes import POSSESSIVE
from glossary.surnamefirst import latin_patronymic
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _COORDINATORS, _PARTICLES, _role, english_title, role_before

#: A house number and one space, right before a street's name (*51 Franklin Street*).
_HOUSE_NUMBER = re.compile(r"(?<![\w.,])(\d{1,5})[a-z]? $")
#: A year, which a name may follow (*1998 Damon Hill*), no house number.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: What may follow a firm's name before its legal form: capitalised words, & and full stops,
#: each a whole word (the Co of *Co-Chef* is no company).
_FIRM_TAIL = re.compile(r"(?:[ \u00a0]+(?:&|[A-ZÄÖÜ][\w.]*|Co\.?)(?![\w-])){1,4}")
_FIRM_WORD = re.compile(r"[\w.]+")


#: Quotation marks that open and close a title in the languages bitext reads.
_OPENING = frozenset('„“"«»‚‘')
_CLOSING = frozenset('“”"»«‘’')
#: The most words a city's name of the list has.
_CITY_WORDS = 4
#: Characters before a name in which a quotation's opening mark is looked for.
_TITLE_REACH = 60


class LargerNames:
    """Whether tokens ``first``..``last`` of a finder name a thing rather than a person."""

    toks: list[Tok]
    text: str
    lang: str

    def in_larger_name(self, first: int, last: int) -> bool:
        """Tokens first..last are part of the name of a firm, club or place rather than a
        person: joined by & or followed by a legal form (Herzog & de Meuron, Bilfinger
        Berger Projektentwicklung GmbH), a word after an acronym (BNP Paribas, SC DHfK), or
        words ending in a city with no given name or role before them (Juventus Turin)."""
        toks, text = self.toks, self.text
        if self.cited_authors(last) or toks[first].text in LEAD_PARTICLES.get(self.lang, ()):
            return False  # Schmidt et al.; ter Stegen: a particle leads no firm's name
        if self.firm_around(toks[first].start, toks[last].end) or self.after_prefix(first, last):
            return True
        if self.in_city_name(first, last):
            return True  # Porto Alegre, Abu Dhabi: a city's name of several words
        if in_expansion(text, toks[first].start, toks[last].end, self.lang):
            return True  # Debian Free Software Guidelines (DFSG): an acronym's expansion
        if self.address(first, last):
            return True  # 51 Franklin Street: a street named after someone
        if self.storm_name(first, last):
            return True
        if self.quoted_title(first, last) and not self.called(first):
            return True  # „Ich heiße Gernot“: a quotation's last word, but a name one bears
        if self.in_foreign_phrase(first, last) or self.english_head_after(last):
            return True
        if last - first >= 2 and self.thing_head(first, last) and self.full_before(first, last):
            return True  # Max Planck Institute: a full name before a thing's head noun
        given = any(  # an initial abbreviates a given name (E.Schneider und K.Wien)
            _given(toks[n].text, self.lang) is not None
            or self._initial(toks[n])
            or self.rulers_numeral(n + 1)  # Ottos II. von Neumarkt: a ruler's, in a case
            for n in range(first, last)
        )
        if first > 0 and text[toks[first - 1].end : toks[first].start] == " ":
            prev = toks[first - 1].text
            acronym = len(prev) >= 2 and prev.isupper() and not toks[first].initial
            acronym = acronym and prev not in english_person_acronyms()  # CEO Sundar Pichai
            given_next = given or _given(toks[first].text, self.lang) is not None
            # BNP Paribas; a given name after it reads on (FC Carl Zeiss Jena), and so does
            # a name after the body a person leads (Президент ЮАР Сирил Рамафоса)
            if acronym and not given_next and not self.acronym_after_noun(first - 1):
                return True
        word = toks[last].text
        if last == first or not is_place_name(word, self.lang) or is_family_name(word):
            return False
        if self.title_before(first) is not None:
            return False  # der Regisseur Hayao Miyazaki: a role names a person, not a club
        if given and self.attribution(first) and self.attribution(last):
            return False  # -- Nelson Rolihlahla Mandela: an author's line names a person
        particles = sum(toks[n].text.lower() in _PARTICLES for n in range(first, last))
        all_given = all(  # Gerhard Johann David von Scharnhorst: given names and a particle
            toks[n].text.lower() in _PARTICLES
            or _given(toks[n].text, self.lang) is not None
            or self._initial(toks[n])  # M. I. Lermontov: initials abbreviate given names
            or latin_patronymic(toks[n].text)  # Alexej Maximovič Gorkij: a father's name
            or self.rulers_numeral(n)  # Elisabeth II. von England
            or self.rulers_numeral(n + 1)
            for n in range(first, last)
        )
        return not given or last - first - particles >= 2 and not all_given  # not Marine Le Pen

    def address(self, first: int, last: int) -> bool:
        """A house number right before token ``first`` and a street's last word at token
        ``last`` or one or two words after it (*51 Franklin Street*, *59 Temple Place*,
        *1600 Pennsylvania Avenue*): an address, whatever the street is named after. Not
        after a year (*1998 Damon Hill*)."""
        toks, text = self.toks, self.text
        start = toks[first].start
        number = _HOUSE_NUMBER.search(text, max(0, start - 12), start)
        if number is None or _YEAR.fullmatch(number[1]):
            return False
        for n in range(last, min(len(toks), last + 3)):
            if n > last and not adjacent(text, toks[n - 1], toks[n]):
                return False
            if toks[n].text in street_types():
                return True
        return False

    def in_city_name(self, first: int, last: int) -> bool:
        """Tokens first..last are the whole or a part of a city's name of several words
        as written here (*Porto Alegre*, *in Dar es Salaam*; :func:`glossary.gazetteer.
        multiword_cities`)."""
        toks, text, starts = self.toks, self.text, multiword_city_starts()
        for a in range(max(0, last - _CITY_WORDS + 1), first + 1):
            if toks[a].text not in starts:
                continue
            names = multiword_cities()
            for b in range(max(last, a + 1), min(len(toks), a + _CITY_WORDS)):
                if text[toks[a].start : toks[b].end] in names:
                    return True
        return False

    def quoted_title(self, first: int, last: int) -> bool:
        """Tokens first..last fill a pair of quotation marks of their own, with more than
        one word: the title of a work named after its hero (Mozarts „Don Giovanni“,
        "Anna Karenina"), which the text quotes; a person's name it writes bare. So does
        one word that ends a quotation of a few words opening with a capital, with no
        punctuation inside (*«Кафе Мюллер»*, *"Romeo i Julia"*): a title's last word, not
        a person addressed (*„Danke, Müller“*); a full name there is a person's."""
        start = self.toks[first].start
        before = self.text[start - 1 : start]
        after = self.text[self.toks[last].end : self.toks[last].end + 2]
        if after[1:] == "<" or after[:1] not in _CLOSING:
            return False  # "Ryan Reynolds"<rreynolds@…>: a mail's sender
        if before in _OPENING:
            return first != last
        if first != last:
            return False  # «Паштовая скрынка Лявона Вольскага»: a full name is a person's
        window = self.text[max(0, start - _TITLE_REACH) : start]
        opening = max(window.rfind(mark) for mark in _OPENING)
        quoted = window[opening + 1 :]
        inside = quoted.split()
        return (
            opening >= 0
            and 1 <= len(inside) <= 5
            and inside[0][:1].isupper()
            and not any(mark in quoted for mark in ",.;:!?")
        )

    def acronym_after_noun(self, n: int) -> bool:
        """Token ``n`` is an acronym in capitals after a noun of a person, the body the
        person leads (*Президент ЮАР*, *посол США*)."""
        word = self.toks[n].text if 0 <= n < len(self.toks) else ""
        return (
            n > 0
            and 2 <= len(word) <= 5
            and word.isupper()
            and self.text[self.toks[n - 1].end : self.toks[n].start] == " "
            and animate_noun(self.toks[n - 1].text, self.lang) is not None
        )

    def storm_name(self, first: int, last: int) -> bool:
        """In English, a given name right after a capitalised noun of a storm, or the two
        words together (*Storm Bert*, *Hurricane Milton*, *Tropical Storm Helene*): the
        name of a weather system. A listed family name after it is a person's (*Storm
        Reid*: *Storm* is a given name too)."""
        toks = self.toks
        if self.lang != "en" or last - first > 1:
            return False
        name = toks[last].text
        if _given(name, self.lang) is None or is_family_name(name):
            return False
        at = first if last > first else first - 1
        if at < 0 or not adjacent(self.text, toks[at], toks[at + 1]):
            return False
        noun = toks[at].text
        return noun[:1].isupper() and noun[1:].islower() and noun.lower() in english_storm_nouns()

    def english_head_after(self, last: int) -> bool:
        """Right before a capitalised English common noun that is no name word (Lee
        Strasberg Theatre, Dave Matthews Band, Queen Mary Peak): the name of a thing that
        holds a person's name, not the person; not after a possessive (*Elon Musk's
        Tesla*). The name's own last word is not asked: surnames are English words too
        (Usain Bolt, Charles Messier)."""
        toks = self.toks
        if last + 1 >= len(toks) or not adjacent(self.text, toks[last], toks[last + 1]):
            return False
        if POSSESSIVE.search(toks[last].text):
            return False  # Elon Musk's SpaceX: what the person owns, no thing of his name
        head = toks[last + 1]
        if fold(head.text) in words("en", "function") or self.text.startswith(":", head.end):
            return False  # Raphaël Hertzog This document …, Emil Brink Abstract: no head noun
        return not head.initial and self.english_common(last + 1)

    def thing_head(self, first: int, last: int) -> bool:
        """Token ``last`` heads the name of a thing: a word of firms' names that is no
        name word (*Institute*, which English capitalises more often than not), or an
        English common noun after *the* (*the John Lewis Partnership*; a surname may be
        an English word too: *Hagar Shmoulefeld Finer*)."""
        word = self.toks[last].text
        if is_firm_word(word) and not is_family_name(word) and _given(word, self.lang) is None:
            return True
        after_the = first > 0 and self.toks[first - 1].text.lower() == "the"
        return after_the and self.english_common(last)

    def full_before(self, first: int, last: int) -> bool:
        """Tokens first..last-1 are a given name and a surname that is no given name
        (Max Planck of *Max Planck Institute*; not John Lewis, whose Lewis is a given
        name too, nor Martin Luther King, a family name ending the name itself)."""
        toks = self.toks
        if toks[last - 1].text.lower() in _PARTICLES:
            return False  # Léonard de Vinci, Leonardo Da Vinci: the particle's surname
        return _given(toks[first].text, self.lang) is not None and (
            _given(toks[last - 1].text, self.lang) is None
        )

    def english_common(self, n: int) -> bool:
        """A capitalised word that English writes in lower case and that is no name word
        and, in German, no German word."""
        word = self.toks[n].text
        if not capitalised(word) or "-" in word or word.lower() in _PARTICLES:
            return False
        if is_family_name(word) or _given(word, self.lang) is not None:
            return False
        if self.lang in NOUN_CAPITALISING and (word in german_nouns() or is_german_lower(word)):
            return False
        return is_lower_word(word, "en")

    def in_foreign_phrase(self, first: int, last: int) -> bool:
        """Next to a function word of English and not of the text's language (Plenty of
        Room at the Bottom, Blood of Eden; stopwords-iso's English list holds the Romance
        articles too: Prix de Rome, Gorge de la Langouette): a title or a foreign name of a
        thing; a person's particles inside the span are not looked at (Ana de Sousa). A
        full name opening with a listed given name may stand beside a coordinator: English
        joins people with *and* as German does with *und*."""
        if self.lang == "en":
            return False
        toks, text, own, english = (
            self.toks,
            self.text,
            words(self.lang, "function"),
            words("en", "function"),
        )
        listed = last > first and _given(toks[first].text, self.lang) is not None
        for a, b in ((first - 1, first), (last, last + 1)):
            if a < 0 or b >= len(toks) or text[toks[a].end : toks[b].start] != " ":
                continue
            other = toks[a if a < first else b].text
            if listed and other in _COORDINATORS:
                continue  # Monica Jackson and Elizabeth Stark: people a list names
            if listed and b > last and self.own_lower(other):
                continue  # von Julian Brandt per Kopf: German's own preposition
            if other.islower() and other in english and other not in own:
                return True
        return False

    def own_lower(self, word: str) -> bool:
        """A word the text's language writes in lower case (German *per*, *via*)."""
        return is_german_lower(word) if self.lang == "de" else is_lower_word(word, self.lang)

    def after_prefix(self, first: int, last: int) -> bool:
        """Words that follow the first word of many places' names (San Remo, Puerto Rico,
        New York, Río Xingú), or start with one; not after a role (General Patton)."""
        toks, text = self.toks, self.text
        prefixes = place_prefixes()
        if last > first and toks[first].text in prefixes and not _role(toks[first].text, self.lang):
            return True
        if first == 0:
            return False
        gap, prev = text[toks[first - 1].end : toks[first].start], toks[first - 1].text
        if gap == ". ":
            return prev + "." in prefixes
        if gap == " " and prev + "." in prefixes:
            return True  # St Matthew Passion: British English writes St without its stop
        if gap != " " or prev not in prefixes or role_before(prev, self.lang):
            return False
        # General Mark Milley: an English title before a given name and a surname, a rank,
        # though places begin with the word (General Santos)
        given = last > first and _given(toks[first].text, self.lang) is not None
        return not (given and english_title(prev, self.lang))

    def firm_around(self, start: int, end: int) -> bool:
        """The name at text[start:end] is joined by & to another, or capitalised words lead
        from it to a legal form (… Stiftung & Co KG, … Projektentwicklung GmbH)."""
        text = self.text
        if text[max(0, start - 3) : start].strip().endswith("&"):
            return True
        tail = _FIRM_TAIL.match(text, end)
        if tail is None:
            return False
        if tail.group().lstrip().startswith("&"):
            return True
        forms = legal_forms()
        for word in _FIRM_WORD.findall(tail.group()):
            if not word.islower() and (fold(word) in forms or fold(word) + "." in forms):
                return True
        return False
