"""A sentence's first word as the subject of the verb after it (*Kolb war*, *Ramelow
erklärte*, *Güllner: „…“*): a name when German has no other use for it, when a
family or given name list has it, or in a Slavic language when its dictionary
reads it as a person's name only. A mixin of :class:`glossary.detect._Finder`, read by
:class:`glossary.lone.LoneWords` for a word that opens a sentence.
"""

from __future__ import annotations

import re

from glossary.absence import capitalised, contracted
from glossary.englishwords import (
    english_pair,
    english_passage,
    english_plural,
    english_word,
    long_english_word,
)
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    german_common_words,
    german_finite_verbs,
    german_nouns,
    has_feminine,
    is_abstract_noun,
    is_german_lower,
    past_participle,
    regular_present,
)
from glossary.givenform import SPREAD_ALONE, _given, listed_name
from glossary.key import key
from glossary.lexicon import is_lower_word
from glossary.namelists import given_spread, is_family_name
from glossary.shapes import SLAVIC, subject_shaped
from glossary.surnamegender import _gender_of
from glossary.tokens import line_end
from glossary.wordclass import _weak, role_before, role_compound

#: A colon and a field's value: a word in lower case, a number, a sign or capitals alone.
_FIELD_VALUE = re.compile(r":[ \t]+(?:[a-z\d#$<(/]|[A-Z\d]{2,}\b)")
#: A colon and a name of two to four capitalised words that ends its line, maybe with a
#: mail address (*: Emil Brink*, *: Jane Doe <jane@example.org>*).
_NAME_VALUE = re.compile(
    r":[ \t]+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}[ \t]*(?:<[^>\s]+>)?[ \t]*$", re.M
)


#: A German relative clause of a man or a woman right after a word: Sunak, der seit …
_RELATIVE = re.compile(r", (?:der|die|dessen|deren) ")
#: German adjective endings: a compound ending in one starts a sentence as an adjective
#: (Einwilligungsfähig ist, wer …), not as a name.
_ADJECTIVE = re.compile(r"(?:ig|lich|isch|bar|sam|haft|los|voll)$")
#: What may stand before and after a name that is all its line holds: a dash or a list's
#: bullet before it, a stop or a comma after it.
_LINE_LEAD = re.compile(r"\s*(?:(?:--?|[–—•*])\s*)?")
_LINE_TAIL = re.compile(r"[.,;]?\s*")
#: A German infinitive's ending (*abschrägen*, *ändern*, *wechseln*).
_INFINITIVE = re.compile(r"(?:[^e]en|ern|eln)$")
#: Log frequency below which a German noun is rare (:meth:`SentenceSubjects.rare_noun`).
_RARE = -14.0
#: A German personal pronoun right after the verb is the subject (Kreideweiss soll er gewesen
#: sein): the word before the verb is then something else put first.
_PRONOUN_SUBJECT = re.compile(r" (?:er|ich|du|wir|man)\b")

#: German verbs that join a subject to what it is (*Lebenskunst ist die Kunst …*): a
#: mass or abstract noun stands bare before them, so a compound there is no name.
_COPULAS = frozenset(("ist", "war", "wird", "wurde", "bleibt", "blieb", "heißt", "bedeutet"))
#: The adjective's endings of Slavic surnames (*Kowalski*, *Novotný*, *Вольский*): a word
#: of the language with them is as often a surname, so its being a word says nothing.
_ADJECTIVE_SURNAME = re.compile(r"(?:[sc]ki|zki|[sc]k[yý]|[сцз]к(?:ий|ой|ый))$")


def common_shaped(word: str, lang: str) -> bool:
    """A Slavic word of the language that only ends like a surname: a gerund, a short
    adjective or a plural genitive in -ов, -ев, -ów (*Увидев*, *Каков*, *Домов*, Czech
    *Domov*), that no list of persons' names has in any form (*Волков*, *Быков*, also
    words, are surnames there), and no adjective's surname ending (*Kowalski*)."""
    if not is_lower_word(word, lang) or _ADJECTIVE_SURNAME.search(word.lower()):
        return False
    return not listed_name(word, lang)


