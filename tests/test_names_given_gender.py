"""A given name the sources list under both genders takes the gender most of them, or
the text language's own, give it (given_genders.tsv)."""

from __future__ import annotations

import pytest

from glossary.build import text_entries
from glossary.namelists import given_gender


def _persons(text: str, lang: str) -> dict[str, str | None]:
    return {e.canonical: e.gender for e in text_entries(text, lang) if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Christian Sewing sprach.", "Christian Sewing", "m"),
        ("Gestern lachte Jan Böhmermann.", "Jan Böhmermann", "m"),
        ("Lena Hofbauer kam spät.", "Lena Hofbauer", "f"),
        ("Gestern kam Emma Schulz.", "Emma Schulz", "f"),
    ],
)
def test_a_name_most_sources_give_one_gender_has_it(text: str, name: str, gender: str):
    assert _persons(text, "de") == {name: gender}


def test_a_name_whose_gender_differs_by_language_takes_the_texts():
    assert _persons("Gestern kam Toni Schmidt.", "de") == {"Toni Schmidt": "m"}
    assert _persons("Yesterday Toni Schmidt came.", "en") == {"Toni Schmidt": "f"}
    assert given_gender("Toni") == "mf"  # no majority without a language
    assert given_gender("Luca", "de") == "m" and given_gender("Luca", "hu") == "f"


def test_a_mixed_name_stays_without_a_gender():
    assert _persons("Gestern kam Kim Schmidt.", "de") == {"Kim Schmidt": None}
    # most sources give Andrea to women, but a Swiss list to men as well
    assert _persons("Gestern kam Andrea Schmidt.", "de") == {"Andrea Schmidt": None}
    assert _persons("Yesterday Andrea Schmidt came.", "en") == {"Andrea Schmidt": "f"}


def test_a_man_and_a_woman_of_one_surname_stay_two_entries():
    found = _persons("Gestern kamen Christian Meier und Emma Meier.", "de")
    assert found == {"Christian Meier": "m", "Emma Meier": "f"}


def test_a_name_of_one_gender_is_left_as_listed():
    assert given_gender("Wolfgang", "de") == "m" and given_gender("Wolfgang") == "m"
    assert given_gender("Ursula", "en") == "f"
    assert given_gender("Atlantis") is None


def test_a_name_given_to_women_too_starts_no_second_name():
    """*Hayat Ali Shah*: Ali, a man's name by majority, is listed for women too, so it
    does not start another person's name after a woman's (the two Shahs stay apart)."""
    text = (
        "Sur la demande de l'officier de liaison, le capitaine Quain Ali Shah, il fallut "
        "refaire toutes les charges. Elles restèrent sous la garde de l'étudiant Hayat Ali Shah."
    )
    assert set(_persons(text, "fr")) == {"Ali Shah", "Hayat Ali Shah"}
