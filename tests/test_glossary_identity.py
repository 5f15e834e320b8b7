"""One entry per person: women and men apart, different given names apart, hand-added
names kept through a rebuild and paired with the other side."""

from __future__ import annotations

import pytest

import glossary
from glossary.added import added_entry, added_record
from glossary.build import text_entries
from glossary.samename import feminine_pair


def _persons(entries):
    return [e for e in entries if e.type == "person"]


def test_woman_and_man_of_one_surname_are_two_entries():
    beads = [
        (0, ["Ljudmila Putina und Wladimir Putin kamen."], ["Людмила Путина и Владимир Путин."]),
        (1, ["Putin sprach lange."], ["Путин говорил долго."]),
        (2, ["Swetlana Tichanowskaja traf Sergej Tichanowski."], ["Svetlana met Sergei."]),
    ]
    entries = _persons(glossary.build_entries(beads, "de", "ru"))
    by_form = {f: e for e in entries for f in e.forms()}
    assert by_form["Putina"] is not by_form["Putin"]
    assert by_form["Tichanowskaja"] is not by_form["Tichanowski"]
    putina, putin = by_form["Putina"], by_form["Putin"]
    assert (putina.gender, putin.gender) == ("f", "m")
    assert putina.canonical == "Людмила Путина"  # never the invented Людмила Путин
    assert putin.canonical == "Владимир Путин"
    assert {v.bead for v in putin.variants} == {0, 1}


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Gestern wurde Maria Kolesnikowa verurteilt.", "f"),
        ("Gestern wurde Andrea Petrowa geehrt.", "f"),
        # Belarusian -ава in Latin letters
        ("Gestern wurde Maria Kalesnikava geehrt.", "f"),
        ("Gestern wurde Sascha Iwanow geehrt.", "m"),
    ],
)
def test_a_given_name_of_either_sex_leaves_the_gender_to_the_surname(text, gender):
    """*Maria* is a man's second name too (*Rainer Maria*), *Andrea* a man's in Italy:
    a woman's surname ending decides (*Kolesnikowa*)."""
    (entry,) = _persons(text_entries(text, "de"))
    assert entry.gender == gender


def test_polish_genitive_is_the_man_not_a_woman():
    beads = [(0, ["Wladimir Putins Worte."], ["Słowa Władimira Putina."])]
    entries = _persons(glossary.build_entries(beads, "de", "pl"))
    assert len(entries) == 1 and entries[0].lemmas("pl") == ["Putin"]


def test_different_given_names_on_one_surname_are_two_people():
    text = "Donald Trump kam mit Melania Trump. Melania Trump lachte, Donald Trump nicht."
    entries = _persons(text_entries(text, "de"))
    assert sorted(e.canonical for e in entries) == ["Donald Trump", "Melania Trump"]
    assert {e.canonical: e.gender for e in entries} == {"Donald Trump": "m", "Melania Trump": "f"}


def test_feminine_pairs_of_keys():
    assert feminine_pair("putina", "putin") and feminine_pair("tihanavska", "tihanavski")
    assert not feminine_pair("lukasenka", "lukasenka") and not feminine_pair("pala", "pol")


def test_common_nouns_are_not_names_and_text_without_names_is_empty():
    assert text_entries("Das Gold stieg. Der Präsident schwieg am Montag.", "de") == []
    entries = text_entries("Bill Gold kam. Das Gold stieg. Gold glänzt.", "de")
    assert [e.canonical for e in entries] == ["Bill Gold"]
    assert len(entries[0].variants) == 1
    assert entries[0].context == "Bill Gold kam."


def test_added_name_survives_rebuild_and_pairs_with_its_counterpart():
    beads = [
        (0, ["Das Zentrum Wjasna meldet Festnahmen."], ["A Vjaszna szerint letartóztatások."]),
        (1, ["Marija Kolesnikowa kam frei."], ["Marija Kolesznyikova kiszabadult."]),
    ]
    entries = glossary.build_entries(beads, "de", "hu")
    records = glossary.records(entries)
    records.append(added_record("Wjasna", "de", kind="organisation", bead=0, side="src"))
    rebuilt = glossary.build_entries(beads, "de", "hu", records=records)
    wjasna = next(e for e in rebuilt if "Wjasna" in e.forms("de"))
    assert wjasna.status == "approved" and wjasna.type == "organisation"
    assert "Vjaszna" in wjasna.forms("hu")
    assert any("Kolesnikowa" in e.forms("de") for e in rebuilt)


