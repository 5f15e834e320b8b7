"""Chinese, Korean and Vietnamese names: the family name first, in every language and script."""

from __future__ import annotations

import pytest

import glossary
from glossary.build import text_entries
from glossary.eastasian import hyphened_given, pinyin_syllables
from glossary.palladius import cyrillic, pinyin
from glossary.text import text_mentions


def _persons(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], m.lemma, m.given)
        for m in text_mentions(text, lang)
        if m.kind == "person"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a given name of two syllables with a hyphen, any family name of one
        (
            "de",
            "Südkoreas Präsident Moon Jae-in lobte die Gespräche.",
            ("Moon Jae-in", "Moon", "Jae-in"),
        ),
        ("de", "Gestern sagte Ban Ki-moon, er komme.", ("Ban Ki-moon", "Ban", "Ki-moon")),
        ("en", "Taiwan's president Tsai Ing-wen said so.", ("Tsai Ing-wen", "Tsai", "Ing-wen")),
        ("fr", "Le cinéaste Wong Kar-wai a dit non.", ("Wong Kar-wai", "Wong", "Kar-wai")),
        # a country's case form before it is no part of the name
        ("pl", "Prezydent Korei Moon Jae-in powiedział.", ("Moon Jae-in", "Moon", "Jae-in")),
        # a given name of two Pinyin syllables in one word
        (
            "de",
            "Ministerpräsident Li Keqiang eröffnete die Messe.",
            ("Li Keqiang", "Li", "Keqiang"),
        ),
        ("de", "Chinas Staatschef Xi Jinping sagte das.", ("Xi Jinping", "Xi", "Jinping")),
        # a syllable the language lists as a function word (Polish xi)
        ("pl", "Przewodniczący Xi Jinping przyjął gościa.", ("Xi Jinping", "Xi", "Jinping")),
        ("en", "Yesterday Zhang Yimou filmed.", ("Zhang Yimou", "Zhang", "Yimou")),
        # a listed family name that is also a German pronoun, at the start and inside
        ("de", "Wen Jiabao regierte.", ("Wen Jiabao", "Wen", "Jiabao")),
        ("de", "Damals regierte Wen Jiabao.", ("Wen Jiabao", "Wen", "Jiabao")),
        # three words of one syllable, as German news writes Korean names
        ("de", "Nordkoreas Machthaber Kim Jong Un drohte.", ("Kim Jong Un", "Kim", "Jong Un")),
        ("de", "UN-Generalsekretär Ban Ki Moon reiste ab.", ("Ban Ki Moon", "Ban", "Ki Moon")),
        ("de", "Präsident Yoon Suk Yeol sagte das.", ("Yoon Suk Yeol", "Yoon", "Suk Yeol")),
        # Palladius: Russian spells the syllables, and declines the given name
        ("ru", "Председатель КНР Си Цзиньпин заявил это.", ("Си Цзиньпин", "Си", "Цзиньпин")),
        ("ru", "Путин встретился с Си Цзиньпином вчера.", ("Си Цзиньпином", "Си", "Цзиньпин")),
        ("ru", "Мао Цзэдун правил страной.", ("Мао Цзэдун", "Мао", "Цзэдун")),
        ("uk", "Голова КНР Сі Цзіньпін заявив це.", ("Сі Цзіньпін", "Сі", "Цзіньпін")),
        # Ukrainian writes Palladius's э as е, and its и as і in the family name too
        ("uk", "Голова банку Пань Гуншен розмовляв.", ("Пань Гуншен", "Пань", "Гуншен")),
        ("uk", "Прем'єр Лі Цян заявив це.", ("Лі Цян", "Лі", "Цян")),
        # a given name of one syllable after a listed family name
        ("de", "Ministerpräsident Li Qiang reiste ab.", ("Li Qiang", "Li", "Qiang")),
        ("ru", "Встреча с Ли Цяном прошла хорошо.", ("Ли Цяном", "Ли", "Цян")),
        # a listed family name that is also a place (Mao on Menorca)
        ("de", "Mao Zedong prägte das Land.", ("Mao Zedong", "Mao", "Zedong")),
    ],
)
def test_the_family_name_comes_first(lang, text, found):
    assert found in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # German nouns and function words before a hyphenated English loan
        ("de", "Das Sit-in dauerte. Beim Check-in ging es schief. Am Montag Hip-hop."),
        # a mountain the text writes after an article (beim Cho Oyu)
        ("de", "Am schlimmsten ist es beim Cho Oyu. Später kamen sie zum Cho Oyu zurück."),
        ("de", "Nanga Parbat, Cho Oyu und der Cho Oyu."),
        # two Pinyin syllables after a word Pinyin has not (la Mer Rouge)
        ("fr", "Les navires traversent la Mer Rouge."),
        # a Dutch particle and a genitive that read as Palladius syllables (Van Gogh)
        ("ru", "Картины Ван Гога висят в музее."),
        # English headlines in capitals: a common word is no family name
        ("en", "The Tea Co-op Opens Today"),
        # one word three times is no name of three
        ("de", "Sie tanzten Cha Cha Cha."),
    ],
)
def test_no_person_from_the_shape_alone(lang, text):
    assert _persons(text, lang) == []


