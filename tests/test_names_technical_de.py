"""German technical prose: compounds, field and program names, English words, things
named with *namens*; none of them is a person, and the names beside them stay."""

from __future__ import annotations

from name_helpers import persons

from glossary.germanwords import german_compound
from glossary.wordclass import program_case


def test_a_noun_in_e_drops_it_inside_a_compound():
    assert german_compound("Farbcodes")  # Farbe + Codes
    assert german_compound("Sprachschule")  # Sprache + Schule
    assert not german_compound("Kirchwitz")  # a surname in -witz: Witz is too short a part
    assert persons("Eine Farbtabelle mit Farbcodes für jedes Terminal.") == []


def test_a_short_last_part_after_a_listed_noun():
    assert german_compound("Standardort") and german_compound("Systemuhr")
    assert persons("Die Daten stehen am Standardort, sagte er.") == []
    assert not german_compound("Erdmann")  # no noun of five letters before Mann
    text = "Geschrieben von Richard M. Stallman und David MacKenzie."
    assert persons(text) == ["Richard M. Stallman", "David MacKenzie"]  # Stall|man: a pronoun


def test_a_short_frequent_last_part_after_a_noun_of_four_letters_or_one_without_its_e():
    assert german_compound("Bildart") and german_compound("Farbtyp")  # Bild, Farb(e)
    assert not german_compound("Kirchwitz")  # Witz has four letters: the rule is for three
    assert not german_compound("Chesterton")  # Ster|ton: a rare noun of four letters first
    text = "Hier sind Bildgröße, Bildart und Füllart voreingestellt. Der Farbtyp bleibt."
    assert persons(text) == []


def test_field_and_program_names_by_their_case():
    text = (
        "Eine Ausgabe sieht so aus:\n\n    Name:   bash\n    FDSize: 256\n"
        "    VmSwap: 0 kB\n    SigPnd: 0000000000000000\n\nDie Felder sind:\n\n"
        "    CapInh, CapPrm Die Mengen der Fähigkeiten.\n"
    )
    assert persons(text) == []
    assert persons("Das Verzeichnis kam hinzu, um SELinux zu unterstützen.") == []
    assert all(program_case(w) for w in ("VmSwap", "SigPnd", "SELinux", "YouTube", "CapPrm"))


def test_names_with_a_capital_inside_stay_names():
    assert not any(program_case(w) for w in ("McGrath", "DeSantis", "MacKenzie", "LaGuardia"))
    assert not program_case("IJzerman")  # Dutch IJ
    text = "Dazu schrieb Ron DeSantis einen Brief an Kevin McGrath."
    assert persons(text) == ["Ron DeSantis", "Kevin McGrath"]
    assert persons("Mit dabei war AlbertEggler aus Grindelwald.") == ["AlbertEggler"]


def test_an_english_word_in_s_is_no_genitive():
    text = "ascii(7)          Miscellaneous Information Manual          ascii(7)\n\nBEZEICHNUNG\n"
    assert persons(text) == []
    assert persons("Gesamte CMA- (Contiguous Memory Allocator) Seiten.") == []
    assert persons("Die Aussagen Rudolphs waren klar.") == ["Rudolphs"]


def test_a_thing_named_with_namens():
    assert persons("Die Pakete lagen auf der Plattform namens Alioth bereit.") == []
    assert persons("Im Museum steht ein Artefakt namens Scion aus Bronze.") == []
    assert persons("Sein Onkel namens Krutschinna kam später.") == ["Krutschinna"]


def test_a_standard_joined_to_its_number():
    assert persons("Eine Variante von Latin-1 für Island.") == []


def test_a_latin_word_in_russian_text_confirms_no_name():
    import glossary

    de = ["Diese Makros kennt GNU Troff seit Version 1.20.", "Das schrieb Osborne am Montag."]
    ru = ["Эти макросы поддерживаются в GNU Troff с версии 1.20.", "Об этом написал Осборн."]
    rows = [(i, [a], [b]) for i, (a, b) in enumerate(zip(de, ru, strict=True))]
    entries = glossary.build_entries(rows, "de", "ru")
    forms = {v.form for e in entries for v in e.variants}
    assert "Troff" not in forms
    assert {"Osborne", "Осборн"} <= forms  # a name in the other script still pairs