def test_added_entry_has_keys_and_a_fresh_id():
    e = added_entry("Marija Kolesnikowa", "de", ids=["name-kalesnikava"])
    assert e.keys == ["kalesnikava"] and e.id == "name-kalesnikava-2"
    assert e.preferred == {"de": "Marija Kolesnikowa"} and e.type == "person"


def _german(*sentences):
    beads = [(n, [s], []) for n, s in enumerate(sentences)]
    return _persons(glossary.build_entries(beads, "de", "en"))


def test_a_bare_surname_is_the_person_named_last_before_it():
    entries = _german(
        "Gestern sprach Otari Ionowitsch Arschba.",
        "Danach schwieg Arschba lange.",
        "Heute sprach Nicole Arschba, und Nicole Arschba lachte.",
        "Vincent Arschba sprach nicht.",
    )
    (holder,) = [e for e in entries if any(v.bead == 1 for v in e.variants)]
    assert holder.canonical == "Otari Ionowitsch Arschba"


def test_a_bare_surname_before_any_of_its_bearers_joins_none_of_them():
    entries = _german(
        "Arschba schwieg lange.", "Dann sprach Nicole Arschba.", "Auch Vincent Arschba sprach."
    )
    assert sorted(e.canonical for e in entries) == ["Arschba", "Nicole Arschba", "Vincent Arschba"]


def test_surnames_a_shared_beginning_apart_are_different_people():
    """Jaro-Winkler rewards a shared beginning; two surnames of one text that need
    more than a slip of keying to meet stay two people."""
    text = (
        "Samuel Brawand und John Brown stiegen auf. Ernst Reiss und Adolf Reist folgten. "
        "Brawand kam an, Brown nicht. Reiss lachte, Reist schwieg."
    )
    entries = _persons(text_entries(text, "de"))
    by_form = {f: e for e in entries for f in e.forms()}
    assert by_form["Brawand"] is not by_form["Brown"]
    assert by_form["Reiss"] is not by_form["Reist"]


def test_one_slip_of_keying_still_joins_two_spellings():
    from glossary.match import few_edits

    assert few_edits("siraid", "siraed") and few_edits("kunicina", "kunitsina")
    assert few_edits("maskav", "maskva")  # a transposition is one slip
    assert not few_edits("bravand", "bravn") and not few_edits("reis", "reist")
    beads = [(0, ["Juri Siraid sprach."], ["Yuri Siraed spoke."])]
    entries = _persons(glossary.build_entries(beads, "de", "en"))
    assert len(entries) == 1 and set(entries[0].forms()) == {"Siraid", "Siraed"}


def test_two_people_of_one_bead_keep_their_own_counterparts():
    beads = [(0, ["Ernst Reiss und Adolf Reist kamen."], ["Ernst Reiss et Adolf Reist vinrent."])]
    entries = _persons(glossary.build_entries(beads, "de", "fr"))
    assert sorted(sorted(e.forms()) for e in entries) == [["Reiss"], ["Reist"]]


def test_a_name_listed_beside_a_person_is_a_person():
    """Confirmed only by the other side, a name no list has is typed by its neighbours."""
    beads = [
        (
            0,
            ["Den Gipfel erreichten am 5. Juni Kato und Higeta."],
            ["Le 5 juin, Kato et Higeta atteignirent le sommet."],
        )
    ]
    types = {e.canonical: e.type for e in glossary.build_entries(beads, "de", "fr")}
    assert types == {"Kato": "person", "Higeta": "person"}


