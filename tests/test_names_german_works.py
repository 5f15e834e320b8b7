"""Names beside the works, prizes and titles German news writes about: a composer's or
an author's genitive before a work (*Bachs Weihnachtsoratorium*, *Wagners „Ring“*) is
the person, cited without its *-s*; a common noun's genitive after an article is not;
and an Arabic name with *bin* begins at the person's own given name."""

from __future__ import annotations

from glossary.build import text_entries
from glossary.text import text_mentions


def _people(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.lemma) for m in text_mentions(text, "de") if m.kind == "person"]


def test_a_listed_family_name_that_is_a_noun_too_in_a_bare_genitive():
    """German puts a common noun's genitive after an article (*des Bachs*), so bare
    before its noun the genitive is the name's, whatever noun the name spells."""
    assert _people("Bachs Weihnachtsoratorium gehört zur Adventszeit.") == [("Bachs", "Bach")]
    assert _people("Die Kritik zu Kochs Plänen kam spät.") == [("Kochs", "Koch")]
    assert _people("Am Ufer des Bachs stehen Bäume.") == []
    assert _people("Nettes Personal und gutes Essen.") == []


def test_a_genitive_before_a_title_in_quotation_marks():
    """*Wagners „Ring“*, *Volker Schlöndorffs „Die Blechtrommel“*: the work's title opens
    with a quotation mark, and the name is cited without the genitive's *-s*; a closing
    French mark after a word (*des « Schwarzen Zahns »*) opens nothing."""
    assert _people("Wagners „Ring“ dauert rund 16 Stunden.") == [("Wagners", "Wagner")]
    got = _people("Volker Schlöndorffs „Die Blechtrommel“ lief im Kino.")
    assert got == [("Volker Schlöndorffs", "Schlöndorff")]
    assert _people("Am Fusse des « Schwarzen Zahns » liegt das Lager.") == []


def test_an_arabic_name_begins_at_the_given_name_before_bin():
    """*bin* ("son of") follows the person's own given name, listed or not: *Scheich
    Tamim bin Hamad Al Thani* is Tamim's name, the role *Scheich* before it is not."""
    got = text_mentions("Der Emir, Scheich Tamim bin Hamad Al Thani, vermittelte.", "de")
    persons = [m for m in got if m.kind == "person"]
    assert [m.surface for m in persons] == ["Tamim bin Hamad Al Thani"]
    assert persons[0].gender == "m"
    got = text_mentions("Sheikh Tamim bin Hamad met the minister.", "en")
    assert [m.surface for m in got if m.kind == "person"] == ["Tamim bin Hamad"]


def test_a_bare_surname_joins_the_person_whose_surname_it_spells():
    """*Hugo Boss* and *Robert Bosch* share a key that forgives a letter; the bare
    *Bosch* of *die Bosch-Gruppe* is Robert Bosch's, though Hugo Boss came last before."""
    text = (
        "Das Modehaus Hugo Boss meldet einen Gewinneinbruch. "
        "Die Bosch-Gruppe, benannt nach Robert Bosch, baut Stellen ab."
    )
    entries = {e.canonical: sorted(v.form for v in e.variants) for e in text_entries(text, "de")}
    assert entries["Hugo Boss"] == ["Boss"]
    assert entries["Robert Bosch"] == ["Bosch", "Bosch"]


def test_an_honorific_before_a_noble_particle_names_the_person():
    """*Frau von Briest*, *Herrn von Briest* (German declines Herr), *Monsieur de
    Villepin*: the honorific, then the surname with its particle; a lord of a place
    after an adjective (*erster Herr von Werthern*) and *Herr der Lage* are no persons."""
    assert _people("Sie traf Frau von Briest.") == [("von Briest", "Briest")]
    assert _people("Sie traf Herrn von Briest.") == [("von Briest", "Briest")]
    assert _people("Er war immer Herr der Lage.") == []
    got = _people("Die Reihe beginnt mit Odobaldus, erster Herr von Werthern.")
    assert "von Werthern" not in [surface for surface, _ in got]
    got = text_mentions("Il a rencontré Monsieur de Villepin.", "fr")
    assert [m.surface for m in got if m.kind == "person"] == ["de Villepin"]


def test_a_german_rank_before_a_family_name_is_no_given_name():
    """*den Major Müller*: German writes the rank as a noun before the name, though some
    (English) lists give *Major* as a given name; the person is Müller."""
    assert _people("Sie traf den Major Müller.") == [("Müller", "Müller")]
    assert _people("Pastor Schmidt predigte am Sonntag.") == [("Schmidt", "Schmidt")]


def test_a_name_after_a_role_the_article_governs_is_still_a_person_elsewhere():
    """*des Archidiakons Johann Schinkel*: the article governs the role noun, not the
    name after it, so the bare *Schinkel* later is the person, not a thing the text
    writes with an article."""
    text = (
        "Karl Friedrich Schinkel wurde als Sohn des Archidiakons Johann Schinkel geboren. "
        "Später zog die Familie nach Berlin, wo Schinkel das Gymnasium besuchte."
    )
    assert [s for s, _ in _people(text)][-1] == "Schinkel"


