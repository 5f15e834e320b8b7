"""Kinds of text a twelfth round of trials met: concert and opera programmes, wine and
food pages, museum labels, wedding and death notices, mountaineering and space flight,
in the languages bitext reads. Each case is a general shape of the language (a case
ending, a compound given name, a couple's honorifics), not a page."""

from __future__ import annotations

import pytest

from glossary.build import text_entries
from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (m.surface, m.lemma, m.given, m.gender)
        for m in text_mentions(text, lang)
        if m.kind == "person"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Концерт Соломії Крушельницької.",
            "uk",
            ("Соломії Крушельницької", "Крушельницька", "Соломія", "f"),
        ),
        (
            "Пам'ятник Соломії Крушельницькій.",
            "uk",
            ("Соломії Крушельницькій", "Крушельницька", "Соломія", "f"),
        ),
        (
            "Выступ Марыны Васілеўскай.",
            "be",
            ("Марыны Васілеўскай", "Васілеўская", "Марына", "f"),
        ),
    ],
)
def test_a_womans_adjectival_surname_in_a_case(text, lang, person):
    """Ukrainian -ської, -ській and Belarusian -скай are a woman's surname in a case,
    cited in -ська, -ская: no man, whatever the given name reads as."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Партыю выканала Аксана Волкава.",
            "be",
            ("Аксана Волкава", "Волкава", "Аксана", "f"),
        ),
        (
            "Касманаўтка Марына Васілеўская вярнулася.",
            "be",
            ("Марына Васілеўская", "Васілеўская", "Марына", "f"),
        ),
    ],
)
def test_a_womans_given_name_keeps_its_a(text, lang, person):
    """A woman's given name in -а is cited so, not as a man's stem a loose key reads
    (*Аксан*, *Марын*)."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Byla zahájena výstava obrazů Františka Kupky.",
            "cs",
            ("Františka Kupky", "Kupka", "František", "m"),
        ),
        (
            "Pokazuje listy Mieczysława Karłowicza, kompozytora.",
            "pl",
            ("Mieczysława Karłowicza", "Karłowicz", "Mieczysław", "m"),
        ),
    ],
)
def test_a_mans_name_in_the_genitive(text, lang, person):
    """A given name in -a before a surname in a noun's genitive (-y, or -a after a man's
    name the dictionary declines) is a man's genitive: a woman of that given name would
    be *Kupková*, *Karłowicz*."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Hraje Jana Nováková.", "cs", ("Jana Nováková", "Nováková", "Jana", "f")),
        ("Wystawę otworzyła Anna Kukuczka.", "pl", ("Anna Kukuczka", "Kukuczka", "Anna", "f")),
    ],
)
def test_a_womans_nominative_stays_hers(text, lang, person):
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    "text",
    ["Nazwano jego imieniem szkołę w Wołowie.", "Mieszka w Lipinkach."],
)
def test_a_polish_towns_locative_is_no_person(text):
    """After *w*, -owie (the locative of a town in -ów) and a plural's -ach are a place's."""
    assert _persons(text, "pl") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "La récolte est jugée bonne par Jean-Charles Cazes, propriétaire du château.",
            ("Jean-Charles Cazes", "Cazes", "Jean-Charles", "m"),
        ),
        (
            "Jean-Charles Cazes est propriétaire.",
            ("Jean-Charles Cazes", "Cazes", "Jean-Charles", "m"),
        ),
    ],
)
def test_a_compound_given_name_is_as_wide_as_its_parts(text, person):
    """A hyphened given name of two common given names counts as common, though few lists
    hold it whole: its surname needs no list."""
    assert _persons(text, "fr") == [person]


def test_french_de_before_a_whole_name_is_by():
    """*de* before a given name and a surname is the preposition (by), no particle."""
    found = _persons("la Passion selon saint Matthieu de Jean-Sébastien Bach.", "fr")
    assert [p[0] for p in found] == ["Jean-Sébastien Bach"]
    assert _persons("Charles de Gaulle est parti.", "fr")[0][0] == "Charles de Gaulle"


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Charlotte, daughter of Dr and Mrs Andrew Blake of Bath.",
            "en",
            ("Andrew Blake", "Blake", "Andrew", "m"),
        ),
        (
            "M. et Mme Julien Roussel ont le plaisir de vous annoncer.",
            "fr",
            ("Julien Roussel", "Roussel", "Julien", "m"),
        ),
    ],
)
def test_a_couples_honorifics_show_no_gender(text, lang, person):
    """*Mr and Mrs Richard Ellison*: the couple by the husband's name, so the second
    honorific is not his gender; the given name is."""
    assert person in _persons(text, lang)


def test_a_couple_joined_by_an_ampersand():
    assert _persons("Mr & Mrs Richard Ellison came.", "en") == [
        ("Richard Ellison", "Ellison", "Richard", "m")
    ]


def test_mrs_alone_still_shows_a_woman():
    assert _persons("Mrs Sarah Blake came.", "en") == [("Sarah Blake", "Blake", "Sarah", "f")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zahájil film Jiřího Mádla.", ("Jiřího Mádla", "Mádl", "Jiří", "m")),
        ("Sešel se s Jiřím Mádlem.", ("Jiřím Mádlem", "Mádl", "Jiří", "m")),
        ("Film Harryho Pottera.", ("Harryho Pottera", "Potter", "Harry", "m")),
    ],
)
def test_a_czech_given_name_declined_as_an_adjective(text, person):
    """*Jiří* declines as an adjective (*Jiřího*, *Jiřím*): the surname beside it is a
    noun in the same case, a man's."""
    assert _persons(text, "cs") == [person]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Mezinárodní festival zahájil film Jiřího Mádla Vlny.", "cs", "Jiřího Mádla"),
        ("Czytał powieść Henryka Sienkiewicza Potop.", "pl", "Henryka Sienkiewicza"),
    ],
)
def test_a_works_title_after_a_declined_name(text, lang, surface):
    """After a given name and a surname in a case, a word of the language begins the
    title of the person's work, no third name word."""
    assert [p[0] for p in _persons(text, lang)] == [surface]