def test_a_place_the_text_reads_as_one_is_no_mention_of_a_person_of_that_name():
    """*in Tirol* beside *Anna Tirol*: one key, but the locative makes a listed place
    of the first; the person's entry holds her mention alone, the place has its own."""
    text = "Im Sommer wanderte er in Tirol und Kärnten. Später las er das Buch von Anna Tirol."
    entries = text_entries(text, "de")
    person = [e for e in entries if e.type == "person"]
    place = [e for e in entries if e.type == "place" and "Tirol" in e.forms()]
    assert len(person) == 1 and len(person[0].variants) == 1
    assert len(place) == 1 and len(place[0].variants) == 1


def test_the_verbs_of_the_text_decide_a_persons_gender_before_a_list():
    """German lists have *Nika* as a woman's name; the Georgian man's Russian verbs say
    otherwise. A verb after a genitive is another subject's: it says nothing."""
    beads = [
        (0, ["Auch Nika Melia sprach von Betrug."], ["Ника Мелия также говорил о фальсификациях."]),
        (1, ["Nika Melia kam."], ["Мелия объявил, что не признает результат."]),
        (2, ["Marina Iwanowa kam."], ["Статью Марины Ивановой написал Пётр."]),
    ]
    entries = {e.canonical: e.gender for e in _persons(glossary.build_entries(beads, "de", "ru"))}
    assert entries["Ника Мелия"] == "m"
    assert entries["Марина Иванова"] == "f"


def test_a_russian_soft_stem_given_name_in_a_case_is_a_mans():
    """*Паскаля*: a woman's name in -ь would be *Паскали* in the genitive, so the
    surname beside it is a man's in the same case, not a woman's in -а."""
    (entry,) = _persons(text_entries("По словам Паскаля Аллизара, всё плохо.", "ru"))
    assert (entry.canonical, entry.gender) == ("Паскаль Аллизар", "m")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Канцлер позвонил Эммануэлю Макрону вчера.", "Эммануэль Макрон"),
        ("Он любил книги Хорхе Луиса Борхеса.", "Хорхе Луис Борхес"),
        # the surname as written in the nominative: a man called José María
        ("Премьер Хосе Мария Аснар приехал в Мадрид.", "Хосе Мария Аснар"),
        # a soft stem's genitive is a man's: the given name before it is his too
        ("Церемония пройдёт в день смерти Альфреда Нобеля.", "Альфред Нобель"),
    ],
)
def test_a_mans_name_in_a_case_is_a_man_in_his_nominative(text, canonical):
    """A soft stem's dative (*Эммануэлю*: a woman's name in -ь takes -и) and a woman's
    name as written inside a man's (*Луиса* after *Хорхе*) are a man's name declined."""
    (entry,) = _persons(text_entries(text, "ru"))
    assert (entry.canonical, entry.gender) == (canonical, "m")


def test_a_russian_name_in_i_is_no_case_of_one_in_a():
    """*Анни Эрно* (Annie Ernaux): Russian writes the genitive of *Анна* with -ы, so an
    -и after н is no case of it; *Ольги* still reads as *Ольга*."""
    (annie,) = _persons(text_entries("Премию получила француженка Анни Эрно.", "ru"))
    assert annie.canonical == "Анни Эрно"
    (olga,) = _persons(text_entries("Вчера вышла книга Ольги Токарчук.", "ru"))
    assert olga.canonical == "Ольга Токарчук"


def test_an_abbreviation_spelt_out_is_no_person():
    """*Би-би-си* after a verb of saying: the letters of BBC, not a person's name."""
    text = "Её переводчица Деборах Смит сказала Би-би-си, что счастлива."
    assert [e.canonical for e in _persons(text_entries(text, "ru"))] == ["Деборах Смит"]


def test_a_double_surname_alone_is_the_woman_named_in_full():
    """*Pekarová* is the first of a double surname, no given name: *Pekarová Adamová*
    alone is *Markéta Pekarová Adamová*, not another woman of the name *Adamová*."""
    text = (
        "Ministryní zahraničí se stala Markéta Pekarová Adamová. "
        "Pekarová Adamová uvedla, že se chce soustředit na podporu Ukrajiny."
    )
    (entry,) = _persons(text_entries(text, "cs"))
    assert entry.canonical == "Markéta Pekarová Adamová"


