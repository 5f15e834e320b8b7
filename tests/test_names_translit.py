"""Transliteration tables, back-transliteration, the key, inflection and `bitext names convert`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.cli import main
from glossary.caseforms import forms
from glossary.convert import convert
from glossary.errors import GlossaryError
from glossary.inflect import lemmas
from glossary.key import key
from glossary.translit import to_latin, word
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("cyr", "src", "expected"),
    [
        (
            "Лукашенко",
            "ru",
            {
                "de": "Lukaschenko",
                "en": "Lukashenko",
                "hu": "Lukasenko",
                "pl": "Łukaszenko",
                "fr": "Loukachenko",
                "cs": "Lukašenko",
                "iso9": "Lukašenko",
            },
        ),
        ("Колесникова", "ru", {"de": "Kolesnikowa", "hu": "Kolesznyikova", "cs": "Kolesnikovová"}),
        ("Путин", "ru", {"hu": "Putyin", "fr": "Poutine", "de": "Putin"}),
        ("Токаев", "ru", {"de": "Tokajew", "en": "Tokayev", "hu": "Tokajev", "pl": "Tokajew"}),
        ("Бяляцкі", "be", {"de": "Bjaljazki", "en": "Bialiatski", "hu": "Bjaljacki"}),
        ("Лукашэнка", "be", {"pl": "Łukaszenka", "en": "Lukashenka"}),
        ("Калеснікава", "be", {"en": "Kalesnikava"}),
        ("Ельцин", "ru", {"de": "Jelzin", "en": "Yeltsin"}),
        ("Василий", "ru", {"de": "Wassili", "en": "Vasily"}),
        ("Горбачёв", "ru", {"de": "Gorbatschow", "en": "Gorbachev"}),
        ("Медведев", "ru", {"hu": "Medvegyev"}),
        ("Зеленський", "uk", {"de": "Selenskyj", "pl": "Zełenski"}),
        (
            "Хрущёв",
            "ru",
            {
                "de": "Chruschtschow",
                "en": "Khrushchev",
                "pl": "Chruszczow",
                "hu": "Hruscsov",
                "cs": "Chruščov",
                "fr": "Khrouchtchev",
            },
        ),
        (
            "Чайковский",
            "ru",
            {
                "de": "Tschaikowski",
                "pl": "Czajkowski",
                "hu": "Csajkovszkij",
                "cs": "Čajkovskij",
                "fr": "Tchaïkovski",
            },
        ),
        (
            "Шойгу",
            "ru",
            {"de": "Schoigu", "en": "Shoygu", "pl": "Szojgu", "hu": "Sojgu", "fr": "Choïgou"},
        ),
        ("Ельцин", "ru", {"pl": "Jelcyn", "hu": "Jelcin", "cs": "Jelcin", "fr": "Eltsine"}),
        ("Янукович", "uk", {"de": "Janukowytsch", "en": "Yanukovych", "pl": "Janukowycz"}),
        ("Ціханоўская", "be", {"de": "Zichanouskaja", "en": "Tsikhanouskaya", "pl": "Cichanouska"}),
    ],
)
def test_forward_conventions(cyr, src, expected):
    for lang, want in expected.items():
        assert to_latin(cyr, lang, src) == want, lang


def test_full_names_keep_case_and_order():
    assert to_latin("Александр Лукашенко", "de") == "Alexander Lukaschenko"
    # Only the surname takes Czech -ová, also in surname-first order.
    assert to_latin("Валентина Терешкова", "cs") == "Valentina Těreškovová"
    assert to_latin("Терешкова, Валентина", "cs") == "Těreškovová, Valentina"


def test_latin_to_latin_through_cyrillic():
    assert convert("Lukaschenko", "de", "hu") == ["Lukasenko"]
    assert convert("Tokajew", "de", "en") == ["Tokayev"]
    assert convert("Лукашенко", "ru", "de") == ["Lukaschenko"]
    # German Bjaljazki: the Belarusian reading is among the plausible forms.
    assert "Bialiatski" in convert("Bjaljazki", "de", "en", every=True)


@pytest.mark.parametrize(
    ("name", "src", "to"),
    [
        ("Лукашенко", "xx", "de"),
        ("", "ru", "de"),
        ("Лука Lukas", "ru", "de"),
        ("Lukaschenko", "ru", "de"),
        ("Лукашенко", "de", "en"),
    ],
)
def test_bad_input(name, src, to):
    with pytest.raises(GlossaryError):
        convert(name, src, to)


def test_key_unifies_spellings():
    forms_ = [
        ("Lukaschenko", "de"),
        ("Lukasenko", "hu"),
        ("Lukashenko", "en"),
        ("Łukaszenka", "pl"),
        ("Лукашенко", "ru"),
        ("Лукашэнка", "be"),
        ("Lukašenko", "cs"),
    ]
    assert len({key(w, lang) for w, lang in forms_}) == 1
    assert key("Bjaljazki", "de") == key("Bialiatski", "en") == key("Bjaljacki", "hu")
    assert key("Kolesnikowa", "de") == key("Kolesznyikova", "hu") == key("Kolesnikovová", "cs")
    assert key("Lukaschenko", "de") != key("Kolesnikowa", "de")
    assert key("Putin", "de") != key("Tokajew", "de")


def test_inflection_round_trip():
    for lang, lemma in [
        ("hu", "Lukasenko"),
        ("hu", "Putyin"),
        ("hu", "Tokajev"),
        ("pl", "Łukaszenka"),
        ("pl", "Kolesnikowa"),
        ("cs", "Lukašenko"),
        ("cs", "Kolesnikovová"),
        ("de", "Lukaschenko"),
    ]:
        for form in forms(lemma, lang):
            assert key(lemma, lang) in {key(x, lang) for x in lemmas(form, lang)}, form
    assert "Lukasenkót" in forms("Lukasenko", "hu")
    assert "Putyinnal" in forms("Putyin", "hu")
    assert "Tokajevvel" in forms("Tokajev", "hu")
    assert "Łukaszence" in forms("Łukaszenka", "pl")
    assert "Kolesnikowej" in forms("Kolesnikowa", "pl")
    assert lemmas("Boris", "de")[0] == "Boris"


def test_cli_convert(capsys, monkeypatch):
    assert main(["names", "convert", "--from", "ru", "--to", "de", "Лукашенко"]) == 0
    assert capsys.readouterr().out == "Lukaschenko\n"
    assert main(["names", "convert", "--from", "de", "--to", "hu", "Lukaschenko"]) == 0
    assert capsys.readouterr().out == "Lukasenko\n"
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Лукашенко\nТокаев\n"))
    assert main(["names", "convert", "--from", "ru", "--to", "en"]) == 0
    assert capsys.readouterr().out == "Lukashenko\nTokayev\n"
    monkeypatch.setattr("sys.stdin", io.StringIO("Лукашенко\n"))
    assert main(["names", "convert", "--from", "ru", "--to", "en", "-"]) == 0  # - is stdin
    assert capsys.readouterr().out == "Lukashenko\n"


def test_cli_bad_language(capsys):
    assert main(["names", "convert", "--from", "xx", "--to", "de", "Лукашенко"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bitext: error:") and err.count("\n") == 1


def _bench():
    """The benchmark script as a module (its helpers define the scoring)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "names_translit", Path(__file__).parents[1] / "benchmarks" / "names_translit.py"
    )
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    return bench


