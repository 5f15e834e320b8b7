"""German names in the genitive and in hyphenated compounds: a glossary lists a person
once, under the name (*Putins Sprecher*: Putin), and a word named after a person is no
person's surname (*Robert Koch-Institut*), while a double surname is one."""

from __future__ import annotations

from glossary.text import text_mentions


def _people(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.lemma) for m in text_mentions(text, "de") if m.kind == "person"]


def test_a_genitive_before_its_noun_cites_the_name():
    """Only a genitive stands bare before a common noun: *Macrons Berater* is Macron's
    adviser, *Heidi Klums Modelsuche* Heidi Klum's show."""
    assert _people("Macrons Berater schwieg am Montag.") == [("Macrons", "Macron")]
    assert _people("Lukaschenkos Sprecher schwieg.") == [("Lukaschenkos", "Lukaschenko")]
    assert _people("Heidi Klums Modelsuche beginnt.") == [("Heidi Klums", "Klum")]


def test_a_genitive_the_text_writes_bare_elsewhere_is_one_person():
    """*Putins … Putin*, *Heinrich Bölls … Böll*: one lemma, so one glossary entry."""
    got = _people("Der Berater Putins schwieg. Dann sprach Putin.")
    assert [lemma for _, lemma in got] == ["Putin", "Putin"]
    got = _people("Heinrich Bölls Roman erschien 1971. Böll lebte in Köln.")
    assert [lemma for _, lemma in got] == ["Böll", "Böll"]


def test_a_name_that_ends_in_s_of_its_own_keeps_it():
    """Family names of the list (*Peters*, *Mertens*), given names (*Andreas*) and a
    name after s, x, z (whose genitive takes an apostrophe) keep their -s."""
    assert _people("Klaus Peters Buch erschien.") == [("Klaus Peters", "Peters")]
    got = _people("Die Rede von Tanja Mertens war kurz. Mertens sprach lange.")
    assert [lemma for _, lemma in got] == ["Mertens", "Mertens"]


def test_a_surname_that_is_a_noun_too_in_the_genitive_after_a_given_name():
    """*Thomas Manns Roman*: Mann's novel, no person *Thomas Manns Roman*."""
    assert _people("Thomas Manns Roman erschien 1924.") == [("Thomas Manns", "Mann")]
    assert _people("Gestern sprach Thomas Roman in Weimar.") == [("Thomas Roman", "Roman")]


def test_the_genitive_of_a_famous_family_name_opens_a_sentence():
    """German writes *Kafkas*, *Goethes* so often that a frequency list holds them; a
    family name that is no noun still reads as a name's genitive (*Kafkas Werk*), a
    noun's stays a noun's (*Des Volkes Stimme*)."""
    assert _people("Kafkas Werk wird neu gelesen.") == [("Kafkas", "Kafka")]
    assert _people("Des Volkes Stimme zählt.") == []


def test_a_compound_named_after_a_person_is_no_surname():
    """*Robert Koch-Institut*, *Friedrich Ebert-Stiftung*: the institution's name, neither
    a person *Koch-Instituts* nor a lone *Robert*."""
    text = "Der Präsident des Robert Koch-Instituts, Lars Schaade, stellte den Bericht vor."
    assert _people(text) == [("Lars Schaade", "Schaade")]
    assert _people("Die Friedrich Ebert-Stiftung lädt ein.") == []


def test_a_double_surname_ending_in_a_word_german_writes_in_lower_case():
    """*Müller-Lange*: a compound ends in a noun, so *-Lange* (lange, long) ends no
    compound but a double surname; one that ends in a family name that is a noun too
    stays a name (*Strack-Zimmermann*)."""
    assert _people("Anna Müller-Lange leitet die Studie.") == [
        ("Anna Müller-Lange", "Müller-Lange")
    ]
    got = _people("Das sagte Marie-Agnes Strack-Zimmermann.")
    assert got == [("Marie-Agnes Strack-Zimmermann", "Strack-Zimmermann")]


