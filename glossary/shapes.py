"""Surnames by their shape: the endings of Slavic surnames (as written and in their
citation forms), the adjectives that share them, and the citation form of a surname
given the gender the text shows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.germanwords import proper_kinds
from glossary.inflect import lemmas
from glossary.key import key
from glossary.lexicon import is_lower_word
from glossary.namelists import given_gender, is_family_name

_EAST_SLAVIC = ("ru", "uk", "be")
#: An English possessive, which ends the owner's name: what it owns follows.
POSSESSIVE = re.compile(r"[’']s$")
# Endings of East Slavic surnames in their Latin and Cyrillic spellings (lemmas).
_SURNAME_SHAPE = re.compile(
    r"(?:[ae]nk[oa]|[ao]w[a]?|[ej]?ew[a]?|[oe]v[a]?|ová|[iy]n[a]?|[sckz]k[iyaá]j?|zki|"
    r"[sckz]k(?:aja|aya|aia)|"
    r"[scz]kij|tski|tsky|itsch|vich|vics|wicz|vič|uk|juk|yuk|iuk|ko|"
    r"енко|енка|єнко|єнка|ов|ова|ев|ева|ёв|ёва|єв|єва|ів|ін|ин|ина|ын|ына|ский|ская|цкий|цкая|скі|цкі|"
    r"ський|цький|"
    r"вич|віч|ук|юк|ко|ка|ў)$"
)
_FEMININE = re.compile(
    r"(?:owa|ova|ewa|eva|jewa|ina|yna|aja|aya|ája|ská|cká|ová|ska|cka|ова|ева|ёва|ина|ая|[сцз]ька)$"
)
# Surname endings specific enough to mark a lone word (not German -in nouns: Bosnierin);
# after a vowel Ukrainian writes е as є (Каплієнко, Кабаєв); Hungarian spells -ский and
# -вич as -szkij and -vics (Zelenszkij, Sosztakovics).
_SURNAME_ALONE = re.compile(
    r"(?:[ae]nko|[ao]wa|[ao]va|[ej]ewa|[ej]eva|[ao]w|[ae]v|ew|ski|zki|cki|sky|[sz]kij|itsch|ová|"
    r"[sckz]k(?:aja|aya|aia)|"
    r"witsch|wicz|vich|vič|ović|evič|[oe]vics|juk|yuk|ук|юк|енко|єнко|ов|ев|єв|ова|ева|єва|ский|ская|"
    r"цкий|скі|цкі|вич|віч)$"
)


def ends_like_surname(word: str) -> bool:
    """True when ``word`` as written ends like an East Slavic surname."""
    return len(word) > 3 and bool(_SURNAME_SHAPE.search(word.lower()))


#: Cyrillic adjective endings that East Slavic surnames share with the adjectives of places
#: and things (Вологодской области, Нобелевской премии, Беларускі): no evidence alone.
_CYRILLIC_ADJECTIVE = re.compile(
    r"[сцз]к(?:ий|ая|ой|ого|ому|им|ом|ую|ие|их|ими|ій|і|ае|ага|аму|ім|ая|ую)$"
)
#: The endings of an East Slavic adjective in any case and number (Западной, Большая,
#: Латинской, Заходняй).
_EAST_ADJECTIVE = re.compile(
    r"(?:ой|ей|ый|ий|ій|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ім|ую|юю|ых|их|іх|ые|ие|ія|"
    r"ае|ага|аму|ай|яй|ыя|ої|ою|ею)$"
)


def east_adjective(word: str, lang: str) -> bool:
    """Whether a capitalised East Slavic ``word`` is an adjective of the language: its
    lower-case form is one of the language's words and ends as an adjective does."""
    low = word.lower()
    return lang in _EAST_SLAVIC and bool(_EAST_ADJECTIVE.search(low)) and is_lower_word(low, lang)


#: Czech and Slovak write a woman's surname -ová; -ova, -ovy, -ovu and -ov are possessive
#: adjectives and place names (Máchovu, Karlovy Vary), Russian spellings are -ov only.
_CZECH_POSSESSIVE = re.compile(r"(?:[ao]va|[ej]eva|[ao]v|[ae]v|ev)$")