def test_dev_set_floor():
    """Quality floors on the Wikidata dev names (national-language source label)."""
    path = shared_path("benchmarks", "names", "dev.jsonl")
    bench = _bench()
    cyr_surname, lat_surname, national = bench.cyr_surname, bench.lat_surname, bench.national
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # English follows BGN/PCGN for Russian (Kabayeva, Alfyorov), which Wikidata's
    # labels often do not (Kabaeva, Alferov): a lower floor than German and Polish.
    # German: Wikidata's labels write Ukrainian є after a consonant as e (Dschemilew)
    # where German Wikipedia's table and title write je (Dschemiljew), and some
    # labels are English copies (Illenko): 0.73 measured, floor 0.70.
    for lang, floor in [("de", 0.70), ("en", 0.65), ("pl", 0.75)]:
        hits = n = 0
        for row in rows:
            if not row.get(lang) or not row.get("ru"):
                continue
            label, src = national(row)
            n += 1
            hits += to_latin(cyr_surname(label), lang, src) in {lat_surname(x) for x in row[lang]}
        assert hits / n >= floor, lang


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from glossary.translit import TARGETS  # noqa: E402
from glossary.translit.reverse import ALPHABET  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["ru", "uk", "be"]), st.data())
def test_every_letter_of_every_source_is_transliterated(src, data):
    letters = sorted(ALPHABET[src] | {"'"})
    word = data.draw(st.text(alphabet=st.sampled_from(letters), min_size=1, max_size=12))
    for to in TARGETS:
        out = to_latin(word.capitalize(), to, src)
        assert not any("\u0400" <= ch <= "\u04ff" for ch in out), (to, word, out)


