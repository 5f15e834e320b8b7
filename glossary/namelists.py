"""The lists of persons' names (``data/``, made by ``data/make_lists.py``): given
names with their gender, how widely they are listed and the languages they hold in,
and family names (Faker's per-locale lists; every source is named in
``data/README.md``), and Chinese family names in Latin letters.

Apart from the general word lists: German's nouns are read only where a word is no
listed given or family name (*Hofmann*, *Wolfgang*), so the names sit below the
words they rule out, and the imports run one way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from glossary.listfiles import _lines, fold


@cache
def _given_rows() -> tuple[tuple[str, ...], ...]:
    """given_names.tsv's rows (name, gender, spread, languages), read once for both tables,
    and the Russian and Ukrainian names of ``cyrillic_given_names.tsv`` and the Polish ones
    of ``pl_given_names.tsv`` (*Kasia*, *Józek*) as names of those languages only, each
    listed once."""
    rows = [tuple(line.split("\t")) for line in _lines("given_names.tsv")]
    rows += [(name, gender, "1", langs) for name, gender, langs, *_ in _cyrillic_given_rows()]
    rows += [(*line.split("\t"), "1", "pl") for line in _lines("pl_given_names.tsv")]
    return tuple(rows)


@cache
def _cyrillic_given_rows() -> tuple[tuple[str, ...], ...]:
    """cyrillic_given_names.tsv's rows (name, gender, languages, the languages where it
    is also another word, those where it is also a place or another proper noun)."""
    return tuple(tuple(line.split("\t")) for line in _lines("cyrillic_given_names.tsv"))


def merged_genders(*genders: str) -> str:
    """The genders two or more listings give one name, as the list writes them ("mf")."""
    return "".join(sorted(set("".join(genders)), reverse=True))


@cache
def _given_tables() -> tuple[dict[str, tuple[str, int]], dict[str, dict[str, tuple[str, int]]]]:
    """Folded given name -> (gender, spread) for the names that hold in every language,
    and language -> the same for those that hold in a few languages only (Lech, Zygmunt:
    one country lists them, so they are names in Polish text, not in German)."""
    general: dict[str, tuple[str, int]] = {}
    local: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)
    for name, gender, spread, langs in _given_rows():
        key = fold(name)
        for table in [local[lang] for lang in langs.split(",")] if langs else [general]:
            old_gender, old_spread = table.get(key, (gender, 0))
            table[key] = (merged_genders(old_gender, gender), max(old_spread, int(spread)))
    return general, dict(local)


def _given_entry(word: str, lang: str | None) -> tuple[str, int] | None:
    general, local = _given_tables()
    key = fold(word)
    found = general.get(key)
    if found is None and lang is not None:
        found = local.get(lang, {}).get(key)
    return found


@cache
def given_names(lang: str | None = None) -> dict[str, str]:
    """Folded given name -> gender ("m", "f", "mf" or "" when unknown): the names that
    hold in every language, or with ``lang`` those that hold in that language only."""
    general, local = _given_tables()
    table = general if lang is None else local.get(lang, {})
    return {name: gender for name, (gender, _) in table.items()}


@cache
def _given_spellings() -> dict[str, frozenset[str]]:
    """Given name as written, lower case -> the languages it holds in ("": all)."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, _, _, langs in _given_rows():
        out[name.lower()] |= set(langs.split(","))
    return {name: frozenset(langs) for name, langs in out.items()}


def given_as_written(word: str, lang: str | None = None) -> bool:
    """Whether the list has ``word`` with its accents: Polish *Marię* folds to the listed
    *Marie* but is the accusative of *Maria*; with ``lang``, names that hold in that
    language only count too."""
    langs = _given_spellings().get(word.lower(), frozenset())
    return "" in langs or lang in langs


@cache
def _locale_given() -> dict[str, frozenset[str]]:
    """``locale_given_names.tsv``: given name -> the Slavic languages whose own locale
    lists it."""
    rows = (line.split("\t") for line in _lines("locale_given_names.tsv"))
    return {name: frozenset(langs.split(",")) for name, langs in rows}


