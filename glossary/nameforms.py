"""The written forms of a found name's words: given names and initials as an entry
cites them, a lone given name's nominative, the gender a Slavic verb agrees in, and a
country's name of several words as one place."""

from __future__ import annotations

from glossary.givenform import _given, _given_citation
from glossary.key import key
from glossary.lexicon import prepositions
from glossary.mention import Mention
from glossary.shapes import masculine_nominative


class NameForms:
    """Citation forms for a finder (``toks``, ``text``, ``lang``, ``mentions``, ``used``)."""

    def given_names(self, words_: list[int]) -> str:
        """The words of a name before its surname, each given name in its nominative."""
        nominative = masculine_nominative(self.toks[words_[-1]].text, self.lang)
        return " ".join(
            self.letter_with_stop(n) or _given_citation(self.toks[n].text, self.lang, nominative)
            for n in words_[:-1]
        )

    def letter_with_stop(self, n: int) -> str | None:
        """A given name's initial with its full stop, as the text writes it (*John F.
        Kennedy*), so that the canonical form is the text's; None for any other word."""
        tok = self.toks[n]
        if len(tok.text) == 1 and tok.text.isupper() and self.text.startswith(".", tok.end):
            return tok.text + "."
        return None

    def agreed_gender(self, words_: list[int], lemma: str) -> str | None:
        """The gender a Slavic past verb right after a person's name agrees in, when the
        name stands in its nominative, the verb's subject (not *Статью Марины написал*;
        not after a preposition, where an indeclinable name is in another case: *фильм о
        Бауш вышел*)."""
        if lemma != self.toks[words_[-1]].text or self.declined(words_[:-1]):
            return None
        if self.word_before(words_[0]) in prepositions(self.lang):
            return None
        return self.verb_gender(words_[-1])

    def lone_given_citation(self, word: str, lemma: str, k: str) -> tuple[str, str]:
        """A given name alone in a language that declines it, cited in its nominative
        (*spotkał Andrzeja*: *Andrzej*; *бачив Андрія*: *Андрій*), unless a family list
        has the word as written (then it may be a surname's form)."""
        if _given(word, self.lang) is None or self.family(word):
            return lemma, k
        citation = _given_citation(word, self.lang)
        return (citation, key(citation, self.lang)) if citation != word else (lemma, k)

    def declined(self, given: list[int]) -> bool:
        """Whether a given name before a surname is in another case than its citation
        form (Władimirem, Марии), in a language that declines names."""
        words_ = [self.toks[n].text for n in given]
        return any(_given_citation(word, self.lang) != word for word in words_)

    def add_country(self, words_: list[int]) -> None:
        """A country's name of several words as one place, the name itself its citation
        form (Europäische Union, Stany Zjednoczone), not its last word."""
        first, last = self.toks[words_[0]], self.toks[words_[-1]]
        name = self.text[first.start : last.end]
        self.mentions[first.start] = Mention(
            name, last.text, name, key(name, self.lang), first.start, last.end, True, "place"
        )
        self.used.update(range(words_[0], words_[-1] + 1))
