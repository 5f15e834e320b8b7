"""Names a text writes after an article: mountains, glaciers, regions, not persons.

German and French give peaks, rivers and regions an article (*der Nanga Parbat*,
*des Himalaya*, *le Baltoro*) and persons none in written prose. One such use
anywhere in a document is evidence against every bare mention of the word
there (*zwischen Baltoro und Shaksgam*), one sense per discourse; a title, an
initial or a given name two sources list still makes a person, and a run after an
article that starts with a widely listed given name is not read at all (*des Hugo
Naphtali*, *der Ida Troplowitz*).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from glossary.givenform import SPREAD_ALONE
from glossary.inflect import lemmas
from glossary.key import key
from glossary.lexicon import is_common_word
from glossary.namelists import given_gender, given_spread
from glossary.releases import release_words
from glossary.titles import _title
from glossary.tokens import NAME_GAPS, Tok, adjacent, tokens
from glossary.wordclass import _DETERMINERS, _PARTICLES, _weak, name_like, role_before

#: Languages whose prose gives persons no article. English writes one before a name
#: used as a modifier (*the Trump administration*), Hungarian before names at will.
_LANGS = frozenset({"de", "fr"})
_ELIDED = re.compile(r"^[lL]['’](.+)$")
#: A quoted name that opens a compound: its words, the closing mark, a hyphen and a word
#: (*„Joel 'Espy' Klecker“-Ausgabe*).
_QUOTED_COMPOUND = re.compile(r"[^\n\"„“”»«]{1,60}[\"“”»«]-[^\W\d_]")
#: What may stand between an article and the name: spaces and opening quotes.
_GAP = re.compile(r"[\s«»„“\"‚‘'’]*")


#: German articles and determiners, by their endings, that stand before a man in the
#: singular (*der*, *dem*, *den*, *des*, *ein*, *seinem*) and before a woman (*die*,
#: *der*, *eine*, *einer*, *seiner*); neuter *das*, *dieses* before neither.
_MANS = re.compile(r"^(?:der|dieser|jener|jeder|welcher)$|(?:em|en|es|ein)$")
_WOMANS = re.compile(r"(?:ie|e|er)$")
_NEUTER = frozenset(("das", "dieses", "jenes", "welches"))


def given_after_article(article: str, word: str, lang: str) -> bool:
    """A widely listed given name after a German article that agrees with its gender
    (*die umworbene Laura*, *mit dem Thomas*, *seiner Maria*): literary, biblical and
    spoken German put an article before a person's name, and a given name German has as
    no word names no thing; *das Mercedes*, *den Mercedes* (a man's article before a
    woman's name), *einer Tom* (a drum: a woman's article before a man's name) stay
    things."""
    if lang != "de" or given_spread(word) < SPREAD_ALONE or is_common_word(word, lang):
        return False  # der Roman: the noun
    article = article.lower()
    gender = given_gender(word)
    if article in _NEUTER or gender not in ("m", "f", "mf"):
        return False
    mans, womans = bool(_MANS.search(article)), bool(_WOMANS.search(article))
    return {"m": mans, "f": womans}.get(gender, mans or womans)


def articled_keys(text: str, lang: str) -> set[str]:
    """Keys of the capitalised words ``text`` puts right after an article."""
    return {k for _start, word, _ in articled_words(text, lang) for k in word_keys(word, lang)}


def articled_words(
    text: str,
    lang: str,
    toks: list[Tok] | None = None,
    names: set[tuple[str, str]] | None = None,
) -> list[tuple[int, str, bool]]:
    """(offset, word, right after the article) of each capitalised word of a run
    ``text`` puts after an article (*der Nanga Parbat*: Nanga right after it).

    An article after a comma is left out: there it is mostly a relative
    pronoun (*…, den Blair nannte*). A run of capitalised words counts when its
    first word is no widely listed given name and no common word (*der Sherpa
    Tenzing*, *der Präsident Putin* are not read).
    """
    det = _DETERMINERS.get(lang) if lang in _LANGS else None
    if det is None:
        return []
    toks = tokens(text) if toks is None else toks
    particle = _particle_pairs(toks)
    names = particle_names(text, toks) if names is None else names
    out = release_words(text, toks, lang)  # Debian 5.0 Lenny: a release, as after an article
    for n, tok in enumerate(toks):
        if n + 1 < len(toks) and (tok.text, toks[n + 1].text) in particle:
            continue  # Marine Le Pen, Le Pen a dit: the surname's particle, no article
        if particle_article(text, toks, n, lang, names):
            continue  # von der Leyen: the name's particles, no article
        elided = _ELIDED.match(tok.text) if lang == "fr" else None
        if elided and elided.group(1)[:1].isupper() and not _after_comma(text, toks, n):
            out.append((tok.start + 2, elided.group(1), True))  # l'Himalaya, l’Everest: one token
            continue
        article = det.match(tok.text.lower()) or lang == "fr" and _elision(text, toks, n)
        if n + 1 == len(toks) or not article or _after_comma(text, toks, n):
            continue
        run = _run(text, toks, n + 1)
        if not run or _GAP.fullmatch(text[tok.end : run[0].start]) is None:
            continue
        if _QUOTED_COMPOUND.match(text, run[0].start) and text[tok.end : run[0].start].strip():
            continue  # die "Joel Klecker"-Ausgabe: the article is the compound's
        first = run[0].text
        if len(run) > 1 and (given_spread(first) >= SPREAD_ALONE or _weak(first, lang)):
            continue
        if len(run) > 1 and _title(first, lang):
            continue  # le Dr Patrick Pelloux: a title after the article, a person after it
        if given_after_article(tok.text, first, lang):
            continue  # die Laura: a person all the same
        if _family_plural(tok.text, run, lang):
            continue  # die Ehe der Tolstois: a family, whose members are persons
        out.extend((t.start, t.text, t is run[0]) for t in run[: _role_then_given(run, lang)])
    return out


def _role_then_given(run: list[Tok], lang: str) -> int | None:
    """Where a person's name begins in a run after an article: at a given name many
    sources list right after a noun of a role (*des Archidiakons Johann Schinkel*),
    which the article governs, not the name; None where no such name begins (*des
    « Queen Mary Peak »*)."""
    for i in range(1, len(run)):
        word = run[i].text
        if given_spread(word) >= SPREAD_ALONE and not _weak(word, lang):
            if role_before(run[i - 1].text, lang):
                return i
    return None


#: German articles of the plural (nominative and accusative *die*, genitive *der*,
#: dative *den*).
_PLURAL_ARTICLES = frozenset(("die", "der", "den"))


def _family_plural(article: str, run: list[Tok], lang: str) -> bool:
    """A single word in -s after an article of the plural: German names a family so
    (*die Manns*, *die Ehe der Tolstois*), and its members are persons; a thing's name
    with the article stays one (*der Nanga Parbat*, *des Himalaya*)."""
    if lang != "de" or len(run) != 1 or article.lower() not in _PLURAL_ARTICLES:
        return False
    word = run[0].text
    return len(word) > 4 and word.endswith("s") and word[-2] not in "sxzß"


def _particle_pairs(toks: list[Tok]) -> set[tuple[str, str]]:
    """(article, word) pairs the text writes with a capital article after a listed given
    name (*Marine Le Pen*): a surname's particle there, and so wherever the pair stands
    (*Le Pen a dit*), one sense per text; a work's title keeps its article (*Le Bal*)."""
    return {
        (a.text, b.text)
        for g, a, b in zip(toks, toks[1:], toks[2:], strict=False)
        if not a.initial
        and a.text.lower() in _PARTICLES
        and a.text[:1].isupper()
        and b.text[:1].isupper()
        and given_gender(g.text) is not None
    }


def particle_names(text: str, toks: list[Tok]) -> set[tuple[str, str]]:
    """(article, surname) pairs the text writes after a listed given name and *von*
    (*Ursula von der Leyen*): there the article is the name's particle."""
    return {
        (a.text.lower(), w.text)
        for g, p, a, w in zip(toks, toks[1:], toks[2:], toks[3:], strict=False)
        if p.text == "von"
        and a.text.lower() in _PARTICLES
        and w.text[:1].isupper()
        and given_gender(g.text) is not None
        and all(adjacent(text, x, y) for x, y in ((g, p), (p, a), (a, w)))
    }


def document_particles(texts: Iterable[str], lang: str) -> set[tuple[str, str]]:
    """:func:`particle_names` of every text of a document (a project's bead sides, a long
    text's chunks), so that *von der Leyen* alone reads as the name wherever the
    document gives it with a given name; none outside German."""
    if lang != "de":
        return set()
    return {pair for text in texts for pair in particle_names(text, tokens(text))}


def particle_article(
    text: str, toks: list[Tok], n: int, lang: str, names: set[tuple[str, str]]
) -> bool:
    """Token ``n``, an article that belongs to a name's particle: after *van*, which no
    German phrase begins with (*van der Straeten*), or between *von* and a surname the
    text gives a person with a given name (``names``: *sagte von der Leyen* after *Ursula
    von der Leyen*); *von der Saine*, *von der Schweiz* keep their article."""
    if lang != "de" or not 0 < n < len(toks) - 1 or toks[n].text.lower() not in _PARTICLES:
        return False  # French de la, Spanish de la: a preposition and article far more often
    before, word = toks[n - 1], toks[n + 1]
    if not word.text[:1].isupper():
        return False
    if not (adjacent(text, before, toks[n]) and adjacent(text, toks[n], word)):
        return False
    if before.text.lower() == "van":
        return True
    return before.text.lower() == "von" and (toks[n].text.lower(), word.text) in names


@lru_cache(maxsize=65536)
def word_keys(word: str, lang: str) -> frozenset[str]:
    """Keys of a name word's possible citation forms (none for a word no name has)."""
    if not name_like(word):
        return frozenset()
    return frozenset(key(lemma, lang) for lemma in lemmas(word, lang))


def _elision(text: str, toks: list[Tok], n: int) -> bool:
    """French l' written apart from its noun, as tokenised text has it (l' Himalaya)."""
    return toks[n].text in ("l", "L") and text[toks[n].end : toks[n].end + 1] in ("'", "’")


#: German prepositions that open a relative clause after a comma (*…, mit dem Swift im
#: Streit liegt*); those that are conjunctions too (*während*, *seit*, *bis*) are left out,
#: since an article may follow them there (*…, während der Präsident sprach*).
_RELATIVE_PREPOSITIONS = frozenset(
    "mit von zu bei nach aus gegen für durch ohne um an auf in über unter vor hinter "
    "neben zwischen wegen trotz".split()
)


def _after_comma(text: str, toks: list[Tok], n: int) -> bool:
    """The article stands after a comma, or after a comma and a preposition: there it is
    mostly a relative pronoun (*…, den Blair nannte*; *…, mit dem Swift streitet*)."""
    start = toks[n - 1].end if n else 0
    if "," in text[start : toks[n].start]:
        return True
    if n < 1 or toks[n - 1].text not in _RELATIVE_PREPOSITIONS:
        return False
    before = toks[n - 2].end if n > 1 else 0
    return text[before : toks[n - 1].start].strip() == ","


def _run(text: str, toks: list[Tok], n: int) -> list[Tok]:
    """Capitalised words from token ``n`` on, separated by single spaces."""
    out: list[Tok] = []
    while n < len(toks) and toks[n].text[:1].isupper():
        if out and text[out[-1].end : toks[n].start] not in NAME_GAPS:
            break
        out.append(toks[n])
        n += 1
    return out
