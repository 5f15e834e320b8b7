"""Given names one country lists: names in text of that country's language only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from glossary.build import text_entries
from glossary.detect import find_names
from glossary.givenform import _given, _given_citation
from glossary.listfiles import DATA
from glossary.namelists import given_gender, given_spread
from glossary.text import text_mentions

LANGS = {"de", "fr", "hu", "pl", "cs", "sk", "ru", "uk", "be"}


def _persons(text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(m.surface, m.given, m.full) for m in find_names(text, lang) if m.kind == "person"]


def test_a_spelling_with_a_stroke_is_the_plain_names_twin():
    """Małgorzata is Malgorzata spelt with ł, which no accent folding removes."""
    assert given_gender("Małgorzata") == "f"
    assert given_spread("Małgorzata") == given_spread("Malgorzata") > 1


@pytest.mark.parametrize("name", ["Lech", "Zygmunt", "Ludwik", "Jarosław"])
def test_a_one_country_name_holds_in_its_language_only(name):
    assert given_gender(name, "pl") == "m"
    assert given_gender(name) is None
    if name != "Jarosław":
        assert _given(name, "de") is None and _given(name, "en") is None
    assert given_spread(name) == 0  # never enough to stand alone


def test_a_polish_name_with_a_stroke_reads_as_the_east_slavic_name_it_spells():
    """*Jarosław* in a German or English text: its *ł* read as *l*, it spells
    *Ярослав*, a given name of the Cyrillic lists, and so is a man's given name there
    too (*Jarosław Kaczyński*), though the Latin lists have it in Polish only."""
    assert _given("Jarosław", "de") == "m" and _given("Jarosław", "en") == "m"


def test_full_polish_name_with_a_polish_given_name():
    assert _persons("Lech Kaczyński powiedział, że to prawda.", "pl") == [
        ("Lech Kaczyński", "Lech", True)
    ]
    assert _persons("Wczoraj Zygmunt Bauman przyszedł.", "pl") == [
        ("Zygmunt Bauman", "Zygmunt", True)
    ]


def test_a_one_country_name_alone_is_a_person_in_its_language():
    """Zygmunt is no Polish word, so alone in Polish text it names a person."""
    assert _persons("Wczoraj przyszedł do nas Zygmunt.", "pl") == [("Zygmunt", "", False)]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Wczoraj spotkałem Andrzeja w parku.", "pl", "Andrzeja"),
        ("Šel jsem tam s Oldřichem a s jeho psem.", "cs", "Oldřichem"),
    ],
)
def test_a_slavic_given_name_alone_is_a_person(text, lang, name):
    assert [p[0] for p in _persons(text, lang)] == [name]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wczoraj przyszła do nas Róża.", "pl"),  # róża, a rose
        ("Jedziemy jutro do Aten.", "pl"),  # Ateny, Athens: read as Atena's form
    ],
)
def test_a_slavic_given_name_that_is_a_word_or_a_place_needs_more(text, lang):
    assert _persons(text, lang) == []


def test_the_general_lists_reading_comes_first():
    """Ryszarda is a woman's name in Poland's list and the genitive of Ryszard: after
    "posła" (of the deputy) the man's name is meant, as the general list reads it."""
    assert _given("Ryszarda", "pl") == "m"
    assert _given_citation("Ryszarda", "pl") == "Ryszard"
    assert _given_citation("Lecha", "pl") == "Lech"


def test_belarusian_names_from_their_transliteration():
    """nam_dict writes Belarus's names in Latin letters (Siarhei); Сяргей reads back to it."""
    assert _given("Сяргей", "be") == "m"
    assert _given("Сяргей", "pl") is None
    assert _persons("Сяргей Навумчык сказаў пра гэта.", "be") == [
        ("Сяргей Навумчык", "Сяргей", True)
    ]


