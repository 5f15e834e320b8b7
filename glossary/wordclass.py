"""What a capitalised word can be in a name: word classes from the general lists
(given and family names, function words, titles, role nouns, German common
nouns), surname shapes, and the citation form of a name word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from glossary.dictnames import is_person_form
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, german_role_nouns, is_german_noun, named_compound
from glossary.givenform import SPREAD_RARE, _given, _spread
from glossary.lexicon import (
    english_person_nouns,
    is_calendar_word,
    is_common_word,
    is_lower_word,
    is_strong_common_word,
    lower_words,
    prepositions,
    words,
)
from glossary.listfiles import fold
from glossary.namelists import INNER_CAPITAL, given_gender, inner_capital_prefixes, is_family_name
from glossary.shapes import _EAST_SLAVIC, surname_shaped
from glossary.titles import _title

_MIN_SURNAME = 3
FAMILY_ALONE = True  # a family name of the general list alone, mid-sentence
# Name particles that may stand between two name words (Ursula von der Leyen, Ana de Sousa),
# and as Russian and Ukrainian write them (Людвиг ван Бетховен, Луи де Фюнес; not да, a
# common word: Маша да Петя).
_PARTICLES = frozenset(
    "von vom van der den de da di du del della dos le la bin ibn al el ten ter zu "
    "фон ван дер ден де ди дю дель делла дос ле ла ля бин ибн аль эль тер цу".split()
)
#: Particles an article follows inside a name (von der Leyen, van den Berg, de la Fuente):
#: that article is no determiner.
ARTICLE_AFTER = frozenset(("von", "van", "de"))


def particles_before(given: str) -> str:
    """The particles that end the words before a surname, with a space after them
    (*Marine Le Pen*: "Le "; *Ursula von der Leyen*: "von der "): part of the surname,
    which is never *Pen* or *Leyen* alone."""
    words = given.split()
    n = len(words)
    while n > 0 and words[n - 1].lower() in _PARTICLES:
        n -= 1
    return "".join(w + " " for w in words[n:])


#: The particles before a noble's seat (Gedult von Jungenfeld, zu Guttenberg).
_NOBLE = frozenset(("von", "vom", "zu", "фон", "цу"))
# Particles that follow another particle only (von der Leyen, van den Berg).
_SECOND_PARTICLES = frozenset(("der", "den", "дер", "ден"))
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_COORDINATORS = frozenset(
    "und oder sowie and or et ou és vagy i oraz a nebo и или либо і ці або".split()
)
# Articles and determiners before a noun, every form spelt out (Jenny, Manchester and
# Allison begin like jene, manche, alle): what follows them is not a bare name.
_DETERMINERS = {
    "de": re.compile(
        r"^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zum|zur|im|am|vom|beim|"
        r"ins|ans|(?:k|m|d|s)ein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|euer|"
        r"eure[mnrs]?|dies(?:e[mnrs]?)?|(?:welch|solch|manch|viel)(?:e[mnrs]?)?|"
        r"(?:jen|jed|all|beid)e[mnrs]?)$"
    ),
    "en": re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|our|my)$"),
    "fr": re.compile(r"^(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces)$"),
    "hu": re.compile(r"^(?:a|az|egy)$"),
}
# German prepositions after which a bare capitalised word is a place (in Minsk).
_LOCATIVE = {
    "de": frozenset(
        "in nach aus bei ab gen nahe richtung südlich nördlich östlich westlich "
        "südwestlich südöstlich nordwestlich nordöstlich".split()
    ),
    "en": frozenset("in at from to near".split()),
    "fr": frozenset("à en".split()),
}
#: Third-person singular finite forms of the German auxiliaries and modal verbs, and of the
#: few full verbs that the function-word list holds: a capitalised word right before one is
#: the subject (Kolb war, Beck ist), which a bare common noun seldom is.
_FINITE = {
    "de": frozenset(
        "ist war hat hatte wird wurde kann konnte muss musste muß soll sollte will wollte darf "
        "durfte mag mochte möchte habe hätte sei wäre würde könnte müsste gibt gab geht ging "
        "kam kommt nahm sagt sagte sah steht tat tritt".split()
    )
}
#: English reflexive pronouns that show a person's gender (Xhaka himself said).
REFLEXIVE = {"himself": "m", "herself": "f"}
#: Verbs that report speech in news: English past and present; French past
#: participles (after the auxiliary *a*) and present forms.
SAYING = {
    "en": frozenset(
        "said says told tells added adds wrote writes asked asks replied replies explained "
        "explains announced announces insisted insists argued argues noted notes warned "
        "warns stated states declared declares".split()
    ),
    "fr": frozenset(
        "déclaré dit affirmé annoncé ajouté expliqué indiqué estimé souligné assuré précisé "
        "déclare affirme annonce ajoute explique indique estime souligne assure précise".split()
    ),
}
#: German verbs of saying, third person singular, present and past; verb-last forms with
#: their prefix (wie Müller mitteilte).
GERMAN_SAYING = frozenset(
    "sagt sagte erklärt erklärte betont betonte meint meinte schreibt schrieb berichtet "
    "berichtete bestätigt bestätigte warnt warnte fordert forderte kritisiert kritisierte "
    "antwortet antwortete ergänzt ergänzte erläutert erläuterte versichert versicherte "
    "verkündet verkündete unterstreicht unterstrich teilt teilte mitteilt mitteilte "
    "ankündigt ankündigte einräumt einräumte hinzufügt hinzufügte".split()
)
#: A word right after another, then a comma or a colon (*Lang sagte, …*).
_REPORT_AFTER = re.compile(r" (\w+)[,:]")


def opens_report(text: str, end: int) -> bool:
    """A German verb of saying right after ``end``, then a comma or colon: a report opens,
    and the word before the verb is its speaker (*Lang sagte, die Partei …*)."""
    got = _REPORT_AFTER.match(text, end)
    return got is not None and got.group(1) in GERMAN_SAYING


#: The same verbs in the third person plural: before two subjects joined by *und*
#: (*Gestern trafen sich Macron und Scholz*).
_FINITE_PLURAL = {
    "de": frozenset(
        "sind waren haben hatten werden wurden können konnten müssen mussten sollen sollten "
        "wollen wollten dürfen durften mögen mochten möchten seien wären würden könnten "
        "müssten geben gaben gehen gingen kamen kommen nahmen sagen sagten sahen stehen "
        "standen taten treffen trafen".split()
    )
}
#: German prepositions that end like an inflected adjective (über, hinter, gegen, ohne).
_PREPOSITIONS = {"de": frozenset("über unter hinter wider gegen neben entgegen ohne außer".split())}
_ADJ_ENDING = re.compile(r"(?:e|en|er|es|em)$")


#: A French article, preposition or pronoun elided before a word in lower case (*L'écrivain*,
#: *D'après*, *Qu'il*): a sentence's first word, no name's (*L'Oréal*, *d'Artagnan* have
#: a capital after the apostrophe).
_ELIDED_LOWER = re.compile(r"(?:[LDJNSMTC]|Qu|Jusqu|Lorsqu|Puisqu)['’][a-zàâçéèêëîïôûùüÿœæ]")
_PATRONYMIC = re.compile(r"(?:вич|вн|ичн|іч|ыч)(?:а|у|ем|ом|е|ы|ой|ою|і)?$")


def stray_before_name(words: list[str], lang: str) -> bool:
    """Whether the first of three Cyrillic words is no part of the name: an East Slavic
    name is given name, patronymic and surname at most, so before a given name and a
    surname (no patronymic between) stands a word of the sentence (президент
    Казахстана Касым-Жомарт Токаев), unless the list knows it as a given name or it is
    an initial (В. В. Путин, as the Russian press writes names)."""
    return (
        lang in _EAST_SLAVIC
        and len(words) == 3
        and len(words[0]) > 1
        and surname_shaped(words[2], lang)
        and not _PATRONYMIC.search(words[1].lower())
        and _given(words[0], lang) is None
    )


def may_be_word(word: str, lang: str) -> bool:
    """A sentence's first word may be a common word of ``lang`` that a list of given names
    holds too (Polish *Słowa*, "words"): so says the language's list of lower-case
    words where it has one (not of *Anna*); without such a list, any word may be."""
    return is_lower_word(word, lang) or not lower_words(lang)


#: An abbreviation in capitals with a plural's *s* (*CDs*, *DVDs*, *PCs*).
_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,5}s")
#: A program's or a format's name in camel case: a capital after a small letter twice
#: (*XStringToKeysym*, *HeVeA*), or once before more capitals (*OpenSSH*, *FreeBSD*); a
#: person's has one such capital at most, before small letters (*McGrath*, *DeSantis*).
_CAMEL = re.compile(r"(?:.*[a-zà-ÿ][A-ZÀ-Þ]){2}|.*[a-zà-ÿ][A-ZÀ-Þ]{2}")
#: Two capitals or more before the first small letter (*SELinux*, *FDSize*), but Dutch
#: *IJ* (*IJzerman*).
_CAPITALS_FIRST = re.compile(r"(?!IJ)[A-ZÀ-Þ]{2,}[a-zß-ÿ]")
#: In Cyrillic a capital after a small letter (*ЧаВо*, *ТикТок*, *ГосДума*) or two capitals
#: before one (*ВКонтакте*): an abbreviation's or a brand's name; East Slavic writes
#: no one's name so (*Мак-Кейн*, *Де Ниро* part the words).
_CYRILLIC_CASE = re.compile(r"[а-яёіїєґў][А-ЯЁІЇЄҐЎ]|^[А-ЯЁІЇЄҐЎ]{2,}[а-яёіїєґў]")
#: A vowel: a surname after a given name has one (*Eggler*; not *Prm* of *CapPrm*).
_VOWEL = re.compile(r"[aeiouyäöüàâéèêëîïôûÿ]", re.I)


def program_case(word: str) -> bool:
    """A program's, a format's or a field's name by its letters' case: camel case as
    :data:`_CAMEL` reads it; one capital inside the word after a part that no listed
    name has there (*VmSwap*, *SigPnd*, *YouTube*; *McGrath*, *DeSantis* are names);
    or two capitals before the first small letter (*SELinux*, *NSpgid*). A listed given
    name before the capital and a word of four letters or more after it make a name
    printed without its space (*AlbertEggler*; not *CapPrm*)."""
    if _CAMEL.match(word) or _CAPITALS_FIRST.match(word) or _CYRILLIC_CASE.search(word):
        return True
    once = INNER_CAPITAL.match(word)
    if once is None or once[1] in inner_capital_prefixes():
        return False
    tail = word[once.end() - 1 :]
    if given_gender(once[1]) is not None and len(tail) >= 4 and _VOWEL.search(tail):
        return False  # AlbertEggler: a name printed without its space; not CapPrm
    return True


@lru_cache(maxsize=1 << 16)
def _stop(word: str, lang: str) -> bool:
    """A capitalised word that never starts or ends a name: a function word, a
    month or weekday, an honorific, a country, a frequent common noun of a
    language that capitalises nouns (Gold, Präsident), or a compound ending in one
    (US-Präsident). A frequent noun that is also a given name (Max, Mark) is not a stop."""
    folded = fold(word)
    if is_calendar_word(word, lang) or _title(word, lang) or folded in words(lang, "territory"):
        return True
    if lang == "fr" and _ELIDED_LOWER.match(word):
        return True  # L'écrivain Kamel Daoud: an article and its noun at a sentence's start
    if "-" in word and body_compound(word, lang):
        return True  # selon Météo-France: a body's name
    if word[1:2] == "-" and word[:1].isupper():
        return True  # L-Dopa, U-Bahn, X-Men: a letter joined to a word, no one's name
    if _ABBREVIATION_PLURAL.fullmatch(word) or program_case(word):
        return True  # CDs, PCs: an abbreviation's plural; OpenSSH, VmSwap: a program's name
    if word.lower() in prepositions(lang):
        return True  # У Пекіні: the Ukrainian list of function words lacks у, в, на
    if _role(word, lang) and given_gender(word) is None:
        return True
    if is_strong_common_word(word, lang):
        return given_gender(word) is None or folded in words(lang, "function")
    tail = word.rsplit("-", 1)[-1]
    if tail == word or not tail[:1].isupper():
        return False
    if lang == "de" and named_compound(word):
        return True  # Koch-Institut, Nobel-Preis: a noun named after someone, no surname
    if not is_strong_common_word(tail, lang):
        return False
    # a German compound ends in its noun (US-Präsident); a word German writes only in
    # lower case ends none, but a double surname (Müller-Lange)
    return lang != "de" or is_german_noun(tail)


@lru_cache(maxsize=1 << 16)
def _weak(word: str, lang: str) -> bool:
    """A rarer common noun (Flur, Gewerbe; some rare surnames too, Tesch): a name
    word next to other name evidence, never on its own."""
    if given_gender(word) is not None:
        return False
    tail = word.rsplit("-", 1)[-1]
    return is_common_word(word, lang) or (tail != word and is_common_word(tail, lang))


#: Endings of adjectives of nationality (Palestinian, European, Chinese, Spanish).
_NATIONALITY = {"en": re.compile(r"(?:ian|ean|ese|ish)$")}


def stop_or_weak(word: str, lang: str) -> bool:
    """A function word, title, role or common word of ``lang``: no name by itself."""
    return _stop(word, lang) or _weak(word, lang)


def may_name_place(word: str, lang: str) -> bool:
    """Whether a capitalised word after *in*, *at*, *to* may be a place's name: no common
    word, and in English no adjective of nationality (in Palestinian society, in Spanish
    countries) unless a list has it as a place (Dalian). A listed city or toponym counts
    though German writes it often enough to look like a common word (aus Kiew, in Brüssel,
    nach München)."""
    if _weak(word, lang):
        return lang == "de" and is_place_name(word, lang) and not is_german_noun(word)
    if lang == "de" and word in german_nouns() and not is_place_name(word, lang):
        return False  # ab Sommer: a noun, though a list gives it as a woman's name
    shape = _NATIONALITY.get(lang)
    return shape is None or not shape.search(word) or is_place_name(word, lang)


def _role(word: str, lang: str) -> bool:
    """A common noun naming a person's role (Präsident, US-Präsidentin, Trainer)."""
    if not word[:1].isupper():
        return False
    tail = word.rsplit("-", 1)[-1]
    return fold(tail) in words(lang, "role")


