"""English prose of quotations and jokes: the persons of the body text, not the
capitalised words around them."""

from __future__ import annotations

import pytest

from glossary.text import text_mentions


def _persons(text: str) -> list[str]:
    return [m.surface for m in text_mentions(text, "en") if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("At the dinner, one Maj. Hollister raised his glass.", "Hollister"),
        ("The letter was signed by Capt. Ormsby and nobody else.", "Ormsby"),
        ("Nobody laughed when Prof. Quarrington dropped the chalk.", "Quarrington"),
    ],
)
def test_an_abbreviated_rank_is_the_title_of_the_name_after_it(text, person):
    assert _persons(text) == [person]


def test_an_abbreviated_rank_is_no_person_and_gen_z_no_title():
    assert _persons("He said the Gen Z crowd would not vote.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The office stays shut from 9am Jan 4 until Feb 2.",
        "Bills went out on Jan 14 as usual.",
        "We leave on Jan 2nd and come back late.",
    ],
)
def test_a_shortened_month_before_its_day_is_no_person(text):
    assert _persons(text) == []


def test_a_given_name_that_shortens_a_month_stays_a_person():
    assert _persons("Yesterday Jan laughed at the whole plan.") == ["Jan"]


@pytest.mark.parametrize(
    "text",
    [
        "Cows may not graze on the lawn in Ames, Iowa.",
        "No kite may fly on Sundays in Davenport, Iowa, they say.",
    ],
)
def test_the_state_after_a_city_and_a_comma_is_a_place(text):
    kinds = {m.surface: m.kind for m in text_mentions(text, "en")}
    assert "person" not in kinds.values()


def test_a_listed_name_after_a_city_and_a_comma_stays_a_person():
    assert _persons("Prices rose in Leeds, Smith said.") == ["Smith"]


@pytest.mark.parametrize(
    "text",
    [
        "Poetry, like Arithmetic, should not be done in public.",
        "Oh, bright Summertime, when the roads are dusty.",
    ],
)
def test_a_bare_comma_before_a_word_that_is_no_verb_of_saying_attributes_nothing(text):
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Prices will rise again, grumbled Hollister.", "Hollister"),
        ('"Not today," sighs Hollister.', "Hollister"),
    ],
)
def test_a_verb_of_saying_after_a_comma_still_attributes(text, person):
    assert _persons(text) == [person]


def test_a_word_after_a_common_nouns_genitive_names_a_thing():
    assert _persons("They kissed at midnight on New Year's Eve, as planned.") == []
