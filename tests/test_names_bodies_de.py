"""Persons in the prose of German jokes, anecdotes and a satirical dictionary: nouns
that are surnames too, read by what stands around them. Every sentence here is made
up for the test; each case is a shape of the language, not a line of the collections
read for it."""

from __future__ import annotations

import pytest

from glossary.text import text_mentions


def _persons(text: str) -> list[str]:
    return [m.surface for m in text_mentions(text, "de") if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('„Was, dreihundertvierzig Mark?", rief die Kundin.', "Mark"),
        ("Der Händler sagt: „Sieben Mark fünfzig, bitte.“", "Mark"),
        ("Das Bild kostet zwölf Taler, sagt der Wirt.", "Taler"),
        ("Sie zahlte dafür 350 Mark.", "Mark"),
    ],
)
def test_a_noun_after_a_cardinal_written_out_is_counted(text, word):
    """A German noun after a cardinal in words, as after one in digits: a unit or a
    currency, though *Mark* is a given name and a surname too."""
    assert word not in _persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zwei Peter saßen am Tisch, und Peter Kolbig lachte.", "Peter Kolbig"),
        ("Es waren sieben Gäste, darunter Jens Walbert.", "Jens Walbert"),
    ],
)
def test_a_name_after_a_cardinal_stays(text, person):
    """No common noun, no unit: a name after a cardinal stays a person's."""
    assert person in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Kranke von Zimmer 214 klingelt schon wieder.", "Zimmer"),
        ("Der Zug nach Kassel fährt heute von Gleis 7 ab.", "Gleis"),
    ],
)
def test_a_noun_before_a_number_is_a_thing_numbered(text, word):
    """A German noun right before a cardinal (*Zimmer 214*): a room, a platform."""
    assert word not in _persons(text)


def test_a_surname_before_a_date_stays():
    """An ordinal's full stop is no cardinal: *Wagner 3.* may be a date's start."""
    assert "Lorenz Zimmer" in _persons("Am Abend sprach Lorenz Zimmer 3. Mal vor.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kolbitzer, der\n  Ein Gast, der nach der Sperrstunde noch bestellt.\n", "Kolbitzer"),
        ("Wummelsdorf, die\n  Die Stille nach dem letzten Zug.\n", "Wummelsdorf"),
        ("Brammelkorn, der\nEin Gast, der nach der Sperrstunde noch bestellt.\n", "Brammelkorn"),
    ],
)
def test_a_headword_with_its_article_is_no_person(text, word):
    """A line that holds a noun, a comma and its article, the entry's text indented
    below: a dictionary's headword, however like a surname it looks."""
    assert word not in _persons(text)


