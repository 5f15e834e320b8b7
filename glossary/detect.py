"""Find names of persons (and some places) in a sentence or a text, in any supported language.

A capitalised word is a name only on evidence, never for its capital alone
(German capitalises every noun, and every language its sentence starts):

- a given name from a general list (Faker's per-locale lists) before it:
  *Marija Kolesnikowa*, *Bill Gates*;
- the shape of a surname after another name word: *Qasym-Jomart Tokajew*,
  *Ales Bjaljazki* (East Slavic endings, per language);
- an honorific or a role noun before it (*Herr Kolb*, *Kanzlerin Merkel*,
  *Handelsminister Gref*: a German noun with a feminine in *-in*, or a compound
  ending in one);
- the speech attribution of news: *„…“, sagte Cole.*; a sentence's first word
  as the subject of the finite verb after it (*Kolb war*, *Ramelow erklärte*);
- a family name from the general lists (Faker's, Wiktionary's) where nothing
  marks the word as a common noun (no article or adjective before it);
- a genitive before or after its noun (*Zabels Entscheidung*, *die Aussagen
  Rudolphs*);
- in German, the absence of any other reading (:mod:`glossary.absence`): a
  capitalised word in prose that is no noun, no verb or adjective made a noun
  and no place; neighbouring such words make one name (*Teemu Tainio*);
- the key of a surname found elsewhere (the rest of the text, the other side
  of a translation): *Lukaschenkos*, *Lukasenkót*, *Lukaschenko-System*;
- the shape of a Chinese, Korean or Vietnamese name, family name first (*Xi
  Jinping*, *Moon Jae-in*, *Kim Jong Un*, *Си Цзиньпин*: :mod:`glossary.eastasian`).

Against a person: a word the document writes after an article anywhere
(German and French, *der Nanga Parbat*, *le Baltoro*: :mod:`glossary.articled`)
is one only with a title, an initial or a listed given name before it; initials
alone (*I.H.E.*) name no one.
Function words, months, weekdays, titles and German common nouns (``Gold``,
``Präsident``; from general word frequencies) never start or end a name. A word
of a firm's or brand's name (``Porsche``, ``Red Bull``; a general company list)
is no person alone, at a name's start or right before a lone word, unless an
honorific stands before it.
Candidates come from :mod:`glossary.candidates` (runs) and :mod:`glossary.segments`
(their parts), the evidence around a word from
:mod:`glossary.context` and :mod:`glossary.absence`; this module weighs them.
"""

from __future__ import annotations

from collections.abc import Iterable

from glossary.absence import NOUN_CAPITALISING, GermanEvidence
from glossary.apartness import StandingApart
from glossary.articled import articled_words, particle_names, word_keys
from glossary.authorlines import AuthorLines
from glossary.candidates import Candidates
from glossary.citations import CitedAuthors
from glossary.context import ContextEvidence
from glossary.coordination import Coordination
from glossary.eastasian import EastAsianOrder
from glossary.englishwords import long_english_word
from glossary.firms import FirmNames
from glossary.fullname import FullNames
from glossary.genitives import GenitiveEvidence
from glossary.germanphrase import GermanPhrases
from glossary.germanwords import is_abstract_noun
from glossary.givenform import (
    _given,
    mans_citation,
    masculine_given,
    womans_citation,
)
from glossary.hungarian import HungarianOrder, case_stem
from glossary.joined import JoinedWords
from glossary.key import key, name_key, regnal_key
from glossary.known import KnownWords
from glossary.larger import LargerNames
from glossary.lexicon import (
    is_cyrillic,
    is_firm_word,
)
from glossary.lone import LoneWords
from glossary.lowered import lowered_key, lowered_keys
from glossary.manscase import MansCase
from glossary.mention import Mention
from glossary.nameend import NameEnds
from glossary.nameforms import NameForms
from glossary.namelists import is_family_name
from glossary.namestart import NameStarts
from glossary.ownnames import OwnNames
from glossary.passages import language_runs, read_as_english
from glossary.pastverb import PastVerbs
from glossary.placecontext import PlaceEvidence
from glossary.releases import numbered_titles, title_key
from glossary.roles import RoleEvidence
from glossary.rulers import RulerNames
from glossary.segments import Segments
from glossary.shapes import (
    _EAST_SLAVIC,
    _gendered_lemma,
    case_lemma,
    masculine_nominative,
    masculine_oblique,
)
from glossary.singles import SingleWords
from glossary.slavicphrase import SlavicPhrases
from glossary.subjects import SentenceSubjects
from glossary.surnamefirst import SurnameFirst
from glossary.surnamegender import _gender_of
from glossary.technical import TechnicalWords
from glossary.titled import TitledNames
from glossary.tokens import tokens
from glossary.unlisted import UnlistedNames
from glossary.wordclass import (
    _MIN_SURNAME,
    _PARTICLES,
    _ROMAN,
    stray_before_name,
)


