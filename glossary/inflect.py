"""Case endings of names: strip them to find the citation form, or generate them.

``lemmas`` proposes citation forms for a word seen in running text (the word
itself first); the caller keeps the one whose key matches a known name, so
stripping may over-generate. ``forms`` produces the inflected forms a glossary
lists as variants for CAT tools that match only what is typed in. Hungarian's
endings are in :mod:`glossary.hungariancases`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.hungariancases import _hu_lemmas

#: Polish writes a case ending after an apostrophe where the nominative ends in a letter
#: it does not pronounce (Jerome'a, Dumbledore'owi, Joyce'em): the nominative before it.
_PL_APOSTROPHE = re.compile(r"['’](?:a|owi|em|u|e|om|ów|ach|ami)$")
# Polish / Czech: ending -> replacements giving a possible nominative.
_PL_STRIP = [
    # the plural of a men's family name in -ski, -cki, -dzki (Lech i Jarosław Kaczyńscy)
    ("dzcy", ["dzki"]),
    ("scy", ["ski"]),
    ("ccy", ["cki"]),
    ("iego", ["i"]),
    ("iemu", ["i"]),
    ("lego", ["li"]),  # Polish writes -li, never -ly: Iwaniszwilego, Iwaniszwili
    ("lemu", ["li"]),
    ("ego", ["y", "e", ""]),  # a name in -e declines as an adjective: Kobachidzego, Lindego
    ("emu", ["y", "e", ""]),
    ("owi", [""]),
    ("ej", ["a"]),
    ("im", ["i"]),
    ("ym", ["y"]),
    ("iem", [""]),  # after k and g: Mińskiem, Bugiem
    ("em", [""]),
    ("ie", [""]),
    ("ce", ["ka", "ko"]),
    ("ą", ["a", "o"]),
    ("ę", ["a", "o"]),
    ("i", ["a", "o", ""]),
    ("y", ["a", ""]),
    ("a", ["", "o"]),
    ("u", [""]),
]
_CS_STRIP = [
    ("ovou", ["ová"]),
    ("ii", ["ie"]),
    ("ií", ["ie"]),
    ("ové", ["ová"]),
    ("ovi", ["", "o", "a"]),
    ("eho", ["e"]),  # a foreign name in a spoken -e: Goethe, Goetheho, Goethemu
    ("emu", ["e"]),
    ("em", ["", "o"]),
    ("ého", ["ý"]),
    ("ému", ["ý"]),
    ("ým", ["ý"]),
    ("ou", ["á", "a"]),
    ("ě", ["a", ""]),
    ("e", ["a", ""]),
    ("u", ["a", "", "o"]),
    ("y", ["a"]),
    ("a", ["", "o"]),
]
#: A foreign given name whose last letter is a silent e declines on the stem before it
#: in Czech (Jerome: Jeroma, Jeromovi, Jeromem): the e back, for the list to confirm.
_CS_SILENT_E = [("ovi", ["e"]), ("em", ["e"]), ("a", ["e"]), ("u", ["e"])]
#: A foreign given name in -y declines as an adjective in Czech (Harry: Harryho, Harrymu,
#: Harrym), and so do a Czech one in -í (Jiří: Jiřího) and a foreign surname in -i, -y
#: (Piastri, Verdi, Kennedy: Piastriho, Verdimu, Kennedyho).
_CS_GIVEN_Y = [(f"{v}{case}", [v]) for v in ("y", "í", "i") for case in ("ho", "mu", "m")]
_RU_STRIP = [
    ("ого", ["ий", "ой", "ый"]),
    ("ому", ["ий", "ой", "ый"]),
    ("ой", ["а", "ая"]),
    ("ую", ["ая"]),
    ("ым", ["", "ый"]),
    ("им", ["ий"]),
    ("ом", [""]),
    ("ем", [""]),
    ("у", ["", "а"]),
    ("ою", ["а"]),  # Ukrainian instrumental (Миколою, Ковальовою)
    ("єю", ["я"]),
    ("ю", ["я", "й", "ь"]),
    ("а", [""]),
    ("е", ["", "а"]),
    ("ы", ["а"]),
    ("и", ["а", "я", "ь"]),
]

#: A Russian -и after a consonant that may take -ы: the case of a name in -я or -ь
#: (Тани, Любови), never of one in -а, which takes -ы there (Анны); -ги, -ки, -ши
#: stay (Ольги: Ольга).
_RU_HARD_I = re.compile(r"[бвдзлмнпрстфц]и$")
#: Ukrainian endings Russian lacks: a man's dative in -ові (Шевчукові, Іванові), and the
#: soft -р of Бондар, Пономар, Гончар in the genitive, dative and instrumental (Бондаря).
_UK_STRIP = [("ові", [""]), ("ря", ["р"]), ("рю", ["р"]), ("рем", ["р"])]
#: A Ukrainian woman's surname in -ська, -цька in the genitive, dative and locative
#: (Крушельницької, Крушельницькій), which Russian writes -ой; other adjectives in -ої
#: (вулиці Замкової) are no surnames' forms.
_UK_FEMININE = [("ької", ["ька"]), ("ькій", ["ька"])]
#: The Belarusian -скай, -цкай of the same cases (Васілеўскай: Васілеўская).
_BE_FEMININE = [("скай", ["ская"]), ("цкай", ["цкая"])]
#: Ukrainian men's given names in -о (Петро, Дмитро, Павло) decline as a noun of the
#: hard masculine stem: Петра, Петрові, Петру, Петром; read before the Russian endings,
#: which would give the Russian Петр.
_UK_GIVEN_STRIP = [("ові", ["о"]), ("ом", ["о"]), ("а", ["о"]), ("у", ["о"])]
#: Names in -а and -я end in -і in Ukrainian's dative and locative (Оксані) and genitive
#: (Марії) and in Belarusian's genitive (Вольгі, Настассі, Мірашнічэнкі).
_I_STRIP = [("і", ["а", "я", "ь"])]
#: Belarusian men's instrumental in -ам where Russian writes -ом (з Лукашэнкам, з
#: Навумчыкам): a stem in -а or a consonant.
_BE_STRIP = [("ам", ["а", ""])]
#: A Belarusian man's adjectival surname's genitive or accusative and dative, with the a
#: that Belarusian writes for an unstressed o (Сырскага, Каліноўскаму; Russian -ого, -ому).
_BE_ADJECTIVAL = ("ага", "аму")
#: Consonants after which a Russian -ем, -я, -ю ends a soft stem in -ь (after ж ш щ ч ц
#: an -ем is hard too: Шольцем, Шольц).
RU_SOFT_AFTER = "бвгдзклмнпрстфх"
#: A Russian soft masculine stem's instrumental, genitive or dative right after a consonant
#: (Мигелем, Борреля, Паскалю: Мигель, Боррель, Паскаль): a hard stem takes -ом, -а, -у.
RU_SOFT_CASE = re.compile(rf"(?<=[{RU_SOFT_AFTER}])(?:ем|я|ю)$")
#: A soft stem's locative (в Брюсселе, о Паскале: Брюссель, Паскаль), read after the
#: hard stems' readings of -е, which come first.
_RU_SOFT_LOCATIVE = [(f"{c}е", [f"{c}ь"]) for c in RU_SOFT_AFTER]
#: Ukrainian surnames in -енко decline as a man's (Порошенка, Ющенкові, Шевченком);
#: Russian leaves them undeclined, and Belarusian's nominative is -энка itself.
_UK_ENKO = re.compile(r"(?<=енк)(?:ові|ом|а|у)$")
#: The same cases of any other surname in -ко (Кличко, Бойко, Франко: Кличка, Бойкові);
#: not after у, ю, where -ука is the genitive of the -ук of Вакарчук, Ковальчук.
_UK_KO = re.compile(r"(?<=[^еую]к)(?:ові|ом|а|у)$")

#: East Slavic given names in -й and -ия (Сергей, Дмитрий, Мария; Ukrainian Сергій,
#: Марія; Belarusian Дзмітрый) in their oblique cases, read before the endings above,
#: which would leave a stem no one is called (Сергеем: Серге, Дмитрием: Дмитри).
#: Given names only: as a surname's reading -ая would undo Тихановская.
_RU_GIVEN_STRIP = [
    ("ием", ["ий"]),
    ("ией", ["ия"]),
    ("еем", ["ей"]),
    ("аем", ["ай"]),
    ("ыем", ["ый"]),
    ("ієм", ["ій"]),
    ("ією", ["ія"]),
    ("ея", ["ей"]),
    ("ая", ["ай"]),
    ("ия", ["ий"]),
    ("ыя", ["ый"]),
    ("ія", ["ій"]),
    ("эя", ["эй"]),  # Belarusian: Андрэя, Андрэем, Андрэю: Андрэй
    ("эем", ["эй"]),
    ("эю", ["эй"]),
    ("ее", ["ей"]),
    ("ае", ["ай"]),
    ("ии", ["ия", "ий"]),
    ("ії", ["ія"]),
    # a name in -ья: Софье, Софьи, Софью, Софьей (Софья, Наталья, Дарья)
    ("ьей", ["ья"]),
    ("ье", ["ья"]),
    ("ьи", ["ья"]),
    ("ью", ["ья"]),
]
#: A woman's name in -я in the Russian instrumental (Таней, Соней); Ukrainian writes
#: -ею and Belarusian -яй, and there -ей is a man's nominative (Сяргей).
_RU_ONLY_GIVEN_STRIP = [("ей", ["я"]), ("ёй", ["я"])]

#: Letters a stem keeps once an ending is stripped; a given name, which the list confirms,
#: may be shorter (Ew|ę: Ewa).
_STEM, _GIVEN_STEM = 3, 2


def lemmas(word: str, lang: str) -> list[str]:
    """Possible citation forms of ``word`` (itself first), most likely first."""
    return list(_lemmas(word, lang, _STEM))


def given_case_lemmas(word: str, lang: str) -> list[str]:
    """The citation forms an East Slavic given name's own endings give (Сергея, Сяргея:
    Сергей, Сяргей; Марии: Мария), at the stem length of any other word: the forms
    :func:`lemmas` misses, without the short stems of :func:`given_lemmas`; in Czech,
    a foreign name's silent e (Jeroma: Jerome) and its -y (Harrymu: Harry); in Polish,
    the e a given name loses before -ł and after r (Pawłem: Paweł, Marka: Marek)."""
    if lang == "pl":
        return _mobile_e(_pl_lemmas(word, _STEM), "pl-given")
    if lang in ("cs", "sk"):
        return _replace_endings(word, _CS_SILENT_E + _CS_GIVEN_Y, _STEM)
    if lang == "ru":
        return _given_endings(word, lang, _STEM) + fleeting_vowel(word)
    return _given_endings(word, lang, _STEM) if lang in ("uk", "be") else []


def _given_endings(word: str, lang: str, stem: int) -> list[str]:
    """The East Slavic given names' own case endings undone (Сергея: Сергей)."""
    table = _RU_GIVEN_STRIP + (_RU_ONLY_GIVEN_STRIP if lang == "ru" else [])
    return _replace_endings(word, table, stem)