def test_a_person_then_a_relative_clause_stays():
    """*Name, der …* in prose goes on after one space: a relative clause."""
    text = "Gestern kam Wendelin Kolbitzer, der Bäcker aus dem Ort, zu uns."
    assert "Wendelin Kolbitzer" in _persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Guten Abend, ich heiße Torsten und komme aus der Nachbarschaft.", "Torsten"),
        ("„Ich heiße leider Gernot“, seufzte er.", "Gernot"),
        ("Sie sagte: „Ich heiße Brammersfeld, nicht Brammerfeld.“", "Brammersfeld"),
    ],
)
def test_the_name_one_is_called_by(text, person):
    """After *ich heiße* (a pronoun and a form of *heißen*, one word in lower case at
    most between) stands the speaker's name, a given name alone too; *heiße* is an
    adjective's form as well (*heiße Sommer*), which no longer hides it."""
    assert person in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir heißen Sie herzlich willkommen.", "Sie"),
        ("Im Juli gab es heiße Sommer und warme Nächte.", "Sommer"),
        ("Er hieß Besucher stets willkommen.", "Besucher"),
    ],
)
def test_no_name_after_heissen_as_welcome_or_hot(text, word):
    """A pronoun (*heißen Sie willkommen*), a noun no family list has, and the adjective
    *heiße* before its noun name no one."""
    assert word not in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nach dem Essen hat die Frau Bauchschmerzen und legt sich hin.", "Bauchschmerzen"),
        ("Er legte die Krone auf des Herrn Haupt.", "Haupt"),
    ],
)
def test_a_noun_after_an_articled_frau_or_herr_is_no_surname(text, word):
    """After *die Frau*, *des Herrn* (an article before the title) a noun Wiktionary
    lists and no family list has: the title is the common noun, no one's surname."""
    assert word not in _persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gestern war die Frau Müller beim Bäcker.", "Müller"),
        ("Da stolziert der Herr Wendelberg über den Platz.", "Wendelberg"),
        ("Der Richter fragt: „Stimmt das, Herr Kettenhund?“", "Kettenhund"),
    ],
)
def test_a_surname_after_an_articled_title_stays(text, person):
    """A listed surname, or a compound no list has, stays the name after *die Frau*; a
    pronoun that ends its clause before *Herr* is no article of his (*Stimmt das, Herr
    Kettenhund?*)."""
    assert person in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Da brummt der Dachs:\n„Schon wieder Regen!“\nDachs: „Ich gehe schlafen.“", "Dachs"),
        ("Der strenge Richter blättert.\nRichter: „Was haben Sie gesehen?“", "Richter"),
    ],
)
def test_a_speakers_label_the_text_writes_with_an_article_is_the_role(text, word):
    """A label before a colon that the text writes as a noun after an article too (*der
    Dachs*, *der strenge Richter*): the animal or the role that speaks, no surname."""
    assert word not in _persons(text)


def test_a_label_the_text_writes_with_no_article_stays_a_name():
    """*Frau Wagner*, then *Wagner:*: the text writes the noun with no article, so the
    label is her surname."""
    text = "Am Abend klingelt Frau Wagner.\nWagner: „Guten Abend, ich bringe die Post.“"
    assert "Wagner" in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Polygamie lässt sich nicht verbieten, meinte er.", "Polygamie"),
        ("Astrologie verkauft sich gut.", "Astrologie"),
        ("Klaustrophobie plagt ihn seit Jahren.", "Klaustrophobie"),
    ],
)
def test_a_noun_of_a_greek_ending_is_no_subjects_name(text, word):
    """A noun of a science, a state or a practice (*-gamie*, *-logie*, *-phobie*) bare
    at a sentence's start before its verb, as *Keuschheit ist …*: no surname ends so."""
    assert word not in _persons(text)


def test_the_given_name_sophie_stays():
    """The Greek ending needs three letters before it: *Sophie* is a name."""
    assert _persons("Sophie lacht über den Witz.") == ["Sophie"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Lehrer fragt: „Was heißt Namaskar?“", "Namaskar"),
        ("„Und was bedeutet Tschakalaka?“, fragte sie.", "Tschakalaka"),
    ],
)
def test_the_word_whose_meaning_is_asked_is_no_person(text, word):
    """*Was heißt …?* asks what a word means: the word after it is quoted, no name."""
    assert word not in _persons(text)


def test_a_speaker_after_was_sagt_stays():
    """*Was sagt Petrus …?* asks what someone says: the speaker stays a person."""
    assert "Petrus" in _persons("Was sagt Petrus zum neuen Pfarrer?")


def test_an_office_the_text_writes_with_an_article_is_addressed():
    """*der Richter*, then *Herr Richter*: the judge addressed by his office, as *Herr
    Doktor* is, though *Richter* is a surname too."""
    text = "Der Richter hebt die Hand.\n„Aber, Herr Richter, das war doch nur Spaß!“"
    assert "Richter" not in _persons(text)


def test_herr_and_a_surname_that_is_an_office_stays():
    """With no *der Richter* in the text, *Herr Richter* is a man of that name."""
    assert "Richter" in _persons("Am Montag zog Herr Richter in die Wohnung oben ein.")