def locale_given(word: str, lang: str) -> bool:
    """Whether the general source's locale of ``lang`` itself lists the given name
    ``word`` (*Paweł* in Polish), which its other locales may not."""
    return lang in _locale_given().get(word, frozenset())


def double_given(word: str) -> str | None:
    """The gender of a double given name whose parts are each a listed given name
    (*Hans-Horst*, *Anna-Lena*, *Karl-Theodor*): its first part's; None otherwise."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    genders = [given_gender(p) for p in parts]
    return genders[0] if None not in genders else None


def given_spread(word: str) -> int:
    """How many of the source's locales list ``word`` as a given name (0: none); names
    that hold in a few languages only count 0.

    A name listed once only (Atlas, Captain, Berlin in one English list) is
    weak evidence on its own.
    """
    found = _given_entry(word, None)
    return found[1] if found else 0


@cache
def _given_genders() -> dict[str, tuple[str, dict[str, str]]]:
    """``given_genders.tsv``: folded name -> (the gender a majority of the sources give
    it, language -> its own locales' gender), for names listed under both genders."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for line in _lines("given_genders.tsv"):
        name, common, langs = (line.split("\t") + ["", ""])[:3]
        out[fold(name)] = (common, dict(pair.split("=") for pair in langs.split(",") if pair))
    return out


@cache
def _polish_given() -> frozenset[str]:
    return frozenset(fold(line.split("\t")[0]) for line in _lines("pl_given_names.tsv"))


def polish_given(word: str) -> bool:
    """A Polish given name Morfeusz's dictionary reads as nothing else (*Kasia*, *Józek*:
    ``pl_given_names.tsv``), so not the case form of a place elsewhere (*Kasi*, Varanasi)."""
    return fold(word) in _polish_given()


def given_gender(word: str, lang: str | None = None, local: bool = True) -> str | None:
    """The gender of a given name ("m", "f", "mf", ""), None when it is not one; with
    ``lang``, the text's language, a name that holds in text of that language only
    counts too (Zygmunt in Polish) unless ``local`` is False.

    A name the list gives both genders takes the one the language's own sources give
    it (Toni: m in German, f in English), else the one most sources give it (Christian,
    Emma), else stays "mf" (Kim; Andrea in German, which Swiss lists give men too).
    """
    found = _given_entry(word, lang if local else None)
    if found is None or found[0] != "mf":
        return found[0] if found else None
    common, own = _given_genders().get(fold(word), ("", {}))
    return own.get(lang or "", common) or "mf"


def listed_both(word: str, lang: str | None = None) -> bool:
    """Whether the list gives the given name ``word`` to men and to women, whatever
    gender :func:`given_gender` settles on (Ali, Christian): no name of men only."""
    found = _given_entry(word, lang)
    return found is not None and found[0] == "mf"


@cache
def family_names() -> frozenset[str]:
    return frozenset(fold(n) for n in _lines("family_names.txt"))


def is_family_name(word: str) -> bool:
    return fold(word) in family_names()


#: A capital after small letters inside a word, what stands before it caught (*McAdams*,
#: *DeAndre*; *VmSwap*).
INNER_CAPITAL = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ]+)[A-ZÀ-Þ]")


@cache
def inner_capital_prefixes() -> frozenset[str]:
    """What the listed family and given names write before a capital inside the word
    (*Mc*, *Mac*, *De*, *La*, *Di*, *Du*, *Von*): a person's name that has such a capital
    has it after one of these."""
    names = [*_lines("family_names.txt"), *(row[0] for row in _given_rows())]
    return frozenset(m[1] for name in names if (m := INNER_CAPITAL.match(name)))


@cache
def chinese_names() -> tuple[frozenset[str], frozenset[str]]:
    """Chinese family names in Latin letters (Zhang, Li, Hsu), and the syllables of
    Hanyu Pinyin (``chinese_names.tsv``): read only by :mod:`glossary.eastasian` and
    :mod:`glossary.palladius`, never as general family names (He, Sun are words)."""
    family: set[str] = set()
    syllables: set[str] = set()
    for line in _lines("chinese_names.tsv"):
        kind, word = line.split("\t")
        (family if kind == "family" else syllables).add(word)
    return frozenset(family), frozenset(syllables)
