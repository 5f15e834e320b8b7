"""German phrases around a capitalised word that say whether it names a person: the
noun a name's genitive belongs to (*Goethes Roman*), a compound named after a person
(*Robert Koch-Institut*), a birth name (*geb. Schulz*), a name one is called by (*ich
heiße Dieter*)."""

from __future__ import annotations

import re

from glossary.absence import capitalised
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, german_role_nouns, is_german_noun, named_compound
from glossary.givenform import SPREAD_ALONE
from glossary.lexicon import is_firm_word
from glossary.namelists import given_gender, given_spread, is_family_name
from glossary.tokens import adjacent
from glossary.wordclass import _DETERMINERS, _stop, role_before

#: The words before a birth name (*geb. Schulz*, *geborene Kasner*, *née Skłodowska*;
#: Polish *z domu*, *z d.*, Czech *rozená*, *roz.*, Russian *урождённая*, Ukrainian
#: *уроджена*).
_BORN = re.compile(
    r"(?:\bgeb\.|\bgeborene[rn]?|\bnée|\bnee|\bz domu|\bz d\.|\broz\.|\brozen[áé]"
    r"|урожд[её]нн(?:ая|ой|ую)|уроджен(?:а|ої|у)) $"
)


#: *benannt* ("named") before *nach* or later in its clause: *nach Beethoven ist das
#: Gymnasium benannt*, *die nach Adenauer benannte Brücke*, *benannt nach Lilienthal*.
_NAMED = re.compile(r"\bbenannt(?:e[nmrs]?)?\b")
_CLAUSE_END = re.compile(r"[.,;!?]")
#: A masculine or neuter genitive article right after a word: the word is a noun that
#: governs it (*nach Maßgabe des Datums*), no name (*der* may begin the subject).
_GENITIVE_ARTICLE = re.compile(r" (?:des|eines) ")
#: *Was heißt …?*, *was bedeutet …*: the question for a word's meaning, the word after
#: it the one asked about (*Was heißt Schalom?*), no one called so.
_MEANING_ASKED = re.compile(r"\b[Ww]as (?:heißt|hieß|bedeutet|bedeutete) $")
#: A German article or determiner, up to two words in lower case (adjectives) after it.
_ARTICLE_THEN = (
    r"\b(?i:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines)"
    r"\s+(?:[a-zäöüß]+\s+){0,2}"
)
#: A form of *heißen* ("to be called") beside a personal pronoun, its subject (*ich
#: heiße*, *heißt du*, *hieß er*), or *mein Name ist*, then at most one word in lower
#: case (*ich heiße leider …*): the word after is the name one is called by. Not *Was
#: heißt …?*, *Das heißt …*: there the verb means "to mean".
_CALLED = re.compile(
    r"(?:\b(?:ich|du|er|sie|wir|ihr) (?:heiße|heißt|hieß|hieße|heißen|hießen)"
    r"|\b(?:heiße|heißt|hieß|hieße|heißen|hießen) (?:ich|du|er|sie|wir|ihr)"
    r"|\b(?:mein|dein|sein|ihr|unser) Name (?:ist|war))(?: [a-zäöüß]+)? $",
    re.I,
)


