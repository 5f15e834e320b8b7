"""Per-language rule data: abbreviations and word lists the engine consults.

Abbreviations come from ``data/lists/<lang>.tsv``, made by ``make_lists.py``
from general sources (the Moses nonbreaking-prefix lists that sacremoses ships,
Unicode CLDR's sentence-break suppressions), each entry with its kind: always
an abbreviation, only before a number, or ambiguous (also a word, so the next
word decides). bitext's grammar data lives in ``data/<lang>.txt``: INI-like
sections of one entry per line, ``#`` starts a comment. A language with neither
still works with the language-neutral rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from aligner.errors import BitextError

DATA_DIR = Path(__file__).resolve().parent / "data"

SECTIONS = (
    "abbreviations",  # never end a sentence when followed by a period ("Dr.", "Str.")
    "final",  # abbreviations that may also end one ("usw.", "etc.")
    "numeric_only",  # non-breaking only before a digit ("Nr. 5", "Art. 3")
    "starters",  # capitalised words that typically open a sentence ("Der", "Dann")
    "strong_starters",  # capitalised only at a sentence start ("Ich", "Dann")
    "after_ordinal",  # words that follow an ordinal ("13. Dezember", "19. Jahrhundert")
    "before_ordinal",  # words that precede an ordinal ("am 13.")
    "before_cardinal",  # words that precede a plain number ("Seite 12.")
    "continuation",  # words that cannot end a sentence (articles, prepositions, conjunctions)
    "inside",  # openers also capitalised inside a sentence ("Ihr", "Mehr")
    "title_nouns",  # nouns before titles: "die Zeitung Die Welt" is no boundary
    "settings",  # key = value
)


@dataclass(frozen=True)
class LanguageData:
    """Everything language-specific the segmenter needs, as sets for O(1) lookups."""

    lang: str
    abbreviations: frozenset[str] = frozenset()
    final: frozenset[str] = frozenset()
    numeric_only: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    strong_starters: frozenset[str] = frozenset()
    after_ordinal: frozenset[str] = frozenset()
    before_ordinal: frozenset[str] = frozenset()
    before_cardinal: frozenset[str] = frozenset()
    continuation: frozenset[str] = frozenset()
    inside: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def ordinal_dot(self) -> bool:
        """Whether "13." is an ordinal in this language (German, Hungarian, Czech ...)."""
        return self.settings.get("ordinal_dot", "no") == "yes"

    @property
    def enumerator_apart(self) -> bool:
        """Whether the number of a numbered item is a segment of its own ("1." | "Text"),
        as Ukrainian sets it; elsewhere "1. Text" is one segment (German golden rules)."""
        return self.settings.get("enumerator_apart", "no") == "yes"

    @property
    def unpunctuated(self) -> bool:
        """Whether a capitalised opener after a word marks a boundary without a full stop."""
        return self.settings.get("unpunctuated", "no") == "yes"

    @property
    def join_paragraphs(self) -> bool:
        """Whether a blank line before a lower-case word is a broken sentence (German prose,
        where every noun is capitalised, so a lower-case paragraph start is telling)."""
        return self.settings.get("join_paragraphs", "no") == "yes"

    @property
    def capitalised_nouns(self) -> bool:
        """Whether nouns are capitalised (German): then a capital after an abbreviation
        is weak evidence of a new sentence."""
        return self.settings.get("capitalised_nouns", "no") == "yes"

    @property
    def title_case(self) -> bool:
        """Whether titles and names of bodies are capitalised word by word (English):
        then "NASA Administrator" is no heading before a sentence."""
        return self.settings.get("title_case", "no") == "yes"

    def is_abbreviation(self, word: str) -> bool:
        """``word`` (without its period) is a known abbreviation, also capitalised ("Vgl")."""
        return word in self.abbreviations or (word[:1].lower() + word[1:]) in self.abbreviations

    def with_extra(self, extra: Iterable[str]) -> LanguageData:
        """A copy with user abbreviations added (given with or without the final period)."""
        words = {w.strip().rstrip(".") for w in extra}
        words.discard("")
        if not words:
            return self
        return LanguageData(
            self.lang,
            self.abbreviations | words,
            self.final,
            self.numeric_only,
            self.starters,
            self.strong_starters,
            self.after_ordinal,
            self.before_ordinal,
            self.before_cardinal,
            self.continuation,
            self.inside,
            self.title_nouns,
            self.settings,
        )


LISTS_DIR = DATA_DIR / "lists"


@lru_cache(maxsize=64)
def listed(lang: str) -> dict[str, str]:
    """Entry -> kind (always, numeric, ambiguous) from ``lists/<lang>.tsv``, made by
    ``make_lists.py`` from the Moses lists and CLDR; empty for a language without one."""
    path = LISTS_DIR / f"{lang}.tsv"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            entry, kind, _ = line.split("\t")
            out[entry] = kind
    return out


_SECTION = re.compile(r"^\[(\w+)\]\s*$")


def parse_data(text: str, source: str = "") -> dict[str, set[str]]:
    """Parse a ``data/<lang>.txt`` file into its sections."""
    out: dict[str, set[str]] = {name: set() for name in SECTIONS}
    current = "abbreviations"
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.startswith("#") else ""
        if not line:
            continue
        m = _SECTION.match(line)
        if m:
            if m.group(1) not in out:
                raise ValueError(f"{source}: unknown section [{m.group(1)}]")
            current = m.group(1)
            continue
        out[current].add(line)
    return out


def has_rules(lang: str) -> bool:
    """Whether bitext knows anything particular about ``lang`` (its own data or Moses')."""
    lang = lang.lower().split("-")[0].split("_")[0]
    return (DATA_DIR / f"{lang}.txt").exists() or bool(listed(lang))


@lru_cache(maxsize=64)
def load(lang: str) -> LanguageData:
    """The rule data for ``lang`` (an ISO 639-1 code such as "de")."""
    lang = lang.lower().split("-")[0].split("_")[0]
    kinds = listed(lang)
    plain = {e for e, k in kinds.items() if k != "numeric"}
    numeric = {e for e, k in kinds.items() if k == "numeric"}
    ambiguous = {e for e, k in kinds.items() if k == "ambiguous"}
    path = DATA_DIR / f"{lang}.txt"
    own = parse_data(path.read_text(encoding="utf-8"), str(path)) if path.exists() else None
    if own is None:
        own = {name: set() for name in SECTIONS}
        own["settings"] = set()
    settings = {}
    for entry in own["settings"]:
        key, _, value = entry.partition("=")
        settings[key.strip()] = value.strip()
    # Moses lists numbers 1-99 as German prefixes; bitext decides numbers by rule instead.
    plain = {w for w in plain if not w.isdigit()}
    # Acronyms such as "BSE" or "SA" end sentences far more often than they abbreviate.
    plain = {w for w in plain if not (len(w) > 1 and w.isalpha() and w.isupper())}
    return LanguageData(
        lang=lang,
        abbreviations=frozenset(plain | own["abbreviations"] | own["final"]),
        final=frozenset(own["final"] | ambiguous),
        numeric_only=frozenset(numeric | own["numeric_only"]),
        starters=frozenset(own["starters"] | own["strong_starters"]),
        strong_starters=frozenset(own["strong_starters"]),
        after_ordinal=frozenset(own["after_ordinal"]),
        before_ordinal=frozenset(own["before_ordinal"]),
        before_cardinal=frozenset(own["before_cardinal"]),
        continuation=frozenset(own["continuation"]),
        inside=frozenset(own["inside"]),
        title_nouns=frozenset(own["title_nouns"]),
        settings=settings,
    )


def read_abbreviation_file(path: str | Path) -> list[str]:
    """A user abbreviation file: one abbreviation per line, ``#`` comments, period optional."""
    from aligner.read import read_document

    doc = read_document(path, fmt="text")
    words = []
    for line in doc.text.splitlines():
        line = line.split("#", 1)[0].strip()
        # "z. B." is stored as its parts: each part is an abbreviation of its own.
        words.extend(part.rstrip(".") for part in line.split() if part.rstrip("."))
    if not words:
        raise BitextError("no abbreviations in file", str(path))
    return words
