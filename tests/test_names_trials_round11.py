"""Kinds of text an eleventh round of trials met beside German: parliamentary
stenograms, court reports with the surname hidden, obituaries, reviews and travel
pages, in the languages bitext reads. Each case is a general shape of the language
(an abbreviation of address, initials after a surname, a case ending), not a page."""

from __future__ import annotations

import pytest

from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (m.surface, m.lemma, m.given, m.gender)
        for m in text_mentions(text, lang)
        if m.kind == "person"
    ]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "La parole est à M. Jean-Luc Mélenchon.",
            [("Jean-Luc Mélenchon", "Mélenchon", "Jean-Luc", "m")],
        ),
        ("Selon M. Dupont, le projet avance.", [("Dupont", "Dupont", "", "m")]),
        ("MM. Dupont et Durand sont partis.", [("Dupont", "Dupont", "", "m")]),
    ],
)
def test_a_french_m_before_a_name_is_monsieur(text, persons):
    """French typography abbreviates *monsieur* to *M.*: no initial of a given name,
    and it shows a man."""
    assert _persons(text, "fr")[: len(persons)] == persons


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Chef de l'expédition M.Herzog ;", "M.Herzog"),
        ("M. E. B. Banks s'y attaqua.", "M. E. B. Banks"),
        ("Première ascension par E. M. Abalakow .", "E. M. Abalakow"),
    ],
)
def test_a_french_m_among_initials_stays_an_initial(text, surface):
    """Glued to the name or beside other initials, *M.* is a given name's initial."""
    assert [p[0] for p in _persons(text, "fr")] == [surface]


def test_a_metre_after_a_height_is_no_monsieur():
    """*8078 m.* is a height: the word after it is no person."""
    assert _persons("Annapurna I , 8078 m. Chef J. Hunt ;", "fr") == [
        ("J. Hunt", "Hunt", "J.", None)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "lemma", "given"),
    [
        ("He joined Peter Hall's company.", "Peter Hall's", "Hall", "Peter"),
        ("Greta Gerwig's new film opened.", "Greta Gerwig's", "Gerwig", "Greta"),
    ],
)
def test_an_english_possessive_after_a_full_name_is_no_part_of_the_surname(
    text, surface, lemma, given
):
    """The citation form of *Greta Gerwig's* is *Gerwig*, as it is of a lone
    *Gerwig's*: no name ends in the possessive."""
    assert _persons(text, "en")[0][:3] == (surface, lemma, given)


@pytest.mark.parametrize(
    ("text", "surface", "lemma", "given"),
    [
        ("Robert Downey Jr. starred in it.", "Robert Downey Jr.", "Downey", "Robert"),
        (
            "Martin Luther King Jr. spoke in 1963.",
            "Martin Luther King Jr.",
            "King",
            "Martin Luther",
        ),
        ("Sammy Davis Jr said so.", "Sammy Davis Jr", "Davis", "Sammy"),
    ],
)
def test_an_english_generational_suffix_is_no_surname(text, surface, lemma, given):
    """*Jr.* and *Sr.* close a full name; the surname is the word before them."""
    assert _persons(text, "en")[0][:3] == (surface, lemma, given)


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        (
            "Слово предоставляется Иванову И. И.\n"
            "Иванов И. И. Уважаемые коллеги, законопроект подготовлен.",
            "ru",
            [
                ("Иванову И. И.", "Иванов", "И. И.", None),
                ("Иванов И. И.", "Иванов", "И. И.", None),
            ],
        ),
        (
            "Пожалуйста, Петрова А. С., фракция.",
            "ru",
            [("Петрова А. С.", "Петрова", "А. С.", None)],
        ),
        (
            "Гончаренко О. О. Шановні колеги, я прошу підтримати законопроєкт.",
            "uk",
            [("Гончаренко О. О.", "Гончаренко", "О. О.", None)],
        ),
        (
            "Слова мае дэпутат Іваноў І. І.\nСуд асудзіў яго.",
            "be",
            [("Іваноў І. І.", "Іваноў", "І. І.", None)],
        ),
        (
            "A bíróság Kovács J.-t négy év börtönre ítélte.",
            "hu",
            [("Kovács J.", "Kovács", "J.", None)],
        ),
    ],
)
def test_a_surname_and_its_initials_after_it(text, lang, persons):
    """Stenograms, papers and Hungarian write the surname first and the initials
    after it: the surname is the first word, the initials the given part, and the
    last initial's full stop ends the name whatever follows."""
    assert _persons(text, lang) == persons


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        ("По мнению И. И. Иванова, закон плох.", "ru", [("И. И. Иванова", "Иванов", "И. И.")]),
        ("Суд приговорил Ивана П. к трём годам.", "ru", [("Ивана П.", "П.", "Иван")]),
    ],
)
def test_initials_before_a_surname_and_a_hidden_surname_stay(text, lang, persons):
    """The usual order, and a given name with the surname's initial (a court's way of
    hiding it), read as before."""
    assert [p[:3] for p in _persons(text, lang)] == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Starostu přivítal Pavla Dvořáka.", [("Pavla Dvořáka", "Dvořák", "Pavel", "m")]),
        (
            "Cenu Jaroslava Seiferta získal básník.",
            [("Jaroslava Seiferta", "Seifert", "Jaroslav", "m")],
        ),
        ("Porazil Magnuse Carlsena.", [("Magnuse Carlsena", "Carlsen", "Magnus", "m")]),
        ("Přišla Pavla Dvořáková.", [("Pavla Dvořáková", "Dvořáková", "Pavla", "f")]),
    ],
)
def test_a_czech_mans_surname_in_the_genitive_after_a_given_name(text, persons):
    """*Pavla* is a woman's name as written and *Pavel*'s genitive, but a Czech woman's
    surname is an adjective (*Dvořáková*): a listed family name with a genitive's -a
    after it makes both a man's; after a soft stem's genitive in -e (*Magnuse*) a hard
    one's -a is a genitive too."""
    assert _persons(text, "cs") == persons


