"""English passages inside a German, French, Polish, Czech, Hungarian, Russian,
Ukrainian or Belarusian text, read by English's rules.

Technical text keeps whole English paragraphs: a manual's untranslated
sections, a program's messages and labels. There a capitalised word is no
German noun nor a name by French or Polish rules, and English's rules, which know
English's words, tell names from words where the host's cannot: *Lower values
shift the image* holds no person, *written by Peter Mattis and Spencer Kimball*
holds two. A line is English when it holds two of English's function words and
none of the host language's (:func:`glossary.englishwords.english_text`), so a
German line quoting an English title stays German, or, too short for that, two
words only English has and none only the host has (*Camera angle of view*). A
Cyrillic text writes its own words, and the names of persons, in its own letters:
there a line with Latin letters and no Cyrillic one (a label or heading kept from the
original, *Mono Mixer*) is English, and a line with Cyrillic words is the host's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from glossary.englishwords import _PASSAGE_WORD, english_phrase, english_text
from glossary.germanwords import german_nouns, is_german_lower
from glossary.givenform import _given, listed_name
from glossary.key import key
from glossary.lexicon import is_cyrillic, is_lower_word, words
from glossary.listfiles import fold
from glossary.mention import Mention
from glossary.wordclass import stop_or_weak

#: Texts whose English lines are read as English.
HOSTS = frozenset({"de", "fr", "pl", "cs", "hu", "ru", "uk", "be"})
#: Hosts written in Cyrillic letters, where a line in Latin letters alone is foreign.
_CYRILLIC_HOSTS = frozenset({"ru", "uk", "be"})
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
_LINE = re.compile(r"[^\n]*\n?")
#: A quoted span on one line: a title, which German prose quotes in its own language.
_QUOTED = re.compile(r"«[^»\n]*»|„[^“”\n]*[“”]|“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]*’")
#: A line's first word before a colon: a label or a speaker (*Trump: We will …*).
_LABEL = re.compile(r"^\s*[^\W\d_]+:")
#: A web or mail address, whose parts are no words of a language (*edu*, *com*, *www*).
_ADDRESS = re.compile(r"<[^>\s]*>|[^\s<>]+@[^\s<>]+|\w+://\S+|www\.\S+")


@lru_cache(maxsize=4096)
def english_line(line: str, host: str = "de") -> bool:
    """A line in English: :func:`english_text` once its quoted titles and its web and
    mail addresses are taken out (*Darüber berichtet Trevor Braham (« The Alpine
    Journal »)* is German, *S. Naskrent <naskrent@hoth.amu.edu.pl>* no English), with two
    of English's function words of three letters or more (*the*, *and*, *with*): the
    shorter ones of the list are mostly abbreviations other languages share (*ca*,
    *ch*, *de*, *la*). Cached: each pass over a text asks about the same lines."""
    plain = _QUOTED.sub(" ", _ADDRESS.sub(" ", line))
    if host in _CYRILLIC_HOSTS:  # a line with Cyrillic words is the host's to read
        return not is_cyrillic(line) and _LATIN_WORD.search(plain) is not None
    return english_text(plain, host, 3) or english_words_only(plain, host)


def english_words_only(line: str, host: str) -> bool:
    """A line with two or more words only English has and no word only ``host`` has (its
    function words, its lower-case words, in German its nouns; listed names left out):
    a label or a heading a translation kept (*Camera angle of view*, *Channel lock
    attributes*), too short for two of English's function words; not a line a word and
    a colon open, a label's value or a speaker's words (*Trump: We will build …*)."""
    if _LABEL.match(line):
        return False  # Trump: We will build …: a speaker's words, read with the speaker
    english = 0
    for word in _PASSAGE_WORD.findall(line):
        low = word.lower()
        own = is_lower_word(low, host) or low in words(host, "function")
        if host == "de":
            own = own or is_german_lower(word) or word.capitalize() in german_nouns()
        en = is_lower_word(low, "en")
        if own and not en:
            return False  # a word of the host's alone
        if word[:1].isupper() and listed_name(word, host):
            continue  # a name tells no language
        english += en and not own and len(word) >= 3  # angle, of: both; de, la: anyone's
    return english >= 2


def language_runs(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, language)`` of each run of whole lines of ``text`` in one language:
    ``lang``, or English for the lines :func:`english_text` reads as English. A text
    of another language than :data:`HOSTS`, or with no English line, is one run."""
    if lang not in HOSTS:
        yield 0, len(text), lang
        return
    start, current = 0, lang
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        line = m.group()
        if not line.strip():
            here = current  # a blank line belongs to the run it follows
        else:
            here = "en" if english_line(line, lang) else lang
        if here != current and m.start() > start:
            yield start, m.start(), current
            start = m.start()
        current = here
    if start < len(text):
        yield start, len(text), current


