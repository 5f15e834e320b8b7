"""Hungarian names: family name first, the case ending on the given name."""

from __future__ import annotations

import pytest

import glossary
from glossary.detect import find_names


def _persons(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (m.surface, m.lemma, m.given, m.gender)
        for m in find_names(text, "hu")
        if m.kind == "person"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # family name first, the case ending on the given name
        ("A kormányfő tegnap Orbán Viktort bírálta.", ("Orbán Viktort", "Orbán", "Viktor", "m")),
        ("Tegnap Kovács János beszélt a parlamentben.", ("Kovács János", "Kovács", "János", "m")),
        # a family name no list has, inside a sentence and at its start
        (
            "Tegnap Sulyok Tamás azt mondta, hogy ez nem igaz.",
            ("Sulyok Tamás", "Sulyok", "Tamás", "m"),
        ),
        (
            "Szijjártó Péter hétfőn azt mondta, hogy ez nem igaz.",
            ("Szijjártó Péter", "Szijjártó", "Péter", "m"),
        ),
        # no preposition separates a name from the place after it (in Budapest)
        ("Hétfőn Varga Judit Budapesten beszélt.", ("Varga Judit", "Varga", "Judit", "f")),
        # -vel after a digraph doubles its first letter: Gergely + vel
        ("Tegnap Gulyás Gergellyel tárgyalt.", ("Gulyás Gergellyel", "Gulyás", "Gergely", "m")),
    ],
)
def test_a_hungarian_name_is_family_name_first(text, found):
    assert _persons(text) == [found]


def test_a_party_s_name_is_no_person():
    """*Tisza Párt*: *Tisza* reads as a given name only through a loose key, *párt*
    (party) is a Hungarian word: an organisation's name, no person's."""
    assert _persons("Magyar Péter, a Tisza Párt elnöke hétfőn beszélt.") == [
        ("Magyar Péter", "Magyar", "Péter", "m")
    ]


def test_foreign_names_keep_their_order_and_a_sentence_s_first_word_is_no_surname():
    assert _persons("Alekszandr Lukasenko tegnap beszélt.") == [
        ("Alekszandr Lukasenko", "Lukasenko", "Alekszandr", "m")
    ]
    # a verb opens the sentence; the name after it is in its own order
    found = _persons("Kiszabadult Viktor Babariko volt bankvezető is.")
    assert [lemma for _, lemma, _, _ in found] == ["Babariko"]


def test_the_german_and_the_hungarian_order_make_one_entry():
    beads = [
        (0, ["Viktor Orbán reiste nach Brüssel."], ["Orbán Viktor Brüsszelbe utazott."]),
        (1, ["Dort traf Orbán die Kommission."], ["Ott Orbán találkozott a Bizottsággal."]),
    ]
    entries = glossary.build_entries(beads, "de", "hu")
    orban = [e for e in entries if "Orbán" in e.forms()]
    assert len(orban) == 1
    assert orban[0].lemmas("hu") == ["Orbán"]
    fulls = {(v.lang, v.full) for v in orban[0].variants if v.full}
    assert fulls == {("de", "Viktor Orbán"), ("hu", "Orbán Viktor")}
    assert "Viktor" not in {form for e in entries for form in e.forms()}


def test_a_case_ending_no_surname_has_leaves_the_citation_form():
    """One text alone: the surname of a foreign name carries the case ending (the
    comitative assimilated after a consonant, the dative, the accusative)."""
    from glossary.hungarian import case_stem

    found = find_names("Mindezt szorosan egyezteti Vlagyimir Putyinnal.", "hu")
    assert [(m.lemma, m.given) for m in found] == [("Putyin", "Vlagyimir")]
    assert case_stem("Tokajevvel") == "Tokajev"
    assert case_stem("Lukasenkónak") == case_stem("Lukasenkót") == "Lukasenko"
    # names that end like a case ending stay as they are
    assert [case_stem(w) for w in ("Orbán", "Russell", "Szabó", "Benedek")] == [None] * 4


def test_a_particle_is_no_family_name_before_a_closing_word():
    """*Ursula von der Leyennel*: a Western name with its particle, read given name
    first; *der* before *Leyen* is no Hungarian family name."""
    found = find_names("Orbán Viktor kedden találkozott Ursula von der Leyennel.", "hu")
    assert [(m.lemma, m.family_first) for m in found] == [("Orbán", True), ("Leyen", False)]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Tegnap Brüsszelben Josep Borrell aggodalmát fejezte ki.", "hu", "Brüsszelben"),
        ("Brüsszelben Josep Borrell aggodalmát fejezte ki.", "hu", "Brüsszelben"),
        ("Учора ў Маскве Уладзімір Пуцін заявіў пра перамогу.", "be", "Маскве"),
    ],
)
def test_a_city_s_case_form_before_a_full_name_is_a_place(text, lang, place):
    """The city's case form and the full name after it are one run of capitalised
    words: the name is read from where it begins, and the place before it is kept."""
    found = {(m.surface, m.kind) for m in find_names(text, lang)}
    assert (place, "place") in found