def test_a_polish_given_name_loses_its_e_before_k_after_r():
    """*Marka* is the genitive of *Marek*, as *Jacka* is of *Jacek*."""
    assert _persons("Sąd skazał Marka K. na trzy lata.", "pl")[0][2] == "Marek"


def test_a_slavic_common_noun_before_a_genitive_is_no_given_name():
    """*Lotnisko Chopina* (the Chopin airport): a Polish noun no list has as a name."""
    assert all(p[2] != "Lotnisko" for p in _persons("Jadą na Lotnisko Chopina.", "pl"))


def test_a_name_after_a_mans_adjectival_surname_in_a_case_is_another():
    """No name word follows *Ryszarda Kapuścińskiego* in Polish: what comes after the
    declined surname is the next person, even with a given name no list has."""
    assert [
        p[0] for p in _persons("Nagrodę im. Ryszarda Kapuścińskiego Swiatłana Aleksijewicz.", "pl")
    ] == ["Ryszarda Kapuścińskiego", "Swiatłana Aleksijewicz"]


def test_a_hungarian_adjective_of_a_name_and_a_hyphen_ends_the_name():
    """*Oscar-díjas* (Oscar-winning) is an adjective after the name, no surname."""
    assert _persons("Elhunyt Szabó István Oscar-díjas filmrendező.", "hu") == [
        ("Szabó István", "Szabó", "István", "m")
    ]


def test_a_slavic_noun_of_a_person_is_no_given_name():
    """*Рэпер* (rapper) is a word of the language's dictionary, however rare: the name
    after it is the stage name alone."""
    assert [p[:3] for p in _persons("Рэпер Оксимирон выступил в Белграде.", "ru")] == [
        ("Оксимирон", "Оксимирон", "")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        ("Він читав вірші Василя Стуса.", "uk", [("Василя Стуса", "Стус", "Василь", "m")]),
        ("Вони зустріли Андрія Садового.", "uk", [("Андрія Садового", "Садовий", "Андрій", "m")]),
        (
            "Новы фільм Андрэя Кудзіненкі атрымаў прыз.",
            "be",
            [("Андрэя Кудзіненкі", "Кудзіненка", "Андрэй")],
        ),
    ],
)
def test_an_east_slavic_mans_name_in_the_genitive(text, lang, persons):
    """A Ukrainian or Belarusian man's soft stem in a case (*Василя*: Василь) and the
    Belarusian *-эя* (*Андрэя*: Андрэй) read back; a listed family name with a genitive's
    -а after it (*Стуса*) or an adjectival surname's -ого makes the name a man's, where
    a woman's would stay undeclined or end in -ої."""
    assert [p[: len(persons[0])] for p in _persons(text, lang)] == persons


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        ("Ученики лицея имени Лобачевского.", "ru", [("Лобачевского", "Лобачевский", "", "m")]),
        (
            "Туристи їдуть до аеропорту імені Сікорського.",
            "uk",
            [("Сікорського", "Сікорський", "", "m")],
        ),
    ],
)
def test_an_adjectival_surname_after_named_after_is_cited_in_the_nominative(text, lang, persons):
    """After *имени*, *імені* the surname stands in the genitive, an adjective's too."""
    assert _persons(text, lang) == persons


@pytest.mark.parametrize("heading", ["Review", "Preview"])
def test_an_english_word_before_a_colon_is_no_speaker_by_a_slavic_ending(heading):
    """*Review:* heads a page; its -ew is a Polish surname's ending, but an English
    word English writes in lower case is no surname by its shape."""
    assert _persons(f"{heading}: The new album is good.", "en") == []


