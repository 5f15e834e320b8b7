"""Lone mentions of surnames known elsewhere: the rest of the text, the other side.

Once a full name has made a surname's key known, the surname counts alone
(*Lukaschenkos*, *Lukasenkót*), except where the sentence makes the word
something else: a common noun after an article (*das Gold*), a noun phrase
(*die beiden besten Hunzas*), a city after a preposition of place (*in Wien*).
A mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

from dataclasses import replace

from glossary.absence import NOUN_CAPITALISING, _noun_plural, capitalised
from glossary.eastasian import FAMILY_MARK
from glossary.englishwords import english_contraction
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    RARE,
    german_common_words,
    german_nouns,
    is_german_noun,
    proper_kinds,
)
from glossary.givenform import _given
from glossary.lexicon import (
    english_past_tense,
    is_common_word,
    is_firm_word,
    is_strong_common_word,
    lower_words,
    words,
)
from glossary.listfiles import fold
from glossary.lowered import lowered_key
from glossary.mention import Mention
from glossary.namelists import given_gender, is_family_name
from glossary.shapes import _best_lemma
from glossary.tokens import parts
from glossary.wordclass import (
    _COORDINATORS,
    _DETERMINERS,
    _LOCATIVE,
    _MIN_SURNAME,
    _NOBLE,
    _PARTICLES,
    ARTICLE_AFTER,
    REFLEXIVE,
    SAYING,
    _weak,
    opens_report,
)

#: Particles of Dutch and Romance names that the language has as no word of its own
#: (German *da*, *du* are words): before a known surname, lower case, they are the name's.
_FOREIGN_PARTICLES = {
    "en": frozenset(("van", "de", "da", "di", "du", "del", "della", "dos", "le", "la")),
    "de": frozenset(("van", "de", "di", "del", "della", "dos", "le", "la")),
}


#: English words after a sentence's first word that make a known surname there the
#: person: a reflexive pronoun or a verb of saying.
_SPEAKER_AFTER = frozenset(REFLEXIVE) | SAYING["en"]


def _third_person(word: str) -> bool:
    """An English verb's third person singular (*sits*, *wants*, *pushes*): a lower-case
    word in -s whose stem English writes too; no plural noun follows its subject so."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    lower = lower_words("en")
    return word in lower and (word[:-1] in lower or word.endswith("es") and word[:-2] in lower)


def _plural_not_genitive(word: str) -> bool:
    """A German noun's plural that no list has as a family name and that is no genitive
    in *-s* (*Menschen*; *Bachs* may be Bach's)."""
    return not word.endswith("s") and _noun_plural(word) and not is_family_name(word)


