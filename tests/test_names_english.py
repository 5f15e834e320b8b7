"""English: a capitalised word that English mostly writes in lower case (President,
Western, Ordinary) is no name word on its own, while names and their evidence stay."""

from __future__ import annotations

import pytest

from glossary.build import build_entries
from glossary.detect import find_names
from glossary.lexicon import is_common_word


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in find_names(text, "en")]


@pytest.mark.parametrize(
    ("word", "common"),
    [("President", True), ("Western", True), ("Ordinary", True), ("Finance", True)]
    + [("Trudeau", False), ("Osborne", False), ("Putin", False), ("Cooper", False)],
)
def test_english_common_words_come_from_frequencies(word, common):
    assert is_common_word(word, "en") is common


def test_title_is_left_out_of_an_english_full_name():
    beads = [
        (
            0,
            ["Kasachstans Präsident Kassym-Schomart Tokajew bot sich als Vermittler an."],
            ["Kazakhstan's President Kassym-Jomart Tokayev has put himself forward as a mediator."],
        )
    ]
    (entry,) = build_entries(beads, "de", "en")
    assert entry.type == "person"
    assert entry.preferred["en"] == "Kassym-Jomart Tokayev"


@pytest.mark.parametrize(
    "text",
    [
        "Examples include access to Western ports.",
        "The result from Ordinary Least Squares was poor.",
        "They met in International waters.",
        "Raw data is on the server.",
    ],
)
def test_a_lone_capitalised_common_word_is_no_name(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is also a common word, after a given name or an honorific
        ("He met Bill Gates in Seattle.", [("Bill Gates", "person"), ("Seattle", "place")]),
        ("The letter reached Dr. Price and Ms. Baker.", [("Price", "person"), ("Baker", "person")]),
        # a family name English writes capitalised, alone
        ("He talked with Osborne about it.", [("Osborne", "person")]),
    ],
)
def test_names_that_are_also_words_keep_their_evidence(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His death leaves a vacuum in Palestinian leadership.", []),
        ("They eat it in Spanish countries.", []),
        # a place the lists know keeps its reading, whatever its ending
        ("The ship docked in Dalian yesterday.", [("Dalian", "place")]),
        ("She lives in Ottawa.", [("Ottawa", "place")]),
    ],
)
def test_an_adjective_of_nationality_after_in_is_no_place(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Yesterday Prime Minister Keir Starmer went to Paris.", "Keir Starmer"),
        ("On Monday President Xi Jinping visited Paris.", "Xi Jinping"),
        ("British Prime Minister Keir Starmer went to Paris.", "Keir Starmer"),
        ("He met Apple Chief Executive Tim Cook.", "Tim Cook"),
    ],
)
def test_a_title_in_capitals_before_unknown_words_opens_a_name(text, person):
    """Capitalised common words inside an English sentence are a title: the words after
    them that English has no use for are the person's name, though no list has them;
    so too where an adjective of origin or a firm's name stands before the title."""
    assert person in [m.surface for m in find_names(text, "en") if m.kind == "person"]


def test_capitalised_common_words_alone_name_no_one():
    text = "Many Sunni Arab leaders joined the Islamic Jihad talks."
    assert [m.surface for m in find_names(text, "en") if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, Keir Starmer said it was wrong.", "en"),
        ('"It is wrong," said Keir Starmer.', "en"),
        ("According to Keir Starmer, it is wrong.", "en"),
        ("Lundi, Keir Starmer a déclaré que c'était faux.", "fr"),
        ("« C'est faux », a déclaré Keir Starmer.", "fr"),
        ("Selon Keir Starmer, c'est faux.", "fr"),
    ],
)
def test_two_unknown_words_beside_a_verb_of_saying_are_a_speaker(text, lang):
    """English and French news name a speaker beside said / a déclaré, or after
    according to / selon: two words the language has no use for are the name."""
    assert [m.surface for m in find_names(text, lang)] == ["Keir Starmer"]


def test_one_unknown_word_after_a_title_counts_before_a_verb_of_saying():
    found = find_names("Yesterday President Macron said it was wrong.", "en")
    assert [(m.surface, m.full) for m in found] == [("Macron", False)]
    # a place's word after a capitalised noun is no one's name
    assert find_names("They went to Lake Tahoe in May.", "en") == []


def test_common_words_beside_a_verb_of_saying_name_no_one():
    assert find_names("The Ministry Office said it was wrong.", "en") == []
    assert find_names("It went to Keir Starmer yesterday.", "en") == []


