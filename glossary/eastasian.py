"""Chinese, Korean and Vietnamese names: the family name first (Xi Jinping, Moon Jae-in).

News in every language keeps these names in their own order: a family name of one
syllable, then a given name of two, written as one word in Hanyu Pinyin (*Xi
Jinping*, *Li Keqiang*), with a hyphen between the syllables (*Moon Jae-in*, *Ban
Ki-moon*, *Tsai Ing-wen*, *Wong Kar-wai*) or, as German news writes Korean and
Vietnamese names, in words of their own (*Kim Jong Un*, *Nguyen Phu Trong*). Read
in the Western order, *Jinping* or *Jae-in* would be a surname, and the man would be
filed under his given name. Russian, Ukrainian and Belarusian spell them by the
Palladius system (*Си Цзиньпин*, :mod:`glossary.palladius`), read back into Pinyin
for the key. A mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

import re

from glossary import palladius
from glossary.articled import word_keys
from glossary.gazetteer import is_place_name
from glossary.germanwords import RARE, german_common_words, german_nouns
from glossary.key import key
from glossary.lexicon import is_lower_word, words
from glossary.listfiles import fold
from glossary.mention import Mention
from glossary.namelists import chinese_names, given_gender, is_family_name
from glossary.wordclass import _PARTICLES, _stop

#: One syllable of a Latin spelling of Chinese or Korean, Pinyin, Wade-Giles or the
#: spellings Korean and Cantonese names take in the press (jae, moon, kar, hye, yeol,
#: hsiu, tzu): consonants, one to three vowels, one final consonant at most.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmklptrh])?")
#: A given name of two syllables joined by a hyphen (Jae-in, Ki-moon, Chih-Ming).
_HYPHENED = re.compile(r"[A-Z][a-z]{0,4}-[A-Za-z][a-z]{0,4}")
#: A word of a name written in three words of one syllable (Kim Jong Un).
_SPACED = re.compile(r"[A-Z][a-z]{1,5}")
#: The language whose reading keys a Chinese or Korean name's Latin letters (Xi: ksi).
LATIN_KEY = "en"
#: A Cyrillic family name of one syllable (Си, Ли, Чжан).
_CYRILLIC_FAMILY = re.compile(r"[А-ЯІЎЁ][а-яіўё]{1,4}")
_CYRILLIC_WORD = re.compile(r"[А-ЯІЎЁ][а-яіўё'’]+")
#: Spellings the Palladius system has and Slavic words hardly do: цз, чж, э after a
#: consonant, the vowel pairs яо and ао.
_PALLADIUS_ONLY = re.compile(r"цз|чж|[бпмфдтнлгкхцсшжч]э|яо|ао")
#: A family name: one capitalised syllable.
_FAMILY = re.compile(r"[A-Z][a-z]{1,4}")


def pinyin_syllables(word: str) -> int:
    """How many syllables of Hanyu Pinyin ``word`` is made of (the fewest), 0 if it is
    none: Jinping 2, Keqiang 2, Tante 2, Gabel 0."""
    return len(palladius.split(word.lower().replace("'", ""), chinese_names()[1]) or [])


def _syllable(part: str) -> bool:
    return _SYLLABLE.fullmatch(part.lower()) is not None


def hyphened_given(word: str) -> bool:
    """A Chinese or Korean given name of two syllables with a hyphen (Jae-in, Ing-wen)."""
    return _HYPHENED.fullmatch(word) is not None and all(map(_syllable, word.split("-")))


def no_word(word: str, lang: str) -> bool:
    """Neither a common word of ``lang`` nor a listed given name of another people."""
    if given_gender(word) is not None or is_lower_word(word, lang):
        return False
    return not (lang == "de" and word in german_nouns())


class EastAsianOrder:
    """Family-name-first Chinese, Korean and Vietnamese names of a finder's text."""

    def east_asian(self, seg: list[int]) -> int | None:
        """Where such a name starts in a segment that ends with one: a family name of one
        syllable before a given name of two, with a hyphen (Moon Jae-in, Ban Ki-moon,
        Wong Kar-wai) or as one word of Pinyin (Li Keqiang, Xi Jinping). A function word,
        a weekday or a title is no family name (Der Sit-in, Am Hip-hop), nor is a listed
        place before a Pinyin word, unless the Chinese list has it."""
        if len(seg) < 2:
            return None
        if self.lang == "hu":  # every name family first; a Chinese one by its list and hyphen
            hyphened = "-" in self.toks[seg[-1]].text
            return len(seg) - 2 if hyphened and self.chinese_family(seg[-2], seg[-1]) else None
        if len(seg) >= 3 and self.spaced_korean(seg[-3:]):
            return len(seg) - 3
        family, given = self.toks[seg[-2]].text, self.toks[seg[-1]].text
        if _CYRILLIC_FAMILY.fullmatch(family):
            return self._palladius(seg)
        if _FAMILY.fullmatch(family) is None or not _syllable(family):
            return None
        if not no_word(given, self.lang) or self.articled_pair(seg[-2], seg[-1]):
            return None
        if family.lower() in _PARTICLES and (
            len(seg) >= 3
            and given_gender(self.toks[seg[-3]].text)
            or key(given, self.lang) in self.known
        ):
            return None  # Luigi Di Maio, then Di Maio: an Italian surname and its particle
        if self.chinese_family(seg[-2], seg[-1]) or self.pinyin_pair(seg[-2], seg[-1]):
            return len(seg) - 2
        if _stop(family, self.lang):
            return None
        if hyphened_given(given) and self.family_word(family):
            return len(seg) - 2
        return None

    def pinyin_pair(self, n: int, m: int) -> bool:
        """Tokens ``n`` and ``m`` are a Pinyin syllable and a given name of two written
        as one word the language has no use for (*Xi Jinping*, though Polish lists *xi*
        as a function word), the syllable no listed place."""
        family, given = self.toks[n].text, self.toks[m].text
        return (
            _pinyin_word(given) == 2
            and _pinyin_word(family) == 1
            and len(family) > 1
            and no_word(given, self.lang)
            and not is_place_name(family, self.lang)
        )

    def _palladius(self, seg: list[int]) -> int | None:
        """A Chinese name in Cyrillic, as Russian, Ukrainian and Belarusian spell it
        (Си Цзиньпин, Ли Кэцяна, Ху Цзіньтао): a listed family name, or a syllable of the
        system before a given name with a sound Slavic words lack (цз, чж, э after a
        consonant: Цзиньпин), the given name two syllables, its case ending dropped."""
        family, given = self.toks[seg[-2]].text, self.toks[seg[-1]].text
        if self.articled_pair(seg[-2], seg[-1]):
            return None
        if palladius.folded(family, self.lang) in palladius.family_names():
            return len(seg) - 2 if self.chinese_family(seg[-2], seg[-1]) else None
        stem = cyrillic_given(given, self.lang)
        if stem is None or _PALLADIUS_ONLY.search(palladius.folded(stem, self.lang)) is None:
            return None
        if _stop(family, self.lang) or palladius.syllable_count(family, self.lang) != 1:
            return None
        return len(seg) - 2

    def spaced_korean(self, words_: list[int]) -> bool:
        """Three words of one syllable each, the last two no word of the language and
        no capitalised word after them: a Korean or Vietnamese name as German news
        writes it (Kim Jong Un, Ban Ki Moon, Yoon Suk Yeol, Nguyen Phu Trong); not
        Ho Chi Minh City, Moon Jae In (*In* is a German word), Cha Cha Cha."""
        texts = [self.toks[n].text for n in words_]
        if len(set(texts)) < 3 or not all(_SPACED.fullmatch(w) and _syllable(w) for w in texts):
            return False  # Cha Cha Cha: a dance
        if _stop(texts[0], self.lang) or self.articled_pair(words_[0], words_[-1]):
            return False
        if not self.family_word(texts[0]):
            return False
        if any(_stop(w, self.lang) or not no_word(w, self.lang) for w in texts[1:]):
            return False
        after = words_[-1] + 1
        return after >= len(self.toks) or not self.toks[after].text[:1].isupper()

    def add_east_asian(self, words_: list[int]) -> None:
        """A family-name-first person, the family name as written; the key read from
        its Latin form in one way for every language (Xi, Си: Pinyin's x is no German
        ks nor French h), and the family name alone names no one else in the text."""
        first, last = self.toks[words_[0]], self.toks[words_[-1]]
        given = [self.toks[n].text for n in words_[1:]]
        latin = first.text
        if _CYRILLIC_FAMILY.fullmatch(first.text):
            latin = palladius.pinyin(first.text, self.lang) or first.text
            given[-1] = cyrillic_given(last.text, self.lang, least=1) or last.text
        self.mentions[first.start] = Mention(
            self.text[first.start : last.end],
            first.text,
            first.text,
            key(latin, LATIN_KEY),
            first.start,
            last.end,
            True,
            "person",
            None,
            " ".join(given),
            family_first=True,
            alone=False,
        )
        self.used.update(range(words_[0], words_[-1] + 1))

    def family_word(self, word: str) -> bool:
        """A word that may be a Korean or Chinese family name before a given name no
        list has: a listed family name (Kim, Moon, Ban, Wong), or no common word of
        English or the text's language (Yoon, Tsai); not a word of an English headline
        in capitals (The Tea Co-op, Flights Go Non-Stop)."""
        if word in chinese_names()[0] or is_family_name(word):
            return True
        return not (is_lower_word(word, "en") or is_lower_word(word, self.lang))

    def articled_pair(self, n: int, m: int) -> bool:
        """The two words stand after an article here or elsewhere in the document and
        no title before them: a mountain's name (beim Cho Oyu), not a person's."""
        if self.title_before(n) is not None:
            return False
        if self.toks[n].start in self.after_article:
            return True
        words_ = (self.toks[n].text, self.toks[m].text)
        return any(k in self.articled for w in words_ for k in word_keys(w, self.lang))

    def chinese_family(self, n: int, m: int) -> bool:
        """Token ``n`` is a listed Chinese family name and token ``m`` after it a given
        name of Pinyin or with a hyphen: the name holds though the family name is a
        function word or a place too (Wen Jiabao: German *wen*; Mao Zedong: Mao on
        Menorca)."""
        family, given = self.toks[n].text, self.toks[m].text
        if palladius.folded(family, self.lang) in palladius.family_names() and len(family) > 1:
            stem = cyrillic_given(given, self.lang, least=1)  # Ли Цян, Ли Кэцян
            return stem is not None and (  # not Ван Гога: Van Gogh
                palladius.syllable_count(stem, self.lang) == 1
                or _PALLADIUS_ONLY.search(palladius.folded(stem, self.lang)) is not None
            )
        return (
            family in chinese_names()[0]
            and (_pinyin_word(given) in (1, 2) or hyphened_given(given))  # Li Qiang, Li Keqiang
            and no_word(given, self.lang)
        )


