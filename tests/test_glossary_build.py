"""Name detection, entries, the consistency check and the aligner's key hook."""

from __future__ import annotations

from collections import defaultdict

import pytest

import glossary
from glossary.detect import find_names
from glossary.entries import Entry
from tests.conftest import shared_path

PERSONS = {
    "Lukaschenko",
    "Kolesnikowa",
    "Bjaljazki",
    "Babariko",
    "Solotowa",
    "Stefanowitsch",
    "Labkowitsch",
    "Tokajew",
    "Putin",
    "Trump",
    "Cole",
    "Stier",
    "Péli",
    "Schell",
}


def _sentences(text: str) -> list[str]:
    from aligner.segment import segment

    return [seg.text for seg in segment(text, "de")]


def test_german_article_persons_found_and_grouped():
    text = shared_path("corpora", "belarus-stier-de.md").read_text(encoding="utf-8")
    sentences = _sentences(text)
    beads = [(i, [s], []) for i, s in enumerate(sentences)]
    entries = glossary.build_entries(beads, "de", "hu")
    by_lemma = {lemma: e for e in entries for lemma in e.lemmas("de")}
    assert PERSONS <= set(by_lemma), PERSONS - set(by_lemma)
    # No common noun became an entry; places are entries of their own type.
    assert {e.lemmas("de")[0] for e in entries if e.type == "person"} == PERSONS
    places = {e.lemmas("de")[0] for e in entries if e.type != "person"}
    # A country's name of several words is one place, whole (not its last word, Union).
    assert places <= {"Minsk", "Washington", "Stuttgart", "Litauen", "Europäische Union"}, places
    # Every sentence naming Lukaschenko is a variant of the one entry.
    luka = by_lemma["Lukaschenko"]
    want = {i for i, s in enumerate(sentences) if "Lukaschenko" in s}
    assert {v.bead for v in luka.variants} == want
    assert luka.preferred["de"] == "Alexander Lukaschenko"
    assert any(i for i, s in enumerate(sentences) if "Lukaschenko-System" in s and i in want)
    assert by_lemma["Trump"] is by_lemma["Trump"] and "Trumps" in by_lemma["Trump"].forms("de")


def test_names_across_languages_grouped():
    beads = [
        (0, ["Präsident Alexander Lukaschenko sprach."], ["Alekszandr Lukasenko elnök beszélt."]),
        (1, ["Lukaschenkos Sprecher schwieg."], ["Lukasenkót nem hívták meg."]),
        (2, ["Marija Kolesnikowa kam frei."], ["Marija Kolesznyikova kiszabadult."]),
        (3, ["Das Land wartet."], ["Az ország vár."]),
    ]
    entries = glossary.build_entries(beads, "de", "hu")
    assert len(entries) == 2
    luka = next(e for e in entries if "Lukaschenko" in e.lemmas("de"))
    assert set(luka.lemmas("hu")) == {"Lukasenko"}
    assert "Lukasenkót" in luka.forms("hu")
    # German and Hungarian spellings read back to the same Cyrillic: the original.
    assert luka.canonical == "Александр Лукашенко"
    assert {(v.bead, v.side) for v in luka.variants} >= {(0, "src"), (1, "tgt")}


def test_entries_round_trip_and_user_choices_survive_rebuild():
    beads = [(0, ["Alexander Lukaschenko sprach."], ["Alekszandr Lukasenko beszélt."])]
    entry = glossary.build_entries(beads, "de", "hu")[0]
    data = entry.to_dict()
    assert Entry.from_dict(data).to_dict() == data
    data.update(status="approved", canonical="Аляксандр Лукашэнка", canonical_set=True)
    again = glossary.build_entries(beads, "de", "hu", records=[data])
    assert len(again) == 1
    assert again[0].id == entry.id and again[0].status == "approved"
    assert again[0].canonical == "Аляксандр Лукашэнка"


def test_a_rebuild_drops_candidates_the_text_no_longer_names_and_keeps_the_users():
    """A candidate is a suggestion read from the text: once no mention continues it (the
    text was edited, the rules read it better) a rebuild leaves it out; an entry the
    user approved stays, whatever the text says now."""
    beads = [(0, ["Alexander Lukaschenko sprach."], ["Alekszandr Lukasenko beszélt."])]
    stale = glossary.build_entries(
        [(0, ["Wolfram Weimer sprach."], ["Wolfram Weimer beszélt."])], "de", "hu"
    )[0].to_dict()
    again = glossary.build_entries(beads, "de", "hu", records=[stale])
    assert [e.id for e in again] == ["name-lukasenka"]
    kept = dict(stale, status="approved")
    again = glossary.build_entries(beads, "de", "hu", records=[kept])
    assert sorted(e.id for e in again) == sorted(["name-lukasenka", stale["id"]])


