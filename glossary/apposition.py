"""A noun of a person before a name in the same case, in Russian, Ukrainian,
Belarusian, Czech and Polish: *философ Кант*, *міністра Макея*, *иноземцу
Олеарию*, *profesor Hofhans*, *komisarz Oettinger*.

These languages write such nouns in lower case and give the name after them the
noun's case; a capitalised word in another case belongs to something else the noun
governs (*директор Газпрома*, the director of Gazprom). The nouns come from the
Russian and Ukrainian dictionaries' animate nouns, Czech's masculine animate nouns
with their feminines and Polish's masculine nouns of persons (``data/README.md``);
Belarusian has no dictionary of its own here and reads the Russian and Ukrainian
ones in the letters the three share (*доктар*: *доктор*). Nouns of animals are
among them, so a pet's name after *собака* comes out as a person too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from glossary.dictnames import NEIGHBOUR_LISTS, is_person_form, shared_spelling
from glossary.germanwords import german_nouns, proper_kinds
from glossary.lexicon import (
    english_person_nouns,
    french_role,
    is_common_word,
    is_lower_word,
)
from glossary.listfiles import _lines
from glossary.namelists import is_family_name, merged_genders
from glossary.places import reads_as_place
from glossary.wordclass import role_before

#: Languages with a list of animate nouns (``{lang}_animate_nouns.txt.gz``).
ANIMATE_LISTS = ("ru", "uk", "cs", "pl")


class _Endings(NamedTuple):
    """How a language's names end in its cases, as far as apposition needs."""

    #: A name ending so after a masculine noun in the nominative is in another case,
    #: governed by the noun (директор Спартака, Роснефти; ředitel Škody) ...
    oblique: tuple[str, ...]
    #: ... unless it ends so: a nominative after all (Захарова, Кірыленка; Nováková).
    nominative: tuple[str, ...]
    #: The last letters of a name in an oblique case (a masculine noun in one takes no
    #: name ending in another letter: министра Лавров).
    open: str
    #: Endings of adjectives, and of the oblique cases of nouns in -ия: an institution's
    #: name after the noun (председателя Уральского, президентом Академии).
    adjective: tuple[str, ...]
    #: Endings of a feminine noun's genitive (Европы, Rady): after a masculine noun in
    #: an oblique case, a governed word, since a woman's name takes a woman's noun.
    feminine_oblique: tuple[str, ...]
    #: Endings of a woman's surname that is an adjective, after a feminine noun.
    woman: tuple[str, ...] = ()
    #: Endings of a man's adjectival surname in an oblique case (Толстого, Nováka's
    #: Nového, Kowalskiego): after a noun of women only, the man it is of, no apposition.
    mans_oblique: tuple[str, ...] = ()


_EAST = _Endings(
    oblique=("а", "я", "и", "ы", "і"),
    nominative=("ова", "ева", "ёва", "єва", "ина", "ына", "іна", "ая", "яя", "энка", "енка"),
    open="аеёиоуыэюяіїєьм",
    feminine_oblique=("ы", "и", "і"),
    adjective=(
        "ого", "его", "ому", "ему", "ый", "ий", "ій", "ая", "яя", "ое", "ее", "ую", "юю",
        "ых", "их", "іх", "ым", "ім", "ой", "ої", "ага", "аму", "ай", "ии", "ія", "ії", "іі",
    ),
    mans_oblique=("ого", "его", "ому", "ему", "ым", "им", "ім", "ага", "аму"),
)  # fmt: skip
#: Czech: masculine surnames in -a are nominatives (Svoboda), their genitive is in -y.
_CZECH = _Endings(
    oblique=("y", "e", "ě", "u", "i", "ovi", "em", "ou"),
    nominative=("ová", "á"),
    open="aeěiíouůyýáém",
    feminine_oblique=("y",),
    adjective=(
        "ého", "ému", "ým", "ých", "ými", "ský", "ská", "ské", "cký", "cká", "cké",
        "ní", "ního", "nímu", "ním",
    ),
    woman=("á",),
    mans_oblique=("ého", "ému", "ým"),
)  # fmt: skip
#: Polish: masculine surnames in -a are nominatives (Duda), and so are the adjectival
#: ones (Kowalski); an adjective of a noun (-ny, -owy) is an institution's word.
_POLISH = _Endings(
    oblique=("u", "i", "y", "owi", "em", "ą", "ego", "emu", "ej"),
    nominative=("ski", "cki", "dzki", "ska", "cka", "dzka", "owa", "ewa", "ówna"),
    open="aeiouyąęm",
    feminine_oblique=("y", "ii", "ji", "ki", "gi"),
    adjective=(
        "nego", "nemu", "nym", "nej", "nych", "nymi", "ny", "na", "ne",
        "owego", "owemu", "owym", "owej", "owych", "owy", "owe",
    ),
    mans_oblique=("ego", "emu", "ym", "im"),
)  # fmt: skip
_ENDINGS = {"ru": _EAST, "uk": _EAST, "be": _EAST, "cs": _CZECH, "pl": _POLISH}
#: Languages where a masculine surname in -a is a nominative but a masculine or neuter
#: noun's genitive ends in -a too (Nakła, of Nakło): after a nominative noun only a
#: listed surname in -a is taken as one.
_A_NOMINATIVE = ("pl", "cs")


