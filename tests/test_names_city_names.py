"""Cities whose names have several words (GeoNames' list, ``cities_multiword.txt``) are
no persons, alone or beside a translation; a city named after a person with a widely
given name is not in the list, and the person stays."""

from name_helpers import persons as _persons

from glossary.build import side_mentions
from glossary.gazetteer import multiword_cities


def test_a_city_of_two_words_is_no_person():
    assert _persons("Abu Dhabi investiert viel, sagte Petra Holzner.") == ["Petra Holzner"]


def test_a_city_of_two_words_beside_its_translation_is_no_name():
    beads = [
        (
            0,
            ["Die Konferenz fand 2004 in Porto Alegre, Brasilien, mit 160 Gästen statt."],
            ["The conference was held in 2004 in Porto Alegre, Brazil, with 160 guests."],
        ),
        (1, ["Das leitete Petra Holzner."], ["Petra Holzner led it."]),
    ]
    found = [(s, m.surface, m.kind) for _, s, m in side_mentions(beads, "de", "en")]
    assert found == [("src", "Petra Holzner", "person"), ("tgt", "Petra Holzner", "person")]


def test_a_city_named_after_a_person_keeps_the_person():
    assert "Benito Juárez" not in multiword_cities()
    assert _persons("Benito Juárez regierte Mexiko.") == ["Benito Juárez"]
