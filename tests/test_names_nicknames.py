"""A nickname in quotation marks between a listed given name and a surname is part of
one person's name; a quoted name that opens a compound takes no article of its own
(names made up)."""

from name_helpers import persons as _persons


def test_a_quoted_nickname_inside_a_full_name_is_one_person():
    assert _persons("Das Spiel gewann Walter „Quirl“ Brandtner allein.") == [
        "Walter „Quirl“ Brandtner"
    ]
    assert _persons('The bank was robbed by George "Fingers" Quarrell.', "en") == [
        'George "Fingers" Quarrell'
    ]


def test_a_quoted_name_before_a_compound_leaves_the_given_name_a_person():
    text = (
        "Joel 'Quirl' Brandtner starb jung. Joel war 21. Dies ist die \"Joel 'Quirl' "
        'Brandtner"-Ausgabe.'
    )
    assert _persons(text) == ["Joel 'Quirl' Brandtner", "Joel"]


def test_a_quoted_word_after_a_given_name_before_a_noun_is_no_name():
    assert _persons("Sie nannte Anna „die Große“ nie so.") == ["Anna"]
