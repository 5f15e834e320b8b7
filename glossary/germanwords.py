"""German's own word lists (``data/``, made by ``data/make_lists.py``): the
capitalised German words that general word frequencies show to be common words
rather than names (spaCy's lookups data), with how frequent one must be to be no
name and how rare to be one; Wiktionary's German nouns and proper names, the words
German writes in lower case and its finite verbs; and what is made of them:
compounds of known parts, nouns of a role. Places are in :mod:`glossary.gazetteer`.

Apart from :mod:`glossary.lexicon`, which asks it whether a capitalised German word
is a common one: German capitalises every noun, and reading its nouns (compounds, a
feminine's umlaut) is a job of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from glossary.listfiles import _lines
from glossary.namelists import given_gender, is_family_name

#: A German common word at least this frequent (natural log) is never read as a name
#: word; rarer ones (Westerwelle, Tesch are in the list too) may be, on evidence.
STRONG = -11.2
#: A German common word this frequent or less (natural log; once in about 400,000 words)
#: is rare: a noun there may be a name after a role (*der Politiker Straubinger*,
#: e^-14.2; not *der Leiter Vertrieb*, e^-11.5), and a word that is no noun may be a name
#: German news writes more often than English does (*Özdemir*).
RARE = -13.0


@cache
def german_common_words() -> dict[str, float]:
    """Capitalised German common word -> natural log of its frequency."""
    out = {}
    for line in _lines("de_common_words.tsv"):
        word, _, p = line.partition("\t")
        out[word] = float(p)
    return out


#: The spelling before 1996 wrote ß for ss at a word's or a part's end and before a
#: consonant (Fluß, Schloßherr, mißtrauen), ss only between vowels (Flüsse).
_OLD_SS = re.compile(r"ss(?=$|[^aeiouyäöü])")


@cache
def german_nouns() -> frozenset[str]:
    """Every inflected form of Wiktionary's German common nouns (Kraft, Kräften, Gebiets),
    and each form with ss as the spelling before 1996 wrote it (Fluß, Mißbrauch, Genuß)."""
    nouns = _lines("de_nouns.txt.gz")
    return frozenset([*nouns, *(_OLD_SS.sub("ß", n) for n in nouns if "ss" in n)])


@cache
def german_finite_verbs() -> frozenset[str]:
    """German finite verb forms in the singular (traf, gewann, kritisierte), and the
    auxiliaries and modals of the function-word lists (ist, war, will)."""
    from glossary.wordclass import _FINITE

    return frozenset(_lines("de_finite_verbs.txt.gz")) | _FINITE["de"]


@cache
def _german_lower() -> frozenset[str]:
    return frozenset(_lines("de_lower_words.txt.gz"))


@cache
def german_proper_names() -> dict[str, frozenset[str]]:
    """German Wiktionary's proper names -> their kinds (given, family, place, proper)."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in _lines("de_proper_names.tsv"):
        form, kind = line.split("\t")
        out[form].add(kind)
    return {form: frozenset(kinds) for form, kinds in out.items()}


#: German linking elements between the parts of a compound (Universität-s-kapelle).
_LINKS = ("s", "es", "n", "en", "e", "er", "")
#: A compound's last part has at least this many letters (Gebäude|trakt), its first part
#: at least this many (Hof|mann is no compound of this kind: Hofmann is a family name).
_HEAD, _MODIFIER = 4, 3
#: A last part of three letters (Ort, Uhr) counts after a listed noun of five or more, or a
#: frequent one of four.
_SHORT_HEAD, _LONG_MODIFIER = 3, 5
_NAMES = frozenset(("given", "family"))


@lru_cache(maxsize=1 << 16)
def _known_stem(part: str) -> bool:
    if part in german_nouns() or part.capitalize() in german_nouns():
        return True
    low = part.lower()
    return any(low + end in _german_lower() for end in ("", "en", "n", "e"))


@lru_cache(maxsize=1 << 16)
def _english_stem(part: str) -> bool:
    """An English word of four letters or more that no list has as a name, as a German
    compound's first part (*Shell|skripte*): German joins English nouns to its own."""
    from glossary.lexicon import is_lower_word  # lexicon reads this module

    return (
        len(part) >= _HEAD
        and is_lower_word(part.lower(), "en")
        and not is_family_name(part.capitalize())
        and given_gender(part.capitalize()) is None
    )


