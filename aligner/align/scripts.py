"""Cognates across Latin and Cyrillic script: *Plattform* beside *платформа*.

Two texts in one script share cognate prefixes (*expédition*, *Expedition*);
a German text beside a Russian, Ukrainian or Belarusian one shares none,
though both are full of the same international words (*Funktion* /
*функция*, *Parameter* / *параметр*, *Archiv* / *архив*). Both sides are
read into one rough Latin sound spelling (Cyrillic letter by letter; *ch*,
*c*, *q* and *x* as k, *z* as s, *w* as v, *y* and *j* as i, *h* dropped,
double letters single) and compared by their first four letters. Only a
pair of texts in different scripts gets these features: in one script the
cognate prefixes already do this job.
"""

from __future__ import annotations

import re

#: Cyrillic letters of Russian, Ukrainian and Belarusian in rough Latin sound spelling.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e",
        "ё": "e", "є": "e", "ж": "s", "з": "s", "и": "i", "і": "i", "ї": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "k",
        "ц": "s", "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "i", "ь": "",
        "э": "e", "ю": "u", "я": "a", "'": "", "ʼ": "", "’": "",
    }
)  # fmt: skip
_LATIN = (("ch", "k"), ("ph", "f"), ("th", "t"), ("c", "k"), ("q", "k"), ("x", "ks"))
_LATIN_LETTERS = str.maketrans({"z": "s", "w": "v", "y": "i", "j": "i", "h": ""})
_DOUBLE = re.compile(r"(.)\1+")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[a-zA-Z\u00c0-\u024f]")
#: letters a word needs for its sound prefix to count
MIN_LETTERS = 5
PREFIX = 4
#: letters read from each side to tell its script
SAMPLE = 20_000


def sound_prefix(word: str) -> str | None:
    """The first letters of ``word`` in the rough sound spelling, or None.

    ``word`` is lower case and folded as ``anchors.fold`` folds it (the
    feature reader has it so already): accents off, *ß* as *ss*, *й* as *и*.
    """
    if len(word) < MIN_LETTERS or not word.isalpha():
        return None
    if _CYR.search(word):
        latin = word.translate(_CYRILLIC)
    else:
        latin = word
        for a, b in _LATIN:
            latin = latin.replace(a, b)
        latin = latin.translate(_LATIN_LETTERS)
    latin = _DOUBLE.sub(r"\1", latin)
    return latin[:PREFIX] if len(latin) >= PREFIX and latin.isascii() else None


def script(texts: list[str]) -> str | None:
    """The script most letters of the first sentences are in: "cyrillic" or "latin"."""
    sample, size = [], 0
    for t in texts:
        sample.append(t)
        size += len(t)
        if size >= SAMPLE:
            break
    joined = "".join(sample)
    cyr, lat = len(_CYR.findall(joined)), len(_LAT.findall(joined))
    if not cyr and not lat:
        return None
    return "cyrillic" if cyr > lat else "latin"


def across(src: list[str], tgt: list[str]) -> bool:
    """Whether one text is in Latin script and the other in Cyrillic."""
    return {script(src), script(tgt)} == {"latin", "cyrillic"}
