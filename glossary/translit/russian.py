"""The Russian spelling of a Ukrainian or Belarusian name, for the press forms.

Many Ukrainian and Belarusian public figures are known abroad by the Russian
form of their name: German and English titles write *Tichanowskaja*,
*Lukaschenko*, *Lukashenko*, *Ognevich*, not the national *Zichanouskaja*,
*Lukaschenka*, *Ohnevych*. ``names convert --all`` therefore also offers the
name spelt as Russian writes it, then transliterated with the Russian rules.

Only regular correspondences of the spelling are undone; what hangs on stress
(Belarusian akanye and yakanye in the stem: Калеснікава for Колесникова) is
left as written, since nothing in the letters says where it applies.
"""

from __future__ import annotations

import re
from itertools import combinations, count

# Belarusian: цеканне and дзеканне (т, д became ц, дз before a soft vowel),
# ў for в after a vowel, і and э for и and е.
_BE_TS = re.compile(r"ц(?=[іеёюяь])")
_BE_DZ = re.compile(r"дз(?=[іеёюяь])")
_BE_LETTERS = str.maketrans({"ў": "в", "і": "и"})
_BE_E = re.compile(r"(?<=\w)э")
# Unstressed о written а in the suffixes of surnames, which Russian writes with о
# (-аў/-оў: -ов, -аўскі: -овский, -ава: -ова, -енка: -енко); Russian never writes
# ы after ж, ш, ч, and Belarusian шч is Russian щ.
_BE_SPELLING = (
    (re.compile(r"[ао]вск(ая|и)$"), r"овск\1"),
    (re.compile(r"(?<!сл)ав(а)?$"), r"ов\1"),  # not Станіслаў, Яраслава
    (re.compile(r"енка$"), "енко"),
    (re.compile(r"(?<=[жшч])ы"), "и"),
    (re.compile(r"шч"), "щ"),
)
# Adjectival surnames: Belarusian -скі, -цкі, -ы; Russian -ский, -цкий, -ый.
_ADJ_I = re.compile(r"(?<=[кгх])и$")
_ADJ_Y = re.compile(r"(?<=[бвдзлмнпрстфч])ы$")
# Ukrainian: і, є, ї, ґ and the apostrophe; -ський and -цький lose the soft sign.
_UK_LETTERS = str.maketrans({"і": "и", "є": "е", "ї": "и", "ґ": "г", "'": None, "’": None})
_UK_SOFT_ADJ = re.compile(r"(?<=[сц])ьк")
_UK_INITIAL_E = re.compile(r"^е")

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def russian_form(name: str, src: str) -> str:
    """``name`` (Ukrainian or Belarusian Cyrillic) spelt the Russian way; others unchanged.

    >>> russian_form("Святлана Ціханоўская", "be")
    'Святлана Тихановская'
    """
    if src not in ("uk", "be"):
        return name
    from glossary.translit import surname_index

    convert = _from_belarusian if src == "be" else _from_ukrainian
    sur = surname_index(_WORD.findall(name))
    index = count()

    def one(m: re.Match) -> str:
        word = m.group()
        out = convert(word.lower())
        if next(index) != sur:
            out = _given_variant(out)
        if word.isupper() and len(word) > 1:
            return out.upper()
        return out[:1].upper() + out[1:] if word[:1].isupper() else out

    return _WORD.sub(one, name)


# Vowels whose spelling moves with stress between the languages (akanye, yakanye:
# Святлана, Аляксандр, Віктар), tried on given names only.
_VOWEL_SWAPS = {"я": "е", "а": "о", "о": "а", "е": "я", "ы": "и"}
_MAX_SWAPS = 6


def _given_variant(word: str) -> str:
    """The Russian spelling of a given name: ``word`` if the general list has it,
    else the variant with fewest vowels changed that it has (Святлана: Светлана)."""
    from glossary.translit import listed_given

    if listed_given(word) is not None:
        return word
    spots = [k for k, c in enumerate(word) if k and c in _VOWEL_SWAPS][:_MAX_SWAPS]
    for size in range(1, len(spots) + 1):
        for chosen in combinations(spots, size):
            letters = list(word)
            for k in chosen:
                letters[k] = _VOWEL_SWAPS[letters[k]]
            variant = "".join(letters)
            if listed_given(variant) is not None:
                return variant
    return word


def _from_belarusian(word: str) -> str:
    word = _BE_DZ.sub("д", _BE_TS.sub("т", word))
    word = _BE_E.sub("е", word.translate(_BE_LETTERS)).replace("'", "ь").replace("’", "ь")
    for pattern, repl in _BE_SPELLING:
        word = pattern.sub(repl, word)
    word = _ADJ_I.sub("ий", word)
    return _ADJ_Y.sub("ый", word) if len(word) > 4 else word


def _from_ukrainian(word: str) -> str:
    word = _UK_INITIAL_E.sub("э", word)
    return _UK_SOFT_ADJ.sub("к", word.translate(_UK_LETTERS))
