"""Names across a translation: a German form beside its Russian (Cyrillic) or Polish one."""

from __future__ import annotations

import glossary
from glossary.detect import find_names
from glossary.entries import Entry, Variant
from glossary.given import cyrillic_given_gender
from glossary.key import key
from glossary.match import THRESHOLD, across, similarity
from glossary.samename import record_keys
from glossary.text import text_mentions


def _entries_with(entries, form: str):
    return [e for e in entries if form in e.forms()]


def test_a_cyrillic_name_joins_its_german_form():
    beads = [
        (0, ["Von Katharina Vogt, Wien"], ["Авторы: Катарина Фогт, Вена"]),
        (1, ["Dabei stimmt er sich mit Wladimir Putin ab."], ["Он согласует это с Путиным."]),
        (2, ["Vogt schreibt seit Jahren."], ["Фогт пишет уже много лет."]),
    ]
    entries = glossary.build_entries(beads, "de", "ru")
    (vogt,) = _entries_with(entries, "Vogt")
    assert {"Vogt", "Фогт"} <= set(vogt.forms())
    (putin,) = _entries_with(entries, "Putin")
    assert putin.lemmas("ru") == ["Путин"]


def test_german_v_and_russian_f_are_one_sound_across_sides_only():
    a, b = key("Vogt", "de"), key("Фогт", "ru")
    assert similarity(a, b) < THRESHOLD <= across(a, b)
    assert across(key("Rachmaninoff", "de"), key("Рахманинов", "ru")) == 1.0
    # within one text F and W stay apart: Fest and West are two people
    assert similarity(key("Fest", "de"), key("West", "de")) < THRESHOLD


def test_belarusian_u_short_is_the_russian_v():
    assert key("Cichanouska", "pl") == key("Tsikhanouskaya", "en") == key("Ціханоўская", "be")
    assert key("Sannikau", "pl") == key("Sannikow", "de") == key("Санников", "ru")
    assert key("Lukaschenko", "de") == key("Łukaszenka", "pl")


def test_german_ts_is_the_sound_of_z():
    """German reads ts as it reads z (nachts, Lotse): an English-style Beletsky in a
    German text is the Beletski and Белецкий of the other side."""
    assert key("Beletsky", "de") == key("Beletski", "fr") == key("Белецкий", "ru")
    assert key("Beletsky", "de") == key("Beletzky", "de")


def test_a_long_surname_is_confirmed_by_the_other_side():
    """Tichanowskaja is too long for a given name; Polish Cichanouska has no other evidence."""
    beads = [
        (
            0,
            ["Swetlana Tichanowskaja, die aus dem Exil agiert, begrüßte die Freilassungen."],
            ["Swiatłana Cichanouska, która działa z emigracji, przyjęła uwolnienia."],
        )
    ]
    entries = glossary.build_entries(beads, "de", "pl")
    (entry,) = _entries_with(entries, "Tichanowskaja")
    assert "Cichanouska" in entry.forms()


def test_a_russian_given_name_marks_the_next_word_as_a_surname():
    """Only the few Cyrillic lists hold Александр: that says nothing of how rare it is."""
    found = find_names("Вчера выступил Александр Юрьевич Вилкул.", "ru")
    assert [(m.lemma, m.given) for m in found] == [("Вилкул", "Александр Юрьевич")]
    found = find_names("Потом Александр Вилкул долго молчал.", "ru")
    assert [m.lemma for m in found] == ["Вилкул"]


def test_a_record_keyed_by_older_rules_meets_todays_key():
    old = Entry(id="name-cihanauska", canonical="Cichanouska", keys=["cihanauska"])
    old.variants = [Variant("Cichanouska", "pl", "Cichanouska")]
    assert key("Cichanouska", "pl") in record_keys(old)
    assert record_keys(old)[0] == "cihanauska"