def _name_stem(part: str) -> bool:
    """A listed given or family name of four letters or more, as a compound's first part."""
    return len(part) >= _HEAD and bool(german_proper_names().get(part, frozenset()) & _NAMES)


@lru_cache(maxsize=1 << 16)
def german_compound(word: str) -> bool:
    """A German compound whose last part is a common noun and whose first part is a
    known word (Gebäudetrakt, Wahlgebiet, Brennofen, Universitätskapelle; a noun in -e
    without it, Farbcodes; a frequent noun of three letters after a listed noun of five
    or more, Standardort, or a frequent one of four, Bildart, maybe without its -e,
    Farbtyp), or an adjective of five letters or more after a noun, capitalised at a
    sentence's start or as a noun (Einwilligungsfähig, Sprintstark, Kreideweiss): a name
    does not end in an adjective after a common noun unless a name list has it."""
    if len(word) < _HEAD + _MODIFIER:  # Eis|fall
        return False
    nouns = german_nouns()
    for i in range(_MODIFIER, len(word) - _SHORT_HEAD + 1):
        head = word[i:].capitalize()
        adjective = head not in nouns and len(head) > _HEAD and head.lower() in _german_lower()
        if head not in nouns and not adjective:
            if len(head) >= _HEAD + _MODIFIER and _known_stem(word[:i]) and german_compound(head):
                return True  # Versions|kontrollsystem: the last part a compound itself
            continue
        if len(head) > _HEAD and head in nouns and _english_stem(word[:i]):
            return True  # Shell|skripte, Browser|fenster: an English noun first
        modifier = word[:i]
        for link in _LINKS:
            if link and not modifier.endswith(link):
                continue
            stem = modifier[: len(modifier) - len(link)]
            if len(head) < _HEAD and not (
                _short_head_stem(stem, link, nouns)
                and german_common_words().get(head, -99.0) > STRONG
                and head.lower() not in _german_lower()  # Stall|man: the pronoun man
            ):
                continue  # Standard|ort, System|uhr: a frequent short noun after a listed one
            if adjective and not (stem in nouns and len(stem) >= _HEAD):
                continue  # an adjective after a noun: einwilligungs|fähig, sprint|stark
            if len(stem) >= _MODIFIER and _known_stem(stem):
                return True
            if not link and len(head) != _HEAD and len(stem) >= _HEAD and stem + "e" in nouns:
                return True  # Farb|codes, Farb|typ (a frequent short head, above): a noun in
                # -e drops it; not Kirch|witz
            if not adjective and len(head) > _HEAD and _name_stem(stem) and not _name_word(head):
                return True  # Goethe|preise, Otto|motor: a noun named after someone; not
                # a surname of two (Mayr|huber, a family name after a family name)
            if len(stem) >= _HEAD + _MODIFIER and german_compound(stem.capitalize()):
                return True  # Ganzkorn|reis: the first part a compound itself
    return False


def _short_head_stem(stem: str, link: str, nouns: frozenset[str]) -> bool:
    """A first part that a last part of three letters may follow: a listed noun of five
    letters or more (*Standard|ort*), or a frequent one of four, maybe without its -e
    (*Bild|art*, *Farb|typ*); not a rare short noun (*Ster|ton* of *Chesterton*)."""
    if len(stem) >= _LONG_MODIFIER:
        return stem in nouns
    if len(stem) < _HEAD:
        return False
    noun = stem if stem in nouns else stem + "e" if not link and stem + "e" in nouns else None
    return noun is not None and german_common_words().get(noun, -99.0) > STRONG


@cache
def german_role_nouns() -> frozenset[str]:
    """Wiktionary's German nouns with a feminine in -in beside them (Bischof is not, Kaiser/
    Kaiserin, Genosse/Genossin are): nouns that name a person by a role; those in -e with
    their form in -en too (Genossen). Not a neuter noun that only shares its letters with
    one (*Zeug* beside *Zeugin*, which is *Zeuge*'s; ``de_neuter_forms.txt``)."""
    return role_candidates() - frozenset(_lines("de_neuter_forms.txt"))