def test_a_bare_surname_before_the_one_person_named_keeps_its_own_gender():
    """*Ms Murty* comes before *Narayana Murthy* is named and is a woman, which he is
    never shown to be: the daughter, not the father."""
    text = (
        "Mr Sunak's wife joined him. Ms Murty is the daughter of Infosys founder "
        "Narayana Murthy. Narayana Murthy founded the firm in 1981."
    )
    entries = {e.canonical: e.gender for e in _persons(text_entries(text, "en"))}
    assert entries["Murty"] == "f"
    assert entries["Narayana Murthy"] != "f"


def test_a_surname_keeps_its_particles_in_an_entrys_forms():
    """*Le Pen*, *von der Leyen*: the particles are the surname's, never *Pen* alone."""
    for text, lang, form in [
        ("Marine Le Pen s'est abstenue hier soir.", "fr", "Le Pen"),
        ("Ursula von der Leyen sprach in Straßburg.", "de", "von der Leyen"),
    ]:
        (entry,) = _persons(text_entries(text, lang))
        assert entry.forms() == [form] and entry.lemmas() == [form]


@pytest.mark.parametrize(
    ("text", "lang", "canonical", "form"),
    [
        ("Marine Le Pen a parlé. Le Pen a ajouté que le vote était truqué.", "fr", None, "Le Pen"),
        ("Marine Le Pen war in Paris. Dort sagte Le Pen, alles sei gut.", "de", None, "Le Pen"),
        ("Luigi Di Maio est venu. Selon Di Maio, tout va bien.", "fr", "Luigi Di Maio", "Di Maio"),
    ],
)
def test_a_surname_with_a_capital_particle_alone_is_the_person_named(text, lang, canonical, form):
    """*Le Pen* after *Marine Le Pen*: a capital article inside a sentence is a particle,
    so the text writes no article before *Pen*; *Di Maio* is no Chinese family name
    *Di* before a given name *Maio*."""
    (entry,) = _persons(text_entries(text, lang))
    assert entry.canonical == (canonical or "Marine Le Pen")
    assert len(entry.variants) == 2 and entry.forms() == [form]


def test_a_surname_after_its_particle_and_article_alone_is_the_person_named():
    """*von der Leyen* alone, after *Ursula von der Leyen*: *der* there is the name's
    particle, no article making *Leyen* a common noun, in either case of *von*."""
    text = (
        "Ursula von der Leyen kam nach Berlin. Von der Leyen betonte, dass sich nichts "
        "geändert habe. Später sagte von der Leyen nichts mehr."
    )
    (entry,) = _persons(text_entries(text, "de"))
    assert entry.canonical == "Ursula von der Leyen"
    assert len(entry.variants) == 3
    assert set(entry.forms()) == {"von der Leyen", "Von der Leyen"}


def test_a_noun_after_a_surname_and_its_particle_ends_the_name():
    """*malte van Gogh Sonnenblumen*: after a particle the word is the surname, so the
    noun after it is the object, no second surname."""
    text = "Der Maler Vincent van Gogh lebte in Arles. Später malte van Gogh Sonnenblumen."
    (entry,) = _persons(text_entries(text, "de"))
    assert entry.canonical == "Vincent van Gogh"
    assert not any("Sonnenblumen" in v.form for v in entry.variants)


def test_an_english_surname_alone_keeps_its_lower_case_foreign_particle():
    """*said de Villepin*, *then van Gogh*: English has no word *de* or *van*, so they
    are the name's."""
    text = (
        "Dominique de Villepin arrived. Later, said de Villepin, all was fine. "
        "Vincent van Gogh painted. Then van Gogh left."
    )
    forms = {e.canonical: set(e.forms()) for e in _persons(text_entries(text, "en"))}
    assert forms == {
        "Dominique de Villepin": {"de Villepin"},
        "Vincent van Gogh": {"van Gogh"},
    }


