"""Where a multi-word name starts in a run of capitalised words, and where it ends.

A mixin of :class:`glossary.detect._Finder`: the given name that opens a name
(listed, not a role before another given name, not a sentence's first word
the language also writes), the evidence that opens one without a listed given
name (titles, verbs of saying, an unlisted given name before a listed family
name), and the end of a name (before a common noun, after a genitive, after a
ruler's numeral; particles kept: Ursula von der Leyen).
"""

from __future__ import annotations

import re

from glossary.absence import NOUN_CAPITALISING
from glossary.dictnames import cyrillic_dictionary_name, is_person_form
from glossary.eastasian import hyphened_given, no_word
from glossary.eastcases import _CYRILLIC_VOWELS
from glossary.englishwords import english_phrase
from glossary.gazetteer import is_place_name
from glossary.given import cyrillic_given_gender, own_given_only
from glossary.givenform import SPREAD_RARE, _given, _given_citation, _spread
from glossary.inflect import lemmas
from glossary.lexicon import english_person_nouns, is_lower_word, words
from glossary.listfiles import fold
from glossary.namelists import (
    chinese_names,
    given_as_written,
    given_gender,
    is_family_name,
    listed_both,
)
from glossary.possessive import name_possessive
from glossary.shapes import SLAVIC, east_adjective, surname_shaped
from glossary.wordclass import (
    _PARTICLES,
    _weak,
    double_capital,
    english_title,
    may_be_word,
    name_like,
    role_before,
)

#: A man's East Slavic surname in a case other than the nominative: the adjectival
#: genitive, dative, instrumental (Достоевского, Толстому, Белым) and the genitive,
#: dative, instrumental of one in -ов, -ев, -ин (Петрова, Петрову, Петровым).
_OBLIQUE_SURNAME = re.compile(
    r"(?:ого|его|ому|ему|ым|ова|ева|ёва|ина|ына|іна|ову|еву|ёву|ину|ыну|іну|ага|аму|ава)$"
)
#: Endings of an East Slavic man's surname of a noun's declension in an oblique case
#: (Жадана, Жадану, Жаданом, Жаданові; Коваля of Коваль), longest first.
_MANS_CASE_ENDINGS = ("ові", "еві", "ом", "ем", "а", "у", "я", "ю")


def _declined_surname(word: str, lang: str) -> bool:
    """An East Slavic man's surname in an oblique case by the dictionary's forms: the word
    and the stem it ends (its nominative, or with *ь*) are both forms of a surname it tags
    (*Жадана* of *Жадан*), where a man's surname in -а is written so in its nominative
    (*Кулеба*: no *Кулеб*)."""
    if not is_person_form(word, lang):
        return False
    for ending in _MANS_CASE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 2:
            return is_person_form(stem, lang) or is_person_form(stem + "ь", lang)
    return False


#: "Son of" in Arabic names as Latin texts write them, the particles a run of capitalised
#: words holds: the word after is the father's given name (*Faisal bin Farhan*).
_SON_OF = frozenset(("bin", "ibn"))
#: A noun of a person that at most this many sources give as a given name is a rank
#: before one in English (*Prince*, *Queen*, *King*: 2, 2, 1; *Mark*, *Guy*: 18, 11).
_RANK_SPREAD = 2


