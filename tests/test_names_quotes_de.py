"""Names in German text of kinds a quotation collection shows: authors on a line of their
own after a dash, Romance names with *de* and *de La*, nobles whose rank stands inside
the name, and given names German also has as nouns (*Ernst*, *August*)."""

from __future__ import annotations

from glossary.text import text_mentions, unwrapped


def _people(text: str, lang: str = "de") -> list[str]:
    return [m.surface for m in text_mentions(text, lang) if m.kind == "person"]


def test_a_particle_between_a_rare_given_name_and_its_surname_counts_as_no_name_word():
    """*Honoré de Varlac*: a given name few lists hold needs a surname no word list has,
    given and surname two words; *de* between them is no third word."""
    assert _people("Gestern las Honoré de Varlac aus seinem Roman.") == ["Honoré de Varlac"]


def test_a_surname_after_de_is_kept_though_a_lexicon_holds_it_as_a_word():
    """*Edmond de Goncourt*: a surname that frequency lists hold (as they hold names of
    prizes) stays the surname after a given name and *de*."""
    assert _people("Gestern las Edmond de Goncourt aus seinem Roman.") == ["Edmond de Goncourt"]


def test_a_capitalised_particle_after_de_opens_the_surname():
    """*François de La Mothe*: French writes *La* of such a surname capitalised after
    *de*; the run of name words goes on through it."""
    got = _people("Das Buch von François de La Mothe erschien 1690.")
    assert got == ["François de La Mothe"]


def test_a_given_name_german_has_as_a_noun_too_before_an_unknown_surname():
    """*August*, *Ernst*: many sources list them as given names, and before a surname no
    list or dictionary has they are the given name, mid-sentence and at a sentence's
    start; a month before a noun stays the month."""
    assert _people("Gestern sprach August Wendrich im Rathaus.") == ["August Wendrich"]
    assert _people("August Wendrich sprach im Rathaus.") == ["August Wendrich"]
    assert _people("Ernst Wendrich sagte das am Montag.") == ["Ernst Wendrich"]
    assert _people("Im August Urlaub zu machen ist teuer.") == []


def test_a_nobles_rank_inside_the_name_keeps_the_seat_after_it():
    """*Konrad Graf von Wettenau*, *Luise Gräfin zu Ahlenfels*: since 1919 the rank is
    part of the surname, and *von* or *zu* after it opens the seat; after an article
    the rank is a noun (*Der Prinz von Wolkenstein*, a title), and *von* after a full
    name is a preposition (*Peter Müller von Siemens*)."""
    got = _people("Gestern sprach Konrad Graf von Wettenau im Rathaus.")
    assert got == ["Konrad Graf von Wettenau"]
    got = _people("Gestern schrieb Luise Gräfin zu Ahlenfels einen Brief.")
    assert got == ["Luise Gräfin zu Ahlenfels"]
    assert _people("Die Serie basiert auf dem Buch Der Prinz von Wolkenstein.") == []
    assert _people("Das sagte Peter Müller von Siemens.") == ["Peter Müller"]


def test_a_rare_given_name_after_a_noun_names_a_thing_there():
    """*die Felsschlucht Gorge de la Verlaine*: a word a list holds as a rare given name,
    right after a common noun, is the name of what the noun says."""
    assert _people("Die Felsschlucht Gorge de la Verlaine ist tief.") == []