def english_title(word: str, lang: str) -> bool:
    """An English noun of a person capitalised as a title before a name (*Governor*,
    *Chancellor*, *Cardinal*), no listed family name and a given name in one list at most
    (*Baker*, *Mason* begin names as often; a list gives *Governor*)."""
    return (
        lang == "en"
        and word[1:].islower()
        and word.lower() in english_person_nouns()
        and _spread(word, "en") <= SPREAD_RARE
        and not is_family_name(word)
    )


def role_before(word: str, lang: str) -> bool:
    """A role noun that may stand before a name: the listed ones, and in German every noun
    with a feminine in -in and every compound ending in one (Handelsminister Gref)."""
    if _role(word, lang):
        return True
    return lang == "de" and word[:1].isupper() and _german_role(word.rsplit("-", 1)[-1])


def role_compound(word: str) -> bool:
    """A German compound ending in a role noun of five letters or more (Jury|präsident,
    Personal|vorständin): a common noun that may stand bare as a predicate (*Jurypräsident
    ist …*), where a surname read by its parts (Pink|wart) would be a name."""
    return word[:1].isupper() and _german_role(word.rsplit("-", 1)[-1], 5)


@lru_cache(maxsize=1 << 16)
def _german_role(word: str, shortest: int = 4) -> bool:
    """A German role noun (Wiktionary's nouns with a feminine in -in), or a compound ending
    in one (Handelsminister, Bäderleiter, Menschenrechtsaktivist, Kremlchef), its head
    ``shortest`` letters or more."""
    roles, listed = _person_nouns(), words("de", "role")
    if is_place_name(word, "de") or word.endswith("er") and is_place_name(word[:-2], "de"):
        return False  # Preußen, Hamburger: people of a place, and an adjective of it
    if word in roles or _feminine_in_e(word, roles):
        return True
    for i in range(3, len(word) - 3):
        head = word[i:].capitalize()
        if len(head) < shortest:
            break
        if len(head) == 4 and (i < 4 or head not in roles):
            continue  # Kreml|chef, Partei|chef: a short head after a part of four or more
        if head in roles or fold(head) in listed or _feminine_in_e(head, roles):
            return True
    return False


