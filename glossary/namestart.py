"""Where a person's name starts before the words the name lists cannot confirm: given
names no list has before a surname with the Arabic article (*Baschar al-Assad*), a noun
before a given name (*Oma Gerda*), German's polite pronoun (*Sie*), which no name is,
particles that lead a surname with no given name (*van Gaal*, *Kommissionspräsidentin
von der Leyen*)."""

from __future__ import annotations

from glossary.candidates import ARABIC_ARTICLED
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    german_finite_verbs,
    german_nouns,
    german_role_nouns,
    is_abstract_noun,
    is_german_lower,
)
from glossary.givenform import SPREAD_ALONE, _given, _spread
from glossary.lexicon import is_firm_word, is_lower_word
from glossary.namelists import is_family_name
from glossary.wordclass import _ADJ_ENDING, _NOBLE, _PARTICLES, _stop, english_title, role_before

#: German's pronouns of polite address, capitalised inside a sentence as names are.
_POLITE = frozenset("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres".split())


#: Particles that begin a surname standing alone in a language that has no word so
#: spelt (*van Gaal*, *ter Stegen*); not *de*, which leads French and Spanish names of
#: things in any text (*de la Côte*, *de Libération*).
LEAD_PARTICLES = {
    "de": frozenset(("van", "ter", "ten")),
    "en": frozenset(("van", "ter", "ten", "von")),
    "fr": frozenset(("van", "ter", "ten", "von")),
}


#: The Arabic words for "son of" and "daughter of" inside a name, with the gender each
#: gives the name before it.
_CHILD_OF = {"bin": "m", "ibn": "m", "bint": "f"}


#: Particles that are articles: no name begins with one after an honorific.
_ARTICLE_PARTICLES = frozenset(("der", "den", "le", "la", "el", "al", "дер", "ден", "ле", "ла"))


def _long_role(word: str) -> bool:
    """A German noun of a role, or a compound ending in one of six letters or more
    (*Kommissionspräsidentin*, *Verteidigungsminister*; not *Nordw|esten*)."""
    roles = german_role_nouns()
    base = word[:-2] if word.endswith("in") else word
    if word in roles or base in roles:
        return True
    return any(f[i:].capitalize() in roles for f in (word, base) for i in range(len(f) - 5))