class SentenceSubjects:
    """Needs the finder's ``toks``, ``text``, ``lang``, ``known`` and its other mixins'
    evidence (verbs after a word, speakers, family and given names)."""

    def joined_subject(self, n: int) -> bool:
        """The first of two subjects joined by *und*/*and* before their verb (Scholz und
        Kolb trafen sich): the second stands before the verb, the first shares it."""
        toks = self.toks
        if n + 2 >= len(toks) or toks[n + 1].text not in ("und", "and", "et", "i", "a"):
            return False
        if any(self.text[toks[i].end : toks[i + 1].start] != " " for i in (n, n + 1)):
            return False
        return capitalised(toks[n + 2].text) and self.verb_after(n + 2)

    def person_predicate(self, verb: int) -> bool:
        """A noun of a person within the four words after a copula (*ist ein einzigartiger
        Parfümeur*): the subject is a person, so a bare word there is a name."""
        return any(
            capitalised(tok.text) and (role_before(tok.text, self.lang) or has_feminine(tok.text))
            for tok in self.toks[verb + 1 : verb + 5]
        )

    def own_line(self, n: int, last: int | None = None) -> bool:
        """Tokens ``n``..``last`` (``n`` alone by default) are all their line holds, after
        a dash or a list's bullet at most and before a closing stop or comma (*— Nováková*,
        a cast's or a byline's name): no sentence there whose first word they could be
        as a common word."""
        start, end = self.toks[n].start, self.toks[n if last is None else last].end
        before = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        after = self.text[end : line_end(self.text, end)]
        return _LINE_LEAD.fullmatch(before) is not None and _LINE_TAIL.fullmatch(after) is not None

    def rare_noun(self, word: str) -> bool:
        """A German noun rarer than one word in e^14 (Kretschmer, an old word for an
        innkeeper): bare before a verb in the singular it could only be the noun with an
        article, so it is a name."""
        freq = german_common_words().get(word)
        return self.lang == "de" and freq is not None and freq < _RARE and word in german_nouns()

    def field_label(self, n: int) -> bool:
        """An English word before a colon and a value in lower case, digits, capitals or
        signs (*Source: vim*, *Hash: SHA256*, *Closes: #98725*), or a name alone on the
        rest of its line, maybe with a mail address (*Author: Emil Brink*): a field of a
        file or a message, not a speaker before what he says (*Trump: Wir bauen …*)."""
        tok, word = self.toks[n], self.toks[n].text
        if english_word(word, self.lang) and _FIELD_VALUE.match(self.text, tok.end):
            return True
        if not (is_lower_word(word, "en") and _NAME_VALUE.match(self.text, tok.end)):
            return False
        return not is_family_name(word) and given_spread(word) < SPREAD_ALONE  # Author, a
        # rare given name too; not Murdock, nor a widely given name (Grace: Peter Smith)

    def verb_pair(self, v: int) -> bool:
        """Token ``v``, a verb by its form, right before a finite verb one space away
        (*Stark vereinfacht bedeutet …*, *Kurz gesagt ist …*): a participle put first with
        the word before it, since a German clause has one finite verb before its subject
        (*Stark verlor gestern*)."""
        toks = self.toks
        if v + 1 >= len(toks) or self.text[toks[v].end : toks[v + 1].start] != " ":
            return False
        if toks[v].text not in german_finite_verbs() and not past_participle(toks[v].text):
            return False  # Maschmeyer wiederum war …: an adverb between subject and verb
        return toks[v + 1].text in german_finite_verbs()

    def command_label(self, n: int) -> bool:
        """A German line that is a word and an infinitive alone (*Rand abschrägen*, *Bild
        skalieren*): a menu item or a heading of a task, whose first word is the verb's
        object; a person before a verb takes its singular (*Rand sagte*)."""
        toks = self.toks
        if self.lang != "de" or n + 1 >= len(toks) or not toks[n + 1].text.islower():
            return False
        verb = toks[n + 1]
        if self.text[toks[n].end : verb.start] != " " or not _INFINITIVE.search(verb.text):
            return False
        if verb.text in german_finite_verbs() or not is_german_lower(verb.text):
            return False
        return _LINE_TAIL.fullmatch(self.text, verb.end, line_end(self.text, verb.end)) is not None

    def present_only(self, n: int) -> bool:
        """The verb after token ``n`` is a German present by rule, with no person's noun
        after it (*Versatz legt fest*, *Glanzlichter beschränkt …*: a manual's option
        as the subject; *Pinkwart plädierte*, *… ist ein Parfümeur* keep the name)."""
        verb = self.toks[n + 1].text
        return self.lang == "de" and regular_present(verb) and not self.person_predicate(n + 1)

    def in_english(self, n: int) -> bool:
        """Token ``n`` stands in an English sentence of the text (:func:`english_passage`)
        or opens an English phrase with the word after it (:func:`english_pair`)."""
        toks = self.toks
        if english_passage(self.text, toks[n].start, toks[n].end):
            return True
        return (
            n + 1 < len(toks)
            and self.text[toks[n].end : toks[n + 1].start] == " "
            and english_pair(toks[n].text, toks[n + 1].text, self.lang)
        )

    def subject(self, n: int, gender: str | None) -> tuple[str, str | None] | None:
        """A sentence's first word as the subject of the verb right after it (Kolb war,
        Ramelow erklärte) or as the speaker before a colon (Güllner: „…“): a family or
        given name, or a word German has no other use for. In a Slavic language whose
        dictionary has the word as a person's name and as nothing else, it is one
        wherever it stands (*Láďa nabírá*, *Изотов* alone on a line of a play's cast)."""
        word, lang = self.toks[n].text, self.lang
        if self.past_subject(n):
            return "person", self.past_gender(n)  # Tusk powiedział, Шойгу прилетел
        if self.addressed(n):
            return "person", _given(word, lang)  # Наташа, иди сюда!
        if lang in SLAVIC and self.only_a_person(word):
            return "person", _gender_of(None, word, lang, "")  # Láďa nabírá; Изотов
        if lang in SLAVIC and self.own_line(n) and subject_shaped(word, lang):
            # a list's, a caption's or a byline's Nováková; no manual's label, Повторов
            if not (is_place_name(word, lang) or common_shaped(word, lang)):
                return "person", _gender_of(None, word, lang, "")
        if self.command_label(n):
            return None  # 12.2. Rand abschrägen: a menu item's noun and infinitive
        speaker = self.speaker(n)
        relative = self.lang == "de" and _RELATIVE.match(self.text, self.toks[n].end)
        verb = self.verb_after(n)
        if not (verb or speaker or self.joined_subject(n) or relative):
            return None
        if relative and not (verb or speaker) and is_place_name(word, lang):
            return None  # Paris, die Hauptstadt, …: a listed place before its relative clause
        if lang == "de" and verb and _PRONOUN_SUBJECT.match(self.text, self.toks[n + 1].end):
            return None  # B-Säulen sucht man vergeblich: the pronoun is the subject
        if lang == "de" and verb and not speaker and self.verb_pair(n + 1):
            return None  # Stark vereinfacht bedeutet …: a participle, then the verb
        singular = verb and self.singular_verb_after(n)
        # a word German reads only by its parts (Pink|wart) or a rare noun, bare before a
        # singular verb: no common noun stands there without an article
        joined = any(  # Merz und Klingbeil, Klingbeil und Merz
            0 <= m < len(self.toks) and self.toks[link].text == "und" and self.beside_family(n, m)
            for m, link in ((n - 2, n - 1), (n + 2, n + 1))
        )
        bare = (singular or joined) and (self.compound_only(word) or self.rare_noun(word))
        bare = bare and not role_compound(word)  # Jurypräsident ist …: a role as predicate
        bare = bare and (  # Lebenskunst ist die Kunst …; Manasse ist ein Parfümeur
            self.toks[n + 1].text not in _COPULAS or self.person_predicate(n + 1)
        )
        if lang == "de" and (is_abstract_noun(word) or contracted(word)):
            return None  # Keuschheit ist keine Tugend: an abstract noun stands bare; Hat's
        known = singular and key(word, lang) in self.known  # Denis Scheck … Scheck fragte
        long_english = long_english_word(word, lang)
        if lang == "de" and not known and (long_english or english_plural(word, lang)):
            return None  # Unstable enthält …, Units, die …: an English word the text keeps
        if lang == "de" and not (known or gender or self.family(word)) and self.in_english(n):
            return None  # Debian includes …: an English sentence's subject, no German noun
        if lang == "de" and speaker and not verb and self.field_label(n):
            return None  # Source: vim, Hash: SHA1: an English field's label before its value
        if _weak(word, lang) and not self.name_only(word):
            if not (bare or (singular or speaker) and self.family(word) or known):
                return None  # Richter bezog sich …, not Richter entschieden …
        if gender is not None and given_spread(word) >= SPREAD_ALONE:
            return "person", gender if gender in ("m", "f") else None
        if lang in SLAVIC:  # any word may start the sentence: a family list's Nagle, Sala too
            if self.person_noun_at(n + 1):
                return None  # Saudyjski następca tronu: the adjective of a noun of a person
            shaped = subject_shaped(word, lang) and not common_shaped(word, lang)
            return ("person", _gender_of(None, word, lang, "")) if shaped else None
        if self.family(word) or self.unknown(n) or self.name_only(word) or known:
            return "person", _gender_of(None, word, lang, "")
        reflexive = self.reflexive_speaker(n)
        if reflexive and self._unknown_word(word):
            return "person", reflexive  # Xhaka himself said: a man
        if bare and not _ADJECTIVE.search(word) and not self.present_only(n):
            return "person", _gender_of(None, word, lang, "")  # Pinkwart plädierte
        return None