def test_a_russian_soft_adjectival_surname_in_the_genitive():
    """*Непомнящего* is the genitive of *Непомнящий*, a man's: a woman's is -ей."""
    assert _persons("Он обыграл Яна Непомнящего.", "ru") == [
        ("Яна Непомнящего", "Непомнящий", "Ян", "m")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        (
            "Pomnik Stefana Batorego stoi w Krakowie.",
            "pl",
            [("Stefana Batorego", "Batory", "Stefan", "m")],
        ),
        ("Setkal se s Josefa Suchého.", "cs", [("Josefa Suchého", "Suchý", "Josef", "m")]),
    ],
)
def test_a_west_slavic_adjectival_surname_in_a_case_is_a_mans(text, lang, persons):
    """Polish -ego and Czech -ého end no noun: the surname is an adjective's masculine
    case, whatever its stem (*Batory*, *Suchý*), and the given name before it a man's."""
    assert _persons(text, lang) == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Spotkał Pawła Kowalskiego.", [("Pawła Kowalskiego", "Kowalski", "Paweł", "m")]),
        ("Rozmowa z Pawłem Kukizem.", [("Pawłem Kukizem", "Kukiz", "Paweł", "m")]),
    ],
)
def test_a_polish_given_name_loses_its_e_before_l(text, persons):
    """*Pawła*, *Pawłem* are cases of *Paweł*: a given name in them begins a name."""
    assert _persons(text, "pl") == persons


def test_a_slavic_rulers_numeral_after_a_declined_given_name():
    """*alei Jana Pawła II*: the numeral follows *Pawła*, Paweł's genitive, and the
    ruler's name shows his gender, whatever *Jana* (a woman's name too) would; *Jana*
    is read in his case too, *Jan*."""
    assert _persons("Na alei Jana Pawła II otwarto kawiarnie.", "pl") == [
        ("Jana Pawła II", "Jan Paweł II", "", "m")
    ]


def test_a_listed_given_name_shows_the_gender_where_no_rule_did():
    """*Іван Дзюба помер*: the irregular past *помер* agrees in no form the lists know,
    but *Іван* is a man's name."""
    assert _persons("Іван Дзюба помер.", "uk")[0][3] == "m"


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Mrs Justice Cockerill agreed.", [("Cockerill", "Cockerill", "", "f")]),
        ("Mrs Justice Joanna Smith agreed.", [("Joanna Smith", "Smith", "Joanna", "f")]),
        ("Mr Speaker: Order, order.", []),
        ("Mr Baker said so.", [("Baker", "Baker", "", "m")]),
    ],
)
def test_an_english_noun_of_a_person_after_an_honorific_is_the_title(text, persons):
    """*Mr Justice*, *Mr Speaker*: the noun after the honorific names the office, no
    given name, though lists give *Justice* as one; a family name there is the name."""
    assert _persons(text, "en") == persons


def test_a_hungarian_family_name_that_is_a_word_before_an_initial():
    """*Nagy P.*: *nagy* (big) is a word, but a listed family name before an initial
    is the surname, family name first."""
    assert _persons("A vádlott, Nagy P. tagadta a vádakat.", "hu") == [
        ("Nagy P.", "Nagy", "P.", None)
    ]


def test_a_ukrainian_surname_in_enko_read_back_from_its_dative():
    """*депутату Гончаренку*: the text names *Гончаренко*, and of the readings its key
    shares the -енко of a Ukrainian surname comes first."""
    text = "Слово надається народному депутату Гончаренку.\nГончаренко О. О. Шановні колеги."
    assert [p[1] for p in _persons(text, "uk")] == ["Гончаренко", "Гончаренко"]
    assert _persons("Вірші Шевченка читають усі.", "uk")[0][1] == "Шевченко"


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        ("Anna Kowalska (z d. Nowak) zmarła w wieku 90 lat.", "pl", "Nowak"),
        ("Zmarła Maria Wiśniewska z domu Kaczmarek.", "pl", "Kaczmarek"),
        ("Zemřela Marie Dvořáková, roz. Nováková.", "cs", "Nováková"),
    ],
)
def test_a_birth_name_in_an_obituary(text, lang, birth):
    """Polish *z domu*, *z d.* and Czech *rozená*, *roz.* say what *geb.* and *née* say:
    the family name after them is the person's birth name."""
    assert [p[0] for p in _persons(text, lang)][-1] == birth


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Jancsó Miklós (1921–2014) filmrendező volt.",
            [("Jancsó Miklós", "Jancsó", "Miklós", "m")],
        ),
        ("Elton John koncertet adott.", [("Elton John", "John", "Elton", "m")]),
    ],
)
def test_a_hungarian_family_name_read_as_a_cyrillic_given_name_stays_first(text, persons):
    """*Jancsó* spells a Cyrillic given name by its key only; no list has it as written,
    so the Hungarian order holds; *Elton*, a listed given name, keeps a foreign name's."""
    assert _persons(text, "hu") == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Пані Ірина Геращенко виступила у Раді.", ["Ірина Геращенко"]),
        ("Вчора у Марії був кіт.", ["Марії"]),
    ],
)
def test_a_ukrainian_name_in_a_locative_after_in_is_no_person(text, persons):
    """*у Раді* (in the Rada) is a locative no other case of *Рада* shares: the body, no
    woman; *у Марії* is a genitive too (Maria has) and stays hers."""
    assert [p[0] for p in _persons(text, "uk")] == persons