@cache
def _animate(lang: str) -> dict[str, tuple[frozenset[str], str]]:
    """Singular form -> (its cases, the noun's gender) for ``lang``'s list."""
    if lang not in ANIMATE_LISTS:
        return {}
    out = {}
    for line in _lines(f"{lang}_animate_nouns.txt.gz"):
        form, cases, gender = line.split("\t")
        out[form] = (frozenset(cases.split(",")), gender)
    return out


@cache
def _animate_spelt() -> dict[str, tuple[frozenset[str], str]]:
    """Each Russian and Ukrainian animate form in the shared letters -> its cases and
    gender, for Belarusian (*доктар*, *міністра*)."""
    out: dict[str, tuple[frozenset[str], str]] = {}
    for lang in NEIGHBOUR_LISTS:
        for form, (cases, gender) in _animate(lang).items():
            spelt = shared_spelling(form)
            old_cases, old_gender = out.get(spelt, (frozenset(), ""))
            out[spelt] = (old_cases | cases, merged_genders(old_gender, gender))
    return out


def animate_noun(word: str, lang: str) -> tuple[frozenset[str], str] | None:
    """The cases and gender of ``word`` as a singular animate common noun of ``lang``,
    None if it is none. A compound of hyphened parts the lists lack declines its last
    part, the noun it is (премьер-министр, вице-президента)."""
    if not word[1:].islower():
        return None
    word = word.lower()  # Бабця Зоня: a sentence's first word
    if lang == "be":
        found = _animate_spelt().get(shared_spelling(word)) if len(word) >= 4 else None
    else:
        found = _animate(lang).get(word)
    head = word.rpartition("-")[2]
    if found is None and head != word and len(head) >= 4:
        return animate_noun(head, lang)
    return found


def agrees(cases: frozenset[str], gender: str, name: str, lang: str) -> bool:
    """Whether ``name`` can stand in one of ``cases`` beside a noun of ``gender``: a
    nominative masculine noun takes no name in an oblique case's ending but a
    nominative's, an oblique masculine noun no name ending as a nominative does, and a
    noun of women only no man's adjectival surname in an oblique case."""
    endings, low = _ENDINGS[lang], name.lower()
    if gender == "f" and endings.mans_oblique and low.endswith(endings.mans_oblique):
        return False  # дочь Толстого: the father's genitive, no woman's name
    if cases == {"nomn"} and "f" not in gender and low.endswith(endings.oblique):
        return low.endswith(endings.nominative)  # директор Газпрома; profesor Svoboda
    if "nomn" not in cases and "f" not in gender and low[-1:] not in endings.open:
        return False  # министра Лавров: no such pair
    if "nomn" not in cases and gender == "m" and low.endswith(endings.feminine_oblique):
        return False  # чемпиона Европы, člena Rady: a woman's name takes a woman's noun
    return True


def person_noun_before(noun: str, name: str, lang: str) -> bool:
    """Whether ``noun`` right before the capitalised ``name`` is a noun of a person
    whose case ``name`` shares, and no list reads ``name`` as a place or a common word;
    a form the dictionary has as a surname's may be a word too (Кант) and end like an
    adjective (Каліноўскага)."""
    if lang not in _ENDINGS or name.isupper() or len(name) < 3:
        return False
    found = animate_noun(noun, lang)
    if found is None:
        return False
    if reads_as_place(name, lang):
        return False  # мастера Японии
    surname_form = is_person_form(name, lang)
    if is_common_word(name, lang) or is_lower_word(name, lang) and not surname_form:
        return False  # птенец Боже
    endings, low = _ENDINGS[lang], name.lower()
    woman = "f" in found[1] and low.endswith(endings.woman)
    if not surname_form and not woman and low.endswith(endings.adjective):
        return False  # председателя Уральского; Doktorka Pawlovská stays
    if any(sum(ch.isupper() for ch in part) > 1 for part in name.split("-")):
        return False  # ІТ-бізнесу, szefa MSWiA: an acronym
    cases, gender = found
    if lang in _A_NOMINATIVE and cases == {"nomn"} and "f" not in gender and low.endswith("a"):
        if not (surname_form or is_family_name(name)):
            return False  # mieszkaniec Nakła: a town's genitive; prezes Duda is listed
    return agrees(cases, gender, name, lang)