class KnownWords:
    """Known keys alone in a finder's text (``toks``, ``known``, ``mentions``)."""

    def known_single(self) -> None:
        """Lone mentions of surnames known from full names here or from elsewhere."""
        for n, tok in enumerate(self.toks):
            if n in self.used or not tok.text[:1].isupper() or english_contraction(tok.text):
                continue  # I'll where Kim Jong Il is known: an English contraction
            for part in parts(tok):
                short = len(part.text) < _MIN_SURNAME
                if short and not (part is tok and len(tok.text) == 2 and tok.text[1:].islower()):
                    continue  # no initial, no XI
                lemma, k = _best_lemma(part.text, self.lang, self.known)
                if short and FAMILY_MARK + k not in self.known:
                    continue  # two letters stand alone only for Xi of Xi Jinping
                if k not in self.known or k in self.articled:
                    continue
                if lowered_key(part.text) in self.articled:
                    continue  # SPARC where the document writes sparc: a thing's name
                if self.lang == "de" and _plural_not_genitive(part.text):
                    continue  # Menschen where Менжену is known: a plural is no one's surname
                after_article = self.after_determiner(n) and not self.genitive_after_noun(n, lemma)
                if is_common_word(part.text, self.lang) and (
                    part.initial
                    and self.starts_as_word(n, part.text)
                    or after_article
                    or self.coordinated_with_noun(n)
                ):
                    break  # das Gold, Gold ist teuer, Ost und West: the noun, not Bill Gold
                if (
                    part is tok
                    and after_article
                    and (_weak(part.text, self.lang) or self.adjectives_between(n))
                ):
                    break  # die beiden besten Hunzas: a noun phrase, not a person's name
                if part is tok and self.at_listed_place(n):
                    break  # in Wien, where a K. Wien is a person too: the city
                if part is tok and self.in_city_name(n, n):
                    break  # Porto Alegre: a word of a city's name of several words
                if part is tok and self.english_head_after(n):
                    break  # the Booker Prize, the Nobel Committee: a thing's name
                if part is tok and is_firm_word(part.text) and not self.person_here(k, n):
                    break  # Bloomberg alone: the firm (glossary.firms); Berkeley after George
                agreed = self.agreed_gender([n], lemma) if part is tok else None
                start = self.capital_particle_before(n) if part is tok else part.start
                self.mentions[start] = Mention(
                    self.text[start : part.end],
                    part.text,
                    lemma,
                    k,
                    start,
                    part.end,
                    False,
                    kind="",
                    given=self.text[start : part.start].strip(),  # Le Pen: its particle
                    agreed=agreed,  # Melia zapowiedział: the verb after the name's nominative
                )
                if part is tok:
                    break  # the whole word known: one name, Leutheusser-Schnarrenberger
                # else each known part is a name of its own (Kato-Higeta, a rope team)
        self.join_known_pairs()

    def capital_particle_before(self, n: int) -> int:
        """Where a known surname's mention starts: at a particle written with a capital
        right before it (*Le Pen a ajouté*, *selon Di Maio*), at a particle and the
        article after it in either case (*sagte von der Leyen*), or in German and English
        at a lower-case particle the language has as no word (*malte van Gogh*, *said de
        Villepin*; not German *da*), which are part of the surname, else at the word
        itself."""
        toks, tok = self.toks, self.toks[n]
        if n and self.text[toks[n - 1].end : tok.start] == " ":
            before = toks[n - 1]
            if (
                n > 1
                and before.text.lower() in _PARTICLES
                and toks[n - 2].text.lower() in ARTICLE_AFTER
                and self.text[toks[n - 2].end : before.start] == " "
            ):
                return toks[n - 2].start
            if before.text[:1].isupper() and before.text.lower() in _PARTICLES:
                return before.start
            if before.text in _FOREIGN_PARTICLES.get(self.lang, ()):
                return before.start  # malte van Gogh, said de Villepin: no word of theirs
        return tok.start

    def person_here(self, k: str, n: int) -> bool:
        """Whether this text names a person of key ``k`` in full, or an honorific stands
        before token ``n``: a firm's word alone is then that person (*George Berkeley …
        Berkeley affirmait*), else the firm it names elsewhere."""
        full = any(m.full and m.kind == "person" and m.key == k for m in self.mentions.values())
        return full or self.honorific_before(n)

    def starts_as_word(self, n: int, word: str) -> bool:
        """A sentence's first word that is a word of the language there: in German a noun
        or a word the frequency list has as too common for a surname (Gold ist teuer), or
        a verb before a function word (Reist er ab?, a question); otherwise a verb's form
        that a surname shares opens the sentence as the name (Reist kam), and so does a
        word German reads only by its parts, or a rare noun, before a comma (Klingbeil,
        der …; Magyar, der …)."""
        if self.lang not in NOUN_CAPITALISING:
            # Trump himself spoke, Gates said, Lies sits: a known surname before a reflexive
            # pronoun, a verb of saying or a verb's third person is the person, whatever
            # English word it spells
            after = self._word(n + 1)
            if self.lang == "en" and not word.endswith("s") and english_past_tense(after):
                return False  # Cook talked: a bare singular noun takes no past verb
            return self.lang != "en" or not (after in _SPEAKER_AFTER or _third_person(after))
        after = self.toks[n + 1].text if n + 1 < len(self.toks) else ""
        if word.endswith("s") and capitalised(after) and self._saxon_genitive(n):
            return False  # Müllers Berater: only a name's genitive stands bare before a noun
        if self.name_joined(n, word):
            return False  # Einstein und Max Planck: a family name joined to a person's
        if opens_report(self.text, self.toks[n].end):
            return False  # Lang sagte, …: a verb of saying opening a report has its speaker
        if is_strong_common_word(word, self.lang):
            return True
        rare = german_common_words().get(word, -99.0) < RARE
        if self.text.startswith(",", self.toks[n].end) and (word not in german_nouns() or rare):
            return False  # Klingbeil, der …; Magyar, der …: no verb, no noun German uses
        if is_german_noun(word):
            return True
        return fold(after) in words(self.lang, "function") and after not in _COORDINATORS

    def name_joined(self, n: int, word: str) -> bool:
        """A word Wiktionary has as a family name too, joined by *und* to a listed given
        name (*Einstein und Max Planck schätzten …*): two persons, not a noun and a name;
        a frequent common word stays the word (*Gold und Silber*)."""
        toks = self.toks
        if n + 2 >= len(toks) or "family" not in proper_kinds(word):
            return False
        if is_strong_common_word(word, self.lang) or toks[n + 1].text not in _COORDINATORS:
            return False
        return given_gender(toks[n + 2].text, self.lang) is not None

    def genitive_after_noun(self, n: int, lemma: str) -> bool:
        """A known surname's German genitive right after a noun, which German writes
        with a capital: the name is the noun's attribute (*den Vertrauten Merkels*), not
        the head of the article's phrase, whatever ending the noun has."""
        if self.lang not in NOUN_CAPITALISING or lemma == self.toks[n].text or not n:
            return False
        before = self.toks[n - 1]
        return before.text[:1].isupper() and not before.initial and self._saxon_genitive(n - 1)

    def _saxon_genitive(self, n: int) -> bool:
        """Token ``n`` and the next one stand one space apart in one sentence."""
        tok, nxt = self.toks[n], self.toks[n + 1]
        return self.text[tok.end : nxt.start] == " " and not nxt.initial

    def adjectives_between(self, n: int) -> bool:
        """In German, words stand between an article and token ``n`` (die beiden besten
        Hunzas): prose names a person after an article alone, if at all."""
        if self.lang not in NOUN_CAPITALISING:
            return False
        return not _DETERMINERS[self.lang].match(self.word_before(n))

    def at_listed_place(self, n: int) -> bool:
        """A listed place's name right after a preposition of place (in Wien, nach Minsk)."""
        word = self.toks[n].text
        return self.word_before(n) in _LOCATIVE.get(self.lang, ()) and is_place_name(
            word, self.lang
        )

    def join_known_pairs(self) -> None:
        """Two known words side by side, each alone a known key, are one name: the
        first the given name (Mykola Skoryk, where the other side's full name made
        both words known), not a place and a person; so are a known word and a
        person's single word across a particle (Hansrudolf von Gunten), and a listed
        given name read alone as a person before a known surname (Ernst Schmied,
        where Schmied is a noun too and the other side writes the full name)."""
        alone = sorted(
            (s, m)
            for s, m in self.mentions.items()
            if " " not in m.surface and m.kind in ("", "person")
        )
        for (s1, a), (s2, b) in zip(alone, alone[1:], strict=False):
            gap = self.text[a.end : s2]
            between = gap.split()
            across = (
                gap == " " + " ".join(between) + " "
                and 0 < len(between) <= 2
                and all(w in _PARTICLES for w in between)
            )
            if gap != " " and not across or s1 not in self.mentions:
                continue
            if across and between[-1] in _NOBLE and self.given_not_seat(b.surface):
                continue  # erzählt Lukas von Maria: two persons, the preposition between
            if across and between == ["zu"] and _given(a.surface, self.lang) is None:
                continue  # Breschnew zu Honecker: one speaks to the other, no noble's seat
            first = a.kind == "" or _given(a.surface, self.lang) is not None
            if first and a.lemma != a.surface and _given(a.surface, self.lang) is None:
                continue  # Bachs Matthäus-Passion: a surname's case owns what follows
            persons = a.kind == b.kind == "person"
            if persons and not across:
                continue  # two persons found side by side stay as found
            if not persons and not (first and (b.kind == "" or across and b.kind == "person")):
                continue  # K.Bunshah de Bombay: a person and a known place stay apart
            del self.mentions[s2]
            surface = self.text[s1 : b.end]
            given = self.text[s1:s2].strip()
            self.mentions[s1] = replace(b, surface=surface, start=s1, full=True, given=given)