#: Oblique-case adjective endings of Polish, Czech and Slovak that their surnames share
#: (Szpitala Miejskiego, Parlamentu Europejskiego; Kaczyńskiego). The nominative (-ski,
#: -ska) is left out: it is the form a foreign name is cited in (Wadzim Dziewiatouski).
_LATIN_ADJECTIVE = re.compile(r"[scz]k(?:iego|iej|im|imi|iemu|ą|ich|ého|ou|ém|ým|ých|ému)$")
_WEST_SLAVIC = ("pl", "cs", "sk")


def west_adjective(word: str, lang: str) -> bool:
    """Whether a Polish, Czech or Slovak ``word`` as written ends like an adjective in an
    oblique case as well as like a surname (Europejskiego, Kaczyńskiego)."""
    return lang in _WEST_SLAVIC and bool(_LATIN_ADJECTIVE.search(word.lower()))


def shaped_alone(word: str, lang: str) -> bool:
    """Whether a citation form of ``word`` ends like a surname specific enough to mark a
    lone word as one, in ``lang``: not the endings that language's adjectives share, nor
    a word English or French writes in lower case (*Review*, *Preview*: -ew)."""
    if lang in ("en", "fr") and is_lower_word(word, lang):
        return False
    for form in lemmas(word, lang):
        low = form.lower()
        if not _SURNAME_ALONE.search(low):
            continue
        if lang in _EAST_SLAVIC and _CYRILLIC_ADJECTIVE.search(low):
            continue
        if lang in ("cs", "sk") and _CZECH_POSSESSIVE.search(low):
            continue
        if low.endswith(("вич", "віч")) and is_lower_word(word, lang):
            continue  # москвич: a Muscovite, a word of the language
        if low.endswith("ová") and is_lower_word(word, lang):
            continue  # Sametová, Růžovou: an adjective, a word of the language
        return True
    return False


SLAVIC = (*_EAST_SLAVIC, *_WEST_SLAVIC)
#: Polish, Ukrainian and Belarusian adjectives and nouns in -owa, -ова (Nowa rola, ulica
#: Asfaltowa, Нова, Ахова) far outnumber women's surnames at a sentence's start; Russian
#: writes such adjectives -овая, so its -ова stays a surname's ending.
_OVA_WORD = re.compile(r"(?:[aeo]wa|[ео]ва)$")


def subject_shaped(word: str, lang: str) -> bool:
    """Whether a Slavic sentence's first word, read as the subject (a nominative, so as
    written), ends like a surname of that language and not like its adjectives."""
    low = word.lower()
    if not _SURNAME_ALONE.search(low) or not shaped_alone(word, lang):
        return False
    return not (lang in ("pl", "uk", "be") and _OVA_WORD.search(low))


#: An East Slavic man's surname as its nominative writes it: -ов, -ин and their kin
#: (Азаров, Пономарьов, Путин: a woman's is -ова, -ина, a man's other cases add an
#: ending) or the adjective's -ский (Вольский; not -ской, also a woman's genitive).
#: Not -енко (Russian leaves it undeclined in every case) nor another consonant
#: (Митчелл may be a woman's, whose given name declines beside it: Рады Митчелл).
_MASCULINE_NOMINATIVE = re.compile(r"(?:[оеёє]в|[иіы]н|[сц]к(?:ий|ій))$")


def masculine_nominative(word: str, lang: str) -> bool:
    """Whether ``word`` is an East Slavic man's surname in the nominative, as written:
    the given name before it is in the nominative too (Микола Азаров, not a genitive
    of a name *Микол*)."""
    return lang in _EAST_SLAVIC and bool(_MASCULINE_NOMINATIVE.search(word.lower()))


def surname_shaped(word: str, lang: str) -> bool:
    """True when ``word`` (or a citation form of it) ends like an East Slavic surname."""
    return any(ends_like_surname(lemma) for lemma in lemmas(word, lang))


@lru_cache(maxsize=1 << 16)
def _lemma_keys(word: str, lang: str) -> tuple[tuple[int, str, str], ...]:
    return tuple((len(form), form, key(form, lang)) for form in lemmas(word, lang))