def test_an_attribution_line_names_its_author():
    """A quotation closed by a line of its own that a dash opens names its author, whole,
    with the source after a comma or a bracket (*— Wernhold Falkner, Briefe, 1921*), a
    single name too (*-- Varnikos*); a firm stays a firm, a title stays apart, two
    names across *zu* are two people, and a line of dialogue is no attribution."""
    assert _people("Das war gut.\n— Wernhold Falkner, Briefe, 1921\n") == ["Wernhold Falkner"]
    got = _people("Das war gut.\n\t\t-- Wernhold Falkner (Briefe)\n%\n")
    assert got == ["Wernhold Falkner"]
    assert _people("Wer wagt, gewinnt.\n-- Varnikos\n%\n") == ["Varnikos"]
    assert _people("Das war gut.\n-- Kowaljow zu Marquardt\n") == ["Kowaljow", "Marquardt"]
    assert _people("Das war gut.\n-- Stadtwerke Bremen GmbH\n") == []
    assert _people("Das war gut.\n— Kaiser Tiberion\n") == ["Tiberion"]
    assert _people("— Großes Haus?\n— Ja, morgen.\n") == []
    assert _people("– Myślę, że mogą.\n", "pl") == []  # dialogue: a clause after the comma


def test_an_abstract_noun_stands_bare_as_a_subject():
    """German writes abstract nouns (-heit, -keit, -schaft, -ismus, -tät, a long word in
    -ung) bare as a sentence's subject: *Schamlosigkeit ist …* names no one, listed or
    not; a rare noun or a word read by its parts before a verb still is a name there."""
    assert _people("Schamlosigkeit ist eine gute Waffe.") == []
    assert _people("Nachtunterhaltung ist die Kunst des Wartens.") == []
    assert _people("Pinkwart plädierte für mehr Geld.") == ["Pinkwart"]


def test_a_noun_in_the_spelling_before_1996_is_a_noun():
    """Older print writes ß for ss at a word's end and before a consonant (*Genuß*,
    *Verlaß*): the noun of today's spelling, no name after a verb."""
    assert _people("Mäßigkeit setzt Genuß voraus.") == []
    assert _people("Auf die Nachbarn ist Verlaß.") == []
    assert _people("Gestern kam Johann Strauß nach Wien.") == ["Johann Strauß"]


def test_speech_written_down_and_bare_nouns_are_no_persons():
    """*Hat's geklappt?*: a verb and its "es" cut to 's, no name's genitive; *Ich habe
    Verständigungsschwierigkeiten*: an abstract plural after a verb; *Gartenkunst ist …*: a
    compound bare before a copula is a mass noun, where before a full verb, or before a
    copula and a noun of a person, it may be a surname read by its parts (*Pinkwart
    plädierte*, *Schönlein ist ein berühmter Arzt*)."""
    assert _people('"Und? Hat\'s geklappt?"') == []
    assert _people("Ich habe Verständigungsschwierigkeiten mit dem Drucker.") == []
    assert _people("Gartenkunst ist die Kunst des Weglassens.") == []
    assert _people("Pinkwart plädierte für mehr Geld.") == ["Pinkwart"]
    assert _people("Schönlein ist ein berühmter Arzt.") == ["Schönlein"]


def test_a_word_the_dictionary_writes_in_lower_case_opens_a_sentence():
    """*Erstens*, *Ansonsten*, *Letzterer*: German writes them capitalised mostly at a
    sentence's start or as a noun made of an adjective; a spelling dictionary has them
    in lower case alone, so bare there they are no names; such an adjective after a
    number and an article still stands before a person (*die 17-jährige Caroline*)."""
    assert _people("Erstens: die Fähigkeit, Ekel zu überwinden.") == []
    assert _people("Letzterer sagte das am Montag.") == []
    assert _people("Demgegenüber steht Anna Wendrich.") == ["Anna Wendrich"]
    assert _people("Die 17-jährige Caroline ist Kandidatin.") == ["Caroline"]


def test_an_author_line_vouches_for_a_name_the_text_writes_after_an_article_too():
    """*-- Plutarch* names the author though the quotations write *des Plutarch*
    elsewhere; a single name German writes often but has no other use for is the author
    there too (*-- Novalis*)."""
    text = "Das steht beim Plutarch.\n%\nNichts ist ewig.\n\t\t-- Plutarch\n%\n"
    assert _people(text) == ["Plutarch"]
    assert _people("Wer wagt, gewinnt.\n\t\t-- Novalis\n%\n") == ["Novalis"]