def test_a_given_name_of_another_people_is_no_chinese_given_name():
    found = text_mentions("Gestern kam Ma Lena nicht.", "de")
    assert not any(m.family_first for m in found)


def test_a_one_syllable_family_name_does_not_name_anyone_alone():
    """Sun Yat-sen makes no person of the airline Virgin Sun in the same text."""
    text = "Die Universität Sun Yat-sen liegt in Kanton. Die Linie Virgin Sun fliegt."
    found = [text[m.start : m.end] for m in text_mentions(text, "de") if m.kind == "person"]
    assert "Sun" not in found


def test_two_people_of_one_family_name_stay_apart():
    """Wang Huning and Wang Yiming share a family name: two entries, one per person."""
    text = "Wang Huning und Wang Yiming sprachen. Später sprach Wang Huning allein."
    persons = [e for e in text_entries(text, "de") if e.type == "person"]
    assert sorted(e.canonical for e in persons) == ["Wang Huning", "Wang Yiming"]


def test_one_given_name_written_two_ways_is_one_person_and_brothers_are_two():
    """Jong Un and Jong-un are one name; Jong Nam, his brother, is another, and so
    is Qiang beside Keqiang, however alike their keys."""
    text = (
        "Kim Jong Un drohte. Später sagte Kim Jong-un etwas. Kim Jong Un lachte. "
        "Der Bruder Kim Jong Nam starb. Li Keqiang und Li Qiang sprachen."
    )
    persons = sorted(e.canonical for e in text_entries(text, "de") if e.type == "person")
    assert persons == ["Kim Jong Nam", "Kim Jong Un", "Li Keqiang", "Li Qiang"]


def test_syllables():
    assert pinyin_syllables("Jinping") == 2
    assert pinyin_syllables("Xiaoping") == 2
    assert pinyin_syllables("Banane") == 3
    assert pinyin_syllables("Gabel") == 0
    assert hyphened_given("Jae-in") and hyphened_given("Chih-Ming")
    assert not hyphened_given("Check-in") and not hyphened_given("Make-up")


def test_slavic_names_that_read_as_syllables_are_no_chinese_names():
    """Иван and Лена are Palladius syllables too (и-ван, ле-на), and listed given names."""
    found = text_mentions("Вчера Ли Иван пришёл, а Ван Лена ушла.", "ru")
    assert not any(m.family_first for m in found)


def test_palladius_spells_and_reads_back():
    assert [cyrillic(s) for s in ("xi", "jin", "hui", "ju", "zi", "guo")] == [
        "си", "цзинь", "хуэй", "цзюй", "цзы", "го"
    ]  # fmt: skip
    assert pinyin("Цзиньпин") == "Jinping" and pinyin("Сяопин") == "Xiaoping"
    assert pinyin("Лукашенко") is None


def test_one_chinese_name_in_latin_and_cyrillic_is_one_entry_cited_in_pinyin():
    beads = [
        (
            0,
            ["Chinas Staatschef Xi Jinping traf Wladimir Putin."],
            ["Си Цзиньпин встретился с Владимиром Путиным."],
        ),
        (1, ["Auch Li Keqiang war dabei."], ["Также присутствовал Ли Кэцян."]),
    ]
    entries = glossary.build_entries(beads, "de", "ru")
    xi = [e for e in entries if "Xi Jinping" in e.forms() or "Xi" in e.forms()]
    assert len(xi) == 1 and xi[0].canonical == "Xi Jinping"
    assert "Си" in xi[0].lemmas("ru")
    li = [e for e in entries if "Li" in e.lemmas("de")]
    assert len(li) == 1 and "Ли" in li[0].lemmas("ru")


def test_a_chinese_name_has_one_key_in_every_latin_language():
    """Pinyin's x is no German ks and no French h: Xi Jinping in a German and a French
    text is one entry, also where the two sides name him in different beads."""
    beads = [
        (0, ["Gestern sprach Xi Jinping."], ["Hier, il a parlé."]),
        (1, ["Heute schwieg er."], ["Aujourd'hui, Xi Jinping s'est tu."]),
    ]
    entries = glossary.build_entries(beads, "de", "fr")
    persons = [e for e in entries if e.type == "person"]
    assert len(persons) == 1 and set(persons[0].lemmas()) == {"Xi"}


def test_a_chinese_family_name_that_is_no_word_names_its_bearer_alone():
    """*Xi Jinping … Xi said yes*, *… sagte Xi*: a family name of one syllable that is no
    word of English or the text's language and no given name elsewhere names the person
    the text named in full; *Moon* (a word) and *Ben* of *Ben Laden* (a given name) do
    not, nor does any other word of two letters (*Rt.*, *St*)."""
    from glossary.text import text_mentions

    def persons(text, lang):
        return [m.surface for m in text_mentions(text, lang) if m.kind == "person"]

    text = "President Xi Jinping met Moon Jae-in. Xi said yes. Moon rose over Seoul."
    assert persons(text, "en") == ["Xi Jinping", "Moon Jae-in", "Xi"]
    text = "Staatschef Xi Jinping kam nach Berlin. Danach sagte Xi, er sei zufrieden."
    assert persons(text, "de") == ["Xi Jinping", "Xi"]
    assert persons("Staatschef Xi Jinping kam. Die St. Regis Rt. zahlte.", "de") == ["Xi Jinping"]
