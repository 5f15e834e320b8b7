"""Honorifics and role nouns before a name (*Frau*, *Mrs.*, *die Ministerin*, *министра*),
the gender they show, and which words may follow a role as the person's name.
:class:`glossary.detect._Finder` mixes these checks in; they read its ``toks``, ``text``
and ``lang``, and its :class:`glossary.context.ContextEvidence` (``word_before``,
``place_genitive``).
"""

from __future__ import annotations

import re

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.apposition import animate_noun, person_noun_before
from glossary.dictnames import is_person_form
from glossary.englishwords import long_english_word
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    RARE,
    german_common_words,
    german_compound,
    german_nouns,
    is_abstract_noun,
    is_german_lower,
)
from glossary.givenform import _given
from glossary.lexicon import (
    english_past_tense,
    english_person_nouns,
    french_role,
    is_lower_word,
    words,
)
from glossary.listfiles import fold
from glossary.namelists import given_gender, is_family_name
from glossary.shapes import SLAVIC, agreeing_lemma
from glossary.titles import honorifics, monsieur
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _DETERMINERS, _NATIONALITY, _PARTICLES, _title, role_before

#: German neuter articles: the noun they govern is no person's role (das Eichsfelder Tageblatt).
_NEUTER = frozenset(("das", "ins", "ans"))
#: A German adjective in lower case with a declension ending (südkoreanische, früheren).
_DECLINED_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")


#: The genitive endings of a woman's surname after "named after" (*имени Анны
#: Ахматовой*, *імені Лесі Українки*, *imienia Marii Konopnickiej*); a man's ends in -а,
#: -я (*Кирова*, *Никиты Хрущёва*, *Миколи Лисенка*, *Jana Kochanowskiego*).
_WOMANS_GENITIVE = {
    "ru": ("ой",),
    "uk": ("ої",),
    "be": ("ай",),
    "pl": ("ej",),
}


def named_after_gender(surname: str, lang: str) -> str:
    """The gender the surname's genitive after "named after" shows: "f" for a woman's
    ending, "m" for a man's in -а, -я, -ого (-a, -ego), else "" (the given name's
    ending says nothing: *Миколи*, *Янкі* are men's)."""
    low = surname.lower()
    if low.endswith(_WOMANS_GENITIVE.get(lang, ())):
        return "f"
    return "m" if low.endswith(("а", "я", "го", "a", "ego")) else ""


#: "Named after" before a person's name in the genitive (*имени Кирова*, *імені
#: Шевченка*, *імя Янкі Купалы*, *imienia Jana*).
_NAMED_AFTER = {
    "ru": ("имени",),
    "uk": ("імені",),
    "be": ("імя", "імені"),
    "pl": ("imienia",),
}
#: Prepositions that make the word "on behalf of" or "in the name of" (*от имени
#: Евросоюза*, *ад імя Еўрасаюза*, *у імя Праўды*): a body or an idea may follow.
_ON_BEHALF = frozenset(("от", "ад", "від", "в", "во", "у", "ў"))

#: The words that join two honorifics of a couple (*Mr and Mrs*, *M. et Mme*).
_COUPLED = {"en": frozenset(("and",)), "fr": frozenset(("et",))}


