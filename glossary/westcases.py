"""Polish, Czech and Slovak surnames in a case read back to their nominative, in the case
of the declined given name before them (*Donaldem Tuskiem*, *Lecha Wałęsy*, *Andreje
Babiše*, *Jiřího Mádla*, *Reinholdzie Messnerze*). Apart from :mod:`glossary.shapes`,
whose ``agreeing_lemma`` calls it, as :mod:`glossary.eastcases` reads East Slavic ones."""

from __future__ import annotations

import re

from glossary.inflect import lemmas
from glossary.key import key
from glossary.shapes import _LATIN_ADJECTIVE, _adjectival_stem, _fleeting_e

#: Polish and Czech case endings that a man's given name and a surname in a consonant
#: share (Donaldem Tuskiem, Donalda Tuska, Donaldowi Tuskowi), longest first; -iem is the
#: instrumental of a stem in k or g.
_AGREEING = ("owi", "ovi", "iem", "em", "a")
#: A Czech given name that declines as an adjective (Jiří: Jiřího, Jiřímu, Jiřím; Harry:
#: Harryho) and the ending a surname that is a noun takes in that case (Mádla, Mádlem).
_CS_ADJECTIVAL_CASE = re.compile(r"(?<=[íýy])(?:ho|mu|m)$")
_CS_NOUN_CASE = {"ho": "a", "mu": "ovi", "m": "em"}
#: Czech and Slovak consonants whose masculine stems take -e in the genitive (Babiš:
#: Babiše; Klaus: Klause; Janež: Janeže).
_CS_SOFT = frozenset("šžčřcjsz")


def west_agreeing(given: str, word: str, lang: str, gender: str) -> tuple[str, str] | None:
    """:func:`glossary.shapes.agreeing_lemma` for Polish, Czech and Slovak."""
    g, w = given.lower(), word.lower()
    if lang in ("cs", "sk") and (case := _CS_ADJECTIVAL_CASE.search(g)):
        g = _CS_NOUN_CASE[case.group()]  # Jiřího Mádla: as Pavla Dvořáka, a noun's genitive
    genitive = w.endswith("y") or lang == "pl" and w.endswith(("li", "ki", "gi"))
    if genitive and not _LATIN_ADJECTIVE.search(w) and g.endswith("y" if gender == "f" else "a"):
        stem = word[:-1] + "a"  # the genitive of a noun in -a, both genders (Musiali)
        return stem, key(stem, lang)
    if gender == "f" and lang in ("cs", "sk") and g != w and w.endswith(("é", "ou")):
        stem = word[: -2 if w.endswith("ou") else -1] + "á"  # Kateřiny Konečné: Konečná
        return stem, key(stem, lang)
    if gender != "m":
        return None
    if lang in ("cs", "sk") and g.endswith("em") and w.endswith("ou") and len(w) > 4:
        stem = word[:-2] + "a"  # Petrem Fialou, premiérem Fialou: a man's name in -a
        return stem, key(stem, lang)
    if lang == "pl" and g.endswith("em") and w.endswith("ą") and len(w) > 3:
        stem = word[:-1] + "a"  # Andrzejem Dudą, prezydentem Dudą: Duda
        return stem, key(stem, lang)
    if lang == "pl" and g.endswith(("e", "u")) and w.endswith(("e", "u")) and len(w) > 4:
        stem = next((f for f in lemmas(word, lang)[1:] if f[-1] not in "aeiouy"), None)
        if stem is not None:  # Reinholdzie Messnerze, Piotrze Wróblu: the locative
            return _fleeting_e(stem, lang), key(_fleeting_e(stem, lang), lang)
    if lang == "pl" and (stem := _adjectival_stem(word)) is not None:
        return stem, key(stem, lang)  # Robertem Kennedym, Narendrę Modiego: Kennedy, Modi
    if lang in ("cs", "sk") and g.endswith("e") and w.endswith("e") and w[-2:-1] in _CS_SOFT:
        stem = word[:-1]  # Andreje Babiše, Václava Klause: a soft stem's genitive
        return stem, key(stem, lang)
    if lang in ("cs", "sk") and g.endswith("e") and g[-2:-1] in _CS_SOFT and w.endswith("a"):
        stem = _fleeting_e(word[:-1], lang)  # Magnuse Carlsena: a soft and a hard stem
        return (
            (stem, key(stem, lang)) if len(stem) >= 3 and stem[-1] not in "aeiouyáéíóúůý" else None
        )
    for ending in _AGREEING:
        cut = ending if ending != "iem" or w[-4:-3] in ("k", "g") else ""
        if cut and g.endswith(ending.removeprefix("i")) and w.endswith(cut):
            stem = _fleeting_e(word[: -len(cut)], lang)
            return (stem, key(stem, lang)) if len(stem) >= 3 else None
    return None