def test_a_country_before_a_russian_name_is_not_part_of_it():
    # Given name and surname follow the country's genitive; a patronymic keeps its place.
    from glossary import text_mentions

    found = text_mentions("Президент Казахстана Касым-Жомарт Токаев приехал.", "ru")
    assert [(m.surface, m.kind) for m in found] == [
        ("Казахстана", "place"),
        ("Касым-Жомарт Токаев", "person"),
    ]
    found = text_mentions("Александр Григорьевич Лукашенко приехал.", "ru")
    assert [m.surface for m in found] == ["Александр Григорьевич Лукашенко"]


def test_a_name_a_german_text_copies_in_english_spelling_joins_its_cyrillic_form():
    """German press copies English spellings of less-known people (Tsugba, Dzhemilev):
    read the English way, they face their Russian form in the bead."""
    for de, ru in (("Tsugba", "Цугба"), ("Dzhemilev", "Джемилев")):
        beads = [
            (0, [f"Gestern sprach Viacheslav {de}."], [f"Вчера выступил Вячеслав {ru}."]),
            (1, [f"Danach schwieg {de} lange."], [f"Потом {ru} долго молчал."]),
        ]
        entries = [e for e in glossary.build_entries(beads, "de", "ru") if e.type == "person"]
        assert len(entries) == 1 and {de, ru} <= set(entries[0].forms())


def test_an_english_w_that_cyrillic_writes_as_u_keys_as_the_w():
    """*Уорш*, *Уоррен*, *Уильям*: Russian writes an English w before a vowel as у, so
    the German side's *Warsh* faces *Уорш* in its bead; a Slavic у before a consonant
    stays (*Уляна*, *Удальцов*)."""
    assert key("Уоррен", "ru") == key("Warren", "en") and key("Уильям", "ru") == key("Wiliam", "en")
    assert key("Уляна", "uk").startswith("u") and key("Удальцов", "ru").startswith("u")
    beads = [
        (0, ["Auch Kevin Warsh galt als Kandidat."], ["Кандидатом считался и Кевин Уорш."]),
        (1, ["Warsh schwieg."], ["Уорш промолчал."]),
    ]
    (entry,) = [e for e in glossary.build_entries(beads, "de", "ru") if e.type == "person"]
    assert {"Warsh", "Уорш"} <= set(entry.forms())


def test_a_given_name_whose_key_meets_a_man_and_a_woman_marks_no_gender():
    """Злата (Zlata, a woman's name) keys like Bulgarian Златьо (a man's): the text's
    name is of either gender, so the surname beside it can join a woman's form."""
    (m,) = find_names("Вчера выступила Злата Огневич.", "ru")
    assert m.gender != "m"
    (m,) = find_names("Wczoraj przemawiała Złata Ohnewycz.", "pl")
    assert m.gender != "m"
    # a name the list gives no gender (Lithuanian Aistis) stays a given name in Cyrillic
    assert cyrillic_given_gender("Айстис", "ru") == ""
    beads = [(0, ["Gestern sprach Zlata Ognevich."], ["Вчера выступила Злата Огневич."])]
    entries = [e for e in glossary.build_entries(beads, "de", "ru") if e.type == "person"]
    assert len(entries) == 1 and {"Ognevich", "Огневич"} <= set(entries[0].forms())


def test_two_known_words_side_by_side_are_one_name_not_a_place_and_a_person():
    """English writes Mykola Skoryk where no list knows Mykola: the German side's full
    name makes both words known, and together they are one person's name."""
    beads = [
        (0, ["Gestern sprach Mykola Skoryk."], ["Yesterday Mykola Skoryk spoke."]),
        (1, ["Danach schwieg Skoryk lange."], ["Then Skoryk was silent for a long time."]),
    ]
    entries = glossary.build_entries(beads, "de", "en")
    assert [e.type for e in entries] == ["person"]
    (english,) = [v for v in entries[0].variants if v.lang == "en" and v.bead == 0]
    assert english.form == "Skoryk"


