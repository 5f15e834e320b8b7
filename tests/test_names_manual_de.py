"""Words of a program's manual that name no person: captions with a past participle,
menu paths and key combinations, menu items, options described in the present, examples
of things, and the English labels a translation keeps (the GIMP manual beside Russian,
names_guides.py), in sentences modelled on the manual's."""

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


def test_an_english_labels_word_before_its_english_value_is_no_speaker():
    assert persons("Es gibt drei. Euclidean: the distance is a straight line.") == []
    assert persons("Bilinear: the values are mixed.") == []
    assert persons("Murdock: the project is new.") == ["Murdock"]  # a listed surname
    assert persons("Tainio: Wir schaffen das.") == ["Tainio"]  # German after it
    assert persons("Trump: We will build the wall.") == ["Trump"]  # a quotation's capital


def test_an_english_word_before_an_english_word_german_lacks_opens_an_english_phrase():
    assert persons("Die Animation ist klein. File size is 600 kB.") == []
    assert persons("Keep sign\n\nMit dieser Einstellung legen Sie es fest.") == []
    assert persons("Color profile\n\nHier wählen Sie ein Farbprofil.") == []
    assert persons("Gestern war es so. Laukötter hat gewonnen.") == ["Laukötter"]


def test_two_english_words_are_no_given_name_and_surname():
    assert persons("Anhang D. Tone Mapping and Shadow Recovery") == []
    assert persons("Gestern sprach Grace Hill mit Will Smith.") == ["Grace Hill", "Will Smith"]
    assert persons("Bill Gold kam.") == ["Bill Gold"]  # a short English word


def test_a_bare_compound_before_a_present_by_rule_is_an_option_not_a_name():
    assert persons("mittlerer Helligkeit. Glanzlichter beschränkt die Anwendung auf helle") == []
    assert persons("an die erste Position gesetzt wird. Versatz legt fest, wie oft") == []
    assert persons("Gestern war es so. Pinkwart hielt eine Rede.") == ["Pinkwart"]  # a past
    assert persons("Gestern war es so. Pinkwart plädierte für mehr.") == ["Pinkwart"]


def test_a_line_of_a_word_and_an_infinitive_is_a_menu_item():
    menu = "12. Dekoration\n12.2. Rand abschrägen\n12.3. Rand hinzufügen\n12.4. Kaffeeflecken"
    assert persons(menu) == []
    assert persons("Rand lachte.") == ["Rand"]  # a person's singular verb
    assert persons("Merz und Klingbeil trafen sich.") == ["Merz", "Klingbeil"]


def test_examples_after_a_things_noun_and_wie_are_no_persons():
    text = "In Vektorgrafikprogrammen wie Sodipodi oder Inkscape bearbeiten Sie die Pfade."
    assert persons(text) == []
    assert persons("Öffnen Sie es mit einer Dateiverwaltung (wie Nautils oder Konqueror).") == []
    assert persons("Ökonomen wie Fratzscher warnen davor.") == ["Fratzscher"]  # a role's
    assert persons("Ein Mann wie Voltaire taugt zu keinem Hofmann.") == ["Voltaire"]


def test_a_tools_name_after_werkzeug_is_no_person():
    # Werk|zeug ends in Zeug, a neuter noun that only shares its letters with Zeug|in
    assert persons("Sie malen mit dem Werkzeug Klonen unter Verwendung von Mustern.") == []
    assert persons("Das Werkzeug Zuschneiden ist einfacher zu benutzen.") == []
    assert persons("Der Zeuge Laukötter sagte aus.") == ["Laukötter"]  # Zeuge is a role
    assert persons("Der Augenzeuge Laukötter sagte aus.") == ["Laukötter"]


def test_an_abstract_noun_after_a_role_noun_is_no_name():
    text = "Aktivieren Sie den Reiter Farbtransformation und wählen Sie eine Farbe."
    assert persons(text) == []
    assert persons("Der Reiter Hartung gewann gestern.") == ["Hartung"]  # -ung, short
