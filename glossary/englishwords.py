"""English words kept in another language's text: a field's, a title's or a term's
words (*Miscellaneous Information Manual*, *Build-Depends*, *Developer's Reference*),
which German and the other languages bitext reads keep as English writes them. Each
check leaves alone a word that a list gives as a family or given name (*Trump* is an
English word no list has as a surname, so the checks that cost names ask more).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from glossary.givenform import _given
from glossary.lexicon import is_lower_word, words
from glossary.listfiles import _lines
from glossary.namelists import is_family_name

#: English words of this many letters or more that no list gives as a name are rarely
#: anyone's surname (*Experimental*, *Directory*); shorter ones often are (*Trump*, *Pink*).
ENGLISH_WORD = 7


def english_word(word: str, lang: str) -> bool:
    """A word English writes in lower case that no list has as a family name or as a
    given name of ``lang``: in German text an English word kept as it is (*Miscellaneous
    Information Manual*, *Experimental wird …*), no one's name. A word of parts joined
    by hyphens is one when two of its parts are and none is a name (*Build-Depends*,
    *Pre-Depends*: a package's fields); so is an English noun's plural in *-s*
    (*Commands*), which the English list lacks."""
    parts = word.split("-")
    if len(parts) > 1:
        english = [english_word(p, lang) for p in parts if p]
        names = any(is_family_name(p) or _given(p, lang) is not None for p in parts if p)
        return sum(english) >= 2 and not names
    if is_family_name(word) or _given(word, lang) is not None:
        return False
    return is_lower_word(word, "en") or english_plural(word, lang)


def english_pair(word: str, following: str, lang: str) -> bool:
    """:func:`english_word` before a lower-case English word that German does not write
    (*File size is …*, *Lower values shift …*, *Camera angle*): the two open an English
    phrase kept in another language's text, such as a program's label."""
    if not following.islower() or not is_lower_word(following, "en"):
        return False
    german = following in _english_german() or following in words("de", "function")
    return not german and english_word(word, lang)


@cache
def _english_german() -> frozenset[str]:
    """English's lower-case words that German's spelling dictionary writes too (*hat*,
    *will*, *also*; ``en_german_lower.txt``)."""
    return frozenset(_lines("en_german_lower.txt"))


def english_phrase(first: str, second: str, lang: str) -> bool:
    """Two capitalised words that English writes in lower case, the second one of
    :data:`ENGLISH_WORD` letters or more that no list has as a name (*Tone Mapping*,
    *Shadow Recovery*): a menu's or a title's English words in another language's text,
    though a list has the first as a given name (*Tone*); *Bill Gates*, *Grace Hill*
    keep their listed surname, *Bill Gold* its short one."""
    return lang != "en" and is_lower_word(first, "en") and long_english_word(second, lang)


def long_english_word(word: str, lang: str) -> bool:
    """:func:`english_word` of :data:`ENGLISH_WORD` letters or more: rarely a surname,
    whatever stands around it (*Experimental*, *Compiler*)."""
    return len(word) >= ENGLISH_WORD and english_word(word, lang)


def english_plural(word: str, lang: str) -> bool:
    """An English noun's plural in *-s* that no list has as a name (*Units*, *Commands*),
    listed as English or not: few surnames are spelt so, unlike English words of one
    syllable (*Trump*, *Pink*)."""
    if len(word) <= 4 or not word.endswith("s"):
        return False
    if is_family_name(word) or _given(word, lang) is not None:
        return False
    return is_lower_word(word[:-1], "en")


#: An English possessive: a word and its 's (*Developer's*).
_POSSESSIVE = re.compile(r"([^\W\d_]+)['’]s")


def english_possessive(word: str, lang: str) -> bool:
    """An English word no list has as a name, with its possessive 's (*Developer's
    Reference*, *Debian Maintainer's key*): a title's or a term's English words, kept
    in another language's text."""
    found = _POSSESSIVE.fullmatch(word)
    return found is not None and english_word(found[1], lang)


#: An English contraction: a word and *n't*, *'ll*, *'re* or *'ve* (*Don't*, *Isn't*,
#: *We'll*, *They're*), or *I'm*; no surname ends so (*O'Neill* does not).
_CONTRACTION = re.compile(r"(?:[A-Za-z]+(?:n['’]t|['’](?:ll|re|ve))|I['’]m)")


def english_contraction(word: str) -> bool:
    """An English contraction (*Don't forget …*), a sentence's first word in an English
    passage, never a name."""
    return _CONTRACTION.fullmatch(word) is not None


#: A sentence's or a line's end around a word: an English passage is read between two.
_PASSAGE_END = re.compile(r"[.!?:;]\s|\n")
#: A colon and the spaces after a label, before a value in lower case on its line (a
#: speaker's quotation opens with a capital or a quotation mark: *Trump: We will …*).
_LABEL_COLON = re.compile(r":[ \t]+(?=[a-z])")
_PASSAGE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: An English passage needs this many of English's function words and none of German's.
_ENGLISH_CUES = 2


@cache
def _function_words(host: str = "de") -> tuple[frozenset[str], frozenset[str]]:
    """English's and ``host``'s function words, less those both write (German *in*,
    *die*, *will*, *was*, *also*): each set tells its language from the other."""
    en, other = frozenset(words("en", "function")), frozenset(words(host, "function"))
    return en - other, other - en


def english_passage(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` stands in an English sentence of another
    language's text (*Debian includes another implementation, called Avahi, which …*
    in a German handbook): two of English's function words around it in its sentence
    and its line, none of German's. There a capitalised word is no German noun, and
    being unknown to German's lists says nothing of a name. A word before a colon is
    read with the lower-case value that follows it (*Euclidean: the distance is …*)."""
    left = max(
        (m.end() for m in _PASSAGE_END.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    label = _LABEL_COLON.match(text, end)
    right = _PASSAGE_END.search(text, label.end() if label else end, end + 200)
    return english_text(text[left : right.start() if right else min(len(text), end + 200)])


@lru_cache(maxsize=4096)
def english_text(passage: str, host: str = "de", shortest: int = 1) -> bool:
    """Two of English's function words of ``shortest`` letters or more in ``passage``
    and none of ``host``'s; cached, as every capitalised word of a sentence asks about
    the same passage."""
    english, own = _function_words(host)
    found = [w.lower() for w in _PASSAGE_WORD.findall(passage)]
    if any(w in own for w in found):
        return False
    return sum(len(w) >= shortest and w in english for w in found) >= _ENGLISH_CUES
