"""East Slavic surnames in a case read back to their nominative: in the case of the
given name before them (*Эммануэля Макрона*, *Григория Сковороды*), or in the dative
after a given name that shows no case (*Гарри Кейну*). A surname the lists have as
written and not its stem does not decline (*Шойгу*, *Саакашвили*)."""

from __future__ import annotations

from dataclasses import replace

from glossary.dictnames import is_person_form
from glossary.givenform import _RU_INDECLINABLE
from glossary.inflect import RU_SOFT_AFTER
from glossary.key import key
from glossary.mention import Mention
from glossary.namelists import given_gender, is_family_name
from glossary.shapes import _CYRILLIC_ADJECTIVE, _EAST_SLAVIC, ends_like_surname

#: Cyrillic vowel letters: a stem's last letter before a dative -ю decides its soft sign.
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєў")


def mans_dative(word: str, lang: str, forms: list[str]) -> str | None:
    """The nominative of an East Slavic man's surname in the dative (*Гарри Кейну*: Кейн,
    *Грегору Кобелю*: Кобель): a man's surname in a consonant takes -у / -ю, and few end
    so in the nominative. A stem the lists have wins (*Трампу*: Трамп); else a listed
    name in -а / -я whose accusative the word is (*на Юрку*: Юрка) or a listed name as
    written (*Шойгу*) leaves the word to the other rules."""
    low = word.lower()
    if lang not in _EAST_SLAVIC or len(low) < 4 or low[-1] not in "ую":
        return None
    if low.endswith(("ою", "ею", "єю")):
        return None  # Робертом Прахазкою: the instrumental of a name in -а
    if low.endswith(("ому", "ему")):
        return None  # Алексею Навальному: an adjective's dative, read as one
    soft = "й" if low[-2] in _CYRILLIC_VOWELS else "ь"
    stems = [
        form
        for form in forms[1:]
        if len(form) == len(word) - 1
        and form.lower()[-1] not in _CYRILLIC_VOWELS
        and low[-1] == "у"
        or len(form) == len(word)
        and form.lower()[-1] == soft
    ]
    if not stems:
        return None
    if is_person_form(stems[0], lang):
        return stems[0]
    feminine = [f for f in forms if f.lower()[-1] in "ая"]
    if any(is_person_form(f, lang) or given_gender(f, lang) for f in feminine):
        return None
    return None if is_person_form(word, lang) else stems[0]  # Шойгу: listed, no Шойг


#: A man's given name in the genitive: a consonant stem's -а / -я, an -а stem's -ы / -и
#: (Ukrainian and Belarusian -і too).
_EAST_GENITIVE = ("а", "я", "ы", "и", "і")
#: East Slavic case endings of a man's given name and of a surname in a consonant, per
#: case, hard and soft: the instrumental, genitive and dative.
_EAST_CASES = (("ом", "ем", "ём", "єм"), ("а", "я"), ("у", "ю"))


def east_agreeing(given: str, word: str, lang: str) -> tuple[str, str] | None:
    """A man's surname in a consonant in the case of his given name (Емманюелем
    Макроном, Эммануэля Макрона: Макрон); surnames in -ов, -ин, -ский decline as their
    own shapes say and are left to :func:`glossary.shapes.declined_lemma`. Beside a
    man's given name in the instrumental, -ском is no adjective's (that would be -ским),
    and in the genitive -ска no woman's surname (Дональдом Туском, Дональда Туска:
    Туск)."""
    low = word.lower()
    adjective = _CYRILLIC_ADJECTIVE.search(low) and not (
        low.endswith("ом") and given.endswith(_EAST_CASES[0])
    )
    # Russian leaves -ко undeclined (Кличко), so its -ка after a genitive is a stem's in
    # -к (Макса Планка: Планк), as Polish -ska is (Туска)
    ka = ("ка",) if lang == "ru" else ("ска", "цка", "зка")
    shaped = ends_like_surname(word) and not (low.endswith(ka) and given.endswith(_EAST_CASES[1]))
    if shaped or adjective or low.endswith(("ым", "ому", "ему")):
        return None  # Навальным, Навальному: an adjective's cases, read as one
    hard = "и" if lang == "uk" else "ы"
    if given.endswith(_EAST_GENITIVE) and low.endswith(hard) and len(low) > 4:
        # Григория Сковороды, Григорія Сковороди: a man's surname in -а in the genitive;
        # not -и / -і, the end of many a surname that does not decline (Саакашвили)
        stem = word[:-1] + "а"
        if not _listed_not_stem(word, stem, lang):
            return stem, key(stem, lang)
    cases = _EAST_CASES
    if given.endswith(("ы", "и", "і")) and low.endswith(("а", "я")):
        cases = (_EAST_CASES[1],)  # Ильи Гинцбурга: Илья's genitive, a consonant's -а
    for endings in cases:
        if given.endswith(endings) or cases is not _EAST_CASES:
            *first, last = word.split("-")
            stem = _east_stem(last, endings, lang)
            if stem is None:
                return None
            # every part of a double name declines (Диасом-Канелем: Диас-Канель)
            stem = "-".join([*(_east_stem(p, endings, lang) or p for p in first), stem])
            if _listed_not_stem(word, stem, lang):
                return word, key(word, lang)  # Сергею Шойгу: Шойгу declines not
            return stem, key(stem, lang)
    return None