def test_a_french_title_in_lower_case_opens_a_name_no_list_has():
    """French writes titles in lower case: after an article and a noun, two words French
    has no use for are a person's name; an elided article makes a thing's name."""
    found = find_names("Lundi, le président Xi Jinping est arrivé à Paris.", "fr")
    assert [m.surface for m in found if m.kind == "person"] == ["Xi Jinping"]
    assert find_names("Il a lu le roman L'Aile Bleue hier.", "fr") == []


def test_a_source_and_an_age_between_commas_mark_a_person():
    """*According to Habeck, …*, *selon Habeck*: one word no list has after the words
    that name a source is that source, but a capital's name is a government's
    (*according to Paris*); English news gives an age between commas (*Lindner, 44,
    rejected …*), which elsewhere is a house number (*праспект Пераможцаў, 11,*)."""
    found = find_names("According to Habeck, prices will rise.", "en")
    assert [m.surface for m in found if m.kind == "person"] == ["Habeck"]
    found = find_names("Selon Habeck, les prix vont augmenter.", "fr")
    assert [m.surface for m in found if m.kind == "person"] == ["Habeck"]
    assert [
        m for m in find_names("according to Paris, it works.", "en") if m.kind == "person"
    ] == []
    found = find_names("Lindner, 44, rejected the idea.", "en")
    assert [m.surface for m in found if m.kind == "person"] == ["Lindner"]
    found = find_names("Мы жывём на праспекце Пераможцаў, 11, у Мінску.", "be")
    assert [m for m in found if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Bill Gates said that.", ["Bill Gates"]),
        ("Don Johnson left the show.", ["Don Johnson"]),
        ("May Day celebrations began.", []),
    ],
)
def test_a_given_name_english_lists_as_a_function_word_opens_a_sentence(text, persons):
    """stopwords-iso's English list holds *bill* and *don*: at a sentence's start before
    a listed family name they are the given name all the same; a month is not."""
    assert [m.surface for m in find_names(text, "en") if m.kind == "person"] == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("He passed to Serhou Guirassy, who scored.", ["Serhou Guirassy"]),
        ("He passed to Guirassy, who scored.", ["Guirassy"]),
        ("They met Jones, who won.", ["Jones"]),
        # a plural naming a group takes who too
        ("Iraqi Shiites, who fled, came back.", []),
        ("They spoke to Microsoft, who said no.", []),
    ],
)
def test_english_who_after_a_comma_names_a_person(text, persons):
    """English's relative *who* refers to a person: words no list has right before
    *, who* are a person's name, but a word in -s may be a group's plural."""
    assert [m.surface for m in find_names(text, "en") if m.kind == "person"] == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Labour leader Keir Starmer campaigned in Scotland.", ["Keir Starmer"]),
        ("She is the daughter of Infosys founder Narayana Murthy.", ["Narayana Murthy"]),
        # adjectives before a noun of a person, or of origin: no name
        ("A radical Shiite Muslim cleric has expressed solidarity.", []),
        ("Hezbollah, the veteran Lebanese Shiite movement, said nothing.", []),
    ],
)
def test_a_lower_case_noun_of_a_person_before_two_unknown_words_names_them(text, persons):
    """English writes a role in lower case before a name (WordNet's nouns of persons):
    two capitalised words English has no use for after one are a person's name."""
    found = [m.surface for m in find_names(text, "en") if m.kind == "person"]
    assert found == persons


def test_given_names_no_list_has_after_a_title_belong_to_the_name():
    """*President Luiz Inácio Lula da Silva*: the words before the listed *Lula* stand
    right after a title, so they are the man's given names, not dropped."""
    text = "Brazilian President Luiz Inácio Lula da Silva spoke."
    assert ("Luiz Inácio Lula da Silva", "person") in _found(text)
    assert ("Nobel François Mauriac", "person") not in _found("Nobel François Mauriac spoke.")