def _pinyin_word(word: str) -> int:
    """How many Pinyin syllables a capitalised word is made of (Jinping 2, Qiang 1),
    0 when it is none or not written as a name."""
    return pinyin_syllables(word) if word[:1].isupper() and word[1:].islower() else 0


#: The case endings a Chinese given name takes, longest first, then none (Russian
#: Цзиньпина, Цзиньпину, Цзиньпином; Ukrainian Цзіньпінові).
_CASE_ENDINGS = ("ові", "ом", "ем", "ым", "ім", "а", "у", "е", "")


def cyrillic_given(word: str, lang: str, least: int = 2) -> str | None:
    """The citation form of a Chinese given name of two Palladius syllables (or
    ``least``) in Cyrillic, its case ending dropped (Цзиньпина: Цзиньпин), or None: no
    word of ``lang`` and no listed given name (Иван, Лена read as syllables too)."""
    if not (word[:1].isupper() and word[1:].islower()) or _CYRILLIC_WORD.fullmatch(word) is None:
        return None
    if not no_word(word, lang):
        return None
    for ending in _CASE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)]
        count = palladius.syllable_count(stem, lang)
        if least <= count <= 2 and no_word(stem, lang):
            return stem
    return None


#: Marks a known key as a Chinese or Korean family name's (:func:`family_alone_keys`):
#: the only known keys a word of two letters may stand alone for.
FAMILY_MARK = "family:"


def family_alone_keys(m: Mention, lang: str) -> set[str]:
    """:func:`family_alone_key` with its marked twin, for a set of known keys; none."""
    k = family_alone_key(m, lang)
    return set() if k is None else {k, FAMILY_MARK + k}


def family_alone_key(m: Mention, lang: str) -> str | None:
    """The key of a Chinese or Korean family name that may name its bearer alone in the
    rest of the text (*Xi Jinping … sagte Xi*): one that English and the text's language
    write as no lower-case word, function word or frequent noun (*Sun*, *Moon*, *Ban*
    are) and no list gives as a given name (*Li*, *Kim*); None otherwise."""
    if m.kind != "person" or not m.family_first or m.alone:
        return None
    word = m.surname
    if is_lower_word(word, "en") or is_lower_word(word, lang) or given_gender(word) is not None:
        return None  # Sun, Moon; Li, Kim, Ben (Ben Laden): a given name elsewhere too
    if fold(word) in words(lang, "function"):
        return None
    if lang == "de" and german_common_words().get(word, -99.0) > RARE:
        return None  # a frequent German word; a Greek letter's name (Xi) is none
    return m.key