def _feminine_in_e(word: str, roles: frozenset[str]) -> bool:
    """The feminine of a role noun in *-e*, which drops it before *-in* (Polin of Pole,
    Russin, Kollegin): the lists hold the masculine."""
    return len(word) > 4 and word.endswith("in") and word[:-2] + "e" in roles


#: First parts that make a German kinship noun a step, in-law or great one (Stiefmutter,
#: Schwiegersohn, Urgroßvater); Groß and Halb alone also make Großkreis, Halbzeit.
_KIN_MARKS = ("Stief", "Schwieger", "Urgroß")
_KIN_MORE = ("Groß", "Halb")


@cache
def german_kin_nouns() -> frozenset[str]:
    """Wiktionary's German kinship nouns, every form: a noun that takes two of the step,
    in-law, great or half first parts, one of them Stief-, Schwieger- or Urgroß- (Mutter,
    Onkel, Bruder, Tochter). Like a role noun, one right before a capitalised word that is
    no common noun names a person (seiner Tante Cilli), which the -in test misses."""
    nouns = german_nouns()
    out = set()
    for noun in nouns:
        if len(noun) < 4 or not noun[:1].isupper():
            continue
        low = noun.lower()
        marks = sum(p + low in nouns for p in _KIN_MARKS)
        if marks and marks + sum(p + low in nouns for p in _KIN_MORE) >= 2:
            out.add(noun)
    return frozenset(out)


