"""German: the words around a capitalised word say whether it is a person's name."""

from __future__ import annotations

import pytest

from glossary.detect import find_names


def _persons(text: str) -> list[str]:
    return [m.surface for m in find_names(text, "de") if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence's first word as the subject of a singular finite verb
        ("Kolb war bis zuletzt im Vorstand.", ["Kolb"]),
        ("Beck ist gestern nach Hause gekommen.", ["Beck"]),
        # a speaker before a colon
        ("Mayrhuber: Wir bleiben bei unserem Angebot.", ["Mayrhuber"]),
        # a role compound before the name
        ("Das bestätigte Verkehrsminister Hollerbach am Abend.", ["Hollerbach"]),
        # a genitive after its noun, the noun with its article
        ("Die Aussagen Brandauers wurden später bestätigt.", ["Brandauers"]),
        # a genitive before its noun, after a preposition
        ("Man wartet auf Zabels Antwort.", ["Zabels"]),
        # a name word no list has, joined to a found surname
        ("Im Rennen lag Teemu Räikkönen lange vorn.", ["Teemu Räikkönen"]),
        # a family name German writes as often as a common word: the famous are written of
        ("Gerhard Schröder sagte das am Abend.", ["Gerhard Schröder"]),
        ("Die Zeitung zitierte Altkanzler Schröder ausführlich.", ["Schröder"]),
        # a name particle other than von before a surname German writes often
        ("Gestern sprach Thomas de Maizière in Berlin.", ["Thomas de Maizière"]),
        # a sentence's first given name before a particle, or before a surname German
        # has no use for but a name
        ("Ursula von der Leyen sprach in Brüssel.", ["Ursula von der Leyen"]),
        ("Volker Wissing sagte das am Abend.", ["Volker Wissing"]),
        # joined by und to a family name German writes often: no common noun
        ("Macron und Scholz trafen sich in Paris.", ["Macron", "Scholz"]),
        # a plural verb before two names joined by und
        ("Gestern trafen sich Macron und Scholz in Paris.", ["Macron", "Scholz"]),
        # a compound ending in a role noun of four letters
        ("Das sagte Parteichef Klingbeil am Montag.", ["Klingbeil"]),
        ("Kremlchef Putin drohte erneut.", ["Putin"]),
        # a listed family name that stopword lists hold as an adverb
        ("Die Grünen-Chefin Ricarda Lang trat zurück.", ["Ricarda Lang"]),
        # a verb in -te before a surname German has as a noun too: no adjective
        ("Das sagte heute Winter in Berlin.", ["Winter"]),
        ("Am Montag benannte Scotty sein Kabinett.", ["Scotty"]),
    ],
)
def test_evidence_finds_a_person(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare plural noun before a plural verb is no subject name
        "Richter entschieden anders.",
        # a firm: a legal form after capitalised words, or joined by &
        "Den Auftrag erhielt die Hollmann Bau GmbH im Mai.",
        "Entworfen hat es das Büro Wendt & Kessler.",
        # a place: after the first word of many places' names, or an ending of places
        "Die Fähre fährt nach San Remo weiter.",
        "Der Bus hält in Oberfeldingen und fährt dann weiter.",
        "Das Dorf liegt südlich von Kranowa.",
        # a title in English
        "Der Film heißt Plenty of Room und lief im Herbst.",
        # a role after a role: a compound ending in one is no name
        "Er war in der ersten Amtszeit des Präsidenten Chefökonom im Weißen Haus.",
        # a person's name inside the English name of a thing
        "Sie lernte am Lee Strasberg Theatre in New York.",
        "Sie besuchte die Matthew Humberstone School in Leeds.",
        # a word after an acronym: a club or a firm
        "Das Spiel gegen den SC Wallbach endete torlos.",
        # a listed family name that German has as a noun too, next to an attribute
        "Er hatte warme Sommer erwartet.",
        # an adjective in -te is one when it declines (kalter, kaltes); sagte Kolb is not
        "Das Land hat kalte Winter .",
    ],
)
def test_no_person(text):
    assert _persons(text) == []


