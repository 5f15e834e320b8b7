"""A word a Russian, Ukrainian or Belarusian translation keeps in Latin letters names a
thing on both sides of a project (glossary.keptlatin)."""

from __future__ import annotations

from glossary.build import build_entries
from glossary.keptlatin import kept_latin_keys
from glossary.key import key


def _forms(beads, src="de", tgt="ru") -> set[str]:
    return {v.form for e in build_entries(beads, src, tgt) for v in e.variants}


def test_a_word_the_translation_keeps_in_latin_letters_is_no_person():
    beads = [
        (0, ["Debian ist eine Organisation von Freiwilligen."], ["Debian — это организация."]),
        (1, ["Wir danken Debian für die Hilfe."], ["Мы благодарим Debian за помощь."]),
        (2, ["Weimer widersprach sofort."], ["Ваймер сразу возразил."]),
    ]
    forms = _forms(beads)
    assert "Debian" not in forms and {"Weimer", "Ваймер"} <= forms
    # the other way round, and beside Ukrainian
    assert "Debian" not in _forms([(b[0], b[2], b[1]) for b in beads], "ru", "de")
    ukrainian = [(0, ["Wir danken Debian für die Hilfe."], ["Ми дякуємо Debian за допомогу."])]
    assert "Debian" not in _forms(ukrainian, "de", "uk")


def test_a_name_the_translation_writes_in_cyrillic_somewhere_stays_a_person():
    beads = [
        (0, ["Linus Torvalds schrieb ihn."], ["Линус Торвальдс (Linus Torvalds) написал его."]),
        (1, ["Später sagte Torvalds nein."], ["Позже Torvalds сказал нет."]),
    ]
    assert {"Torvalds", "Торвальдс"} <= _forms(beads)


def _lone_in(beads, at: int, src="de", tgt="ru") -> set[str]:
    """The forms of the persons found in bead ``at``."""
    from glossary.build import side_mentions

    found = side_mentions(beads, src, tgt)
    return {m.surface for pos, _side, m in found if pos == at and m.kind == "person"}


def test_a_name_written_in_cyrillic_or_after_a_given_name_elsewhere_stays_a_person():
    beads = [
        (0, ["Garbee gründete das Projekt."], ["Проект основал Гарби."]),
        (1, ["Später verließ Garbee es."], ["Позже Garbee его покинул."]),
        (2, ["Das schrieb Sam Hocevar."], ["Это написал Сэм."]),
        (3, ["Darauf antwortete Hocevar."], ["На это ответил Hocevar."]),
    ]
    assert "Garbee" in _lone_in(beads, 1) and "Hocevar" in _lone_in(beads, 3)
    pairs = [(ru, de) for _n, (de,), (ru,) in beads]
    assert not kept_latin_keys(pairs[:2], "ru", "de")
    assert kept_latin_keys(pairs[2:], "ru", "de")  # Hocevar, but for the German full name
    assert not kept_latin_keys(pairs[2:], "ru", "de", {key("Hocevar", "de")})


def test_a_full_name_kept_in_latin_letters_stays_a_person():
    beads = [
        (0, ["Bdale Garbee leitete das Projekt."], ["Проект возглавлял Bdale Garbee."]),
        (1, ["Danach sprach Garbee lange."], ["Потом Garbee говорил долго."]),
    ]
    assert "Garbee" in _forms(beads)
    initial = [("написанном Thomas E. Dickey", "von Thomas E. Dickey"), ("Dickey", "Dickey")]
    assert not kept_latin_keys(initial, "ru", "de")


def test_only_a_lone_latin_word_beside_the_same_word_is_kept():
    pairs = [
        ("Мы благодарим Debian и Debian Social Contract.", "Wir danken Debian."),
        ("Установите Mandriva или Exim4.", "Installieren Sie Mandriva oder Exim4."),
        ("Её звали Jessie.", "Sie hieß Jessie."),  # a listed given name
        ("Запустите Kmail.", "Starten Sie Evolution."),  # not on the other side
    ]
    keys = kept_latin_keys(pairs, "ru", "de")
    assert {key("Debian", "de"), key("Mandriva", "de"), key("Mandriva", "ru")} <= keys
    assert not keys & {key("Jessie", "de"), key("Kmail", "de"), key("Evolution", "de")}
    assert not kept_latin_keys([(b, a) for a, b in pairs], "de", "ru")  # no East Slavic side
    assert not kept_latin_keys(pairs, "ru", "uk")
