"""Words of a program's manual that name no person: captions with a past participle,
menu paths and key combinations (the GIMP manual beside Russian, names_guides.py)."""

from __future__ import annotations

from name_helpers import persons


def test_a_past_participle_after_a_captions_noun_is_no_finite_verb():
    text = "Beispielbild aufgeteilt in Ebenen\n\nTiefenkombination angewandt\n\nEs wird gemischt."
    assert persons(text) == []
    assert persons("Pinkwart plädierte für mehr Geld.") == ["Pinkwart"]  # a finite verb


def test_a_word_of_a_menus_path_or_a_key_combination_is_no_name():
    menu = "Das Filter lässt sich über das Menü Filter → Verbessern → Deinterlace … aufrufen."
    assert persons(menu) == []
    assert persons("Die Grafik öffnen Sie mit Image->Metadata->Viewer im Menü.") == []
    assert persons("Über das Tastenkürzel: Alt+Umschalt ist für einige Tastaturen nötig.") == []
    prose = "Das Menü Datei → Öffnen zeigt es.\n\nDas sagte Laukötter am Dienstag."
    assert persons(prose) == ["Laukötter"]  # a menu on another line


def test_a_first_word_german_writes_in_lower_case_before_a_listed_noun_is_no_given_name():
    from glossary.detect import _Finder

    finder = _Finder("Per Voreinstellung ist dies der Ordner.", "de", set(), set())
    assert finder.word_before_noun(0, "Voreinstellung")  # per: a preposition
    assert finder.word_before_noun(0, "Bereiche")
    assert not finder.word_before_noun(0, "Mertesacker")  # a compound only: Per Mertesacker
    assert not finder.word_before_noun(0, "Bauer")  # a family name too
    inside = _Finder("Es sagte Per Voreinstellung.", "de", set(), set())
    assert not inside.word_before_noun(2, "Voreinstellung")  # not a sentence's first word
    ernst = _Finder("Ernst Jünger schrieb.", "de", set(), set())
    assert not ernst.word_before_noun(0, "Jünger")  # a widely given name