def read_as_english(
    found: list[Mention], english: dict[tuple[int, int], list[Mention]], lang: str
) -> list[Mention]:
    """The mentions of a text whose English runs (``english``: each run's ``(start,
    end)`` and what English's reading finds in it) are read as English.

    In a run, English's reading decides, but a person (or a known surname alone) it
    finds that ``found``, the host language's reading, has nowhere in that place counts
    only when a listed given name opens it (*Scott Draves*, *Elle Stone*): a product
    in a list (*Firefox, Chrome or Safari*) or a title's words (*Tone Mapping*) are
    capitalised in English too, and the host's reading knows those kept English words.
    A person the host's reading finds where English's finds nothing stays when its words
    are listed names only and no English word (*Murdock: the project is new.*). Keys
    follow ``lang``, as the text's other mentions do.

    In a Cyrillic text English's reading only takes away: a name the host's reading
    finds in a Latin line goes when English's reading finds nothing there and no listed
    given name that is no English word opens it (*Mono Mixer*; not *Steve Greenland*,
    whose territory's name English's reading misses), and otherwise stays as the host
    reads it; a name only English's reading finds is not added. Such additions let a
    translation's untranslated lines confirm words of the other side of a project that
    no line of its own names, and the host's reading, which leaves a Latin word alone
    unnamed, already finds the full names there (*Spencer Kimball, Peter Mattis*).
    """
    runs = list(english)
    # a name that runs on past an English run is the host's to read (*Leiter Ch.⏎Evans*)
    out = [m for m in found if not _inside(m, runs)]
    shifted = [
        replace(m, start=m.start + start, end=m.end + start, key=key(m.lemma, lang))
        for (start, _end), mentions in english.items()
        for m in mentions
    ]
    if lang in _CYRILLIC_HOSTS:  # English's reading only takes away (see above)
        out += [
            m
            for m in found
            if _inside(m, runs)
            and (
                _overlaps(m, shifted)
                or (m.kind == "person" and (_listed_only(m) or _given_first(m, lang)))
            )
        ]
        return sorted(out, key=lambda m: m.start)
    for m in found:  # Murdock: the project is new: a listed name English has no word for
        if _inside(m, runs) and m.kind == "person" and _listed_only(m):
            if not _overlaps(m, shifted):
                out.append(m)
    for m in shifted:
        if _overlaps(m, out):
            continue  # the host's name across the run's end
        if m.kind in ("person", "") and not _overlaps(m, found) and not _named_in_full(m, lang):
            continue
        out.append(m)
    return sorted(out, key=lambda m: m.start)


def _inside(m: Mention, runs: Iterable[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in runs)


def _overlaps(m: Mention, others: Iterable[Mention]) -> bool:
    return any(h.start < m.end and m.start < h.end for h in others)


def _listed_only(m: Mention) -> bool:
    """Every word of the name a listed given or family name that English neither writes
    in lower case nor uses for a language, a month, a day or a common word (*Murdock*;
    not *Lower*, *White*, *English*, *July*)."""
    return all(
        listed_name(w, "en")
        and not is_lower_word(w, "en")
        and fold(w) not in words("en", "language")
        and not stop_or_weak(w, "en")
        for w in _PASSAGE_WORD.findall(m.surface)
    )


def _given_first(m: Mention, lang: str) -> bool:
    """:func:`_named_in_full` by a given name English does not write in lower case
    (*Steve Greenland*; not *Mono Mixer*)."""
    first = m.surface.split()[0]
    return not is_lower_word(first, "en") and _named_in_full(m, lang)


def _named_in_full(m: Mention, lang: str) -> bool:
    """A listed given name opens the name, and the two are no English phrase that
    ``lang``'s text keeps (*Tone Mapping*)."""
    words = m.surface.split()
    if len(words) < 2 or _given(words[0], "en") is None:
        return False
    return not english_phrase(words[0], words[-1], lang)
