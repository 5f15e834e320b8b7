"""German technical prose (manual pages): a compound whose last part is a noun's plural,
right after a finite verb, is a common noun, not a name by absence; a surname there
stays one (names made up)."""

from name_helpers import persons as _persons

from glossary.text import text_mentions


def test_a_compound_plural_after_a_finite_verb_is_no_person():
    assert _persons("--version gibt Versionsinformationen aus und beendet das Programm.") == []


def test_a_surname_after_a_finite_verb_stays_a_person():
    assert _persons("Damit will Laukötter schon morgen beginnen.") == ["Laukötter"]


def test_an_abbreviations_plural_is_no_person():
    text = (
        "Es wird empfohlen, vor dem Brennen von CDs mehrere Tests durchzuführen. Diese "
        "Option ist nur mit CDs sinnvoll, sagte Ina Berg."
    )
    assert _persons(text) == ["Ina Berg"]


def test_a_name_in_camel_case_is_a_programs():
    text = "Wie schreibt man QuarnOS? Wie man es spricht, sagte Ina Berg. OpenQSD erklärte es."
    assert _persons(text) == ["Ina Berg"]
    assert _persons("Danach sprach Ina McGrath mit Luis DeSantos.") == [
        "Ina McGrath",
        "Luis DeSantos",
    ]


def test_a_date_as_computers_print_it_is_no_name():
    text = "  866 Tue Sep 12 20:08:48 EDT 2017 META-INF/MANIFEST.MF\nEs schrieb Ina Berg."
    assert _persons(text) == ["Ina Berg"]
    found = [m for m in text_mentions(text, "en") if m.kind]
    assert [m.surface for m in found] == ["Ina Berg"]
    # a day of one digit is padded with a space, as ``date`` prints it
    padded = "$ date\nThu Sep  2 22:29:48 CEST 2021\nThe log was kept by Ina Berg.\n"
    for lang in ("en", "de", "fr"):
        assert [m.surface for m in text_mentions(padded, lang) if m.kind] == ["Ina Berg"], lang
    assert "Thu Sep" not in [m.surface for m in text_mentions(padded, "ru")]