def test_a_surname_form_women_and_men_both_bear_joins_its_other_spelling():
    """English Ognevich is a woman's and a man's form alike, and so is the German key's
    reading of it: the spellings join and the given names keep the two people apart."""
    beads = [
        (0, ["Gestern sprach Nina Ognevich."], ["Yesterday Nina Ognevich spoke."]),
        (1, ["Danach sprach Anatolij Ognevich."], ["Then Anatoly Ognevich spoke."]),
    ]
    entries = glossary.build_entries(beads, "de", "en")
    people = sorted((e.gender, sorted({(v.lang, v.bead) for v in e.variants})) for e in entries)
    assert people == [("f", [("de", 0), ("en", 0)]), ("m", [("de", 1), ("en", 1)])]


def test_a_listed_city_after_a_preposition_of_place_stays_the_city():
    """A person K. Wien known from the other side does not make *in Wien* a person."""
    found = find_names("Die Gesellschaft in Wien half.", "de", {key("Wien", "de")})
    assert [m for m in found if m.surface == "Wien" and m.kind in ("person", "")] == []


def test_a_known_word_after_an_article_and_adjectives_is_no_person():
    """German prose names a person after an article alone, if at all: *die beiden besten
    Hunzas* is a noun phrase even where the other side made *Hunzas* a known word."""
    known = {key("Hunzas", "de"), key("Aminula", "de")}
    found = find_names("Es kamen die beiden besten Hunzas mit, Aminula voran.", "de", known)
    assert [m.surface for m in found] == ["Aminula"]


def test_the_other_side_joins_a_given_name_to_a_surname_that_is_a_noun():
    """German reads Ernst and Schmied as common words and Hansrudolf as nothing; the
    French side's full names make them one name each, across *von* too."""
    german = "Erreicht durch Jürg Marmet und Ernst Schmied und durch Hansrudolf von Gunten."
    french = "Atteint par Jürg Marmet et Ernst Schmied et par Hansrudolf von Gunten."
    entries = glossary.build_entries([(0, [german], [french])], "de", "fr")
    fulls = {(v.lang, v.full) for e in entries for v in e.variants if v.full}
    wanted = {"Ernst Schmied", "Hansrudolf von Gunten", "Jürg Marmet"}
    assert {("de", full) for full in wanted} <= fulls
    assert not _entries_with(entries, "Ernst") and not _entries_with(entries, "Hansrudolf")


def test_a_polish_locative_faces_the_german_nominative_of_a_place():
    """*we Frankfurcie* beside *in Frankfurt*: one place, cited as *Frankfurt*, no
    *Frankfurc* that neither text writes."""
    beads = [(0, ["Lagarde sprach in Frankfurt."], ["Lagarde mówiła we Frankfurcie."])]
    places = [e for e in glossary.build_entries(beads, "de", "pl") if e.type == "place"]
    assert [(e.canonical, set(e.lemmas())) for e in places] == [("Frankfurt", {"Frankfurt"})]


def test_a_surname_read_from_its_place_after_a_verb_keeps_the_cyrillic_canonical():
    """*обвинила Хассетта*: a surname read only from its place after a past verb is no
    Chinese name cited in Pinyin; the entry's canonical form stays the Cyrillic one."""
    beads = [
        (0, ["Kevin Hassett soll Chef werden."], ["Кевин Хассетт должен стать главой."]),
        (1, ["Warren warf Hassett Lügen vor."], ["Уоррен обвинила Хассетта во лжи."]),
    ]
    entries = [e for e in glossary.build_entries(beads, "de", "ru") if e.type == "person"]
    assert "Кевин Хассетт" in [e.canonical for e in entries]


def test_a_firm_both_sides_read_as_one_stays_a_firm_though_a_town_has_its_name():
    """*Bloomberg*: both sides read the agency as a firm; a listed town of that name
    does not make the entry a place. A firm's word after the person's full name in the
    same text is that person (*George Berkeley … Berkeley affirmait*)."""
    beads = [
        (
            0,
            ["Nach Angaben von Bloomberg galt Warsh als Kandidat."],
            ["По данным Bloomberg, кандидатом считался Уорш."],
        )
    ]
    types = {e.canonical: e.type for e in glossary.build_entries(beads, "de", "ru")}
    assert types["Bloomberg"] == "organisation"
    text = "On cite George Berkeley. Berkeley affirmait que la matière n'existait pas."
    found = [(m.surface, m.kind) for m in text_mentions(text, "fr")]
    assert found == [("George Berkeley", "person"), ("Berkeley", "person")]


