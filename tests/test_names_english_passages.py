"""English lines of a German text are read by English's rules: a manual keeps whole
English paragraphs, where a capitalised word is no German noun. The sentences are
modelled on untranslated passages of a program's German manual."""

from __future__ import annotations

from dataclasses import replace

from glossary.detect import find_names
from glossary.key import key
from glossary.mention import Mention
from glossary.passages import english_line, language_runs, read_as_english
from glossary.text import text_mentions


def _persons(text: str, lang: str = "de") -> list[str]:
    return [m.surface for m in text_mentions(text, lang) if m.kind == "person"]


def test_an_english_sentence_first_word_is_no_person():
    text = (
        "Der Parameter steuert das Perzentil.\n\n"
        "Lower values shift the image toward darker ones.\n\n"
        "Small values result in less toner overall and a lighter image.\n"
    )
    assert _persons(text) == []


def test_names_of_an_english_line_are_found_as_english_finds_them():
    text = (
        "Die Geschichte von GIMP beginnt an einer Universität.\n\n"
        "The GIMP was written by Peter Mattis and Spencer Kimball in 1995.\n"
    )
    assert _persons(text) == ["Peter Mattis", "Spencer Kimball"]
    mattis = next(m for m in find_names(text, "de") if m.surface == "Peter Mattis")
    assert mattis.key == key("Mattis", "de")  # keyed as the text's other words
    assert text[mattis.start : mattis.end] == "Peter Mattis"


def test_german_lines_around_an_english_one_read_as_before():
    text = (
        "Dann sagte Angela Merkel etwas.\n"
        "This is useful if the docks hide a portion of the image Window.\n"
        "Später sprach Helmut Kohl.\n"
    )
    assert _persons(text) == ["Angela Merkel", "Helmut Kohl"]


def test_a_german_line_quoting_english_words_stays_german():
    text = "Die Funktion „Lower the Layer“ hat Peter Mattis geschrieben, und sie ist alt.\n"
    assert [r[2] for r in language_runs(text, "de")] == ["de"]
    assert _persons(text) == ["Peter Mattis"]


def test_runs_of_lines_and_other_languages():
    text = "Ein Satz auf Deutsch.\n\nThe default is the first of the values.\n\nNoch einer.\n"
    runs = list(language_runs(text, "de"))
    assert [lang for _s, _e, lang in runs] == ["de", "en", "de"]
    assert "".join(text[s:e] for s, e, _ in runs) == text
    assert text[runs[1][0] : runs[1][1]].startswith("The default")
    # a Cyrillic text's line of Latin letters alone is English
    cyrillic = "Одна фраза.\nThe values of the image.\nЕщё одна с Ian Murdock.\n"
    assert [lang for _s, _e, lang in language_runs(cyrillic, "ru")] == ["ru", "en", "ru"]


def test_a_quoted_english_title_or_shared_abbreviations_leave_a_line_german():
    assert not english_line("Darüber berichtet Trevor Braham (« The Alpine Journal », Nr. 293).")
    assert not english_line("7. Kangchendzönga, ca. 8597 m, Leiter Ch.")  # ca, ch: no English
    assert english_line("Lower values shift the image toward darker ones.")
    text = "Darüber berichtet Trevor Braham (« The Alpine Journal », Nr. 293).\n"
    assert _persons(text) == ["Trevor Braham"]


def test_a_name_running_on_past_an_english_run_stays_the_host_s():
    text = "The first ascent was made by the team of Ch.\nEvans und seiner Seilschaft.\n"
    run = next((s, e) for s, e, lang in language_runs(text, "de") if lang == "en")
    start = text.index("Ch.")
    crossing = replace(
        Mention("Ch. Evans", "Evans", "Evans", key("Evans", "de"), start, start + 10, True),
        given="Ch.",
    )
    english_reading = [Mention("Ch", "Ch", "Ch", key("Ch", "de"), start, start + 2, False)]
    shifted = [replace(m, start=m.start - run[0], end=m.end - run[0]) for m in english_reading]
    out = read_as_english([crossing], {run: shifted}, "de")
    assert [m.surface for m in out] == ["Ch. Evans"]


def test_english_lines_of_french_polish_czech_and_hungarian_text():
    text = (
        "Lower values shift the image toward darker ones.\n"
        "This is useful if the docks hide a portion of the image Window.\n"
        "The GIMP was written by Peter Mattis and Spencer Kimball in 1995.\n"
    )
    for lang in ("fr", "pl", "cs", "hu"):
        assert _persons(text, lang) == ["Peter Mattis", "Spencer Kimball"], lang


def test_a_thing_called_by_a_name_in_english():
    text = "Debian includes another implementation, called Avahi, which provides the same.\n"
    for lang in ("en", "fr"):
        assert _persons(text, lang) == [], lang
    assert _persons("“We will win,” said Smith, who leads the party.\n", "en") == ["Smith"]


def test_mail_addresses_make_no_line_english():
    text = (
        "TŁUMACZENIE\n"
        "       Autorami polskiego tłumaczenia niniejszej strony podręcznika są: Gwidon\n"
        "       S.     Naskrent\t   <naskrent@hoth.amu.edu.pl>,\t   Robert      Luberda\n"
        "       <robert@debian.org> i Michał Kułach <michal.kulach@gmail.com>\n"
    )
    assert [lang for _s, _e, lang in language_runs(text, "pl")] == ["pl"]
    assert {"Gwidon S.", "Luberda", "Michał Kułach"} <= set(_persons(text, "pl"))


def test_latin_lines_of_a_cyrillic_text_are_read_as_english():
    # a Russian manual keeps untranslated headings and labels in Latin letters
    text = (
        "8.30. Цвет в серый\n\n"
        "8.32. Mono Mixer\n\n"
        "Report a bug in GIMP\n\n"
        "Эту программу написали Spencer Kimball и Peter Mattis.\n\n"
        "The GIMP was written by Peter Mattis and Spencer Kimball in 1995.\n"
    )
    for lang in ("ru", "uk", "be"):
        # the Russian line's names stay; English's reading only takes away there
        assert _persons(text, lang) == ["Spencer Kimball", "Peter Mattis"], lang


def test_a_credits_line_in_latin_letters_keeps_its_persons():
    text = "Авторы перевода:\nSpencer Kimball, Peter Mattis\n"
    assert _persons(text, "ru") == ["Spencer Kimball", "Peter Mattis"]
    # a changelog's trailer: a listed given name keeps what English's reading misses
    trailer = "Запись:\n-- Steve Greenland <steve@example.org>  Sat, 6 Sep 2003 17:15:03 -0500\n"
    assert _persons(trailer, "ru") == ["Steve Greenland"]


def test_a_short_line_of_words_only_english_has_is_english():
    assert english_line("Camera angle of view (0 - 180°)\n", "de")
    assert english_line("Channel lock attributes\n", "de")
    assert not english_line("Free Software für alle\n", "de")  # German words
    assert not english_line("Trump: We will build the wall.\n", "de")  # a speaker's line
    text = "Einstellungen\n\nCamera angle of view (0 - 180°)\n\nKrümmung"
    assert [m.surface for m in text_mentions(text + "\n", "de") if m.kind == "person"] == []