def _rows(name: str) -> list[list[str]]:
    """A list's rows, split at tabs, its comment lines left out."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")]


def test_the_list_records_the_languages():
    rows = _rows("given_names.tsv")
    assert all(len(row) == 4 for row in rows)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    local = [row for row in rows if row[3]]
    assert len(local) > 1000
    assert all(set(row[3].split(",")) <= LANGS for row in local)


def test_nam_dict_columns(tmp_path: Path):
    """The frequency digits stand in the header's country order from column 31; the
    second copy of a name (a '+' in column 30) is skipped."""
    sys.path.insert(0, str(DATA))
    try:
        from nam_dict_lists import COUNTRIES, nam_dict_names
    finally:
        sys.path.remove(str(DATA))
    assert len(COUNTRIES) == 55 and COUNTRIES[23] == "Poland" and COUNTRIES[-1] == "other countries"

    def line(code: str, name: str, mark: str, digits: dict[str, str]) -> str:
        cols = [" "] * 55
        for country, digit in digits.items():
            cols[COUNTRIES.index(country)] = digit
        return f"{code:<3}{name:<26}{mark}{''.join(cols)} $"

    path = tmp_path / "nam_dict.txt"
    lines = [
        "# comment",
        line("M", "Lech", " ", {"Poland": "5"}),
        line("F", "Lech", " ", {"Czech Republic": "1"}),
        line("M", "Jörg", "+", {"Germany": "8"}),
        line("M", "Jörg", "-", {"Germany": "8", "Austria": "5"}),
        line("M", "Jun+Wei", " ", {"China": "3"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = nam_dict_names(path)
    assert set(names) == {"Lech", "Jörg"}
    assert names["Lech"].countries == {"Poland", "Czech Republic"}
    assert names["Lech"].genders == {"m", "f"} and names["Lech"].wide == 1
    assert names["Lech"].langs() == {"pl", "cs"}
    assert names["Jörg"].langs() == {"de"} and names["Jörg"].wide == 2


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Lundi, Marine Le Pen a déclaré à Paris que c'était faux.", "fr", "Marine Le Pen"),
        ("Bruno Le Maire a déclaré à Paris que c'était faux.", "fr", "Bruno Le Maire"),
        ("Gestern sprach Marine Le Pen in Paris.", "de", "Marine Le Pen"),
        # de la after a given name: the surname after it, though French has it as a word
        ("Les fables de Jean de la Fontaine sont connues.", "fr", "Jean de la Fontaine"),
        ("Il a vu Pierre de la Tour hier.", "fr", "Pierre de la Tour"),
        ("Der Sänger Pepe de la Matrona trat auf.", "de", "Pepe de la Matrona"),
        # a given name that French CLDR has as a country too (Dominica), before a particle
        ("Dominique de Villepin est arrivé hier soir.", "fr", "Dominique de Villepin"),
    ],
)
def test_a_capitalised_particle_inside_a_name_is_part_of_it(text, lang, person):
    """Le, La, De, Van written capitalised between a given name and a surname belong to
    the surname; as a function word (and as a rare given name, Le) they split nothing;
    nor does *de la* in lower case."""
    assert person in [m.surface for m in find_names(text, lang) if m.kind == "person"]


def test_an_arabic_article_joins_the_name_and_drops_out_of_its_key():
    """al-Sisi, el-Sisi, ас-Сиси and Sisi are one surname: the article written with a
    hyphen and in lower case ends no run of name words and is no part of the key."""
    from glossary.key import key

    found = [m.surface for m in find_names("Gestern kam Präsident Abdel Fattah al-Sisi.", "de")]
    assert found == ["Abdel Fattah al-Sisi"]
    assert key("al-Sisi", "de") == key("el-Sisi", "en") == key("ас-Сиси", "ru") == key("Sisi", "de")
    assert key("аль-Асад", "ru") == key("Assad", "en")


@pytest.mark.parametrize(
    ("text", "lang", "persons"),
    [
        (
            "Fritz Luchsinger Albert Eggler Hans Grimm",
            "fr",
            ["Fritz Luchsinger", "Albert Eggler", "Hans Grimm"],
        ),
        (
            "Eduard Leuthold Wolfgang Diehl Adolf Reist",
            "de",
            ["Eduard Leuthold", "Wolfgang Diehl", "Adolf Reist"],
        ),
        # one name each: given names in a row, a particle, a middle initial
        ("Gestern kam Anna Maria Müller nach Hause.", "de", ["Anna Maria Müller"]),
        ("Heinrich Gottlob von Miltitz starb 1774.", "de", ["Heinrich Gottlob von Miltitz"]),
        ("Präsident war Julio A. Roca lange Jahre.", "de", ["Julio A. Roca"]),
    ],
)
def test_a_list_of_names_without_commas_splits_at_each_given_name(text, lang, persons):
    """Captions and credits list people without commas: a given name after a surname,
    where the words before began with a given name, opens the next name."""
    assert [m.surface for m in find_names(text, lang) if m.kind == "person"] == persons


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Le chef était Ch.Evans cette année.", "fr", "Ch.Evans"),
        ("Leiter war Ch. Evans in diesem Jahr.", "de", "Ch. Evans"),
    ],
)
def test_a_digraph_initial_opens_a_name(text, lang, person):
    """Older print abbreviates Charles, Thomas, Philipp by two letters (Ch., Th., Ph.)."""
    assert [m.surface for m in find_names(text, lang) if m.kind == "person"] == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a noble's seat after von or zu, though compounds or frequency read it as a word
        (
            "Er heiratete Franz Freiherr Gedult von Jungenfeld im Jahr 1800.",
            "Franz Freiherr Gedult von Jungenfeld",
        ),
        (
            "Ihre Mutter war Amalie Zephyrine von Hohenzollern-Sigmaringen, eine Prinzessin.",
            "Amalie Zephyrine von Hohenzollern-Sigmaringen",
        ),
        # a hyphenated given name is as wide as its narrower part
        ("Gestern sagte Karl-Theodor zu Guttenberg nichts.", "Karl-Theodor zu Guttenberg"),
    ],
)
def test_a_nobles_seat_belongs_to_the_name(text, person):
    assert person in [surface for surface, _given, _full in _persons(text, "de")]


def test_a_listed_noun_after_von_is_no_seat():
    assert [s for s, _g, _f in _persons("Merkel war von Anfang an dagegen.", "de")] == ["Merkel"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # German: words with no use but a name's before a listed given name join it
        ("Brasiliens Staatschef Luiz Inácio Lula da Silva kam.", "Luiz Inácio Lula da Silva"),
        ("Die Kinder heißen Tacoma und Praise Mary Ella Simmons.", "Praise Mary Ella Simmons"),
        # not after an article (a noun no list has), nor a subject after its verb
        ("Im Juni reichte der Hauptinitiant George Wismer das Gesuch ein.", "George Wismer"),
        ("Im Finale schlug Nadal Novak Djokovic.", "Novak Djokovic"),
        ("Damals besiegte Merkel Olaf Scholz.", "Olaf Scholz"),
    ],
)
def test_name_words_before_a_given_name(text, person):
    found = [surface for surface, _given, _full in _persons(text, "de")]
    assert person in found


def test_a_given_name_and_a_surname_printed_as_one_word():
    """PDFs and scans lose the space (AlbertEggler): a widely listed given name and a
    word no list has are a person, filed under the surname, and join its entry."""
    found = [
        (m.surface, m.lemma, m.given)
        for m in find_names("Expeditionsleiter AlbertEggler kam zurück.", "de")
        if m.kind == "person"
    ]
    assert found == [("AlbertEggler", "Eggler", "Albert")]
    entries = text_entries("Albert Eggler leitete sie. Später schrieb AlbertEggler ein Buch.", "de")
    assert [e.canonical for e in entries if e.type == "person"] == ["Albert Eggler"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Berg BroadPeak ist hoch.",  # a common word last: a thing's name
        "Laut WikiLeaks war das falsch.",
        "Gestern sprach MarieLuise nicht.",  # two given names
    ],
)
def test_joined_words_that_name_no_person(text):
    assert [m.surface for m in find_names(text, "de") if m.kind == "person"] == []


def test_cyrillic_list_records_languages_and_other_readings():
    rows = _rows("cyrillic_given_names.tsv")
    assert all(len(row) == 5 for row in rows)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    assert all(set(row[2].split(",")) <= {"ru", "uk"} for row in rows)
    assert all(set(filter(None, row[3].split(","))) <= set(row[2].split(",")) for row in rows)
    # a place or another proper noun is another reading too
    assert all(set(filter(None, row[4].split(","))) <= set(row[3].split(",")) for row in rows)
    assert len(rows) > 5000


@pytest.mark.parametrize(
    ("word", "lang", "citation"),
    [
        ("Микола", "uk", "Микола"),  # listed as written: no loose key's Микол
        ("Миколу", "uk", "Микола"),
        ("Петра", "uk", "Петро"),  # a Ukrainian -о name declines as a hard stem
        ("Петрові", "uk", "Петро"),
        ("Дмитром", "uk", "Дмитро"),
        ("Петра", "ru", "Петр"),
        # read only through a Latin name's key: as written when it reads as one itself
        # (Salome), not as a case form that would invent a Салома
        ("Саломе", "ru", "Саломе"),
        ("Бидзины", "ru", "Бидзина"),
        ("Анне", "ru", "Анна"),  # a dictionary's name as written still comes first
        ("Кірыла", "be", "Кірыл"),  # a genitive in -а that a woman's Latin name spells too
    ],
)
def test_cyrillic_given_names_citation(word, lang, citation):
    assert _given_citation(word, lang) == citation


def test_a_ukrainian_given_name_heads_its_entry_in_the_nominative():
    """Микола Лукаш: the given name is listed, so the entry keeps it as written."""
    text = "Микола Лукаш заявив, що все гаразд. Миколу Лукаша бачили вчора."
    (entry,) = text_entries(text, "uk")
    assert entry.canonical == "Микола Лукаш"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Вчера к нам пришла Юлия.", "ru", "Юлия"),
        ("Мы видели Тараса вчера.", "ru", "Тараса"),
        ("Я бачив Андрія вчора.", "uk", "Андрія"),
    ],
)
def test_a_cyrillic_given_name_alone_is_a_person(text, lang, name):
    """A Russian or Ukrainian given name that its dictionary reads as nothing else names
    a person even alone, in text of that language."""
    assert [p[0] for p in _persons(text, lang)] == [name]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Это Роман написал.", "ru", "Роман"),  # роман, a novel
        ("Вчера пришла Надежда.", "ru", "Надежда"),  # надежда, hope
        ("Вчера я видел Юрку в школе.", "ru", "Юрку"),  # юркий, nimble
        ("Потому даже Рома уже стал спокойнее.", "ru", "Рома"),  # no town Ром's genitive
    ],
)
def test_a_cyrillic_given_name_that_is_a_word_too_is_a_person_inside_a_sentence(text, lang, name):
    """Russian and Ukrainian write common nouns in lower case: inside a sentence a
    capitalised word that the dictionary reads as a given name and as a common word is
    the name."""
    assert [p[0] for p in _persons(text, lang)] == [name]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Роман вышел в 1990 году.", "ru"),  # the sentence's first word: the novel
        ("Это хороший роман.", "ru"),
        ("Мы живём на Дону.", "ru"),  # the river Don, not a man Дон
        ("Вчора приїхав Андрій.", "pl"),  # Polish text: the Ukrainian list does not hold
    ],
)
def test_a_cyrillic_given_name_that_is_a_word_needs_more(text, lang):
    assert _persons(text, lang) == []


def test_a_lone_given_name_is_cited_in_its_nominative():
    """Alone, a declined given name heads its entry in the nominative, apart from the
    full names that share it (two Andrzejs are not one person)."""
    text = "Wczoraj Andrzej Duda spotkał Piotra Nowaka. Potem spotkał Andrzeja w parku."
    canonical = sorted(e.canonical for e in text_entries(text, "pl"))
    assert canonical == ["Andrzej", "Andrzej Duda", "Piotr Nowak"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Многие дипломаты считают Астану более надёжной.", "Астану"),
        ("Визит к Израилю был коротким.", "Израилю"),
    ],
)
def test_a_citys_case_form_stays_a_place_beside_a_rare_name(text, place):
    """Russian has the men's names Астан and Израиль, but only the general list's given
    names keep a city's or a country's case form from being the place."""
    found = [(m.surface, m.kind) for m in find_names(text, "ru")]
    assert found == [(place, "place")]


@pytest.mark.parametrize("name", ["Кацярына", "Таццяна", "Настасся", "Жанна"])
def test_belarusian_names_read_back_from_english_style_digraphs(name):
    """nam_dict writes Belarus's names with ts, zh, sh (Katsiaryna, Zhanna): keyed in
    Czech letters too, they read back to the Cyrillic spelling."""
    assert _given(name, "be") == "f"


def test_belarusian_genitive_in_i_opens_a_full_name():
    """Вольгі, Настассі: a woman's name in -а or -я in the Belarusian genitive."""
    text = "Гэта выстава Вольгі Дашук і Настассі Мірашнічэнкі."
    assert [p[0] for p in _persons(text, "be")] == [
        "Вольгі Дашук",
        "Настассі Мірашнічэнкі",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Мечта Серёжи - жить без боли.", "ru", "Серёжи"),  # a common word opens the line
        ("Я хочу быть с Таней каждую минуту.", "ru", "Таней"),  # a woman's instrumental
    ],
)
def test_a_given_name_alone_after_a_common_first_word_or_declined(text, lang, name):
    assert [p[0] for p in _persons(text, lang)] == [name]


