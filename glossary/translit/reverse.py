"""From a Latin spelling back to Cyrillic candidates, and so from one language's
spelling to another's (German Bjaljazki -> Cyrillic -> English).

The reverse map is derived from the forward tables, never written twice: every
rule ``cyr -> lat`` offers ``lat -> cyr``. A beam search splits the Latin word
into such pieces; only candidates whose forward transliteration gives the
input back are kept (a round trip), ranked by a small cost that prefers common
letters and fewer of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from glossary.translit.engine import load

# Letters each source language writes (others are not proposed).
ALPHABET = {
    "ru": set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    "uk": set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
    "be": set("абвгдеёжзійклмнопрстуўфхцчшыьэюя"),
}
# Cost of proposing a letter: rare letters and signs cost more.
_LETTER_COST = {
    "э": 2.0,
    "ы": 1.5,
    "ъ": 3.0,
    "щ": 0.0,
    "ё": 1.0,
    "ї": 1.0,
    "є": 1.0,
    "ґ": 2.0,
    "ь": 1.0,
    "й": 0.3,
    "ў": 0.5,
    "і": 0.2,
    "з": 0.3,
    "ж": 0.3,
}
_VOWELS = set("аеёиоуыэюяіїє")
_VOICELESS = set("кптфхцчшщс")
_SOURCE_COST = {"ru": 0.0, "uk": 0.6, "be": 0.8}
# Endings typical of East Slavic surnames and adjectives get a small bonus.
_ENDING_BONUS = {
    "ский": 0.8,
    "цкий": 0.8,
    "кий": 0.4,
    "ський": 0.8,
    "цький": 0.8,
    "скі": 0.6,
    "цкі": 0.6,
}
BEAM = 400


@dataclass(frozen=True, slots=True)
class Candidate:
    cyrillic: str
    src: str
    cost: float


@cache
def _pieces(table: str, src: str) -> dict[str, tuple[str, ...]]:
    """Latin piece -> Cyrillic strings that a rule of ``table`` writes as it."""
    out: dict[str, set[str]] = {}
    for rule in load(table).rules:
        if not rule.lat or (rule.src is not None and src not in rule.src):
            continue
        if not set(rule.cyr) <= ALPHABET[src]:
            continue
        out.setdefault(rule.lat, set()).add(rule.cyr)
    return {lat: tuple(sorted(cyrs)) for lat, cyrs in out.items()}


def _cost(cyr: str) -> float:
    return sum(_LETTER_COST.get(ch, 0.0) for ch in cyr) + 0.3 * len(cyr)


def _context_cost(word: str, src: str = "ru") -> float:
    """Penalise spellings Russian phonotactics make unlikely (the forward
    tables cannot tell з from с or ж from ш in German, for example)."""
    cost = 0.0
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        prev = word[i - 1] if i else ""
        if ch in "зж" and (nxt == "" or nxt in _VOICELESS):
            cost += 1.0
        elif ch == "ш" and prev == "д":
            cost += 1.0  # дж is the affricate
        elif ch == "с" and prev == "д" and (i == 1 or nxt in _VOWELS):
            cost += 1.0  # дз is the affricate (German Ds-, Dsch-)
        elif ch in "сз" and prev == "т":
            cost += 1.0  # ц is the affricate
        elif ch == "х" and prev in "ксз":
            cost += 1.0  # kh, sch, sh spell one sound
        elif ch == "г" and prev in "кстзц" and src != "ru":
            cost += 1.0  # Ukrainian/Belarusian г is h: sh, kh, ts+h are digraphs
        elif ch == "ў" and prev not in _VOWELS:
            cost += 2.0  # Belarusian ў follows a vowel
        elif src == "be" and prev in "жшчцр" and ch in "еэ":
            cost += 1.0 if ch == "е" else -2.0  # е after a hard consonant is written э
        elif ch == "й" and prev not in _VOWELS:
            cost += 2.0
        elif ch in "ьъ" and (prev in _VOWELS or prev == ""):
            cost += 2.0
    return cost


def to_cyrillic(word: str, table: str, src: str = "ru", limit: int = 10) -> list[Candidate]:
    """Cyrillic words (in ``src``) that ``table`` would spell as ``word``, best first."""
    latin = word.lower()
    pieces = _pieces(table, src)
    longest = max((len(p) for p in pieces), default=1)
    # beams[i]: partial Cyrillic strings covering latin[:i]
    beams: list[dict[str, float]] = [dict() for _ in range(len(latin) + 1)]
    beams[0][""] = 0.0
    for i in range(len(latin)):
        if not beams[i]:
            continue
        best = sorted(beams[i].items(), key=lambda kv: kv[1])[:BEAM]
        for n in range(1, min(longest, len(latin) - i) + 1):
            for cyr in pieces.get(latin[i : i + n], ()):
                for partial, cost in best:
                    new = partial + cyr
                    c = cost + _cost(cyr)
                    if c < beams[i + n].get(new, 1e9):
                        beams[i + n][new] = c
    tab = load(table)
    found = []
    for cyr, cost in beams[len(latin)].items():
        if tab.word(cyr, src, surname=True) != latin and tab.word(cyr, src) != latin:
            continue
        for ending, bonus in _ENDING_BONUS.items():
            if cyr.endswith(ending):
                cost -= bonus
                break
        found.append(Candidate(cyr, src, cost + _context_cost(cyr, src) + _SOURCE_COST[src]))
    found.sort(key=lambda c: (c.cost, c.cyrillic))
    return found[:limit]


def candidates(
    word: str, table: str, sources: tuple[str, ...] = ("ru", "uk", "be"), limit: int = 10
) -> list[Candidate]:
    """Cyrillic readings of ``word`` across source languages, best first."""
    out: list[Candidate] = []
    for src in sources:
        out += to_cyrillic(word, table, src, limit)
    out.sort(key=lambda c: (c.cost, c.cyrillic))
    return out[:limit]
