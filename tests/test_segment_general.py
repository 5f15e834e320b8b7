"""General rules across languages: no text dropped, quotes, dialogue, case, units, layout."""

import json

import pytest

from aligner.cli import main
from aligner.segment import segment


def texts(text, lang, **kw):
    return [s.text for s in segment(text, lang, **kw)]


@pytest.mark.parametrize(
    "text, lang, want",
    [
        # 1. nothing disappears; an emoji after a stop stays with its sentence
        (
            "Best ceviche so far! :)\n\n:)\n\nA very nice park.",
            "en",
            ["Best ceviche so far! :)", ":)", "A very nice park."],
        ),
        ("Great service! 😀 They were kind.", "en", ["Great service! 😀", "They were kind."]),
        # 2. an opening quote, bracket or list star standing alone after a stop
        (
            "Il est parti. « Je reviendrai », a-t-il dit.",
            "fr",
            ["Il est parti.", "« Je reviendrai », a-t-il dit."],
        ),
        ('He left. " I will be back," he said.', "en", ["He left.", '" I will be back," he said.']),
        ("Es endet hier. ((Anmerkung)) Weiter.", "de", ["Es endet hier.", "((Anmerkung)) Weiter."]),
        # a lone closing quote stays with the sentence it closes
        ("Il dit « pièce. » Les autres.", "fr", ["Il dit « pièce. »", "Les autres."]),
        # 4. a quoted question answered by another quote
        ('"Are you coming?" "Yes, I am."', "en", ['"Are you coming?"', '"Yes, I am."']),
        ("«Ты придёшь?» «Да.»", "ru", ["«Ты придёшь?»", "«Да.»"]),
        ("„Kommst du?“ „Ja.“", "de", ["„Kommst du?“", "„Ja.“"]),
        # ... but reported speech after a colon is one sentence (German golden rules)
        (
            "Er sagte: „Kommst du?“ „Nein“, sagte sie.",
            "de",
            ["Er sagte: „Kommst du?“ „Nein“, sagte sie."],
        ),
        # 5. a lower-case start after a stop: decided by the word before it
        (
            "no. i got her number though. i want to call her.",
            "en",
            ["no. i got her number though.", "i want to call her."],
        ),
        ("where did you grow up? india?", "en", ["where did you grow up?", "india?"]),
        (
            "It costs approx. three dollars, e.g. less.",
            "en",
            ["It costs approx. three dollars, e.g. less."],
        ),
        ("Az MSZP XI. kerületi szervezete.", "hu", ["Az MSZP XI. kerületi szervezete."]),
        # 6. dash dialogue: the speech tag after the dash belongs to the turn
        ("— Ты придёшь? — спросила она.", "ru", ["— Ты придёшь? — спросила она."]),
        (
            "- Kim jesteś? - zapytała. - Nikim.",
            "pl",
            ["- Kim jesteś? - zapytała.", "- Nikim."],
        ),
        # 7. units after a number end a sentence; an abbreviation before a number does not
        (
            "Bilet kosztuje 4 zł. Biologom udało się. Gmina wydała 600 tys. zł. Dziś nie.",
            "pl",
            [
                "Bilet kosztuje 4 zł.",
                "Biologom udało się.",
                "Gmina wydała 600 tys. zł.",
                "Dziś nie.",
            ],
        ),
        ("Продали 63 тис. Тобто 2%.", "uk", ["Продали 63 тис.", "Тобто 2%."]),
        ("Es kostet 5 Mio. Euro im Jahr.", "de", ["Es kostet 5 Mio. Euro im Jahr."]),
        ("Corrosion (мал. 8). Далі.", "uk", ["Corrosion (мал. 8).", "Далі."]),
        # 8. a heading in capitals run into the text, where nouns and titles are lower case
        (
            "Musíš je sázet znovu. ŠVESTKA Kůra: tmavě šedá. "
            "Do provozu. JZD Čejkovice provedly práce.",
            "cs",
            [
                "Musíš je sázet znovu.",
                "ŠVESTKA",
                "Kůra: tmavě šedá.",
                "Do provozu.",
                "JZD Čejkovice provedly práce.",
            ],
        ),
        (
            "It is by NASA. NASA Administrator Bill spoke.",
            "en",
            ["It is by NASA.", "NASA Administrator Bill spoke."],
        ),
        # an abbreviation inside brackets before a lower-case word
        (
            "Известен как Дольятра (букв. весенний фестиваль). Потом.",
            "ru",
            ["Известен как Дольятра (букв. весенний фестиваль).", "Потом."],
        ),
        # spaced ellipsis
        ("in the region . . . This will end.", "en", ["in the region . . .", "This will end."]),
    ],
)
def test_general_rules(text, lang, want):
    assert texts(text, lang, markdown=False) == want