def test_consistency_check():
    beads = [
        (0, ["Präsident Alexander Lukaschenko sprach."], ["Alekszandr Lukasenko elnök beszélt."]),
        (1, ["Lukaschenko lachte."], ["Az elnök nevetett."]),
        (2, ["Marija Kolesnikowa kam."], ["Marija Kolesznyikova jött."]),
        (3, ["Kolesnikowa ging."], ["Kolesnyikova elment."]),
        (4, ["Lukaschenko blieb."], ["Lukasenkónak maradnia kellett."]),
    ]
    entries = glossary.build_entries(beads, "de", "hu")
    problems = glossary.check(beads, "de", "hu", entries)
    kinds = defaultdict(list)
    for p in problems:
        kinds[p.kind].append(p)
    assert [p.bead for p in kinds["missing"]] == [1]
    assert len(kinds["spelling"]) == 1
    assert set(kinds["spelling"][0].forms) == {"Kolesznyikova", "Kolesnyikova"}
    clean = [b for b in beads if b[0] not in (1, 3)]
    assert glossary.check(clean, "de", "hu", glossary.build_entries(clean, "de", "hu")) == []


def test_detection_needs_more_than_a_capital():
    text = "Die Regierung in Minsk sprach mit der Europäischen Union über Sanktionen."
    assert [(m.surface, m.kind) for m in find_names(text, "de")] == [("Minsk", "place")]
    for text in ("Das Gold stieg, sagte der Präsident.", "On Monday Putin spoke."):
        assert "Gold" not in [m.surface for m in find_names(text, "de")]
    assert [m.surface for m in find_names("On Monday Putin spoke.", "en", {"putin"})] == ["Putin"]
    assert [
        m.surname for m in find_names("Встреча: Александр Лукашенко и Мария Колесникова.", "ru")
    ] == ["Лукашенко", "Колесникова"]


def test_name_keys_hook_matches_across_languages():
    de = glossary.name_keys("Die EU lud Lukaschenkos Vertreter ein.", "de")
    hu = glossary.name_keys("Az EU meghívta Lukasenkót.", "hu")
    pl = glossary.name_keys("UE zaprosiła Łukaszenkę.", "pl")
    assert de & hu and de & pl
    assert not glossary.name_keys("Die EU lud die Vertreter ein.", "de")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("AaBЛлуkÓó-' .,\n„“Łł"), max_size=40),
    st.sampled_from(["de", "en", "hu", "pl", "cs", "fr", "ru", "uk", "be"]),
)
def test_detection_never_crashes(text, lang):
    for m in find_names(text, lang, {"lukasenka"}):
        assert text[m.start : m.end] == m.surface
    glossary.name_keys(text, lang)


def test_rejected_entry_stays_rejected_and_is_not_exported():
    import csv
    import io

    from glossary.formats import dumps

    beads = [(0, ["Marija Kolesnikowa und Wiktor Babariko kamen."], [])]
    entries = glossary.build_entries(beads, "de", "hu")
    babariko = next(e for e in entries if "Babariko" in e.lemmas("de"))
    babariko.status = "rejected"
    again = glossary.build_entries(beads, "de", "hu", records=glossary.records(entries))
    assert next(e for e in again if e.id == babariko.id).status == "rejected"
    rows = list(csv.DictReader(io.StringIO(dumps(again, "csv", "de", "hu").decode())))
    assert [row["canonical"] for row in rows] == ["Marija Kolesnikowa"]
    assert all("Babariko" not in row["de"] for row in rows)


def test_noun_joined_to_a_noun_is_no_name_though_the_other_side_capitalises_it():
    """English writes the West capitalised; German's West in Ost und West is the noun,
    joined to another, and is no variant of any entry."""
    beads = [
        (0, ["Er vermittelt zwischen Ost und West."], ["He mediates between East and West."]),
        (1, ["Kate West sprach in Berlin."], ["Kate West spoke in Berlin."]),
    ]
    entries = glossary.build_entries(beads, "de", "en")
    german = {(v.bead, v.form) for e in entries for v in e.variants if v.lang == "de"}
    assert (0, "West") not in german
    assert (1, "Kate West") in german or (1, "West") in german


