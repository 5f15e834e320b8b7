"""German names by absence: a capitalised word that German has no use for.

German capitalises every noun, so a capitalised word that is neither a common noun
(Wiktionary's forms, or a compound of known parts), nor a lower-case word made a noun,
nor a place, is most likely a name, provided it stands in prose, not right after a
noun it names (die Organisation Wjasna) or an adjective (geschicktes Manövrieren).
These checks need the finder's tokens; :class:`glossary.detect._Finder` mixes them in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.articled import given_after_article
from glossary.englishwords import ENGLISH_WORD, english_possessive, english_word
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    RARE,
    german_common_words,
    german_compound,
    german_finite_verbs,
    german_nouns,
    is_abstract_noun,
    is_german_lower,
    is_german_noun,
)
from glossary.givenform import SPREAD_ALONE
from glossary.lexicon import (
    is_calendar_word,
    is_common_word,
    is_lower_word,
    is_strong_common_word,
    words,
)
from glossary.listfiles import fold
from glossary.namelists import double_given, given_gender, given_spread, is_family_name
from glossary.wordclass import (
    _FINITE,
    _FINITE_PLURAL,
    _PARTICLES,
    _role,
    _stop,
    _weak,
    name_like,
)

#: A number joined by a hyphen to the adjective after it (die 17-jährige Caroline).
_NUMBER_PREFIX = re.compile(r"\s+[\d.,]+-")
#: A word and an "es" cut to 's (Hab's, Geht's, Wie's): German speech written down.
_CONTRACTED = re.compile(r"([^\W\d_]+)['’]s$")
#: Languages that capitalise every noun: there a capitalised word that is no known word is a name.
NOUN_CAPITALISING = frozenset({"de"})
#: An adjective made of a name with -sch, declined (*Gaußsche*, *Riemannschen*, *Marxsches*):
#: a name's stem of three letters or more, so no *Fischer*.
_EPONYMOUS = re.compile(r"[A-ZÄÖÜ][^\W\d_]{2,}sch(?:e|en|er|es|em)")
#: Infinitives that join a predicate to its subject after a modal (*kann Lizenznehmer sein*).
_COPULA_INFINITIVES = frozenset(("sein", "werden", "bleiben"))
#: Endings of German inflected nouns (Kontingent-en, Gebiet-s).
_NOUN_ENDINGS = ("s", "es", "n", "en")
#: Strong adjective endings that stand before a noun without an article.
_STRONG_ADJ = re.compile(r"[a-zäöüß]{2}(?:es|em)$")
#: Endings of inflected adjectives that verbs seldom have (-e, -er, -es, -em).
_ATTRIBUTE = re.compile(r"[a-zäöüß]{3}(?:e|er|es|em)$")
#: An abbreviation in capitals, maybe with a plural -s (CD, CDs, DVD, PDF).
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,}s?")


def abbreviation_compound(word: str) -> bool:
    """A German compound with an abbreviation for a part (Audio-CDs, Daten-DVD): German
    joins a noun and an abbreviation with a hyphen; a double name has no part in capitals."""
    pieces = word.split("-")
    return len(pieces) > 1 and any(_ABBREVIATION.fullmatch(p) for p in pieces)


#: Prefixes of verbs whose past tense is written like their participle's adjective
#: (benannte, eröffnete, verkaufte: a finite verb as often as an adjective).
_PARTICIPLE_PREFIXES = ("be", "er", "ver", "ent", "zer", "emp", "miss", "ge")


def _declines(word: str) -> bool:
    """A German word in -e with at least two of the adjective's other endings in the
    lower-case lists (kalte: kalter, kaltes, kaltem), which a simple verb's past (sagte:
    sagten only) and an adverb (heute) lack; not one a prefixed verb's past shares."""
    if word.startswith(_PARTICIPLE_PREFIXES):
        return False
    stem = word[:-1]
    return sum(is_german_lower(stem + end) for end in ("er", "es", "em")) >= 2