def test_a_surname_in_a_consonant_cluster_and_t_is_no_accusative():
    """*Hassett*, *Brandt*: after t or d the accusative takes a vowel (*Hassettet*), so
    the word is its own nominative; *Orbánt*, *Nagelt* still read back to their stems."""
    from glossary.inflect import lemmas

    assert lemmas("Hassett", "hu") == ["Hassett"] and lemmas("Brandt", "hu") == ["Brandt"]
    assert "Orbán" in lemmas("Orbánt", "hu") and "Nagel" in lemmas("Nagelt", "hu")
    found = find_names("Jerome Powell utódja Kevin Hassett lesz.", "hu")
    assert [m.lemma for m in found] == ["Powell", "Hassett"]


def test_a_chinese_name_in_hungarian_spelling_is_read_family_first():
    """*Pan Kung-seng*: Hungarian writes a Chinese name family first like its own; the
    Chinese list's family name before a hyphened given name makes it one."""
    found = find_names("Tegnap Pan Kung-seng jegybankelnök telefonált.", "hu")
    assert [(m.surface, m.family_first) for m in found] == [("Pan Kung-seng", True)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a foreign surname spelt out in Hungarian runs past twelve letters
        (
            "A tüntetésen Kolesznyikova Marija nevét is skandálták.",
            ("Kolesznyikova Marija", "Kolesznyikova", "Marija", "f"),
        ),
        # the commonest Hungarian family name is an adjective too (big)
        ("Tegnap Nagy László azt mondta, hogy igen.", ("Nagy László", "Nagy", "László", "m")),
        ("Ezt Nagy Lászlóné nyugdíjas mondta.", ("Nagy Lászlóné", "Nagy", "Lászlóné", "f")),
        # a German family name with a noun's ending
        ("Tegnap Wagner Ádám beszélt.", ("Wagner Ádám", "Wagner", "Ádám", "m")),
    ],
)
def test_a_family_name_of_any_shape_before_a_given_name(text, found):
    assert _persons(text) == [found]


def test_a_wife_named_after_her_husband_is_another_person():
    """*Nagy Lászlóné* is László Nagy's wife: one entry for her, one for him."""
    text = "Nagy László szerint a gazdaság lassul. Ezt Nagy Lászlóné nyugdíjas mondta."
    entries = glossary.text_entries(text, "hu")
    assert sorted((e.canonical, e.gender) for e in entries) == [
        ("Nagy László", "m"),
        ("Nagy Lászlóné", "f"),
    ]


def test_an_accusative_surname_is_read_back_where_the_text_names_its_stem():
    """*Donald Tuskot* is the object: *Tusk* alone elsewhere in the text gives the
    nominative, and the lone *Tusk* is the same person."""
    text = "Merz fogadta Donald Tuskot. Később Tusk elmondta, hogy jó volt."
    entries = glossary.text_entries(text, "hu")
    tusk = [e for e in entries if "Donald" in e.canonical]
    assert [e.canonical for e in tusk] == ["Donald Tusk"]
    assert {v.form for v in tusk[0].variants} >= {"Tuskot", "Tusk"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zelenszkij ukrán elnök viszont bírálta a tervet.", "Zelenszkij"),
        ("Sosztakovics szimfóniáját játszották.", "Sosztakovics"),
    ],
)
def test_a_slavic_surname_in_hungarian_spelling_starts_a_sentence(text, word):
    """-ский and -вич in Hungarian spelling (-szkij, -vics) mark a surname alone."""
    found = find_names(text, "hu")
    assert [(m.surface, m.kind) for m in found] == [(word, "person")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Hungarian lengthens a foreign name's last vowel, keeps its own long one
        ("Tegnap Varsóból érkezett.", "Varsó"),
        ("Tegnap Oslóban járt.", "Oslo"),
        ("Tegnap Moszkvába utazott.", "Moszkva"),
    ],
)
def test_a_declined_city_is_cited_as_hungarian_writes_it(text, place):
    entries = glossary.text_entries(text, "hu")
    assert [(e.type, e.canonical) for e in entries] == [("place", place)]


def test_a_declined_place_after_a_name_s_first_word_is_still_a_place():
    """*Merz Varsóból*: the place ends the name and is a place of its own."""
    found = [(m.surface, m.kind) for m in find_names("Tegnap Varga Judit Varsóból jött.", "hu")]
    assert found == [("Varga Judit", "person"), ("Varsóból", "place")]


def test_a_body_s_capitalised_name_after_a_family_first_name_ends_it():
    """*Gulyás Gergely Miniszterelnökséget vezető miniszter*: the minister heading the
    Prime Minister's Office; the office's name is no word of his."""
    found = find_names("Gulyás Gergely Miniszterelnökséget vezető miniszter szólalt fel.", "hu")
    assert [(m.surface, m.lemma, m.given) for m in found] == [
        ("Gulyás Gergely", "Gulyás", "Gergely")
    ]
