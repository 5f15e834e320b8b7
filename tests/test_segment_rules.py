"""Behaviour of the German-first rules on the hard cases the issue lists."""

import pytest

from aligner.segment import segment


def texts(text, lang="de", **kw):
    return [s.text for s in segment(text, lang, **kw)]


@pytest.mark.parametrize(
    "text",
    [
        "Er ließ sie am 13. Dezember 2025 frei, die seit dem 7. September 2020 in Haft saß.",
        "Das geschah im 19. Jahrhundert in Minsk.",
        "Er kam am 7.9.2020 an.",
        "Funde aus dem 1. -3. Jahrhundert nach Christus.",
        "Wir haben 1.000.000 Euro und 5.300,25 Dollar.",
        "Wir brauchen Getränke, z. B. Wasser, d. h. Saft, bzw. Tee von Dr. Meyer.",
        "Das sagte Prof. Dr. med. Meyer, d. h. ein Arzt.",
        "Der Autor J. R. R. Tolkien schrieb viel.",
        "Zeitungen, Zeitschriften u. Ä. liegen aus.",
        "Marina Solotowa (ehemals Chefin des Portals *TUT.BY*) war dabei.",
        "Schreiben Sie an info@example.org oder besuchen Sie www.example.org für mehr.",
        "Das stand in der Zeitung Die Welt am Montag.",
        "Für Rückfragen steht Herr Dipl.-Übers. Martin Roth bereit.",
        "Der 70. Jahrgang erschien im Jänner 1957.",
        "Das steht in « La Montagne » , oct. 1956 , p. 261.",
        "Er wartete (in der Schweiz ! ) lange.",
    ],
)
def test_one_sentence(text):
    assert texts(text, markdown=False) == [text]


@pytest.mark.parametrize(
    "text, n",
    [
        ("Viele kamen im August 2020. Viele gingen wieder.", 2),
        ("Die Information steht auf Seite 12. Dort kannst du nachlesen.", 2),
        ("Wir kaufen Saft, Bier usw. Dann gehen wir.", 2),
        ("„Wir kommen morgen.“ Dann gingen sie.", 2),
        ("»Wir kommen morgen.« Dann gingen sie.", 2),
        ("Er sagte: „Ich komme. Du bleibst.“ Dann ging er.", 3),
        ("Er wartete … Dann kam sie.", 2),
        ("Was nun? Wir wissen es nicht! Aber bald.", 3),
        ("Absolut zu empfehlen Ich komme wieder.", 2),
        ("Tolles Hotel Das Personal war nett.", 2),
        ("Ich gebe die Note 1 Wir kommen wieder.", 2),
        ("Liebe Grüße Lutz und Heike Ich würde wiederkommen.", 2),
        ("Portionen sehr reichhaltig (Grünkohl Platte) War ganz nett.", 2),
        ("Kann ich nur empfehlen ;-) So eben war ich wieder da.", 2),
        ("Wir wissen es nicht; Die Versuche zeigen es.", 2),
        ("Das war toll... Verdiente 5 Sterne!", 2),
        ("Die Polizei nahm viele fest. 4. Die gängige Auffassung ist falsch.", 2),
        ("Das kostet 5 Mio. Die Kosten steigen.", 2),
        ("Das kostet 5 Mio. Euro im Jahr.", 1),
        ("Wir brauchen Plan B. Dann sehen wir weiter.", 2),
        ("Das ist teuer, d. h. Er zahlt nicht.", 1),
        ("Die Gipfel sind 6300 m. Es sind also bescheidene Berge.", 2),
    ],
)
def test_splits(text, n):
    assert len(texts(text, markdown=False)) == n, texts(text, markdown=False)


def test_sentence_inside_bold_ends_after_the_markup():
    got = segment("Das ist **sehr wichtig.** Danach kommt mehr.", "de", markdown=True)
    assert [s.text for s in got] == ["Das ist sehr wichtig.", "Danach kommt mehr."]
    assert got[0].end == len("Das ist **sehr wichtig.**")


def test_headings_and_list_items_are_their_own_segments():
    text = "# Titel\n\nEin Satz.\n\n- erster Punkt\n- zweiter Punkt\n\nSchluss"
    got = segment(text, "de", markdown=True)
    assert [s.text for s in got] == [
        "Titel",
        "Ein Satz.",
        "erster Punkt",
        "zweiter Punkt",
        "Schluss",
    ]
    assert [text[s.start : s.end] for s in got][0] == "# Titel"
    assert [s.paragraph for s in got] == sorted(s.paragraph for s in got)
    assert len({s.paragraph for s in got}) == 5