def test_broken_paragraph_join_is_german_prose_only():
    de = "„Wir danken den Vertretern unabhängiger Medien und\n\nNichtregierungsorganisationen.“"
    assert len(texts(de, "de")) == 1
    de_lower = "Er kam spät\n\nund ging früh."
    assert len(texts(de_lower, "de")) == 1
    en = "Debra Perlingiere\n\nok call me tomorrow"
    assert texts(en, "en") == ["Debra Perlingiere", "ok call me tomorrow"]
    items = "* first item;\n\n* second item"
    assert texts(items, "de", markdown=True) == ["first item;", "second item"]


def test_headline_in_a_paragraph_of_its_own():
    text = "Storm hits the coast\n\nThe storm reached the coast on Monday. Many fled."
    assert texts(text, "en") == [
        "Storm hits the coast",
        "The storm reached the coast on Monday.",
        "Many fled.",
    ]


def run_main(capsys, *argv):
    code = main(["segment", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_presegmented_keeps_every_line(tmp_path, capsys):
    text = (
        "Erster Satz. Zweiter Satz im selben Satz-Zeile\nnoch eine Zeile ohne Punkt\n\n  Dritte.\n"
    )
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    code, out, _ = run_main(capsys, p, "--lang", "de", "--presegmented", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["text"] for r in rows] == [
        "Erster Satz. Zweiter Satz im selben Satz-Zeile",
        "noch eine Zeile ohne Punkt",
        "Dritte.",
    ]
    assert [text[r["start"] : r["end"]] for r in rows] == [r["text"] for r in rows]
    assert [r["paragraph"] for r in rows] == [0, 0, 1]


def test_line_breaks_are_hard_boundaries(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Il a dit que\nnous partirons. Demain aussi.\nFin\n", encoding="utf-8")
    code, out, _ = run_main(capsys, p, "--lang", "fr")
    assert out.splitlines() == ["Il a dit que nous partirons.", "Demain aussi.", "Fin"]
    code, out, _ = run_main(capsys, p, "--lang", "fr", "--line-breaks")
    assert code == 0
    assert out.splitlines() == ["Il a dit que", "nous partirons.", "Demain aussi.", "Fin"]


def test_presegmented_and_line_breaks_exclude_each_other(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Eins.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["segment", str(p), "--presegmented", "--line-breaks"])
    assert exit_.value.code == 2


@pytest.mark.parametrize(
    "text, want",
    [
        ("Bylo to pár slov. Pak odešel.", ["Bylo to pár slov.", "Pak odešel."]),
        ("Měl čas. Pak přišel.", ["Měl čas.", "Pak přišel."]),
        ("Prof. Novák přišel. Pak odešel.", ["Prof. Novák přišel.", "Pak odešel."]),
    ],
)
def test_moses_entries_that_are_words_let_the_next_word_decide(text, want):
    assert texts(text, "cs", markdown=False) == want


def test_abbreviation_lists_name_their_kind_and_source():
    from aligner.segment.langdata import LISTS_DIR

    files = sorted(LISTS_DIR.glob("*.tsv"))
    assert {"cs", "de", "en", "fr", "pl", "ru", "hu"} <= {p.stem for p in files}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                entry, kind, source = line.split("\t")
                assert entry and kind in ("always", "numeric", "ambiguous")
                assert source in ("moses", "cldr", "moses+cldr")
    assert (LISTS_DIR / "README.md").exists() and (LISTS_DIR / "LICENSE-CLDR.txt").exists()


def test_list_numbers_are_segments_where_the_language_sets_them_apart():
    # Ukrainian: a list number at a line start or after a sentence end stands alone.
    uk = "Вирішили:\n\n1. Скликати збори.\n\n2. Обрати голову. 3. Розіслати листи."
    assert texts(uk, "uk", markdown=False) == [
        "Вирішили:",
        "1.",
        "Скликати збори.",
        "2.",
        "Обрати голову.",
        "3.",
        "Розіслати листи.",
    ]
    # German keeps the item whole (its ordinals carry a stop: "am 3. Oktober"), and
    # Russian has no evidence for setting it apart.
    de = "Beschlossen:\n\n1. Die Versammlung tagt am 3. Oktober.\n\n2. Der Vorstand wird gewählt."
    assert texts(de, "de", markdown=False) == [
        "Beschlossen:",
        "1. Die Versammlung tagt am 3. Oktober.",
        "2. Der Vorstand wird gewählt.",
    ]
    ru = "Решили:\n\n1. Созвать собрание.\n\n2. Избрать председателя."
    assert texts(ru, "ru", markdown=False) == [
        "Решили:",
        "1. Созвать собрание.",
        "2. Избрать председателя.",
    ]
