"""Persons in German prose about software: products, releases and compounds that are
no one's name (rules found on a project history of a free software distribution)."""

from name_helpers import persons as _persons

from glossary.text import text_mentions


def test_compound_with_an_abbreviation_is_no_person():
    text = "Der Verlag brachte im Herbst zwölf Hörbuch-CDs heraus, die Lena Vogtmann gelesen hat."
    assert _persons(text) == ["Lena Vogtmann"]


def test_word_glued_to_a_number_is_no_person():
    text = "Sie installierte Quarnel32 und danach noch Ortwin Kessler einen Drucker."
    assert _persons(text) == ["Ortwin Kessler"]


def test_word_after_a_version_number_names_a_release_throughout():
    text = (
        "Im Mai erschien Quendix 4.2 Marlon mit vielen neuen Paketen. Die Freigabe von "
        "Marlon hatte sich lange verzögert, sagte Petra Holzner."
    )
    assert "Marlon" not in _persons(text)
    assert "Petra Holzner" in _persons(text)


def test_bracketed_release_name_after_a_whole_version_number():
    text = (
        "Im Mai erschien Quendix 7 (Tessa) mit vielen neuen Paketen. Tessa war die erste "
        "Version mit neuem Installer."
    )
    assert "Tessa" not in _persons(text)


def test_a_ranking_number_before_a_full_name_keeps_the_person():
    assert "Robert Maier" in _persons("Auf Platz 2 Robert Maier, dahinter lag Maier lange.")


def test_word_before_a_dotted_version_names_a_product_throughout():
    text = (
        "Im Mai erschien Quendix 4.2 mit vielen Paketen. Als Arne Velting Quendix verließ, "
        "übernahm Petra Holzner die Leitung."
    )
    assert _persons(text) == ["Arne Velting", "Petra Holzner"]


def test_a_date_is_no_version():
    assert _persons("Am Montag 4.2.2003 kam Petra Holzner ins Büro.") == ["Petra Holzner"]


def test_a_word_the_text_writes_after_an_article_ends_a_full_name():
    text = (
        "Das Projekt hieß Quendix, und das Quendix wuchs schnell. Als Arne Velting Quendix "
        "verließ, übernahm Petra Holzner die Leitung."
    )
    assert _persons(text) == ["Arne Velting", "Petra Holzner"]


def test_a_widely_given_name_keeps_its_third_word():
    text = "Am Bach stand eine Mühle. Johann Sebastian Bach schrieb dort viel."
    assert "Johann Sebastian Bach" in _persons(text)


def test_a_name_inside_an_e_mail_address_is_no_mention():
    text = "Fragen bitte an Anna.Berg@example.org richten, sagte Petra Holzner."
    assert _persons(text) == ["Petra Holzner"]


def test_a_team_before_its_mail_address_is_no_person():
    text = "Copyright © 2021 Quendix Lektorat Team <quendix-lektorat@example.org>"
    assert _persons(text) == []


def test_a_name_wrapped_onto_an_indented_line_is_one_name():
    text = (
        "    Der kleine Verein wurde damals ein ganzes Jahr lang von der\n"
        "    Stiftung für offene Werkzeuge gefördert, die von Arne\n"
        "    Velting gegründet worden war, und hatte seinen Sitz in New\n"
        "    York, wo er bis heute mit vielen Freiwilligen an seinen\n"
        "    Programmen arbeitet und jedes Jahr neue Mitglieder findet.\n"
    )
    found = [m for m in text_mentions(text, "de") if m.kind == "person"]
    assert [m.surface for m in found] == ["Arne Velting"]
    assert text[found[0].start : found[0].end].split() == ["Arne", "Velting"]


def test_lines_of_one_name_each_stay_apart():
    text = "    Arne Velting\n    Petra Holzner\n"
    assert _persons(text) == ["Arne Velting", "Petra Holzner"]


def test_the_genitive_of_a_product_is_no_person():
    text = (
        "Im Mai erschien Varlo 2.1 mit vielen neuen Paketen. Später wurde Varlos Website in "
        "zwanzig Sprachen übersetzt."
    )
    assert _persons(text) == []


def test_a_given_name_still_vouches_for_the_genitive():
    text = "Im Mai erschien Varlo 2.1 mit vielen Paketen. Später lobte Anna Varlos Tochter es."
    assert "Anna Varlos" in _persons(text)


def test_a_plural_noun_after_an_unlisted_name_is_its_object():
    text = "Im Herbst gewann Quarzix Marktanteile hinzu, sagte Petra Holzner."
    assert _persons(text) == ["Quarzix", "Petra Holzner"]


def test_a_listed_given_name_keeps_a_surname_that_is_a_plural():
    assert _persons("Gestern kam Sophie Rosen.") == ["Sophie Rosen"]


def test_a_quoted_release_name_makes_the_word_before_its_version_a_product():
    text = (
        "Wir widmen Quendix 9 »Marlon« unserem Gründer. Ohne Petra Holzner gäbe es "
        "Quendix nicht, und an Quendix arbeiten heute viele."
    )
    assert _persons(text) == ["Petra Holzner"]


def test_a_count_and_its_noun_make_no_product():
    assert "Müller" in _persons("Am Ende hatte Thomas Müller 2 Tore, und Müller jubelte.")