def test_a_short_vowel_before_a_hungarian_t_is_the_names_own():
    """Hungarian lengthens a final a, e, o, ö before the accusative's -t: *Slot* is a
    nominative, no *Slo* in the accusative."""
    entries = text_entries("Arne Slot vezetőedző szerint jó.", "hu")
    assert [e.canonical for e in entries] == ["Arne Slot"]
    assert [e.canonical for e in text_entries("Dicsérte Marco Rossit.", "hu")] == ["Marco Rossi"]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Родился в семье Ивана Павловича Менделеева.",
            "ru",
            ("Ивана Павловича Менделеева", "Менделеев", "Иван Павлович", "m"),
        ),
        (
            "Родился в семье Марии Дмитриевны Менделеевой.",
            "ru",
            ("Марии Дмитриевны Менделеевой", "Менделеева", "Мария Дмитриевна", "f"),
        ),
        (
            "Лист від Олени Петрівни Ковальчук.",
            "uk",
            ("Олени Петрівни Ковальчук", "Ковальчук", "Олена Петрівна", "f"),
        ),
    ],
)
def test_a_patronymic_in_a_case_shows_the_gender(text, lang, person):
    """A biography's given name, patronymic and surname in a case: the patronymic's
    -овича or -овны says whose, and is cited in its nominative."""
    assert _persons(text, lang) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Кніга Уладзіміра Караткевіча.",
            ("Уладзіміра Караткевіча", "Караткевіч", "Уладзімір", "m"),
        ),
        (
            "Помнік Уладзіміру Караткевічу.",
            ("Уладзіміру Караткевічу", "Караткевіч", "Уладзімір", "m"),
        ),
    ],
)
def test_a_belarusian_given_name_that_is_a_city_too(text, person):
    """*Уладзімір*, the language's own given name, begins a full name in any case, though
    a city is called so too."""
    assert _persons(text, "be") == [person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "семье Марии Менделеевой, урождённой Корнильевой.",
            "ru",
            ("Корнильевой", "Корнильева", "", "f"),
        ),
        ("Mme Jeanne Moreau, née Lefèvre, s'est éteinte.", "fr", ("Lefèvre", "Lefèvre", "", "f")),
    ],
)
def test_a_birth_name_is_a_womans(text, lang, person):
    """After *née*, *урождённой*, the birth name is a woman's, cited in her nominative."""
    assert person in _persons(text, lang)


def test_a_firms_name_after_a_particle_is_the_surname():
    """*Vinci* is a firm's name too, but after a given name and *de* it is the surname."""
    found = _persons("Le tableau de Léonard de Vinci est célèbre.", "fr")
    assert [(p[0], p[3]) for p in found] == [("Léonard de Vinci", "m")]
    assert _persons("Le groupe Vinci a publié ses résultats.", "fr") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Zdobył Koronę jako drugi po Reinholdzie Messnerze.",
            ("Reinholdzie Messnerze", "Messner", "Reinhold", "m"),
        ),
        ("Pisał o Janie Nowaku.", ("Janie Nowaku", "Nowak", "Jan", "m")),
    ],
)
def test_a_polish_mans_name_in_the_locative(text, person):
    """A given name and a surname in the locative (-ie, -e, -u) are a man's: a woman's
    surname in a consonant stays as written (*o Annie Nowak*)."""
    assert _persons(text, "pl") == [person]


@pytest.mark.parametrize(
    "text",
    ["V Rudolfinu zazněla Dvořákova symfonie.", "Zazněla Dvořákova Novosvětská symfonie."],
)
def test_a_czech_possessive_of_a_name_is_no_person(text):
    """*Dvořákova* (Dvořák's) is an adjective before its noun, no woman's surname."""
    assert _persons(text, "cs") == []


def test_a_russian_womans_surname_in_ova_stays_hers_in_czech():
    assert _persons("Řekla to Marie Petrova.", "cs") == [("Marie Petrova", "Petrova", "Marie", "f")]