#: Case endings of a Russian man's given name in a consonant (Павла, Павлу, Павлом, Павле).
_RU_CONSONANT_CASES = ("ом", "а", "у", "е")
#: The consonants a fleeting e stands before in Russian given names (Павел, Лев).
_FLEETING_BEFORE = "лвр"


def fleeting_vowel(word: str) -> list[str]:
    """A Russian given name whose last syllable's e drops in its cases, read back: Павла
    (Павел), Льва, Львом (Лев, the soft sign standing for the e)."""
    low = word.lower()
    cut = next((e for e in _RU_CONSONANT_CASES if low.endswith(e)), None)
    if cut is None or len(word) - len(cut) < 3:
        return []
    stem = word[: -len(cut)]
    if stem[-1].lower() not in _FLEETING_BEFORE:
        return []
    if stem[-2].lower() == "ь":
        return [stem[:-2] + "е" + stem[-1]]  # Льва: Лев
    if stem[-2].lower() not in "аеёиоуыэюя":
        return [stem[:-1] + "е" + stem[-1]]  # Павла: Павел
    return []


def given_lemmas(word: str, lang: str) -> list[str]:
    """Possible citation forms of a given name (itself first), short stems included."""
    return list(_lemmas(word, lang, _GIVEN_STEM))


@lru_cache(maxsize=1 << 16)
def _lemmas(word: str, lang: str, stem: int) -> tuple[str, ...]:
    out = [word]
    if lang == "de":
        if word.endswith(("'", "’")):
            out.append(word[:-1])
        elif len(word) > 3 and word.endswith("s") and word[-2] not in "sxzß":
            if not (word[-2] == "u" and word[-3] in "aäeo"):  # Matthäus, Klaus, Reus
                out.append(word[:-1])
    elif lang in ("en", "fr"):
        for tail in ("'s", "’s"):
            if word.endswith(tail):
                out.append(word[: -len(tail)])
    elif lang == "hu":
        out += _hu_lemmas(word)
    elif lang == "pl":
        out += _mobile_e(_pl_lemmas(word, stem), "pl-given" if stem == _GIVEN_STEM else lang)
    elif lang in ("cs", "sk"):
        out += _mobile_e(_replace_endings(word, _CS_STRIP, stem), lang)
        if stem == _GIVEN_STEM:
            out += _replace_endings(word, _CS_SILENT_E, stem)
        out += _replace_endings(word, _CS_GIVEN_Y, stem)  # Harryho; Piastriho, Verdiho too
    elif lang in ("ru", "uk", "be"):
        if lang == "uk":
            if _UK_ENKO.search(word.lower()):  # the -енко itself counts as stem (Ющенка)
                out.append(word[: word.lower().rfind("енк") + 3] + "о")
            if stem == _GIVEN_STEM:
                out += _replace_endings(word, _UK_GIVEN_STRIP, stem)
            out += _replace_endings(word, _UK_STRIP, stem)
            out += _replace_endings(word, _UK_FEMININE, stem)
            if _UK_KO.search(word.lower()):  # Кличка, Бойка: Кличко, Бойко, after the rest
                out.append(word[: word.lower().rfind("к") + 1] + "о")
        if lang == "be":
            out += _replace_endings(word, _BE_STRIP, stem)
            out += _replace_endings(word, _BE_FEMININE, stem)
            if word.lower().endswith(_BE_ADJECTIVAL) and len(word) > 5:
                # Сырскага, Каліноўскаму: Сырскі, Каліноўскі (-кі, -гі, -хі; else -ы: Белага, Белы)
                out.append(word[:-3] + ("і" if word[-4].lower() in "кгх" else "ы"))
        if lang in ("uk", "be"):
            out += _replace_endings(word, _I_STRIP, stem)
        if lang == "ru" and (soft := RU_SOFT_CASE.search(word)) and soft.start() >= stem:
            out.append(word[: soft.start()] + "ь")
        elif stem == _GIVEN_STEM and (soft := RU_SOFT_CASE.search(word)) and soft.start() >= 3:
            # Василя, Ігоря, Васіля: a Ukrainian or Belarusian man's soft stem, with its
            # soft sign or without (Василь, Ігор); the lists say which is a name
            out += [word[: soft.start()] + "ь", word[: soft.start()]]
        if stem == _GIVEN_STEM:
            out += _given_endings(word, lang, stem)
        out += _replace_endings(word, _RU_STRIP, stem)
        out += _replace_endings(word, _RU_SOFT_LOCATIVE, stem) if lang == "ru" else []
        if lang == "ru" and _RU_HARD_I.search(word.lower()):
            out = [f for f in out if f != word[:-1] + "а"]  # Анни: no Анна, whose is Анны
        if lang == "ru" and stem == _GIVEN_STEM:
            out += fleeting_vowel(word)  # Павла, Льва: Павел, Лев, after the plain stem
        if lang == "ru" and word.lower().endswith(("его", "ему")) and len(word) > 5:
            out.append(word[:-3] + "ий")  # Непомнящего, Синему: a soft adjective's -ий
        if lang == "ru" and word.lower().endswith(("ого", "ому")) and len(word) > 4:
            # Russian spelling: -кий / -гий / -хий but -ный, -лый (Высоцкого, Навальному:
            # Высоцкий, Навальный; no Навальний, no Высоцкый)
            velar = word[-4].lower() in "гкхжшчщ"
            banned, hard = word[:-3] + ("ый" if velar else "ий"), word[:-3] + "ый"
            out = [f for f in out if f != banned]
            if hard in out:  # before a stressed -ой, which is a woman's case form too
                out.remove(hard)
                out.insert(next((i for i, f in enumerate(out) if f.endswith("ой")), 1), hard)
    seen: list[str] = [word]
    for form in out[1:]:
        if len(form) >= 2 and form not in seen:
            seen.append(form)
    return tuple(seen)


