"""Kinds of news the earlier trials had not met: military ranks written as titles, a
firm's owner named with a possessive, and the like, in the languages bitext reads
beside German."""

from __future__ import annotations

import pytest

from glossary.detect import find_names
from glossary.inflect import lemmas
from glossary.lexicon import english_storm_nouns
from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[str]:
    return [m.surface for m in find_names(text, lang) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("General Oleksandr Syrskyi said on Tuesday.", ["Oleksandr Syrskyi"]),
        ("Yesterday General Mark Milley said so.", ["Mark Milley"]),
        ("He flew to General Santos yesterday.", []),  # a city: no given name after
    ],
)
def test_an_english_rank_before_a_full_name_leads_no_place(text, persons):
    """*General* begins places' names too (*General Santos*), but a noun of a person
    capitalised as a title before a given name and a surname is the person's rank."""
    assert _persons(text, "en") == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Warren Buffett's Berkshire Hathaway reported record cash.", ["Warren Buffett's"]),
        ("Yesterday Elon Musk's SpaceX launched a rocket.", ["Elon Musk's"]),
        ("The Lee Strasberg Theatre opened.", []),
    ],
)
def test_an_english_possessive_ends_the_owners_name(text, persons):
    """What follows an English possessive is what the person owns, a firm's name as
    often as not; the name ends at the *'s* (a thing named after a person, *Lee
    Strasberg Theatre*, has no possessive)."""
    assert _persons(text, "en") == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("L'écrivain Kamel Daoud a reçu le prix Goncourt.", ["Kamel Daoud"]),
        ("L'écrivain Daoud a reçu le prix.", ["Daoud"]),
        ("L'entraîneur Kompany a parlé.", ["Kompany"]),
        ("L'Oréal a publié ses résultats.", []),
    ],
)
def test_a_french_elided_article_at_a_sentences_start_is_no_name_word(text, persons):
    """At a sentence's start French writes *L'* with a capital before a noun in lower case:
    the pair is the sentence's first word, no part of the name after it, and the noun of a
    person in it names the word after it as in lower case (*l'entraîneur Kompany*)."""
    assert _persons(text, "fr") == persons


def test_a_nominative_given_name_before_a_surnames_case_form_is_no_full_name():
    """*Роман Жадана* is Zhadan's novel: the names of one person agree in case, and the
    Ukrainian dictionary tags *Жадана* and *Жадан* both as a surname's forms, so the
    surname stands in another case than *Роман*; a man's surname in -а written so in
    its nominative (*Кулеба*, no *Кулеб*) stays with the given name."""
    assert _persons("Роман Жадана отримав премію.", "uk") == []
    text = "Сергій Жадан написав роман. Роман Жадана отримав премію."
    assert _persons(text, "uk") == ["Сергій Жадан"]
    assert _persons("Роман Коваля вийшов друком.", "uk") == []
    assert _persons("Дмитро Кулеба заявив.", "uk") == ["Дмитро Кулеба"]
    assert _persons("Роман Шевчук заявив.", "uk") == ["Роман Шевчук"]


def test_english_nouns_of_storms_come_from_wordnet():
    """WordNet's *storm, violent storm* and the synsets below it (``wordnet_lists.py``)."""
    storms = english_storm_nouns()
    assert {"storm", "hurricane", "typhoon", "cyclone", "blizzard"} <= storms
    assert "rain" not in storms and "wind" not in storms


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("The Met Office issued a warning as Storm Bert approached.", []),
        ("Hurricane Milton hit the coast on Wednesday.", []),
        ("Tropical Storm Helene strengthened overnight.", []),
        ("Actress Storm Reid starred in the film.", ["Storm Reid"]),  # a family name after
        ("Milton Friedman wrote it.", ["Milton Friedman"]),
    ],
)
def test_a_given_name_after_an_english_noun_of_a_storm_names_the_storm(text, persons):
    """English names storms by given names and capitalises the noun before them: *Storm
    Bert*, *Hurricane Milton* are weather systems, no persons."""
    assert _persons(text, "en") == persons