@cache
def _person_nouns() -> frozenset[str]:
    """German nouns that name a person by a role or a kinship, made once: the union
    costs a copy of several thousand words, too much for each word asked."""
    return german_role_nouns() | german_kin_nouns()


_NOUNISH = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ität|ismus|ment|chen|lein|ter|ner|ler|rer|ent|ant|"
    r"ist|ium|eur|ür|rat|amt|land|stadt)$"
)


def name_like(word: str) -> bool:
    """Could this capitalised word be a given name (not a German common noun)?"""
    return len(word) <= 12 and not _NOUNISH.search(word.lower())


def double_capital(word: str) -> bool:
    """A hyphenated word with every part capitalised (Kaszim-Zsomart, Jean-Pierre): a
    sentence's first word of that shape is no common word."""
    parts_ = word.split("-")
    return len(parts_) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts_)


def body_compound(word: str, lang: str) -> bool:
    """A hyphened word of a common word of the language and a place's name (*Météo-France*,
    *Radio-Canada*, *Ouest-France*): a body's or a paper's name, no person's (*Mendès-France*
    has no common word)."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    return any(is_lower_word(p, lang) for p in parts) and any(is_place_name(p, lang) for p in parts)


#: Polish nouns of an inhabitant or a nation, singular (*Rosjanin*, *Amerykanina*,
#: *Rosjanka*; *Kanadyjczyk*, *Chińczykowi*): Polish capitalises them, and a joke's
#: or a report's *Amerykanin* is no one's name. The plural *-anie* is left out, since
#: names in *-ian* take it in the locative and vocative (*Damianie*).
_INHABITANT = re.compile(r"[^\W\d_]{3,}an(?:in|ina|inowi|inem|inie|ka|ki|ce|kę|ką|ko)$")
_NATION_CZYK = re.compile(r"([^\W\d_]{3,}[jń])czy(?:k|ka|kowi|kiem|ku|cy|ków)$")


def inhabitant_noun(word: str, lang: str) -> bool:
    """A Polish noun of an inhabitant or a nation by its shape, that no list of names
    has: *-anin* and its feminine *-anka* (*Rosjanin*, *Amerykanka*; not *Maślanka*, a
    surname), and *-czyk* after the stem of an adjective in *-ski* (*Kanadyjczyk*:
    *kanadyjski*; not *Kowalczyk*)."""
    if lang != "pl" or not word[:1].isupper():
        return False
    czyk = _NATION_CZYK.fullmatch(word)
    if czyk:
        if not is_lower_word(czyk.group(1).lower() + "ski", lang):
            return False
    elif not _INHABITANT.fullmatch(word):
        return False
    return not (is_person_form(word, lang) or is_family_name(word) or _given(word, lang))
