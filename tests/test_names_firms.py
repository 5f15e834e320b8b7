"""A word of a firm's or brand's name alone names the firm, not a person."""

from __future__ import annotations

from glossary.detect import find_names
from glossary.lexicon import is_firm_word


def _persons(text: str) -> list[str]:
    return [m.surface for m in find_names(text, "de") if m.kind == "person"]


def test_firm_list_holds_brands_but_not_family_or_common_given_names():
    assert is_firm_word("Boeing") and is_firm_word("Nvidia")
    assert not is_firm_word("Ford")  # a family name of the lists: Harrison Ford
    assert not is_firm_word("Martin")  # Lockheed Martin, but a given name everywhere


def test_a_brand_alone_is_no_person():
    assert _persons("Im dritten Quartal lieferte Boeing weniger Flugzeuge aus als geplant.") == []
    assert _persons("Nvidia meldete am Mittwoch einen höheren Umsatz.") == []


def test_a_role_noun_before_a_brand_names_a_firm():
    assert _persons("Der Chiphersteller Nvidia hat neue Karten vorgestellt.") == []


def test_an_honorific_or_a_given_name_keeps_the_person():
    assert _persons("Am Abend sprach Herr Porsche lange mit den Gästen.") == ["Porsche"]
    assert _persons("Am Abend sprach Ferdinand Porsche lange mit den Gästen.") == [
        "Ferdinand Porsche"
    ]


def test_a_name_begun_by_a_brand_word_is_a_firm_or_product():
    assert _persons("Am Freitag legte Red Bull neue Zahlen vor.") == []
    assert _persons("Den Index berechnet Dow Jones seit Jahren.") == []


def test_a_word_right_after_a_brand_names_a_product():
    assert _persons("Im Test fuhr der neue Opel Astra sparsam.") == []


def test_a_brand_word_as_a_surname_keeps_the_person():
    assert _persons("Im Film spielte Sean Penn einen Anwalt.") == ["Sean Penn"]


def test_a_firm_with_its_legal_form_or_a_listed_firm_alone_is_an_organisation():
    """*Audi AG*, *Google Inc.* (the stop after Inc., which the list writes with one),
    *Nvidia*: entries of type organisation, apart from a person of the same name
    (*Ferdinand Porsche* beside the *Porsche AG*); *Ei* is a German noun and no
    legal form, and *Bahn* a word German uses for itself, no firm."""
    from glossary.build import text_entries

    text = (
        "Die Audi AG und Google Inc. arbeiten zusammen, Nvidia auch.\n"
        "Ferdinand Porsche gründete die Porsche AG.\n"
        "Er fing das Lederne Ei und fuhr mit der Bahn heim.\n"
    )
    entries = text_entries(text, "de")
    firms = sorted(f for e in entries if e.type == "organisation" for f in e.forms())
    assert firms == ["Audi AG", "Google Inc.", "Nvidia", "Porsche AG"]
    persons = [e for e in entries if e.type == "person"]
    assert [e.canonical for e in persons] == ["Ferdinand Porsche"]


def test_a_firm_after_bei_is_the_firm_not_a_place():
    """*bei Porsche*, *bei Nvidia* (at the firm): an organisation, where *in Stuttgart*
    stays a place; after *in* a listed firm's word is a place's as often (*in Texas*)."""
    found = [(m.surface, m.kind) for m in find_names("Er arbeitet bei Porsche in Stuttgart.", "de")]
    assert found == [("Porsche", "organisation"), ("Stuttgart", "place")]
    assert [m.kind for m in find_names("He has lived in Texas for years.", "en")] == ["place"]
