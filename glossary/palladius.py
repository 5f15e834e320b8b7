"""Chinese in Cyrillic: the Palladius system, read back into Hanyu Pinyin.

Russian, Ukrainian and Belarusian write Chinese names by the Palladius system
(*Си Цзиньпин* for *Xi Jinping*, *Ли Цян* for *Li Qiang*), syllable by syllable.
Read back into Pinyin, such a name meets its Latin spelling on the other side of
a project. The syllables are Pinyin's (``data/chinese_names.tsv``); each is
spelt here by the system's rules: an initial, then a final, with the few
exceptions the system makes (*hui* is *хуэй*, *-uo* is *-о* but *wo* is *во*).
"""

from __future__ import annotations

from functools import cache

from glossary.namelists import chinese_names

#: Pinyin's initials in Cyrillic (longest first when read).
_INITIALS = {
    "zh": "чж", "ch": "ч", "sh": "ш", "b": "б", "p": "п", "m": "м", "f": "ф",
    "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к", "h": "х",
    "j": "цз", "q": "ц", "x": "с", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
#: Finals after an initial.
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
    "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ue": "юэ",
}  # fmt: skip
#: Syllables without an initial, and the system's exceptions.
_WHOLE = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
    "en": "энь", "eng": "эн", "er": "эр", "o": "о", "ou": "оу",
    "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн", "hui": "хуэй",
    "zi": "цзы", "ci": "цы", "si": "сы",
}  # fmt: skip
#: After j, q and x a written u is ü: ju цзюй, xuan сюань, jun цзюнь.
_UMLAUT = {"u": "юй", "uan": "юань", "un": "юнь", "ue": "юэ"}


def cyrillic(syllable: str) -> str | None:
    """The Palladius spelling of one toneless Pinyin syllable (jin: цзинь), or None."""
    if syllable in _WHOLE:
        return _WHOLE[syllable]
    for size in (2, 1):
        initial, final = syllable[:size], syllable[size:]
        if initial in _INITIALS and final:
            if initial in ("j", "q", "x") and final in _UMLAUT:
                return _INITIALS[initial] + _UMLAUT[final]
            if final in _FINALS:
                return _INITIALS[initial] + _FINALS[final]
            return None
    return None


@cache
def _syllables() -> dict[str, str]:
    """Palladius spelling -> Pinyin syllable, for every syllable of the Pinyin list."""
    out: dict[str, str] = {}
    for syllable in sorted(chinese_names()[1]):
        spelt = cyrillic(syllable)
        if spelt is not None:
            out.setdefault(spelt, syllable)
    return out


def folded(word: str, lang: str = "ru") -> str:
    """Lower case, Ukrainian and Belarusian *і* read as the Russian *и* the table has
    (Сі Цзіньпін), apostrophes and hard signs between syllables dropped (Сянь'ань);
    Ukrainian writes the table's *э* as *е* and its *е* as *є* (Пань Гуншен, Гуншэн)."""
    low = word.lower()
    if lang == "uk":
        low = low.replace("е", "э").replace("є", "е")
    return low.replace("і", "и").replace("ъ", "").replace("'", "").replace("’", "")


def split(low: str, syllables: dict[str, str] | frozenset[str]) -> list[str] | None:
    """``low`` cut into the fewest syllables of ``syllables`` (each at most six
    letters), or None when it cannot be cut so."""
    best: list[list[str] | None] = [[]] + [None] * len(low)
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - 6), end):
            found = best[start]
            if found is not None and low[start:end] in syllables:
                if best[end] is None or len(found) + 1 < len(best[end] or []):
                    best[end] = [*found, low[start:end]]
    return best[-1] or None


def pinyin(word: str, lang: str = "ru") -> str | None:
    """A Cyrillic word read back into Pinyin syllable by syllable, capitalised
    (Цзиньпин: Jinping, Си: Xi), or None when it is no Palladius spelling."""
    table = _syllables()
    parts = split(folded(word, lang), table)
    return "".join(table[p] for p in parts).capitalize() if parts else None


def syllable_count(word: str, lang: str = "ru") -> int:
    """How many Palladius syllables a Cyrillic word is made of (0: none)."""
    return len(split(folded(word, lang), _syllables()) or [])


@cache
def family_names() -> frozenset[str]:
    """The listed Chinese family names in Palladius spelling (Ли, Ван, Чжан, Ху)."""
    out = set()
    for name in chinese_names()[0]:
        spelt = cyrillic(name.lower())
        if spelt is not None:
            out.add(spelt)
    return frozenset(out)