def test_a_month_between_two_names_is_a_second_given_name():
    """*Friedrich August Stüler*: *August* after a given name and before a surname is
    a given name, not the month that cuts the name in two."""
    got = _people("Zu seinen Schülern zählten Friedrich August Stüler und Ludwig Persius.")
    assert got == [("Friedrich August Stüler", "Stüler"), ("Ludwig Persius", "Persius")]
    assert _people("Am Montag August Berlin.") == []


def test_a_rare_noun_after_a_role_before_an_unknown_word_is_a_given_name():
    """*Präsident Bola Tinubu*: *Bola* is a German noun rarer than one word in e^14, so
    after a role and before a word no list has it is the given name; a frequent noun
    there is not (*Präsident Gold Tinubu* names no one)."""
    got = _people("In Nigeria hat Präsident Bola Tinubu den Notstand ausgerufen.")
    assert got == [("Bola Tinubu", "Tinubu")]
    assert _people("Präsident Gold Tinubu") == []


def test_a_genitive_before_a_noun_of_a_person_and_a_full_name():
    """*Nawalnys Witwe Julia Nawalnaja*: the genitive before the noun and the widow's full
    name are two persons, Nawalny and Julia Nawalnaja; a country's genitive stays none
    (*Bayerns Ministerpräsident Markus Söder*)."""
    got = _people("Nawalnys Witwe Julia Nawalnaja rief zu Protesten auf.")
    assert got == [("Nawalnys", "Nawalny"), ("Julia Nawalnaja", "Nawalnaja")]
    got = _people("Bayerns Ministerpräsident Markus Söder sprach.")
    assert got == [("Markus Söder", "Söder")]


def test_a_title_addressed_after_an_honorific_is_no_name():
    """*Herr Doktor*, *Herr Professor*: a role noun addressed after the honorific names
    no one, and in *Herr Doktor Steinbach* the person is Steinbach alone; a family name
    that is a role noun too stays the person (*Frau Richter*)."""
    assert _people("„Guten Abend, Herr Doktor“, sagte die Mutter.") == []
    assert _people("Herr Doktor Steinbach kam erst am Abend.") == [("Steinbach", "Steinbach")]
    assert _people("Sie traf Frau Richter.") == [("Richter", "Richter")]


def test_a_listed_given_name_addressed_at_a_sentence_start():
    """*„Paul, komm her!“*, *Brian, thanks for the note*: a sentence's first word before
    a comma that many sources list as a given name and that is no word of the language
    or place is the person spoken to; *Max* (also a word) is not read so."""
    assert _people("„Paul, komm her!“") == [("Paul", "Paul")]
    got = text_mentions("Brian, thanks for the note.", "en")
    assert [m.surface for m in got if m.kind == "person"] == ["Brian"]
    assert _people("„Max, komm sofort raus!“") == []


def test_the_author_after_zitiert_nach_is_a_person():
    """*Zitiert nach Wehler, Gesellschaftsgeschichte*: the author quoted from, not a place
    *nach* leads to; a listed place stays one (*Zitiert nach Berlin*), and so does a
    word after *nach* with no *zitiert* (*Er fuhr nach Wehler*)."""
    got = _people("↑ Zitiert nach Wehler, Gesellschaftsgeschichte, Bd. 3, S. 12.")
    assert got == [("Wehler", "Wehler")]
    assert _people("Zitiert nach Berlin.") == []
    assert _people("Er fuhr nach Wehler.") == []


def test_a_listed_place_before_a_relative_clause_is_no_person():
    """*Paris, die Hauptstadt, …*: a city that is a family name too, before a relative
    clause or an apposition, is the city; a surname there stays the person (*Sunak, der
    seit 2022 regiert, …*)."""
    assert _people("Paris, die Hauptstadt, leuchtet.") == []
    assert _people("Sunak, der seit 2022 regiert, trat zurück.") == [("Sunak", "Sunak")]


def test_a_named_persons_genitive_before_a_proper_noun():
    """*Viktor Orbán … Orbáns Fidesz*: the genitive of a surname the text names is that
    person, not a given name of a person *Fidesz*, and the noun it belongs to is no
    person either."""
    got = _people("Viktor Orbán siegte. Orbáns Fidesz verlor die Wahl.")
    assert got == [("Viktor Orbán", "Orbán"), ("Orbáns", "Orbán")]


def test_a_listed_given_name_opening_a_sentence_before_und_and_a_person():
    """*Joko und Klaas verlosten …*: a sentence's first word that the lists give as a
    given name, before *und* and a listed name, is a person too; a noun there is not
    (*Angst und Klaas*)."""
    assert _people("Joko und Klaas verlosten wieder Sendezeit.") == [
        ("Joko", "Joko"),
        ("Klaas", "Klaas"),
    ]
    assert _people("Angst und Klaas") == []