def test_an_age_beside_a_listed_name_makes_a_person():
    """*Müller (54)*, *Anna, 34,*: German press gives a person's age so; a family name
    that is a noun too (*Müller*, *Weber*) or a given name alone is then the person,
    while a noun with a number stays a noun (*Absatz (2)*) and a month's comma a date."""
    assert _people("Müller (54) ist seit 2019 Bürgermeister.") == [("Müller", "Müller")]
    assert _people("Anna, 34, arbeitet als Pflegerin in Bochum.") == [("Anna", "Anna")]
    assert _people("Laut Absatz (2) gilt das nicht.") == []
    assert _people("Im Mai, 2019, kam er zurück.") == []


def test_authors_cited_by_year():
    """Author and year (*Habermas (1981)*, *(vgl. Luhmann 1984, S. 23)*) and *et al.* after
    a family name that is a noun too (*Müller et al.*) name an author; *nach* and *bei*
    before them cite, they lead to no place; a place or a common word before a year
    stays what it is (*in Berlin (1989)*, *Metropolis (1927)*)."""
    assert _people("Nach Habermas (1981) beruht Verständigung auf Gründen.") == [
        ("Habermas", "Habermas")
    ]
    got = _people("Das wurde kritisiert (vgl. Luhmann 1984, S. 23).")
    assert got == [("Luhmann", "Luhmann")]
    assert _people("Wie Müller et al. (2020) zeigen, ist der Effekt gering.") == [
        ("Müller", "Müller")
    ]
    assert _people("Die Mauer fiel in Berlin (1989) überraschend.") == []
    assert [m.surface for m in text_mentions("Metropolis (1927) is a silent film.", "en")] == []


def test_a_verb_after_das_is_no_adjective():
    """After *das* an adjective ends in -e (*das neue Haus*); a word in -en there is a
    verb, so the capitalised word after it may be a name (*Das zeigen Schmidt et al.*)."""
    assert _people("Das zeigen Schmidt et al. (2021) deutlich.") == [("Schmidt", "Schmidt")]


def test_a_noun_some_lists_give_as_a_name_before_a_given_name():
    """*Oma Gerda*, *Oma Hilde*: German's noun before her given name (a source or two list
    *Oma* as a name), not a given name *Oma* and a surname *Gerda*; widely given names
    that are nouns too stay names (*Rose Maria*)."""
    assert _people("Oma Gerda kam am Abend.") == [("Gerda", "Gerda")]
    assert _people("Gestern kam Oma Hilde zu Besuch.") == [("Hilde", "Hilde")]
    assert _people("Gestern kam Rose Maria zu Besuch.") == [("Rose Maria", "Maria")]


def test_given_names_no_list_has_before_the_arabic_article():
    """*Baschar al-Assad*: the words before a surname with the Arabic article are his
    given names, listed or not (German writes *Baschar*, lists *Bashar*); a newspaper
    whose words are all articled is none (*Ash-Sharq al-Awsat*)."""
    assert _people("Gestern floh Baschar al-Assad nach Moskau.") == [
        ("Baschar al-Assad", "al-Assad")
    ]
    got = text_mentions("He reads Ash-Sharq al-Awsat daily.", "en")
    assert [m.surface for m in got if m.kind == "person"] == []


def test_a_known_speaker_opens_a_report_with_a_word_german_has_too():
    """*Ricarda Lang … Lang sagte, …*: a verb of saying and a comma after the surname make
    it the speaker at a sentence's start too, though *lang* is an adjective; *Lang sagte
    er nichts* (for long he said nothing) keeps the adverb."""
    got = _people("Bei „Hart aber fair“ sprach Ricarda Lang. Lang sagte, die Partei sei müde.")
    assert [s for s, _ in got] == ["Ricarda Lang", "Lang"]
    got = _people("Bei „Hart aber fair“ sprach Ricarda Lang. Lang sagte er nichts.")
    assert [s for s, _ in got] == ["Ricarda Lang"]


def test_the_polite_pronoun_is_no_given_name():
    """*Vermissen Sie Berlin?*: *Sie* capitalised inside a sentence is German's polite
    pronoun, though a list gives it as a name; the name after it stays (*Kennen Sie Anna
    Müller?*), and so does a given name German has as a word (*Anders Ahlgren*)."""
    assert _people("Vermissen Sie Berlin?") == []
    assert _people("Kennen Sie Anna Müller?") == [("Anna Müller", "Müller")]
    assert _people("Gestern sprach Anders Ahlgren in Uppsala.") == [("Anders Ahlgren", "Ahlgren")]