def test_a_long_english_word_first_in_a_sentence_is_no_subject():
    assert persons("Experimental wird für Pakete benutzt, die neu sind.") == []
    assert persons("Trump erklärte am Montag seinen Rücktritt.") == ["Trump"]  # short
    assert persons("Fletcher sagte, er komme später.") == ["Fletcher"]  # a listed surname


def test_english_names_of_languages_in_a_list():
    text = "Wählen Sie eine Sprache: Bulgarian (bg), Czech (cs), French (fr) oder Welsh (cy)."
    assert persons(text) == []
    assert persons("Dazu äußerte sich John French am Montag.") == ["John French"]


def test_an_english_possessive_is_no_genitive():
    assert persons("© Copyright 2023, Developer's Reference Team.") == []
    assert persons("So steht es in Miller's Buch.") == ["Miller's"]  # a family name's


def test_a_commands_option_is_no_name():
    assert persons("Rufen Sie dpkg-shlibdeps -Tsubstvars im Verzeichnis auf.") == []
    assert persons("Rufen Sie es mit -Osymbols auf, um Dateien zu schreiben.") == []


def test_an_adjective_in_es_is_no_genitive():
    text = "Nach dem Urlaub zurückkehren Vorheriges Thema Mitgliedschaft Nächstes Thema Ressourcen"
    assert persons(text) == []


def test_a_lower_case_word_is_no_title():
    assert persons("Das darf jeder, wie er mag. Löschen Sie danach die Datei.") == []
    assert persons("Es sprach Mag. Kralowetz vom Landesamt.") == ["Kralowetz"]


def test_compounds_of_compounds_and_of_english_nouns():
    assert german_compound("Versionskontrollsystem")  # Versions + Kontrollsystem
    assert german_compound("Shellskripte")  # Shell + Skripte
    assert persons("Das vom Team benutzte Versionskontrollsystem hat Vorteile.") == []
    assert persons("Die meisten Dateien dort sind Shellskripte.") == []


def test_english_words_joined_by_hyphens_are_a_field():
    assert persons("Tragen Sie das Paket im Feld Build-Depends ein, dann baut es.") == []
    assert persons("Dazu schrieb Anna Smith-Jones einen Brief.") == ["Anna Smith-Jones"]


def test_an_english_field_before_its_value_is_no_speaker():
    text = "Die Datei beginnt so:\n\nSource: quarzix\nHash: SHA256\nCloses: #98725\n\nDer Rest."
    assert persons(text) == []
    assert persons("Trump: Wir bauen die Mauer.") == ["Trump"]


def test_an_adjective_after_a_hyphen_is_no_genitive():
    text = "Ein »a« steht für »Arch-Independent« (Architektur-unabhängiges Paket)."
    assert persons(text) == []


def test_an_option_is_no_name_even_when_a_list_has_the_word():
    assert persons("Starten Sie zuerst icedax dev=/dev/cdrom -B -Owav und danach wodim.") == []


def test_an_english_plural_is_no_subject():
    text = "Units, die gestoppt wurden, werden entladen. Die Abfuhr von Units ist dann schneller."
    assert persons(text) == []
    assert persons("Rogers, der Sänger, kam.") == ["Rogers"]
    assert persons("Burns erklärte es.") == ["Burns"]


def test_a_debian_packages_name_alone_is_a_program():
    assert persons("Büroanwendungen wie LibreOffice, Gnumeric und andere sind enthalten.") == []
    assert persons("Mit Cervisia und anderen Werkzeugen geht es.") == []
    assert persons("Einstein sagte das.") == ["Einstein"]  # a package too, but a listed name


def test_a_plural_compound_ends_a_name_or_makes_none():
    text = "Von den Distributionsbetreuern wird jedem Paket eine Priorität zugeordnet."
    assert persons(text) == []
    text = "Es ermöglicht Debian Systemadministratoren oder Benutzern, ein System festzulegen."
    assert "Debian Systemadministratoren" not in persons(text)
    assert persons("Von der Leyen sagte das.") == ["Von der Leyen"]
    assert persons("Das sagte Eckhart von Hirschhausen gestern.") == ["Eckhart von Hirschhausen"]