def contracted(word: str) -> bool:
    """A German word and its "es" cut to 's (*Hat's geklappt?*, *Gibt's*): speech written
    down, no name's genitive."""
    found = _CONTRACTED.match(word)
    if found is None:
        return False
    return is_german_lower(found[1]) or fold(found[1].lower()) in words("de", "function")


def capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


#: Endings of German plural nouns that leave the singular as written (*Anteile*, *Frauen*,
#: *Kassen*, *Autos*); not *-er*, which ends many surnames that are nouns (*Bauer*: *Bau*).
_PLURAL_ENDINGS = ("en", "e", "n", "s")


@lru_cache(maxsize=1 << 16)
def plural_compound(word: str) -> bool:
    """A German compound whose last part is a noun's plural (*Versions|informationen*,
    *Platzhalter|datenblocks*): a common noun's plural; a surname ends in no plural form
    of a noun (*Lau|kötter*)."""
    nouns = german_nouns()
    return any(
        (head := word[i:].capitalize()) in nouns and _noun_plural(head)
        for i in range(3, len(word) - 5)
    ) and german_compound(word)


def _noun_plural(word: str) -> bool:
    """A German noun in a plural form whose singular is a noun too (*Marktanteile*)."""
    nouns = german_nouns()
    if word not in nouns:
        return False
    return any(word.endswith(end) and word[: -len(end)] in nouns for end in _PLURAL_ENDINGS)


