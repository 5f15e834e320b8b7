"""A small ordered rewrite-rule engine for Cyrillic -> Latin conventions.

Each convention is a JSON table (``data/<name>.json``): an ordered list of
rules ``{"cyr": ..., "lat": ..., "after": ..., "before": ..., "src": [...],
"surname": true, "given": true}``.
At every position the first rule whose Cyrillic text matches and whose context
holds wins, so a table reads top to bottom like the printed rules it encodes.
Context strings list letters; ``{V}`` etc. expand to the letter classes below,
``^`` means word start and ``$`` word end. Conditions look at the Cyrillic
neighbours, which is where the printed rules state them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

# Letter classes shared by every table.
CLASSES = {
    "V": "аеёиоуыэюяіїє",  # vowels
    "J": "аеёиоуыэюяіїєъь'’ʼй",  # vowels, signs, й and apostrophes: "after a vowel" contexts
    "S": "еёиюяьіє",  # soft: palatalise a preceding д/н/т etc.
    "C": "бвгґджзйклмнпрстўфхцчшщ",  # consonants
    "H": "жчшщц",  # hushing sounds and ц
}

CYRILLIC = set("абвгґдеёжзийклмнопрстуўфхцчшщъыьэюяіїє")


def expand(spec: str) -> str:
    """Expand ``{X}`` class references in a context string."""
    out = []
    i = 0
    while i < len(spec):
        if spec[i] == "{":
            end = spec.index("}", i)
            out.append(CLASSES[spec[i + 1 : end]])
            i = end + 1
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Rule:
    cyr: str
    lat: str
    after: str | None = None
    before: str | None = None
    not_after: str | None = None
    not_before: str | None = None
    src: frozenset[str] | None = None
    surname: bool = False
    given: bool = False  # only in given names (German x for кс: Alexander, not Aksakow)

    def applies(self, word: str, i: int, src: str, surname: bool) -> bool:
        if self.src is not None and src not in self.src:
            return False
        if self.surname and not surname or self.given and surname:
            return False
        if not word.startswith(self.cyr, i):
            return False
        prev = word[i - 1] if i > 0 else "^"
        j = i + len(self.cyr)
        nxt = word[j] if j < len(word) else "$"
        if self.after is not None and prev not in self.after:
            return False
        if self.not_after is not None and prev in self.not_after:
            return False
        if self.before is not None and nxt not in self.before:
            return False
        return not (self.not_before is not None and nxt in self.not_before)


@dataclass(frozen=True)
class Table:
    """One transliteration convention (e.g. German press/Duden)."""

    name: str
    title: str
    lang: str
    rules: tuple[Rule, ...]
    sources: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # Rules by their first letter, in table order: the engine tries only these.
        by_first: dict[str, list[Rule]] = {}
        for rule in self.rules:
            by_first.setdefault(rule.cyr[:1], []).append(rule)
        object.__setattr__(self, "_by_first", {k: tuple(v) for k, v in by_first.items()})

    def word(self, word: str, src: str = "ru", surname: bool = False) -> str:
        """Transliterate one lower-case word (no spaces).

        ``surname`` enables the rules that only hold for family names (Czech
        ``-ová``, French ``-ine``).
        """
        out: list[str] = []
        i = 0
        by_first = self._by_first  # type: ignore[attr-defined]
        while i < len(word):
            for rule in by_first.get(word[i], ()):
                if rule.applies(word, i, src, surname):
                    out.append(rule.lat)
                    i += len(rule.cyr)
                    break
            else:
                out.append(word[i])
                i += 1
        return "".join(out)


def _cond(raw: dict, key: str) -> str | None:
    value = raw.get(key)
    return None if value is None else expand(value)


@cache
def load(name: str) -> Table:
    """Load ``data/<name>.json``."""
    path = DATA / f"{name}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    rules = tuple(
        Rule(
            cyr=r["cyr"],
            lat=r["lat"],
            after=_cond(r, "after"),
            before=_cond(r, "before"),
            not_after=_cond(r, "not_after"),
            not_before=_cond(r, "not_before"),
            src=frozenset(r["src"]) if "src" in r else None,
            surname=bool(r.get("surname", False)),
            given=bool(r.get("given", False)),
        )
        for r in raw["rules"]
    )
    return Table(
        name=raw["name"],
        title=raw["title"],
        lang=raw["lang"],
        rules=rules,
        sources=tuple(raw.get("sources", ())),
    )


def table_names() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.json"))