def test_a_word_german_writes_too_is_no_sign_of_an_english_title_after_a_name():
    """English's function words hold *per*, which German writes too: after a full name
    it is German's preposition, while *of* inside a title still marks English."""
    text = "Der Guineer traf nach Vorlage von Julian Brandt per Kopf."
    assert _persons(text) == ["Julian Brandt"]
    assert _persons("Der Film heißt Plenty of Room und lief im Herbst.") == []


def test_a_name_after_an_abbreviated_place_prefix_names_a_place_or_church():
    assert _persons("Das Kloster St. Peter wurde 1093 gegründet.") == []
    assert _persons("Am Abend sprach Peter Weber in der Kirche.") == ["Peter Weber"]


def test_a_lone_word_before_a_roman_numeral_is_a_law_or_work_unless_a_given_name():
    assert _persons("Viele Familien beantragen Hartz IV.") == []
    assert _persons("Damals regierte Ludwig II. das Land.") == ["Ludwig II."]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Schwarz: Ich bin eine Leseratte.", ["Schwarz"]),  # an interview's speaker
        ("Fazit: Wir sind zufrieden.", []),
        ("Achtung: Die Straße ist gesperrt.", []),
    ],
)
def test_a_family_name_that_is_a_word_too_speaks_before_a_colon(text, person):
    """Interviews print the speaker's surname before a colon; one that German lists as
    a family name counts there though it is a word too (schwarz, black)."""
    found = [m.surface for m in find_names(text, "de") if m.kind == "person"]
    assert found == person


def test_the_declined_honorific_herrn_shows_a_man():
    """*traf Herrn Petersen*: German's Herr takes -n outside the nominative; the
    honorific still names a man."""
    found = find_names("Im Zug traf sie Herrn Petersen und Frau Albrecht.", "de")
    assert [(m.surface, m.gender) for m in found] == [("Petersen", "m"), ("Albrecht", "f")]


def test_a_particle_between_the_first_phrase_and_the_verb_keeps_the_subject():
    """*Xhaka selbst sagte*, *Merz hingegen erklärte*: the sentence's first phrase is
    still the subject of the verb after the particle."""
    found = [(m.surface, m.kind) for m in find_names("Xhaka selbst sagte nichts.", "de")]
    assert found == [("Xhaka", "person")]


def test_a_known_surname_in_the_genitive_before_a_noun_is_the_person():
    """*Müllers Berater*: a common noun never stands bare in the genitive before its
    noun, a name does; the text named Thomas Müller, so it is his."""
    from glossary.build import text_entries

    text = "Thomas Müller spielte gut. Müllers Berater wollte sich nicht äußern."
    (entry,) = text_entries(text, "de")
    assert "Müllers" in {v.form for v in entry.variants}


def test_a_lone_german_genitive_is_cited_without_its_s():
    """*Mozarts Requiem*: Wiktionary lists *Mozart* as a family name, so *Mozarts* is its
    genitive; *Peters* is a family name as written and keeps its -s."""
    from glossary.build import text_entries

    text = "Am Freitag folgt Mozarts Requiem. Später sagte Peters nichts."
    assert sorted(e.canonical for e in text_entries(text, "de")) == ["Mozart", "Peters"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        ("Am Freitag folgt Mozarts „Don Giovanni“ unter Teodor Currentzis.", "de", "Don Giovanni"),
        ('She read "Anna Karenina" on the train.', "en", "Anna Karenina"),
    ],
)
def test_a_name_that_fills_its_quotation_marks_is_a_title(text, lang, title):
    """A work named after its hero is quoted; a person's name is written bare."""
    assert title not in [m.surface for m in find_names(text, lang) if m.kind == "person"]


def test_a_mails_quoted_sender_is_a_person():
    """A mail's sender stands quoted before the address: a person, no title."""
    found = find_names('Email: "Ryan Reynolds"<rreynolds@example.com>', "en")
    assert [(m.surface, m.kind) for m in found] == [("Ryan Reynolds", "person")]


def test_a_rank_that_is_a_firms_word_too_still_names_the_person_after_it():
    """*der General Lüttwitz*: *General* starts firms' names (General Motors) and
    places' (General Santos), but as a rank before a name it names a person."""
    assert _persons("Der General Lüttwitz kam.") == ["Lüttwitz"]
    assert _persons("Die Aktie von General Motors stieg.") == []
