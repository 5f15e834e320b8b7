"""Kinds of text a twelfth round of trials met: concert and opera programmes, wine and
food pages, museum labels, wedding and death notices, mountaineering and space flight,
in the languages bitext reads. Each case is a general shape of the language (a case
ending, a compound given name, a couple's honorifics), not a page."""

from __future__ import annotations

import pytest

from glossary.build import text_entries
from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (m.surface, m.lemma, m.given, m.gender)
        for m in text_mentions(text, lang)
        if m.kind == "person"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Концерт Соломії Крушельницької.",
            "uk",
            ("Соломії Крушельницької", "Крушельницька", "Соломія", "f"),
        ),
        (
            "Пам'ятник Соломії Крушельницькій.",
            "uk",
            ("Соломії Крушельницькій", "Крушельницька", "Соломія", "f"),
        ),
        (
            "Выступ Марыны Васілеўскай.",
            "be",
            ("Марыны Васілеўскай", "Васілеўская", "Марына", "f"),
        ),
    ],
)
def test_a_womans_adjectival_surname_in_a_case(text, lang, person):
    """Ukrainian -ської, -ській and Belarusian -скай are a woman's surname in a case,
    cited in -ська, -ская: no man, whatever the given name reads as."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Партыю выканала Аксана Волкава.",
            "be",
            ("Аксана Волкава", "Волкава", "Аксана", "f"),
        ),
        (
            "Касманаўтка Марына Васілеўская вярнулася.",
            "be",
            ("Марына Васілеўская", "Васілеўская", "Марына", "f"),
        ),
    ],
)
def test_a_womans_given_name_keeps_its_a(text, lang, person):
    """A woman's given name in -а is cited so, not as a man's stem a loose key reads
    (*Аксан*, *Марын*)."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Byla zahájena výstava obrazů Františka Kupky.",
            "cs",
            ("Františka Kupky", "Kupka", "František", "m"),
        ),
        (
            "Pokazuje listy Mieczysława Karłowicza, kompozytora.",
            "pl",
            ("Mieczysława Karłowicza", "Karłowicz", "Mieczysław", "m"),
        ),
    ],
)
def test_a_mans_name_in_the_genitive(text, lang, person):
    """A given name in -a before a surname in a noun's genitive (-y, or -a after a man's
    name the dictionary declines) is a man's genitive: a woman of that given name would
    be *Kupková*, *Karłowicz*."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Hraje Jana Nováková.", "cs", ("Jana Nováková", "Nováková", "Jana", "f")),
        ("Wystawę otworzyła Anna Kukuczka.", "pl", ("Anna Kukuczka", "Kukuczka", "Anna", "f")),
    ],
)
def test_a_womans_nominative_stays_hers(text, lang, person):
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    "text",
    ["Nazwano jego imieniem szkołę w Wołowie.", "Mieszka w Lipinkach."],
)
def test_a_polish_towns_locative_is_no_person(text):
    """After *w*, -owie (the locative of a town in -ów) and a plural's -ach are a place's."""
    assert _persons(text, "pl") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "La récolte est jugée bonne par Jean-Charles Cazes, propriétaire du château.",
            ("Jean-Charles Cazes", "Cazes", "Jean-Charles", "m"),
        ),
        (
            "Jean-Charles Cazes est propriétaire.",
            ("Jean-Charles Cazes", "Cazes", "Jean-Charles", "m"),
        ),
    ],
)
def test_a_compound_given_name_is_as_wide_as_its_parts(text, person):
    """A hyphened given name of two common given names counts as common, though few lists
    hold it whole: its surname needs no list."""
    assert _persons(text, "fr") == [person]


def test_french_de_before_a_whole_name_is_by():
    """*de* before a given name and a surname is the preposition (by), no particle."""
    found = _persons("la Passion selon saint Matthieu de Jean-Sébastien Bach.", "fr")
    assert [p[0] for p in found] == ["Jean-Sébastien Bach"]
    assert _persons("Charles de Gaulle est parti.", "fr")[0][0] == "Charles de Gaulle"


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Charlotte, daughter of Dr and Mrs Andrew Blake of Bath.",
            "en",
            ("Andrew Blake", "Blake", "Andrew", "m"),
        ),
        (
            "M. et Mme Julien Roussel ont le plaisir de vous annoncer.",
            "fr",
            ("Julien Roussel", "Roussel", "Julien", "m"),
        ),
    ],
)
def test_a_couples_honorifics_show_no_gender(text, lang, person):
    """*Mr and Mrs Richard Ellison*: the couple by the husband's name, so the second
    honorific is not his gender; the given name is."""
    assert person in _persons(text, lang)


def test_mrs_alone_still_shows_a_woman():
    assert _persons("Mrs Sarah Blake came.", "en") == [("Sarah Blake", "Blake", "Sarah", "f")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zahájil film Jiřího Mádla.", ("Jiřího Mádla", "Mádl", "Jiří", "m")),
        ("Sešel se s Jiřím Mádlem.", ("Jiřím Mádlem", "Mádl", "Jiří", "m")),
        ("Film Harryho Pottera.", ("Harryho Pottera", "Potter", "Harry", "m")),
    ],
)
def test_a_czech_given_name_declined_as_an_adjective(text, person):
    """*Jiří* declines as an adjective (*Jiřího*, *Jiřím*): the surname beside it is a
    noun in the same case, a man's."""
    assert _persons(text, "cs") == [person]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Mezinárodní festival zahájil film Jiřího Mádla Vlny.", "cs", "Jiřího Mádla"),
        ("Czytał powieść Henryka Sienkiewicza Potop.", "pl", "Henryka Sienkiewicza"),
    ],
)
def test_a_works_title_after_a_declined_name(text, lang, surface):
    """After a given name and a surname in a case, a word of the language begins the
    title of the person's work, no third name word."""
    assert [p[0] for p in _persons(text, lang)] == [surface]


def test_a_short_vowel_before_a_hungarian_t_is_the_names_own():
    """Hungarian lengthens a final a, e, o, ö before the accusative's -t: *Slot* is a
    nominative, no *Slo* in the accusative."""
    entries = text_entries("Arne Slot vezetőedző szerint jó.", "hu")
    assert [e.canonical for e in entries] == ["Arne Slot"]
    assert [e.canonical for e in text_entries("Dicsérte Marco Rossit.", "hu")] == ["Marco Rossi"]
