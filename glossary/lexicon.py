"""The general word lists name detection consults (``data/``, made by ``data/make_lists.py``).

Every list comes from a general source named in ``data/README.md``: function
words (stopwords-iso), month, weekday and territory names (Unicode CLDR),
honorifics (Faker), and the lower-case English words that general word
frequencies show to be common words rather than names (spaCy's lookups data).
Given and family names (Faker's per-locale lists) are in :mod:`glossary.namelists`;
German's capitalised common words, nouns and proper names in
:mod:`glossary.germanwords`.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from glossary.germanwords import (
    STRONG,
    german_common_words,
    is_german_lower,
    is_german_noun,
    proper_kinds,
)
from glossary.listfiles import _lines, fold


def is_cyrillic(word: str) -> bool:
    """Whether ``word`` holds a letter of the Cyrillic block."""
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@cache
def prepositions(lang: str) -> frozenset[str]:
    """Russian or Ukrainian prepositions (``cyrillic_prepositions.tsv``); for Belarusian,
    which has no such dictionary here, those of both that it spells alike (*у*, *з*,
    *на*, *для*); Polish ones (``pl_prepositions.txt``: *od*, *dla*, *według*); none
    elsewhere."""
    if lang == "pl":
        return frozenset(_lines("pl_prepositions.txt"))
    rows = [line.split("\t") for line in _lines("cyrillic_prepositions.tsv")]
    langs = ("ru", "uk") if lang == "be" else (lang,)
    return frozenset(word for code, word in rows if code in langs)


@cache
def _language_words() -> dict[tuple[str, str], dict[str, str]]:
    out: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for line in _lines("language_words.tsv"):
        lang, kind, word, *rest = line.split("\t")
        out[(lang, kind)][fold(word)] = rest[0] if rest else ""
    return out


def words(lang: str, kind: str) -> dict[str, str]:
    """Folded words of one kind in ``lang``: function, month, weekday, territory, language,
    title.

    Titles map to the gender they mark ("m", "f" or "").
    """
    return _language_words().get((lang, kind), {})


@cache
def english_person_nouns() -> frozenset[str]:
    """English nouns of persons (WordNet's ``noun.person``: *leader*, *founder*,
    *daughter*), which English writes in lower case before a name."""
    return frozenset(_lines("en_person_nouns.txt.gz"))


@cache
def english_ranks() -> frozenset[str]:
    """English abbreviations of ranks and offices with their full stop (*col.*, *gen.*,
    *rev.*, *gov.*; nameparser's vocabulary, ``rank_lists.py``): titles before a name
    that the address forms of the vocabularies lack."""
    return frozenset(_lines("en_rank_abbreviations.txt"))


@cache
def _part_labels() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(line.split("\t")) for line in _lines("part_labels.tsv"))


def is_part_label(word: str, lang: str) -> bool:
    """A word a book's parts are labelled with (*Anhang*, *Appendix*, *Приложение*;
    DocBook's translations, ``part_label_lists.py``), before the part's letter or
    number; capitalised as the label is (*zum Teil*, *for example* are no labels)."""
    return (lang, word) in _part_labels()


@cache
def english_people_nouns() -> frozenset[str]:
    """English nouns of a member of a people, a place or a faith (WordNet's ``noun.person``
    below *inhabitant*, *native*, *Amerindian*, *Jew*, *religious person* …: *Arab*,
    *Berliner*, *Cherokee*, *Baptist*), less the given names the lists hold (*Christian*,
    *Frank*); no instance of one person is among them (*Casanova*)."""
    from glossary.namelists import given_spread

    return frozenset(w for w in _lines("en_people_nouns.txt") if given_spread(w) == 0)


def english_people_noun(word: str) -> bool:
    """*Arab*, *Arabs*, *Berliners*: a noun of :func:`english_people_nouns` or its plural."""
    nouns = english_people_nouns()
    return word in nouns or word.endswith("s") and word[:-1] in nouns


@cache
def english_storm_nouns() -> frozenset[str]:
    """English nouns of storms (WordNet's *storm* and the synsets below it: *hurricane*,
    *typhoon*, *cyclone*, *blizzard*), which English capitalises before a storm's name."""
    return frozenset(_lines("en_storm_nouns.txt"))


@cache
def french_person_nouns() -> dict[str, tuple[str, bool]]:
    """French nouns of persons that vary in gender or take either (*président*,
    *présidente*, *ministre*; Dicollecte's dictionary, ``french_lists.py``) → the genders
    a form shows (``m``, ``f``, ``mf``) and whether it is an adjective too (*ancien*,
    *candidat*): French writes them in lower case before a name."""
    out = {}
    for line in _lines("fr_person_nouns.txt.gz"):
        form, gender, *adj = line.split("\t")
        out[form] = (gender, bool(adj))
    return out


def french_role(word: str) -> str | None:
    """The genders (``m``, ``f``, ``mf``) a French noun of a person shows when it is no
    adjective too (*président*, *ministre*; not *ancien*, *candidat*), else None: the
    nouns that name a person's role before a name or at an apposition's head."""
    gender, adjective = french_person_nouns().get(word, ("", True))
    return None if adjective else gender


@cache
def english_person_acronyms() -> frozenset[str]:
    """English acronyms of roles (WordNet's ``noun.person``: *CEO*, *CFO*, *MD*), which
    stand before a name as a lower-case noun of a person does (*Google CEO Sundar
    Pichai*)."""
    return frozenset(_lines("en_person_acronyms.txt"))


#: Languages with a list of the words they write mostly in lower case (``make_lists.py``).
_LOWER_LISTS = {
    lang: f"{lang}_lower_words.txt.gz" for lang in ("en", "fr", "pl", "cs", "ru", "uk", "be", "hu")
}

#: Forms of Debian's Hunspell dictionaries that general text holds and the lemma tables
#: lack: words that do not inflect (wczoraj, вчера) and many verb forms (powiedział).
_HUNSPELL_LISTS = {lang: f"{lang}_hunspell_words.txt.gz" for lang in ("pl", "ru", "cs")}

#: Languages whose whole lower-case list counts as common words everywhere (English);
#: the Slavic lists hold many surnames as words too (Polish *kowalski*, *nowak*, *wróbel*)
#: and are asked only where a name has no given name (``is_lower_word``).
_COMMON_LOWER = ("en",)


@cache
def lower_words(lang: str) -> frozenset[str]:
    """Words ``lang`` writes lower case more often than capitalised (English *president*,
    *western*, *price*): capitalised, they start a sentence or a heading or are a title."""
    name = _LOWER_LISTS.get(lang)
    if not name:
        return frozenset()
    more = _HUNSPELL_LISTS.get(lang)  # words the lemma tables lack: wczoraj, вчера
    return frozenset(_lines(name)) | (frozenset(_lines(more)) if more else frozenset())


@cache
def _uninflected(lang: str) -> frozenset[str]:
    more = _HUNSPELL_LISTS.get(lang)
    if not more:
        return frozenset()
    return frozenset(_lines(more)) - frozenset(_lines(_LOWER_LISTS[lang]))


def is_uninflected_word(word: str, lang: str) -> bool:
    """A Polish, Russian or Czech word that Hunspell has and the lemma tables lack, which
    hold every word that inflects: mostly adverbs and particles (*wczoraj*, *teraz*,
    *včera*, *tady*, *вчера*, *вдруг*) and verb forms, never a noun (*piłkarz*, *hráč*)."""
    return word.lower() in _uninflected(lang)


_APOSTROPHES = str.maketrans("’ʼ", "''")


def is_lower_word(word: str, lang: str) -> bool:
    """A capitalised word ``lang`` writes lower case as a common word in some form (Polish
    *Sąd*, *Unii*, *Teatru*; also surnames that are words: *Wróbel*, *Kowalski*). The
    lists write the apostrophe inside Ukrainian and Belarusian words as ASCII (*об'єднання*)."""
    return word.lower().translate(_APOSTROPHES) in lower_words(lang)


def english_past_tense(word: str) -> bool:
    """An English verb's regular past (*talked*, *moved*, *stopped*): a lower-case word
    in -ed whose stem English writes too."""
    if len(word) < 5 or not word.endswith("ed"):
        return False
    lower = lower_words("en")
    stems = (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else "")
    return word in lower and any(stem in lower for stem in stems if stem)


def is_common_word(word: str, lang: str) -> bool:
    """A capitalised word that is an ordinary word of ``lang`` (German nouns: Gold, Präsident;
    English words mostly written lower case: President, Western)."""
    if lang == "de":
        if is_german_noun(word):
            return True
        if word in german_common_words():
            return True
    elif lang in _COMMON_LOWER and is_lower_word(word, lang):
        return True
    return fold(word) in words(lang, "function")


def is_strong_common_word(word: str, lang: str) -> bool:
    """A function word, or a German common word too frequent to be a family name (Gold).
    A word Wiktionary knows only as a family or given name or a place is none, however
    often German writes it: the famous are written of often (Schröder), given names are
    (Georg), and so are the great cities (München, Köln, Wien)."""
    if lang == "de" and german_common_words().get(word, -99.0) > STRONG:
        kinds = proper_kinds(word)
        return not (
            kinds
            and kinds <= {"family", "given", "place"}
            and not is_german_noun(word)
            and not is_german_lower(word)
        )
    return fold(word) in words(lang, "function")


def is_calendar_word(word: str, lang: str) -> bool:
    low = fold(word)
    return low in words(lang, "month") or low in words(lang, "weekday")


def month_abbreviation(word: str, lang: str) -> bool:
    """``word`` is a month's first three or four letters (*Jan*, *Sept*), the way a date
    shortens it before the day (*Jan 17*, *Sept. 3*)."""
    low = fold(word)
    return 3 <= len(low) <= 4 and any(m.startswith(low) for m in words(lang, "month"))


@cache
def legal_forms() -> frozenset[str]:
    """Legal forms of firms in many countries (GmbH, AG, Inc., Ltd, S.p.A.; cleanco), folded."""
    return frozenset(fold(f) for f in _lines("legal_forms.txt"))


@cache
def firm_words() -> frozenset[str]:
    """Words of the names of larger companies and brands (Porsche, Boeing, Nvidia; cspell's
    company dictionary) and of larger hardware makers (Compaq, Cyrix, Atmel; the PCI
    and USB ID databases) that no family name list has and few given name lists do."""
    return frozenset(_lines("firm_words.txt")) | frozenset(_lines("hardware_vendors.txt"))


def is_firm_word(word: str) -> bool:
    return word in firm_words()


@cache
def package_names() -> frozenset[str]:
    """Debian's package names of letters only (*emacs*, *gnumeric*, *hurd*):
    ``debian_packages.txt.gz``."""
    return frozenset(_lines("debian_packages.txt.gz"))


def is_package_name(word: str) -> bool:
    """A capitalised word that names a Debian package (*Emacs*, *Konqueror*)."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in package_names()
