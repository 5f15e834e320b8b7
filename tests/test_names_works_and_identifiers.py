"""A work's title before its number in a series, and a word the document writes in lower
case as an identifier, are no person anywhere in the document (names made up)."""

from functools import partial

from name_helpers import persons as _persons

from glossary.build import side_mentions
from glossary.text import text_mentions


def test_a_title_with_a_number_in_a_series_is_no_person_throughout():
    text = (
        "Der Hund stammt aus dem Film Lucky Garland. Er erschien erstmals in Lucky "
        "Garland 2 und danach in Lucky Garland 3. Den Film drehte Petra Holzner."
    )
    assert _persons(text) == ["Petra Holzner"]


def test_an_english_title_with_a_number_in_a_series_is_no_person():
    text = "The dog comes from the film Lucky Garland. He first appeared in Lucky Garland 2."
    assert _persons(text, "en") == []


def test_a_title_in_a_parallel_project_is_no_person_on_either_side():
    beads = [
        (0, ["Der Hund stammt aus dem Film Lucky Garland."], ["The dog is from Lucky Garland."]),
        (
            1,
            ["Er erschien erstmals in Lucky Garland 2."],
            ["He first appeared in Lucky Garland 2."],
        ),
        (2, ["Das leitete Petra Holzner."], ["Petra Holzner led it."]),
    ]
    found = side_mentions(beads, "de", "en")
    persons = [(side, m.surface) for _, side, m in found if m.kind == "person"]
    assert persons == [("src", "Petra Holzner"), ("tgt", "Petra Holzner")]


def test_goals_in_a_list_keep_their_scorers():
    text = "Tore: Thomas Müller 2, Harry Kane 1. Später traf Müller wieder."
    assert _persons(text) == ["Thomas Müller", "Harry Kane", "Müller"]


def test_a_number_before_a_capital_names_no_series():
    assert "Lucky Garland" in _persons("Auf Platz 2 kam Lucky Garland 2 Punkte vor Ina Berg.")


def test_a_word_the_document_writes_in_lower_case_is_no_person():
    text = (
        "Zwei Architekturen kamen hinzu, Alpha und Quarzix. Drei fielen später weg: "
        "s390, ia64 und quarzix."
    )
    assert _persons(text) == []
    assert _persons("Zwei Architekturen kamen hinzu, Alpha und Quarzix.") == ["Quarzix"]


def test_the_genitive_of_a_word_written_in_lower_case_is_no_person():
    text = "Quarzixs Handbuch erklärt alles. Rufen Sie dazu quarzix im Terminal auf."
    assert _persons(text) == []
    assert _persons("Merkels Rede war kurz. Die Seite merkel.de zeigt sie.") == ["Merkels"]


def test_a_log_in_name_in_brackets_keeps_the_person():
    text = "Das Projekt leitete Bdale Garbee (bdale). Danach sprach Bdale mit allen."
    assert _persons(text) == ["Bdale Garbee", "Bdale"]


def test_a_given_name_keeps_the_full_name_where_the_bare_identifier_goes():
    text = "Gestern kam Jonas Quarzix vorbei. Im Netz heißt er quarzix, sagte Quarzix."
    assert _persons(text) == ["Jonas Quarzix"]


def test_a_listed_family_name_in_lower_case_keeps_the_person():
    text = "Herr Kessler kam zu spät. dann ging auch kessler, und Kessler schwieg."
    assert _persons(text) == ["Kessler", "Kessler"]


_ru_persons = partial(_persons, lang="ru")


def test_a_latin_word_alone_in_russian_is_no_person():
    text = "Пакеты содержат систему X Quarzix, а компания выпустила Quarzix 2."
    assert _ru_persons(text) == []


def test_a_latin_full_name_with_a_given_name_in_russian_stays_a_person():
    assert _ru_persons("Компанию основал Jonas Quarzix в Берлине.") == ["Jonas Quarzix"]


def test_a_latin_name_ending_in_an_english_noun_in_russian_names_a_thing():
    text = "Это компилятор Free Pascal Compiler, его написал Jonas Quarzix."
    assert _ru_persons(text) == ["Jonas Quarzix"]
    assert _ru_persons("Спасибо Jono Bacon из Ubuntu.") == ["Jono Bacon"]  # a short word


def test_no_name_mixes_latin_and_cyrillic_words():
    uk = [m.surface for m in text_mentions("-Y. Можна вказати файл, сказав Іван Квітка.\n", "uk")]
    assert uk == ["Іван Квітка"]
    assert _ru_persons("Это сделал Карл V в Праге.") == ["Карл V"]


def test_an_abbreviation_joined_to_a_russian_noun_is_no_person():
    text = "Имя переводчика стоит в заголовках PO-файлов, а Иван Квиткин их проверяет."
    assert _ru_persons(text) == ["Иван Квиткин"]


def test_a_capital_inside_a_cyrillic_word_makes_no_name():
    text = "Глава 16. Общая информация о ЧаВо. Затем ЧаВо стал сопровождать Иван Квиткин."
    assert _ru_persons(text) == ["Иван Квиткин"]


def test_english_words_after_a_latin_name_in_russian_are_no_part_of_it():
    text = "Автор: Jonas Quarzix Abstract: краткое описание программы."
    assert _ru_persons(text) == ["Jonas Quarzix"]


def test_a_release_named_before_its_bracketed_product_and_version():
    text = (
        "Nachdem Jessie (Debian 8) veröffentlicht wurde, kam Stretch. "
        "Später wurde Jessie nicht mehr gepflegt."
    )
    assert _persons(text) == []
    # a common word and a number, or a year, in brackets make no release
    assert _persons("Gewonnen hat Anna Weber (Platz 1) vor Jessie Ware.") == [
        "Anna Weber",
        "Jessie Ware",
    ]
    assert _persons("Sie heißt Anna Schmidt (Jahrgang 1950) und lebt in Bonn.") == ["Anna Schmidt"]