def test_a_countrys_case_form_is_no_lone_given_name():
    """Indii is India's genitive, though an English list has the given name India."""
    assert _persons("Rząd Indii został zaproszony do konsultacji.", "pl") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчора прийшов Володимир додому.", "Володимир"),  # the dictionary tags no name
        ("Ми бачили Богдана.", "Богдана"),
    ],
)
def test_a_general_list_name_the_dictionary_lacks_stands_alone(text, name):
    """Where the Ukrainian dictionary does not list a name (Володимир, Богдан: it tags
    them as a town and a common noun only), the general list's reading decides."""
    assert [p[0] for p in _persons(text, "uk")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Я бачыў Вольгу ўчора.", "Вольгу"), ("Мы чакалі Кацярыну.", "Кацярыну")],
)
def test_a_belarusian_name_alone_through_its_own_romanisation(text, name):
    """Belarus's own column of nam_dict (Volha, Katsiaryna) lets a Belarusian given
    name stand alone; a loose key to another list's name does not (Аўстрыі)."""
    assert [p[0] for p in _persons(text, "be")] == [name]
    assert _persons("Спроба захапіць сталіцу Аўстрыі.", "be") == []


def test_ukrainian_ghe_with_upturn_reads_as_the_listed_spelling():
    """Дуґлас is the list's Дуглас written with Ukrainian ґ."""
    assert _given("Дуґлас", "uk") == "m"
    assert [p[0] for p in _persons("Дуґлас Адамс та його романи.", "uk")] == ["Дуґлас Адамс"]


