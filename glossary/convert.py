"""Spell a name as another language writes it: Cyrillic -> Latin, Latin -> Latin.

Latin -> Latin goes through Cyrillic (``reverse``): German Bjaljazki is read
back as бяляцкий, which English then writes as Byalyatsky. The best reading
comes first; ``every=True`` also lists the other plausible spellings.
"""

from __future__ import annotations

import re

from glossary.errors import GlossaryError
from glossary.given import is_given_name
from glossary.inflect import lemmas
from glossary.shapes import ends_like_surname
from glossary.translit import (
    SOURCES,
    TARGETS,
    is_cyrillic,
    script_source,
    surname_index,
    to_latin,
)
from glossary.translit import word as translit_word
from glossary.translit.reverse import Candidate, candidates
from glossary.translit.russian import russian_form

#: Extra cost of reading a word with English rules in another language's text.
FOREIGN_COST = 1.0
LATIN_LANGS = tuple(t for t in TARGETS if t != "iso9")
LANGS = SOURCES + LATIN_LANGS
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CYR = re.compile(r"[\u0400-\u04ff]")
_FEMALE_ENDINGS = ("aja", "aya", "aïa", "ája")
_FR_DIAERESIS = re.compile(r"(?<=[aeo])e")
_LAT = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PRESS_Y = re.compile(r"(?<=[aeiou])y(?=[^aeiouy\W]|\b)")
# Ukrainian є after a consonant, mostly in names from Russian (Джемілєв, Іллєнко),
# which the press often writes from the Russian form with е.
_UK_SOFT_E = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])є", re.IGNORECASE)


def check_lang(lang: str, allowed: tuple[str, ...] = LANGS) -> str:
    if lang not in allowed:
        raise GlossaryError(f"unknown language code {lang!r} (use one of: {', '.join(allowed)})")
    return lang


#: Longer than any personal name: a whole text pasted by mistake.
MAX_NAME = 200


def check_name(name: str) -> str:
    name = name.strip()
    if len(name) > MAX_NAME:
        raise GlossaryError(f"{len(name)} characters is too long for a name (at most {MAX_NAME})")
    if not name or not _WORD.search(name):
        raise GlossaryError("empty name")
    if _CYR.search(name) and _LAT.search(name):
        raise GlossaryError(f"mixed Cyrillic and Latin letters in {name!r}")
    return name


def convert(name: str, src: str, to: str, every: bool = False) -> list[str]:
    """Spellings of ``name`` (written in language ``src``) in language ``to``, best first."""
    check_lang(src)
    check_lang(to, LANGS + ("iso9",))
    name = check_name(name)
    cyrillic = is_cyrillic(name)
    if src in SOURCES and not cyrillic:
        raise GlossaryError(f"{name!r} is not in Cyrillic script, but --from is {src}")
    if src not in SOURCES and cyrillic:
        raise GlossaryError(f"{name!r} is in Cyrillic script; use --from ru, uk or be")
    if cyrillic:
        src = script_source(name, src)  # Огнєвіч is Ukrainian, said --from ru or not
    if src == to:
        return [name]
    if cyrillic:
        out = [to_latin(name, to, src)] if to not in SOURCES else [name]
        if every and to not in SOURCES:
            out.append(to_latin(name.replace("ё", "е").replace("Ё", "Е"), to, src))
            if to == "fr":
                # The press marks a vowel after a vowel with a diaeresis (Tokaïev),
                # most Wikidata labels leave it out (Atambaev).
                out.append(_FR_DIAERESIS.sub("ïe", out[0]))
            if to == "en":
                # The press writes й after a vowel as i (Sergei, Andrei, Boiko).
                out.append(_PRESS_Y.sub("i", out[0]))
                if src == "uk":  # the strict national system of 2010 (Yuliia, Nemyria)
                    out.append(to_latin(name, "en_uk2010", src))
            if to != "en":
                out.append(to_latin(name, "en", src))
            if src == "ru":
                # A Russian label of a Ukrainian person: the same letters read as Ukrainian.
                out.append(to_latin(name, to, "uk"))
            if src == "uk" and _UK_SOFT_E.search(name):
                plain = _UK_SOFT_E.sub(lambda m: "Е" if m.group().isupper() else "е", name)
                out.append(to_latin(plain, to, src))
            if src in ("uk", "be"):
                # The press form of many Ukrainians and Belarusians is the Russian one
                # (Tichanowskaja, Lukashenko, Ognevich).
                russian = to_latin(russian_form(name, src), to, "ru")
                out.append(russian)
                if to == "en":
                    out.append(_PRESS_Y.sub("i", russian))
        return list(dict.fromkeys(out))
    return _from_latin(name, src, to, every)