def _preference(word: str, lang: str):
    """Sort key of (length, form, key) readings of ``word``: see ``_best_lemma``; of two
    as long, the first in the alphabet, in Czech and Slovak the one their table reads
    first (Novákovou: Nováková before the Novákova of another language's ending), the
    word as written first where the table gives it (Sparta, not a neuter Sparto)."""
    own = key(word, lang)
    if lang == "uk":  # Гончаренку, Шевченка: the -енко of a Ukrainian surname first
        return lambda h: (h[0], h[2] == own, not h[1].lower().endswith("енко"), h[1])
    if lang == "pl":  # Kościuszki: the Kościuszko Polish declines as a person's name first
        from glossary.dictnames import is_person_form

        return lambda h: (h[0], h[2] == own, not is_person_form(h[1], lang), h[1])
    if lang not in ("cs", "sk"):  # Babaryki: Babaryka before Babaryko, alphabetically
        return lambda h: (h[0], h[2] == own, h[1])
    readings = _lemma_keys(word, lang)
    order = {h[1]: n for n, h in enumerate(readings)}
    order.setdefault(word, len(readings))  # a reading as long beats the word itself
    return lambda h: (h[0], h[2] == own, order[h[1]])


#: The instrumental of an East Slavic surname in -ов, -ев, -ин (Токаевым, Пуціным,
#: Токаєвим): a man's, as a woman's ends in -ой, -ою; no other case ends so.
_INSTRUMENTAL = {
    "ru": re.compile(r"(?<=ов|ев|ёв|ин|ын)ым$"),
    "be": re.compile(r"(?<=ін|ын)ым$"),  # Саннікавым: the ў of Саннікаў is a в there
    "uk": re.compile(r"(?<=ов|ев|єв|ін|ин)им$"),
}


def _best_lemma(word: str, lang: str, known: set[str]) -> tuple[str, str]:
    """The citation form whose key is known, the most stripped one if several are
    (Putyinnal may be known from a first pass, but Putyin is what it inflects); of forms
    as long as the word, one with another known key than the word's own (Łukaszence,
    known from a first pass too: Łukaszenka); an East Slavic instrumental without its
    ending, which no other case shares (Токаевым: Токаев); else the first in order."""
    hits = [h for h in _lemma_keys(word, lang) if h[2] in known]
    if lang == "de" and len(hits) > 1 and hits[0][1] == word and not _german_genitive(word):
        return word, hits[0][2]  # Kovács, known as written too: no genitive of a Kovác
    if hits:
        _, form, k = min(hits, key=_preference(word, lang))
        return form, k
    instrumental = _INSTRUMENTAL.get(lang)
    if instrumental is not None and instrumental.search(word) and len(word) > 6:
        stem = word[:-2]
        return stem, key(stem, lang)
    if lang == "de" and _german_genitive(word):
        return word[:-1], key(word[:-1], lang)  # Mozarts „Don Giovanni“: Mozart
    _, form, k = _lemma_keys(word, lang)[0]
    return form, k


def _german_genitive(word: str) -> bool:
    """A German genitive in -s of a person's name Wiktionary lists (Mozarts, Merkels;
    not Weiss, whose -s is the name's own: a genitive after s, x, z takes an apostrophe;
    nor Peters, Williams, family names of the general list as written)."""
    stem = word[:-1]
    if not word.endswith("s") or len(stem) < 3 or stem[-1] in "sxzß" or is_family_name(word):
        return False
    return bool(proper_kinds(stem) & {"family", "given"}) and "place" not in proper_kinds(stem)