class NameStarts:
    """Needs the finder's ``toks``, ``text`` and ``lang``."""

    def polite_pronoun(self, word: str) -> bool:
        """A German pronoun of polite address (*Sie*, *Ihnen*): no given name, whatever a
        list of names holds."""
        return self.lang == "de" and word in _POLITE

    def before_arabic_article(self, seg: list[int]) -> int | None:
        """Where the given names start before a surname with the Arabic article (*Baschar
        al-Assad*, *Abu Mohammed al-Dschaulani*): the words before it that are no common
        word, role or place, listed as given names or not."""
        if not ARABIC_ARTICLED.match(self.toks[seg[-1]].text):
            return None
        s = len(seg) - 1
        while s > 0:
            word = self.toks[seg[s - 1]].text
            if _stop(word, self.lang) or role_before(word, self.lang) or word in german_nouns():
                break  # a frequent word, a name's that news writes often (Baschar), counts
            if is_place_name(word, self.lang) or is_lower_word(word, self.lang):
                break
            if ARABIC_ARTICLED.match(word[:1].lower() + word[1:]):
                break  # Ash-Sharq al-Awsat: a newspaper's name, all of it articled
            s -= 1
        return s if s < len(seg) - 1 else None

    def before_child_of(self, seg: list[int], s: int) -> str | None:
        """The gender *bin*, *ibn* ("son of") or *bint* ("daughter of") gives the word at
        ``seg[s]`` when one of them follows it in the run (*Scheich Tamim bin Hamad Al
        Thani*): the person's own given name, listed or not, unless it is a common word,
        a role or a place (*Scheich*, *Emir*)."""
        if s + 2 >= len(seg):
            return None
        gender = _CHILD_OF.get(self.toks[seg[s + 1]].text)
        word = self.toks[seg[s]].text
        if gender is None or _stop(word, self.lang) or role_before(word, self.lang):
            return None
        if word in german_nouns() or is_place_name(word, self.lang):
            return None
        return None if is_lower_word(word, self.lang) or english_title(word, self.lang) else gender

    def noun_before_given(self, word: str, after: int | str) -> bool:
        """A German noun that some lists give as a name, few (*Oma*: 2 sources; not *Mark*,
        *Rose*, *Ernst*) before a given name that is no family name: the noun of a person
        the name follows (*Oma Gerda*), not a given name and a surname. Not before a noun
        that one source alone gives as a given name (*eine Art Server*: two nouns)."""
        return (
            self.lang == "de"
            and word in german_nouns()
            and _given(word, "de") is not None
            and _spread(word, "de") < SPREAD_ALONE
            and _given(after, "de") is not None
            and not (
                is_family_name(after) or is_place_name(after, "de") or self.polite_pronoun(word)
            )
            and not (after in german_nouns() and _spread(after, "de") <= 1)
        )

    def word_before_noun(self, n: int, after: str) -> bool:
        """A sentence's first word that German writes in lower case too and few lists give
        as a given name (*Helle*, *Per*, *Manuelle*: an adjective or a preposition) before
        a listed or abstract German noun that no list has as a family name (*Mertesacker*
        reads as a compound only): the word and its noun (*Helle Bereiche werden …*, *Per
        Voreinstellung*, *Manuelle Konfiguration*), no name."""
        word = self.toks[n].text
        return (
            self.lang == "de"
            and self.toks[n].initial
            and _spread(word, "de") < SPREAD_ALONE
            and is_german_lower(word)
            and (after in german_nouns() or is_abstract_noun(after))
            and not is_family_name(after)
        )

    def particles_before(self, n: int) -> list[int]:
        """The lower-case particles right before token ``n`` that begin a surname with no
        given name before them (*van Gaal*, *ter Stegen*, *van der Sar*): the first or the
        last one the language has as no word of its own (:data:`LEAD_PARTICLES`); none
        after a capitalised word that may be a given name (*Louis van Gaal*)."""
        toks, out = self.toks, []
        m = n - 1
        while m >= 0 and len(out) < 2 and toks[m].text in _PARTICLES:
            if self.text[toks[m].end : toks[m + 1].start] != " ":
                break
            out.insert(0, m)
            m -= 1
        lead = LEAD_PARTICLES.get(self.lang, frozenset())
        if out and toks[out[-1]].text in _NOBLE and self.given_not_seat(toks[n].text):
            return []  # erzählt Lukas von Maria: the preposition before a given name
        if out and self._noble_after_role(m, out, n):
            return out  # Bundespräsident von Weizsäcker, Kommissionspräsidentin von der Leyen
        if out and m >= 0 and self._honorific_before_particle(m, out[0]):
            return out  # Frau von Briest, Herrn van Almsick: an honorific, then the surname
        if not out or not {toks[out[0]].text, toks[out[-1]].text} & lead:
            return []
        if m >= 0 and toks[m].text[:1].isupper() and not self._leads_no_name(m):
            return []  # Louis van Gaal, Hansrudolf von Gunten: a full name
        return out

    def german_rank(self, word: str, after: str) -> bool:
        """In German, a noun of a role (*Major*, *Pastor*, *General*) before a listed family
        name that is no given name: the rank, not a given name that some (English) lists
        give too; the noun as German writes it, capitalised, is no evidence of a name."""
        return (
            self.lang == "de"
            and role_before(word, "de")
            and word in german_nouns()
            and is_family_name(after)
            and _given(after, "de") is None
        )

    def _honorific_before_particle(self, m: int, particle: int) -> bool:
        """Token ``m`` is an honorific right before the particle of a name, declined or not
        (*Frau*, *Herrn*, *Dr.*, *Monsieur*: :meth:`honorific_before`), no article (*Herr
        der Lage*); not a heading's capitals, and not a noun after an adjective or article
        (*erster Herr von Werthern*: the lord of a place)."""
        if self.toks[m].text.isupper() or not self.honorific_before(particle):
            return False
        if self.toks[particle].text in _ARTICLE_PARTICLES:
            return False
        before = self.word_before(m)
        return not (
            before.islower() and _ADJ_ENDING.search(before) and before not in german_finite_verbs()
        )

    def _noble_after_role(self, m: int, particles: list[int], n: int) -> bool:
        """In German, *von der* or *zu* after a noun of a role (token ``m``) and before
        token ``n`` that is no place, firm or noun: a noble's surname (*Kommissionspräsidentin
        von der Leyen*, *Verteidigungsminister zu Guttenberg*); a lone *von* there is the
        role's *of* as often (*Chefin von Greenpeace*, *Präsident von Frankreich*)."""
        toks, word = self.toks, self.toks[n].text
        lead = " ".join(toks[k].text for k in particles)
        if self.lang != "de" or m < 0 or lead not in ("von der", "von dem", "zu", "von und zu"):
            return False
        if not _long_role(toks[m].text) or _given(toks[m].text, "de") is not None:
            return False
        if any(is_place_name(part, "de") for part in word.split("-")):
            return False  # Ministerin von Sachsen-Anhalt
        return not (is_firm_word(word) or word in german_nouns())

    def _leads_no_name(self, m: int) -> bool:
        """Token ``m`` is a role, a title or a word that never starts a name (*Trainer*,
        *Coach*, *Im*), not a given name no list has."""
        word = self.toks[m].text
        return _given(word, self.lang) is None and (
            role_before(word, self.lang) or english_title(word, self.lang) or _stop(word, self.lang)
        )