def test_a_womans_given_name_in_a_case_makes_no_mans_surname_of_her_own_key():
    """*Книга Людмилы Улицкой*: *Людмилы* reads back to *Людмила*, a woman's name, so the
    surname's man's reading that her own mention made known (*Улицка*, whose key
    *Улицкая* shares) is none; *Віталія Кличка* after *Кличко вимагав* is still the man."""
    found = [(m.lemma, m.gender) for m in text_mentions("Книга Людмилы Улицкой вышла.", "ru")]
    assert found == [("Улицкая", "f")]
    text = "Кличко вимагав. Заява Віталія Кличка."
    found = [(m.lemma, m.gender) for m in text_mentions(text, "uk") if m.full]
    assert found == [("Кличко", "m")]


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        ("Michał Sutkowski, prezes Warszawskich Lekarzy, zaapelował.", "pl", ["Michał Sutkowski"]),
        ("Mówi Paweł Biedziak, rzecznik Komendy Głównej.", "pl", ["Paweł Biedziak"]),
        ("„To trudne”, powiedział Sutkowski.", "pl", ["Sutkowski"]),
    ],
)
def test_a_noun_of_a_person_after_a_comma_is_no_verb_of_saying(text, lang, persons):
    """*…, sagte X,* names a speaker; *…, prezes Warszawskich Lekarzy,* is an apposition
    whose head is a noun of a person (the language's list of animate nouns), and the
    capitalised words after it a body's name."""
    assert _persons(text, lang) == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Sutkowski, prezes Polskiej Akademii Nauk, zaapelował.", ["Sutkowski"]),
        ("Spotkał się premier Indii Narendra Modi.", ["Narendra Modi"]),
        (
            "Przewodniczący Naczelnej Rady Lekarskiej Łukasz Jankowski zabrał głos.",
            ["Łukasz Jankowski"],
        ),
        ("Jan Maria Rokita powiedział.", ["Jan Maria Rokita"]),
    ],
)
def test_a_bodys_name_after_a_noun_of_a_person_is_no_persons(text, persons):
    """After *prezes Polskiej* (a noun of a person and a place's case form, the country a
    person serves) a word Polish writes in lower case goes on the body's name; a
    woman's given name that a man's given name follows in one run (*Rady … Łukasz*:
    the council's, then the man) begins no name."""
    assert _persons(text, "pl") == persons


def test_a_title_after_an_article_leaves_the_name_a_persons_elsewhere():
    """French writes an article before a title (*le Dr Patrick Pelloux*): the name after
    the title is a person's, and the surname alone later in the text too, where a
    name right after an article is a thing's (*der Nanga Parbat*)."""
    text = "Le Dr Patrick Pelloux, urgentiste, s'inquiète. Pelloux appelle le gouvernement."
    assert [m.surface for m in text_mentions(text, "fr")] == ["Patrick Pelloux", "Pelloux"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("La tempête a balayé la Bretagne, selon Météo-France.", []),
        ("Hier, selon Radio-Canada, le vote est serré.", []),
        ("Hier, selon Mendès-France, rien ne change.", ["Mendès-France"]),
        ("Hier, selon Beccuau, l'enquête se poursuit.", ["Beccuau"]),
    ],
)
def test_a_common_word_hyphened_to_a_place_names_a_body(text, persons):
    """*Météo-France*, *Radio-Canada*: a word the language writes in lower case and a
    place's name, hyphened, name a body or a paper, no source person; *Mendès-France*
    has no common word."""
    assert _persons(text, "fr") == persons


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        ("Sutkowski, prezes Polskiej Akademii Nauk, zaapelował.", "pl", ["Sutkowski"]),
        ("Умєров, міністр оборони, прибув до Брюсселя.", "uk", ["Умєров"]),
        ("Řehka, náčelník generálního štábu, varoval.", "cs", ["Řehka"]),
        ("Семья жила в Дубно, сын приезжал туда.", "ru", []),  # after a preposition
    ],
)
def test_a_slavic_noun_of_a_person_heads_an_apposition_after_a_subject(text, lang, persons):
    """Slavic news puts a noun of a person in the nominative right after a comma and a
    name that opens the sentence: the name is a person's. After a preposition the word
    is in another case, and the noun begins a clause of its own."""
    assert _persons(text, lang) == persons


def test_a_storms_name_alone_later_in_the_text_is_the_storm():
    """Once the text names a storm (*Hurricane Rita*), the name alone later is the storm's
    too (*Rita packed winds*), as a word written after an article is a thing's all
    along; a full name of another person stays one."""
    text = (
        "Prices rose as Hurricane Rita threatened the Gulf. "
        "After brushing the Florida Keys, Rita packed winds of 240 kilometers an hour."
    )
    assert [m.surface for m in text_mentions(text, "en") if m.kind == "person"] == []
    text = "Storm Bert approached. Bert Kreischer, a comedian, stayed home."
    assert [m.surface for m in text_mentions(text, "en")] == ["Bert Kreischer"]


def test_a_belarusian_adjectival_surname_in_a_case_reads_back_to_its_nominative():
    """Belarusian writes the Russian -ого, -ому of a man's adjectival surname -ага, -аму
    (*Сырскага*, *Каліноўскаму*): read back to -кі, -гі, -хі after a velar and -ы
    elsewhere, so the surname alone is the man the text names in full."""
    assert lemmas("Сырскага", "be")[1] == "Сырскі"
    assert lemmas("Белага", "be")[1] == "Белы"
    text = "Аляксандр Сырскі заявіў. Паводле Сырскага, страты растуць."
    found = [(m.surface, m.lemma) for m in text_mentions(text, "be")]
    assert found == [("Аляксандр Сырскі", "Сырскі"), ("Сырскага", "Сырскі")]