def east_womans_agreeing(given: str, word: str, lang: str) -> tuple[str, str] | None:
    """A woman's surname that is a noun in -а in the genitive of her given name (*Лесі
    Українки*, *Ганни Кулеби*: Українка, Кулеба): her -ы, -и, -і, read back to -а; an
    adjective's and an undeclined surname's own ending stay (*Ахматовой*, *Костенко*)."""
    ending = word[-1:].lower()
    if len(word) < 5 or ending not in "ыиі" or not given.endswith(("ы", "и", "і")):
        return None
    stem = word[:-1] + "а"
    return None if _listed_not_stem(word, stem, lang) else (stem, key(stem, lang))


def _listed_not_stem(word: str, stem: str, lang: str) -> bool:
    """The lists have ``word`` as a surname's form and not ``stem``: an indeclinable
    surname that merely ends like a case (*Шойгу*), not *Трампу* beside *Трамп*."""
    return is_person_form(word, lang) and not is_person_form(stem, lang)


def _east_stem(word: str, endings: tuple[str, ...], lang: str) -> str | None:
    """``word`` without the first of ``endings`` it has, None without one: a Russian
    soft stem gets its soft sign or -й back (Канелем, Борреля, Миллея: Канель, Боррель,
    Миллей), a Ukrainian -енк its -о (Тарасом Шевченком: Шевченко)."""
    cut = next((e for e in endings if word.lower().endswith(e)), None)
    if not cut or len(word) - len(cut) < 3:
        return None
    stem = word[: -len(cut)]
    if lang == "uk" and stem.lower().endswith("енк"):
        return stem + "о"
    if lang != "ru" or cut not in ("ем", "я", "ю"):
        return stem
    if stem[-1].lower() in RU_SOFT_AFTER:
        return stem + "ь"
    return stem + "й" if stem[-1].lower() in "аеиоуыэюя" else stem  # Миллея: Миллей


def genitive_stem(m: Mention, lang: str) -> str | None:
    """The consonant stem a man's surname in -а may be the genitive or accusative of,
    after a given name that shows no case (*Гарри Кейна*, *Ландо Норриса*: Кейн,
    Норрис), None otherwise. Men's surnames in -а exist too (*Диего Коста*), so the
    stem is only a reading: the text decides (:func:`confirmed_stems`)."""
    word = m.surname
    given = [w.rstrip(".") for w in m.given.split()]  # И. И. Иванова: initials as read
    if lang not in _EAST_SLAVIC or m.kind != "person" or not m.full or m.gender == "f":
        return None
    if not given or not _RU_INDECLINABLE.search(given[-1].lower()) or len(word) < 4:
        return None  # Гарри, Ландо, Хосе: a given name that takes no case endings
    low = word.lower()
    if low[-1] != "а" or low[-2] in _CYRILLIC_VOWELS or low[-2] in "йь":
        return None
    return word[:-1] if m.lemma in (word, word[:-1]) else None


def confirmed_stems(mentions: list[Mention], lang: str) -> list[Mention]:
    """``mentions`` with each man's surname in -а read as its stem where the text also
    writes the stem as a person's name (*Гарри Кейна … Кейн забил*) or the family list
    has the stem's Latin spelling and not the word's (*Ландо Норриса*: Norris), and as
    written otherwise (*Диего Коста*), whatever key the stem shares."""
    readings = [genitive_stem(m, lang) for m in mentions]
    stems = {
        m.lemma
        for m, r in zip(mentions, readings, strict=True)
        if r is None and m.kind in ("person", "")
    }
    out = []
    for m, stem in zip(mentions, readings, strict=True):
        if stem is not None:
            lemma = stem if stem in stems or _listed_stem(stem, m.surname, lang) else m.surname
            m = replace(m, lemma=lemma, key=key(lemma, lang))
        out.append(m)
    return out


def _listed_stem(stem: str, word: str, lang: str) -> bool:
    """The family list has the stem's English spelling and not the word's (Norris, not
    Norrisa; Silva stays Сильва)."""
    from glossary.translit import to_latin

    latin = to_latin(stem, "en", src=lang)
    return is_family_name(latin) and not is_family_name(to_latin(word, "en", src=lang))
