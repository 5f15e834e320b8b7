"""German: a capitalised word that is no known word of the language reads as a name."""

from __future__ import annotations

from glossary.detect import find_names
from glossary.gazetteer import is_place_name
from glossary.germanwords import is_german_lower, is_german_noun


def _persons(text: str) -> list[str]:
    return [m.surface for m in find_names(text, "de") if m.kind == "person"]


def test_unknown_word_in_prose_is_a_person():
    assert _persons("Am Montag hat Krutschinna den Vertrag unterschrieben.") == ["Krutschinna"]


def test_unknown_neighbours_make_one_name():
    assert _persons("Im Finale traf Okkoli Varjaneva zweimal.") == ["Okkoli Varjaneva"]


def test_known_nouns_compounds_and_inflections_are_no_names():
    text = "Im Gebäudetrakt lagen die Kontingenten und das Wahlgebiet blieb leer."
    assert _persons(text) == []


def test_a_name_after_a_noun_names_that_thing():
    text = "Nach Angaben der Menschenrechtsorganisation Wjasna gab es neue Festnahmen."
    assert _persons(text) == []


def test_a_noun_after_an_inflected_adjective():
    assert _persons("Ein Zeichen für geschicktes Manövriren war die Freilassung.") == []


def test_a_caption_is_no_prose():
    assert "Shutterstock" not in _persons("Titelbild: Arkadij Schell / Shutterstock\n")


def test_word_lists():
    assert is_german_noun("Gebäudetrakt")  # Gebäude + Trakt
    assert not is_german_noun("Hofmann")  # a family name, though Hof + Mann
    assert is_german_lower("Befallene") and not is_german_lower("Merkel")
    assert is_place_name("Mailand", "de") and is_place_name("Kiew", "de")


def test_a_rarer_noun_after_name_words_is_their_surname():
    assert _persons("Meine Unterstützung hat Volkbert Keßler, sagte er.") == ["Volkbert Keßler"]
    assert _persons("Der Abgeordnete Hans Peter Keßler ging davon aus.") == ["Hans Peter Keßler"]
    assert _persons("Am Abend kam Kolesnikowas Verschleppung.") == ["Kolesnikowas"]
    # after a family name alone, a noun is an object: the name has ended
    assert _persons("Der Regierungschef schickte Fiala Glückwünsche.") == ["Fiala"]
    assert _persons("Wie die Kameraden hatte auch Nawa Ram früher gespottet.") == ["Nawa Ram"]


def test_an_unknown_word_is_not_read_as_a_noun_plus_ending():
    assert _persons("Danach schrieb Ezechiel Zivier einen weiteren Band.") == ["Ezechiel Zivier"]


def test_an_adjective_after_a_noun_is_a_word_not_a_name():
    assert is_german_noun("Sprintstark")  # Sprint + stark
    assert is_german_noun("Einwilligungsfähig")  # Einwilligung + s + fähig
    assert not is_german_noun("Hartfiel")  # a short verb form (fiel) makes no compound
    assert not is_german_noun("Wunderlich")  # a listed family name stays a name
    assert _persons("Vor dem Rennen galt die Läuferin als Sprintstark.") == []


def test_a_verb_form_german_also_writes_as_a_noun_still_follows_its_subject():
    """*Marchoux beschäftigte sich …*: *beschäftigte* is capitalised as a noun more
    often than written as a verb, but it is a finite verb of the general list, so the
    unknown word before it is its subject; a noun there stays a noun."""
    assert _persons("Marchoux beschäftigte sich lange mit einer Frage.") == ["Marchoux"]
    assert _persons("Arbeitgeber beschäftigte das lange.") == []


def test_a_compound_whose_first_part_is_a_compound_is_a_common_noun():
    """*Ganzkornreis* (*Ganz|korn|reis*): no German list has it, but its first part is a
    compound of known words, so it is a common noun, not a name."""
    assert _persons("So nimmt Bruchreis Soßen anders an als Ganzkornreis.") == []


def test_a_word_before_a_citys_name_is_a_clubs_not_a_persons():
    """*Panathinaikos Athen*, *Olympiakos Piräus*: a word no name list has, right before
    a listed city, names a club or a firm with its seat; a person's genitive there
    stays a person (*auf Druck Napoleons Regensburg abtreten*)."""
    assert _persons("Nach dem Sieg über Panathinaikos Athen jubelten die Fans.") == []
    assert _persons("Das Spiel gegen Olympiakos Piräus endete 1:1.") == []
    assert _persons("Er musste auf Druck Napoleons Regensburg abtreten.") == ["Napoleons"]


def test_a_name_after_a_hyphenated_common_noun_names_that_thing():
    """*des Technologie-Konzerns Kyocera*: the compound's last part is the noun the
    name belongs to, as after *Konzerns* alone; a role's compound stays a role
    (*Die SPD-Politikerin Esken sprach*)."""
    text = "Er traf den Gründer des japanischen Technologie-Konzerns Kyocera."
    assert _persons(text) == []
    assert _persons("Die SPD-Politikerin Esken sprach.") == ["Esken"]


def test_a_surname_that_is_a_noun_is_the_subject_once_the_text_names_the_person():
    """*Denis Scheck … Scheck fragte nach …*: a German noun at a sentence's start before
    a singular verb is that person once the text has named them fully; before a plural
    verb it stays the noun (*Richter entschieden das*)."""
    from glossary.text import text_mentions

    text = "Moderiert wurde der Abend von Denis Scheck. Scheck fragte nach dem Buch."
    found = [text[m.start : m.end] for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Denis Scheck", "Scheck"]
    text = "Richter entschieden das. Der Richter Hans Richter kam."
    found = [text[m.start : m.end] for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Hans Richter"]


def test_a_role_that_one_list_has_as_a_given_name_is_the_role_before_a_given_name():
    """*der Habsburger Kaiser Franz Joseph*: *Kaiser* is a role noun and a given name
    only one source lists, so before a given name it is the role, not the name's
    first word; as a surname it stays one (*Dennis Kaiser*)."""
    text = "Die Schlösser fielen an den Habsburger Kaiser Franz Joseph zurück."
    assert _persons(text) == ["Franz Joseph"]
    assert _persons("Er sprach gestern mit Dennis Kaiser.") == ["Dennis Kaiser"]
