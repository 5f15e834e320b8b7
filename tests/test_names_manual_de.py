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
    assert persons("Per Voreinstellung ist dies der aktuelle Arbeitsordner.") == []
    assert persons("Dann gilt: Helle Bereiche werden verbessert und Farben verstärkt.") == []
    assert persons("Manuelle Konfiguration\n\nDabei werden einige Angaben abgefragt.") == []
    assert persons("Per Mertesacker sagte das.") == ["Per Mertesacker"]  # a compound only
    assert persons("Helle Bauer lachte.") == ["Helle Bauer"]  # a family name too


def test_an_adjective_after_a_headings_first_word_is_no_verb():
    assert persons("3.11. Bewegungsunschärfe linear") == []
    assert persons("Bewegungsunschärfe kreisförmig\n\nDas Filter erzeugt sie.") == []
    assert persons("Merkel zufrieden mit dem Ergebnis") == ["Merkel"]  # a listed name
    assert persons("Laukötter sagte das am Dienstag.") == ["Laukötter"]