class GermanPhrases:
    """Needs the finder's ``toks``, ``text`` and ``lang``."""

    def genitive_head(self, n: int) -> bool:
        """Token ``n`` is a German common noun right after a capitalised word in *-s* that
        is no given name as written and no noun: the noun of a name's genitive before it
        (*Goethes Roman*, *Real Madrids Star*), not a name, though lists give it as a given
        name too; after a noun's genitive a name may follow (*meines Kundenberaters Horst
        Rosenberger*)."""
        toks = self.toks
        if self.lang != "de" or n == 0 or not adjacent(self.text, toks[n - 1], toks[n]):
            return False
        before, word = toks[n - 1].text, toks[n].text
        if n + 1 < len(toks) and given_spread(word) >= SPREAD_ALONE:
            after = toks[n + 1]  # des Katharinenklosters Hugo Weidenhaupt: a widely given
            if adjacent(self.text, toks[n], after) and capitalised(after.text):  # name and
                return False  # a surname after it are a name's
        return (
            len(before) > 3
            and before.endswith("s")
            and capitalised(before)
            and given_gender(before, "de") is None
            and (not is_german_noun(before) or self._given_before(n - 1))
            and word in german_nouns()
        )

    def birth_name(self, n: int) -> bool:
        """Token ``n`` right after *geb.*, *née*: a birth name, unless it is a stop word,
        a place, a noun or a role (*die geborene Münchnerin*)."""
        tok, lang = self.toks[n], self.lang
        if not _BORN.search(self.text, max(0, tok.start - 12), tok.start):
            return False
        word = tok.text
        if _stop(word, lang) or is_place_name(word, lang):
            return False
        if is_family_name(word):
            return True  # geb. Müller: a family name, though a noun of a person too
        return not (role_before(word, lang) or lang == "de" and is_german_noun(word))

    def named_compound_after(self, n: int) -> bool:
        """In German, token ``n`` begins a name that a compound right after it ends in a
        noun (*des Robert Koch-Instituts*: the institute's name, no person Robert)."""
        toks = self.toks
        if self.lang != "de" or n + 1 >= len(toks) or not adjacent(self.text, toks[n], toks[n + 1]):
            return False
        return named_compound(toks[n + 1].text)

    def _given_before(self, n: int) -> bool:
        """A listed given name stands right before token ``n`` (*Thomas Manns Roman*:
        the genitive of a name whose surname is a noun too, not a noun's)."""
        toks = self.toks
        return (
            n > 0
            and adjacent(self.text, toks[n - 1], toks[n])
            and given_gender(toks[n - 1].text, "de") is not None
        )

    def named_after_nach(self, n: int) -> bool:
        """Token ``n`` right after German *nach* where *benannt* says "named after" (*Nach
        Beethoven ist das Gymnasium benannt*): a person, no direction to a place; a
        listed place stays one (*nach Paris benannt*)."""
        toks = self.toks
        if self.lang != "de" or n < 1 or toks[n - 1].text.lower() != "nach":
            return False
        if is_place_name(toks[n].text, "de"):
            return False
        if _GENITIVE_ARTICLE.match(self.text, toks[n].end):
            return False  # nach Maßgabe des Datums benannt: a noun that governs a genitive
        if _NAMED.search(self.text, max(0, toks[n - 1].start - 9), toks[n - 1].start):
            return True  # benannt nach Lilienthal
        end = _CLAUSE_END.search(self.text, toks[n].end)
        return bool(_NAMED.search(self.text, toks[n].end, end.start() if end else len(self.text)))

    def named_after_laut(self, n: int) -> bool:
        """A family name of the list right after German *laut* (according to): the source
        a report names (*Laut Scholz gab es keine Absprache*, *laut Müller*); a noun there
        stands in the plural or names a body (*laut Angaben*, *laut Polizei*), and a firm's
        word names the firm (*laut Reuters*)."""
        if self.lang != "de" or n < 1 or self.toks[n - 1].text.lower() != "laut":
            return False
        word = self.toks[n].text
        if self.text[self.toks[n - 1].end : self.toks[n].start] != " ":
            return False
        return is_family_name(word) and not (is_firm_word(word) or _stop(word, "de"))

    def called(self, n: int) -> bool:
        """Token ``n`` right after *ich heiße*, *er hieß*, *mein Name ist*: the name the
        speaker or the one spoken of is called by, a given name alone too (*Ich heiße
        Dieter*); not a pronoun (*heißen Sie willkommen*) nor a noun no family list has
        (*hieß Kinder willkommen*)."""
        tok = self.toks[n]
        if self.lang != "de" or not _CALLED.search(self.text, max(0, tok.start - 30), tok.start):
            return False
        word = tok.text
        if _stop(word, "de") or is_german_noun(word) and not is_family_name(word):
            return False
        return not is_place_name(word, "de")

    def noun_after_articled_title(self, n: int) -> bool:
        """Token ``n`` a noun Wiktionary lists and no family list has, after *Frau* or
        *Herr* that an article or a determiner opens (*Abends hat die Frau
        Kopfschmerzen*, *des Herrn Haupt*): the title is the common noun, a woman, a man
        or the Lord, and the noun after it no surname; *die Frau Müller* keeps the
        listed name, and so does a compound no list has (*der Herr Effenberg*)."""
        toks = self.toks
        if self.lang != "de" or n < 2 or toks[n - 1].text not in ("Frau", "Herr", "Herrn"):
            return False
        if not _DETERMINERS["de"].match(toks[n - 2].text.lower()):
            return False
        if self.text[toks[n - 2].end : toks[n - 1].start] != " ":
            return False  # Stimmt das, Herr Dobermann?: the pronoun ends its clause
        word = toks[n].text
        return word in german_nouns() and not is_family_name(word) and given_gender(word) is None

    def role_label(self, n: int) -> bool:
        """Token ``n`` is a speaker's label, a sentence's first word before a colon,
        and a noun Wiktionary lists that the text writes after an article too (*Da sagt
        der Fuchs: …* ⏎ *Fuchs: „Hmm …“*, *Der schielende Richter …* ⏎ *Richter: …*):
        the role or the animal that speaks, as the text names it, not a surname; a name
        that is no noun keeps its article of speech (*Sind Sie der Meier?* ⏎ *Meier: …*)."""
        tok = self.toks[n]
        if self.lang != "de" or not self.text.startswith(":", tok.end):
            return False
        if not tok.initial or tok.text not in german_nouns():
            return False
        return self.written_after_article(tok.text)

    def office_addressed(self, n: int) -> bool:
        """Token ``n`` a noun of a role after *Herr* or *Frau* that the text writes
        after an article too (*Der Richter verlangt …* ⏎ *Sehen Sie, Herr Richter, …*):
        the office addressed, as *Herr Doktor* is, though the noun is a surname too;
        *Herr Richter* of a text that writes no *der Richter* stays a person."""
        toks = self.toks
        if self.lang != "de" or n < 1 or toks[n - 1].text not in ("Frau", "Herr", "Herrn"):
            return False
        word = toks[n].text
        if word not in german_role_nouns():
            return False
        return self.written_after_article(word)

    def written_after_article(self, word: str) -> bool:
        """The text writes ``word`` after an article or a determiner somewhere, up to two
        adjectives between (*der schielende Richter*): there it is the common noun."""
        return re.search(_ARTICLE_THEN + re.escape(word) + r"\b", self.text) is not None

    def meaning_asked(self, n: int) -> bool:
        """Token ``n`` right after *Was heißt*, *was bedeutet*: the word whose meaning
        is asked (*Was heißt Schalom?*), quoted as a word, not a person."""
        tok = self.toks[n]
        return self.lang == "de" and bool(
            _MEANING_ASKED.search(self.text, max(0, tok.start - 16), tok.start)
        )
