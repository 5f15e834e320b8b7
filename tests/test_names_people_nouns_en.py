"""English nouns of a people, a place or a faith (WordNet: *Arab*, *Berliner*,
*Cherokee*) are no surname alone, though a family list holds some of them."""

from functools import partial

from name_helpers import persons

from glossary.lexicon import english_people_nouns

_persons = partial(persons, lang="en")


def test_a_peoples_noun_alone_is_no_person():
    assert _persons('They walked down the "Arab street" at night, said Petra Holzner.') == [
        "Petra Holzner"
    ]


def test_a_title_or_a_given_name_keeps_the_surname():
    assert _persons("Mr. Arab said hello to Sarah Arab.") == ["Arab", "Sarah Arab"]


def test_given_names_are_not_among_the_nouns():
    nouns = english_people_nouns()
    assert "Berliner" in nouns and "Cherokee" in nouns
    assert "Christian" not in nouns and "Frank" not in nouns