def role_candidates() -> frozenset[str]:
    """The nouns :func:`german_role_nouns` pairs with a feminine by their letters alone."""
    nouns = german_nouns()
    out = set()
    for noun in nouns:
        if len(noun) < 4 or noun.endswith("in"):
            continue
        stem = noun[:-1] if noun.endswith("e") else noun
        if stem + "in" in nouns and stem + "innen" in nouns:
            out.add(noun)
            if noun != stem and noun + "n" in nouns:
                out.add(noun + "n")  # Kollege: also Kollegen, as in Parteikollegen McCain
        elif _umlauted_role(noun, nouns):
            out.add(noun)
        elif noun + "essin" in nouns and noun + "essinnen" in nouns:
            out.add(noun)  # Prinz/Prinzessin: a feminine in -essin
    return frozenset(out)


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def _umlaut(word: str) -> str | None:
    """``word`` with its last full vowel umlauted (Anwalt: Anwält, Bauer: Bäuer), None when
    that vowel takes no umlaut."""
    for i in range(len(word) - 1, -1, -1):
        c = word[i]
        if c == "e" and i == len(word) - 2 and word.endswith(("er", "el")):
            continue  # the -er, -el ending: the stem's vowel is the one before
        if c in _UMLAUT:
            if c == "u" and i and word[i - 1] in "aA":  # au: äu
                return word[: i - 1] + _UMLAUT[word[i - 1]] + word[i:]
            return word[:i] + _UMLAUT[c] + word[i + 1 :]
        if c in "aeiouyäöü":
            return None
    return None


def has_feminine(noun: str) -> bool:
    """A German noun with a feminine in -in beside it, umlauted or not, family name or
    not (Graf/Gräfin, Präsident/Präsidentin), or such a feminine itself: a noun of a
    person by role or rank."""
    nouns = german_nouns()
    if noun not in nouns:
        return False
    if noun.endswith("in"):
        return noun + "nen" in nouns and len(noun) > 4  # Gräfin/Gräfinnen
    stem = noun[:-1] if noun.endswith("e") else noun
    umlauted = _umlaut(stem)
    return any(
        form + "in" in nouns and form + "innen" in nouns
        for form in (stem, umlauted)
        if form is not None
    )


def _umlauted_role(noun: str, nouns: frozenset[str]) -> bool:
    """A masculine or neuter noun (a genitive in -s) whose feminine in -in umlauts the
    stem (Anwalt/Anwältin, Landrat/Landrätin, Kardinal/Kardinälin), not itself a family
    name (Koch, Fuchs, Mann: a role before a name would make them no surname)."""
    if noun.endswith("e") or (noun + "s" not in nouns and noun + "es" not in nouns):
        return False
    umlauted = _umlaut(noun)
    if umlauted is None or umlauted in nouns:
        return False  # Jünger/Jüngerin: the feminine of another noun
    if umlauted + "in" not in nouns or umlauted + "innen" not in nouns:
        return False
    return not (is_family_name(noun) or "family" in proper_kinds(noun))


def is_german_lower(word: str) -> bool:
    """A capitalised German word that is written lower case in general use: a verb or
    adjective made a noun (Befallene, Flüchtige, Umleiten), an adverb that mostly opens
    a sentence (Erstens); in the spelling before 1996 too (Muß, Bewußt: ß after a short
    vowel, now ss)."""
    low = word.lower()
    if low in _german_lower() or word.capitalize() in _dictionary_lower():
        return True
    return "ß" in low and low.replace("ß", "ss") in _german_lower()


def adjective_es(word: str) -> bool:
    """A capitalised word in *-es* that German writes in lower case, and its form in *-e*
    too (*Vorheriges*, *Neues*), or a compound ending in one: an adjective's strong ending
    before its noun (*Vorheriges Thema*, *Architektur-unabhängiges Paket*), no name's
    genitive."""
    last = word.rsplit("-", 1)[-1]  # Architektur-unabhängiges Paket
    return last.endswith("es") and is_german_lower(last) and is_german_lower(last[:-1])


@cache
def _dictionary_lower() -> frozenset[str]:
    """Words a spelling dictionary writes only in lower case that text often writes
    capitalised (*Erstens*, *Ansonsten*, *Letzterer*; ``de_dictionary_lower.txt``)."""
    return frozenset(_lines("de_dictionary_lower.txt"))