def test_a_russian_given_name_that_is_a_word_too_opens_a_sentence_as_the_text_s_person():
    """Once the text names Юрка with evidence, its sentence-first Юрка is the same
    person, though юрка is a word too (the short form of юркий)."""
    text = "Не учил, огорчился Юрка.\nЮрка встал и посмотрел на часы."
    persons = [(m.surface, m.start) for m in text_mentions(text, "ru") if m.kind == "person"]
    assert persons == [("Юрка", 19), ("Юрка", 25)]


def test_a_sentence_first_common_word_stays_a_word_when_no_person_bears_it():
    text = "Роман вышел в 1990 году.\nЕго читали все."
    assert [m for m in text_mentions(text, "ru") if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Мы видели Сергея вчера.", "ru", "Сергея"),  # Сергей's genitive
        ("Письмо от Матвея пришло.", "ru", "Матвея"),
        ("Мы бачылі Сяргея ўчора.", "be", "Сяргея"),
    ],
)
def test_a_mans_given_name_in_ej_is_read_in_its_genitive(text, lang, name):
    assert [p[0] for p in _persons(text, lang)] == [name]


def test_a_womans_name_read_through_a_mans_ending_makes_no_person():
    """Расея (Russia, in Belarusian's classical spelling) reads back as Расей only as a
    man's genitive; the key behind it finds a woman's name, so no person."""
    assert _persons("Расея адкрыла мяжу для Беларусі.", "be") == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Наташа, иди сюда!", "ru", ["Наташа"]),
        ("Анжелика, позвольте поздравить Вас!", "ru", ["Анжелика"]),
        ("Тарасе, де ти?", "uk", ["Тарасе"]),
        ("Оксано, йди сюди!", "uk", ["Оксано"]),  # Оксана's vocative
        ("Мамо, дай хліба!", "uk", []),
        ("Роман, который я читал, был скучным.", "ru", []),  # the novel, then a clause
    ],
)
def test_a_given_name_before_a_comma_opening_a_sentence_is_the_person_spoken_to(text, lang, name):
    assert [p[0] for p in _persons(text, lang)] == name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Учора Майкл Джонсан прыехаў у Брэст.", "Майкл Джонсан"),
        ("Сустрэча з Кэтрын Хэнсан адбылася ў Гродне.", "Кэтрын Хэнсан"),
        ("Міхась Зарэмба напісаў ліст.", "Міхась Зарэмба"),
    ],
)
def test_belarusian_given_names_read_through_the_neighbours_dictionaries(text, person):
    """Belarusian spells foreign and familiar given names as its neighbours do, up to
    the key (Кэтрын: Russian Кэтрин, Міхась: Ukrainian Михась): the Russian and
    Ukrainian dictionaries' names that are nothing else read Belarusian text too."""
    assert [p[0] for p in _persons(text, "be")] == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Na spotkanie przyszedł Paweł Wróbel z dziećmi.", "Paweł Wróbel"),
        ("Wczoraj Cezary Kowal wygrał bieg.", "Cezary Kowal"),
    ],
)
def test_a_given_name_of_the_languages_own_locale_is_no_common_word(text, person):
    """Polish lemma tables hold *paweł* and *cezary* in lower case, and only Poland's
    locale lists the names: that locale makes them given names of Polish text, so the
    surname after them (a word too: *wróbel*, a sparrow) is no common noun's phrase."""
    from glossary.namelists import locale_given

    assert locale_given("Paweł", "pl") and not locale_given("Paweł", "de")
    assert [p[0] for p in _persons(text, "pl")] == [person]


