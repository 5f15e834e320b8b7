"""The gender of given names that ``given_names.tsv`` lists under both genders, by a
majority of the sources and by the text's language, for ``given_genders.tsv`` (see
README.md).

``given_names.tsv`` gives a name every gender any source gives it, so a single list
that has a man's name among its women's makes it "mf": Faker's generic English locale
``en`` (the longest lists, 379 names under both genders) has *Christian*, *Emma*,
*Lena* so, though 20 and more other locales give each one gender. Here each listing
votes:

* a Faker locale's own lists (a locale that copies another's, ``fr_QC`` of ``fr_CA``,
  counts once): the gender whose list has the name, "mf" when both have it;
* a country's column of nam_dict (gender-guesser 0.4.0's ``nam_dict.txt``): ``M``,
  ``1M`` and ``?M`` (a "mostly male" name, in nam_dict's words) male, ``F``, ``1F``,
  ``?F`` female; ``?`` (unisex) and a country on lines of both genders "mf". Its
  frequency digits are not weighed. Counting ``?M`` as "mf" left *Chris*, *Alex* and
  *José* (``?M`` in France, ``?F`` in the Netherlands) without a majority.

A name takes the majority gender when at least MAJORITY_SHARE of its listings give
that gender alone and at least MAJORITY_LEAST of them do: one dissent among five
passes (the generic English list, a stray *Olga* of ``id_ID``), a real split does not
(*Toni*: 7 locales male, 5 female; *Kim*). Three listings, since two can be one
source's copies or two neighbours.

A language's gender is the one its own country locales (:data:`LANG_LOCALES`) give the
name, when every one of them that lists it gives it that gender alone (*Toni*: de m,
en f; *Luca*: hu f). When they disagree or one lists it under both, the name is "mf" in
that language whatever the majority (*Andrea*: ``de_CH`` lists it as a man's and a
woman's name). nam_dict does not vote here: its columns count a minority's use of a
name in a country (*Toni*: ``?F`` in Austria, where ``de_DE`` and ``de_CH`` list a
man's name), which among a language's one to five listings would veto; among dozens
of listings such a mark is one dissent. Faker's generic ``en`` is no country's and
does not vote for English either.

Run: ``python glossary/data/given_gender_lists.py`` in the environment of
``requirements.txt`` (Faker 40.63.0, gender-guesser 0.4.0), after ``make_lists.py``.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections import defaultdict
from pathlib import Path

from nam_dict_lists import COUNTRIES, nam_dict_lines
from place_firm_lists import usable

HERE = Path(__file__).parent
#: The share of a name's listings that must give one gender alone ...
MAJORITY_SHARE = 0.8
#: ... and how many listings at least.
MAJORITY_LEAST = 3
#: The languages bitext reads, with the Faker locales of the countries that speak them
#: (Faker 40.63.0 has no person provider for en_AU, en_CA; none for Belarusian).
LANG_LOCALES = {
    "de": ("de_DE", "de_AT", "de_CH", "de_LI", "de_LU"),
    "en": ("en_US", "en_GB", "en_IE", "en_NZ"),
    "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC"),
    "pl": ("pl_PL",),
    "cs": ("cs_CZ",),
    "sk": ("sk_SK",),
    "hu": ("hu_HU",),
    "ru": ("ru_RU",),
    "uk": ("uk_UA",),
    "be": (),
}
_LISTS = (
    ("first_names_male", "m"),
    ("first_names_female", "f"),
    ("first_romanized_names_male", "m"),
    ("first_romanized_names_female", "f"),
)
_NAM_GENDER = {"M": "m", "1M": "m", "F": "f", "1F": "f", "?M": "m", "?F": "f", "?": "mf"}


def key(name: str) -> str:
    """Lower case without accents, as bitext looks names up (``glossary.listfiles.fold``):
    the listings of *José* and *Jose* are one name's."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def faker_listings() -> dict[str, dict[str, set[str]]]:
    """Folded name -> locale -> the genders of the locale's lists that hold it; a locale
    whose lists are another's (inherited) is read under that locale's name, once."""
    import faker

    base = Path(faker.__file__).parent / "providers" / "person"
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for loc in sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name[0] == "_"):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr, gender in _LISTS:
            owner = next((c for c in provider.__mro__ if attr in c.__dict__), None)
            value = owner.__dict__[attr] if owner else None
            if value is None or isinstance(value, property):
                continue
            source = owner.__module__.rsplit(".", 1)[-1]  # fr_QC's lists are fr_CA's
            for name in value.keys() if isinstance(value, dict) else value:
                if "romanized" in attr and isinstance(name, str) and name.isupper():
                    name = name.title()
                if isinstance(name, str) and usable(name):
                    out[key(name)][source].add(gender)
    return out


def nam_dict_listings() -> dict[str, dict[str, set[str]]]:
    """Folded name -> nam_dict country -> the genders of the lines that list it there."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for code, name, columns in nam_dict_lines():
        if code not in _NAM_GENDER:
            continue
        digits = columns[: len(COUNTRIES) - 1]  # not "other countries"
        for country, digit in zip(COUNTRIES, digits, strict=False):
            if digit.isalnum():
                out[key(name)][country] |= set(_NAM_GENDER[code])
    return out


def majority(listings: list[set[str]]) -> str:
    """The gender that at least MAJORITY_SHARE and MAJORITY_LEAST of the listings give
    alone, else ""."""
    for gender in ("m", "f"):
        alone = sum(1 for found in listings if found == {gender})
        if alone >= MAJORITY_LEAST and alone >= MAJORITY_SHARE * len(listings):
            return gender
    return ""


def language_gender(by_locale: dict[str, set[str]], lang: str) -> str:
    """The gender every one of ``lang``'s locales that list the name gives it alone,
    "mf" when they do not agree, "" when none lists it."""
    found = [by_locale[loc] for loc in LANG_LOCALES[lang] if loc in by_locale]
    if not found:
        return ""
    genders = set().union(*found)
    return genders.pop() if len(genders) == 1 else "mf"


def rows() -> list[tuple[str, str, str]]:
    """(name as ``given_names.tsv`` writes it, majority gender, ``lang=gender`` pairs)
    for each name listed there as "mf" that gets a gender in some language."""
    faker, nam = faker_listings(), nam_dict_listings()
    out = []
    for line in (HERE / "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, gender, *_ = line.split("\t")
        if gender != "mf":
            continue
        by_locale = faker.get(key(name), {})
        common = majority(list(by_locale.values()) + list(nam.get(key(name), {}).values()))
        langs = {lang: language_gender(by_locale, lang) for lang in LANG_LOCALES}
        # a language's own gender where it differs; "mf" only against a majority
        decided = {k: g for k, g in langs.items() if g and g != common and (common or g != "mf")}
        if common or decided:
            out.append((name, common, ",".join(f"{k}={v}" for k, v in sorted(decided.items()))))
    return out


def main() -> int:
    found = rows()
    lines = [
        "# name\tgender by a majority of the sources (empty: none)\tlanguage=gender where "
        "the language's own locales give another (mf: they disagree)"
    ]
    lines += ["\t".join(row) for row in found]
    (HERE / "given_genders.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    common = sum(1 for _, g, _ in found if g)
    print(f"{len(found)} names, {common} with a majority gender")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
