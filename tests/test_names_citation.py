"""A full name's given name in its citation form, as the given-name list spells it:
the accent of a Polish case ending is no accent of another name (Marię is Maria's
accusative, not Marie), and no form the list lacks is made up."""

from __future__ import annotations

import pytest

from glossary.build import build_entries
from glossary.detect import find_names
from glossary.givenform import _given_citation


def test_polish_preferred_full_name_has_the_nominative_given_name():
    beads = [
        (
            0,
            ["Minsk ließ u. a. die Oppositionspolitikerin Maria Kolesnikowa frei."],
            ["Mińsk uwolnił m.in. opozycjonistkę Marię Kalesnikawą."],
        )
    ]
    (entry,) = build_entries(beads, "de", "pl")
    assert entry.preferred["pl"] == "Maria Kalesnikawa"


@pytest.mark.parametrize(
    ("text", "lang", "given"),
    [
        ("Mińsk uwolnił opozycjonistkę Marię Kalesnikawą.", "pl", "Maria"),
        ("Rozmawiał z Zofią Nowak o wyborach.", "pl", "Zofia"),
        ("Rozmawiał z Ewą Kowalską o wyborach.", "pl", "Ewa"),
        ("Власти освободили Марию Колесникову.", "ru", "Мария"),
        ("Mluvil s Marií Novákovou o volbách.", "cs", "Marie"),
        # names in -й and -ия: their cases keep the -й (not Серге, Дмитри, Андре)
        ("Он встретился с Сергеем Цоем.", "ru", "Сергей"),
        ("Интервью с Дмитрием Песковым вышло вчера.", "ru", "Дмитрий"),
        ("Он говорил об Андрее Чикатило.", "ru", "Андрей"),
        ("Книга Андрія Ворона вийшла вчора.", "uk", "Андрій"),
        # a woman's -ія is no man's genitive a loose key finds (Юлій)
        ("Юлія Цімафеева выступіла ўчора.", "be", "Юлія"),
        # beside a man's surname in its nominative the given name is a nominative too,
        # not the genitive of a name a loose key finds (Микол: Mikal)
        ("Микола Азаров заявив, що уряд працює.", "uk", "Микола"),
        ("Президент зустрівся з Миколою Азаровим.", "uk", "Микола"),
        ("Никола Пашинин выступил вчера.", "ru", "Никола"),
        # a genitive beside a genitive stays one
        ("Книга Івана Петрова вийшла вчора.", "uk", "Іван"),
        ("Жена Ивана Вольского пришла.", "ru", "Иван"),
        # a soft stem a Latin name spells by key: its soft sign back, not Мигел
        ("Встреча с Мигелем Диасом-Канелем прошла.", "ru", "Мигель"),
    ],
)
def test_declined_given_name_is_read_in_its_nominative(text, lang, given):
    (mention,) = [m for m in find_names(text, lang) if m.kind == "person"]
    assert mention.given == given


@pytest.mark.parametrize(("word", "lang"), [("Zbrudę", "pl"), ("Кваксию", "ru"), ("Maria", "pl")])
def test_a_form_the_list_lacks_is_never_made_up(word, lang):
    assert _given_citation(word, lang) == word


@pytest.mark.parametrize(
    ("text", "lang", "lemma"),
    [
        ("Он встретился с президентом Касым-Жомартом Токаевым.", "ru", "Токаев"),
        ("Вчера он встретился с Токаевым.", "ru", "Токаев"),
    ],
)
def test_an_east_slavic_instrumental_surname_is_cited_without_its_ending(text, lang, lemma):
    """-ым ends only a man's instrumental of a surname in -ов, -ев, -ин: the surname is
    the stem, though no nominative is in the text and the given name beside it (a
    hyphenated one no list has) shows no case."""
    assert [m.lemma for m in find_names(text, lang) if m.kind == "person"] == [lemma]


def test_a_declined_country_before_a_full_name_is_no_part_of_it():
    text = "Również prezydent Kazachstanu Kasym-Żomart Tokajew oferował się jako mediator."
    (mention,) = [m for m in find_names(text, "pl") if m.kind == "person"]
    assert mention.surface == "Kasym-Żomart Tokajew"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Заява Петра Порошенка пролунала вчора.", "Порошенко"),
        ("Він зустрів Миколу Тищенка.", "Тищенко"),
        ("Зустріч з Тарасом Шевченком відбулася.", "Шевченко"),
        ("Він подякував Петрові Порошенку.", "Порошенко"),
        ("Указ Віктора Ющенка діє.", "Ющенко"),  # a stem of two letters before -енко
        ("Розмова з Робертом Прахазкою тривала годину.", "Прахазка"),
    ],
)
def test_a_ukrainian_surname_in_a_case_is_cited_in_its_nominative(text, lemma):
    """Ukrainian declines a man's -енко (Russian does not), and its instrumental -ою is an
    -а noun's: the citation form is the nominative, not a stem no one bears."""
    assert [m.lemma for m in find_names(text, "uk") if m.kind == "person"] == [lemma]


@pytest.mark.parametrize(
    ("text", "lang", "lemma"),
    [
        ("Книга Виктора Позднова вышла вчера.", "ru", "Позднов"),
        ("Указ Віктора Ющенка діє.", "uk", None),
    ],
)
def test_a_mans_genitive_given_name_is_no_womans_through_a_loose_key(text, lang, lemma):
    """Виктора is Виктор's genitive, a listed name; a loose key also meets a woman's
    Latin Viktora. The name is not made a woman's, nor her surname's form (Позднова)."""
    (mention,) = [m for m in find_names(text, lang) if m.kind == "person"]
    assert mention.gender != "f"
    assert lemma is None or mention.lemma == lemma


def test_a_polish_adjectival_case_of_a_foreign_name_reads_back_to_it():
    """*Kobachidzego* is the genitive of *Kobachidze*, *Iwaniszwilego* of *Iwaniszwili*
    (Polish writes -li, never -ly): no form the text never writes (*Kobachidz*,
    *Iwaniszwily*) among the entries' forms."""
    beads = [
        (
            0,
            ["Ministerpräsident Irakli Kobachidse wies die Vorwürfe zurück."],
            ["Premier Irakli Kobachidze odrzucił zarzuty."],
        ),
        (1, ["Kobachidses Sprecher schwieg."], ["Rzecznik Kobachidzego milczał."]),
        (
            2,
            ["Die Partei des Milliardärs Bidsina Iwanischwili siegte."],
            ["Partia miliardera Bidziny Iwaniszwilego wygrała."],
        ),
    ]
    entries = [e for e in build_entries(beads, "de", "pl") if e.type == "person"]
    lemmas = {lemma for e in entries for lemma in e.lemmas("pl")}
    assert {"Kobachidze", "Iwaniszwili"} <= lemmas
    assert not lemmas & {"Kobachidz", "Iwaniszwily"}


def test_a_known_name_alone_before_its_verb_gives_the_gender():
    """*Melia zapowiedział*: the surname alone, known from the full name, is the verb's
    subject, and the verb says a man, whatever the lists say of *Nika*."""
    beads = [
        (
            0,
            ["Auch Nika Melia, einer der Anführer, sprach von einer gestohlenen Wahl."],
            ["Również Nika Melia, jeden z liderów, mówił o skradzionych wyborach."],
        ),
        (
            1,
            ["Melia kündigte an, das Ergebnis nicht anzuerkennen."],
            ["Melia zapowiedział, że nie uzna wyniku."],
        ),
    ]
    (entry,) = [e for e in build_entries(beads, "de", "pl") if e.type == "person"]
    assert entry.gender == "m"
