"""Words of a program's manual in Russian that name no person: the labels it
capitalises inside a sentence (the GIMP manual, names_guides.py), in sentences
modelled on the manual's."""

from __future__ import annotations

from name_helpers import persons


def test_a_capitalised_plural_genitive_inside_a_sentence_is_no_surname():
    """*для всех Инструментов выделения*: a plural genitive no list of surnames has is
    no person inside a sentence either; one the lists have stays one."""
    assert persons("Это общие клавиши для всех Инструментов выделения.", "ru") == []
    assert persons("Вчера с ним долго говорил Пирогов.", "ru") == ["Пирогов"]


def test_words_joined_to_a_capitalised_common_word_are_labels():
    """*Ширину и Высоту*: a word joined to a capitalised word of the language that no
    list has as a name is a label too, though a dictionary reads *Ширину* as a form of
    the man's name *Ширин*; two given names joined stay persons."""
    assert persons("Вы можете указать Ширину и Высоту нового изображения.", "ru") == []
    assert persons("Здесь настраиваются Ширина и Высота нового изображения.", "ru") == []
    assert persons("Вчера пришли Вера и Надежда.", "ru") == ["Вера", "Надежда"]


def test_a_labels_plural_genitive_on_its_own_line_is_no_surname():
    text = "Чем выше значение, тем больше точек.\n\nПовторов\n\nЭто число применений фильтра."
    assert persons(text, "ru") == []
    assert persons("Действующие лица:\n\nИзотов\n\nПетрова", "ru") == ["Изотов", "Петрова"]


def test_words_a_list_joins_with_libo_are_labels_not_speakers():
    text = "Укажите Ориентацию направляющей, либо Горизонтальную, либо Вертикальную, из списка."
    assert persons(text, "ru") == []
    assert persons("Вчера пришли Вера либо Надежда.", "ru") == ["Вера", "Надежда"]