def test_cyrillic_text_names_and_polish_cases_group():
    import glossary

    beads = [
        (0, ["Alexander Lukaschenko sprach."], ["Prezydent Aleksander Łukaszenka mówił."]),
        (1, ["Lukaschenkos Gegner schwiegen."], ["Przeciwnicy Łukaszenki milczeli."]),
        (2, ["Man sprach mit Lukaschenko."], ["Rozmawiano z Łukaszenką."]),
    ]
    entries = glossary.build_entries(beads, "de", "pl")
    assert len(entries) == 1
    assert set(entries[0].forms("pl")) == {"Łukaszenka", "Łukaszenki", "Łukaszenką"}
    assert set(entries[0].lemmas("pl")) == {"Łukaszenka"}
    ru = glossary.build_entries(
        [
            (0, ["Alexander Lukaschenko sprach."], ["Говорил Александр Лукашенко."]),
            (1, ["Lukaschenkos Gegner schwiegen."], ["Противники Лукашенко молчали."]),
        ],
        "de",
        "ru",
    )
    assert len(ru) == 1 and ru[0].preferred["ru"] == "Александр Лукашенко"
    assert {v.bead for v in ru[0].variants if v.side == "tgt"} == {0, 1}


def test_miss_classification_is_general():
    """The benchmark explains a miss from the label itself, not from a list of names."""
    bench = _bench()
    row = {"ru": ["Слуцкий, Леонид Эдуардович"], "en": ["Leonid Slutsky"]}
    assert bench.classify(row, "hu", {"Slutsky"}, "ru") == "english"
    assert bench.classify(row, "hu", {"Szluckyj"}, "ru") == "rule"
    assert bench.classify(row, "hu", {"Qırımoğlu"}, "ru") == "name"
    # A Ukrainian's label taken from the Russian form of the name.
    row = {"ru": ["Огневич Злата"], "uk": ["Огнєвич Злата"], "en": ["Zlata Ognevich"]}
    assert bench.classify(row, "de", {"Ognewitsch"}, "uk") == "other"


def test_dev_set_convention_floor():
    """On labels that follow the target convention, the rules are nearly always right."""
    path = shared_path("benchmarks", "names", "dev.jsonl")
    bench = _bench()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for lang in ("de", "en", "hu", "pl", "fr", "cs"):
        tally = bench.Tally()
        for row in rows:
            if not row.get(lang) or not row.get("ru"):
                continue
            label, src = bench.national(row)
            gold = {bench.lat_surname(x) for x in row[lang]}
            hit = to_latin(bench.cyr_surname(label), lang, src) in gold
            tally.add(hit, None if hit else bench.classify(row, lang, gold, src))
        follows = tally.n - sum(tally.kinds[k] for k in ("english", "other", "name"))
        assert tally.ok / follows >= 0.85, lang


