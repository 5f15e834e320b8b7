"""English abbreviations of ranks and offices before a name, from nameparser's
vocabulary (``glossary/data/rank_lists.py``), not typed by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from glossary.lexicon import english_ranks
from glossary.text import text_mentions

DATA = Path(__file__).resolve().parent.parent / "glossary" / "data"


def _persons(text: str) -> list[str]:
    return [m.surface for m in text_mentions(text, "en") if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The motion was tabled by Cllr. Quenby on Monday.", "Quenby"),
        ("Mass was said by Fr. Ostlethwaite at noon.", "Ostlethwaite"),
        ("The order came from Pvt. Harrowgate himself.", "Harrowgate"),
        ("Bp. Wrexford blessed the new bells.", "Wrexford"),
    ],
)
def test_a_rank_or_office_the_vocabulary_abbreviates_titles_the_name(text, person):
    assert _persons(text) == [person]


def _rank_lists():
    sys.path.insert(0, str(DATA))
    try:
        import rank_lists
    finally:
        sys.path.remove(str(DATA))
    return rank_lists


@pytest.mark.parametrize(
    ("short", "word", "expected"),
    [
        ("capt", "captain", True),
        ("cpt", "captain", True),
        ("sgt", "sergeant", True),
        ("gen", "general", True),
        ("st", "saint", True),
        ("mister", "mr", False),  # longer than the word: a synonym, not an abbreviation
        ("col", "officer", False),  # another first letter
        ("cpl", "clap", False),  # letters out of the word's order
    ],
)
def test_an_abbreviation_shortens_one_word(short, word, expected):
    assert _rank_lists().shortens(short, word) is expected


def test_the_list_is_made_from_the_vocabularys_readings(tmp_path):
    (tmp_path / "en.toml").write_text(
        '[[word]]\ntext = "col"\nmilitary = { same_as = "colonel" }\n'
        '[[word]]\ntext = "st"\nreligious = { same_as = "Saint, abbreviated" }\n'
        '[[word]]\ntext = "mister"\nsalutation = { same_as = "mr" }\n'
        '[[word]]\ntext = "ltc"\nmilitary = { same_as = "Lieutenant Colonel" }\n'
        '[[word]]\ntext = "pres"\noffice = { same_as = "president" }\n',
        encoding="utf-8",
    )
    (tmp_path / "mul.toml").write_text(
        '[[word]]\ntext = "prof"\nacademic = { same_as = "Professor, abbreviated" }\n',
        encoding="utf-8",
    )
    assert _rank_lists().english_ranks(tmp_path) == ["col.", "pres.", "prof."]


def test_the_shipped_list_holds_ranks_with_their_stop_and_no_place_word():
    ranks = english_ranks()
    assert {"col.", "gen.", "rev.", "sgt.", "prof."} <= ranks
    assert "st." not in ranks and all(r.endswith(".") for r in ranks)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Expedition leitete Capt. Ormsworth aus Leeds."),
        ("fr", "L'expédition était dirigée par le Capt. Ormsworth."),
    ],
)
def test_an_english_rank_quoted_in_another_language_titles_the_name(lang, text):
    """Other Latin-script languages quote English ranks as they quote *Mrs.* and *Miss*."""
    assert [m.surface for m in text_mentions(text, lang) if m.kind == "person"] == ["Ormsworth"]
