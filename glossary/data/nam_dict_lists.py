"""Given names from Jörg Michael's first-name dictionary (``nam_dict.txt`` as shipped in
gender-guesser 0.4.0) for ``make_lists.py``: only its data file is read, no code of the
package is used (the code is GPL, the data GFDL).

The shipped file is UTF-8 (its header says so: the original's character codes are
already resolved), every line 87 characters: a gender code, the name up to column 29, a
sort mark in column 30 ('+' marks the second copy of a name with umlauts, sorted as if
expanded), then one hexadecimal frequency digit per country (1 rare … D very common,
blank: not listed) in the country order of the header, which ``COUNTRIES`` repeats.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from place_firm_lists import usable

#: The countries of nam_dict's frequency columns, in the header's order (from column 31).
COUNTRIES = (
    "Great Britain, Ireland, U.S.A., Italy, Malta, Portugal, Spain, France, Belgium, "
    "Luxembourg, the Netherlands, East Frisia, Germany, Austria, Swiss, Iceland, Denmark, "
    "Norway, Sweden, Finland, Estonia, Latvia, Lithuania, Poland, Czech Republic, Slovakia, "
    "Hungary, Romania, Bulgaria, Bosnia and Herzegovina, Croatia, Kosovo, Macedonia, "
    "Montenegro, Serbia, Slovenia, Albania, Greece, Russia, Belarus, Moldova, Ukraine, "
    "Armenia, Azerbaijan, Georgia, Kazakhstan/Uzbekistan etc., Turkey, Arabia/Persia, "
    "Israel, China, India/Sri Lanka, Japan, Korea, Vietnam, other countries"
).split(", ")
#: The language bitext reads that a country's names are written in; countries of several
#: languages (Belgium, Luxembourg, Swiss) and regions (East Frisia) have none. English
#: has none either: Faker's many English locales list the names in use, and the U.S.A.'s
#: column adds rare ones that are words too (Sunni in "Sunni Arab regions").
COUNTRY_LANG = {
    "France": "fr",
    "Germany": "de",
    "Austria": "de",
    "Poland": "pl",
    "Czech Republic": "cs",
    "Slovakia": "sk",
    "Hungary": "hu",
    "Russia": "ru",
    "Belarus": "be",
    "Ukraine": "uk",
}
#: Countries whose names no language bitext reads writes as its own: a name only they list
#: comes into every language's text from abroad, as written there (Shigeru, Recep, Faisal),
#: so it holds in every language. China, Korea and Vietnam are left out: their given
#: names are syllables that are words everywhere (Long, My, Van), and
#: :mod:`glossary.eastasian` reads those names by their shape; "other countries" is no
#: one place.
FAR_COUNTRIES = frozenset(
    (
        "Armenia",
        "Azerbaijan",
        "Georgia",
        "Kazakhstan/Uzbekistan etc.",
        "Turkey",
        "Arabia/Persia",
        "Israel",
        "India/Sri Lanka",
        "Japan",
    )
)
#: A name of the far countries needs this many letters (Ia, Afa, Abd: fragments).
FAR_SHORTEST = 3
_FIRST = 30  # the first country's column (0-based)
_GENDER = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "mf"}
#: Letters with a stroke or of their own that Unicode does not decompose: the spelling a
#: name takes without them (Małgorzata: Malgorzata, Søren: Soren).
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ð": "d", "ħ": "h", "ŧ": "t"})


@dataclass
class NamDictName:
    """One name: its genders, the countries that list it, and the most countries one of
    its lines lists (a name of two lines, a man's in Vietnam and a woman's in Sweden, is
    not for that more widely given: My, Le)."""

    genders: set[str]
    countries: set[str]
    wide: int = 0

    def langs(self) -> set[str]:
        """The languages bitext reads of the countries that list the name."""
        return {COUNTRY_LANG[c] for c in self.countries if c in COUNTRY_LANG}


def nam_dict_path() -> Path:
    import gender_guesser

    return Path(next(iter(gender_guesser.__path__))) / "data" / "nam_dict.txt"


def nam_dict_lines(path: Path | None = None) -> Iterator[tuple[str, str, str]]:
    """(gender code, name, the country columns) of each line of nam_dict that gives one
    usable given name; the second copies (a '+' in column 30) and names of several parts
    (Jun+Wei) are left out."""
    with (path or nam_dict_path()).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if line[:1] in "#=" or len(line) <= _FIRST or line[29] == "+":
                continue
            code, name = line[:2].strip(), line[3:29].strip()
            if " " not in name and usable(name):
                yield code, name, line[_FIRST:]


def nam_dict_names(path: Path | None = None) -> dict[str, NamDictName]:
    """nam_dict's given names with their genders and countries (:func:`nam_dict_lines`)."""
    out: dict[str, NamDictName] = {}
    for code, name, columns in nam_dict_lines(path):
        if code in _GENDER:
            digits = columns[: len(COUNTRIES)]
            countries = {COUNTRIES[i] for i, ch in enumerate(digits) if ch.isalnum()}
            entry = out.setdefault(name, NamDictName(set(), set()))
            entry.genders |= set(_GENDER[code])
            entry.countries |= countries
            entry.wide = max(entry.wide, len(countries))
    return out


