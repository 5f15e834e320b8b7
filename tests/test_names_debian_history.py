"""Persons in German prose about software: products, releases and compounds that are
no one's name (rules found on a project history of a free software distribution)."""

from glossary.text import text_mentions


def _persons(text: str) -> list[str]:
    return [m.surface for m in text_mentions(text + "\n", "de") if m.kind == "person"]


def test_compound_with_an_abbreviation_is_no_person():
    text = "Der Verlag brachte im Herbst zwölf Hörbuch-CDs heraus, die Lena Vogtmann gelesen hat."
    assert _persons(text) == ["Lena Vogtmann"]


def test_word_glued_to_a_number_is_no_person():
    text = "Sie installierte Quarnel32 und danach noch Ortwin Kessler einen Drucker."
    assert _persons(text) == ["Ortwin Kessler"]
