"""Evidence around a capitalised word: what stands before it (an article, a preposition
of place, a verb of saying; honorifics and roles are :mod:`glossary.roles`) and after it
(a finite verb, the noun a genitive belongs to). :class:`glossary.detect._Finder` mixes
these checks in; they read its ``toks``, ``text`` and ``lang``.
"""

from __future__ import annotations

import re

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.apposition import animate_noun
from glossary.articled import given_after_article, particle_article
from glossary.dialogue import dialogue_verb
from glossary.gazetteer import is_place_name
from glossary.germanwords import (
    adjective_shaped,
    german_finite_verbs,
    german_nouns,
    is_german_lower,
    is_german_noun,
    past_participle,
    proper_kinds,
)
from glossary.givenform import _given
from glossary.inflect import lemmas
from glossary.lexicon import is_common_word, words
from glossary.listfiles import fold
from glossary.namelists import given_gender, given_spread, is_family_name
from glossary.shapes import (
    shaped_alone,
    west_adjective,
)
from glossary.tokens import Tok, adjacent
from glossary.wordclass import (
    _ADJ_ENDING,
    _COORDINATORS,
    _DETERMINERS,
    _FINITE,
    _PREPOSITIONS,
    _ROMAN,
    SAYING,
    _stop,
    _title,
    _weak,
    english_title,
    role_before,
)

_capitalised = capitalised


#: The end of quoted speech before the verb that attributes it: a comma (after the
#: closing mark or before it, and a dash after it in Slavic typesetting) or a sentence's
#: closing punctuation inside the marks: „…“, sagte / …,” said / «…», — сказал / „…?“ fragte.
_SPEECH_END = re.compile(r"(?:,[“”\"»«]?|[.!?…][“”\"»«])\s*(?:[—–-]\s*)?$")
#: A quotation mark: English attributes speech after one, or by a verb of saying alone.
_QUOTE = re.compile(r"[“”\"»«]")


def _attributing(word: str) -> bool:
    """A German word that may attribute speech before its speaker: a finite verb (*sagte*,
    *betont*) or *so* (*…, so Merz.*); an adverb (*bislang*) starts an apposition."""
    return word == "so" or word in german_finite_verbs() or word.endswith("t")


#: Particles that may stand between a sentence's first phrase and its verb.
_AFTER_FIRST_PHRASE = {
    "de": frozenset("selbst hingegen jedoch allerdings wiederum indes dagegen seinerseits".split()),
    "en": frozenset(("himself", "herself")),
}


#: German determiners of a neuter singular, after which an adjective ends in -e or -es,
#: never in -en: a word in -en after one is a verb (*Das zeigen Studien*).
_NEUTER_SINGULAR = frozenset(("das", "dieses", "jenes", "jedes", "manches", "welches"))


#: A single capital letter: written without its full stop, no initial but a thing's
#: name or part of one.
_LETTER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


#: English's relative pronoun of a thing right after a name: *which* (a person takes *who*).
_THING_RELATIVE = re.compile(r",\s+which\b")


