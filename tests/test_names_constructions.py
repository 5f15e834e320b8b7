"""German constructions around names met in news and history: the noun a genitive
belongs to, a nationality noun before a name, and one given name spelt alike in two
languages whose rules key it apart."""

from __future__ import annotations

from glossary.build import build_entries
from glossary.detect import find_names
from glossary.wordclass import role_before


def _persons(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [(m.surface, m.lemma) for m in find_names(text, lang) if m.kind == "person"]


def test_the_noun_after_a_genitive_is_no_given_name():
    """*Goethes Roman*, *Merkels Roman*: a German noun that lists give as a given name
    too (*Roman*) is the noun of the genitive before it; after a given name in its
    nominative that ends in -s it is still a surname (*Thomas Roman*)."""
    assert _persons("Er las Goethes Roman in Weimar.") == [("Goethes", "Goethe")]
    assert _persons("Er las Merkels Roman in Weimar.") == [("Merkels", "Merkel")]
    assert _persons("Goethes Roman spielt in Weimar.") == []
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
