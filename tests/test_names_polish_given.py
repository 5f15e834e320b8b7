"""Polish given names the general lists lack, diminutives above all (*Kasia*, *Józek*),
from Morfeusz's SGJP dictionary (``glossary/data/polish_given_lists.py``)."""

from __future__ import annotations

from glossary.listfiles import fold
from glossary.namelists import given_gender, given_names
from glossary.text import text_mentions


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.gender) for m in text_mentions(text, "pl") if m.kind == "person"]


def test_diminutives_in_their_cases_are_persons_of_their_gender():
    assert _persons("Rozmawiałem wczoraj z Kasią i Józkiem o pogodzie.") == [
        ("Kasią", "f"),
        ("Józkiem", "m"),
    ]


def test_the_polish_names_hold_in_polish_only():
    assert {fold(n) for n in ("Kasia", "Józek", "Małgosia")} <= set(given_names("pl"))
    assert given_gender("Kasia", "pl") == "f"
    assert given_gender("Kasia", "de") is None  # German text has no use for them


def test_a_name_that_is_also_a_country_or_a_word_is_left_out():
    polish = given_names("pl")
    assert "kuba" not in polish  # Kuba: Cuba too
    assert fold("Róża") not in polish  # a rose too


def test_a_polish_name_is_no_case_form_of_a_far_city():
    """*Kasia* would be a case of *Kasi* (Varanasi's other name) and *Basia* of *Basi*:
    a name the dictionary reads as nothing else is the person's."""
    assert _persons("- Chodźmy - mówi Kasia.") == [("Kasia", None)]
    assert _persons("Wczoraj Kasia kupiła nowy rower.") == [("Kasia", "f")]