class GermanEvidence:
    """Checks on token ``n`` of a finder (``toks``, ``text``, ``lang``, ``word_before``)."""

    toks: list
    text: str
    lang: str

    def unknown(self, n: int) -> bool:
        """A capitalised word that is no word of a language which capitalises its nouns
        (German): neither a common noun (as listed or as a compound) nor a place."""
        word, lang = self.toks[n].text, self.lang
        if lang not in NOUN_CAPITALISING or not name_like(word) or len(word) < 3:
            return False
        if contracted(word) or abbreviation_compound(word) or self.glued_to_digits(n):
            return False
        if _EPONYMOUS.fullmatch(word) and not is_family_name(word):
            return False  # der Gaußsche Weichzeichner: an adjective made of a name
        if english_possessive(word, lang):
            return False  # Developer's Reference
        if self.common_here(word) or is_place_name(word, lang) or is_german_lower(word):
            return False
        if is_lower_word(word, "en") and not is_family_name(word):
            return False  # Peak, Saddle, Snowman: English words quoted in German, no names
        if self.names_a_thing(n) or self.after_adjective(n) or self.thing_example(n):
            return False  # …, Vektorgrafikprogrammen wie Sodipodi: a thing's example
        if not (self.in_prose(n) or self.attribution(n)):
            return False
        if self.in_english(n):
            return False  # …, called Avahi, which …: an English sentence, no German noun
        for end in _NOUN_ENDINGS:
            stem = word[: -len(end)]
            if word.endswith(end) and len(stem) >= 4:
                if is_common_word(stem, lang) or is_place_name(stem, lang):
                    return False
        return True

    def glued_to_digits(self, n: int) -> bool:
        """Written together with a number, or joined to one by a hyphen (XFree86, Win32,
        3Com, Latin-1): a product's, a model's or a standard's name; no one's name takes
        digits."""
        tok = self.toks[n]
        after = self.text[tok.end : tok.end + 2]
        before = self.text[tok.start - 1 : tok.start] if tok.start else ""
        return after[:1].isdigit() or before.isdigit() or after[:1] == "-" and after[1:].isdigit()

    def common_here(self, word: str) -> bool:
        """A common word of the language; in German not a word the frequencies alone
        call common and rarely see (*Özdemir*, *Wagenknecht*: names German news writes
        more often than English, no nouns)."""
        if not is_common_word(word, self.lang):
            return False
        if self.lang != "de" or is_german_noun(word) or fold(word) in words("de", "function"):
            return True
        return german_common_words().get(word, 0.0) > RARE

    def after_finite_verb(self, n: int) -> bool:
        """Right after a finite verb (and *sich*), before a lower-case word, with no
        article: *Damit will Laukötter schon …*, *So konnte sich Röttgen nicht …*; after a
        plural verb, before *und* and a second name (*Gestern trafen sich Macron und …*). A
        German noun there is a bare mass or abstract noun that Wiktionary lists as
        written (*Er hat Recht*, *Es gibt Streit*); any other word is a name, even one
        that a compound split or the frequency list reads as common (*Lau|kötter*)."""
        toks, word = self.toks, self.toks[n].text
        if self.lang not in NOUN_CAPITALISING or toks[n].initial or n + 1 >= len(toks):
            return False
        v = n - 1 if n and toks[n - 1].text != "sich" else n - 2
        if v < 0 or not toks[n + 1].text.islower():
            return False
        if self.second_verb(n + 1):
            return False  # Der verwendete Partitionierer ist …, kann Lizenznehmer sein und …
        joined = toks[n + 1].text == "und" and n + 2 < len(toks) and capitalised(toks[n + 2].text)
        if toks[v].text not in german_finite_verbs() and not (
            joined and toks[v].text in _FINITE_PLURAL["de"]
        ):
            return False  # trafen sich Macron und Scholz: a plural verb before two names
        if any(self.text[toks[i].end : toks[i + 1].start] != " " for i in range(v, n + 1)):
            return False
        if toks[v].text not in _FINITE["de"] and (german_compound(word) or "-" in word):
            return False  # sehr komplizierte Wellenformen: a verb's form is an adjective too
        return not (
            word in german_nouns()
            or plural_compound(word)  # gibt Versionsinformationen aus: a noun's plural
            or is_abstract_noun(word)  # Ich habe Verständigungsschwierigkeiten
            or is_strong_common_word(word, self.lang)
            or is_german_lower(word)
            or is_lower_word(word, "en")
            or is_place_name(word, self.lang)
            or _stop(word, self.lang)
            or _role(word, self.lang)
            or is_calendar_word(word, self.lang)
        )

    def second_verb(self, k: int) -> bool:
        """Token ``k`` is a finite verb, or an infinitive of *sein*, *werden* or *bleiben*
        that no noun follows: the word before it is the clause's subject or predicate, so
        the verb-like word before that is an attribute (*der verwendete Partitionierer
        ist*) or a modal's object is a predicate (*kann Lizenznehmer sein*), no name after
        a finite verb (*Damit will Laukötter schon …*, *… will Laukötter sein Amt …*)."""
        word = self.toks[k].text
        if word in german_finite_verbs():
            return True
        if word not in _COPULA_INFINITIVES:
            return False
        return k + 1 >= len(self.toks) or not capitalised(self.toks[k + 1].text)

    def name_only(self, word: str) -> bool:
        """A capitalised German word of the frequency list that is no noun, no compound, no
        lower-case word and no place: frequent in German, yet German has no use for it
        but as a name (Ramelow, Röttgen)."""
        if self.lang not in NOUN_CAPITALISING or len(word) < 3 or "-" in word:
            return False
        return not (
            contracted(word)
            or is_german_noun(word)
            or is_german_lower(word)
            or is_place_name(word, self.lang)
            or is_strong_common_word(word, self.lang)
        )

    def after_adjective(self, n: int) -> bool:
        """Right after an inflected adjective (geschicktes Manövrieren, mit neuem Schwung):
        a noun; a bare name takes no adjective without an article."""
        before = self.word_before(n)
        if n == 0 or not self.toks[n - 1].text.islower():
            return False
        return bool(_STRONG_ADJ.search(before)) and is_german_lower(before)

    def after_attribute(self, n: int) -> bool:
        """Right after an inflected adjective of any strong or weak ending but -en, which
        verbs share (warme Sommer, spätere Kaiser, humider Winter; not sagte Kolb), and -te
        only where the word declines as an adjective does (kalte Winter): a common noun,
        whatever lists it as a family name."""
        before = self.word_before(n)
        if n == 0 or not self.toks[n - 1].text.islower() or self.lang not in NOUN_CAPITALISING:
            return False
        if not _ATTRIBUTE.search(before):
            return False
        if before.endswith("te") and (before in german_finite_verbs() or not _declines(before)):
            return False  # sagte Kolb, heute Scholz: a verb or an adverb
        article = self.word_before(n - 1)
        if n >= 2 and _NUMBER_PREFIX.fullmatch(
            self.text[self.toks[n - 2].end : self.toks[n - 1].start]
        ):
            article = self.toks[n - 2].text.lower()  # die 17-jährige Caroline
        if given_after_article(article, self.toks[n].text, self.lang):
            return False  # die umworbene Laura: a person after all
        return is_german_lower(before) and fold(before) not in words(self.lang, "function")

    def in_prose(self, n: int) -> bool:
        """A lower-case word next to the token, or next to the capitalised words it stands
        among, in the same line (not a caption or a list of credits: Foto: Schell /
        Shutterstock)."""
        toks = self.toks
        for step in (-1, 1):
            m = n
            while 0 <= m + step < len(toks):
                a, b = sorted((toks[m], toks[m + step]), key=lambda t: t.start)
                gap = self.text[a.end : b.start]
                if "\n" in gap or "/" in gap:
                    break
                m += step
                if toks[m].text.islower():
                    return True
                if gap != " " or not capitalised(toks[m].text):
                    break
        return False

    def names_a_thing(self, n: int) -> bool:
        """Right after a common noun that is no role (der Kalikonzern Belaruskali, die
        Organisation Wjasna): the name of what the noun says, not of a person."""
        if n == 0:
            return False
        prev = self.toks[n - 1]
        if self.text[prev.end : self.toks[n].start] != " " or not capitalised(prev.text):
            return False
        low = prev.text.lower()
        if prev.initial and (fold(low) in words(self.lang, "function") or is_german_lower(low)):
            return False  # Laut Sunak, Auch Sunak, Für Sunak: a sentence's first function word
        if double_given(prev.text) is not None:
            return False  # Hans-Horst Skupy: a double given name, no noun's compound
        if given_gender(prev.text) is not None and (
            not prev.initial
            and not is_german_noun(prev.text)
            or given_spread(prev.text) >= SPREAD_ALONE
        ):  # Jürg Marmet: a given name German writes often, and no noun; August Bebel,
            return False  # Ernst Bloch: a noun too, but a given name many sources list
        noun = prev.text.rsplit("-", 1)[-1]  # Technologie-Konzerns Kyocera: the last part
        if noun != prev.text and not capitalised(noun):
            return False
        return is_common_word(noun, self.lang) and not _role(noun, self.lang)

    def surname_ending(self, n: int, seg: list[int]) -> bool:
        """A rarer common noun last in a segment, right after name words: their surname
        (Keßler, Körper); never a frequent noun, a role, a month or a place."""
        word, lang = self.toks[n].text, self.lang
        if lang == "de" and self.toks[n - 1].text.endswith("s"):
            return False  # Kolesnikowas Verschleppung: a genitive before its noun
        before = self.toks[n - 1].text
        particle = n > 1 and self.toks[n - 2].text in _PARTICLES  # malte van Gogh Blumen
        if lang == "de" and word in german_nouns() and (self.family(before) or particle):
            if given_gender(before) is None:
                return False  # schickte Fiala Glückwünsche: the name has ended, an object
        if (
            lang == "de"
            and given_gender(before) is None
            and (_noun_plural(word) or plural_compound(word))
        ):
            return False  # gewann Debian Marktanteile, Debian Systemadministratoren: plurals
        if lang == "de" and given_gender(before) is None and english_word(word, lang):
            if len(word) >= ENGLISH_WORD or self.lowered(before):
                return False  # Debian Testing; Debian Etch beside debian/: no surname
        return (
            n == seg[-1]
            and _weak(word, lang)
            and not _stop(word, lang)
            and not _role(word, lang)
            and not is_place_name(word, lang)
            and "-" not in word
        )
