"""A system administrator's handbook in German: appendices' letters, files' paths, web
addresses, English contractions, sentences and dates, quoted words; none of them is a
person, and the names beside them stay."""

from __future__ import annotations

from name_helpers import persons

from glossary.lexicon import is_part_label
from glossary.tokens import tokens


def test_a_noun_that_governs_a_genitive_is_no_one_a_thing_is_named_after():
    text = "Das Abbild wird nach Maßgabe des aktuellen Datums benannt."
    assert persons(text) == []
    assert persons("Die Brücke ist nach Adenauer benannt.") == ["Adenauer"]


def test_an_english_contraction_is_no_name():
    assert persons('Er sagte: "Don\'t worry."') == []
    text = 'Der Befehl: echo "Don\'t forget to wish a Happy Birthday to Raphaël!" | mail'
    assert "Don't" not in persons(text)


def test_an_appendix_letter_is_no_initial():
    assert persons("Zurück Anhang A. Derivate (Abgeleitete Distributionen)") == []
    assert persons("Weiter Anhang B. Kurzer Förderkurs") == []
    text = "Annapurna I, Gipfelmannschaft M. Herzog und L.Lachenal."
    assert persons(text) == ["M. Herzog", "L.Lachenal"]  # a team's noun, no label


def test_part_labels_come_from_a_typesetting_vocabulary():
    assert is_part_label("Anhang", "de") and is_part_label("Приложение", "ru")
    assert is_part_label("Appendix", "en") and not is_part_label("appendix", "en")
    assert not is_part_label("Beispiel", "de")  # zum Beispiel H. Kohl: a name follows


def test_words_of_paths_and_web_addresses_are_no_words_of_the_prose():
    text = (
        "Dazu ändert man /etc/X11/Xsession.options und ruft gzip updates/Packages auf; "
        'danach mv "travail/Icônes" und siehe https://wiki.xenproject.org/wiki/Dom0_Kernels.'
    )
    assert persons(text) == []
    assert [t.text for t in tokens("Meyer/Schulz (2010) zeigen das.")][:2] == ["Meyer", "Schulz"]
    assert persons("Die Dateien Packages.xz und Sources.xz werden geladen.") == []


def test_a_word_a_path_writes_in_lower_case_names_a_thing():
    text = "Die Datei debian/control beschreibt das Paket. Viele Menschen nutzen Debian."
    assert persons(text) == []
    text = "Man telefoniert über Anwendungen wie Lumicall.\n\n→ https://lumicall.org\n"
    assert persons(text) == []  # a web address's host, with its scheme
    assert persons("Merkels Rede war kurz. Die Seite merkel.de zeigt sie.") == ["Merkels"]
    assert persons("Viele Menschen haben sich für Debian entschieden.") == ["Debian"]


def test_a_word_after_a_closing_quotation_mark_goes_on_with_the_sentence():
    text = "Die Verzeichnisbäume werden von „virtuellen“ Dateisystemen erzeugt."
    assert persons(text) == []
    starts = {t.text: t.initial for t in tokens("„Ja.“ Dann ging er. Sie sagte „Nein“ Punkt.")}
    assert starts["Dann"] and starts["Ja"] and starts["Nein"] and not starts["Punkt"]
    assert not {t.text: t.initial for t in tokens('er sagte " Hallo " Dann')}["Dann"]


def test_a_nickname_before_a_surname_that_is_a_noun_too():
    assert persons('Keine Ahnung.\n\t\t-- Joseph "Joschka" Fischer') == ['Joseph "Joschka" Fischer']
    assert persons('Dann kam Heinrich "Heiner" Geißler.') == ['Heinrich "Heiner" Geißler']


def test_an_english_word_after_a_lone_name_word_is_no_surname():
    text = "Pakete für Debian Testing werden jeden Tag gewählt."
    assert persons(text) == []
    text = "Siehe debian/control. Die Bibliothek, die mit Debian Etch kam, hatte einen Fehler."
    assert persons(text) == []  # the document writes debian in lower case
    assert persons("Gestern gewann Usain Bolt den Preis.") == ["Usain Bolt"]


def test_compound_pieces_and_english_dates_are_no_names():
    assert persons("Multiprozessor-, Multikern- oder „Hyper-Threading“-Systeme gibt es.") == []
    assert persons("Prozess 1 ist kaum nützlich und Unix-artige Systeme laufen weiter.") == []
    assert persons("Das Format (i.e., 12/25/22 will be December 25, 2022), oder kürzer.") == []


def test_a_word_in_an_english_sentence_of_a_german_text():
    text = "Debian includes another implementation, called Avahi, which provides it."
    assert persons(text) == []
    assert persons("Avahi bietet ihn auch an, sagte Hertzog.")[-1:] == ["Hertzog"]


def test_a_label_of_a_programs_output_is_no_speaker():
    output = (
        "Die Ausgabe:\n\n        Raid Level : raid1\n        Array Size : 4189184 (4.00 GiB)\n"
        "     Used Dev Size : 4189184 (4.00 GiB)\n\nbank:     /backup\nRunall:     root    22:00\n"
    )
    assert persons(output) == []
    text = "Maintainer: Daniel Leidert <dleidert@debian.org>\nMerz: Wir bauen das."
    assert persons(text) == ["Daniel Leidert", "Merz"]


def test_a_plural_noun_is_no_surname_known_from_the_other_side():
    from glossary.build import build_entries

    beads = [
        (0, ["Das Buch hilft mehr Menschen so."], ["Спасибо Себастьяну Менжену за книгу."]),
        (1, ["Weimer widersprach sofort."], ["Ваймер сразу возразил."]),
    ]
    forms = {v.form for e in build_entries(beads, "de", "ru") for v in e.variants}
    assert "Menschen" not in forms and {"Weimer", "Ваймер"} <= forms