#: Suffixes that make German abstract nouns (Keusch|heit, Mäßig|keit, Freund|schaft,
#: Real|ismus, Identi|tät), and -ung and -tion on a long word (Unterhalt|ung,
#: Farbtransforma|tion), with their plurals: nouns that stand bare as a sentence's
#: subject (*Keuschheit ist keine Tugend*) or object (*Ich habe
#: Verständigungsschwierigkeiten*), which no surname ends in; so do the Greek endings
#: of sciences, states and practices after three letters at least (Mono|gamie,
#: Klaustro|phobie, Philo|sophie, Astro|nomie; not the name Sophie).
_ABSTRACT = re.compile(
    r"(?:heit|keit|schaft|ismus|tät|[^\W\d_]{6}ung|[^\W\d_]{4}tion)(?:en)?$|ismen$"
    r"|[^\W\d_]{3}(?:log|gam|phob|soph|graph|graf|nom|krat|path|sthen|therap|skop|phon|tom)ien?$"
)


def is_abstract_noun(word: str) -> bool:
    """A capitalised German word shaped as an abstract noun, listed or not."""
    return word[:1].isupper() and word[1:].islower() and _ABSTRACT.search(word) is not None


def is_german_noun(word: str) -> bool:
    """A German common noun, as listed or as a compound of known parts; not a listed
    given or family name (Hofmann, Wolfgang are names even where they read as compounds)."""
    if word in german_nouns():
        return True
    if given_gender(word) is not None or is_family_name(word):
        return False
    kinds = german_proper_names().get(word)
    return not kinds and german_compound(word)


def proper_kinds(word: str) -> frozenset[str]:
    """What German Wiktionary lists ``word`` as: given, family, place, proper (or nothing)."""
    return german_proper_names().get(word, frozenset())


def named_compound(word: str) -> bool:
    """A German compound of a capitalised word and a listed noun, as a hyphen joins a
    name to what is named after it (*Koch-Institut*, *Nobel-Preis*); not a double name
    (*Strack-Zimmermann*: the noun is a family name too)."""
    head, _, tail = word.rpartition("-")
    return (
        head[:1].isupper()
        and tail[:1].isupper()
        and tail in german_nouns()
        and not _name_word(tail)
        and not _name_word(word)
    )


def _name_word(word: str) -> bool:
    """A listed family or given name (Vogel, Zimmermann, Ernst), whatever else it is."""
    return is_family_name(word) or given_gender(word) is not None or "family" in proper_kinds(word)


#: A German past participle that the list of finite verbs lacks: *ge-* first, maybe after
#: a separable prefix (*gestellt*, *angewandt*, *aufgeteilt*, *zusammengesetzt*); a
#: finite verb of an inseparable *ge-* stem is in that list (*gewinnt*, *gehört*).
_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|heraus|herum|hin|hinaus|hinzu|los|mit"
    r"|nach|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen)?ge[^\W\d_]{2,}t$"
)


def past_participle(word: str) -> bool:
    """A German past participle shaped as one (*gestellt*, *angewandt*): after a noun at
    a caption's start it is no finite verb (*Weichzeichnen angewandt*)."""
    return word not in german_finite_verbs() and _PARTICIPLE.match(word) is not None


#: Endings of German adjectives and adverbs that no finite verb has (*kreisförmig*,
#: *linear*, *radial*, *optisch*, *sichtbar*).
_ADJECTIVE = re.compile(r"(?:ig|lich|isch|bar|sam|haft|los|al|ell|iv|är|ös|ar)$")


def adjective_shaped(word: str) -> bool:
    """A lower-case German word with an adjective's ending that the finite verb list
    lacks: no verb after a sentence's first word (*Bewegungsunschärfe kreisförmig*, a
    filter's name as a heading)."""
    return word not in german_finite_verbs() and _ADJECTIVE.search(word) is not None


def regular_present(verb: str) -> bool:
    """A German verb's third person singular present, formed by rule from an infinitive
    German writes (*legt* of *legen*, *beschränkt*, *ändert* of *ändern*, *arbeitet*): a
    manual's or a definition's tense; news tells what a person did in the past (*Pinkwart
    plädierte*, *hielt*, *gewann*)."""
    if len(verb) < 3 or not verb.endswith("t") or verb.endswith("te"):
        return False
    lower = _german_lower()
    stem = verb[:-2] if verb.endswith("et") else verb[:-1]
    return stem + "en" in lower or (verb[:-1] + "n" in lower and verb[-2:-1] in "lr")