def plain(name: str) -> str:
    """Lower case without accents or strokes: two spellings of one name (Jarosław, Jaroslaw)."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_PLAIN)


#: nam_dict's count of countries raises a given name's spread to at most this, one below
#: what lets a given name stand alone (``_SPREAD_ALONE`` in ``glossary/wordclass.py``): a
#: name that several countries give but one Faker locale lists starts a full name without
#: a known surname after it, but the larger list never makes a lone word a person.
NAM_SPREAD = 4
#: A name Faker lacks holds in every language when this many of nam_dict's countries list
#: it: one country's rare spelling is weak evidence elsewhere, and a weak given name
#: splits a full name that the rules for unknown words read whole.
NAM_WIDE = 2

#: A given name: its genders, its spread, and the languages it holds in (empty: all).
Given = tuple[set[str], int, frozenset[str]]


def with_nam_dict(
    given: dict[str, tuple[set[str], int]],
    german: set[str],
    cities: set[str],
    own: dict[str, set[str]],
    lower: set[str] = frozenset(),
) -> dict[str, Given]:
    """Faker's given names with nam_dict's as further evidence.

    A name's spread is the larger of Faker's locales and nam_dict's countries (at most
    NAM_SPREAD). A name Faker lacks holds in every language when NAM_WIDE countries list
    it or when it is another spelling of a name that does (Małgorzata of Malgorzata),
    unless German has it as a word in its own right (``german``) or a city has it as its
    name; otherwise it holds only in the languages of the countries that list it (Lech,
    Zygmunt in Polish; Jarosław, a Polish city's name too, read as a given name only
    before a surname), never in German when German has it as a word or a city as its
    name, nor in a language that has it as a word of its own (``own``, plain spellings:
    function words, months, countries).

    A name only the far countries list (:data:`FAR_COUNTRIES`) holds in every language
    with a spread of one, unless German has it as a word, a city as its name, any
    language a function word, month or country (or a word of a country's name: *Sri* of
    *Sri Lanka*, *Iran*), or another language bitext reads in Latin letters a lower-case
    word (``lower``: *Alibi*, *Arise*).
    """
    out: dict[str, Given] = {n: (g, s, frozenset()) for n, (g, s) in given.items()}
    names = nam_dict_names()
    spread = {n: min(e.wide, NAM_SPREAD) for n, e in names.items()}
    for name, (genders, n) in given.items():
        if name in names:
            out[name] = (genders, max(n, spread[name]), frozenset())
    known = set(lower) | {part for words in own.values() for w in words for part in w.split()}
    general: dict[str, int] = {}
    for name, (_, n, _) in out.items():
        general[plain(name)] = max(general.get(plain(name), 0), n)
    for name, entry in sorted(names.items()):
        if name in given:
            continue
        word = name in german or name.lower() in german or name in cities
        twin = general.get(plain(name), 0)
        if not word and (entry.wide >= NAM_WIDE or twin):
            out[name] = (entry.genders, max(spread[name], twin), frozenset())
            continue
        if entry.countries and entry.countries <= FAR_COUNTRIES:
            worded = {name.lower(), plain(name)} & known
            if len(name) >= FAR_SHORTEST and not word and not worded:
                out[name] = (entry.genders, spread[name], frozenset())
            continue
        langs = {lang for lang in entry.langs() if plain(name) not in own.get(lang, set())}
        if word:
            langs.discard("de")
        if langs:
            out[name] = (entry.genders, spread[name], frozenset(langs))
    return out