def test_original_script_derived_only_where_two_sides_agree():
    """The Cyrillic canonical form comes from Latin sides only when both read back to the
    same letters; a German name, sides that disagree (English Alexander has no reading),
    or one text alone keep the written form."""
    hu = glossary.build_entries(
        [
            (
                0,
                ["Laut Elena Schulz sprach Präsident Alexander Lukaschenko."],
                ["Elena Schulz szerint Alekszandr Lukasenko elnök beszélt."],
            )
        ],
        "de",
        "hu",
    )
    assert sorted(e.canonical for e in hu) == ["Elena Schulz", "Александр Лукашенко"]
    beads = [(0, ["Alexander Lukaschenko sprach."], ["Alexander Lukashenko spoke."])]
    assert [e.canonical for e in glossary.build_entries(beads, "de", "en")] == [
        "Alexander Lukashenko"
    ]
    one = glossary.text_entries("Präsident Alexander Lukaschenko sprach.", "de")
    assert [e.canonical for e in one] == ["Alexander Lukaschenko"]


def test_cognate_noun_at_a_sentence_start_is_no_name():
    """Ökonom beside Экономист opening a sentence share a key across scripts, as names
    do; a German common noun beside a sentence's first word confirms no name."""
    beads = [
        (
            0,
            ["Ein Ökonom in Minsk schätzt die Einnahmen."],
            ["Экономист из Минска оценивает доходы."],
        ),
        (1, ["Das sagte Katharina Vogt."], ["Об этом сказала Катарина Фогт."]),
    ]
    entries = glossary.build_entries(beads, "de", "ru")
    forms = {v.form for e in entries for v in e.variants}
    assert "Экономист" not in forms
    assert {"Katharina Vogt", "Катарина Фогт"} <= {v.full for e in entries for v in e.variants}


def test_name_spelt_alike_on_both_sides_gets_no_cyrillic_original():
    """Kevin Austin ends like a Slavic surname (-in) but both sides write it alike: a name
    copied, not transliterated, so nothing is read back to Cyrillic."""
    from glossary.entries import Entry
    from glossary.original import derived_cyrillic

    alike = Entry(id="x", canonical="", preferred={"de": "Kevin Austin", "en": "Kevin Austin"})
    assert derived_cyrillic(alike) is None
    putin = Entry(id="y", canonical="", preferred={"de": "Wladimir Putin", "en": "Vladimir Putin"})
    assert derived_cyrillic(putin) == "Владимир Путин"


def test_city_after_a_german_preposition_of_place():
    """German writes Kiew and Brüssel so often that the frequency list reads them as
    common words; after aus, in, nach a listed city is the place all the same, while a
    noun that names a city too (Essen) stays a noun."""
    from glossary.detect import find_names

    found = find_names("Aus Kiew kam eine Antwort, Beobachter in Brüssel schwiegen.", "de")
    assert [(m.surface, m.kind) for m in found] == [("Kiew", "place"), ("Brüssel", "place")]
    assert find_names("Wir sprachen beim Essen und in Ruhe.", "de") == []


def test_a_place_listed_as_written_keeps_its_name():
    """*in Paris* is Paris, not the town Pari that a stripped genitive -s would make:
    no entry carries a form its text never wrote."""
    from glossary.detect import find_names

    found = find_names("Der Präsident hat am Montag in Paris den Kanzler empfangen.", "de")
    assert [(m.lemma, m.kind) for m in found] == [("Paris", "place")]
    entries = glossary.text_entries("Macron sprach in Paris. Paris war kalt.", "de")
    assert [e.forms() for e in entries if e.type == "place"] == [["Paris"]]


def test_east_slavic_city_in_soft_sign_keeps_its_name():
    """Брюсселе loses its ending as a surname would (Брюссел); a place takes the listed
    name with the soft sign instead, and nothing else is changed (Polish Berlina stays
    Berlin, not the Italian Berlino the city list also holds)."""
    beads = [
        (0, ["Beobachter in Brüssel reagieren."], ["Наблюдатели в Брюсселе реагируют."]),
        (1, ["In Berlin sagte sie das."], ["В Берлине она это сказала."]),
    ]
    ru = {e.canonical for e in glossary.build_entries(beads, "de", "ru") if e.type == "place"}
    assert {"Брюссель", "Берлин"} <= ru
    pl_beads = [(0, ["Sie lebt in Berlin."], ["Mieszka w Berlinie, blisko Berlina."])]
    pl = {e.canonical for e in glossary.build_entries(pl_beads, "de", "pl") if e.type == "place"}
    assert "Berlino" not in pl


