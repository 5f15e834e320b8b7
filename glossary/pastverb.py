"""A Slavic verb in the past singular beside a capitalised word: the clause's subject,
and the gender the verb agrees in (*Tusk powiedział*, *заявил Песков*, *Юлія Свириденко
очолила*). A mixin of :class:`glossary.detect._Finder`, reading its ``toks``, ``text``
and ``lang`` and the lone-word checks of :class:`glossary.lone.LoneWords`.
"""

from __future__ import annotations

import re

from glossary.givenform import _given
from glossary.lexicon import is_lower_word, is_uninflected_word, prepositions
from glossary.tokens import Tok
from glossary.wordclass import _stop

#: A man's or a woman's past tense in the singular (powiedział, zapowiedziała; заявил,
#: была, собралась; заявив; сказаў): right after a Slavic sentence's first word, the
#: subject's verb.
_PAST_SINGULAR = {
    "pl": re.compile(r"\w{2,}(?:ł|ła)$"),
    "cs": re.compile(r"\w{2,}(?:l|la)$"),
    "ru": re.compile(r"\w{2,}(?:л|ла|лся|лась)$"),
    "uk": re.compile(r"\w{2,}(?:в|ла|вся|лася)$"),
    "be": re.compile(r"\w{2,}(?:ў|ла|ўся|лася)$"),
}
#: The word that introduces reported speech (Polish *że*, Russian *что*, Ukrainian *що*,
#: Belarusian *што*): a clause, and its subject, start after it.
_REPORTING = {"pl": ("że",), "cs": ("že",), "ru": ("что",), "uk": ("що",), "be": ("што",)}
#: "In the year" as a time phrase ends before the clause it dates (В 1979 году, W 2007
#: roku, V roce 1990 … in Czech the year follows).
_YEAR = {"pl": ("roku",), "ru": ("году",), "uk": ("році",), "be": ("годзе",)}
#: A mark between two words that ends a clause or opens another (a comma, a dash, a
#: bracket, a quotation mark); no full stop, which an abbreviation takes (*г. Тверь*).
_CLAUSE_MARK = re.compile(r"[,;:()\[\]«»„“”\"–—]|\s-\s")
_SENTENCE_END = re.compile(r"[.!?…]")
#: Languages whose lower-case lists hold the words that do not inflect (adverbs,
#: particles) too: a sentence's first word none of them has is a name.
FULL_LISTS = ("pl", "ru", "cs")


def verb_gender_of(verb: str) -> str:
    """The gender a Slavic past singular agrees in: -ła, -la, -ла (-лась, -лася with
    the reflexive particle) a woman's."""
    return "f" if verb.endswith(("ła", "la", "ла", "лась", "лася")) else "m"


class PastVerbs:
    """Where a Slavic past verb stands beside token ``n``, and what it says."""

    toks: list[Tok]
    text: str
    lang: str

    def past_subject(self, n: int) -> bool:
        """A Slavic word right before a verb in the past singular, as its subject: a
        person (Tusk powiedział, Jakub usiadł, Светлана заявила), when no lower-case or
        function word of the language has its form. In Polish, Russian and Czech, whose
        lists hold the words that do not inflect, any word the language has no use for;
        in Ukrainian and Belarusian, whose lists lack many adverbs and pronouns (Яна),
        only a listed given or family name."""
        word = self.toks[n].text
        if word.isupper() or len(word) < 3 or not self.past_verb_after(n):
            return False
        if is_lower_word(word, self.lang) or _stop(word, self.lang):
            return False
        if self.lang in FULL_LISTS:
            return self._no_use(word)
        return self.family(word) or _given(word, self.lang) is not None

    def after_past_verb(self, n: int) -> bool:
        """A Slavic verb in the past singular right before token ``n``, which stands alone
        inside the sentence: the subject after its verb (*řekl Flajšman*, *заявил
        Песков*, *powiedział Kowalski*), when the language knows the word as nothing
        else and no list has it as a place."""
        toks, word = self.toks, self.toks[n].text
        if n == 0 or toks[n].initial or not self.alone(n) or not self.past_verb(n - 1, n):
            return False
        if toks[n - 1].text.endswith(("ся", "сь")):
            return False  # адбылася Венская бітва: an event's adjective, a reflexive verb
        return not (is_lower_word(word, self.lang) or self.place_reading(word))

    def past_gender(self, n: int) -> str:
        """The gender the past verb after token ``n`` agrees in (powiedziała, была,
        byla: a woman; powiedział, был: a man)."""
        return verb_gender_of(self.toks[n + 1].text)

    def past_verb_after(self, n: int) -> bool:
        """A Slavic verb in the past singular right after token ``n``, a word of the
        language's lists (powiedział, заявила)."""
        return n + 1 < len(self.toks) and self.past_verb(n + 1, n)

    def past_verb(self, v: int, n: int) -> bool:
        """Token ``v`` is a Slavic verb in the past singular, a word of the language's
        lists, one space from its neighbour token ``n``."""
        past = _PAST_SINGULAR.get(self.lang)
        verb, other = self.toks[v], self.toks[n]
        gap = self.text[verb.end : other.start] if v < n else self.text[other.end : verb.start]
        if past is None or gap != " " or not past.fullmatch(verb.text):
            return False
        if self.lang == "cs":  # festival, škola: nouns; a past verb has its plural in -li
            plural = verb.text.removesuffix("a") + "i"
            return is_lower_word(verb.text, "cs") and is_lower_word(plural, "cs")
        return is_lower_word(verb.text, self.lang)

    def verb_gender(self, n: int) -> str | None:
        """The gender a Slavic past singular verb right after token ``n`` shows (Юлія
        Свириденко очолила: a woman, though Юлія reads as Юлий too), or None."""
        return self.past_gender(n) if self.past_verb_after(n) else None

    def clause_start(self, n: int) -> bool:
        """Token ``n`` opens a clause inside a sentence: after a punctuation mark, a word
        that introduces reported speech (*że*, *что*) or a function word opening the
        sentence (*Ale*, *Wtedy*); not after a preposition or a noun it would depend on
        (*w Bośni*, *firma Seiko*, *Rząd Indii*)."""
        if n == 0:
            return True
        prev = self.toks[n - 1]
        gap = self.text[prev.end : self.toks[n].start]
        if _CLAUSE_MARK.search(gap) and not _SENTENCE_END.search(gap):
            return True  # a comma, a dash, a quotation mark; a new sentence is no clause
        if prev.text.lower() in _REPORTING.get(self.lang, ()):
            return True
        if prev.text.lower() in _YEAR.get(self.lang, ()):
            return True  # В 1979 году Франке основал: a time, then the clause's subject
        # a conjunction or an adverb opening the sentence (Ale, Wtedy), no preposition (W)
        return prev.initial and len(prev.text) > 2 and _stop(prev.text, self.lang)

    def after_opening_adverb(self, n: int) -> bool:
        """Token ``n`` follows the sentence's first word, one space apart, a word that
        does not inflect and is no preposition (*Wczoraj*, *Včera*, *Tady*, *Вдруг*): an
        adverb put first, so a word the language has no use for before a past verb is
        the clause's subject (*Včera Bronschtein přesunul stůl*); not after a noun, whose
        genitive it is (*Piłkarz Bayernu strzelił*), nor *W Bośni*, a place's case."""
        if n == 0 or self.lang not in FULL_LISTS:
            return False
        prev = self.toks[n - 1]
        if not prev.initial or self.text[prev.end : self.toks[n].start] != " ":
            return False
        low = prev.text.lower()
        return is_uninflected_word(low, self.lang) and low not in prepositions(self.lang)
