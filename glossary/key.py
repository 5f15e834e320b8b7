"""The matching key: one spelling-neutral skeleton for every form of a name.

Lukaschenko (de), Lukasenko (hu), Lukashenko (en), Łukaszenka (pl, from
Belarusian) and Лукашенко all reduce to ``lukasenka``. Each language's
spelling is first read back into rough sounds (German ``sch`` and Hungarian
``s`` are both š), then the sounds that transliterations disagree on are merged
(s/z/š/ž, c/č, g/h/x, v/w, i/y, o/a as in Belarusian akanye), palatal glides
before vowels are dropped (Bjaljazki and Bialiatski both give ``balacki``), a u
after a vowel and before a consonant or the end is read as the v it stands for
in Belarusian ў (Cichanouska, Sannikau beside Tichanowskaja, Sannikow) and
doubled letters collapse. (German v for /f/, Vogt beside Фогт, is matched
across the two sides of a translation only: :func:`glossary.match.across`.)
This follows the normalisation used for multilingual name matching at the JRC
(Pouliquen et al. 2006), rewritten here.
Inflection is stripped before (see :mod:`glossary.inflect`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Per-language readings of the spelling, longest first. "S" etc. are placeholders.
_READ: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("schtsch", "šč"),
        ("tsch", "č"),
        ("sch", "š"),
        ("ch", "x"),
        ("ck", "k"),
        ("tz", "c"),
        ("ts", "c"),
        ("z", "c"),
        ("w", "v"),
        ("x", "ks"),
        ("ß", "s"),
        ("ph", "f"),
        ("qu", "kv"),
        ("ä", "e"),
        ("ö", "e"),
        ("ü", "u"),
    ],
    "en": [
        ("shch", "šč"),
        ("zh", "ž"),
        ("kh", "x"),
        ("ts", "c"),
        ("tz", "c"),
        ("tch", "č"),
        ("ch", "č"),
        ("sh", "š"),
        ("x", "ks"),
        ("w", "v"),
        ("ck", "k"),
        ("ph", "f"),
    ],
    "hu": [
        ("scs", "šč"),
        ("dzs", "dž"),
        ("zs", "ž"),
        ("cs", "č"),
        ("sz", "s"),
        ("s", "š"),
        ("gy", "dj"),
        ("ny", "nj"),
        ("ty", "tj"),
        ("ly", "j"),
        ("h", "x"),
        ("w", "v"),
        ("ö", "e"),
        ("ő", "e"),
        ("ü", "u"),
        ("ű", "u"),
    ],
    "pl": [
        ("szcz", "šč"),
        ("sz", "š"),
        ("cz", "č"),
        ("rz", "ž"),
        ("dż", "dž"),
        ("ż", "ž"),
        ("ź", "ž"),
        ("ch", "x"),
        ("w", "v"),
        ("ł", "l"),
        ("ń", "n"),
        ("ś", "s"),
        ("ć", "c"),
        ("ą", "o"),
        ("ę", "e"),
        ("ó", "u"),
    ],
    "cs": [
        ("ch", "x"),
        ("ř", "ž"),
        ("ě", "je"),
        ("ď", "d"),
        ("ť", "t"),
        ("ň", "n"),
        ("ů", "u"),
        ("w", "v"),
    ],
    "fr": [
        ("chtch", "šč"),
        ("tch", "č"),
        ("dj", "dž"),
        ("ch", "š"),
        ("kh", "x"),
        ("ou", "u"),
        ("j", "ž"),
        ("ï", "j"),
        ("ts", "c"),
        ("gue", "ge"),
        ("gui", "gi"),
        ("w", "v"),
    ],
}
_READ["sk"] = _READ["cs"]
_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "jo",
    "є": "je",
    "ж": "ž",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "ji",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "x",
    "ц": "c",
    "ч": "č",
    "ш": "š",
    "щ": "šč",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
}
_MERGE = str.maketrans(
    {
        "š": "s",
        "ž": "s",
        "z": "s",
        "č": "c",
        "x": "h",
        "g": "h",
        "w": "v",
        "y": "i",
        "o": "a",
        "q": "k",
    }
)
_PATTERNS = {
    lang: re.compile("|".join(re.escape(a) for a, _ in rules)) for lang, rules in _READ.items()
}
_MAPS = {lang: dict(rules) for lang, rules in _READ.items()}
_CZECH_FEMININE = re.compile(r"(ov|ev|in|yn)ová$")
_KEEP = set("abcdefghijklmnopqrstuvwxyzšžč")


#: Letters no accent folding reaches, read as the letter they are written for where a
#: text quotes another language's spelling (German *Wałęsa*, *Đoković*, *Sørensen*).
_UNDECOMPOSED = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"}


def _fold(text: str) -> str:
    """Drop accents but keep the letters the readings above turn into sounds."""
    out = []
    for ch in text:
        if ch in "šžč":
            out.append(ch)
            continue
        base = _UNDECOMPOSED.get(ch) or unicodedata.normalize("NFD", ch)[0]
        out.append(base)
    return "".join(out)


def reading(word: str, lang: str) -> str:
    """The word as rough sounds, before classes are merged."""
    w = word.lower().strip()
    if any(ch in _CYR for ch in w):
        return "".join(_CYR.get(ch, ch) for ch in w)
    if lang in ("cs", "sk"):
        w = _CZECH_FEMININE.sub(r"\1a", w)
    if lang == "fr" and len(w) > 3 and w.endswith("e") and w[-2] not in "aeiouy":
        w = w[:-1]  # mute e: Poutine, Govoroukhine
    if lang in _PATTERNS:
        w = _PATTERNS[lang].sub(lambda m: _MAPS[lang][m.group()], w)
    elif lang not in ("ru", "uk", "be"):
        w = _PATTERNS["en"].sub(lambda m: _MAPS["en"][m.group()], w)
    return _fold(w)


#: The Arabic article before a hyphen, as Latin and Cyrillic texts write it.
_ARTICLE = re.compile(r"^(?:[ae][ltdrszn]|ash|ul|аль|эль|[аэ][лтдрсзн])-(?=\w)", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def key(word: str, lang: str) -> str:
    """The matching key of one word (a surname, usually) written in ``lang``.

    >>> key("Łukaszenka", "pl") == key("Lukaschenko", "de") == key("Лукашенко", "ru")
    True

    The Arabic article joined to a surname is left out: languages write it *al-*,
    *el-*, *ас-* or not at all (al-Assad, Assad, Асад).
    """
    w = reading(_ARTICLE.sub("", word), lang)
    if word[:1] in "Уу" and w[1:2] in ("a", "o", "e", "i"):
        w = "v" + w[1:]  # Уоррен, Уорш, Уильям: the English w Cyrillic writes as у
    w = "".join(ch for ch in w if ch in _KEEP)
    w = re.sub(r"y(?=[aeiou])", "j", w)  # English y before a vowel is a glide
    w = w.translate(_MERGE)
    w = re.sub(r"j+(?=i)", "", w)  # Hungarian nyi/tyi, Polish ji
    w = re.sub(r"[ij]+(?=[aeu])", "", w)  # palatal glides: ja/ia/je/ie/ju/iu
    w = re.sub(r"(?<=[aei])u(?=[^aeiu]|$)", "v", w)  # Belarusian ў: Cichanouska, Sannikau
    w = re.sub(r"(?<=nd)er$", "r", w)  # Alexander / Aleksandr
    w = re.sub(r"(?<=[aeiu])j(?=[^aeiu]|$)", "i", w)  # й after a vowel
    w = re.sub(r"(.)\1+", r"\1", w)
    w = re.sub(r"(?<=.)j$", "", w)
    return w


def name_key(name: str, lang: str) -> str:
    """Key of a multi-word name: the keys of its words joined by spaces."""
    return " ".join(key(w, lang) for w in re.findall(r"[^\W\d_]+", name))


#: Values of the Roman numerals a ruler's name ends in (Elisabeth II, Ludwig XIV).
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def regnal_key(name: str, lang: str) -> str:
    """Matching key of a ruler's name, a given name and a Roman numeral (Elisabeth II,
    Elizabeth II, Елизавета II): the numeral's value first, so that Elisabeth I and
    Elisabeth II never look alike, then the given name's key."""
    given, numeral = name.rsplit(" ", 1)
    total = 0
    for n, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        later = _ROMAN_VALUES.get(numeral[n + 1]) if n + 1 < len(numeral) else 0
        total += -value if later and later > value else value
    return f"{total}{key(given, lang)}"
