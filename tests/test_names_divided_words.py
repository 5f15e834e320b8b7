"""A word divided at a line's end (typeset text, man pages) is one word to the name rules;
a hyphen before a conjunction suspends a compound's part and divides nothing (names made
up)."""

from glossary.build import side_mentions
from glossary.text import one_space_wraps, text_mentions


def _persons(text: str) -> list[str]:
    return [m.surface for m in text_mentions(text, "de") if m.kind == "person"]


def test_a_surname_divided_at_a_lines_end_is_whole():
    text = "Die Übersetzung stammt von Helge Brandt‐\n       hauser und Mario Quellen-\n   mann.\n"
    assert _persons(text) == ["Helge Brandthauser", "Mario Quellenmann"]
    found = [m for m in text_mentions(text, "de") if m.kind == "person"]
    assert text[found[0].start : found[0].end] == "Helge Brandt‐\n       hauser"


def test_a_divided_surname_in_a_bead_is_whole():
    beads = [(0, ["Übersetzt von Helge Brandt-\nhauser."], ["Translated by Helge Brandthauser."])]
    persons = [(s, m.surface) for _, s, m in side_mentions(beads, "de", "en") if m.kind == "person"]
    assert persons == [("src", "Helge Brandthauser"), ("tgt", "Helge Brandthauser")]


def test_a_suspended_hyphen_and_a_compound_keep_their_hyphens():
    text = "Für Zeitnahme-\n  und Tempotests half das Debian-\nProjekt."
    assert one_space_wraps(text) == "Für Zeitnahme- und Tempotests half das Debian-Projekt."