def test_a_name_both_sides_share_inside_an_english_thing_s_name_is_no_person():
    """*den International Booker Prize* beside *International Booker Prize*: both sides
    confirm the word's key, but a capitalised English noun after it makes it a thing's
    name; alone before a verb it is still a person's (*Später sprach Booker*)."""
    beads = [
        (
            0,
            ["Sie erhielt den International Booker Prize."],
            ["Otrzymała International Booker Prize."],
        ),
    ]
    assert [e for e in glossary.build_entries(beads, "de", "pl") if e.type == "person"] == []
    found = find_names("Später sprach Booker mit Journalisten.", "de", {"baker"})
    assert [(m.surface, m.kind) for m in found] == [("Booker", "person")]


def test_a_name_both_sides_spell_alike_keeps_the_spelling_on_each_side():
    """*Kovács* beside *Kovács*: the German side reads the name as written, no genitive
    of an invented *Kovác* that the Hungarian key happens to meet."""
    beads = [
        (
            0,
            ["Anna Kovács, Forscherin an der Universität, zufolge wächst nichts."],
            ["Kovács Anna, az egyetem kutatója szerint semmi sem nő."],
        ),
        (1, ["Tibor Navracsics verhandle mit der Kommission."], ["Navracsics Tibor tárgyal."]),
    ]
    entries = [e for e in glossary.build_entries(beads, "de", "hu") if e.type == "person"]
    assert sorted(e.lemmas("de")[0] for e in entries) == ["Kovács", "Navracsics"]
    assert sorted(e.lemmas("hu")[0] for e in entries) == ["Kovács", "Navracsics"]


def test_a_surname_with_its_particles_alone_in_one_bead_is_the_person_of_another():
    """*sagte von der Leyen* in a bead before the one that names *Ursula von der Leyen*:
    the document's particle pairs, not the bead's, tell that *der* is the name's."""
    beads = [
        (0, ["Später sagte von der Leyen, alles sei gut."], ["Later, von der Leyen said so."]),
        (1, ["Ursula von der Leyen kam nach Kiew."], ["Ursula von der Leyen came to Kyiv."]),
    ]
    (entry,) = [e for e in glossary.build_entries(beads, "de", "en") if e.type == "person"]
    assert entry.canonical == "Ursula von der Leyen"
    assert {(v.lang, v.bead) for v in entry.variants} == {
        ("de", 0),
        ("en", 0),
        ("de", 1),
        ("en", 1),
    }


def test_the_one_surname_a_given_name_goes_with_in_a_bead_is_one_person():
    """Russian writes English and German surnames by their sound (*Harry Kane* /
    *Гарри Кейн*, *Olaf Lies* / *Олаф Лис*): the keys differ too much to meet, but
    one given name on both sides of a bead, with one surname each, is one person; the
    dative after an indeclinable given name is read back to its nominative (*Кейну*:
    *Кейн*). Two people of one given name in a bead are left to their surnames."""
    beads = [
        (0, ["Harry Kane gelang ein Tor."], ["Гарри Кейну удалось забить."]),
        (1, ["Dann sprach Olaf Lies."], ["Затем выступил Олаф Лис."]),
        (2, ["Olaf Scholz und Olaf Lies kamen."], ["Пришли Олаф Шольц и Олаф Лис."]),
    ]
    entries = glossary.build_entries(beads, "de", "ru")
    (kane,) = _entries_with(entries, "Kane")
    assert kane.lemmas("ru") == ["Кейн"]
    (lies,) = _entries_with(entries, "Lies")
    assert "Лис" in lies.forms()
    (scholz,) = _entries_with(entries, "Scholz")
    assert "Лис" not in scholz.forms() and "Lies" not in scholz.forms()