def test_a_line_of_marks_alone_is_no_wrapped_prose():
    """The ``%`` between quotations is a separator: no line break before it is read as
    one inside a sentence, so the author's line keeps its end and its author."""
    text = (
        "Satz eins.\n\t\t-- August Graf von Wettenau\n%\n"
        "Satz zwei.\n\t\t-- Quintus Flaccus Horaz (65-8 v.Chr.)\n%\n"
    )
    assert unwrapped(text, "de") == text
    assert "August Graf von Wettenau" in _people(text)


def test_a_double_given_name_before_an_unknown_surname():
    """*Hans-Horst Skupy*: each part a listed given name, so the compound is the given
    name, not a noun (*Horst*) naming what follows; at a sentence's start too."""
    assert _people("Gestern sprach Hans-Horst Wendrich.") == ["Hans-Horst Wendrich"]
    assert _people("Anna-Lena Wendrich sprach zuerst.") == ["Anna-Lena Wendrich"]


def test_a_unit_after_an_amount_and_an_adjective_made_a_noun_are_no_persons():
    """*500 Mark*: a word right after an amount is its unit or currency, whatever list
    has it as a given name (a year before a name is no amount); *etwas Obszönes*:
    after a word of quantity, an adjective made a neuter noun; *Wenn's*: a conjunction
    and its "es", no genitive."""
    assert _people("Die beiden erbeuten 5.000 Mark und fliehen.") == []
    assert _people("Das kostet 500 Mark im Monat.") == []
    assert _people("Er hat etwas Obszönes gesagt.") == []
    assert _people("Wenn's Brett vor'm Kopf harzt, geh zum Tischler.") == []
    assert _people("Mit 17 Jahren kam Anna Wendrich.") == ["Anna Wendrich"]
    assert _people("Das Buch erschien 1971. Wendrich lebte in Köln.") == ["Wendrich"]
    assert _people("Tore: 1:0 Wendrich (12.).") == ["Wendrich"]


def test_a_double_surname_whose_last_part_text_never_writes_alone():
    """*Gerhard Mayer-Vorfelder*: after a given name, a listed family name joined to a
    part text never writes capitalised on its own is a double surname, though a
    dictionary reads that part as a noun's plural; a frequent noun there makes a
    thing's name (*Böll-Stiftung*)."""
    assert _people("Gestern sprach Gerhard Mayer-Felderich.") == ["Gerhard Mayer-Felderich"]
    assert _people("(über Gerhard Mayer-Vorfelder)") == ["Gerhard Mayer-Vorfelder"]
    assert _people("Die Heinrich Böll-Stiftung lud ein.") == []


def test_a_noun_after_a_given_name_on_an_authors_line_is_the_surname():
    """*-- Emil Kanne*: on a line that names an author, a common noun right after a
    listed given name is the surname; a noun of a role is none."""
    assert _people("Das war gut.\n\t\t-- Emil Kanne\n%\n") == ["Emil Kanne"]
    assert _people("Das war gut.\n\t\t-- August Kanne (Briefe)\n%\n") == ["August Kanne"]
    assert _people("Das war gut.\n\t\t-- Peter Minister\n%\n") == ["Peter"]
    # a name that ends in a city's name is the author's there, not a club's
    got = _people("Das war gut.\n\t\t-- Nelson Makhaya Mandela\n%\n")
    assert got == ["Nelson Makhaya Mandela"]


def test_a_word_after_herr_or_frau_is_a_surname_though_german_has_it_as_a_word():
    """*Herr Weiß*, *Frau Lang*: after an honorific, a word German writes as an adjective
    or a verb's form is the surname; a noun of a role or kin stays a title (*Frau
    Ministerin*, *Ihr Herr Bruder*)."""
    assert _people("Herr Weiß sagte das am Montag.") == ["Weiß"]
    assert _people("Gestern kam Frau Lang zu spät.") == ["Lang"]
    assert _people("Frau Ministerin sagte das.") == []
    assert _people("Jetzt sehe ich, dass Sie ihr Herr Bruder sind.") == []
