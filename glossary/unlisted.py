"""Names no list has: after a title, beside a verb of saying.

English writes a common noun capitalised inside a sentence as a title before a
name (*Prime Minister Keir Starmer*, *President Xi Jinping*), French writes it
in lower case after an article (*le président Xi Jinping*), and news in
English and French names a speaker right beside a verb of saying (*Keir Starmer
said*, *Keir Starmer a déclaré*, *« … », a déclaré Keir Starmer*, *selon Keir
Starmer*): there, two words the language has no use for are a person's name,
however new to every list. Without such evidence two unknown words stay unread:
*Sunni Arab* and *Islamic Jihad* look the same; a listed family name after a word no
list has is read, unless that word has the shape of an adjective of origin or faith.
A mixin of :class:`glossary.detect._Finder`; the names after a title are read in
:mod:`glossary.titled`, with this module's word tests.
"""

from __future__ import annotations

import re

from glossary.absence import NOUN_CAPITALISING
from glossary.apposition import animate_noun
from glossary.dictnames import is_name_only
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    german_finite_verbs,
    german_role_nouns,
    is_german_lower,
    proper_kinds,
)
from glossary.lexicon import (
    english_person_nouns,
    is_firm_word,
    is_lower_word,
    lower_words,
)
from glossary.namelists import given_spread, is_family_name
from glossary.pastverb import FULL_LISTS
from glossary.shapes import SLAVIC
from glossary.wordclass import (
    _MIN_SURNAME,
    _PARTICLES,
    GERMAN_SAYING,
    SAYING,
    _stop,
    _title,
    _weak,
    name_like,
)

#: German prepositions after which a singular noun of a person takes an article (*mit dem
#: Müller*) and a family name stands bare (*mit Müller*).
_BARE_AFTER = frozenset("von mit gegen für bei über ohne neben zwischen laut".split())
#: Marks that end a clause right after the speaker (Das sagte Koch.).
_CLAUSE_MARKS = (".", ",", ";", ":", "!", "?")
#: English's relative pronoun of a person right after a name (…, Serhou Guirassy, who …).
_WHO = ", who "
#: Endings of English adjectives of origin, faith or school, capitalised before a noun
#: (*Islamic*, *Syrian*, *Chinese*, *Kurdish*, *Shiite*, *Baptist*, *Sunni*, *Iraqi*).
_ORIGIN = re.compile(r"(?:ic|ian|ean|ese|ish|ite|ist|i)$")
#: Languages whose honorifics an English text quotes before a name (*Lord*, *Herr*, *Mme*).
_TITLED = ("en", "de", "fr")
#: Words that name the source of what follows (selon X, according to X).
_SOURCE = {"en": frozenset({"to"}), "fr": frozenset({"selon"})}