def test_a_reflexive_pronoun_before_a_verb_of_saying_names_the_speaker():
    """*Xhaka himself said*: a word English has no use for, then *himself* and a verb of
    saying: a man, though no list has the name."""
    found = [(m.surface, m.kind, m.gender) for m in find_names("Xhaka himself said no.", "en")]
    assert found == [("Xhaka", "person", "m")]
    assert _found("Valero said it was reducing rates.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a country's demonym is no firm's word alone (British Airways, Swiss Re)
        ("The former British prime minister Tony Blair spoke.", [("Tony Blair", "person")]),
        ("The Swiss midfielder scored twice.", []),
        # a rank that few sources give as a name, before a given name
        ("Saudi Crown Prince Mohammed bin Salman met Macron.", [("Mohammed bin Salman", "person")]),
        ("Prince Harry arrived.", [("Harry", "person")]),
        # a rare given name, then "son of" and the father's given name
        ("Foreign Minister Faisal bin Farhan said nothing.", [("Faisal bin Farhan", "person")]),
    ],
)
def test_demonyms_ranks_and_arabic_patronymics(text, found):
    assert [(m.surface, m.kind) for m in find_names(text, "en")] == found


def test_a_surname_that_is_an_english_word_is_the_person_the_text_names_in_full():
    """*President Donald Trump … Later Trump spoke*, *Trump himself spoke*, *Lies said*:
    once the text names the person with a given name, the English word written with a
    capital is the person; not inside a thing's name (*Wall Street*, *(Jerusalem
    Post)*) nor where no reflexive pronoun or verb of saying follows it at a sentence's
    start (*Gates are open*)."""
    from glossary.text import text_mentions

    def persons(text):
        return [text[m.start : m.end] for m in text_mentions(text, "en") if m.kind == "person"]

    text = "President Donald Trump spoke. Later Trump left. Trump himself was glad."
    assert persons(text) == ["Donald Trump", "Trump", "Trump"]
    assert persons("Premier Olaf Lies spoke up. Lies said he agreed.") == ["Olaf Lies", "Lies"]
    assert persons("John Street spoke. They work on Wall Street, after all.") == ["John Street"]
    assert persons("John Post spoke. Read the (Jerusalem Post) today.") == ["John Post"]
    assert persons("Bill Gates spoke. Gates are open.") == ["Bill Gates"]
    # a verb's third person after it: no plural noun's subject
    assert persons("Premier Olaf Lies spoke. Lies sits on the board.") == ["Olaf Lies", "Lies"]


def test_a_full_name_before_the_head_noun_of_a_thing_names_no_person():
    """*the Max Planck Institute*, *Bach's St Matthew Passion*: a given name and a surname
    before a word of institutions' names, or after *St* written without its stop, name a
    thing; a surname that is an English word ends a person's name (*Martin Luther King*)."""
    text = "He works at the Max Planck Institute. They sang Bach's St Matthew Passion."
    assert [m.surface for m in find_names(text, "en") if m.kind == "person"] == []
    found = find_names("Martin Luther King spoke to Max Planck.", "en")
    assert [m.surface for m in found if m.kind == "person"] == ["Martin Luther King", "Max Planck"]


def test_a_role_acronym_before_two_unknown_words_makes_them_a_name():
    """*Google CEO Sundar Pichai*: WordNet's acronyms of roles (*CEO*, *CFO*) stand
    before a name as *leader* does, so the acronym leads no firm's name (*BNP Paribas*
    still does)."""
    text = "Microsoft CEO Satya Nadella and Google CEO Sundar Pichai met in Davos."
    persons = [m.surface for m in find_names(text, "en") if m.kind == "person"]
    assert persons == ["Satya Nadella", "Sundar Pichai"]
    assert [m for m in find_names("Shares of BNP Paribas rose.", "en") if m.kind == "person"] == []


def test_a_named_english_word_before_a_regular_past_verb_is_the_person():
    """*Tim Cook … Cook talked to pupils*: a bare singular noun takes no past verb at a
    sentence's start, so the capitalised word there is the person the text named; a
    plural stays the noun (*Gates opened at nine*)."""
    from glossary.text import text_mentions

    text = "Apple CEO Tim Cook came. Cook talked to pupils. Bill Gates spoke. Gates opened at nine."
    persons = [m.surface for m in text_mentions(text, "en") if m.kind == "person"]
    assert persons == ["Tim Cook", "Cook", "Bill Gates"]


def test_a_street_after_a_house_number_is_an_address():
    from name_helpers import persons

    licence = "write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor."
    assert persons(licence, "en") == []
    assert persons("The old address was 59 Temple Place, Suite 330, Boston.", "en") == []
    assert persons("In 1998 Damon Hill won the race.", "en") == ["Damon Hill"]  # a year
    assert persons("Yesterday Damon Hill won the race.", "en") == ["Damon Hill"]
