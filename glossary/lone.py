"""A capitalised word standing alone: is it a person, a place, or nothing?

The lone-word half of :class:`glossary.detect._Finder` (a mixin, as
:mod:`glossary.context` and :mod:`glossary.absence` are): a word with no given
name beside it counts on evidence of its own, a title before it, a verb after
it, its case, a family name list, or German's having no other use for it.
"""

from __future__ import annotations

import re

from glossary.absence import contracted
from glossary.apposition import animate_noun, apposed_person
from glossary.englishwords import english_contraction, english_plural
from glossary.gazetteer import is_country, is_place_name
from glossary.germanthings import german_thing
from glossary.germanwords import (
    german_nouns,
    is_german_lower,
    is_german_noun,
    proper_kinds,
)
from glossary.givenform import SPREAD_ALONE, _given, _given_citation
from glossary.lexicon import (
    english_people_noun,
    is_common_word,
    is_firm_word,
    is_lower_word,
    is_strong_common_word,
    month_abbreviation,
    words,
)
from glossary.listfiles import fold
from glossary.namelists import given_gender, given_spread, is_family_name
from glossary.pastverb import verb_gender_of
from glossary.possessive import name_possessive
from glossary.subjects import common_shaped
from glossary.surnamegender import _gender_of
from glossary.tokens import adjacent
from glossary.wordclass import (
    _LOCATIVE,
    _MIN_SURNAME,
    FAMILY_ALONE,
    REFLEXIVE,
    SAYING,
    _stop,
    _title,
    _weak,
    english_title,
    inhabitant_noun,
    may_name_place,
    role_before,
)

#: A person's age in brackets right after the name, as news gives it: Sunak (43).
_AGE = re.compile(r" ?\((?:[1-9]\d?|1[01]\d)\)")
#: A goal's or a card's minute after a player in German match reports (*Schick (78.)*,
#: *(90.+2)*): the ordinal's full stop tells it from an age.
_MINUTE = re.compile(r" \((?:[1-9]\d?|1[0-2]\d)\.(?: ?\+ ?\d{1,2})?\)")
#: English news gives the age between commas (Lindner, 44, rejected …); elsewhere a number
#: there is mostly a house number (праспект Машэрава, 11,).
_AGE_EN = re.compile(r", (?:[1-9]\d?|1[01]\d),")
#: A vowel letter of the scripts read here; a word without one is an abbreviation.
#: A word as written up to the next space, its stops and hyphens with it (*Dipl.-Ing.*).
_WRITTEN = re.compile(r"[^\s,;:()]+")
_VOWEL = re.compile(r"[aeiouyäöüéèêëáíóúýàâîôûåæøœąęěůаеёиоуыэюяіїєўAEIOUYÄÖÜÉÁÍÓÚ]", re.I)


#: Prepositions of place that put a firm's name where a place's would stand (*bei
#: Porsche*: at the firm); after *in*, *at* a listed firm's word is as often a place's
#: (*in Texas*).
_AT_FIRM = frozenset(("bei",))


#: German prepositions of place that also cite a source (*nach Habermas*, *bei Weber*):
#: before a year of publication, the author.
_AS_SOURCE = frozenset(("nach", "bei"))
#: Polish and Czech "in": a declined name after it is a place's locative.
_IN = {"pl": frozenset(("w", "we")), "cs": frozenset(("v", "ve"))}
#: Locative endings after "in" that only places take there: the -owie of a town in -ów
#: (w Wołowie, w Tarnowie; a man's plural -owie is a nominative) and plurals (w
#: Lipinkach, v Budějovicích, v Čechách).
_PLACE_LOCATIVE = {
    "pl": re.compile(r"\w\w(?:owie|ach)$"),
    "cs": re.compile(r"\w\w(?:ích|ách)$"),
}
#: A Polish or Czech man's dative (Hassettowi, Havlovi), the Czech genitive or dative
#: of a foreign man's name in a spoken -e (Blumeho, Goethemu), or an East Slavic man's
#: dative (Сирському, Навальному, Шевченкові, Бяляцкаму): after a past verb the
#: object, never its subject, whose gender the verb shows.
_MANS_DATIVE = re.compile(r"[^\W\d_]{2}(?:o[wv]i|eho|emu|ому|аму|ові|еві|єві)$")
#: A word of short syllables after a capital, joined by hyphens, the later ones in lower
#: case: the letters of an abbreviation as spoken (Би-би-си, Си-эн-эн), no one's name.
_SPELT_LETTERS = re.compile(r"[^\W\d_]{1,3}(?:-[a-zа-яё]{1,3}){2,}")