def _gendered_lemma(
    word: str, lang: str, known: set[str], gender: str | None, full: bool = False
) -> tuple[str, str]:
    """The citation form for a name of known gender: a woman's form stays a woman's
    (Ljudmila Putina, not Putin), a man's inflected form loses its ending (Putina,
    genitive, after Władimir: Putin); in a ``full`` name, an East Slavic dative too
    (*Гарри Кейну*: Кейн); an English possessive without its *'s*, which no name ends in
    (*Greta Gerwig's film*: Gerwig)."""
    if lang == "en" and POSSESSIVE.search(word) and len(word) > 3:
        return word[:-2], key(word[:-2], lang)
    if gender not in ("f", "m"):
        return _best_lemma(word, lang, known)
    forms = _lemma_keys(word, lang)
    fitting = [h for h in forms if bool(_FEMININE.search(h[1].lower())) == (gender == "f")]
    if gender == "m" and lang in ("cs", "sk"):
        fitting = [h for h in fitting if not h[1].endswith("á")]  # Petrem Fialou: no Fialá
    if gender == "f" and fitting:
        fitting = [h for h in fitting if len(h[1]) >= len(fitting[0][1]) - 1] or fitting
    if not fitting:
        return _best_lemma(word, lang, known)
    hits = [h for h in fitting if h[2] in known and not _womans_reading(word, h[1], lang, gender)]
    if not hits and gender == "m" and full:
        from glossary.eastcases import mans_dative

        dative = mans_dative(word, lang, [h[1] for h in fitting])
        if dative is not None:
            return dative, key(dative, lang)
    _, form, k = min(hits, key=_preference(word, lang)) if hits else fitting[0]
    return form, k


def _womans_reading(word: str, form: str, lang: str, gender: str) -> bool:
    """A man's Russian adjectival surname in a case read as a nominative in -ой, which is
    also a woman's case form (Навального: Навальной, the genitive of Навальная), when no
    list has it as a surname (Толстой, Трубецкой are): not his citation form, whatever key
    the other side or the text shares with it."""
    if gender != "m" or lang != "ru" or not word.lower().endswith(("ого", "ому")):
        return False
    from glossary.dictnames import is_person_form

    return form.endswith("ой") and not is_person_form(form, lang)


#: A man's adjectival surname in an oblique case (Nawrockiego, Kaczyńskiemu, Dudzińskim;
#: a foreign one in -i or -y: Modiego, Kennedy'emu; any other adjective's genitive or
#: dative, which no noun shares: Batorego, Suchého).
_MASCULINE_OBLIQUE = re.compile(
    r"[scz]ki(?:ego|emu|m)$|[sc]k(?:ého|ému|ým)$|\w\w[iy]['’]?(?:ego|emu)$"
    r"|\w{3}(?:ego|emu)$|\w\w(?:ého|ému)$"
)


def oblique_citation(word: str, lang: str) -> tuple[str, str] | None:
    """The nominative of a man's adjectival surname in an oblique case (Zelenským:
    Zelenský, Nawrockiego: Nawrocki), with its key."""
    for form in lemmas(word, lang)[1:]:
        if re.search(r"(?:[scz]ki|[sc]ký)$", form):
            return form, key(form, lang)
    stem = _adjectival_stem(word) if lang == "pl" else None
    low = word.lower()
    if stem is None and lang == "pl" and low.endswith(("ego", "emu")):
        stem = word[:-3] + ("i" if low[-4] in "kg" else "y")  # Batorego: Batory
    elif stem is None and lang in ("cs", "sk") and low.endswith(("ého", "ému")):
        stem = word[:-3] + "ý"  # Suchého: Suchý
    return (stem, key(stem, lang)) if stem is not None else None


def masculine_oblique(word: str, lang: str) -> bool:
    """A Polish, Czech or Slovak man's adjectival surname in an oblique case (Nawrockiego,
    Zelenským)."""
    return lang in _WEST_SLAVIC and bool(_MASCULINE_OBLIQUE.search(word.lower()))


def _fleeting_e(stem: str, lang: str) -> str:
    """A stem in -l that lost the e of its nominative's last syllable (Pavl-em: Pavel,
    Wróbl-a: Wróbel) when a name list has the form with it, else the stem. A stem in -k
    keeps its form unless the language's dictionary of persons' names has the form with
    the e and not the stem (Hašk-a: Hašek, Součk-a: Souček; Tusk-a stays Tusk, though
    Marek-Marka loses an e too)."""
    if len(stem) < 3 or stem[-2] in "aeiouyáéíóúůěąęó":
        return stem  # Tusk-a, Petr-a: a stem in -k or -r is a nominative as it stands
    full = stem[:-1] + "e" + stem[-1]
    if stem[-1] == "k":
        from glossary.dictnames import is_person_form

        return full if is_person_form(full, lang) and not is_person_form(stem, lang) else stem
    if stem[-1] != "l":
        return stem
    return full if given_gender(full) is not None or is_family_name(full) else stem


