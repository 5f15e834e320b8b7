"""Names in German text of kinds a twelfth round of trials met: press releases and job
adverts with titles and initials, reference lists, rulers with two given names, Dutch
particles after a surname, genitives of full names after a noun, streets and schools
named after a person, roles written bare as a predicate."""

from __future__ import annotations

from glossary.build import text_entries
from glossary.text import text_mentions


def _people(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [(m.surface, m.lemma) for m in text_mentions(text, lang) if m.kind == "person"]


def _entries(text: str, lang: str = "de") -> dict[str, tuple[str | None, str | None]]:
    return {e.canonical: (e.type, e.gender) for e in text_entries(text, lang)}


def test_a_role_compound_before_its_verb_is_a_predicate_not_a_name():
    """*Jurypräsident ist der Regisseur Wim Wenders*: German drops the article of a role
    in the predicate, so a compound ending in a role (*Jury|präsident*) is no surname
    read by its parts; *Pinkwart* (*Pink|wart*, a short head) still is one."""
    assert _people("Jurypräsident ist der Regisseur Wim Wenders.") == [("Wim Wenders", "Wenders")]
    assert _people("Sportdirektorin wird Anna Müller.") == [("Anna Müller", "Müller")]
    assert _people("Pinkwart plädierte für mehr Geld.") == [("Pinkwart", "Pinkwart")]


def test_an_adverb_after_a_comma_attributes_no_speech():
    """*…, sagte X.* and *…, so X.* name a speaker; *Darleen Caron, bislang
    Personalvorständin.* is an apposition, whose noun is no person."""
    got = _people("Nachfolgerin wird Darleen Caron, bislang Personalvorständin.")
    assert got == [("Darleen Caron", "Caron")]
    assert _people("„Wir kommen“, sagte Meiershofer.") == [("Meiershofer", "Meiershofer")]
    assert _people("„Wir kommen“, so Meiershofer.") == [("Meiershofer", "Meiershofer")]


def test_canonical_forms_keep_what_the_text_writes():
    """A middle initial keeps its full stop (*Helmut K. Rieger*, not *Helmut K Rieger*), and
    a firm's name its ampersand (*Hammerschmidt & Söhne*): no entry invents a form."""
    got = _entries("Leserbrief von Helmut K. Rieger aus Neustadt. Wir lasen auch John F. Kennedy.")
    assert "Helmut K. Rieger" in got and "John F. Kennedy" in got
    assert "Helmut K Rieger" not in got
    got = _entries("Die Firma Hammerschmidt & Söhne GmbH trauert um ihren Mitarbeiter.")
    assert got["Hammerschmidt & Söhne"] == ("organisation", None)


def test_a_ruler_with_two_given_names():
    """*Friedrich Wilhelm IV.*, *Johannes Paul II.*: every given name before the numeral
    belongs to the name; in a Slavic case the first is read in the man's case its last
    shows (*Jana Pawła II*: Jan Paweł II, not the woman's name Jana)."""
    text = "Das Kuppelkreuz, das Friedrich Wilhelm IV. einst aufsetzen ließ, sorgt für Streit."
    assert _people(text) == [("Friedrich Wilhelm IV.", "Friedrich Wilhelm IV")]
    assert _people("Papst Johannes Paul II. besuchte Polen.")[0][1] == "Johannes Paul II"
    assert _people("Die Tumba Ottos II. steht in Rom.") == [("Ottos II.", "Otto II")]
    got = [m for m in text_mentions("Pomnik Jana Pawła II stoi w Krakowie.", "pl")]
    persons = [(m.lemma, m.gender) for m in got if m.kind == "person"]
    assert persons == [("Jan Paweł II", "m")]


def test_a_dutch_particle_after_a_surname_continues_the_name():
    """*Ludwig Mies van der Rohe*: German has no word *van*, so it joins what follows it
    to the name, after a surname that is a German word too (*mies*)."""
    got = _people("Das Haus baute der Architekt Ludwig Mies van der Rohe 1929.")
    assert got == [("Ludwig Mies van der Rohe", "Rohe")]
    assert _entries("Gebaut von Ludwig Mies van der Rohe.") == {
        "Ludwig Mies van der Rohe": ("person", "m")
    }


def test_an_academic_title_with_its_stops_is_no_name():
    """*Herr Dipl.-Ing. Markus Thalhofer*: the title's first part is no surname."""
    got = _people("Fachliche Fragen beantwortet Herr Dipl.-Ing. Markus Thalhofer.")
    assert got == [("Markus Thalhofer", "Thalhofer")]


def test_a_weekday_as_a_surname_after_a_title_and_a_given_name():
    """*Dr. Bernd Montag, Vorsitzender des Vorstands*: after a title or a role and a given
    name, with the clause going on, the weekday is his surname; without them it is the
    day (*Damit kommt Peter Montag nach Berlin*)."""
    got = _people("Dr. Bernd Montag, Vorsitzender des Vorstands, verlängerte.")
    assert got == [("Bernd Montag", "Montag")]
    got = _people("Vorstandschef Bernd Montag sagte das.")
    assert got == [("Bernd Montag", "Montag")]
    assert ("Peter Montag", "Montag") not in _people("Damit kommt Peter Montag nach Berlin.")


def test_named_after_a_person():
    """*Nach Beethoven ist das Gymnasium benannt*, *die nach Adenauer benannte Brücke*:
    *benannt* makes the word after *nach* the person named, no direction; a listed
    place stays a place."""
    assert _people("Nach Beethoven ist auch das Gymnasium benannt.") == [("Beethoven", "Beethoven")]
    assert _people("Die nach Adenauer benannte Brücke ist alt.") == [("Adenauer", "Adenauer")]
    assert _entries("Die Straße ist nach Paris benannt.") == {"Paris": ("place", None)}
    assert _entries("Wir fahren nach Bonn.") == {"Bonn": ("place", None)}


def test_a_given_name_after_bei_is_someone_not_a_town():
    """*bei Toni nachgefragt*, *wohnt bei Anna*: a widely listed given name that names no
    place is the person one goes to; *bei Bonn* is the town."""
    assert _entries("Ich hab das bei Toni nachgefragt.") == {"Toni": ("person", "m")}
    assert _entries("Er wohnt bei Anna.") == {"Anna": ("person", "f")}
    assert _entries("Das Dorf liegt bei Bonn.") == {"Bonn": ("place", None)}


def test_a_pet_name_and_a_surname_after_a_role():
    """*Wirtin Vroni Grassl*: German frequencies hold *Vroni* though it is no noun, so
    after a role it is a given name no list has, and the role gives her gender."""
    got = text_mentions("Wirtin Vroni Grassl kocht Kaiserschmarrn.", "de")
    assert [(m.surface, m.gender) for m in got if m.kind == "person"] == [("Vroni Grassl", "f")]


def test_a_full_names_genitive_after_a_noun_is_cited_without_its_s():
    """*den Namen Willy Brandts*, *das Werk Thomas Manns*: a noun with its article governs
    the name, so its *-s* is the genitive's, though *Brandts* and *Manns* are surnames of
    their own; after a role noun the name is in apposition and stays (*die Ministerin
    Anna Lührs*)."""
    assert _people("Der Flughafen trägt den Namen Willy Brandts.") == [("Willy Brandts", "Brandt")]
    assert _people("Das Werk Thomas Manns ist groß.") == [("Thomas Manns", "Mann")]
    assert _people("Die Ministerin Anna Lührs kam.") == [("Anna Lührs", "Lührs")]


def test_a_season_after_a_preposition_is_no_place():
    """*ab Sommer*: a German noun, though a list gives *Sommer* as a woman's name."""
    assert _entries("Die Lufthansa will ab Sommer mehr Flüge anbieten.") == {}


def test_a_reference_lists_authors_are_one_person_each():
    """*Behrens, Heike (2009): …*: the surname, a comma and the given name open a
    reference; read alone, *Heike* would be a second entry beside *Heike Behrens*."""
    text = (
        "Wir danken Heike Behrens für Hinweise.\n\n"
        "Literatur\n"
        "Behrens, Heike (2009): Konstruktionen im Spracherwerb. Tübingen: Narr.\n"
        "Chomsky, N. (1965): Aspects of the Theory of Syntax. Cambridge: MIT Press.\n"
    )
    got = _entries(text)
    assert "Heike" not in got
    assert got["Heike Behrens"] == ("person", "f")
    assert "N. Chomsky" in got
    assert "Anna" in _entries("Maria, Anna: Kommt ihr?\n")  # a given name, no reference


def test_a_hyphened_given_name_listed_once_is_as_wide_as_its_parts():
    """*Karl-Josef* is listed once as written, *Karl* and *Josef* by many lists: at a
    sentence's start before a surname no list has, it opens a name."""
    got = text_mentions("Karl-Josef Laumann sprach.", "de")
    assert [(m.surface, m.gender) for m in got if m.kind == "person"] == [
        ("Karl-Josef Laumann", "m")
    ]


def test_two_names_joined_share_no_surname_that_is_a_given_name():
    """*Seneca und Mark Aurel*: *Aurel* is a given name, no family's, so Seneca is no
    *Seneca Aurel*; *Jacob und Wilhelm Grimm* still share theirs."""
    got = _entries("Die Stoiker um Seneca und Mark Aurel lehrten Gelassenheit.")
    assert "Seneca Aurel" not in got and "Mark Aurel" in got
    got = _entries("Die Brüder Jacob und Wilhelm Grimm sammelten Märchen.")
    assert "Jacob Grimm" in got and "Wilhelm Grimm" in got


def test_von_before_a_given_name_is_the_preposition():
    """*erzählt Lukas von Maria*: a widely listed given name after *von* is another
    person, no noble's seat; *Otto von Bismarck* keeps his."""
    got = _people("In der Bibel erzählt Lukas von Maria und Josef.")
    assert ("Lukas von Maria", "Maria") not in got
    assert [surface for surface, _ in got] == ["Lukas", "Maria", "Josef"]
    assert _people("Das schrieb Otto von Bismarck.") == [("Otto von Bismarck", "Bismarck")]


def test_vom_before_a_seat_that_is_no_noun():
    """*Ernst vom Rath*, *Karl vom Stein*: *vom* is a noble's particle before a seat;
    before a noun or a role it is *von dem* (*Ida vom Bankdirektor*, *Peter vom Amt*)."""
    got = _people("Anlass ist das Attentat auf den Diplomaten Ernst vom Rath in Paris.")
    assert got == [("Ernst vom Rath", "Rath")]
    assert _people("Das erzählt Ida vom Bankdirektor.") == [("Ida", "Ida")]


def test_von_after_a_noun_with_its_article_is_the_preposition():
    """*im Sommer von Xabi Alonso*: a noun after its article, though a list gives it as
    a name (*Sommer*), takes no noble's *von*; the name after it is found whole. A title
    keeps it (*den Baron von Innstetten*)."""
    got = _people("Ten Hag übernahm im Sommer von Xabi Alonso, der zu Real Madrid wechselte.")
    assert got == [("Xabi Alonso", "Alonso")]
    got = _people("Effi Briest heiratet den Baron von Innstetten.")
    assert ("von Innstetten", "Innstetten") in got


def test_a_hashtag_is_no_person():
    """*#FCBayern*: a topic's tag, however unknown its word."""
    assert _entries("Was für ein Spiel gestern! #FCBayern") == {}


def test_a_role_noun_as_a_surname_after_a_role_and_a_given_name():
    """*Pfarrer Joachim Spinner segnete*: after a role and a given name, with the clause
    going on, a noun of a person is his surname; *Donald Trump Präsident* is no name."""
    got = _people("Pfarrer Joachim Spinner segnete die Laternen.")
    assert got == [("Joachim Spinner", "Spinner")]
    assert _people("Donald Trump Präsident der USA.") == [("Donald Trump", "Trump")]


def test_a_given_name_and_a_surnames_initial_open_a_sentence():
    """Court reports leave a surname's initial (*Melanie W. schilderte*): a name at a
    sentence's start as in the middle of one (*Dennis K.*)."""
    got = text_mentions("Melanie W. schilderte, wie sie ihre Schwester fand.", "de")
    assert [(m.surface, m.gender) for m in got if m.kind == "person"] == [("Melanie W.", "f")]


def test_a_german_noun_that_only_other_languages_give_as_a_name_is_the_noun():
    """*Hoch zu Ross*: English lists give *Ross* as a man's name, German's dictionary
    has it as a noun only; *Anna*, a German given name too, still stands alone."""
    assert _entries("Hoch zu Ross führte Sankt Martin die Kinder durch die Gassen.") == {}
    assert _entries("Die Rede hielt gestern Anna.") == {"Anna": ("person", "f")}


def test_a_genitive_after_a_quotations_closing_mark():
    """*von einem „zynischen Spiel“ Lukaschenkos.*: the quoted phrase's genitive, cited
    without its *-s*. After a noun a name may end in *-s* of its own (*an seiner Seite
    Jan Josef Liefers*), so there only a stem that is a surname too is cited (*vom Werk
    Thomas Manns*)."""
    text = "Tichanowskaja sprach von einem „zynischen Spiel“ Lukaschenkos."
    assert ("Lukaschenkos", "Lukaschenko") in _people(text)
    assert _people("Sie sprach vom Werk Thomas Manns.") == [("Thomas Manns", "Mann")]
    got = _people("An seiner Seite Jan Josef Liefers als Professor.")
    assert got == [("Jan Josef Liefers", "Liefers")]


def test_a_transliterated_mans_surname_shows_his_gender():
    """*Olexandr Syrskyj*, *Schawkat Mirsijojew*: a given name the lists do not settle
    and a surname in a man's East Slavic form (a woman's would end in *-a*); *Andrea
    Bülow* has a German surname in *-ow*, which shows nothing."""
    got = _entries("Selenskyj ernannte Olexandr Syrskyj. Tokajew empfing Schawkat Mirsijojew.")
    assert got["Olexandr Syrskyj"] == ("person", "m")
    assert got["Schawkat Mirsijojew"] == ("person", "m")
    assert _entries("Andrea Bülow kam.")["Andrea Bülow"] == ("person", None)


def test_a_middle_name_that_is_a_surname_gives_no_gender():
    """*Ketanji Brown Jackson*: *Brown* after a given name no list has is a middle name,
    no man's given name."""
    got = _entries("Die Richterinnen Amy Coney Barrett und Ketanji Brown Jackson zweifelten.")
    assert got["Ketanji Brown Jackson"] == ("person", None)
    assert got["Amy Coney Barrett"] == ("person", "f")


def test_a_middle_name_in_s_before_a_surname_that_is_no_german_word():
    """*Johannes Thingnes Bø*: a word in *-s* inside a name ends it only before a German
    noun, its genitive's head (*Heidi Klums Modelsuche*)."""
    got = _people("Bei den Männern siegte der Norweger Johannes Thingnes Bø vor seinem Bruder.")
    assert got == [("Johannes Thingnes Bø", "Bø")]
    assert _people("Heidi Klums Modelsuche läuft.") == [("Heidi Klums", "Klum")]


def test_a_role_shows_the_gender_of_a_month_that_is_a_given_name():
    """*Die Schriftstellerin Juli Zeh*: the role before a given name that is a month too
    shows her gender, as before any other given name (*Die Schriftstellerin Kim Zeh*)."""
    got = text_mentions("Die Schriftstellerin Juli Zeh hat einen neuen Roman vorgelegt.", "de")
    assert [(m.surface, m.gender) for m in got if m.kind == "person"] == [("Juli Zeh", "f")]
