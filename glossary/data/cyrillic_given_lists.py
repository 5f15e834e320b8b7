"""Russian and Ukrainian given names in Cyrillic, for ``cyrillic_given_names.tsv``,
the forms of their surnames, for ``ru_`` and ``uk_person_names.txt.gz``, the
singular forms of their nouns of persons and animals, for ``ru_`` and
``uk_animate_nouns.txt.gz``, and their prepositions, for ``cyrillic_prepositions.tsv``
(see README.md).

Faker's Russian and Ukrainian locales list a few hundred given names each and miss
common ones (*Микола*, *Андрій*; the familiar forms, *Серёжа*); nam_dict writes
the Ukrainian and Belarusian ones in Latin letters only. The morphological
dictionaries of pymorphy3 tag every given name (``Name``) with its gender, so this
script takes each lemma so tagged, in its nominative, that general text writes
(wordfreq's list of the language holds it), and notes the languages whose
dictionary also reads it as another word (*надія* "hope", *роман* "novel", *мира*
of *мир*), and among those the languages where that other word is a proper noun
itself, a place, an organisation or a brand (*Лена*, the river; *Дон*): inside a
sentence, where a capital tells a name from a common noun, only the second kind
leaves a doubt (*на Дону*, on the Don).

Run: ``python glossary/data/cyrillic_given_lists.py`` in the environment of
``requirements.txt`` (about two minutes: the dictionaries are walked word by word).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
#: Languages with a pymorphy3 dictionary that tags given names.
LANGS = ("ru", "uk")
#: Tags of a reading that is a name of a person: given name, surname, patronymic.
PERSON = frozenset({"Name", "Surn", "Patr"})
#: Tags of a reading that names something else: a place, an organisation, a brand.
OTHER_PROPER = frozenset({"Geox", "Orgn", "Trad"})


def given_names(lang: str) -> dict[str, tuple[str, bool, bool]]:
    """Lemma of each given name the dictionary tags -> (gender, also another word, also
    another proper noun)."""
    import pymorphy3
    from wordfreq import zipf_frequency

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    genders: dict[str, set[str]] = defaultdict(set)
    for word, tag, normal, _para, _idx in morph.dictionary.iter_known_words():
        if "Name" in tag.grammemes and word == normal:
            genders[word] |= {"m"} if "masc" in tag.grammemes else set()
            genders[word] |= {"f"} if "femn" in tag.grammemes else set()
    out: dict[str, tuple[str, bool, bool]] = {}
    for name, gender in genders.items():
        if len(name) < 3 or not name.replace("-", "").isalpha():
            continue
        if zipf_frequency(name, lang) <= 0:
            continue  # a name general text of the language does not write
        others = [p.tag.grammemes for p in morph.parse(name) if not p.tag.grammemes & PERSON]
        proper = any(tags & OTHER_PROPER for tags in others)
        out[name] = ("".join(sorted(gender, reverse=True)), bool(others), proper)
    return out


def surname_forms(lang: str) -> list[str]:
    """Every form of a surname the dictionary tags (``Surn``: *Гаврилюк*, *Возняка*,
    *Даниловым*) that general text writes (wordfreq's list of the language), titled as
    text writes a name, for ``{lang}_person_names.txt.gz``: a form the dictionary also
    reads as something no person's name is (*Иванов*, Ivan's; *Люлька*, a pipe) has a
    tab and ``word`` after it, as the Czech and Polish lists mark theirs."""
    import pymorphy3
    from wordfreq import get_frequency_dict

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    attested = set(get_frequency_dict(lang, "large"))
    forms = {
        word
        for word, tag, _normal, _para, _idx in morph.dictionary.iter_known_words()
        if "Surn" in tag.grammemes and word in attested and word.replace("-", "").isalpha()
    }
    out = []
    for form in forms:
        other = any(not p.tag.grammemes & PERSON for p in morph.parse(form))
        out.append(f"{_titled(form)}\tword" if other else _titled(form))
    return sorted(out)


#: pymorphy3's cases -> the six a noun and a name beside it agree in.
CASES = {
    "nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs",
    "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc2": "loct",
}  # fmt: skip
#: Tags of a noun reading that is no common noun: a name, an abbreviation, an initial.
NOT_COMMON = PERSON | OTHER_PROPER | {"Abbr", "Init"}


def animate_forms(lang: str) -> list[str]:
    """The singular forms of the dictionary's animate common nouns that general text
    writes (*министра*, *философ*, *лікар*, *иноземцу*), each with its cases and the
    noun's gender (``m``, ``f`` or ``mf``), tab-separated: a noun of a person right
    before a capitalised word in the same case names it (*философ Кант*). A form any
    reading of which is no animate noun is left out (*сторож*, also a verb's)."""
    import pymorphy3
    from wordfreq import get_frequency_dict

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    attested = set(get_frequency_dict(lang, "large"))
    cases: dict[str, set[str]] = defaultdict(set)
    genders: dict[str, set[str]] = defaultdict(set)
    for word, tag, _normal, _para, _idx in morph.dictionary.iter_known_words():
        grammemes = tag.grammemes
        if tag.POS != "NOUN" or "anim" not in grammemes or grammemes & NOT_COMMON:
            continue
        if "plur" in grammemes or word not in attested or not word.isalpha():
            continue
        if tag.case in CASES:
            cases[word].add(CASES[tag.case])
            genders[word] |= {"m"} if "masc" in grammemes else set()
            genders[word] |= {"f"} if "femn" in grammemes else set()
            genders[word] |= {"m", "f"} if "ms-f" in grammemes else set()
    out = []
    for word in sorted(cases):
        parses = morph.parse(word)
        if all(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in parses):
            gender = "".join(sorted(genders[word], reverse=True))
            out.append(f"{word}\t{','.join(sorted(cases[word]))}\t{gender}")
    return out


def prepositions(lang: str) -> list[str]:
    """Every word the dictionary reads as a preposition in any reading (*о*, *для*,
    *після*): a name right after one is in an oblique case, never a verb's subject."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    return sorted(
        {
            word
            for word, tag, _normal, _para, _idx in morph.dictionary.iter_known_words()
            if "PREP" in tag.grammemes and word.isalpha()
        }
    )


def _titled(name: str) -> str:
    """A dictionary's lower-case name as text writes it (*Римский-Корсаков*)."""
    return "-".join(part.capitalize() for part in name.split("-"))


def main() -> int:
    from slavic_lists import write_gz

    for lang in LANGS:
        forms = surname_forms(lang)
        write_gz(HERE / f"{lang}_person_names.txt.gz", forms)
        print(f"{len(forms)} {lang} surname forms")
        nouns = animate_forms(lang)
        write_gz(HERE / f"{lang}_animate_nouns.txt.gz", nouns)
        print(f"{len(nouns)} {lang} animate noun forms")
    lines = ["# lang\tpreposition"]
    lines += [f"{lang}\t{word}" for lang in LANGS for word in prepositions(lang)]
    (HERE / "cyrillic_prepositions.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} prepositions")
    rows: dict[str, list] = {}
    for lang in LANGS:
        for name, (gender, other, proper) in given_names(lang).items():
            row = rows.setdefault(name, [set(), set(), set(), set()])
            row[0] |= set(gender)
            row[1].add(lang)
            row[2] |= {lang} if other else set()
            row[3] |= {lang} if proper else set()
    lines = [
        "# name\tgender (m, f, mf, or empty)\tlanguages whose dictionary lists it"
        "\tlanguages whose dictionary also reads it as another word"
        "\tlanguages whose dictionary also reads it as a place or another proper noun"
    ]
    titled = {_titled(name): name for name in rows}
    for title in sorted(titled):
        gender, langs, other, proper = rows[titled[title]]
        kinds = "".join(sorted(gender, reverse=True))
        cells = [title, kinds, *(",".join(sorted(c)) for c in (langs, other, proper))]
        lines.append("\t".join(cells))
    (HERE / "cyrillic_given_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