#: A capitalised word and its English genitive right before a word: *Year's Eve*.
_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+)['’]s $")
#: A day of the month after a word: *Jan 17*, *Sept. 3,*, and *Sep  2* as ``date`` pads it.
_DAY_AFTER = re.compile(r"\.? {0,2}(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?\b(?![.,:]\d)")
#: German words of quantity before an adjective made a neuter noun (*etwas Obszönes*).
_QUANTIFIERS = frozenset(("etwas", "nichts", "viel", "wenig", "allerlei", "manches", "vieles"))


class LoneWords:
    """Reading of token ``n`` of a finder (``toks``, ``text``, ``lang``) on its own."""

    def shortened_date(self, n: int) -> bool:
        """Token ``n`` is a month shortened before its day, in English (as computers
        print dates in any language's text: *Tue Sep 12 20:08:48*) or in the text's
        language (*Jan 17*, *Sept. 3*), or an English month's name before its day
        (*December 25, 2022* in an English passage of another language's text)."""
        word = self.toks[n].text
        if not (
            month_abbreviation(word, "en")
            or month_abbreviation(word, self.lang)
            or fold(word) in words("en", "month")
        ):
            return False
        return _DAY_AFTER.match(self.text, self.toks[n].end) is not None

    def single(self, n: int) -> tuple[str, str | None] | None:
        """Kind and gender of a lone capitalised word, None when nothing says it is a name.
        A word of a firm's or brand's name (Porsche, Boeing) alone names the firm, even as a
        subject or after a role noun (der Spielzeughersteller Mattel), and so does the word
        right after one (Dow Jones); only an honorific (Herr Porsche) makes it a person."""
        found = self._single(n)
        if found is None and self.case_of_place(n):
            return "place", None  # między Mińskiem a Astaną, в России
        if found is not None and inhabitant_noun(self.toks[n].text, self.lang):
            return None  # pyta Amerykanin: a Polish noun of an inhabitant, no one's name
        if found is not None and (self.role_label(n) or self.meaning_asked(n)):
            return None  # der Fuchs … Fuchs: „…“: the animal's label; Was heißt Schalom?
        if found is None or found[0] != "person" or self.honorific_before(n):
            return found
        toks = self.toks
        if self.declined_place(toks[n].text) and self.title_before(n) is None:
            return "place", None  # z Kijowa, Киевом, Kijevből: a city's case form
        if self.adjective_in_name(n) or self.joined_thing(n):  # BroadPeak, WikiLeaks
            return None
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if name_possessive(toks[n].text, self.lang) and nxt and nxt.text.islower():
            return None  # Dvořákova symfonie: Dvořák's, an adjective
        if self.genitive_head(n) or self.named_compound_after(n):
            return None  # Goethes Roman: the noun a genitive belongs to, no given name
        if self.place_particle_at(n - 1) or self.place_particle_at(n + 1):
            return None  # Castel del Monte, Costa del Sol: a place's name, no person's
        after_firm = n > 0 and not toks[n].initial and adjacent(self.text, toks[n - 1], toks[n])
        after_firm = after_firm and is_firm_word(toks[n - 1].text)
        if after_firm and (
            role_before(toks[n - 1].text, self.lang) or english_title(toks[n - 1].text, self.lang)
        ):
            after_firm = False  # der General Lüttwitz, Cardinal Parolin: a rank, a firm's word too
        if is_firm_word(toks[n].text) or after_firm:
            return None
        return found

    def place_before_name(self, seg: list[int]) -> list[int]:
        """The segment after a place's case form that stands before a given name and a
        surname (*Президент России Владимир Путин*, *premier Francji Emmanuel Macron*:
        the country's genitive is no word of the name), the place read as one; after a
        noun of a person, two words of any name (*premier Indii Narendra Modi*)."""
        for at, n in enumerate(seg[:-2]):  # a given name and a surname stay after it
            word, nxt = self.toks[n].text, self.toks[seg[at + 1]].text
            if is_lower_word(word, self.lang):
                continue  # Krajowej Rady: an adjective, whatever city Krajowa is
            if _given(nxt, self.lang) is None and not self.person_noun_at(n - 1):
                continue
            if self.declined_place(word) and not self.named_after(n):  # имени Кирова
                if not self.toks[n].initial:  # a place as case_of_place reads it
                    self.add([n], "place", None, "", False)
                return self.place_before_name(seg[at + 1 :])
        return seg

    def reflexive_speaker(self, n: int) -> str | None:
        """In English, *himself* or *herself* and a verb of saying after token ``n``: a
        person, and the gender the pronoun shows (Xhaka himself said); None if not."""
        if self.lang != "en" or self.text[self.toks[n].end : self.toks[n].end + 1] != " ":
            return None
        pronoun = self._word(n + 1)
        if pronoun not in REFLEXIVE or self._word(n + 2) not in SAYING["en"]:
            return None
        return REFLEXIVE[pronoun]

    def person_noun_at(self, n: int) -> bool:
        """Token ``n`` is a noun of a person, in lower case or a sentence's first word,
        right before the next token."""
        toks = self.toks
        return (
            0 <= n < len(toks) - 1
            and (toks[n].text.islower() or toks[n].initial)
            and adjacent(self.text, toks[n], toks[n + 1])
            and animate_noun(toks[n].text, self.lang) is not None
        )

    def _single(self, n: int) -> tuple[str, str | None] | None:
        tok, lang = self.toks[n], self.lang
        word = tok.text
        if self.particles_before(n) and not _stop(word, lang) and not word.isupper():
            return "person", None  # van Gaal, ter Stegen, van der Sar
        if self.birth_name(n):
            return "person", None if lang == "de" else "f"  # Maria, geb. Schulz; née Skłodowska
        if self.called(n):
            shown = given_gender(word, lang)  # ich heiße Ute: heiße is no adjective here
            return "person", shown if shown in ("m", "f") else None
        if len(word) < _MIN_SURNAME or self.after_determiner(n) or self.after_attribute(n):
            return None
        if self.text[tok.start - 1 : tok.start] == "#" or english_contraction(word):
            return None  # #FCBayern: a hashtag, a topic's name; Don't: an English contraction
        if lang == "de" and german_thing(self.text, tok.start, tok.end, word):
            return None  # 500 Mark, vier Mark, Zimmer 12, Ansprung, der: a thing's noun
        if lang == "de" and word.endswith("es") and self.word_before(n) in _QUANTIFIERS:
            return None  # etwas Obszönes, nichts Neues: an adjective made a noun
        if (lang == "en" or fold(word) in words("en", "month")) and self.shortened_date(n):
            return None  # Jan 17, Sept. 3, December 25: a month before its day
        owner = _OWNER_BEFORE.search(self.text, max(0, tok.start - 24), tok.start)
        if lang == "en" and owner and is_strong_common_word(owner[1], lang):
            return None  # New Year's Eve: a thing named after a common noun's genitive
        if lang == "en" and english_people_noun(word) and self.title_before(n) is None:
            return None  # the Arab street, Arabs: a people's member, no surname Arab
        if lang == "en" and self.region_after_city(n):
            return "place", None  # Ames, Iowa: a city's state or country after it
        if self.epithet(n) is not None:
            return "person", given_gender(word, lang)  # Karl der Große
        if not _VOWEL.search(word) and self.text.startswith(".", tok.end):
            return None  # Mrs., SFr., Nr.: an abbreviation, no name
        if self.text.startswith(".", tok.end) and _title(
            _WRITTEN.match(self.text, tok.start)[0], lang
        ):
            return None  # Herr Dipl.-Ing. Thalhofer: the title's first part, no name
        if _SPELT_LETTERS.fullmatch(word):
            return None  # Би-би-си, Эм-ти-ви: an abbreviation's letters spelt out
        if self.numbered(n) and _given(word, lang) is None:
            return None  # Hartz IV, Rocky II: a numbered law or work; a ruler has a given name
        if self.before_city(n):
            return None  # Panathinaikos Athen: a club's or a firm's name with its city
        nxt = n + 1 < len(self.toks) and adjacent(self.text, tok, self.toks[n + 1])
        if nxt and self.word_before_place(word, n + 1):
            return None  # Новы Мінск: the place's first word, no surname Новы
        before = self.word_before(n)
        if before in _IN.get(lang, ()) and (
            _given_citation(word, lang) != word or _PLACE_LOCATIVE[lang].search(word)
        ):
            return None  # w Amberze, w Sopocie, w Wołowie: a place's locative, no Amber declined
        if fold(word) in words(lang, "language") or self.english_language(n):
            return None  # French women are …: alone, a language's name is the adjective
        if self.option_flag(n) or self.output_label(n) or self.interface_word(n):
            return None  # icedax -B -Owav: an option; Array Size : 8378368: a field; Strg+P
        if self.program_alone(word):
            return None  # LibreOffice, Gnumeric und andere: a program's name
        territory = is_country(word, lang)
        if (
            lang == "de"
            and not territory
            and not contracted(word)  # Wenn's Brett …: a word and its "es"
            and self.genitive(n)
            and (not self.common_stem(word) or self.bare_family_genitive(n))
        ):
            return "person", None  # bei Wulffs Hochzeitsfeier, die Aussagen Rudolphs
        if before in _AS_SOURCE and (self.cited_authors(n) or self.quoted_from(n)):
            return "person", None  # nach Habermas (1981): according to, not to a place
        if self.named_after_nach(n):
            return "person", None  # Nach Beethoven ist das Gymnasium benannt
        if before == "bei" and lang == "de" and self.given_at_home(word):
            shown = given_gender(word, lang)  # bei Toni nachgefragt: at his
            return "person", shown if shown in ("m", "f") else None
        locative = _LOCATIVE.get(lang, ())
        if before == "von" and self.word_before(n - 1) in locative:
            return "place", None  # südlich von Modrava
        dative = before == "to" and not is_place_name(word, lang)  # wrote to Brown, according to X
        if before in locative and not dative or territory:
            if before in _AT_FIRM and is_firm_word(word) and not is_place_name(word, lang):
                return None  # bei Porsche: the firm (glossary.firms), no place
            return ("place", None) if territory or may_name_place(word, lang) else None
        if self.honorific_noun(n):
            return None  # Mr Speaker: the office
        title = self.title_before(n)
        if title is not None and self.noun_here(word) and role_before(word, lang):
            return None  # Herr Doktor, Frau Ministerin: a title addressed, no name
        if title is not None and (self.noun_after_articled_title(n) or self.office_addressed(n)):
            return None  # hat die Frau Kopfschmerzen: the woman, then a noun
        if title is not None and lang == "de" and english_plural(word, lang):
            return None  # General Commands Manual: a rank's word before an English plural
        if title is not None:
            return "person", title or None
        if self.cited_authors(n):
            return "person", None  # Schmidt et al. (2021)
        if self.role_example(n):
            return "person", _gender_of(None, word, lang, "")  # Ökonomen wie Fratzscher
        if self.attributed(n, n) and self.may_follow_role(n):
            return "person", _gender_of(None, word, lang, "")
        gender = _given(word, lang)
        if self.coordinated_with_noun(n) or gender is None and self.place_shaped(word):
            return None
        listed = (gender is not None or is_family_name(word)) and not _stop(word, lang)
        aged = (
            _AGE.match(self.text, tok.end)
            or (lang == "en" or lang == "de" and listed)
            and _AGE_EN.match(self.text, tok.end)
        )  # Anna, 34, arbeitet: a listed name's age
        if self.relative_of_person(n) and self._unknown_word(word):
            return "person", _gender_of(None, word, lang, "")  # Guirassy, who scored
        if apposed_person(self.text, word, tok.end, lang) and not (
            is_firm_word(word) or self.place_reading(word) or _stop(word, lang)
        ):
            return "person", _gender_of(None, word, lang, "")  # Brown, a former engineer
        if aged and (listed or not is_common_word(word, lang)) or self.named_source(n):
            return "person", gender if gender in ("m", "f") else None  # Sunak (43); according to X
        if self.named_after_laut(n):
            return "person", gender if gender in ("m", "f") else None  # Laut Scholz gab es …
        if _MINUTE.match(self.text, tok.end) and not (_stop(word, lang) or self.noun_here(word)):
            return "person", None  # 1:1 Openda (34.), Schick (90.+2): a goal's minute
        if self.inverted_speaker(n):
            return "person", gender if gender in ("m", "f") else None  # a déclaré Mbappé
        if (
            tok.initial
            and not self.attribution(n)  # -- Aldous Huxley: an author's name, no subject
            or n >= 2
            and self.toks[n - 2].initial
            and self.joined_subject(n - 2)
        ):
            return self.subject(n, gender)  # Kolb war; Scholz und Kolb trafen sich
        if self.after_finite_verb(n):
            return "person", _gender_of(None, word, lang, "")  # damit will Laukötter schon
        if self.german_speaker(n) or self.family_after_preposition(n):
            return "person", _gender_of(None, word, lang, "")  # Das sagte Wagner am Dienstag
        if self.past_subject(n) and (self.clause_start(n) or self.after_opening_adverb(n)):
            return "person", self.past_gender(n)  # …, że Tusk powiedział; Včera Beneš řekl
        if (
            self.attribution(n)
            and (gender is not None or self.name_only(word))
            and not role_before(word, lang)  # -- Kaiser Tiberion: the title
        ):
            return "person", gender if gender in ("m", "f") else None  # -- Novalis, -- Bettina
        family = self.family(word) or self.declined_as_person(word)
        if _weak(word, lang) and not (family and self.name_only(word) and self.set_apart(n)):
            return None
        if gender is not None and given_spread(word) >= SPREAD_ALONE and not self.noun_not_given(n):
            return "person", gender if gender in ("m", "f") else None
        if self.after_past_verb(n):
            self.unvouched.add(n)
            if _MANS_DATIVE.search(word):
                return "person", "m"  # zarzuciła Hassettowi: her object, a man's dative
            return "person", verb_gender_of(self.toks[n - 1].text)
        if gender is not None and self.apart(n) and self.own_given_alone(n):
            return "person", gender if gender in ("m", "f") else None  # …, сказал Тарас
        if family and FAMILY_ALONE and self.family_alone(n):
            if lang == "ru" and common_shaped(word, lang):
                return None  # всех Инструментов выделения, Цветовой: a noun's, an adjective's
            return "person", _gender_of(None, word, lang, "")
        if lang == "de" and self.genitive(n):
            return "person", None
        if self.unknown(n):
            return "person", _gender_of(None, word, lang, "")
        return None

    def given_at_home(self, word: str) -> bool:
        """A given name that many sources list and that names no place nor German word:
        after *bei* it is someone's home or shop (*bei Toni*), not a town (*bei Bonn*)."""
        return (
            given_spread(word) >= SPREAD_ALONE
            and not is_place_name(word, self.lang)
            and not is_german_lower(word)
            and ("given" in proper_kinds(word) or not is_german_noun(word))
        )

    def noun_not_given(self, n: int) -> bool:
        """Token ``n`` a German noun that German's dictionary has as no given name, though
        other languages' lists do (*hoch zu Ross*): alone, the noun; after a role it is
        the name (*Prinzessin Kate*)."""
        word = self.toks[n].text
        if self.lang != "de" or word not in german_nouns() or "given" in proper_kinds(word):
            return False
        prev = self.toks[n - 1].text if n else ""
        return not (prev[:1].isupper() and self._role_before_name(n - 1))

    def noun_here(self, word: str) -> bool:
        """A German noun that no family list has (*Elfmeter (34.)*), in German text."""
        return self.lang == "de" and word in german_nouns() and not is_family_name(word)