@pytest.mark.parametrize(
    ("name", "src", "to", "expected"),
    [
        ("Раиса", "ru", "fr", "Raïssa"),  # и after a vowel keeps its own sound
        ("Майя", "ru", "fr", "Maïa"),
        ("Мария", "ru", "fr", "Maria"),
        ("Савицкая", "ru", "fr", "Savitskaïa"),
        ("Токаев", "ru", "fr", "Tokaev"),
        ("Андрій", "uk", "fr", "Andriï"),
        ("Ціханоўская", "be", "cs", "Cichanouská"),  # Belarusian і is i after ц
        ("Марыя Калеснікава", "be", "cs", "Maryja Kalesnikavová"),
        ("Ціханоўская", "be", "de", "Zichanouskaja"),
        ("Дзевятоўскі", "be", "de", "Dsewjatouski"),
        ("Багдановіч", "be", "de", "Bahdanowitsch"),
        ("Гриценко", "uk", "de", "Hryzenko"),
        ("Аляксандр Лукашэнка", "be", "de", "Aljaksandr Lukaschenka"),  # кс -> x is Russian only
        ("Олександр Турчинов", "uk", "de", "Oleksandr Turtschynow"),
        ("Ксения", "ru", "de", "Xenija"),  # x for кс in given names (Duden), not in
        ("Аксаков", "ru", "de", "Aksakow"),  # surnames
        ("Афанасьева", "ru", "de", "Afanassjewa"),
        ("Ковалёв Бойко Бакиев", "ru", "en", "Kovalyov Boyko Bakiyev"),  # BGN/PCGN
        ("Жириновский Шишкин", "ru", "cs", "Žirinovskij Šiškin"),
        ("Стець", "uk", "pl", "Steć"),
        ("Сяргей Ціханоўскі", "be", "de", "Sjarhej Zichanouski"),  # Belarusian й is j
        ("Марыя Калеснікава", "be", "en", "Maryia Kalesnikava"),
        ("Уладзімір Някляеў", "be", "en", "Uladzimir Niakliayeu"),
        ("Ильич", "ru", "hu", "Iljics"),  # ь before a vowel is j
        ("Ильич", "ru", "fr", "Ilitch"),
        # Czech gives a woman's surname -ová when her given name shows she is one.
        ("Юлія Тимошенко", "uk", "cs", "Julija Tymošenková"),
        ("Злата Огнєвіч", "uk", "cs", "Zlata Ohněvičová"),  # нє: ně (ÚJČ, as дє: dě)
        ("Анна Черных", "ru", "cs", "Anna Černych"),
        ("Микола Азаров", "uk", "cs", "Mykola Azarov"),
        # A man's given name ending in -а, known to the Latin-script list (Mustafa).
        ("Джемілєв Мустафа", "uk", "cs", "Džemilev Mustafa"),
        ("Тимошенко", "uk", "cs", "Tymošenko"),
    ],
)
def test_national_and_french_forms(name, src, to, expected):
    assert to_latin(name, to, src) == expected


def test_french_diaeresis_is_offered():
    assert convert("Токаев", "ru", "fr", every=True)[:2] == ["Tokaev", "Tokaïev"]


@pytest.mark.parametrize(
    ("name", "src", "to", "expected"),
    [
        ("Lukasenkót", "hu", "de", "Lukaschenko"),
        ("Lukasenkónak", "hu", "de", "Lukaschenko"),
        ("Putyinnal", "hu", "de", "Putin"),
        ("Tokajevvel", "hu", "en", "Tokayev"),
        ("Alekszandr Lukasenkót", "hu", "de", "Alexander Lukaschenko"),
        ("Lukaschenkos", "de", "en", "Lukashenko"),
        ("Tichanowskajas", "de", "en", "Tikhanovskaya"),
        ("Łukaszenki", "pl", "de", "Lukaschenka"),
        ("Kolesnikowej", "pl", "de", "Kolesnikowa"),
        ("Kolesnikovové", "cs", "de", "Kolesnikowa"),
        # Citation forms stay as they are, also when they end like an inflection.
        ("Boris", "de", "en", "Boris"),
        ("Putyin", "hu", "de", "Putin"),
        ("Jelzin", "de", "en", "Yeltsin"),
    ],
)
def test_convert_reduces_inflected_input(name, src, to, expected):
    assert convert(name, src, to) == [expected]


def test_cli_convert_inflected(capsys):
    assert main(["names", "convert", "--from", "hu", "--to", "de", "Lukasenkót"]) == 0
    assert capsys.readouterr().out == "Lukaschenko\n"


def test_surname_first_order_needs_a_listed_given_name():
    from glossary.translit import surname_index

    assert surname_index(["Литвин", "Володимир"]) == 0
    assert surname_index(["Адгур", "Харазия"]) == 1  # Харазия only looks like a given name


@pytest.mark.parametrize(
    ("cyr", "src", "to", "expected"),
    [
        # Duden note 4 (as German Wikipedia quotes it): й is j after и/ы before a
        # consonant, i after a vowel before a consonant or at the end, dropped in -ий.
        ("Новороссийск", "ru", "de", "Noworossijsk"),
        ("Чуйков", "ru", "de", "Tschuikow"),
        ("Горький", "ru", "de", "Gorki"),
        # German transcription of Ukrainian: є is je in every position.
        ("Євген", "uk", "de", "Jewhen"),
        ("Сєвєродонецьк", "uk", "de", "Sjewjerodonezk"),
        # Czech (Pravidla českého pravopisu 1993; ÚJČ tables): ě after д, т, н only,
        # e after other consonants; ji for и after ь; Ukrainian дє is dě.
        ("Тургенев", "ru", "cs", "Turgeněv"),
        ("Веселовский", "ru", "cs", "Veselovskij"),
        ("Медведев", "ru", "cs", "Medveděv"),
        ("Ильич", "ru", "cs", "Iljič"),
        ("Воропаев", "ru", "cs", "Voropajev"),
        ("Лебедєве", "uk", "cs", "Lebeděve"),
        # Polish (PWN, notes on Ukrainian): l before ю, є as e after л and ie after
        # other consonants, ь softens з/с/н/ц into ź/ś/ń/ć.
        ("люблю", "uk", "pl", "lublu"),
        ("наллєш", "uk", "pl", "nallesz"),
        ("синє", "uk", "pl", "synie"),
        ("князь", "uk", "pl", "kniaź"),
        ("Рязань", "ru", "pl", "Riazań"),
    ],
)
def test_published_rule_examples(cyr, src, to, expected):
    assert word(cyr, to, src, surname=True) == expected