def agreeing_lemma(given: str, word: str, lang: str, gender: str = "m") -> tuple[str, str] | None:
    """A surname in the case its declined given name is in, read back whatever its
    shape: a man's in a consonant (Donaldem Tuskiem: Tusk; Эммануэлем Макроном:
    Макрон), in Polish and Czech a man's or a woman's in -a too (Lecha Wałęsy, Agaty
    Dudy, Jamala Musiali: Wałęsa, Duda, Musiala), in Czech a soft stem's genitive
    (Andreje Babiše: Babiš) and a woman's adjective (Kateřiny Konečné, Kateřinou
    Konečnou: Konečná); with its key."""
    if lang in _EAST_SLAVIC:
        from glossary.eastcases import east_agreeing, east_womans_agreeing

        if gender == "f":
            return east_womans_agreeing(given.lower(), word, lang)
        return east_agreeing(given.lower(), word, lang)
    if lang not in _WEST_SLAVIC:
        return None
    from glossary.westcases import west_agreeing

    return west_agreeing(given, word, lang, gender)


#: Polish cases of a man's surname in -y or -i, which declines as an adjective
#: (Kennedy'ego, Kennedym; Modiego, Modim): the ending after the stem's -y / -i.
_PL_ADJECTIVAL = ("ego", "emu", "m")


def _adjectival_stem(word: str) -> str | None:
    """The nominative in -y or -i of a Polish man's surname in an adjective's case
    after his declined given name (Kennedym: Kennedy, Modiego: Modi), None otherwise."""
    low = word.lower()
    for ending in _PL_ADJECTIVAL:
        stem = word[: -len(ending)].rstrip("'’")
        if low.endswith(ending) and len(stem) >= 4 and stem[-1] in "yi":
            return stem
    return None


#: A man's East Slavic adjectival surname in an oblique case (Навального, Непомнящего,
#: Навальному, Навальным; Ukrainian Навальним): its nominative is an adjective's.
_MANS_ADJECTIVE_CASE = re.compile(r"(?:ого|ому|его|ему|ым|им)$")


def declined_lemma(word: str, lang: str, gender: str | None) -> tuple[str, str] | None:
    """The first citation form of ``word`` other than the word itself that fits
    ``gender`` and ends like a surname, with its key: a surname after a declined given
    name is declined too (Владимиром Путиным: Путин); not Аршба after Отари, read as a
    case of Отарь, since Аршб has no surname's ending."""
    adjective = gender == "m" and lang in _EAST_SLAVIC and _MANS_ADJECTIVE_CASE.search(word)
    forms = [
        h
        for h in _lemma_keys(word, lang)[1:]
        if ends_like_surname(h[1]) or adjective and h[1].endswith(("ый", "ий", "ій", "ой"))
    ]
    if gender in ("f", "m"):
        forms = [h for h in forms if bool(_FEMININE.search(h[1].lower())) == (gender == "f")]
    if adjective and forms:  # Льва Толстого: the Толстой a list has, not a Толстый
        from glossary.dictnames import is_person_form

        forms.sort(key=lambda h: not is_person_form(h[1], lang))
    return (forms[0][1], forms[0][2]) if forms else None


def case_lemma(
    before: str, word: str, lang: str, gender: str | None, oblique: bool
) -> tuple[str, str] | None:
    """The citation form of a surname ``word`` after a declined given name ``before``
    (or none), with its key: in the given name's case (Donaldem Tuskiem), as a man's
    adjective (``oblique``: Zelenským), or as its own ending says (Путиным)."""
    agreeing = before and agreeing_lemma(before, word, lang, gender or "")
    return (
        agreeing
        or oblique
        and oblique_citation(word, lang)
        or declined_lemma(word, lang, gender)
        or None
    )