class ContextEvidence:
    """Checks on token ``n`` of a finder from the words around it."""

    toks: list[Tok]
    text: str
    lang: str
    mentions: dict
    particle_names: set[tuple[str, str]]

    def word_before(self, i: int) -> str:
        """The lower-cased word right before token ``i`` (separated by spaces only), or ""."""
        if i == 0 or self.toks[i].initial:
            return ""
        prev = self.toks[i - 1]
        if self.text[prev.end : self.toks[i].start].strip():
            return ""
        return prev.text.lower()

    def after_determiner(self, i: int) -> bool:
        """An article or determiner before the word, maybe with adjectives between
        (eine bemerkenswerte diplomatische Wende): a common noun, not a bare name."""
        det = _DETERMINERS.get(self.lang)
        if det is None:
            return False
        if self.noun_of_person_before(i) is not None:
            return False  # le chancelier Merz: a noun of a person, no adjective, before a name
        word = self.toks[i].text
        noun = is_common_word(word, self.lang)
        for _ in range(4):
            before = self.word_before(i)
            if det.match(before):
                if given_after_article(before, word, self.lang):
                    return False  # die umworbene Laura: the person
                if before.lower() in _NEUTER_SINGULAR and self.toks[i].text.endswith("en"):
                    return False  # Das zeigen Schmidt et al.: a verb; das neue Haus
                # von der Leyen: the article is the name's particle
                names = self.particle_names
                return not particle_article(self.text, self.toks, i - 1, self.lang, names)
            if not (
                before
                and self.adjective_form(self.toks[i - 1].text)
                and _ADJ_ENDING.search(before)
                and before not in _PREPOSITIONS.get(self.lang, ())
            ):
                return False
            if self.lang in NOUN_CAPITALISING and (
                before in _FINITE.get(self.lang, ()) or not noun and before.endswith("te")
            ):
                return False  # Das sagte Sunak, Dies bestätigte Kolb: a verb, not an adjective
            i -= 1
        return False

    def adjective_in_name(self, n: int) -> bool:
        """A Polish, Czech or Slovak word ending like an adjective right after a capitalised
        word that is no given name of the language, even declined: a word of a longer
        name (Parlamentu Europejskiego, Szpitala Miejskiego; not Lecha Kaczyńskiego)."""
        toks = self.toks
        if n == 0 or not west_adjective(toks[n].text, self.lang) or toks[n - 1].initial:
            return False
        prev = toks[n - 1].text
        if not capitalised(prev) or not adjacent(self.text, toks[n - 1], toks[n]):
            return False
        return all(given_gender(form, self.lang) is None for form in lemmas(prev, self.lang))

    def alone(self, n: int) -> bool:
        """No capitalised word joined to token ``n`` by a space (not Wall Street, not
        Community Arts College)."""
        toks, text = self.toks, self.text
        if n > 0 and text[toks[n - 1].end : toks[n].start] == " ":
            if self.name_neighbour(toks[n - 1].text) and not toks[n].initial:
                return False
            if self.letter_before(n):
                return False  # X Window, C Compiler: a letter no full stop makes an initial
        if n + 1 < len(toks) and text[toks[n].end : toks[n + 1].start] == " ":
            return not self.name_neighbour(toks[n + 1].text)
        return True

    def letter_before(self, n: int) -> bool:
        """A capital letter without its full stop right before token ``n``, inside a
        sentence and after no given name or other letter (*das Fenstersystem X Window*):
        a thing's name. Initials written so come in twos or after a given name (*V K
        Choudhry*, *Michael J Fox*); a sentence's first letter is a word (Polish *I*)."""
        if n < 1 or not _LETTER.fullmatch(self.toks[n - 1].text) or self.toks[n - 1].initial:
            return False
        if n < 2:
            return True
        before = self.toks[n - 2].text
        return not (_LETTER.fullmatch(before) or _given(before, self.lang) is not None)

    def name_neighbour(self, word: str) -> bool:
        """A capitalised word that may make the token part of a longer name of something
        else: no function word (Doch, Für), given name, honorific (Miss) or role noun."""
        if not capitalised(word) or fold(word) in words(self.lang, "function"):
            return False
        if _given(word, self.lang) is not None and not self._rare_given_noun(word):
            return False  # Sviatlana Tsikhanouskaya: a given name is no rival reading
        return not (_title(word, self.lang) or _title(word, "en") or role_before(word, self.lang))

    def _rare_given_noun(self, word: str) -> bool:
        """A German noun that one source only lists as a given name (*Forum*, *Park*): a
        word of a longer name (*Humboldt Forum*), no person's given name."""
        return self.lang == "de" and given_spread(word) <= 1 and word in german_nouns()

    def adjective_form(self, word: str) -> bool:
        """Written as an adjective: in lower case, or capitalised in a name (Der Kleine Saal)
        when German writes it in lower case and has no such noun (not Aussagen)."""
        if word.islower():
            return True
        return self.lang in NOUN_CAPITALISING and is_german_lower(word) and not is_german_noun(word)

    def numbered(self, n: int) -> bool:
        """A Roman numeral right after token ``n``."""
        toks = self.toks
        return (
            n + 1 < len(toks)
            and self.text[toks[n].end : toks[n + 1].start] == " "
            and bool(_ROMAN.match(toks[n + 1].text))
        )

    def attributed(self, i: int, j: int) -> bool:
        """Tokens i..j stand where news names a speaker: „…“, sagte X. / …, so X. /
        „…?“ fragte X. / «…», — сказал X. A quotation mark with no punctuation before it
        closes a title, not speech (*фільм «Вясна» у Беларусі.*)."""
        if i == 0:
            return False
        verb = self.toks[i - 1]
        if not verb.text.islower() or self.text[verb.end : self.toks[i].start] != " ":
            return False
        if verb.text in _COORDINATORS:
            return False  # …, либо Вертикальную: a list's conjunction, no verb of saying
        if animate_noun(verb.text, self.lang) is not None:
            return False  # Sutkowski, prezes Polskiej Akademii Nauk, …: an apposition
        if self.lang == "de" and not _attributing(verb.text):
            return False  # Darleen Caron, bislang Personalvorständin: an adverb, no verb
        lead = self.text[max(0, verb.start - 5) : verb.start]
        saying = verb.text in SAYING["en"] or verb.text.endswith("ed")  # said, grumbled
        if self.lang == "en" and not _QUOTE.search(lead) and not saying:
            return False  # Comedy, like Medicine, …: a bare comma, then a verb of saying only
        if self.lang == "en" and _THING_RELATIVE.match(self.text, self.toks[j].end):
            return False  # …, called Avahi, which provides …: a thing named, no speaker
        after = self.text[self.toks[j].end : self.toks[j].end + 2]
        closes = re.match(r"\s*[.,;:]|\s+und", after)
        dialogue = i == j and dialogue_verb(self.text, verb, self.lang)
        return bool(_SPEECH_END.search(lead) or dialogue) and bool(closes)

    def coordinated_with_noun(self, n: int) -> bool:
        """Ost und West, Gold oder Silber: joined to a common noun, so a common noun; not
        to a word already read as a person, nor to a family name that is no noun."""
        toks = self.toks
        for a, b in ((n - 2, n - 1), (n + 2, n + 1)):
            if 0 <= a < len(toks) and 0 <= b < len(toks):
                link, other = toks[b].text, toks[a].text
                if link in _COORDINATORS and other[:1].isupper():
                    found = self.mentions.get(toks[a].start)
                    if found is not None and found.kind == "person":
                        continue  # Scholz und Kolb trafen sich: the first read as a person
                    if self.lang == "de" and self.family(other) and not is_german_noun(other):
                        continue  # Macron und Scholz: a family name, no noun, however frequent
                    if self.beside_family(n, a):
                        continue  # Merz und Klingbeil: a word German reads only by its parts
                    if a > n and self._role_before_name(a):
                        continue  # Prinz William und Prinzessin Kate: a role before a name
                    if _stop(other, self.lang) or _weak(other, self.lang):
                        return not (a < n and toks[a].initial and not _weak(other, self.lang))
                    if self.slavic_label(a):
                        return True  # Ширина и Высота: a manual's labels, no man Ширин
        return self.listed_with_place(n)

    def _role_before_name(self, a: int) -> bool:
        """Token ``a`` is a title or a role noun right before a capitalised word, or any
        noun right before a listed given name (*Prinzessin Kate*): the noun belongs to the
        name after it, not to a list of nouns."""
        toks = self.toks
        if a + 1 >= len(toks) or not adjacent(self.text, toks[a], toks[a + 1]):
            return False
        after = toks[a + 1].text
        if not capitalised(after):
            return False
        if self.title_before(a + 1) is not None or role_before(toks[a].text, self.lang):
            return True
        return given_gender(after, self.lang) is not None

    def family(self, word: str) -> bool:
        """A family name of the general lists (Faker's, or Wiktionary's German Nachnamen),
        or a word with a surname's ending."""
        if self.lang == "de" and "family" in proper_kinds(word):
            return not is_place_name(word, self.lang) and "place" not in proper_kinds(word[:-1])
        return is_family_name(word) or shaped_alone(word, self.lang)

    def only_a_name(self, word: str) -> bool:
        """A capitalised word with no reading but a name's: not a stop word, a listed or
        guessed common noun (unless the guess is all there is), a lower-case word, a place
        or a declined one (Polish Kazachstanu), a role or a title."""
        lang = self.lang
        if _stop(word, lang) or role_before(word, lang) or _title(word, lang):
            return False
        if english_title(word, lang):
            return False  # Governor DeSantis
        if any(is_place_name(form, lang) for form in lemmas(word, lang)):
            return False
        if is_german_lower(word) or word in german_nouns():
            return False
        if "-" in word and any(is_common_word(p, lang) for p in word.split("-")):
            return False  # SVP-Nationalrat, Ferrari-Technikchef
        return not _weak(word, lang) or self.name_only(word)

    def speaker(self, n: int) -> bool:
        """A line's first word before a colon that opens a quotation or a statement
        (Güllner: „Solidarität …“, Sido: Früher …): a speaker, as interviews write them."""
        tok = self.toks[n]
        return n + 1 < len(self.toks) and self.text.startswith(":", tok.end) and tok.initial

    def beside_family(self, n: int, a: int) -> bool:
        """German tokens ``n`` and ``a`` joined by a conjunction, one a family name that
        is no noun, the other a word German reads only by its parts (*Merz und
        Klingbeil*): two names, since no common noun joins a surname bare."""
        if self.lang != "de":
            return False
        pair = (self.toks[n].text, self.toks[a].text)
        return any(
            self.family(f) and not is_german_noun(f) and self.compound_only(c) and c[-1:] != "s"
            for f, c in (pair, pair[::-1])
        )

    def compound_only(self, word: str) -> bool:
        """Read as a common noun only because it splits into known parts (Pink|wart,
        Schön|lein): no listed noun, lower-case word or place."""
        return not (
            word in german_nouns() or is_german_lower(word) or is_place_name(word, self.lang)
        )

    def singular_verb_after(self, n: int) -> bool:
        """A finite verb in the singular right after token ``n`` (Beck ist, Huber agierte):
        a bare singular noun is no subject in German, so the word is a name."""
        if not self.verb_after(n) or self.lang not in _FINITE:
            return False
        verb = self.toks[n + 1].text
        if verb in german_finite_verbs():
            return True  # gewann, traf, hielt
        if self.lang == "de" and past_participle(verb):
            return False  # Weichzeichnen angewandt: a caption's past participle, no verb
        return verb.endswith(("te", "t")) and not verb.endswith("en")

    def after_noun(self, n: int) -> bool:
        """Right after a common noun that an article governs (die Aussagen Rudolphs), and
        not before another capitalised word."""
        if n == 0 or self.toks[n].initial:
            return False
        prev = self.toks[n - 1]
        if self.text[prev.end : self.toks[n].start] != " " or not _capitalised(prev.text):
            return False
        if not is_common_word(prev.text, self.lang) or n - 1 == 0:
            return False
        if n + 1 < len(self.toks) and _capitalised(self.toks[n + 1].text):
            if self.text[self.toks[n].end : self.toks[n + 1].start] == " ":
                return False
        return self.after_determiner(n - 1)

    def verb_after(self, n: int) -> bool:
        """A lower-case word that is no function word right after token ``n`` (Kolb sagte),
        also after a particle that may follow the sentence's first phrase (Xhaka selbst
        sagte, Merz hingegen erklärte, Xhaka himself said)."""
        if n + 1 >= len(self.toks):
            return False
        nxt = self.toks[n + 1]
        if self.text[self.toks[n].end : nxt.start] != " " or not nxt.text.islower():
            return False
        if nxt.text in _AFTER_FIRST_PHRASE.get(self.lang, ()) and self.toks[n].initial:
            after = self.toks[n + 2].text if n + 2 < len(self.toks) else ""
            return after in SAYING.get(self.lang, ()) or self.verb_after(n + 1)
        if nxt.text in _FINITE.get(self.lang, ()):
            return True
        if fold(nxt.text) in words(self.lang, "function"):
            return False
        if self.lang not in NOUN_CAPITALISING:
            return True
        if adjective_shaped(nxt.text):
            return False  # Bewegungsunschärfe kreisförmig: a heading's adjective
        # a verb form German also writes capitalised as a noun (Beschäftigte) counts too
        return is_german_lower(nxt.text) or nxt.text in german_finite_verbs()