def test_a_given_name_no_list_has_is_read_with_the_surname_the_other_side_names():
    """The German side names *Serhou Guirassy*; the English *Serhou Guirassy headed in*
    has no evidence of its own for *Serhou* (no list has it), but the project's other
    side makes it a word of the same person's name: the English form is the whole name."""
    beads = [
        (0, ["Serhou Guirassy traf per Kopf."], ["Serhou Guirassy headed in."]),
        (1, ["Guirassy jubelte."], ["Guirassy celebrated."]),
    ]
    (entry,) = [e for e in glossary.build_entries(beads, "de", "en") if "Guirassy" in e.forms()]
    assert entry.preferred["en"] == "Serhou Guirassy"


def test_german_ei_beside_its_russian_sound_is_one_name():
    """German ei sounds /ai/: Russian writes *Weimer* as *Ваймер* and *Steinmeier* as
    *Штайнмайер*, older names as spelt (*Einstein*, *Эйнштейн*); the two sides of a bead
    confirm each other's name even where neither text alone shows one."""
    from glossary.build import build_entries

    assert across(key("Weimer", "de"), key("Ваймер", "ru")) == 1.0
    assert across(key("Einstein", "de"), key("Эйнштейн", "ru")) == 1.0
    beads = [(0, ["Weimer widersprach sofort."], ["Ваймер сразу возразил."])]
    (person,) = [e for e in build_entries(beads, "de", "ru") if e.type == "person"]
    assert {v.form for v in person.variants} == {"Weimer", "Ваймер"}


def test_a_word_after_an_article_confirms_no_name_and_a_genitive_owns_the_next_word():
    """*den Kreml* beside *the Kremlin*: a definite article names a thing in languages
    whose prose gives persons none, so the pair confirms no name. *Bachs
    Matthäus-Passion* beside *Bach's St Matthew Passion*: a surname's genitive before a
    known word is no given name of it, and *Matthäus* keeps its -us (no *Matthäu*)."""
    from glossary.build import build_entries

    beads = [
        (0, ["Johann Sebastian Bach kam."], ["Johann Sebastian Bach came."]),
        (1, ["Nawalnaja kritisierte den Kreml."], ["Navalnaya criticised the Kremlin."]),
        (2, ["Bachs Matthäus-Passion erklang."], ["Bach's St Matthew Passion was heard."]),
    ]
    entries = build_entries(beads, "de", "en")
    forms = {v.form for e in entries for v in e.variants}
    lemmas = {v.lemma for e in entries for v in e.variants}
    assert not forms & {"Kremlin", "Kreml", "Bachs Matthäus"}
    assert "Matthäu" not in lemmas
    (bach,) = [e for e in entries if "Bach" in {v.form for v in e.variants}]
    assert "Bachs" in {v.form for v in bach.variants if v.lang == "de"}


def test_a_french_name_in_german_beside_its_russian_transcription_is_one_person():
    """*Juliette Binoche* beside *Жюльетт Бинош*: Russian follows the French sound, which
    the German reading of *ch* misses; a Latin word beside a Cyrillic one is read by the
    rules of the languages names are quoted in too."""
    from glossary.build import build_entries

    beads = [(0, ["Gestern lachte Binoche."], ["Вчера засмеялась Бинош."])]
    (person,) = [e for e in build_entries(beads, "de", "ru") if e.type == "person"]
    assert {v.form for v in person.variants} == {"Binoche", "Бинош"}


def test_german_eu_beside_russian_oi_and_a_word_only_one_side_has():
    """*Neuer hielt* beside *Нойер отразил*: German eu is the /oi/ Russian writes *ой*
    (*Neumann*, *Нойман*), and a German word opening a sentence beside one that is no
    Russian word is a name spelt twice, not a cognate noun (*Ökonom* / *Экономист* stays
    one)."""
    from glossary.build import build_entries

    assert across(key("Neumann", "de"), key("Нойман", "ru")) == 1.0
    beads = [(0, ["Neuer hielt einen Elfmeter."], ["Нойер отразил пенальти."])]
    (person,) = [e for e in build_entries(beads, "de", "ru") if e.type == "person"]
    assert {v.form for v in person.variants} == {"Neuer", "Нойер"}
