"""Roles before one name in French and English, appositions with no article, inverted
reports in French and cited authors: where news in those languages names a person
by one word that no list holds."""

from __future__ import annotations

from glossary.detect import find_names
from glossary.lexicon import french_person_nouns


def _persons(text: str, lang: str) -> list[str]:
    return [m.surface for m in find_names(text, lang) if m.kind == "person"]


def test_french_nouns_of_persons_come_from_the_dictionary_with_their_gender():
    """Dicollecte's nouns that vary in gender or take either (``french_lists.py``):
    singular forms only, adjectives marked."""
    nouns = french_person_nouns()
    assert nouns["présidente"] == ("f", False)
    assert nouns["président"] == ("m", False)
    assert nouns["ministre"] == ("mf", False)
    assert nouns["ancien"][1] is True  # l'ancien Garmo: an adjective before a mountain
    assert "présidents" not in nouns


def test_a_french_role_in_lower_case_names_the_one_word_after_it():
    """*le président Macron*, *le chancelier Merz*, *l'entraîneur Kompany*: French writes a
    role in lower case before a surname; its gender is the person's."""
    text = "Le président Macron a reçu le chancelier Merz à Paris."
    found = {m.surface: m.gender for m in find_names(text, "fr") if m.kind == "person"}
    assert found == {"Macron": "m", "Merz": "m"}
    assert _persons("Selon l'entraîneur Kompany, rien n'est perdu.", "fr") == ["Kompany"]
    assert _persons("Hier, la ministre Kowalczyk a démissionné.", "fr") == ["Kowalczyk"]
    assert _persons("Le juge Petit a tranché.", "fr") == ["Petit"]  # a word, capitalised


def test_a_french_adjective_or_article_before_a_capitalised_word_names_no_one():
    """*l'arrogant Masherbrum*, *la future Banque centrale*, *une Assemblée constituante*:
    an adjective or an article that the dictionary also has as a noun of a person."""
    assert _persons("On voit l'arrogant Masherbrum au loin.", "fr") == []
    assert _persons("Ils parlent de la future Banque centrale.", "fr") == []
    assert _persons("Ils préparent des élections à une Assemblée constituante.", "fr") == []


def test_an_english_noun_of_a_person_capitalised_as_a_title_stays_out_of_the_name():
    """*Governor DeSantis*, *Cardinal Parolin* (a firm's word too), *Chancellor Merz*: the
    title is no given name; a nationality (*Lebanese Shiite group*), an adjective
    before a noun of a person (*Radical Shiite cleric*) and a word English has
    (*Acrobat Reader*) are no names after it."""
    assert _persons("Yesterday Governor DeSantis said no.", "en") == ["DeSantis"]
    assert _persons("On Monday Chancellor Merz met Cardinal Parolin.", "en") == ["Merz", "Parolin"]
    assert _persons("Radical Shiite cleric Muqtada al-Sadr spoke.", "en") == ["Muqtada al-Sadr"]
    assert _persons("Download Adobe Acrobat Reader 4.0 for free.", "en") == []


def test_an_apposition_with_no_article_names_the_word_before_it():
    """*Campino, Sänger der Toten Hosen*; *singer of*; French with its article, *Dutreil,
    le ministre du Budget*: a noun of a person with a complement heads it. Not a place's
    name in French after *de … et* (*seigneur de Perrigny et Saulon, le comte …*)."""
    assert _persons("Campino, Sänger der Toten Hosen, feierte.", "de") == ["Campino"]
    assert _persons("Campino, singer of the Toten Hosen, turned 60.", "en") == ["Campino"]
    assert _persons("Hier, Dutreil, le ministre du Budget, a parlé.", "fr") == ["Dutreil"]
    assert _persons("Paris, Hauptstadt der Mode, feiert.", "de") == []
    text = "Le dernier seigneur de Perrigny et Saulon, le comte Antoine-Jean, tente."
    assert "Saulon" not in _persons(text, "fr")


def test_an_inverted_french_report_names_its_speaker():
    """*« … », a déclaré Mbappé*; *déclare Mbappé*: the subject after a verb of saying."""
    assert _persons("« Nous avons tout fait », a déclaré Mbappé.", "fr") == ["Mbappé"]
    assert _persons("« Rien », déclare Mbappé, le visage fermé.", "fr") == ["Mbappé"]


def test_the_word_before_et_al_is_a_cited_author():
    """*Schmidt et al. (2021)* in any language; in German text *et* is no French phrase."""
    assert _persons("Laut Schmidt et al. (2021) steigt das Risiko.", "de") == ["Schmidt"]
    assert _persons("Selon Dupont et al., le risque augmente.", "fr") == ["Dupont"]


def test_german_noun_endings_say_nothing_in_english():
    """*Haaland, who …*, *Carter, who …*: *-land* and *-ter* end German nouns, but English
    writes its nouns in lower case and has a list of them to ask."""
    assert _persons("Haaland, who scored twice, was named man of the match.", "en") == ["Haaland"]
    assert _persons("Carter, who was 100, died.", "en") == ["Carter"]


def test_french_words_at_a_sentence_start_are_no_names():
    """French's own lower-case words (Dicollecte, ``fr_lower_words.txt.gz``): a capital on
    one of them only starts the sentence, so it begins no name (*Ouï*, *Promotion*), and
    a full name after it is whole."""
    from glossary.lexicon import is_lower_word

    assert is_lower_word("Hier", "fr") and is_lower_word("Directeur", "fr")
    assert not is_lower_word("Macron", "fr")
    found = _persons("Hier Otto Karl Robert Wernicke a parlé.", "fr")
    assert found == ["Otto Karl Robert Wernicke"]