def _mixed_script(word: str) -> bool:
    """A word with Latin and Cyrillic letters in it (*PO-файлов*, *USB-флешка*)."""
    return is_cyrillic(word) and any(ch.isalpha() and ch < "\u0250" for ch in word)


class _Finder(
    SingleWords,
    MansCase,
    FullNames,
    NameEnds,
    NameStarts,
    LoneWords,
    StandingApart,
    TechnicalWords,
    SentenceSubjects,
    SlavicPhrases,
    GermanPhrases,
    PastVerbs,
    OwnNames,
    Candidates,
    Segments,
    ContextEvidence,
    GenitiveEvidence,
    PlaceEvidence,
    RoleEvidence,
    LargerNames,
    GermanEvidence,
    AuthorLines,
    HungarianOrder,
    SurnameFirst,
    EastAsianOrder,
    JoinedWords,
    UnlistedNames,
    TitledNames,
    CitedAuthors,
    Coordination,
    KnownWords,
    FirmNames,
    RulerNames,
    NameForms,
):
    """One pass over one text: the tokens and what each one is."""

    def __init__(
        self,
        text: str,
        lang: str,
        known: set[str],
        articled: set[str],
        particles: set[tuple[str, str]] | None = None,
    ):
        self.text, self.lang, self.known = text, lang, known
        self.toks = tokens(text)
        #: (article, surname) after a given name and *von*, here or in the document
        #: (glossary.articled)
        local = particle_names(text, self.toks) if lang == "de" else set()
        self.particle_names = local | particles if particles else local
        here = articled_words(text, lang, self.toks, self.particle_names)
        articled.update(k for _, word, _ in here for k in word_keys(word, lang))
        for title in numbered_titles(text, self.toks):  # Toy Story 2: a work's title, and
            articled.add(title_key(title))  # Story alone no person where the document has it
            articled.update(k for word in title[1:] for k in word_keys(word, lang))
        articled.update(lowered_keys(text, self.toks, lang))  # ia64 und sparc: no person
        self.articled = articled
        self.after_article = {start for start, _, first in here if first}
        self.mentions: dict[int, Mention] = {}
        self.used: set[int] = set()
        #: tokens read as a person by their place in the sentence alone (after a past
        #: verb): the word names that person here, but its key is no evidence elsewhere
        self.unvouched: set[int] = set()

    def add(self, words_: list[int], kind: str, gender: str | None, given: str, full: bool):
        toks = self.toks
        suffix = self.generation(words_) if kind == "person" else None
        if suffix is not None:  # Martin Luther King Jr.: King, given Martin Luther
            words_, given = self.before_generation(words_)
        extra = []
        if kind == "person" and _given(toks[words_[0]].text, self.lang) is None:
            extra = self.name_words_before(words_[0])  # Kimi Räikkönen
        elif kind == "person":
            extra = self.words_before_given(words_[0])  # Luiz Inácio Lula da Silva
        if extra:  # Kimi Räikkönen, Sajed Agha Sakeb: given names no list has
            middle = len(words_) > 1 and is_family_name(toks[words_[0]].text)
            if middle and not self.title_before(extra[0]):
                gender = None  # Ketanji Brown Jackson: a middle name, no given name's gender
            given = " ".join([*(toks[m].text for m in extra), given]).strip()
            words_, full = [*extra, *words_], True
        if kind == "person" and (
            stray_before_name([toks[n].text for n in words_], self.lang)
            or len(words_) >= 3  # Queen Elizabeth II: a band's word before a given name
            and is_firm_word(toks[words_[0]].text)
            and _given(toks[words_[1]].text, self.lang) is not None
        ):
            words_ = words_[1:]
            given = self.given_names(words_)
        first, last = toks[words_[0]], toks[words_[-1]]
        if all(len(toks[n].text) == 1 for n in words_):
            self.used.update(range(words_[0], words_[-1] + 1))
            return  # I.H.E., H.C., U.S.A.: initials alone abbreviate, they name no one
        if kind == "person" and is_firm_word(first.text) and not self.honorific_before(words_[0]):
            self.used.update(range(words_[0], words_[-1] + 1))
            return  # Red Bull, Dow Jones, Tieto Enator: a firm's name, not a person's
        end = last.end
        seat = len(words_) > 3 and words_[-2:] == self.ruled_seat(words_[-3])
        ruler = toks[words_[-3]] if seat else last  # Friedrich II. von Hohenstaufen
        numeral = _ROMAN.match(ruler.text) is not None
        if full and self._initial(last) or numeral and not seat:
            end += self.text.startswith(".", end)  # Claudia B., Elisabeth II.
        if kind == "person" and full and gender not in ("m", "f"):
            if not self.declined(words_[:-1]):  # the subject: no Олафом Шольцем прошла
                gender = self.verb_gender(words_[-1]) or gender  # Юлія Свириденко очолила
        father = self.fathers_name(words_) if kind == "person" else None
        if father is not None:  # Марии Дмитриевны Менделеевой: the patronymic shows her
            gender = father[1]
        mans = kind == "person" and father is None and self.mans_case(words_, gender)
        if mans and full and toks[words_[0]].initial and self.verb_gender(words_[-1]) == "f":
            mans, gender = False, "f"  # Леся Українка писала: the sentence's subject, hers
        if mans:
            gender = "m"  # Хорхе Луиса Борхеса, Альфреда Нобеля: a man's name in a case
        elif kind == "person" and full and gender == "m" and not extra:
            if self.lang in _EAST_SLAVIC:  # Антониу Гутерриш: no woman's Антониа, a man
                nominative = masculine_nominative(last.text, self.lang)
                given = " ".join(
                    mans_citation(toks[n].text, self.lang, nominative) for n in words_[:-1]
                )
        elif kind == "person" and full and gender == "f" and self.lang in _EAST_SLAVIC:
            # Аксана Волкава, Марыну Васілеўскую: her name, no man's stem Аксан, Марын
            given = " ".join(womans_citation(toks[n].text, self.lang) for n in words_[:-1])
        if father is not None:  # Ивана Павловича: Иван Павлович
            given = " ".join([*given.split()[:-1], father[0]])
        if full and gender == "m" and self.nominative_adjectival(words_):
            lemma, k = last.text, key(last.text, self.lang)  # Лев Толстой, not Толста
        else:
            lemma, k = _gendered_lemma(last.text, self.lang, self.known, gender, full)
        if full and self._initial(last) and end > last.end:
            lemma += "."  # Thomas M.: the initial keeps its full stop in the entry's forms
        regnal = full and numeral
        if regnal:  # Elisabeth II.: the whole name is the name, the numeral no surname
            at = len(words_) - (3 if seat else 1)
            names = [toks[m].text for m in words_[:at]]  # Friedrich Wilhelm IV.: both
            lemma = " ".join([*self.ruler_givens(names), ruler.text])
            k, given = regnal_key(lemma, self.lang), ""
            gender = self.rulers_gender(lemma) or gender  # Jana Pawła II: Paweł's, a man's
        oblique = (
            mans or kind == "person" and gender != "f" and masculine_oblique(last.text, self.lang)
        )
        if oblique and len(words_) > 1:  # Karola Nawrockiego: Karol, a man, in that case
            given = " ".join(masculine_given(toks[n].text, self.lang) for n in words_[:-1])
        if (
            kind == "person"
            and lemma == last.text
            and (oblique or self.declined(words_[:-1]) or self.named_after(words_[0]))
        ):  # Karola Nawrockiego; имени Лобачевского
            before = toks[words_[-2]].text if len(words_) > 1 else ""
            lemma, k = case_lemma(before, last.text, self.lang, gender, oblique) or (lemma, k)
        elif kind == "person" and not full:
            lemma, k = self.role_case_lemma(words_[0], gender) or (lemma, k)  # premierem Tuskiem
        if kind == "person" and lemma == last.text and self.lang == "hu":
            stem = case_stem(last.text)  # Vlagyimir Putyinnal: Putyin
            lemma, k = (stem, key(stem, "hu")) if stem else (lemma, k)
        if kind == "place" and first is last:
            lemma, k = self.place_citation(last.text, lemma, k)
        elif kind == "person" and not full and lemma == last.text:
            lemma, k = self.lone_given_citation(last.text, lemma, k)
        epithet = self.epithet(words_[0]) if kind == "person" and not full else None
        if epithet is not None:  # Karl der Große: the epithet names him, not Karl alone
            end = toks[epithet].end
            lemma = self.text[first.start : end]
            k, given, words_ = name_key(lemma, self.lang), "", [*words_, epithet - 1, epithet]
        end = suffix or end
        if len(last.text) < _MIN_SURNAME and not full:
            return
        if kind == "person" and self.storm_name(words_[0], words_[-1]):
            self.articled.add(k)  # Hurricane Rita … Rita packed winds: the storm's, all along
        if kind == "person" and (
            self.in_larger_name(words_[0], words_[-1])
            or (k in self.articled or self.lowered(last.text))
            and not self.vouched(words_)
            or len(words_) > 1
            and title_key([toks[n].text for n in words_]) in self.articled
            or first.start in self.after_article
            and self.title_before(words_[0]) is None
            or self.latin_in_cyrillic(words_)
            or len(words_) > 1
            and self.shortened_date(words_[-1])  # Tue Sep 12: a date, no Tue Sep
            or self.lang in NOUN_CAPITALISING
            and is_abstract_noun(last.text)  # A. Fortgeschrittene Paketierung: a heading
            and not is_family_name(last.text)
        ):
            self.used.update(range(words_[0], words_[-1] + 1))
            return  # der Nanga Parbat, des Himalaya elsewhere: a mountain, not a person
        self.mentions[first.start] = Mention(
            self.text[first.start : end],
            lemma if regnal else last.text,
            lemma,
            k,
            first.start,
            end,
            full,
            kind,
            gender,
            given,
            alone=not (len(words_) == 1 and words_[0] in self.unvouched),
            agreed=self.agreed_gender(words_, lemma) if kind == "person" else None,
        )
        self.used.update(range(words_[0], words_[-1] + 1))

    def lowered(self, word: str) -> bool:
        """A word the document also writes in lower case as an identifier, or in German
        its genitive in -s (*Debians Erfolg*, *Lintians Handbuch* beside *debian/control*,
        *lintian*): a program's or a system's name (:mod:`glossary.lowered`)."""
        if lowered_key(word) in self.articled:
            return True
        return self.lang == "de" and word.endswith("s") and lowered_key(word[:-1]) in self.articled

    def latin_in_cyrillic(self, words_: list[int]) -> bool:
        """Latin words alone in Russian, Ukrainian or Belarusian text, no listed given name
        first (*систему X Window*, *Alpha и Sparc*): those languages write a person's name
        in their own letters, a product's, a firm's or a program's as it is. In any
        language, no name mixes the two scripts (*-Y. Можна*: an option's letter and the
        sentence's first word). A Latin name that ends in an English common word of seven
        letters or more that no list has as a surname names a thing, a given name first
        or not (shorter ones are often surnames: *Jono Bacon*, *John Buzz*)."""
        names = [self.toks[n].text for n in words_]
        cyrillic = [is_cyrillic(w) for w in names if not _ROMAN.fullmatch(w)]  # Карла V
        if any(cyrillic) and not all(cyrillic) or any(map(_mixed_script, names)):
            return True  # PO-файлов: an abbreviation joined to a noun
        if self.lang not in _EAST_SLAVIC or any(cyrillic):
            return False
        if self.translated_original(words_[0], words_[-1]):
            return True  # «История игрушек» (Toy Story): the title's original
        if long_english_word(names[-1], "en"):
            return True  # Free Pascal Compiler: a thing's English name (John Buzz stays)
        return len(names) == 1 or _given(names[0], self.lang) is None

    def find(self) -> list[Mention]:
        toks, lang = self.toks, self.lang
        self.reference_authors()  # Behrens, Heike (2009): before the runs read Heike
        for whole in self.runs():
            parts, countries = self.country_names(whole)
            for name in countries:
                self.add_country(name)
            cuts = (self.place_cut(seg) for run in parts for seg in self.segments(run))
            pieces = (piece for cut in cuts for part in cut for piece in self.initials_cut(part))
            for seg in pieces:
                if all(n in self.used for n in seg):
                    continue  # read already: a reference list's author
                name = self.family_first(seg)
                if name is not None:
                    self.add_family_first(name)
                    continue
                name = self.surname_first(seg)
                if name is not None:  # Карамзиным Андреем Николаевичем
                    self.places_before(seg[: -len(name)])
                    self.add_surname_first(name)
                    continue
                east = self.east_asian(seg)
                if east is not None:
                    self.add_east_asian(seg[east:])
                    continue
                found = self.full_name(seg)
                if found is not None:
                    s, gender = found
                    self.places_before(seg[:s])
                    words_ = self.trim_name(seg[s:])
                    if all(toks[m].text.lower() in _PARTICLES for m in words_):
                        continue  # Von den Distributionsbetreuern: a particle, no name
                    given = self.given_names(words_)
                    title = self.title_before(words_[0]) if s == 0 else None
                    gender = gender or _given(toks[words_[0]].text, lang)  # Іван Дзюба помер
                    g = _gender_of(gender, toks[words_[-1]].text, lang, title or "")
                    self.add(words_, "person", g, given, len(words_) > 1)
                    continue
                self.singles(seg)
        self.coordinated()
        self.shared_surnames()
        self.known_single()
        self.firms()
        return [self.mentions[s] for s in sorted(self.mentions)]


def find_names(
    text: str,
    lang: str,
    known: Iterable[str] = (),
    articled: Iterable[str] = (),
    particles: set[tuple[str, str]] | None = None,
) -> list[Mention]:
    """Names in ``text`` (written in ``lang``), in text order.

    ``known`` are keys of surnames found elsewhere (the rest of the document,
    the other language); words with those keys count as names on their own.
    ``articled`` are keys the document writes after an article elsewhere
    (:func:`glossary.articled.articled_keys`): no person without a title, an
    initial or a listed given name. Passed as a set, it also collects the keys
    ``text`` writes after an article, so that a document's passes share them.
    ``particles`` are the document's (article, surname) pairs after *von* and a given
    name (:func:`glossary.articled.document_particles`).
    """
    collected = articled if isinstance(articled, set) else set(articled)
    found = _Finder(text, lang, set(known), collected, particles).find()
    runs = [r for r in language_runs(text, lang) if r[2] != lang]
    if not runs:
        return found
    english = {
        (start, end): _Finder(text[start:end], other, set(known), collected, particles).find()
        for start, end, other in runs
    }
    return read_as_english(found, english, lang)