#: An apposition's start right after a name: a comma and an article (*Brown, a former
#: engineer*; *Braun, ein früherer Ingenieur*). German's definite article there is
#: mostly a relative pronoun (*Infanteristen, die …*), so only the indefinite counts.
_APPOSITION = {
    "en": re.compile(r", (?:a|an|the) "),
    "de": re.compile(r", (?:ein|eine) "),
    "fr": re.compile(r", (?:un |une |le |la |l'|l’)"),
}
#: Characters that end the text before a sentence's or a quotation's first word.
_CLAUSE_OPENERS = frozenset('.!?…:;—–-"«»„“”(')
#: French words before a place's name: a preposition, or *et* after one's name.
_FR_BEFORE_PLACE = re.compile(r"(?:\b(?:de|à|en|et)|\b[dl]['’])\s*$")
#: Words that follow the head of an apposition with no article (*Campino, Sänger der
#: Toten Hosen*; *singer of*; *chanteur des*): a complement, so the head is a noun.
_AFTER_BARE_HEAD = {
    "de": frozenset("der des von vom beim bei im am für aus".split()),
    "en": frozenset("of at for from with".split()),
    "fr": frozenset("de du des d à au aux chez".split()),
}
#: Words that end an English noun phrase's premodifiers: its head stands before them
#: (*the chancellor of the exchequer*, *a lawyer for the family*).
_EN_AFTER_HEAD = frozenset(
    "of at for in from with on to by who which that and or whose since until".split()
)


def apposed_person(text: str, word: str, end: int, lang: str) -> bool:
    """A noun of a person heads the apposition that starts at ``end``, right after
    ``word`` (*Brown, a former Google engineer, said*; *Reeves, the chancellor of …*;
    *Braun, ein früherer Google-Ingenieur*): the word names a person, whatever common
    word it spells; not *Hezbollah, the veteran Lebanese Shiite movement*, whose head
    is no person. English's head is the last word before a preposition or a relative
    (WordNet's nouns of persons), German's its first noun (its role nouns)."""
    pattern = _APPOSITION.get(lang)
    found = pattern.match(text, end) if pattern is not None else None
    if lang == "de" and word in german_nouns() and "family" not in proper_kinds(word):
        return False  # Sondermodellen, ein …: a noun, which the apposition explains
    if lang != "de" and is_lower_word(word, lang) and not is_family_name(word):
        return False  # Hier, la ministre …; Meanwhile, the head of …: an adverb
    if lang == "fr" and _FR_BEFORE_PLACE.search(text, 0, end - len(word)):
        return False  # seigneur de Perrigny et Saulon, le comte …: places
    if found is None:
        return not role_before(word, lang) and _bare_apposition(text, word, end, lang)
    words = _clause_words(text, found.end())
    if lang == "fr":
        return _french_head(words)
    if lang == "de":
        head = next((w for w in words if w[:1].isupper()), "")
        return bool(head) and role_before(head, lang)
    cut = next((i for i, w in enumerate(words) if w in _EN_AFTER_HEAD), len(words))
    return 0 < cut and words[cut - 1] in english_person_nouns()


def _clause_words(text: str, start: int) -> list[str]:
    """The words from ``start`` to the clause's next punctuation (80 characters at most)."""
    clause = re.split(r"[,;:.!?()\"“”„«»]", text[start : start + 80], maxsplit=1)[0]
    return re.findall(r"[^\W\d_][\w-]*", clause)


def _french_head(words: list[str]) -> bool:
    """The first word a French noun of a person that is no adjective (*ministre*): the
    apposition's head; not when a capitalised word follows it, the noun's own name
    (*Hier, la ministre Kowalczyk a …*: a subject, no apposition)."""
    if not words or french_role(words[0]) is None:
        return False
    return len(words) == 1 or not words[1][:1].isupper()


def _bare_apposition(text: str, word: str, end: int, lang: str) -> bool:
    """An apposition with no article after a comma, its head a noun of a person with a
    complement after it (*Campino, Sänger der Toten Hosen*; *singer of*; *chanteur des*):
    news names a person so; a bare noun with no complement may be a list's next item.
    Slavic languages put no article before any head: one of their nouns of persons in
    the nominative with words after it, after a name that opens its sentence, where a
    subject stands (*Sutkowski, prezes Polskiej Akademii Nauk*), not after a preposition
    or a noun whose case it takes (*в Дубно, сын Иванова*)."""
    if not text.startswith(", ", end):
        return False
    words = _clause_words(text, end + 2)
    if lang in _ENDINGS and len(words) > 1 and words[0].islower():
        before = text[: end - len(word)].rstrip()
        if before and before[-1] not in _CLAUSE_OPENERS:
            return False  # в Дубно, сын Иванова; гурта Tonqixod, аўтар: no subject there
        found = animate_noun(words[0], lang)  # Sutkowski, prezes Polskiej Akademii Nauk
        return found is not None and "nomn" in found[0]
    after = _AFTER_BARE_HEAD.get(lang)
    if after is None:
        return False
    if lang == "de":
        at = next((i for i, w in enumerate(words[:3]) if w[:1].isupper()), None)
        head = at is not None and role_before(words[at], lang)
        return head and at + 1 < len(words) and words[at + 1] in after
    if lang == "en":
        at = next((i for i, w in enumerate(words[:4]) if w in after), None)
        return bool(at) and words[at - 1] in english_person_nouns() and words[0].islower()
    return _french_head(words) and len(words) > 1 and words[1].lower() in after