class UnlistedNames:
    """Titles and verbs of saying around unknown words (English, French); given names
    before unknown words (Slavic languages)."""

    def unlisted_given(self, seg: list[int], start: int) -> bool:
        """Two words, the second a family name of the general list and the first a word
        the language has no use for: a given name no list has before it (*Barack
        Obama*). Only where a list of the language's own words can tell that (German,
        and the languages with a list of lower-case words); English, which writes
        adjectives of origin and faith capitalised (*Sunni Arab*), by
        :meth:`english_unlisted_given`."""
        toks = self.toks
        if len(seg) - start < 2:
            return False
        if self.lang == "en":
            return self.english_unlisted_given(seg, start)
        if len(seg) - start > 2 and not (
            len(seg) - start == 3 and toks[seg[start]].initial and self._common(seg[start])
        ):
            return False  # only a sentence's first word may stand before (Wczoraj Barack Obama)
        start = len(seg) - 2
        if not (self.lang in NOUN_CAPITALISING or lower_words(self.lang)):
            return False
        first, last = toks[seg[start]].text, toks[seg[-1]].text
        surname = is_family_name(last) or self.dictionary_surname(seg[start], seg[-1])
        if not surname or _weak(last, self.lang) or not self._no_use(last):
            return False
        if self.after_determiner(seg[start]):
            return False  # the Sunni Arab regions: a thing's name or an adjective
        if self.lang in NOUN_CAPITALISING:
            return self.unknown(seg[start]) and not _stop(first, self.lang)
        return self._unknown_word(first) and len(first) >= _MIN_SURNAME

    def dictionary_surname(self, g: int, n: int) -> bool:
        """Token ``n`` a form the language's dictionary has as a person's name and as
        nothing else (*Machiavelli* in Czech), after a word that is no place's case form
        (*у Маскве Пуцін*), inside a sentence or as all its line holds (a byline's
        *Nicollo Machiavelli*): at a sentence's start the word before may be one of
        another language (*Вчера Статкевіч прыехаў*)."""
        if not is_name_only(self.toks[n].text, self.lang):
            return False
        if self.declined_place(self.toks[g].text):
            return False
        return not self.toks[g].initial or self.own_line(g, n)

    def english_unlisted_given(self, seg: list[int], start: int) -> bool:
        """In English, two words: a listed family name, or a name one source alone lists
        as a given name, that is no word of English (*Evans*, *Huxley*), after a word no
        list has a use for (*Bergan Evans*, *Aldous Huxley*). Not after a determiner
        (*the Sunni Arab regions*), nor after a word of the shape of an adjective of
        origin or faith (*Sunni*, *Islamic*, *Kurdish*, *Shiite*) or a noun of a person
        or title (*Lord*, *Herr*), which English capitalises before a name."""
        toks = self.toks
        if len(seg) - start != 2:
            return False
        first, last = toks[seg[start]].text, toks[seg[-1]].text
        surname = is_family_name(last) or 0 < given_spread(last) <= 1
        if not surname or _weak(last, self.lang) or not self._no_use(last):
            return False
        if self.after_determiner(seg[start]) or _ORIGIN.search(first):
            return False
        if first.lower() in english_person_nouns() or any(_title(first, t) for t in _TITLED):
            return False
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
        if text[toks[n - 1].end : toks[n].start] != " ":
            return False
        before, nxt = toks[n - 1].text, self._word(n + 1, toks[n].end)
        if before in GERMAN_SAYING:
            return text[toks[n].end : toks[n].end + 1] in _CLAUSE_MARKS or nxt[:1].islower()
        after = toks[n + 1].end if nxt else 0
        closed = text[after : after + 1] in (",", ".")
        return before.lower() == "wie" and nxt in GERMAN_SAYING and closed

    def family_after_preposition(self, n: int) -> bool:
        """A family name of the general lists that German also has as a noun of a person
        (*Müller*, *Koch*, *Richter*), bare right after a preposition (*die Leistung von
        Müller*, *ein Interview mit Müller*): the noun in the singular would need an
        article there."""
        toks = self.toks
        if self.lang != "de" or n < 1 or toks[n - 1].text not in _BARE_AFTER:
            return False
        word = toks[n].text
        if self.text[toks[n - 1].end : toks[n].start] != " " or not is_family_name(word):
            return False
        nxt = self._word(n + 1, toks[n].end)
        return word in german_role_nouns() and not nxt[:1].isupper()

    def named_source(self, n: int) -> bool:
        """One word the language has no use for after *according to* or *selon*: the
        source a report names (*According to Habeck, prices will rise*)."""
        word = self.toks[n].text
        if self.lang not in _SOURCE or n < 1 or not self._unknown_word(word):
            return False
        if "place" in proper_kinds(word):
            return False  # according to Paris: a government by its capital
        if self.text[self.toks[n - 1].end : self.toks[n].start] != " ":
            return False
        if self.toks[n - 1].text.lower() not in _SOURCE[self.lang]:
            return False
        return self.lang == "fr" or self._word(n - 2).lower() == "according"

    def inverted_speaker(self, n: int) -> bool:
        """One word French has no use for right after its verb of saying, in the past
        (*a déclaré Mbappé*) or the present (*», déclare Mbappé*), ending the clause: the
        subject of an inverted report, a person."""
        toks, word = self.toks, self.toks[n].text
        if self.lang != "fr" or n < 2 or toks[n - 1].text not in SAYING["fr"]:
            return False
        if self.text[toks[n - 1].end : toks[n].start] != " " or not self._unknown_word(word):
            return False
        if toks[n - 1].text.endswith("é") and self._word(n - 2) != "a":
            return False  # le texte déclaré Patrimoine: a participle of a noun
        return self.text[toks[n].end : toks[n].end + 1] in (".", ",", ";", "!", "?", ")", "")

    def reported_speaker(self, seg: list[int]) -> bool:
        """Two words the language has no use for beside a verb of saying, or after a
        word naming a source (according to, selon): a speaker no list has."""
        toks, saying = self.toks, SAYING.get(self.lang)
        if saying is None or len(seg) != 2:
            return False
        if not all(self._unknown_word(toks[n].text) for n in seg):
            return False
        after = self._word(seg[-1] + 1, toks[seg[-1]].end)
        if after in saying or after == "a" and self._word(seg[-1] + 2) in saying:
            return True  # Keir Starmer said, Keir Starmer a déclaré
        if self.relative_of_person(seg[-1]):
            return True  # Serhou Guirassy, who scored: English's relative of a person
        before = self._word(seg[0] - 1)
        if before in saying and (self.lang == "en" or self._word(seg[0] - 2) == "a"):
            return True  # said Keir Starmer, a déclaré Keir Starmer
        if before.lower() in _SOURCE[self.lang]:
            return self.lang == "fr" or self._word(seg[0] - 2).lower() == "according"
        return False

    def relative_of_person(self, n: int) -> bool:
        """English *who* after token ``n`` and a comma: the word names a person, unless it
        may be a plural naming a group (*Iraqi Shiites, who …*); a listed family name in -s
        is one person (*Jones, who …*)."""
        word = self.toks[n].text
        if self.lang != "en" or not self.text.startswith(_WHO, self.toks[n].end):
            return False
        return not word.endswith("s") or is_family_name(word)

    def slavic_subject_pair(self, seg: list[int]) -> bool:
        """Two words a Slavic language with full lower-case lists has no use for, opening
        a clause (after punctuation, a sentence's first word the language writes in lower
        case, or a place's case form) right before a past verb: a given name no list has
        and a surname, the verb's subject (*Вчера Жозеп Боррель заявил*, *в Брюсселе
        Жозеп Боррель заявил*)."""
        if self.lang not in FULL_LISTS or len(seg) != 2:
            return False
        first, last = seg
        before = self.toks[first - 1] if first else None
        opens = (
            self.clause_start(first)
            or before is not None
            and (before.initial and is_lower_word(before.text, self.lang))  # Вчера, Wczoraj
            or self.case_of_place(first - 1)  # в Брюсселе
            or self.acronym_after_noun(first - 1)  # Президент ЮАР
        )
        return (
            opens
            and all(self._unknown_word(self.toks[n].text) for n in seg)
            and self.past_verb_after(last)
        )

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

    def english_unknown(self, g: int, n: int) -> bool:
        """In English, a word no list has a use for (*Gibran*, *Machiavelli*) after a given
        name that is no English word either (*Kahlil*, *Niccolo*): the surname, however
        rare the given name; a known word after one stays a thing's (*Dow Jones*, *Mars
        Surveyor*)."""
        given, word = self.toks[g].text, self.toks[n].text
        return (
            self.lang == "en"
            and not is_lower_word(given, "en")
            and not _weak(given, "en")
            and len(word) >= _MIN_SURNAME
            and self._unknown_word(word)
        )

    def words_before_given(self, i: int) -> list[int]:
        """The words no list has a use for right before a listed given name at token
        ``i``: more given names (*Staatschef Luiz Inácio Lula da Silva*); outside German
        only right after a role (*President Luiz Inácio Lula*), never in Slavic text,
        where a genitive stands there as often (*Богемии Вацлава IV*). Not
        after an article (*der Hauptinitiant George Wismer*: a noun no list has) or a
        finite verb (*schlug Nadal Novak Djokovic*: the subject, then the object), and
        no genitive or listed family name among them (*Katharinenklosters Hugo*)."""
        if self.lang in SLAVIC:
            return []  # Unii Wolności Grzegorz Schetyna: a genitive before the name
        extra = self.name_words_before(i)
        if extra and self.lang != "de" and not self._role_at(extra[0] - 1):
            return []  # Nobel François Mauriac: only a role vouches for them elsewhere
        if extra and (
            self.after_determiner(extra[0])
            or self.word_before(extra[0]) in german_finite_verbs()
            or any(
                self.toks[m].text.endswith("s") or is_family_name(self.toks[m].text) for m in extra
            )
        ):
            return []
        return extra

    def _role_at(self, n: int) -> bool:
        """Token ``n`` is a role right before the next token: one the lists of roles and
        honorifics hold, or an English noun of a person, capitalised as a title
        (*President*) or not (*leader*)."""
        if n < 0:
            return False
        if self.title_before(n + 1) is not None:
            return True
        word = self._word(n)
        return (
            self.lang == "en"
            and self.text[self.toks[n].end : self.toks[n + 1].start] == " "
            and word.lower() in english_person_nouns()
        )

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

    def _own_lower_list(self) -> bool:
        """The text's language writes its nouns in lower case and has a list of its
        lower-case words to ask, so German nouns' endings say nothing about its words."""
        return self.lang not in NOUN_CAPITALISING and bool(lower_words(self.lang))

    def _no_use(self, w: str) -> bool:
        """A name-like word that is no lower-case word of the text's language or of
        English (Sky Fest quoted in a Belarusian text), no place and no firm. German
        nouns' endings say nothing in a language that writes its nouns in lower case
        and has a list of its lower-case words to ask (*Haaland*, *Carter*, *Bryant*); a
        Slavic noun of a person its dictionary has is a word too, however rare (*Рэпер*)."""
        return not (
            not (name_like(w) or len(w) <= 12 and self._own_lower_list())
            or is_lower_word(w, "en")
            or is_lower_word(w, self.lang)
            or is_place_name(w, self.lang)
            or is_firm_word(w)
            or self.lang in SLAVIC
            and animate_noun(w, self.lang) is not None  # Рэпер
            or self._pronoun_compound(w)
        )

    def _pronoun_compound(self, w: str) -> bool:
        """A function word hyphened to a lower-case word of the language (*Кто-нибудь*,
        *Что-то*, *Хтось-то*): an indefinite pronoun, whatever the capital at a
        sentence's start."""
        first, _, rest = w.partition("-")
        return bool(rest) and _stop(first, self.lang) and is_lower_word(rest, self.lang)