def test_shorter_forms_of_one_iberian_name_are_one_entry():
    """A surname before the surname (*García Márquez*), fewer given names (*Lula da
    Silva*) and one rare word of the name alone (*Lula*, *García*) are the one man;
    a widely given name may be another man's (*Hans Peter Müller*, *Peter Müller*)."""
    text = (
        "Der Schriftsteller Gabriel García Márquez wurde 1927 geboren. García Márquez "
        "schrieb viel. Später sagte García, er sei müde. Brasiliens Präsident Luiz Inácio "
        "Lula da Silva sprach. Lula forderte Reformen. Auch Lula da Silva war dort. "
        "Hans Peter Müller kam. Peter Müller ging."
    )
    entries = {e.canonical: e for e in _persons(text_entries(text, "de"))}
    assert set(entries) == {
        "Gabriel García Márquez",
        "Luiz Inácio Lula da Silva",
        "Hans Peter Müller",
        "Peter Müller",
    }
    assert "García" in entries["Gabriel García Márquez"].forms()
    assert "Lula" in entries["Luiz Inácio Lula da Silva"].forms()


def test_a_rare_word_of_a_full_name_alone_names_the_person():
    """English has no use for *Lula* at a sentence's start, but the text named him in
    full: the word alone is his."""
    text = "President Luiz Inácio Lula da Silva spoke. Lula called for a reform."
    entries = _persons(text_entries(text, "en"))
    assert len(entries) == 1 and "Lula" in entries[0].forms()


def test_one_given_name_and_the_whole_surname_pair_two_spellings_in_a_bead():
    """*Carney* and *Карни* are less alike than two spellings of one name usually are,
    but both sides give him the given name *Mark*; *Leyen* and *Ляйен* are alike only
    with their particles (*von der*, *фон дер*)."""
    beads = [
        (0, ["Aus Kanada kam Mark Carney."], ["Из Канады приехал Марк Карни."]),
        (1, ["Ursula von der Leyen lobte das."], ["Урсула фон дер Ляйен похвалила это."]),
    ]
    entries = _persons(glossary.build_entries(beads, "de", "ru"))
    assert sorted(e.canonical for e in entries) == ["Марк Карни", "Урсула фон дер Ляйен"]
    two = [(0, ["Mark Carney traf Mark Rutte."], ["Марк Карни встретил Марка Рютте."])]
    entries = _persons(glossary.build_entries(two, "de", "ru"))
    assert sorted(e.canonical for e in entries) == ["Марк Карни", "Марк Рютте"]


def test_a_german_word_before_a_known_surname_is_no_particle():
    """German has *da* and *du* as words of its own: *stand da Kramer* is *Kramer*,
    where English would keep *da* as a particle."""
    from glossary.text import text_mentions

    for text in (
        "Thomas Kramer kam. Nun stand da Kramer im Zelt.",
        "Bill Gold kam. Da war du Gold.",
    ):
        assert not any(
            m.surface.lower().startswith(("da ", "du ")) for m in text_mentions(text, "de")
        )


def test_a_given_name_alone_spelt_two_ways_is_two_people():
    de = [
        "Das Paket betreute Christopher lange allein.",
        "Später übernahm Kristoffer die Pflege.",
        "Danach lobte Christopher die Arbeit.",
    ]
    ru = [
        "Пакет долго сопровождал один Кристофер.",
        "Позже сопровождение взял на себя Кристоффер.",
        "Затем Кристофер похвалил работу.",
    ]
    beads = [(i, [a], [b]) for i, (a, b) in enumerate(zip(de, ru, strict=True))]
    by_form = {f: e for e in _persons(glossary.build_entries(beads, "de", "ru")) for f in e.forms()}
    assert by_form["Christopher"] is not by_form["Kristoffer"]
    assert by_form["Christopher"] is by_form["Кристофер"]  # the bead pairs each spelling
    assert by_form["Kristoffer"] is by_form["Кристоффер"]
    # one spelling, and its case forms, stays one person
    beads = [
        (0, ["Christopher kam."], ["Кристофер пришёл."]),
        (1, ["Christophers Rad."], ["Велосипед Кристофера."]),
    ]
    assert len(_persons(glossary.build_entries(beads, "de", "ru"))) == 1