def test_an_english_plural_after_a_rank_is_no_name():
    text = "bzip2(1)              General Commands Manual              bzip2(1)\n\nBEZEICHNUNG\n"
    assert persons(text) == []
    assert persons("Das sagte General Jones gestern.") == ["Jones"]


def test_a_second_verb_makes_the_first_an_attribute_or_the_word_a_predicate():
    text = "Der im Installer verwendete Partitionierer ist vielseitig. Er erlaubt viel."
    assert persons(text) == []
    assert persons("Jede Person kann Lizenznehmer sein und wird so angesprochen.") == []
    assert persons("Damit will Laukötter schon bald beginnen.") == ["Laukötter"]
    assert persons("Damit will Laukötter sein Amt antreten.") == ["Laukötter"]  # a possessive


def test_a_noun_one_source_gives_as_a_given_name_after_another_noun_is_none():
    text = "Der Konzentrator (eine Art Server, der Verbindungen bereitstellt) antwortet."
    assert persons(text) == []
    assert persons("Gestern kam Oma Gerda zu Besuch.") == ["Gerda"]  # no noun


def test_the_words_an_acronym_abbreviates_are_no_name():
    assert persons("Die Regeln heißen Debian Free Software Guidelines (DFSG) und gelten.") == []
    assert persons("Ein weiteres Protokoll ist UDP(User Datagram Protocol). Es ist schnell.") == []
    assert persons("Daten liegen in RRD-Dateien (Round Robin Database, einem Format).") == []
    assert persons("John F. Kennedy (JFK) sprach in Berlin.") == ["John F. Kennedy"]  # a surname
    english = "The rules are the Debian Free Software Guidelines (DFSG), by Bruce Perens."
    assert persons(english, "en") == ["Bruce Perens"]


def test_an_adjective_made_of_a_name_is_no_name():
    text = "Der »Selektive Gaußsche Weichzeichner« erlaubt einen Schwellwert."
    assert persons(text) == []
    assert persons("Gestern sagte Drescher das.") == ["Drescher"]  # a family name in -scher


def test_an_english_address_in_a_licence_is_no_name():
    text = "Schreiben Sie an die Free Software Foundation, Inc., 51 Franklin Street, Boston."
    assert persons(text) == []


def test_a_name_ends_in_no_abstract_noun():
    assert persons("Anhang\n\nA. Fortgeschrittene Paketierung\n\nA.1. Bibliotheken") == []
    assert persons("Gestern sprach Christian Hartung in Bonn.") == ["Christian Hartung"]


def test_a_hardware_makers_word_alone_is_a_firm():
    assert persons("Compaq stellte dem Projekt Rechner zur Verfügung.") == []
    assert persons("Faraday entdeckte die Induktion.") == ["Faraday"]  # WordNet's person


def test_an_english_fields_label_before_a_name_alone_is_no_speaker():
    text = "Das sieht so aus:\n\nDocument: gentoo\nTitle: Gentoo Manual\nAuthor: Emil Brink\n"
    assert persons(text) == ["Emil Brink"]
    assert persons("Murdock: Peter Smith") == ["Murdock", "Peter Smith"]  # a listed surname


def test_a_participle_before_the_finite_verb_makes_the_first_word_no_subject():
    text = "Die Daten werden geprüft. Stark vereinfacht bedeutet das, dass dpkg sie auspackt."
    assert persons(text) == []
    assert persons("Stark verlor gestern das Spiel.") == ["Stark"]  # a listed surname
    assert persons("Schröder wiederum war gestern Gast.") == ["Schröder"]  # an adverb


def test_a_part_of_a_lower_case_hyphened_name_is_an_identifier():
    text = "Der debian-installer ist neu. Das Kapitel zeigt, wie man Debian installiert."
    assert persons(text) == []
    assert persons("Das Kapitel zeigt, wie man Debian installiert.") == ["Debian"]  # alone


def test_a_long_english_word_after_a_role_noun_is_no_name():
    text = "Die Fragen stammen aus dem Ratgeber Choosing a distribution FAQ, den er schrieb."
    assert "Choosing" not in " ".join(persons(text))
    assert persons("Der Sänger Sting trat gestern auf.") == ["Sting"]  # a short one
