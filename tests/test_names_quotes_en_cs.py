"""Persons named bare in English and Czech, as a quotation's attribution, a caption or a
byline names them: the general shapes of a name that such a line shows without a verb or
a title beside it. Every sentence here is made up for the test; each case is a shape of
the language, not a page of the collections the benchmark reads."""

from __future__ import annotations

import pytest

from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[str]:
    return [m.surface for m in text_mentions(text, lang) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("The tale is by Honoré de Valmont.", "en", "Honoré de Valmont"),
        ("Báseň o zimě napsal Honoré de Valmont.", "cs", "Honoré de Valmont"),
        ("Noc je dlouhá.\n\t\t-- Honoré de Valmont\n", "cs", "Honoré de Valmont"),
    ],
)
def test_a_rare_given_name_a_particle_and_a_surname(text, lang, person):
    """A given name few lists hold, a particle in lower case and a capitalised word that
    is nothing else: a person's name by its shape (no firm sets a particle so)."""
    assert _persons(text, lang) == [person]


def test_a_word_a_particle_and_a_name_stay_a_places():
    """A given name one list has that is a word too (*Gorge*) before particles begins a
    place's name, no person's."""
    assert _persons("We walked through the Gorge de la Vaudrelle.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Dopis poslala Anna Pavlovna Orel.", "cs", "Anna Pavlovna Orel"),
        ("Přednášel Sergej Ivanovič Orel.", "cs", "Sergej Ivanovič Orel"),
    ],
)
def test_a_patronymic_in_latin_letters_before_a_surname_that_is_a_city(text, lang, person):
    """A Russian patronymic as Czech spells it (*-ovič*, *-ovna*) is a second given name:
    the three words are a person's even when the surname is a city's name as well."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Old letters of T. H. White survive.", "T. H. White"),
        ("The note was signed by J. K. White.", "J. K. White"),
    ],
)
def test_initials_before_a_family_name_that_is_a_word(text, person):
    """Two initials before a listed family name that English also writes as a word: the
    surname, as after a given name (*Walter White*)."""
    assert _persons(text, "en") == [person]


def test_initials_before_a_common_noun_stay_no_person():
    assert _persons("The U. S. Army band played.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "The essay was read by Bill Quarnby at noon.",
        "Bill Quarnby read the essay.",
        "Short days.\n\t\t-- Bill Quarnby\n",
    ],
)
def test_a_given_name_of_the_stop_list_before_an_unknown_word(text):
    """*Bill* and *Don* are in English's general list of function words; before a
    capitalised word no list has a use for they are the given name."""
    assert _persons(text, "en") == ["Bill Quarnby"]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Báseň o stepi napsal A. P. Orel.", "cs", "A. P. Orel"),
        ("The poem was written by A. P. Orel.", "en", "A. P. Orel"),
    ],
)
def test_initials_before_a_surname_that_is_a_city(text, lang, person):
    """Initials abbreviate given names: before a word that is a city's name too, the three
    are a person, as a given name and a patronymic would be."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Noc byla dlouhá.\n\t\t-- Lendlová-Horáčková\n", ["Lendlová-Horáčková"]),
        ("Účinkují:\n- Horáčková\n- Brabcová\n", ["Horáčková", "Brabcová"]),
    ],
)
def test_a_womans_surname_alone_on_its_line(text, persons):
    """A Czech word in -ová that is no word of the language, alone on its line (a
    byline, a cast, a list): no sentence opens there, so its shape names her."""
    assert _persons(text, "cs") == persons


def test_an_adjective_alone_on_its_line_stays_no_person():
    assert _persons("Barvy:\n- Růžová\n- Modrá\n", "cs") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The preface was written by Tolwin Evans.", "Tolwin Evans"),
        ("A late essay by Oswick Huxley survives.", "Oswick Huxley"),
        ("Days pass.\n\t\t-- Tolwin Evans\n", "Tolwin Evans"),
    ],
)
def test_an_unlisted_word_before_a_listed_surname_in_english(text, person):
    """A word no list has a use for before a listed family name (or a name one source
    alone gives as a given name) that is no English word: the given name no list has."""
    assert _persons(text, "en") == [person]


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("The region is home to many Sunni Evans families.", "Sunni"),
        ("Leaders met Kurdish Evans supporters there.", "Kurdish"),
    ],
)
def test_an_adjective_of_origin_or_faith_is_no_given_name(text, adjective):
    """A capitalised adjective of origin or faith before a surname is no given name."""
    assert not any(p.startswith(adjective) for p in _persons(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The poem was written by Kahlil Tarvenor.",
        "Old roads.\n\t\t-- Kahlil Tarvenor\n",
    ],
)
def test_a_rare_given_name_before_a_word_no_list_has(text):
    """A given name one source lists, no English word, before a word no list has a use
    for: the surname, though the given name is rare."""
    assert _persons(text, "en") == ["Kahlil Tarvenor"]


def test_a_rare_given_name_before_a_known_word_stays_a_things_name():
    assert _persons("The Dow Jones rose again.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A sketch by Leonardo Da Vinci hangs in the hall.", "en"),
        ("Skicu nakreslil Leonardo Da Vinci.", "cs"),
    ],
)
def test_a_capitalised_particle_before_a_surname_that_is_a_firms_word(text, lang):
    """A particle written with a capital (*Da*, *De*) leads the surname as one in lower
    case does, though the surname is a firm's word too: a person's name, no firm's."""
    assert _persons(text, lang) == ["Leonardo Da Vinci"]


@pytest.mark.parametrize(
    "text",
    [
        "Dopis napsal Tarquino Machiavelli.",
        "Moc je krátká.\n\t\t-- Tarquino Machiavelli\n",
    ],
)
def test_an_unlisted_word_before_a_name_the_czech_dictionary_has(text):
    """A word no list has before a form the Czech dictionary has as a person's name and
    as nothing else: a given name no list has, then the surname."""
    assert _persons(text, "cs") == ["Tarquino Machiavelli"]


def test_a_rare_given_name_inside_a_longer_name_starts_no_name_of_its_own():
    """*Roosevelt* is a given name one source lists; inside a name of three words it
    starts no second name (*Edith Roosevelt Tarvenor* stays one, or is left whole to
    the rules of the whole line)."""
    persons = _persons("Spring.\n\t\t-- Edith Roosevelt Tarvenor\n", "en")
    assert "Roosevelt Tarvenor" not in persons
