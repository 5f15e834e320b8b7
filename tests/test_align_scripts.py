"""Cognates across Latin and Cyrillic script count as evidence for such a pair of texts only."""

from __future__ import annotations

from aligner.align import align, anchors, scripts
from aligner.align.features import anchor_features


def test_international_words_share_a_sound_prefix_across_scripts():
    for latin, cyrillic in [
        ("Plattform", "платформы"),
        ("Funktion", "функция"),
        ("Archiv", "архив"),
        ("Zertifikat", "сертификат"),
        ("Kommando", "команда"),
        ("Technik", "техніка"),
    ]:
        assert scripts.sound_prefix(anchors.fold(latin.lower())) == scripts.sound_prefix(
            anchors.fold(cyrillic)
        ), latin
    assert scripts.sound_prefix("Datei") != scripts.sound_prefix("файл")
    assert scripts.sound_prefix("und") is None  # too short to say anything


def test_only_a_pair_of_texts_in_two_scripts_gets_them():
    german, russian = ["Die Plattform wird nicht unterstützt."], ["Платформа не поддерживается."]
    fs, ft = anchor_features(german, russian, set(anchors.FAMILIES), None, "de", "ru")
    assert anchors.SOUND + "plat" in fs[0] & ft[0]
    french = ["La plateforme n'est pas prise en charge."]
    fs, ft = anchor_features(german, french, set(anchors.FAMILIES), None, "de", "fr")
    assert not any(f.startswith(anchors.SOUND) for f in fs[0] | ft[0])
    assert scripts.across(german, russian) and not scripts.across(german, french)


# messages with no word in common but their international ones; the Russian
# side has a line more, whose length fits the German certificate message
# better than its own translation does
GERMAN = [
    "Die Funktion ist auf dieser Plattform nicht verfügbar.",
    "Der Parameter muss eine positive Zahl sein.",
    "Das Zertifikat ist abgelaufen.",
    "Die Information über den Benutzer fehlt.",
    "Das Kommando wurde abgebrochen.",
    "Das Protokoll enthält keine Einträge.",
    "Die Technik dahinter ist noch neu.",
]
RUSSIAN = [
    "Функция недоступна на этой платформе.",
    "Параметр должен быть положительным числом.",
    "Диск заполнен до самого края.",
    "Сертификат просрочен.",
    "Информация о пользователе отсутствует.",
    "Команда была прервана.",
    "Протокол не содержит записей.",
    "Техника за этим ещё новая.",
]


def test_international_words_pair_a_message_with_its_translation_not_its_neighbour():
    result = align(GERMAN, RUSSIAN, src_lang="de", tgt_lang="ru", progress=False)
    beads = [(list(b.src), list(b.tgt)) for b in result.beads]
    # by lengths alone the certificate message took the line that has no
    # counterpart and left its translation unpaired
    assert ([2], [2]) not in beads and ([], [3]) not in beads
    assert any(2 in s and 3 in t for s, t in beads)
    assert all(([k], [k + 1]) in beads for k in range(3, 7))