class RoleEvidence:
    """What an honorific or a role noun before token ``i`` says."""

    toks: list[Tok]
    text: str
    lang: str

    def title_before(self, i: int) -> str | None:
        """Gender of an honorific or role noun right before token ``i`` ("" if none shown)."""
        if i == 0 or self.toks[i].initial and not self._abbrev_before(i):
            return None
        if self.honorific_noun(i - 1) and adjacent(self.text, self.toks[i - 1], self.toks[i]):
            return self.title_before(i - 1)  # Mrs Justice Cockerill: the honorific's
        prev = self.toks[i - 1]
        gap = self.text[prev.end : self.toks[i].start]
        if gap.strip() not in ("", "."):
            return None
        if monsieur(self.text, prev.start, self.lang):
            return "m"  # M. Dupont
        titles = honorifics(self.lang)
        word = self.honorific_form(prev.text)
        lowered = self.lang == "de" and not prev.text[:1].isupper()  # sein mag. Ersetzen Sie
        for form in (word + ".", word):
            if form in titles and not lowered and (form.endswith(".") == (gap.strip() == ".")):
                return "" if self._couple_before(i - 1) else titles[form]
        if (
            gap.strip() == ""
            and role_before(prev.text, self.lang)
            and not is_german_lower(prev.text)  # der Oberen Mittelklasse: an adjective
            and self.may_follow_role(i)
        ):
            return "f" if prev.text.endswith("in") and not prev.text.endswith("ein") else ""
        if gap.strip() == "" and person_noun_before(prev.text, self.toks[i].text, self.lang):
            return ""  # философ Кант, министра Макея
        if gap.strip() == "" and self.noun_before_given(prev.text, self.toks[i].text):
            gender = given_gender(self.toks[i].text, self.lang)  # Oma Hilde: a noun few
            return gender if gender in ("f", "m") else ""  # lists give as a name, then hers
        if gap.strip() == "" and (shown := self.noun_of_person_before(i)) is not None:
            return shown  # le président Macron, Governor DeSantis
        if self.named_after(i):  # театр имени Кирова, імені Миколи Лисенка
            return named_after_gender(self.toks[self._name_end(i)].text, self.lang)
        if gap.strip() == "" and self._body_after_noun(i - 1) and not self._body_word(i):
            return ""  # premier Indii Narendra Modi, Президент ЮАР Сирил Рамафоса
        return None

    def _couple_before(self, h: int) -> bool:
        """An honorific after another and *and*, *&* or *et* (*Mr and Mrs Richard Ellison*,
        *Dr and Mrs Blake*, *M. et Mme Dupont*): a couple addressed by the husband's
        name, so the second honorific shows no one's gender."""
        if h < 1 or self.lang not in _COUPLED:
            return False
        ampersand = self.text[self.toks[h - 1].end : self.toks[h].start].strip(" .") == "&"
        if not ampersand and (h < 2 or self.toks[h - 1].text not in _COUPLED[self.lang]):
            return False
        first, titles = self.toks[h - 1 if ampersand else h - 2], honorifics(self.lang)
        form = self.honorific_form(first.text)
        return form in titles or form + "." in titles or monsieur(self.text, first.start, self.lang)

    def noun_of_person_before(self, i: int) -> str | None:
        """The gender a French or English noun of a person right before token ``i`` shows
        ("" when none), when ``i`` is a name of one word the language has no other use for
        or a listed family name: French writes the role in lower case (*le président
        Macron*, *l'entraîneur Kompany*), English as a title (*Governor DeSantis*, *Cardinal
        Parolin*). English nouns in lower case stay out: before one word they lead a
        firm's name as often (*retailer Zalando*)."""
        toks, lang = self.toks, self.lang
        if lang not in ("fr", "en") or i == 0:
            return None
        if i + 1 < len(toks) and adjacent(self.text, toks[i], toks[i + 1]):
            if capitalised(toks[i + 1].text):
                return None  # le président Emmanuel Macron: the given name shows the person
        word, noun = toks[i].text, toks[i - 1].text
        # English capitalises words of titles too (Acrobat Reader, National Park), French
        # none: there a family name that is a word too is the name (le juge Petit)
        listed = is_family_name(word) and (lang == "fr" or not is_lower_word(word, lang))
        if not (self._unknown_word(word) or listed) or word.isupper():
            return None
        after = self._word(i + 1, toks[i].end)
        if lang == "en" and after in english_person_nouns() and not english_past_tense(after):
            return None  # Radical Shiite cleric: an adjective before the noun of a person
        if lang == "fr":
            noun = re.sub(r"^[dlDL][’']", "", noun)  # l'entraîneur Kompany, L'écrivain Daoud
            shown = french_role(noun)
            if shown is None or noun in words(lang, "function"):
                return None  # l'ancien Garmo: an adjective; une Assemblée: an article
            return shown if shown in ("m", "f") else ""
        if noun[:1].isupper() and noun[1:].islower() and noun.lower() in english_person_nouns():
            return "" if not _NATIONALITY["en"].search(noun) else None  # Lebanese Shiite
        return None

    def role_case_lemma(self, i: int, gender: str | None) -> tuple[str, str] | None:
        """The nominative of a Polish or Czech surname alone after a declined noun of a
        person, in that noun's case (*z premierem Tuskiem*: Tusk; *s premiérem Fialou*:
        Fiala; *trenéra Haška*: Hašek), with its key; None when nothing says so."""
        toks, lang = self.toks, self.lang
        if lang not in ("pl", "cs") or i == 0 or self.text[toks[i - 1].end : toks[i].start] != " ":
            return None
        found = animate_noun(toks[i - 1].text, lang)
        if found is None or "nomn" in found[0]:
            return None
        shown = gender or ("f" if found[1] == "f" else "m")
        return agreeing_lemma(toks[i - 1].text, toks[i].text, lang, shown)

    def _body_after_noun(self, n: int) -> bool:
        """Token ``n`` is a place's case form or an acronym after a noun of a person:
        the country or body the person serves, whose name follows; after an acronym,
        a name of two words (*прэзідэнт ФІФА Жаао Авеланж*; not *директор АНО
        Кировского РИИЦ*, the body's own name)."""
        toks = self.toks
        if not 0 < n < len(toks) - 1:  # a language with no nouns of persons finds none
            return False
        if self.acronym_after_noun(n):
            return (
                n + 2 < len(toks)
                and adjacent(self.text, toks[n + 1], toks[n + 2])
                and capitalised(toks[n + 2].text)
                and not toks[n + 2].text.isupper()
            )
        return self.person_noun_at(n - 1) and self.case_of_place(n)

    def _body_word(self, i: int) -> bool:
        """Token ``i`` is a word of a Slavic language's own in lower case that no list
        gives as a name: after a noun of a person and a place's case form it goes on the
        body's name (*prezes Polskiej Akademii Nauk*), where a person's would follow
        (*premier Indii Narendra Modi*)."""
        word = self.toks[i].text
        return (
            self.lang in SLAVIC
            and is_lower_word(word, self.lang)
            and _given(word, self.lang) is None
            and not is_person_form(word, self.lang)
            and not is_family_name(word)
        )

    def honorific_noun(self, i: int) -> bool:
        """Token ``i`` is an English noun of a person right after an honorific (*Mr
        Justice*, *Mr Speaker*, *Madam President*): part of the title, no name, however
        many lists give it as a given name (*Justice*)."""
        word = self.toks[i].text
        return (
            self.lang == "en"
            and word[1:].islower()
            and word.lower() in english_person_nouns()
            and not is_family_name(word)
            and self.honorific_before(i)
        )

    def honorific_before(self, i: int) -> bool:
        """An honorific (Herr, Frau, Dr., Mrs.) right before token ``i``, not a role noun."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        gap = self.text[prev.end : self.toks[i].start].strip()
        titles = honorifics(self.lang)
        if monsieur(self.text, prev.start, self.lang):
            return True
        return gap in ("", ".") and (self.honorific_form(prev.text) + gap) in titles

    def honorific_form(self, word: str) -> str:
        """``word`` folded as the honorifics list has it: German declines *Herr* with -n
        outside the nominative (*traf Herrn Petersen*)."""
        folded = fold(word)
        if self.lang == "de" and folded.endswith("n") and folded[:-1] in honorifics("de"):
            return folded[:-1]
        return folded

    def role_example(self, i: int) -> bool:
        """Token ``i`` right after a role noun and *wie* (*Ökonomen wie Fratzscher*,
        *Trainer wie Klopp*): German gives persons as examples of a role so, and a word
        there that may follow a role names one."""
        toks = self.toks
        if self.lang != "de" or i < 2 or toks[i - 1].text != "wie":
            return False
        noun = toks[i - 2]
        if self.text[noun.end : toks[i].start] != " wie " or not role_before(noun.text, "de"):
            return False
        return self.may_follow_role(i) and not is_place_name(toks[i].text, self.lang)

    def thing_example(self, i: int) -> bool:
        """Token ``i`` after a German compound that names no person and *wie* (*In
        Vektorgrafikprogrammen wie Sodipodi*, *einer Dateiverwaltung (wie Nautils*): an
        example of a thing, where :meth:`role_example`'s role gives persons. A simple
        noun may name a person that no list has as a role (*ein Mann wie Voltaire*)."""
        toks = self.toks
        if self.lang != "de" or i < 2 or toks[i - 1].text != "wie":
            return False
        noun = toks[i - 2].text
        if self.text[toks[i - 2].end : toks[i].start] not in (" wie ", " (wie ", ", wie "):
            return False
        return capitalised(noun) and german_compound(noun) and not role_before(noun, "de")

    def may_follow_role(self, i: int) -> bool:
        """A word after a role noun names the person unless it is a listed common noun or a
        place itself (Asylwerber Asylwerber, Polizeichef von Kandahar); family names may be
        nouns too (Trainer Fischer), and a guessed compound is no evidence against a name
        (Verkehrsminister Hollerbach) unless it ends in a role (Chefökonom)."""
        word = self.toks[i].text
        if word in _PARTICLES and i + 1 < len(self.toks):
            return not is_place_name(self.toks[i + 1].text, self.lang)
        if self.place_genitive(word):
            return False  # der Bürgermeister Berlins, die Präsidentin Litauens
        if is_family_name(word) or self.lang not in NOUN_CAPITALISING:
            return True
        if is_abstract_noun(word) or long_english_word(word, self.lang):
            return False  # den Reiter Farbtransformation; dem Ratgeber Choosing …: a title
        if role_before(word, self.lang):
            return False  # des Präsidenten Chefökonom: a second role, no name
        if is_german_lower(word):  # Fraktionschefin Dröge sagte: an adjective stands
            return self.singular_verb_after(i)  # before its noun, never after it
        if given_gender(word, self.lang) is not None and (
            self._surname_after(i) or i + 1 < len(self.toks) and self._named_by_role(i, i + 1)
        ):
            return True  # die Schriftstellerin Juli Zeh: a month, a given name before hers
        return word not in german_nouns() or self.apposed(i)

    def _surname_after(self, i: int) -> bool:
        """A listed family name or a capitalised word German has as no noun right after
        token ``i``, one space apart (*Zeh*, *Macke*)."""
        toks = self.toks
        if i + 1 >= len(toks) or self.text[toks[i].end : toks[i + 1].start] != " ":
            return False
        word = toks[i + 1].text
        if is_family_name(word):
            return True
        return word[:1].isupper() and word not in german_nouns() and not is_german_lower(word)

    def apposed(self, i: int) -> bool:
        """Token ``i`` stands after a role noun that an article governs, and the clause goes
        on after it with punctuation or a lower-case word (der Politiker Straubinger, der …;
        die Ministerin Heinze sagte …): a bare noun there would need an article itself, so
        even a word German lists as a noun is the person's name."""
        toks = self.toks
        k = i - 2  # the article, over up to two declined adjectives (die südkoreanische …)
        while k > 0 and i - k < 4 and _DECLINED_ADJECTIVE.fullmatch(toks[k].text):
            k -= 1
        det = toks[k].text.lower() if k >= 0 else ""
        if not _DETERMINERS[self.lang].match(det) or det in _NEUTER:
            return False  # das Eichsfelder Tageblatt: a neuter article governs no person
        if toks[i - 1].text.endswith(("en", "ern")):
            return False  # der Herren Doppel: a plural role, the article governs the noun
        if german_common_words().get(toks[i].text, -99.0) > RARE:
            return False  # der Leiter Vertrieb: a job's field, a frequent noun
        if (
            self.text[toks[k].end : toks[i].start]
            != "".join(f" {t.text}" for t in toks[k + 1 : i]) + " "
        ):
            return False
        j = i  # die Schriftstellerin Han Kang erhält: the whole name, each word a rare noun
        while (
            j + 1 < min(len(toks), i + 3)
            and toks[j + 1].start == toks[j].end + 1
            and toks[j + 1].text[:1].isupper()
            and german_common_words().get(toks[j + 1].text, -99.0) <= RARE
        ):
            j += 1
        rest = self.text[toks[j].end : toks[j].end + 2]
        if j + 1 < len(toks) and toks[j + 1].start == toks[j].end + 1:
            return toks[j + 1].text.islower() and not toks[j + 1].initial
        return rest[:1] in (",", ".", ";", ":", "!", "?", ")")

    def named_after(self, i: int) -> bool:
        """A word for "named after" right before token ``i`` (*театр имени Кирова*): a
        person's name follows, no city's. Not the abbreviation *им.*, *im.*, which the pronoun
        "them" ending a sentence shares (*Ucieknie im. Uciekł na pokoje*)."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        gap = self.text[prev.end : self.toks[i].start]
        if gap != " " or prev.text.lower() not in _NAMED_AFTER.get(self.lang, ()):
            return False
        return i < 2 or self.toks[i - 2].text.lower() not in _ON_BEHALF  # от имени Евросоюза

    def _name_end(self, i: int) -> int:
        """The last of the capitalised words that follow each other from token ``i``."""
        toks = self.toks
        while (
            i + 1 < len(toks)
            and toks[i + 1].text[:1].isupper()
            and adjacent(self.text, toks[i], toks[i + 1])
        ):
            i += 1
        return i

    def _abbrev_before(self, i: int) -> bool:
        prev = self.toks[i - 1]
        if monsieur(self.text, prev.start, self.lang):
            return True
        return self.text[prev.end : self.toks[i].start].strip() == "." and _title(
            prev.text, self.lang
        )