#: Polish locatives whose stem softens its last consonant (Frankfurcie, Bagdadzie,
#: Piotrze: Frankfurt, Bagdad, Piotr) or drops a nominative's -a (Europie, Malcie:
#: Europa, Malta); read after every other ending.
_PL_LOCATIVE = [
    ("cie", ["t", "ta"]),
    ("dzie", ["d", "da"]),
    ("rze", ["r", "ra"]),
    ("ie", ["a"]),
]


def _pl_lemmas(word: str, stem: int) -> list[str]:
    """Polish readings: -iem is the instrumental of a stem in k or g (Tuskiem: Tusk, not
    Tuski, whose instrumental is Tuskim), -iej the genitive of a feminine in -ka or -ga
    (Kowalskiej: Kowalska); and a stem in -ow may be a nominative in -ów (Krakowie,
    Kijowa: Kraków, Kijów)."""
    apostrophe = _PL_APOSTROPHE.search(word)
    if apostrophe:  # Jerome'a, Dumbledore'owi: the ending after a silent letter
        return [word[: apostrophe.start()]]
    out = _replace_endings(word, _PL_STRIP, stem)
    low = word.lower()
    if low.endswith("iem"):
        out = [f for f in out if f != word[:-2]]
    if low.endswith(("kiej", "giej")):  # Kowalskiej: Kowalska, never Kowalskia
        out = [word[:-3] + "a" if f == word[:-2] + "a" else f for f in out]
    out += [f[:-2] + ("Ó" if f[-2].isupper() else "ó") + f[-1] for f in out if f.endswith("ow")]
    return out + _replace_endings(word, _PL_LOCATIVE, stem)


