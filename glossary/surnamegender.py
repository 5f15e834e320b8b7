"""The gender a surname shows by its form: an adjectival Slavic surname's (*Zełenskiego*
a man's, *Tichanowskiej* a woman's), a woman's *-owa*, *-aja*, a transliterated East
Slavic man's *-jew*, *-skyj*, and a title's or a given name's before it, in that order
(:func:`_gender_of`). Read where a name is found (:mod:`glossary.detect`,
:mod:`glossary.lone`, :mod:`glossary.subjects`)."""

from __future__ import annotations

import re

from glossary.shapes import _FEMININE, SLAVIC

#: Adjectival surnames mark the bearer's gender in every case (Zełenskiego, Lipavský,
#: Зеленского a man; Tichanowskiej, Тихановской a woman): grammar, where a given name read through a
#: loose key may mislead (Wołodymyra as the female Володимира).
_MASCULINE_ADJ = re.compile(
    r"(?:[scz]ki|[scz]kiego|[scz]kiemu|[sc]ký|[sc]kého|[sc]kému|[сцз]кий|[сцз]кого|[сцз]кому)$"
    r"|[сцз]ьк(?:ий|ого|ому)$|[сцз]к(?:ага|аму)$"  # Ukrainian Хмельницького, Belarusian -скага
    r"|\w{3}(?:ego|emu)$|\w\w(?:ého|ému)$"  # Batorego, Suchého: an adjective's, a man's
)
_FEMININE_ADJ = re.compile(
    r"(?:[scz]ka|[scz]kiej|[scz]ką|[sc]ká|[sc]kou|[сцз]кая|[сцз]кой|[сцз]кую)$"
    r"|[сцз]ьк(?:а|ої|ій|у|ою)$|[сцз]кай$"  # Ukrainian Крушельницької, Belarusian -скай
)


def _adjective_gender(surname: str, lang: str) -> str | None:
    if lang not in SLAVIC:
        return None
    low = surname.lower()
    if _MASCULINE_ADJ.search(low):
        return "m"
    if lang in ("cs", "sk") and _FEMININE_OR_GENITIVE.search(low):
        return None  # Jan Procházka: Czech writes a woman's -ská with its accent
    return "f" if _FEMININE_ADJ.search(low) else None


#: A Polish, Czech or Slovak feminine surname's nominative that is also the genitive of a
#: surname in -sk, -ck (Tuska: Tusk's; Kowalska: a woman).
_FEMININE_OR_GENITIVE = re.compile(r"[scz]ka$")


#: A transliterated East Slavic surname's masculine endings (German *-ow*, *-jew*, *-skyj*,
#: *-nyj*; English and French *-ov*, *-ev*, *-sky*): the woman's form would end in *-owa*,
#: *-aja*, *-a*. Read only beside a given name no list has (*Walerij*, *Schawkat*).
_EAST_MASCULINE = re.compile(r"\w{3}(?:[oe]w|[oe]v|sk[iy]j?|zk[iy]j?|sk[iy]|[nr][yi]j|[nr]yy)$")
#: Of them, those no German or English surname has (not *Bülow*, *Lowsky*): a man's
#: beside a given name the lists give both genders (*Olexandr Syrskyj*).
_EAST_MASCULINE_ONLY = re.compile(r"\w{3}(?:jew|sk[iy]j|zk[iy]j|[nr][yi]j|[nr]yy)$")
#: A woman's East Slavic surname in -ова, -ина in the genitive, dative or instrumental
#: (Ахматовой, Пугачёвой, Ковальової): no man's case ends so.
_EAST_WOMANS_CASE = re.compile(r"\w\w(?:ов|ев|ёв|єв|ин|ін|ын)(?:ой|ою|ої)$")


def _gender_of(given: str | None, surname: str, lang: str, title_gender: str) -> str | None:
    if title_gender not in ("m", "f") and (by_ending := _adjective_gender(surname, lang)):
        if not (by_ending == "f" and given == "m" and _FEMININE_OR_GENITIVE.search(surname)):
            return by_ending  # Donalda Tuska: a man's given name makes it the genitive
    for g in (title_gender, given):
        if g in ("m", "f"):
            return g
    if given in (None, "", "mf") and lang in ("de", "en", "fr", "hu", "cs", "sk"):
        low = surname.lower()  # Maria Kolesnikowa: Maria is a man's second name too
        if _FEMININE.search(low) or given == "mf" and low.endswith("ava"):
            return "f"  # Maria Kalesnikava: Belarusian -ава; alone, a Georgian's -ava too
        east = _EAST_MASCULINE if given is None else _EAST_MASCULINE_ONLY
        if lang in ("de", "en", "fr") and east.search(low):
            return "m"  # Olexandr Syrskyj, Schawkat Mirsijojew: a man's form of the surname
    if given in (None, "", "mf") and _EAST_WOMANS_CASE.search(surname.lower()):
        return "f"  # Анны Ахматовой: a woman's -ова, -ина in a case
    return None