@pytest.mark.parametrize(
    ("name", "said", "read"),
    [
        ("Їжакевич", "ru", "uk"),  # ї, є, ґ are Ukrainian only
        ("Ґалаґан", "ru", "uk"),
        ("Магілёў", "ru", "be"),  # ў is Belarusian only
        ("Віталій Кличко", "ru", "uk"),  # і beside и
        ("Ігар Быкаў", "uk", "be"),  # і beside ы (and ў)
        ("Іван", "be", "be"),  # і alone proves nothing
        ("Путин", "uk", "uk"),
    ],
)
def test_letters_show_the_source_language(name, said, read):
    from glossary.translit import script_source

    assert script_source(name, said) == read
    assert convert(name, said, "de") == convert(name, read, "de")


def test_ukrainian_letters_said_to_be_russian_read_as_ukrainian():
    # The 2010 national table's own example: Їжакевич = Yizhakevych.
    assert convert("Їжакевич", "ru", "en") == ["Yizhakevych"]


def test_ukrainian_soft_e_has_the_press_form_in_all():
    # First answer by the German table (є is je); --all adds the form with е
    # that the press takes from the Russian spelling.
    assert convert("Синєв", "uk", "de") == ["Synjew"]
    assert "Synew" in convert("Синєв", "uk", "de", every=True)[1:]


@pytest.mark.parametrize(
    ("name", "src", "expected"),
    [
        ("Ціханоўская", "be", "Тихановская"),  # цеканне, ў, -аўская
        ("Лукашэнка", "be", "Лукашенко"),  # э, -енка
        ("Дзевятоўскі", "be", "Девятовский"),  # дзеканне, -оўскі
        ("Калеснікава", "be", "Калесникова"),  # the suffix only: the stem's а stays
        ("Станіслаў Шушкевіч", "be", "Станислав Шушкевич"),  # -слаў is no -аў surname
        ("Святлана Ціханоўская", "be", "Светлана Тихановская"),  # the listed given name
        ("Огнєвіч", "uk", "Огневич"),
        ("Зеленський", "uk", "Зеленский"),
        ("Лукашенко", "ru", "Лукашенко"),
    ],
)
def test_russian_form_of_national_spellings(name, src, expected):
    from glossary.translit.russian import russian_form

    assert russian_form(name, src) == expected


def test_all_offers_the_russian_press_form_of_belarusian_and_ukrainian_names():
    # First answer from the national form; --all adds the one from the Russian
    # spelling, which German and English press use for many of them.
    assert convert("Святлана Ціханоўская", "be", "de")[0] == "Swjatlana Zichanouskaja"
    assert "Swetlana Tichanowskaja" in convert("Святлана Ціханоўская", "be", "de", every=True)
    assert "Aleksandr Lukashenko" in convert("Аляксандр Лукашэнка", "be", "en", every=True)
    assert "Ognevich" in convert("Огнєвіч", "uk", "en", every=True)
    assert convert("Лукашенко", "ru", "de", every=True)[0] == "Lukaschenko"


@pytest.mark.parametrize(
    ("cyr", "expected"),
    [
        ("Альона", "Aliona"),  # о after ь is io
        ("Наєнко", "Naienko"),
        ("Єнакієве", "Yenakiieve"),
        ("Стрий", "Stryi"),
        ("Згорани", "Zghorany"),
        ("Кадіївка", "Kadiivka"),
        ("Запоріжжя", "Zaporizhzhia"),
    ],
)
def test_ukrainian_2010_table_examples(cyr, expected):
    """The examples printed in the 2010 national table itself."""
    assert word(cyr, "en_uk2010", "uk", surname=True) == expected