def test_heading_with_single_line_break_after():
    assert texts("Sanktionen gegen Gesten\nIm Austausch ließ er sie frei.", markdown=False) == [
        "Sanktionen gegen Gesten",
        "Im Austausch ließ er sie frei.",
    ]


def test_a_paragraphs_first_line_with_a_sentence_ended_in_it_is_no_heading():
    text = "Der Verein verlor ein treues Mitglied. Marten\nKolbe starb im Mai in Rostock."
    assert texts(text, markdown=False) == [
        "Der Verein verlor ein treues Mitglied.",
        "Marten\nKolbe starb im Mai in Rostock.",
    ]
    assert texts("Ein Gespräch mit Prof. Kolbe\nIm Mai sprach er frei.", markdown=False) == [
        "Ein Gespräch mit Prof. Kolbe",
        "Im Mai sprach er frei.",
    ]


def test_hard_wrapped_lines_are_joined_and_line_breaks_kept():
    text = "Frauen sollten während der\nersten drei Monate Folsäure nehmen.\nFolsäure ist gut."
    got = texts(text, markdown=False)
    assert got == [
        "Frauen sollten während der\nersten drei Monate Folsäure nehmen.",
        "Folsäure ist gut.",
    ]


def test_paragraph_broken_inside_a_quote_is_joined():
    text = "Sie sagte: „Er öffnet Medien und\n\nVereine, statt sie zu isolieren.“\n\nNeu."
    got = segment(text, "de", markdown=False)
    assert [s.text.replace("\n\n", " ") for s in got][0].endswith("zu isolieren.“")
    assert len(got) == 2
    assert got[0].paragraph == 0 and got[1].paragraph == 2


def test_unclosed_quote_does_not_swallow_the_text():
    text = "Er sagte „Hallo. " + " ".join(f"Satz Nummer {i} ist hier." for i in range(2000))
    assert len(segment(text, "de")) == 2001


def test_spans_point_into_crlf_source():
    text = "Erster Satz.\r\nZweiter Satz.\r\n\r\nDritter Satz."
    got = segment(text, "de")
    assert [text[s.start : s.end] for s in got] == [
        "Erster Satz.",
        "Zweiter Satz.",
        "Dritter Satz.",
    ]


def test_markdown_links_and_emphasis_are_removed_from_text_not_span():
    text = "Der Beitrag erschien auf [Moszkvatér](https://x.hu) von *Gábor Stier*."
    (seg,) = segment(text, "de", markdown=True)
    assert seg.text == "Der Beitrag erschien auf Moszkvatér von Gábor Stier."
    assert text[seg.start : seg.end] == text


def test_user_abbreviations():
    text = "Das steht in der Bearb. Deutsch und anderswo."
    assert len(segment(text, "de")) == 2
    assert len(segment(text, "de", extra_abbreviations=["Bearb."])) == 1


@pytest.mark.parametrize(
    "lang, text, n",
    [
        ("en", "Mr. Smith went to Washington. He met Dr. Jones at 5 p.m. on Monday.", 2),
        ("fr", "M. Dupont est arrivé. Il a vu Mme Martin, etc. Puis il est parti.", 3),
        ("hu", "A találkozó 2025. december 13-án volt. Utána dr. Kovács beszélt.", 2),
        ("pl", "Spotkanie było w 2020 r. Potem m.in. prof. Nowak mówił.", 2),
        ("ru", "Встреча прошла в 2020 г. Потом выступил проф. Иванов и др.", 2),
        ("uk", "Його звільнили 13 грудня 2025 р. Потім проф. Іваненко виступив.", 2),
        ("be", "Яго вызвалілі ў 2025 г. Потым праф. Іваненка выступіў.", 2),
        ("cs", "Propustil ji 13. prosince 2025. Pak promluvil prof. Novák atd. To je vše.", 3),
    ],
)
def test_other_languages_use_their_own_data(lang, text, n):
    assert len(segment(text, lang)) == n, texts(text, lang)


def test_letter_salutation_and_closing_are_segments():
    text = (
        "Sehr geehrte Frau Dr. Winter,\n\nvielen Dank für Ihren Auftrag.\n\n"
        "Mit freundlichen Grüßen\nAnna Lange"
    )
    assert texts(text, markdown=False) == [
        "Sehr geehrte Frau Dr. Winter,",
        "vielen Dank für Ihren Auftrag.",
        "Mit freundlichen Grüßen",
        "Anna Lange",
    ]