def citation_form(word: str, lang: str) -> str:
    """The nominative of a name seen inflected (Lukasenkót, Lukaschenkos, Łukaszenki).

    Stripping over-generates, so a stripped form is taken only when it looks like
    a name (an East Slavic surname ending or a known given name) and the word as
    written does not, or when the word cannot be read back to Cyrillic at all
    (Hungarian ó, Polish ę and ą only occur in endings).
    """
    forms = lemmas(word, lang)
    if len(forms) == 1:
        return word

    def readable(form: str) -> bool:
        return bool(candidates(form, lang, limit=1))

    def name_like(form: str) -> bool:
        return (
            ends_like_surname(form)
            or (len(form) > 3 and form.lower().endswith(_FEMALE_ENDINGS))
            or is_given_name(form, lang)
        )

    word_readable = readable(word)
    if word_readable and name_like(word):
        return word
    for form in forms[1:]:
        if name_like(form) and readable(form):
            return form
    if not word_readable:
        return next((form for form in forms[1:] if readable(form)), word)
    return word


def _from_latin(name: str, src: str, to: str, every: bool) -> list[str]:
    words = list(_WORD.finditer(name))
    sur = surname_index([m.group() for m in words])
    options: list[list[str]] = []
    for k, m in enumerate(words):
        lemma = citation_form(m.group(), src)
        options.append(_word_options(lemma, src, to, surname=k == sur))
    best = _assemble(name, words, [opts[0] for opts in options])
    if not every:
        return [best]
    out = [best]
    for k, opts in enumerate(options):
        for alt in opts[1:]:
            choice = [o[0] for o in options]
            choice[k] = alt
            out.append(_assemble(name, words, choice))
    return list(dict.fromkeys(out))


def _assemble(name: str, words: list[re.Match], parts: list[str]) -> str:
    out, pos = [], 0
    for m, part in zip(words, parts, strict=True):
        out += [name[pos : m.start()], part]
        pos = m.end()
    out.append(name[pos:])
    return "".join(out)


def _word_options(word: str, src: str, to: str, surname: bool) -> list[str]:
    sources = (to,) if to in SOURCES else SOURCES
    found = candidates(word, src, sources=sources, limit=8)
    if src != "en":
        # Names of less-known people are often quoted in their English spelling.
        foreign = candidates(word, "en", sources=sources, limit=4)
        found += [Candidate(c.cyrillic, c.src, c.cost + FOREIGN_COST) for c in foreign]
        found.sort(key=lambda c: (c.cost, c.cyrillic))
    if not found:
        if to in SOURCES:  # never a mixed-script answer (Qasym-Ёмарт)
            raise GlossaryError(f"no {to} Cyrillic reading of {word!r}")
        return [word]  # not a transliteration we can read back (Donald, Gábor)
    out = []
    for cand in (c for c in found if c.cost <= found[0].cost + 1.0):
        cyr = _recase(word, cand.cyrillic)
        out.append(cyr if to in SOURCES else translit_word(cyr, to, cand.src, surname=surname))
    return list(dict.fromkeys(out))


def _recase(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
