"""German constructions around names met in news and history: the noun a genitive
belongs to, a nationality noun before a name, and one given name spelt alike in two
languages whose rules key it apart."""

from __future__ import annotations

from glossary.build import build_entries, text_entries
from glossary.detect import find_names
from glossary.text import text_mentions
from glossary.wordclass import role_before


def _persons(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [(m.surface, m.lemma) for m in find_names(text, lang) if m.kind == "person"]


def _languages_by_person(rows: list, src: str, tgt: str) -> dict[str, set[str]]:
    """Each person entry of a project's beads: its canonical form -> its languages."""
    return {
        e.canonical: {v.lang for v in e.variants}
        for e in build_entries(rows, src, tgt)
        if e.type == "person"
    }


def test_the_noun_after_a_genitive_is_no_given_name():
    """*Goethes Roman*, *Merkels Roman*: a German noun that lists give as a given name
    too (*Roman*) is the noun of the genitive before it; after a given name in its
    nominative that ends in -s it is still a surname (*Thomas Roman*)."""
    assert _persons("Er las Goethes Roman in Weimar.") == [("Goethes", "Goethe")]
    assert _persons("Er las Merkels Roman in Weimar.") == [("Merkels", "Merkel")]
    assert _persons("Goethes Roman spielt in Weimar.") == [("Goethes", "Goethe")]
    assert _persons("Gestern sprach Thomas Roman in Weimar.") == [("Thomas Roman", "Roman")]


def test_a_nationality_noun_of_a_woman_is_a_role_before_her_name():
    """*die Polin Iga Świątek*: the feminine of a role noun in -e (*Pole*, *Russe*,
    *Kollege*) is a role too, never a given name a loose key reads (*Polin*: Paulina);
    the unlisted given name after it starts the name."""
    assert all(role_before(w, "de") for w in ("Polin", "Russin", "Britin", "Kollegin"))
    assert not any(role_before(w, "de") for w in ("Termin", "Berlin", "Kerstin", "Martin"))
    text = "Im Finale schlug Krejčíková die Polin Iga Świątek in drei Sätzen."
    assert ("Iga Świątek", "Świątek") in _persons(text)
    assert all(not s.startswith("Polin") for s, _ in _persons(text))


def test_a_given_name_both_sides_spell_alike_pairs_its_surnames():
    """*Franziska Preuß* beside *Franziskou Preussovou*: German and Czech rules key the
    given name apart (*franciska*, *fransiska*), but it is spelt alike, so the one surname
    each side gives it is one woman's, the Czech -ová form and all."""
    rows = [
        (
            0,
            ["Die Biathletin Markéta Davidová wurde Zweite hinter Franziska Preuß."],
            ["Biatlonistka Markéta Davidová skončila druhá za Franziskou Preussovou."],
        ),
        (1, ["Preuß hat damit die Führung übernommen."], ["Preussová se tím ujala vedení."]),
    ]
    people = [
        {(v.lang, v.form) for v in e.variants}
        for e in build_entries(rows, "de", "cs")
        if e.type == "person"
    ]
    assert {("de", "Preuß"), ("cs", "Preussová"), ("cs", "Preussovou")} in people
    assert {("de", "Davidová"), ("cs", "Davidová")} in people
    assert len(people) == 2


def test_a_known_family_name_opens_a_sentence_though_german_has_it_as_a_noun():
    """*Einstein und Max Planck*: after *Albert Einstein*, a sentence's first word that
    German lists as a noun but Wiktionary as a family name too, joined by *und* to a given
    name, is the person; a noun no family list has stays the noun (*Bill Gold … Gold ist
    teuer*), and so does one before a plural verb (*Richter entschieden*)."""
    text = "Albert Einstein schrieb 1905 eine Theorie. Einstein und Max Planck schätzten einander."
    found = [text[m.start : m.end] for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Albert Einstein", "Einstein", "Max Planck"]
    text = "Bill Gold kam nach Berlin. Gold ist teuer."
    found = [text[m.start : m.end] for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Bill Gold"]


def test_a_rulers_seat_after_his_numeral_is_part_of_the_name():
    """*Friedrich II. von Hohenstaufen*, *Elisabeth II. von England*: *von* and a place
    after a ruler's numeral and its full stop end the name (German writes it so, and
    GermEval marks it so); the ruler in the genitive too (*die Tumba Ottos II. von
    Neumarkt*); the key is the ruler's, whatever seat follows."""
    found = find_names("Friedrich II. von Hohenstaufen sprach mehrere Sprachen.", "de")
    assert [(m.surface, m.lemma) for m in found] == [
        ("Friedrich II. von Hohenstaufen", "Friedrich II")
    ]
    assert found[0].key == find_names("Friedrich II. starb.", "de")[0].key
    assert _persons("Elisabeth II. von England starb.") == [
        ("Elisabeth II. von England", "Elisabeth II")
    ]
    assert _persons("Die Tumba Ottos II. von Neumarkt steht im Chor.") == [
        ("Ottos II. von Neumarkt", "Otto II")
    ]
    assert _persons("Die Krönung Karls V. fand statt.") == [("Karls V.", "Karl V")]
    assert _persons("Wilhelm I. wurde 1871 ausgerufen.") == [("Wilhelm I.", "Wilhelm I")]


def test_an_epithet_after_a_given_name_is_part_of_the_name():
    """*Karl der Große*, *Ludwig der Fromme*, *Katharina die Große*: *der* or *die* and an
    adjective made a noun after a listed given name name the ruler, keyed apart from every
    other Karl; after a numeral the numeral names him (*Magnus I. der Gute*), and a noun
    after the article is the sentence's (*Peter der Zeitung*)."""
    found = find_names("Karl der Große wurde im Jahr 800 gekrönt.", "de")
    assert [(m.surface, m.lemma, m.gender) for m in found] == [
        ("Karl der Große", "Karl der Große", "m")
    ]
    assert found[0].key != find_names("Karl Marx schrieb.", "de")[0].key
    assert _persons("Danach regierte Ludwig der Fromme.") == [
        ("Ludwig der Fromme", "Ludwig der Fromme")
    ]
    assert _persons("Katharina die Große regierte Russland.") == [
        ("Katharina die Große", "Katharina die Große")
    ]
    assert _persons("Magnus I. der Gute vertrieb ihn.") == [("Magnus I.", "Magnus I")]
    assert _persons("Heute sagte Peter der Zeitung, er komme.") == [("Peter", "Peter")]


def test_a_czech_word_read_as_written_when_its_own_reading_is_known():
    """*Sparta Praha* beside *Sparta Prag*: of the Czech readings with the known key, the
    word as written comes before one as long that only a table makes (*Sparto*): no form
    the text never wrote."""
    rows = [
        (0, ["Im Fußball verlor Sparta Prag gegen Bayern."], ["Ve fotbale prohrála Sparta Praha."]),
        (1, ["Für Sparta traf Lukáš Haraslín."], ["Za Spartu skóroval Lukáš Haraslín."]),
    ]
    entries = build_entries(rows, "de", "cs")
    forms = {(v.lang, v.lemma) for e in entries for v in e.variants}
    forms |= {(lang, f) for e in entries for lang, f in e.preferred.items()}
    assert ("cs", "Sparta") in forms
    assert not any(f == "Sparto" for _, f in forms)


def test_a_frequent_adjective_is_a_surname_after_a_role_and_a_given_name():
    """*Die Künstlerin Katharina Grosse gestaltete*: a word German's function-word list
    has (*grosse*), capitalised right after a role and a listed given name with the clause
    going on, is her surname, as listed ones are (*Ricarda Lang*); without the role the
    word stays out."""
    assert _persons("Die Künstlerin Katharina Grosse gestaltete eine Halle.") == [
        ("Katharina Grosse", "Grosse")
    ]
    assert _persons("Die Künstlerin Katharina und ihr Mann kamen.") == [("Katharina", "Katharina")]


def test_a_person_on_one_side_is_the_same_word_on_the_other():
    """*Voltaire und Diderot* beside *Voltaire et Diderot*: a word spelt alike on both
    sides of a bead that one side finds a person by its own evidence is that person on
    the other side too, at a sentence's start as well, and however differently the two
    languages' rules key it (*Blücher*: German *bluher*, French *bluser*)."""
    rows = [
        (
            0,
            ["Voltaire und Diderot standen mit ihr im Briefwechsel."],
            ["Voltaire et Diderot correspondaient avec elle."],
        ),
        (
            1,
            ["Der Herzog und Feldmarschall Blücher hatten ihn geschlagen."],
            ["Le duc et le maréchal Blücher l'avaient vaincu."],
        ),
    ]
    people = _languages_by_person(rows, "de", "fr")
    assert people == {"Voltaire": {"de", "fr"}, "Diderot": {"de", "fr"}, "Blücher": {"de", "fr"}}


def test_a_mans_nominative_given_name_before_a_surname_in_a_case_is_no_name_of_his():
    """*Роман Достоевского*: a man's given name as written, in its nominative, before a
    man's surname in another case is no part of that name (the novel of Dostoevsky); the
    surname is a person of its own. Names that agree stay one (*Роман Абрамович*,
    *Ивана Петрова*, *Юрий Живаго*)."""
    text = "Роман Достоевского «Преступление и наказание» вышел в 1866 году."
    assert [m.surface for m in find_names(text, "ru") if m.kind == "person"] == ["Достоевского"]
    for text, name in (
        ("Роман Абрамович купил клуб.", "Роман Абрамович"),
        ("Отец Ивана Петрова приехал.", "Ивана Петрова"),
        ("Юрий Живаго вернулся.", "Юрий Живаго"),
    ):
        assert [m.surface for m in find_names(text, "ru") if m.kind == "person"] == [name]


def test_a_chinese_name_in_western_order_is_a_full_name():
    """*Fei-Fei Li*: a Chinese given name of two syllables with a hyphen before a listed
    Chinese family name is a full name in the order the West writes it, though the
    family name has two letters; both sides of a bead then hold the person."""
    text = "Computer scientist Fei-Fei Li founded a company of her own."
    assert _persons(text, "en") == [("Fei-Fei Li", "Li")]
    rows = [
        (
            0,
            ["Die Informatikerin Fei-Fei Li gründete ein Unternehmen."],
            ["Computer scientist Fei-Fei Li founded a company."],
        )
    ]
    people = [
        {v.lang for v in e.variants} for e in build_entries(rows, "de", "en") if e.type == "person"
    ]
    assert people == [{"de", "en"}]


def test_a_given_name_joined_to_a_full_name_shares_its_surname():
    """*Clara und Robert Schumann*, *Jacob and Wilhelm Grimm*: a listed given name alone
    before a conjunction and a full name is a person, at a sentence's start too, read as
    the full name it abbreviates, so that it joins her entry and no other Clara's; a
    name's last word before the conjunction is no such given name (*Condoleeza Rice and
    Donald Rumsfeld*)."""
    found = find_names("Clara und Robert Schumann lebten in Düsseldorf.", "de")
    clara = next(m for m in found if m.surface == "Clara")
    assert (clara.kind, clara.lemma, clara.gender) == ("person", "Schumann", "f")
    text = (
        "Clara Schumann spielte. Clara und Robert Schumann lebten in Düsseldorf. "
        "Brahms widmete Clara viele Werke."
    )
    people = {
        e.canonical: sorted(v.form for v in e.variants)
        for e in text_entries(text, "de")
        if e.type == "person"
    }
    assert people["Clara Schumann"] == ["Clara", "Schumann"]
    assert "Robert Schumann" in people
    found = find_names("The committee is suing Condoleeza Rice and Donald Rumsfeld.", "en")
    assert [m.surface for m in found if m.key == found[-1].key] == ["Donald Rumsfeld"]


def test_a_name_after_a_noun_before_a_given_name_is_no_list_of_nouns():
    """*Prinz William und Prinzessin Kate*: a noun right before a listed given name
    belongs to that name, so the word joined to it by *und* is no common noun of a list
    (*Ost und West*) but a person too."""
    text = "Auch Prinz William und Prinzessin Kate reisten nach Rom."
    assert _persons(text) == [("William", "William"), ("Kate", "Kate")]
    assert _persons("Ost und West trafen sich.") == []


def test_an_initial_before_a_comma_ends_a_name():
    """*ein gewisser Marco S., wurde*: a capital and a full stop right before a comma
    abbreviate a surname, as police reports write one; no sentence ends there."""
    text = "Der Täter, ein gewisser Marco S., wurde später festgenommen."
    assert _persons(text) == [("Marco S.", "S.")]


def test_a_romance_particle_after_no_given_name_joins_a_places_name():
    """*Castel del Monte*, *Costa del Sol*, *Lido di Spina*: *del*, *della*, *di* between
    capitalised words with no listed given name before them join a place's or a thing's
    name, no person's; after a given name they lead a surname (*Guillermo del Toro*,
    *Juan José Lobato del Valle*)."""
    for text in (
        "Der Staufer ließ in Castel del Monte eine Burg errichten.",
        "Sie urlaubten an der Costa del Sol.",
        "Die Orte Lido di Spina und Isola di Arabella liegen am Meer.",
    ):
        assert _persons(text) == [], text
    assert _persons("Der Regisseur Guillermo del Toro drehte.") == [("Guillermo del Toro", "Toro")]
    text = "Le sculpteur Juan José Lobato del Valle expose."
    assert [m.surface for m in find_names(text, "fr") if m.kind == "person"] == [
        "Juan José Lobato del Valle"
    ]


def test_a_german_noun_after_a_given_name_and_surname_is_the_sentences():
    """*schlug Martin Luther Thesen an*: a German common noun no list gives as a name,
    right after a given name and a surname (*Luther*, a rarely given name too), is the
    sentence's noun; a third name word after a widely given name stays (*Johann Sebastian
    Bach*), and so does a surname after its particle (*Joseph Victor von Scheffel*)."""
    assert _persons("Im Jahr 1517 schlug Martin Luther Thesen an die Tür.") == [
        ("Martin Luther", "Luther")
    ]
    assert _persons("Das ist Johann Sebastian Bach.") == [("Johann Sebastian Bach", "Bach")]
    text = "oft den Schriftsteller Joseph Victor von Scheffel zu Gast."
    assert [m.surface for m in find_names(text, "de")] == ["Joseph Victor von Scheffel"]


def test_a_town_s_name_as_an_unlisted_given_name_after_an_english_role():
    """*Opposition leader Kemi Badenoch accused …*: after a lower-case noun of a person, a
    word English has no use for but a town's name (*Kemi*, Finland), before one it has no
    use for at all, is a given name no list has; a regular past verb after the pair is
    the verb, though WordNet has *accused* as a noun of a person too."""
    text = "Opposition leader Kemi Badenoch accused the government of breaking its promises."
    assert _persons(text, "en") == [("Kemi Badenoch", "Badenoch")]
    assert _persons("Labour leader Keir Starmer spoke.", "en") == [("Keir Starmer", "Starmer")]


def test_a_noun_after_a_names_genitive_starts_no_name():
    """*Real Madrids Star Vinícius Júnior*: a noun right after a name's genitive is that
    genitive's noun, though a list gives it as a given name (*Star*); after a noun's
    genitive, or as a widely given name before a surname, it starts the name
    (*meines Kundenberaters Horst Rosenberger*, *des Katharinenklosters Hugo Weidenhaupt*)."""
    text = "Real Madrids Star Vinícius Júnior wurde ausgepfiffen."
    assert ("Vinícius Júnior", "Júnior") in _persons(text)
    assert all(not s.startswith("Star") for s, _ in _persons(text))
    text = "Mit der Beratung meines Kundenberaters Horst Rosenberger bin ich zufrieden."
    assert _persons(text) == [("Horst Rosenberger", "Rosenberger")]
    text = "in Teilen des ehemaligen Katharinenklosters Hugo Weidenhaupt wohnte er."
    assert ("Hugo Weidenhaupt", "Weidenhaupt") in _persons(text)


def test_a_word_quoted_on_its_own_is_no_name_the_other_side_confirms():
    """*госкорпорации «Ростех»* beside *des Rüstungskonzerns Rostec*: the two spellings
    share a key, but Russian news quotes a firm's, a paper's or a work's name, never a
    person's, so the pair makes no person; the man beside it stays one."""
    rows = [
        (
            0,
            ["Der Chef des Rüstungskonzerns Rostec, Sergej Tschemesow, sprach von einem Schlag."],
            ["Глава госкорпорации «Ростех» Сергей Чемезов назвал это ударом."],
        ),
        (
            1,
            ["Das sagte Wjugin der Zeitung „Wedomosti“."],
            ["Об этом Вьюгин сказал газете «Ведомости»."],
        ),
    ]
    people = _languages_by_person(rows, "de", "ru")
    assert people == {"Сергей Чемезов": {"de", "ru"}, "Вьюгин": {"de", "ru"}}


def test_a_citys_name_after_a_role_before_an_unknown_word_is_a_given_name():
    """*Parteichefin Kemi Badenoch*: Kemi is a Finnish town that German's frequencies
    call a common word, but after a role and before a word German has no use for it is
    the given name no list has, and the name is both words, not the town alone."""
    names = _persons("Die Opposition reagierte scharf: Parteichefin Kemi Badenoch sprach.")
    assert names == [("Kemi Badenoch", "Badenoch")]


def test_a_case_form_that_dropped_its_e_reads_back_to_the_nominative():
    """Polish *Dudka*, Czech *Havla*: the case ending dropped the e of the last
    syllable (Dudek, Havel), and no word of either language ends in *dk* or *vl*, so
    the entry's form is the nominative the German side writes, never an invented stem;
    *Tuskowi* keeps *Tusk*, whose *sk* ends words."""
    rows = [
        (
            0,
            ["Nach Ansicht des Politologen Antoni Dudek schadet der Streit Polen."],
            ["Zdaniem politologa Antoniego Dudka spór szkodzi Polsce."],
        ),
        (1, ["Das sagte Donald Tusk."], ["Powiedział to Donald Tusk."]),
        (2, ["Er dankte Tusk."], ["Podziękował Tuskowi."]),
    ]
    people = sorted(e.canonical for e in build_entries(rows, "de", "pl") if e.type == "person")
    assert people == ["Antoni Dudek", "Donald Tusk"]
    rows = [(0, ["Die Rede Václav Havels."], ["Projev Václava Havla."])]
    people = [e.canonical for e in build_entries(rows, "de", "cs") if e.type == "person"]
    assert people == ["Václav Havel"]


def test_a_ukrainian_apostrophe_typed_any_way_is_the_listed_given_name():
    """*Мар'яна* with the typewriter's apostrophe is the listed *Марʼяна*: the woman's
    given name as written, not a form read from it (*Мар'яно*); and a man's dative in
    -ому after her past verb is the object of it, a man (*закинула Сирському*)."""
    text = "Критикувала рішення депутатка Мар'яна Безугла, яка закинула Сирському помилки."
    found = {m.surface: (m.given, m.gender) for m in find_names(text, "uk")}
    assert found == {"Мар'яна Безугла": ("Мар'яна", "f"), "Сирському": ("", "m")}


def test_a_relative_pronoun_after_a_comma_and_a_preposition_is_no_article():
    """*…, mit dem Swift im Streit liegt*: after a comma and a preposition *dem* opens a
    relative clause, so it says nothing against *Swift* as a person, whom the text
    names in full elsewhere and whose later mentions stay hers."""
    text = (
        "Die Sängerin Taylor Swift hat ihre Verlobung bekanntgegeben. "
        "Swift veröffentlichte ein Foto. "
        "Präsident Donald Trump, mit dem Swift im Streit liegt, äußerte sich spöttisch."
    )
    found = [m.surface for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Taylor Swift", "Swift", "Donald Trump", "Swift"]


def test_a_known_surname_read_only_by_its_parts_opens_a_sentence_before_a_comma():
    """*Klingbeil, der zugleich Finanzminister ist, …*: German reads *Klingbeil* only as
    a compound (Kling|beil), and no verb of a question stands before a comma, so the
    surname the text names before is the person here too."""
    text = (
        "SPD-Chef Klingbeil wies die Kritik zurück. "
        "Klingbeil, der zugleich Finanzminister ist, verwies auf die Haushaltslage."
    )
    found = [m.surface for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Klingbeil", "Klingbeil"]
    # a rare noun of the dictionary too (Magyar, "a Magyar"); a frequent one stays the noun
    text = "Orbán hat Péter Magyar kritisiert. Magyar, der Chef der Tisza-Partei, liegt vorn."
    assert [m.surface for m in text_mentions(text, "de")][-1] == "Magyar"
    text = "Bill Gold kam. Gold, Silber und Platin sind teuer."
    assert [m.surface for m in text_mentions(text, "de")] == ["Bill Gold"]


def test_a_word_german_writes_lower_case_after_a_role_before_a_verb_is_a_surname():
    """*Fraktionschefin Dröge sprach*: an adjective stands before its noun, never after
    it, so a capitalised one between a role and a singular verb is the person's name;
    without the verb (*Minister Neues wagen*) it stays no one's."""
    assert _persons("Die Grünen-Fraktionschefin Dröge sprach von einem Trauerspiel.") == [
        ("Dröge", "Dröge")
    ]
    assert _persons("Sie wollen als Minister Neues wagen.") == []


def test_a_word_after_a_role_and_wie_is_a_person_given_as_an_example():
    """*Ökonomen wie Fratzscher*: German gives persons as examples of a role so; places
    after a noun of things stay places (*Städte wie Berlin*), nouns stay nouns."""
    assert _persons("Ökonomen wie Fratzscher vom DIW halten eine Reform für überfällig.") == [
        ("Fratzscher", "Fratzscher")
    ]
    assert _persons("Politiker wie Gold reden viel.") == []
    assert _persons("Städte wie Berlin wachsen.") == []


def test_a_word_in_a_after_a_preposition_is_a_mans_case_form():
    """*od Tuska*, *от Путина*: after a preposition a woman's name in -a takes another
    ending (*od Kowalskiej*, *от Путиной*), so a lone word in -a there is a man's
    genitive or accusative, and joins the man the other side names."""
    rows = [
        (0, ["Das sagte Donald Tusk."], ["Powiedział to Donald Tusk."]),
        (1, ["Tusk dankte ihm."], ["Podziękowania od Tuska."]),
    ]
    entries = [e for e in build_entries(rows, "de", "pl") if e.type == "person"]
    assert [(e.canonical, sorted({v.form for v in e.variants})) for e in entries] == [
        ("Donald Tusk", ["Tusk", "Tuska"])
    ]
    found = [(m.lemma, m.gender) for m in find_names("Podziękowania od Tuska.", "pl")]
    assert found == [("Tusk", "m")]


def test_a_word_before_an_apposition_with_a_noun_of_a_person_is_a_person():
    """*Brown, a former Google engineer, …*, *Braun, ein früherer Google-Ingenieur, …*:
    the apposition names what the word before it is, a person, whatever colour the word
    spells; a firm, a place or a noun stays one (*Google, the search giant*; *Gold, ein
    Edelmetall*; *Sondermodellen, ein …*)."""
    assert _persons("Brown, a former Google engineer, called it impressive.", "en") == [
        ("Brown", "Brown")
    ]
    assert _persons("Braun, ein früherer Google-Ingenieur, nannte es gut.") == [("Braun", "Braun")]
    assert _persons("Paris, the capital, is big.", "en") == []
    assert _persons("Gold, ein Edelmetall, ist teuer.") == []


def test_a_russian_family_of_men_and_women_keeps_each_name_as_written():
    """*Лев Толстой* beside his wife *Софья Толстая*: the man's surname is the
    nominative the text writes, not a woman's case form (*Толста*) her name makes
    known; *Софье Берс* is cited *Софья* (a name in -ья in the dative); *Дочь
    Толстого Александра* is no name *Толстого Александра* (a noun of women takes no
    man's genitive in apposition); *der Tolstois* names a family, and does not stop
    *Tolstoi* alone from being the person."""
    de = [
        "Lew Tolstoi heiratete 1862 Sofja Behrs.",
        "Sofja Tolstaja schrieb seine Manuskripte ab.",
        "Tolstois Tochter Alexandra begleitete ihn.",
        "Über die Ehe der Tolstois schrieb Pawel Bassinski.",
        "Auch Anna Achmatowa verehrte Tolstoi.",
    ]
    ru = [
        "Лев Толстой женился в 1862 году на Софье Берс.",
        "Софья Толстая переписывала его рукописи.",
        "Дочь Толстого Александра сопровождала его.",
        "О браке Толстых написал Павел Басинский.",
        "Толстого почитала и Анна Ахматова.",
    ]
    rows = [(n, [a], [b]) for n, (a, b) in enumerate(zip(de, ru, strict=True))]
    people = {e.canonical for e in build_entries(rows, "de", "ru") if e.type == "person"}
    assert {"Лев Толстой", "Софья Толстая", "Софья Берс", "Павел Басинский"} <= people
    assert not any(p in people for p in ("Лев Толста", "Софье Берс", "Толстого Александра"))
    mentions = text_mentions(" ".join(de), "de")
    assert [m.surface for m in mentions if m.surname.startswith("Tolstoi")][-1] == "Tolstoi"


def test_a_polish_family_of_men_and_women_keeps_each_person_apart_and_as_written():
    """*Lech Wałęsa* and *Danuta Wałęsa*, *Lech Kaczyński* and *Marta Kaczyńska*: the
    German text keeps Polish *ł*, which its key reads as *l*, so each person's two
    sides meet; a man's *Kaczyński* after his given name stays as written, never a
    woman's case form her name makes known (*Kaczyńsko*); the plural *Kaczyńscy* is
    cited in the singular."""
    de = [
        "Lech Wałęsa und seine Frau Danuta Wałęsa feierten in Danzig.",
        "Ihr Sohn Jarosław Wałęsa sitzt im Parlament.",
        "Die Zwillinge Lech und Jarosław Kaczyński prägten die Politik.",
        "Lech Kaczyński kam 2010 ums Leben.",
        "Seine Tochter Marta Kaczyńska ist Publizistin.",
    ]
    pl = [
        "Lech Wałęsa i jego żona Danuta Wałęsa świętowali w Gdańsku.",
        "Ich syn Jarosław Wałęsa zasiada w parlamencie.",
        "Bliźniacy Lech i Jarosław Kaczyńscy ukształtowali politykę.",
        "Lech Kaczyński zginął w 2010 roku.",
        "Jego córka Marta Kaczyńska jest publicystką.",
    ]
    rows = [(n, [a], [b]) for n, (a, b) in enumerate(zip(de, pl, strict=True))]
    people = _languages_by_person(rows, "de", "pl")
    assert people == {
        name: {"de", "pl"}
        for name in (
            "Lech Wałęsa",
            "Danuta Wałęsa",
            "Jarosław Wałęsa",
            "Jarosław Kaczyński",
            "Lech Kaczyński",
            "Marta Kaczyńska",
        )
    }


def test_brothers_named_in_one_bead_stay_two_people():
    """*Die Brüder Witali und Wladimir Klitschko* beside *Брати Віталій і Володимир
    Кличко*: one bead gives two given names of one surname on a side, so each given name
    of the other side goes with the one it is like, and the brothers never become one
    entry."""
    rows = [
        (
            0,
            ["Die Brüder Witali und Wladimir Klitschko boxten."],
            ["Брати Віталій і Володимир Кличко боксували."],
        ),
        (1, ["Witali Klitschko ist Bürgermeister."], ["Віталій Кличко — мер."]),
        (2, ["Wladimir Klitschko unterstützt die Armee."], ["Володимир Кличко підтримує армію."]),
    ]
    people = _languages_by_person(rows, "de", "uk")
    assert people["Віталій Кличко"] == {"de", "uk"}
    assert people["Володимир Кличко"] == {"de", "uk"}


def test_a_father_and_a_son_told_apart_by_their_initials():
    """*George H. W. Bush* and his son *George W. Bush* share a first given name and
    differ in the initials after it: two entries; *John F. Kennedy* and *John Kennedy*,
    one set of initials only, stay one person."""
    rows = [
        (
            0,
            ["George H. W. Bush war Präsident, sein Sohn George W. Bush ebenfalls."],
            ["George H. W. Bush was President, and so was his son George W. Bush."],
        ),
    ]
    people = _languages_by_person(rows, "de", "en")
    assert people == {"George H. W. Bush": {"de", "en"}, "George W. Bush": {"de", "en"}}
    entries = text_entries("John F. Kennedy sprach. Später sagte John Kennedy etwas.", "de")
    assert [e.canonical for e in entries if e.type == "person"] == ["John F. Kennedy"]


def test_a_surname_joins_a_word_german_reads_only_by_its_parts():
    """*Merz und Klingbeil einigten sich*: a family name that is no noun beside a word no
    dictionary has as written (*Kling|beil*) before a plural verb: two persons, either
    order; nouns joined so stay nouns (*Bund und Länder*)."""
    assert _persons("Merz und Klingbeil einigten sich in der Nacht.") == [
        ("Merz", "Merz"),
        ("Klingbeil", "Klingbeil"),
    ]
    assert [s for s, _ in _persons("Klingbeil und Merz einigten sich.")] == ["Klingbeil", "Merz"]
    assert _persons("Bund und Länder einigten sich.") == []


def test_a_frequent_noun_the_document_writes_as_a_surname_is_the_person_bare():
    """*Gerhart Baum* … *Baum gehörte der FDP an*: a noun too frequent to start a name
    on its own is the person's surname where the document names him so and it stands
    bare before a singular verb; with an article it stays the noun."""
    text = "Gestorben ist der Bundesminister Gerhart Baum. Baum gehörte der FDP an."
    found = [m.surface for m in text_mentions(text, "de") if m.kind == "person"]
    assert found == ["Gerhart Baum", "Baum"]
    known = {m.key for m in text_mentions(text, "de")}
    assert (
        _persons("Der Baum fiel um.")
        == []
        == [m for m in find_names("Der Baum fiel um.", "de", known) if m.kind == "person"]
    )


def test_a_family_name_that_is_a_noun_of_a_person_bare_after_a_preposition():
    """*die Leistung von Müller*, *ein Interview mit Müller*: the noun of a person in the
    singular would need an article after the preposition, so the bare word is the
    surname; after *als* it is the noun (*arbeitet als Koch*)."""
    assert _persons("Die starke Leistung von Müller überzeugte.") == [("Müller", "Müller")]
    assert _persons("Ein Interview mit Müller erschien gestern.") == [("Müller", "Müller")]
    assert _persons("Er arbeitet als Koch in Berlin.") == []


def test_dutch_particles_ter_and_ten_begin_a_surname_after_a_given_name():
    """*Marc-André ter Stegen*, *Erik ten Hag*: as *van*, the particle joins the surname
    after a given name, though the word after it is a common noun too (*Stegen*)."""
    assert _persons("Marc-André ter Stegen hielt stark.") == [("Marc-André ter Stegen", "Stegen")]
    found = [m.surface for m in find_names("Erik ten Hag spoke.", "en") if m.kind == "person"]
    assert found == ["Erik ten Hag"]


def test_a_dutch_particle_begins_a_surname_with_no_given_name():
    """*Trainer van Gaal*, *ter Stegen* (*Stegen* a town too), *van der Sar*: the particle
    belongs to the mention, as *von der* does (given ``van``); *de* does not lead so
    (*de la Côte* is a French thing's name)."""
    found = find_names("Trainer van Gaal lobte die Mannschaft.", "de")
    assert [(m.surface, m.given, m.surname) for m in found] == [("van Gaal", "van", "Gaal")]
    assert _persons("Im Tor stand erneut ter Stegen, der stark hielt.") == [
        ("ter Stegen", "Stegen")
    ]
    assert _persons("Im Tor stand van der Sar.") == [("van der Sar", "Sar")]
    assert _persons("Er fuhr an die Strände de la Côte.") == []


def test_a_common_noun_after_a_middle_initial_is_the_surname():
    """*Dan J. Bernstein ist …*: after a given name and its middle initial the next
    capitalised word is the surname, a common noun or compound too; not after a word
    that is no given name (*Variante B. Zeitungen berichteten*)."""
    text = "Weitere Programme von Dan J. Bernstein sind enthalten."
    assert _persons(text) == [("Dan J. Bernstein", "Bernstein")]
    text = "Autoren sind Susan G. Kleinmann und Sven Rudolph."
    assert _persons(text) == [("Susan G. Kleinmann", "Kleinmann"), ("Sven Rudolph", "Rudolph")]
    assert _persons("In der Variante B. Zeitungen berichteten davon.") == []