_WRAPPED = (
    "Die Bundesregierung hat am Montag in Berlin beschlossen, dass die\n"
    "Wehrpflicht wieder eingeführt wird. Verteidigungsminister Boris\n"
    "Pistorius sagte, das sei nötig, und verwies auf die Lage im Osten.\n"
    "\n"
    "Zeitplan\n"
    "Martin Schulz kommt am Dienstag.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_name_wrapped_over_two_lines_is_one_name(newline):
    """Hard-wrapped prose (mail, text from a PDF) breaks lines inside a name: Boris⏎Pistorius
    is one person with the sentence he is named in, not a Boris and a Pistorius, with Unix
    or Windows line ends; a heading line keeps its break (Zeitplan is not joined to Martin
    Schulz)."""
    from glossary.text import text_mentions

    text = _WRAPPED.replace("\n", newline)
    found = text_mentions(text, "de")
    assert [text[m.start : m.end] for m in found if m.kind == "person"] == [
        f"Boris{newline}Pistorius",
        "Martin Schulz",
    ]
    (boris,) = [e for e in glossary.text_entries(text, "de") if "Pistorius" in e.forms()]
    assert boris.canonical == "Boris Pistorius"
    assert boris.context.startswith("Verteidigungsminister Boris Pistorius sagte")
    beads = [
        (
            0,
            ["Verteidigungsminister Boris\nPistorius sagte, das sei nötig."],
            ["Defence Minister Boris Pistorius said it was necessary."],
        )
    ]
    entries = glossary.build_entries(beads, "de", "en")
    assert [e.canonical for e in entries if e.type == "person"] == ["Boris Pistorius"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_name_wrapped_in_indented_prose_is_one_name(newline):
    """Plain-text documents (a project's history, a README, a mail quoted with a margin)
    indent every line: the next line's indentation after a wrapping break is no gap
    between two words of a name, in a whole text and inside a bead's sentence; the
    mention's offsets still point into the text as given, and the forms read one space."""
    from glossary.text import text_mentions

    text = "".join(f"    {line}{newline}" for line in _WRAPPED.splitlines())
    found = [m for m in text_mentions(text, "de") if m.kind == "person"]
    assert [m.surface for m in found] == ["Boris Pistorius", "Martin Schulz"]
    assert text[found[0].start : found[0].end] == f"Boris{newline}    Pistorius"
    assert text[found[1].start : found[1].end] == "Martin Schulz"
    beads = [
        (
            0,
            ["Verteidigungsminister Boris\n    Pistorius sagte, das sei nötig."],
            ["Defence Minister Boris\n      Pistorius said it was necessary."],
        )
    ]
    (entry,) = [e for e in glossary.build_entries(beads, "de", "en") if e.type == "person"]
    assert entry.canonical == "Boris Pistorius"
    assert entry.context == "Verteidigungsminister Boris Pistorius sagte, das sei nötig."


def test_an_entry_s_context_is_the_sentence_the_segmenter_cuts():
    """*in der 23. Minute*, *Dr. Kobel*: a full stop there ends no sentence, so the
    context, in a bead and in a whole text, is the whole sentence, not a piece of it;
    two sentences of one bead stay apart."""
    de = "Serhou Guirassy traf in der 23. Minute. Dann parierte Dr. Kobel."
    en = "Serhou Guirassy scored after 23 minutes. Then Dr. Kobel saved."
    for entries in (
        glossary.build_entries([(0, [de], [en])], "de", "en"),
        glossary.text_entries(de, "de"),
    ):
        contexts = {e.canonical: e.context for e in entries}
        assert contexts["Serhou Guirassy"] == "Serhou Guirassy traf in der 23. Minute."
        assert contexts["Kobel"] == "Dann parierte Dr. Kobel."


def test_a_surname_alone_in_the_target_takes_the_source_s_full_name_as_canonical():
    """The target text writes *Guirassy* only, the source *Serhou Guirassy*: the entry is
    cited by the whole name, spelt as both sides write the surname; a surname spelt
    otherwise is no part of another side's form (no German given name beside an English
    spelling)."""
    beads = [
        (0, ["Serhou Guirassy traf zweimal."], ["Guirassy scored twice."]),
        (1, ["Wladimir Putin schwieg."], ["Putin said nothing."]),
        (2, ["Maria Kolesnikowa lachte."], ["Kolesnikova laughed."]),
    ]
    canonical = {e.canonical for e in glossary.build_entries(beads, "de", "en")}
    assert "Serhou Guirassy" in canonical
    assert "Wladimir Putin" in canonical
    assert {"Kolesnikova", "Kolesnikowa"} & canonical and "Maria Kolesnikova" not in canonical


def test_a_surname_given_as_an_initial_keeps_its_full_stop_in_the_canonical_form():
    """Court reports name the accused *Thomas M.* and *Sabine M.*: two people, each cited
    with the full stop that marks the initial (not *Thomas M*)."""
    text = "Der 52-jährige Thomas M. und seine Frau Sabine M. (49) hatten gelogen."
    canonical = sorted(e.canonical for e in glossary.text_entries(text, "de"))
    assert canonical == ["Sabine M.", "Thomas M."]