#: Consonant pairs no Polish or Czech word ends in but where a case ending dropped the
#: e of the last syllable (Dud|ka: Dudek, Hav|la: Havel); *sk*, *nk*, *rk*, *lk* end
#: words as they are (Tusk, Frank, Wilk).
_MOBILE_E = {
    "pl": re.compile(r"[bcćdfghjłmpśtwzżź]k$"),
    "cs": re.compile(r"[bcčdďfghjkmpsštťvzž][kl]$"),
}
_MOBILE_E["sk"] = _MOBILE_E["cs"]
#: Polish given names lose an e before -k after r too (Marek: Marka, Jurek: Jurka), where
#: surnames keep a nominative in -rka (Górka, Kurka), and before -ł (Paweł: Pawła).
_MOBILE_E["pl-given"] = re.compile(r"[bcćdfghjłmprśtwzżź]k$|[bdfgkmpstwz]ł$")


def _mobile_e(forms: list[str], lang: str) -> list[str]:
    """``forms`` with the nominative of a stem that ends in such a pair put before the
    stem (Dudka: Dudek, Havla: Havel, Havlíčka: Havlíček); the stem stays after it for a
    foreign name that keeps the pair (Karla: Karel, Karl)."""
    out = []
    for form in forms:
        if _MOBILE_E[lang].search(form.lower()) and len(form) >= 4:
            out.append(form[:-1] + "e" + form[-1])
        out.append(form)
    return out


def _replace_endings(word: str, table: list[tuple[str, list[str]]], shortest: int) -> list[str]:
    low = word.lower()
    out = []
    for ending, repl in table:
        if low.endswith(ending) and len(word) - len(ending) >= shortest:
            stem = word[: -len(ending)]
            out += [stem + r for r in repl]
    return out
