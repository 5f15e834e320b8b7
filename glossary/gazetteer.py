"""Places by name: the city lists of GeoNames, the countries of CLDR, German
Wiktionary's toponyms, the endings that mark a place, how often each Slavic
language and Hungarian write a city's name, and the words that end a street's name."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from glossary.germanwords import german_proper_names, proper_kinds
from glossary.lexicon import words
from glossary.listfiles import _lines, fold
from glossary.namelists import family_names, given_names


@cache
def cities() -> frozenset[str]:
    """One-word names of cities of 15,000 people or more (GeoNames), Latin and Cyrillic."""
    return frozenset(_lines("cities.txt"))


@cache
def multiword_cities() -> frozenset[str]:
    """Names of cities written in two to four words (*Porto Alegre*, *Abu Dhabi*;
    GeoNames, none with a widely given name in it: ``multiword_city_lists.py``)."""
    return frozenset(_lines("cities_multiword.txt"))


@cache
def multiword_city_starts() -> frozenset[str]:
    """The first words of :func:`multiword_cities`, for a quick test."""
    return frozenset(name.split(" ", 1)[0] for name in multiword_cities())


@cache
def street_types() -> frozenset[str]:
    """The words that end a street's name in an address (*Street*, *Avenue*, *Ave*: the
    US Postal Service's suffixes, ``street_lists.py``)."""
    return frozenset(_lines("en_street_types.txt"))


@cache
def _place_frequencies() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for line in _lines("place_frequencies.tsv.gz"):
        lang, name, zipf = line.split("\t")
        out[lang][name] = float(zipf)
    return dict(out)


def place_frequency(name: str, lang: str) -> float | None:
    """How often ``lang`` writes a city's name (Zipf scale, wordfreq; ``place_frequency_
    lists.py``): 0.0 for a name it never writes, None for a language without the table
    (Polish, Czech, Slovak, Russian, Ukrainian and Hungarian have one)."""
    table = _place_frequencies().get(lang)
    return None if table is None else table.get(name, 0.0)


@cache
def place_prefixes() -> frozenset[str]:
    """First words of many cities' names (San, Puerto, Fort, New; GeoNames)."""
    return frozenset(_lines("place_prefixes.txt"))


#: Endings (four or five letters) at least this many place names of the lists share …
_PLACE_ENDING_MIN = 20
#: … while given and family names with that ending are at most this fraction of them.
_PLACE_ENDING_RATIO = 0.1


@cache
def place_endings() -> frozenset[str]:
    """Endings that mark a place name rather than a person's (-ingen, -dorf, -stadt):
    frequent among German Wiktionary's toponyms, rare among the given and family names
    of Faker's and Wiktionary's lists."""
    from collections import Counter

    proper = german_proper_names()
    place = [w.lower() for w, k in proper.items() if "place" in k]
    person = list(family_names()) + list(given_names())
    person += [fold(w) for w, k in proper.items() if k & {"family", "given"}]
    out = set()
    for size in (4, 5):
        places = Counter(w[-size:] for w in place if len(w) > size + 2)
        persons = Counter(w[-size:] for w in person if len(w) > size + 2)
        for end, n in places.items():
            if size == 4 and end.endswith("s"):
                continue  # -achs: too short once the genitive -s takes a letter (Schirachs)
            if n >= _PLACE_ENDING_MIN and persons[end] <= n * _PLACE_ENDING_RATIO:
                out.add(end)
    return frozenset(out)


def place_shaped(word: str) -> bool:
    """A word that ends like a place name (Kisdorf, Weitingen, Pfrondorf)."""
    low = word.lower()
    return any(low[-size:] in place_endings() for size in (4, 5) if len(low) > size + 2)


def is_country(word: str, lang: str) -> bool:
    """A country's name as ``lang`` writes it (CLDR: Indie, Stany Zjednoczone)."""
    return fold(word) in words(lang, "territory")


def is_place_name(word: str, lang: str) -> bool:
    """A country (CLDR), a city of the world (GeoNames) or a German toponym (Wiktionary)."""
    if is_country(word, lang) or word in cities():
        return True
    return lang == "de" and "place" in proper_kinds(word)