def test_word_list_keeps_one_segment_per_line():
    text = "Übung\n1. Ich ___ gern Tennis.\nspielen\nspielt\nspiele"
    assert texts(text, markdown=False) == [
        "Übung",
        "1. Ich ___ gern Tennis.",
        "spielen",
        "spielt",
        "spiele",
    ]


def test_package_is_callable_and_keeps_its_modules():
    import aligner
    import aligner.segment.rules

    assert [s.text for s in aligner.segment("Er kam. Dann ging er.", "de")] == [
        "Er kam.",
        "Dann ging er.",
    ]
    assert aligner.segment.segment is segment
    assert aligner.segment.rules.Decider


def test_long_single_line_without_spaces_or_with_a_stray_quote():
    # Both finish quickly only if the work is linear; no timing is asserted here.
    blob = "x" * 300_000 + ". Dann endet es."
    assert [len(s.text) for s in segment(blob, "de")] == [300_001, 14]
    text = "„" + "Er kam. " * 40_000
    segs = segment(text, "de")
    assert len(segs) == 40_000
    assert segs[-1].end == len(text.rstrip())


def test_markdown_table_rows_are_segments_without_pipes():
    text = "# T\n\n| Name | Wert |\n|---|---|\n| Minsk | 2 Mio. |\n\nText hier. Und da."
    got = segment(text, "de")
    assert [s.text for s in got] == ["T", "Name | Wert", "Minsk | 2 Mio.", "Text hier.", "Und da."]


def test_english_news_paragraph():
    text = (
        "Mr. Lukashenko met U.S. envoy John Coale in Minsk on Jan. 5. The talks lasted "
        "until 11 p.m. He said the U.S. would lift sanctions, e.g. on potash. "
        'Prof. J. R. R. Smith disagreed. It was "a good day." Then they left.'
    )
    assert texts(text, "en") == [
        "Mr. Lukashenko met U.S. envoy John Coale in Minsk on Jan. 5.",
        "The talks lasted until 11 p.m.",
        "He said the U.S. would lift sanctions, e.g. on potash.",
        "Prof. J. R. R. Smith disagreed.",
        'It was "a good day."',
        "Then they left.",
    ]


def test_hungarian_dates_and_abbreviations():
    text = (
        "Lukasenko 2025. december 13-án engedte szabadon, aki 2020. 09. 07-én került "
        "börtönbe. A döntés után dr. Kovács szerint stb. is változhat. "
        "Ez a II. világháború óta a legnagyobb változás. A 3. helyen végzett."
    )
    assert len(texts(text, "hu")) == 4


def test_heading_before_hard_wrapped_paragraph():
    text = (
        "Sanktionslockerungen gegen humanitäre Gesten\n"
        "Im Austausch für die Aufhebung der Sanktionen ließ Lukaschenko am\n"
        "13. Dezember 2025 Kolesnikowa frei, die seit dem 7. September 2020\n"
        "in Haft saß. Die Freigelassenen mussten das Land verlassen."
    )
    got = texts(text, markdown=False)
    assert got[0] == "Sanktionslockerungen gegen humanitäre Gesten"
    assert len(got) == 3 and got[1].endswith("in Haft saß.")


def test_old_mac_line_ends():
    text = "Überschrift\r\rErster Satz geht\rweiter und endet. Zweiter Satz."
    got = segment(text, "de")
    assert [s.text for s in got] == [
        "Überschrift",
        "Erster Satz geht\rweiter und endet.",
        "Zweiter Satz.",
    ]
    assert [s.paragraph for s in got] == [0, 1, 1]


def test_a_year_after_seit_or_ab_ends_a_sentence_but_a_date_does_not():
    from aligner.segment import segment

    def texts(t):
        return [s.text for s in segment(t, "de")]

    assert texts("Lukaschenko regiert seit 1994. Er ist Präsident.") == [
        "Lukaschenko regiert seit 1994.",
        "Er ist Präsident.",
    ]
    assert texts("Sie lebt seit 2020. Sie arbeitet.") == ["Sie lebt seit 2020.", "Sie arbeitet."]
    assert texts("Seit 7. September 2020 sitzt sie in Haft.") == [
        "Seit 7. September 2020 sitzt sie in Haft."
    ]
    assert texts("Ab 1. Januar gilt es.") == ["Ab 1. Januar gilt es."]