class FullNames:
    """Needs the finder's ``toks`` and ``lang`` and the evidence of its other mixins."""

    def _english_rank(self, word: str, after: int) -> bool:
        """In English, a noun of a person that few sources give as a name (*Prince*,
        *King*, *Duke*; not *Mark*, *Guy*), before a given name: a rank, not the name."""
        return (
            self.lang == "en"
            and word.lower() in english_person_nouns()
            and _spread(word, "en") <= _RANK_SPREAD
            and _given(self.toks[after].text, "en") is not None
        )

    def full_name(self, seg: list[int]) -> tuple[int, str | None] | None:
        """Where a multi-word name starts in a segment, with its given name's gender."""
        toks, lang = self.toks, self.lang
        if len(seg) > 2 and self.genitive_head(seg[-1]):
            return self.full_name(seg[:-1])  # Thomas Manns Roman: the name before the noun
        if len(seg) < 2 or toks[seg[-1]].text in _PARTICLES or self.genitive_head(seg[-1]):
            return None  # Merkels Roman: a genitive and its noun, no given name and surname
        if any(self.place_particle_at(n) for n in seg):
            return None  # Lido di Spina: a place's name
        for s, n in enumerate(seg[:-1]):
            word = toks[n].text
            if word in _PARTICLES:
                continue
            if self._initial(toks[n]):
                return s, ""
            if self.genitive_head(n):
                continue  # Real Madrids Star Vinícius Júnior: the genitive's noun, no Star
            gender = _given(word, lang)
            child_of = self.before_child_of(seg, s)
            if child_of is not None:
                return s, child_of  # Scheich Tamim bin Hamad Al Thani, listed given name or not
            if self.polite_pronoun(word):
                continue  # Vermissen Sie Berlin?: the pronoun, no given name Sie
            if gender is None and s + 2 == len(seg) and self.hyphened_before_family(n, seg[-1]):
                return s, None  # Fei-Fei Li: a Chinese given name first, as the West writes it
            if gender is None and self.rulers_numeral(seg[s + 1]):
                gender = given_gender(self.ruler_given(word) or word)  # Ottos II.: Otto's
            if gender is None or self.slavic_phrase(seg[s], seg[s + 1]):
                continue  # Sąd Wojewódzki, Unii Europejskiej: no rare given name Sad, Uni
            womans = gender == "f" and not listed_both(word, lang)  # no Andrea, Hayat Ali
            if womans and any(self._mans_given(g) for g in seg[s + 1 : -1]):
                continue  # Rady Lekarskiej Łukasz Jankowski: a man's name begins later
            if lang == "de" and given_gender(word) is None and role_before(word, lang):
                continue  # die Polin Iga Świątek: a role only a loose key reads as Paulina
            after = toks[seg[s + 1]].text  # Ursulą von der Leyen: a surname after particles
            if s + 2 < len(seg) and after not in _PARTICLES and self.case_apart(word, after):
                continue  # zarządu Fedu Kevin Warsh: a genitive before a nominative's name
            if self.nominative_before_case(word, after):
                continue  # Роман Достоевского: the novel of Dostoevsky, no Roman
            if self.loose_given_place(word):
                continue  # сталіцу Аўстрыі Вену: Austria's, no name a loose key reads
            if self.foreign_given_word(word) and not self.foreign_name_as_written(n, seg[s + 1]):
                continue  # в Лиге Европы: the league, no Latvian Līga
            if self.word_before_place(word, seg[s + 1]):
                continue  # Новы Мінск, New Minsk: no woman Нова of a surname Мінск
            if fold(word) in words(lang, "language") and not self._surname(seg[s + 1]):
                continue  # German Chancellor: the adjective, no given name Germán
            if _spread(word, lang) <= SPREAD_RARE and role_before(word, lang):
                if _given(toks[seg[s + 1]].text, lang) is not None:
                    continue  # Kaiser Franz Joseph: the role before a given name
            if self.german_rank(word, toks[seg[s + 1]].text):
                continue  # den Major Müller: the rank, though English lists give Major
            if self._english_rank(word, seg[s + 1]):
                continue  # Crown Prince Mohammed bin Salman, King Charles: the rank
            if english_title(word, lang):
                continue  # Governor DeSantis: a role as a title, no given name
            if _weak(word, lang) and _weak(toks[seg[s + 1]].text, lang):
                continue  # Max Herbst? Mark Aurel? two common words are no evidence
            if s + 2 == len(seg) and english_phrase(word, toks[seg[s + 1]].text, lang):
                continue  # Tone Mapping: a title's English words, no given name Tone
            if self.noun_before_given(word, toks[seg[s + 1]].text):
                continue  # Oma Gerda: the noun before her given name, no given name Oma
            if self.word_before_noun(n, toks[seg[s + 1]].text):
                continue  # Helle Bereiche, Per Voreinstellung: an adjective and its noun
            if toks[n].initial and (
                not self._name_tail(seg[s + 1 :], n)
                or (given_gender(word, lang) is None or not given_as_written(word, lang))
                and lang not in NOUN_CAPITALISING
                and is_lower_word(word, lang)
                or any(
                    _given(toks[g].text, lang) is not None
                    for g in seg[s + 1 : -1]
                    if toks[g].text.lower() not in _PARTICLES
                )
                and (lang not in NOUN_CAPITALISING and may_be_word(word, lang) or _weak(word, lang))
            ):
                # Słowa Władimira Putina, Калі Расея ("when Russia"): the sentence's first
                # word is a word of the language, no given name; one no list has as
                # written (Калі reads as Kali only through a key) is no name at all there
                continue
            patronymic = len(seg) - s == 3 and toks[seg[s + 1]].text in _SON_OF
            # Honoré de Balzac: a particle between the two names counts as no name word
            words_on = sum(toks[g].text not in _PARTICLES for g in seg[s:])
            if _spread(word, lang) <= SPREAD_RARE and not (
                self._surname(seg[-1])
                or (
                    self.unknown(seg[-1])
                    or self.slavic_unknown(seg[s], seg[-1])
                    or s == 0  # Mohammed Anwar Sadat: no name begins inside another
                    and self.english_unknown(seg[s], seg[-1])
                )
                and words_on == 2
                and (len(seg) - s == 2 or not self.names_a_thing(n))  # Felsschlucht Gorge
                or patronymic  # Faisal bin Farhan: a father's given name after "son of"
                or self.rulers_numeral(seg[s + 1])  # Ottos II.
                or len(seg) - s == 2
                and self._rare_pair(seg[s], seg[-1])  # Serap Güler
            ):
                if not self.particle_surname(seg[s:]):  # Honoré de Balzac: its shape will do
                    continue  # Dow Jones, Mars Surveyor: a rare given name needs a known surname
            return s, gender
        start = next(
            s
            for s, n in enumerate(seg)
            if not (_weak(toks[n].text, lang) or self.polite_pronoun(toks[n].text))
            or s == len(seg) - 1
        )
        if (titled_unlisted := self.titled_unlisted(seg, start)) is not None:
            return titled_unlisted  # Parteichefin Kemi Badenoch, Wirtin Vroni Grassl
        if len(seg) - start >= 2 and self.honorific_noun(seg[start]):
            return start + 1, self.title_before(seg[start + 1]) or None  # Mrs Justice X
        if len(seg) - start >= 2 and (
            self.title_before(seg[start]) is not None
            or self.attributed(seg[start], seg[-1])
            or self.authored(seg[start:])  # -- Heimito von Doderer
        ):
            return start, None
        titled = self.titled_later(seg, start)
        if titled is not None:
            return titled, None
        if self.english_title_run(seg, start):
            return start, None
        if self.unlisted_given(seg, start):
            return len(seg) - 2, None
        if self.reported_speaker(seg) or self.french_title_run(seg) or self.english_role_run(seg):
            return 0, None
        if self.slavic_subject_pair(seg[-2:]):
            return len(seg) - 2, None
        last, prev = toks[seg[-1]], toks[seg[-2]]
        if (
            surname_shaped(last.text, lang)
            and not self.adjective_in_name(seg[-1])
            and not _weak(last.text, lang)
            and (not prev.initial or double_capital(prev.text))
            and len(prev.text) > 1  # a lone capital with no full stop is no initial: У Менску
            and all(name_like(part) for part in prev.text.split("-"))
            and not _weak(prev.text, lang)
            and prev.text not in _PARTICLES
            and not self.polite_pronoun(prev.text)
            and not self.slavic_phrase(seg[-2], seg[-1])
            and not (east_adjective(prev.text, lang) and _given(prev.text, lang) is None)
            and not self.noun_before_genitive(prev.text, last.text)
            and not name_possessive(prev.text, lang)  # Dvořákova Novosvětská symfonie
        ):  # в Западной Африке, Большая Даниловка: an adjective and its noun
            # у Маскве Пуцін: a place's case form, then the surname alone
            return len(seg) - (1 if self.loose_given_place(prev.text) else 2), None
        arabic = self.before_arabic_article(seg)
        return None if arabic is None else (arabic, None)  # Baschar al-Assad

    def noun_before_genitive(self, word: str, last: str) -> bool:
        """A Slavic common noun no list has as a name before a listed family name in a
        case (*Lotnisko Chopina*, the airport named after Chopin): the noun the name
        depends on, no given name; *Arata Isozaki*, a name as written, keeps its word."""
        lang = self.lang
        if lang not in SLAVIC or not is_lower_word(word, lang) or _given(word, lang) is not None:
            return False
        return not is_family_name(last) and any(
            is_family_name(f) or is_person_form(f, lang) for f in lemmas(last, lang)[1:]
        )

    def particle_surname(self, seg: list[int]) -> bool:
        """A given name that is no word of the language or of English, particles in lower
        case and one capitalised word that is no word nor a place (*Honoré de Balzac*,
        *Pieter van Musschenbroek*): a person's name by its shape, however rare the given
        name; no firm's or product's name sets a particle so (*Dow Jones*, *Mars
        Surveyor*), and a place's that does begins with a word (*Gorge de la Langouette*)."""
        toks, lang = self.toks, self.lang
        between = [toks[n].text for n in seg[1:-1]]
        if not between or not all(w in _PARTICLES and w.islower() for w in between):
            return False
        first = toks[seg[0]].text
        if _weak(first, lang) or is_lower_word(first, lang) or is_lower_word(first, "en"):
            return False  # Gorge de la Langouette: a word, the name of a place
        if between[0] in _SON_OF or between[0] in ("al", "el"):
            return False  # bin, al: read by the Arabic name's own rules
        last = toks[seg[-1]].text
        return not (
            _weak(last, lang)
            or is_lower_word(last, lang)
            or is_place_name(last, lang)
            or fold(last) in words(lang, "territory")
        )

    def _rare_pair(self, first: int, n: int) -> bool:
        """Token ``n``, after a rare given name, is another one and no word of any list:
        in the countries whose names one source lists, surnames are often given names as
        well (*Serap Güler*, *Emine Yıldız*); a word twice is no name (*Echo Echo*)."""
        word = self.toks[n].text
        return (
            word != self.toks[first].text
            and _given(word, self.lang) is not None
            and _spread(word, self.lang) <= SPREAD_RARE
            and not _weak(word, self.lang)
            and not is_lower_word(word, self.lang)
        )

    def foreign_given_word(self, word: str) -> bool:
        """A Russian or Ukrainian common word that only another language's given name
        spells (*Лиге*, the league's; *Лига* is Latvian): the dictionary of the text's
        language, which lists its own given names, reads no name there."""
        if self.lang not in ("ru", "uk") or not is_lower_word(word, self.lang):
            return False
        return not cyrillic_dictionary_name(_given_citation(word, self.lang), self.lang)

    def foreign_name_as_written(self, n: int, after: int) -> bool:
        """A common word of the language written capitalised inside a sentence, as it
        stands, that spells a widely listed given name of another language, before a
        capitalised word that is no word of the language nor a place, in the same case
        (*министр Вольфрам Ваймер*: Wolfram; not *в Лиге Европы*, a case form before a
        place's, nor *Канон Поликлета*, a nominative before a genitive)."""
        word, next_word = self.toks[n].text, self.toks[after].text
        if self.toks[n].initial or _given_citation(word, self.lang) != word:
            return False
        if is_lower_word(next_word, self.lang) or self.declined_place(next_word):
            return False
        if word[-1].lower() not in _CYRILLIC_VOWELS and next_word[-1].lower() in _CYRILLIC_VOWELS:
            return False  # Канон Поликлета: a name as written agrees in case with no genitive
        return cyrillic_given_gender(word, self.lang, wide=True) is not None

    def case_apart(self, word: str, after: str) -> bool:
        """In a Slavic language, a given name in a case (*Fedu*: *Fed*) before one as
        written (*Kevin*): the names of one person agree in case, so the first word is
        another's, or no name (*członek zarządu Fedu Kevin Warsh*)."""
        if self.lang not in SLAVIC or _given_citation(word, self.lang) == word:
            return False
        return _given(after, self.lang) is not None and _given_citation(after, self.lang) == after

    def hyphened_before_family(self, n: int, m: int) -> bool:
        """Token ``n`` a Chinese or Korean given name of two syllables with a hyphen, the
        language no use for it, before token ``m``, a listed Chinese family name: the
        name in the order the West writes it (*Fei-Fei Li*, *Ai-jen Wang*)."""
        given = self.toks[n].text
        return (
            hyphened_given(given)
            and no_word(given, self.lang)
            and self.toks[m].text in chinese_names()[0]
        )

    def _mans_given(self, n: int) -> bool:
        """Token ``n`` is a given name of men only, no function word or particle (*Le*,
        which a list gives as a man's name: *Marine Le Pen*): after a woman's given name
        in one run, the start of another person's name (*Rady Lekarskiej Łukasz
        Jankowski*: the council's, then the man; *Jan Maria Rokita*, a man's name first,
        stays one). A name the list gives women too is none, whatever gender it settles
        on (*Hayat Ali Shah*, one student)."""
        word = self.toks[n].text
        if word.lower() in _PARTICLES or fold(word) in words(self.lang, "function"):
            return False  # Marine Le Pen: a particle of the surname, capitalised
        return _given(word, self.lang) == "m" and not listed_both(word, self.lang)

    def nominative_before_case(self, word: str, after: str) -> bool:
        """In East Slavic text, a man's given name as written, in its nominative, before a
        man's surname in another case (*Роман Достоевского*, *Иван Петрову*): the names of
        one person agree in case, so the word is a noun or another's name and the surname
        a person of its own, in its case."""
        if self.lang not in ("ru", "uk", "be") or _given(word, self.lang) != "m":
            return False
        if _given_citation(word, self.lang) != word or word[-1].lower() in _CYRILLIC_VOWELS:
            return False  # Дзмітрыя, Никита: a vowel ends a case form or a man's -а name
        return bool(_OBLIQUE_SURNAME.search(after.lower())) or _declined_surname(after, self.lang)

    def word_before_place(self, word: str, n: int) -> bool:
        """A word of the language that only a loose key reads as a given name, before a
        listed place (*Новы Мінск*, *Nowy Sącz*): the place's own first word, in a
        language that capitalises names only."""
        lang = self.lang
        if lang in NOUN_CAPITALISING or given_gender(word, lang) is not None:
            return False
        return is_lower_word(word, lang) and is_place_name(self.toks[n].text, lang)

    def loose_given_place(self, word: str) -> bool:
        """A case form of a listed city or country (*Маскве*, *Аўстрыі*, *Вену*) that no
        list has as a given name as written or declined, only through a loose key (a
        rare English *Austri*, *Vena*): in a language that capitalises names only, the
        place. ``declined_place`` already reads the place and asks the general list;
        the language's own names count against it here too."""
        if not self.declined_place(word):
            return False
        return all(
            given_gender(form, self.lang) is None and not own_given_only(form, self.lang)
            for form in lemmas(word, self.lang)
        )
