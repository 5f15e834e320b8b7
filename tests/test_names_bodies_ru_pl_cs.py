"""Persons in the bodies of jokes and anecdotes in Russian, Polish and Czech: lines of
dialogue, a sentence's first word that only ends like a surname, nouns of an
inhabitant. Every sentence here is made up for the test; each case is a shape of the
language, not a line of the collections read for it."""

from __future__ import annotations

import pytest

from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[str]:
    return [m.surface for m in text_mentions(text, lang) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Увидев кошку, девочка засмеялась.", "ru", "Увидев"),
        ("- Каков итог нашей работы?", "ru", "Каков"),
        ("- Домов отдыха тут нет, есть только гостиница.", "ru", "Домов"),
        ("Krew płynie mu z nosa.", "pl", "Krew"),
        ("Domov čeká na každého z nás.", "cs", "Domov"),
    ],
)
def test_a_word_that_only_ends_like_a_surname_opens_no_name(text, lang, word):
    """A gerund, a short adjective, a plural genitive or a noun of the language in
    -ов, -ев, -ew, -ov at a sentence's start, that no list of names has: no subject."""
    assert word not in _persons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Волков пишет письмо.", "ru", "Волков"),
        ("Быков едет домой.", "ru", "Быков"),
    ],
)
def test_a_surname_that_is_a_word_too_still_opens_a_name(text, lang, person):
    """*Волков*, *Быков* are plural genitives too, but the lists of surnames have them."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("- Idziemy już do domu - mówi Bożenka.", "pl", "Bożenka"),
        ("- Kto tam stoi? - pyta Zdzisio.", "pl", "Zdzisio"),
        ("- Nie mam pojęcia - odpowiada Grzesiek.", "pl", "Grzesiek"),
    ],
)
def test_the_speaker_after_the_dash_that_closes_a_line_of_dialogue(text, lang, person):
    """A line opened by a dash, whose speech ends at a dash before the verb with no
    comma, as Polish jokes set it: the word after the verb is the speaker."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("- Uciekajmy stąd! - wrzasnęli Górale.", "pl", "Górale"),
        ("Bożenka poszła spać - o Boże, jak późno.", "pl", "Boże"),
    ],
)
def test_no_speaker_after_a_plural_verb_nor_a_function_word(text, lang, word):
    """A plural past verb has no one's name as its subject; a line that opens with no
    dash is no dialogue, and *o* no verb."""
    assert word not in _persons(text, lang)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Przy barze siedzi Amerykanin i pije piwo.", "Amerykanin"),
        ("- Nie wiem - odpowiada Kanadyjczyk.", "Kanadyjczyk"),
        ("Na scenę wchodzi Rosjanka w futrze.", "Rosjanka"),
        ("Diabeł wezwał Meksykanina do siebie.", "Meksykanina"),
    ],
)
def test_a_polish_noun_of_an_inhabitant_is_no_name(text, word):
    """Polish capitalises nouns of an inhabitant or a nation (*-anin*, *-anka*, *-czyk*
    beside an adjective in *-ski*): a joke's *Amerykanin* is no one's name."""
    assert word not in _persons(text, "pl")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Wczoraj przyszła do nas pani Maślanka.", "Maślanka"),
        ("- Nie wiem - odpowiada Kowalczyk.", "Kowalczyk"),
    ],
)
def test_surnames_of_the_same_endings_stay_names(text, person):
    """*Maślanka* is a listed surname, *Kowalczyk*'s stem makes no adjective of a
    nation: both stay persons."""
    assert person in _persons(text, "pl")


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Včera Bronšlágr přesunul skříň do sklepa.", "cs", "Bronšlágr"),
        ("Wczoraj Bzdręga przesunął szafę do piwnicy.", "pl", "Bzdręga"),
    ],
)
def test_after_an_adverb_put_first_the_subject_of_a_past_verb(text, lang, person):
    """A word the language has no use for between the sentence's first word, an adverb
    (no preposition), and a past verb in the singular: the clause's subject."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("V Praze Vltava stoupla o metr.", "cs", "Vltava"),
        ("Nad Bzdręgą Wilga wylała na łąki.", "pl", "Wilga"),
        ("Bramkarz Grodziska obronił karnego.", "pl", "Grodziska"),
        ("Замок Калкреух стал музеем.", "ru", "Калкреух"),
    ],
)
def test_no_subject_after_a_preposition_or_a_noun(text, lang, word):
    """After a preposition put first the capitalised word is a place's case, after a
    noun its genitive or its name."""
    assert word not in _persons(text, lang)
