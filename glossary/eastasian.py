"""Chinese, Korean and Vietnamese names: the family name first (Xi Jinping, Moon Jae-in).

News in every language keeps these names in their own order: a family name of one
syllable, then a given name of two, written as one word in Hanyu Pinyin (*Xi
Jinping*, *Li Keqiang*), with a hyphen between the syllables (*Moon Jae-in*, *Ban
Ki-moon*, *Tsai Ing-wen*, *Wong Kar-wai*) or, as German news writes Korean and
Vietnamese names, in words of their own (*Kim Jong Un*, *Nguyen Phu Trong*). Read
in the Western order, *Jinping* or *Jae-in* would be a surname, and the man would be
filed under his given name. A mixin of :class:`glossary.detect._Finder`; the mention
is written as the Hungarian ones are
(:meth:`glossary.hungarian.HungarianOrder.add_family_first`).
"""

from __future__ import annotations

import re
from functools import cache

from glossary.articled import word_keys
from glossary.lexicon import _lines, german_nouns, given_gender, is_lower_word, is_place_name
from glossary.wordclass import _stop

#: One syllable of a Latin spelling of Chinese or Korean, Pinyin, Wade-Giles or the
#: spellings Korean and Cantonese names take in the press (jae, moon, kar, hye, yeol,
#: hsiu, tzu): consonants, one to three vowels, one final consonant at most.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmklptrh])?")
#: A given name of two syllables joined by a hyphen (Jae-in, Ki-moon, Chih-Ming).
_HYPHENED = re.compile(r"[A-Z][a-z]{0,4}-[A-Za-z][a-z]{0,4}")
#: A word of a name written in three words of one syllable (Kim Jong Un).
_SPACED = re.compile(r"[A-Z][a-z]{1,5}")
#: A family name: one capitalised syllable.
_FAMILY = re.compile(r"[A-Z][a-z]{1,4}")


@cache
def _chinese() -> tuple[frozenset[str], frozenset[str]]:
    """Chinese family names in Latin letters, and Pinyin's syllables
    (``data/chinese_names.tsv``)."""
    family: set[str] = set()
    syllables: set[str] = set()
    for line in _lines("chinese_names.tsv"):
        kind, word = line.split("\t")
        (family if kind == "family" else syllables).add(word)
    return frozenset(family), frozenset(syllables)


def pinyin_syllables(word: str) -> int:
    """How many syllables of Hanyu Pinyin ``word`` is made of (the fewest), 0 if it is
    none: Jinping 2, Keqiang 2, Tante 2, Gabel 0."""
    syllables = _chinese()[1]
    low = word.lower().replace("'", "")
    best = [0] + [99] * len(low)
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] < 99 and low[start:end] in syllables:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


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
        if len(seg) < 2 or self.lang == "hu":
            return None
        if len(seg) >= 3 and self.spaced_korean(seg[-3:]):
            return len(seg) - 3
        family, given = self.toks[seg[-2]].text, self.toks[seg[-1]].text
        if _FAMILY.fullmatch(family) is None or not _syllable(family):
            return None
        if not no_word(given, self.lang) or self.articled_pair(seg[-2], seg[-1]):
            return None
        if self.chinese_family(seg[-2], seg[-1]):
            return len(seg) - 2
        if _stop(family, self.lang):
            return None
        if hyphened_given(given) or (
            _pinyin_given(given)
            and pinyin_syllables(family) == 1
            and not is_place_name(family, self.lang)
        ):
            return len(seg) - 2
        return None

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
        if any(_stop(w, self.lang) or not no_word(w, self.lang) for w in texts[1:]):
            return False
        after = words_[-1] + 1
        return after >= len(self.toks) or not self.toks[after].text[:1].isupper()

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
        return (
            family in _chinese()[0]
            and (_pinyin_given(given) or hyphened_given(given))
            and no_word(given, self.lang)
        )


def _pinyin_given(word: str) -> bool:
    """Two syllables of Pinyin written as one capitalised word (Jinping, Keqiang)."""
    return word[:1].isupper() and word[1:].islower() and pinyin_syllables(word) == 2