def test_an_indefinite_pronoun_opening_a_sentence_is_no_person():
    """*Кто-нибудь был …* (somebody was): a function word and a particle, no subject's name."""
    assert [p[0] for p in _persons("Кто-нибудь был у Петровича?", "ru")] == ["Петровича"]


@pytest.mark.parametrize(
    ("text", "canonical", "forms"),
    [
        (
            "Квитки на концерт Святослава Вакарчука.",
            "Святослав Вакарчук",
            {"Вакарчука"},
        ),
        (
            "Андрій Пономар фінішував десятим. Тренер похвалив Пономаря.",
            "Андрій Пономар",
            {"Пономар", "Пономаря"},
        ),
    ],
)
def test_ukrainian_surnames_in_uk_and_ar_in_a_case(text, canonical, forms):
    """*Вакарчука* is Вакарчук's genitive (no *Вакарчуко*: -ко surnames are cut after
    other letters), *Пономаря* Пономар's (a soft -р)."""
    entries = text_entries(text, "uk")
    assert [(e.canonical, {v.form for v in e.variants}) for e in entries] == [(canonical, forms)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Műsoron Bartók Béla Concertója szerepelt.", "Bartók Béla"),
        ("Kodály Zoltán Psalmus Hungaricusa csendült fel.", "Kodály Zoltán"),
    ],
)
def test_a_hungarian_name_before_a_works_title(text, surface):
    """Family name and given name, then a capitalised word that is no given name: the
    work's title, not a Western given name and surname (*Béla Concertója*)."""
    assert [p[0] for p in _persons(text, "hu")] == [surface]


def test_a_czech_noun_in_al_is_no_past_verb():
    """*festival* ends like a past verb (*dal*, *psal*) but has no plural in -li: the
    capitalised word after it is no subject named after its verb."""
    assert _persons("Mezinárodní filmový festival Karlovy Vary zahájil film.", "cs") == []
    assert [p[0] for p in _persons("Rozhodl Babiš.", "cs")] == ["Babiš"]


def test_a_polish_surname_in_ko_read_back_as_the_dictionary_declines_it():
    """*Kościuszki* is the genitive of *Kościuszka* or *Kościuszko*: the Polish dictionary
    declines *Kościuszko* as a person's name, so that reading comes first."""
    entries = text_entries("Pomnik Tadeusza Kościuszki.", "pl")
    assert [(e.canonical, e.gender) for e in entries] == [("Tadeusz Kościuszko", "m")]


def test_a_czech_surname_in_zka_is_no_womans_adjective():
    """Polish *Zawadzka* is a woman's, but Czech writes her -ská, -cká with an accent:
    *Procházka* is a noun, a man's surname as often as not."""
    assert [p[3] for p in _persons("Jan Procházka přišel.", "cs")] != ["f"]
    assert [p[3] for p in _persons("Anna Zawadzka przyszła.", "pl")] == ["f"]


def test_a_foreign_surname_in_i_declined_in_czech():
    """Czech declines a foreign surname in -i, -y as an adjective (*Piastriho*,
    *Kennedyho*): the form is the named person's."""
    text = "Velkou cenu vyhrál Oscar Piastri. Šéf týmu ocenil Piastriho výkon."
    entries = text_entries(text, "cs")
    assert [(e.canonical, {v.form for v in e.variants}) for e in entries] == [
        ("Oscar Piastri", {"Piastri", "Piastriho"})
    ]


@pytest.mark.parametrize(
    ("text", "given"),
    [("Вулиця Лесі Українки.", "Леся"), ("Лист Олесі Петренко.", "Олеся")],
)
def test_a_ukrainian_womans_given_name_in_i(text, given):
    """-і after a given name is a woman's case (*Лесі*: Леся's); a man's *Лесь* takes
    -я, -ю, -еві there."""
    assert [(p[2], p[3]) for p in _persons(text, "uk")] == [(given, "f")]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [("Книга Анны Ахматовой.", "Ахматова"), ("Концерт Аллы Пугачёвой.", "Пугачёва")],
)
def test_a_russian_womans_surname_in_a_case_shows_her(text, lemma):
    """-овой, -ёвой, -иной are a woman's case only, whatever the given name's lists say."""
    assert [(p[1], p[3]) for p in _persons(text, "ru")] == [(lemma, "f")]


def test_a_mans_given_name_in_a_with_a_surname_in_the_genitive():
    """*Ильи* is the genitive of the man's *Илья*: the surname beside it is in the
    genitive too, *Гинцбурга* of *Гинцбург*."""
    assert _persons("Памятник работы скульптора Ильи Гинцбурга.", "ru") == [
        ("Ильи Гинцбурга", "Гинцбург", "Илья", "m")
    ]


def test_a_ukrainian_womans_noun_surname_in_her_case():
    """*Лесі Українки*: her surname, a noun in -а, in her genitive; *Леся Українка
    писала* is hers too (the verb agrees with her), not a man's genitive."""
    entries = text_entries("Вулиця Лесі Українки. Леся Українка писала.", "uk")
    assert [(e.canonical, e.gender) for e in entries] == [("Леся Українка", "f")]