@pytest.mark.parametrize(("name", "gender"), [("Shigeru", "m"), ("Recep", "m"), ("Faisal", "m")])
def test_a_name_only_far_countries_list_holds_in_every_language(name, gender):
    """Japan's, Turkey's, Arabia's names come into every language's news as written."""
    assert given_gender(name) == gender
    assert _given(name, "de") is not None and _given(name, "pl") is not None
    assert given_spread(name) == 1  # one country: a name's first word, never alone


def test_far_countries_names_that_are_words_stay_out(monkeypatch):
    """A far country's name that a language has as a word, or a word of a country's
    name (*Sri* of *Sri Lanka*), is no given name; one a near country lists too holds
    in that country's language only."""
    sys.path.insert(0, str(DATA))
    try:
        import nam_dict_lists as nd
    finally:
        sys.path.remove(str(DATA))
    names = {
        "Shigeru": nd.NamDictName({"m"}, {"Japan"}, 1),
        "Alibi": nd.NamDictName({"m"}, {"Arabia/Persia"}, 1),
        "Sri": nd.NamDictName({"m", "f"}, {"India/Sri Lanka"}, 1),
        "Ab": nd.NamDictName({"m"}, {"Arabia/Persia"}, 1),
        "Lenka": nd.NamDictName({"f"}, {"Czech Republic", "Japan"}, 2),
        "Aiko": nd.NamDictName({"f"}, {"Poland", "Japan"}, 1),
        "Long": nd.NamDictName({"m"}, {"Vietnam"}, 1),
    }
    monkeypatch.setattr(nd, "nam_dict_names", lambda: names)
    out = nd.with_nam_dict({}, set(), set(), {"en": {"sri lanka"}}, {"alibi"})
    assert out["Shigeru"] == ({"m"}, 1, frozenset())
    assert out["Aiko"] == ({"f"}, 1, frozenset({"pl"}))
    assert "Lenka" in out and not out["Lenka"][2]  # two countries: every language
    assert not {"Alibi", "Sri", "Ab", "Long"} & set(out)