def test_a_birth_name_after_geb_or_nee():
    """*Maria, geb. Schulz*, *Angela Merkel, geborene Kasner*, *née Skłodowska*: the birth
    name is a person's family name, a noun of a person too where the family list has it
    (*geb. Müller*), never a noun (*die geborene Münchnerin*, *ein geborener Sieger*)."""
    assert [s for s, _ in _people("Seine Mutter Maria, geb. Schulz, starb 1990.")] == [
        "Maria",
        "Schulz",
    ]
    got = _people("Angela Merkel, geborene Kasner, wuchs in Templin auf.")
    assert [s for s, _ in got] == ["Angela Merkel", "Kasner"]
    assert "Müller" in [s for s, _ in _people("Seine Mutter Maria, geb. Müller, starb 1990.")]
    assert _people("Die geborene Münchnerin lebt gern am See.") == []
    got = text_mentions("Marie Curie, née Skłodowska, won two prizes.", "en")
    assert [m.surface for m in got if m.kind == "person"] == ["Marie Curie", "Skłodowska"]


def test_a_noun_named_after_a_person_is_no_person():
    """*Ottomotor*, *Goethepreis*: a listed name and a German noun in one word are the
    noun, not an unknown surname."""
    assert _people("Autos mit Ottomotor fahren sauberer.") == []
    assert _people("Er bekam zweimal Goethepreise.") == []


def test_a_letter_joined_to_a_word_is_no_name():
    """*L-Dopa*, *U-Bahn*: a capital letter and a hyphen before a word make a thing's
    name, never a person's."""
    assert _people("Patienten erhalten oft L-Dopa.") == []


def test_a_noble_surname_after_a_role():
    """*Kommissionspräsidentin von der Leyen*, *Verteidigungsminister zu Guttenberg*: after
    a noun of a role, *von der* and *zu* lead a noble's surname with no given name; a
    place after them is the role's (*Ministerin von Sachsen-Anhalt*), and a word that
    only ends like a role is none (*von Südosten nach Nordwesten von der Saine*)."""
    assert _people("Die Rede hielt Kommissionspräsidentin von der Leyen.") == [
        ("von der Leyen", "Leyen")
    ]
    assert _people("Damals sprach Verteidigungsminister zu Guttenberg.") == [
        ("zu Guttenberg", "Guttenberg")
    ]
    assert _people("Die Ministerin von der Ostsee kam.") == []
    assert _people("Er wird von Südosten nach Nordwesten von der Saine durchflossen.") == []


def test_two_rare_given_names_are_a_given_name_and_a_surname():
    """*Serap Güler*: one source lists both as given names (Turkey's), and there surnames
    are often given names too; a word written twice is none (*Echo Echo*), and a rare
    given name before a common word still needs a surname (*Dow Jones*)."""
    assert _people("Gestern sprach Serap Güler in Berlin.") == [("Serap Güler", "Güler")]
    assert _people("Gestern stieg der Dow Jones.") == []


def test_a_goal_minute_after_a_player():
    """German match reports give a scorer's minute with an ordinal's full stop (*1:1
    Openda (34.)*, *(90.+2)*): the player, though no list has him; a noun so marked stays
    a noun (*Ein Elfmeter (34.) entschied*)."""
    got = _people("Tore: 1:0 Wirtz (12.), 1:1 Openda (34.), 3:1 Boniface (90.+2).")
    assert [s for s, _ in got] == ["Wirtz", "Openda", "Boniface"]
    assert _people("Ein Elfmeter (34.) entschied das Spiel.") == []


def test_a_family_name_after_laut_is_the_source():
    """*Laut Scholz gab es keine Absprache*: German's *laut* (according to) before a family
    name of the list names the source, a frequent word too (*Laut Müller*); a body or a
    firm stays none (*Laut Polizei*, *Laut Reuters*)."""
    assert _people("Laut Scholz gab es keine Absprache.") == [("Scholz", "Scholz")]
    assert _people("Laut Müller steigen die Preise.") == [("Müller", "Müller")]
    assert _people("Laut Polizei gab es keine Verletzten.") == []
    assert _people("Laut Reuters gab es keine Einigung.") == []
