"""Cyrillic -> Latin surnames against Wikidata labels (../shared/benchmarks/names/dev.jsonl).

Prints exact-match accuracy of the family name per target language for:
- bitext from the Russian label,
- bitext from the person's national label (uk for Ukraine, be for Belarus, else ru),
- iuliia's WIKIPEDIA scheme from the Russian label (the general-purpose peer).

Every miss is classified by general tests on the label (never by name):
- ``english``: the label is the English spelling (our English rendering of one
  of the person's Cyrillic labels, or the surname of the ``en`` label) although
  the target language's own convention gives another form;
- ``other``: the label is another language's form: the target convention
  applied to another Cyrillic label of the person (Russian form of a Ukrainian),
  our rendering in another convention, or another language's label;
- ``name``: the label is another name or script (it resembles none of our
  renderings of any of the person's Cyrillic labels);
- ``rule``: everything else, i.e. a rule error of ours (or a label following
  no convention we know).
Beside the raw accuracy the table prints the accuracy on the items whose label
follows the target convention (misses of kind ``english``/``other``/``name``
left out) and the ceiling (the share of such items: the best raw accuracy a
transliterator that follows the convention can reach).

Run: .bench/bin/python benchmarks/names_translit.py [FILE.jsonl] [--misses]
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from glossary.convert import convert
from glossary.translit import SOURCES, surname_index, to_latin
from glossary.translit import TARGETS as TABLES

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (
    Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared")) / "benchmarks/names/dev.jsonl"
)
TARGETS = ["de", "en", "hu", "pl", "fr", "cs"]
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def cyr_surname(label: str) -> str:
    head, comma, _ = label.partition(",")
    if comma:
        return head.strip()
    words = WORD.findall(label)
    return words[surname_index(words)]


def lat_surname(label: str) -> str:
    return WORD.findall(label)[-1]


def national(row: dict) -> tuple[str, str] | None:
    countries = row.get("source_countries", [])
    for country, lang in (("Ukraine", "uk"), ("Belarus", "be")):
        if country in countries and row.get(lang):
            return row[lang][0], lang
    return (row["ru"][0], "ru") if row.get("ru") else None


KINDS = ("english", "other", "name", "rule")
#: Below this similarity (0-100) to every rendering of ours a label is another name.
SAME_NAME = 60.0


def fold(text: str) -> str:
    """Lower case without diacritics: a loose comparison of Latin spellings."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def cyrillic_surnames(row: dict) -> list[tuple[str, str]]:
    """(surname, source language) for each Cyrillic label of the person we can read."""
    out = []
    for src in SOURCES:
        for label in row.get(src, []):
            out.append((cyr_surname(label), src))
    return out


def classify(row: dict, lang: str, gold: set[str], src: str) -> str:
    """Why a label is not our form: see the module docstring."""
    names = cyrillic_surnames(row)
    # The target convention itself, applied to another of the person's labels.
    if gold & {to_latin(name, lang, s) for name, s in names if s != src}:
        return "other"
    english = {to_latin(name, "en", s) for name, s in names}
    english |= {lat_surname(label) for label in row.get("en", [])}
    if lang != "en" and gold & english:
        return "english"
    others = {to_latin(name, conv, s) for name, s in names for conv in TABLES if conv != lang}
    others |= {
        lat_surname(label)
        for code in ("de", "en", "pl", "cs", "sk", "fr", "hu")
        if code != lang
        for label in row.get(code, [])
    }
    if gold & others:
        return "other"
    ours = {fold(to_latin(name, conv, s)) for name, s in names for conv in TABLES}
    best = max((fuzz.ratio(fold(g), r) for g in gold for r in ours), default=0.0)
    return "name" if best < SAME_NAME else "rule"


@dataclass
class Tally:
    """Hits and classified misses of one column."""

    n: int = 0
    ok: int = 0
    kinds: Counter = field(default_factory=Counter)

    def add(self, hit: bool, kind: str | None) -> None:
        self.n += 1
        self.ok += hit
        if not hit and kind:
            self.kinds[kind] += 1

    def row(self) -> str:
        follows = self.n - self.kinds["english"] - self.kinds["other"] - self.kinds["name"]
        conv = self.ok / follows if follows else 0.0
        kinds = " ".join(f"{self.kinds[k]:>3}" for k in KINDS)
        return f"{self.ok / self.n:>5.2f}  {conv:>6.2f}  {follows / self.n:>7.2f}  {kinds}"


HEAD = f"{'raw':>5}  {'conv.':>6}  {'ceiling':>7}  " + " ".join(f"{k[:3]:>3}" for k in KINDS)


def main(argv: list[str]) -> int:
    import iuliia  # the peer; only the printed table needs it

    path = Path(next((a for a in argv if not a.startswith("-")), DEFAULT))
    show = "--misses" in argv
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    print(f"{path.name}: {len(rows)} entities; exact match of the surname")
    print(
        "conv. = accuracy on labels that follow the target convention; ceiling = their share;\n"
        "misses: eng = label is the English form, oth = another language's or source's form,\n"
        "nam = another name or script, rul = rule error of ours\n"
    )
    print(
        f"{'target':8}{'n':>4}  {'bitext ru':>9}  {'ru --all':>8}  {'iuliia wiki':>11}  "
        f"{'nat. --all':>10}  | bitext nat.: {HEAD}"
    )
    ru_tallies: dict[str, Tally] = {}
    for lang in TARGETS:
        nat_tally = Tally()
        ru_tally = ru_tallies[lang] = Tally()
        n = ok_ru = ok_ru_all = ok_all = ok_iu = 0
        for row in rows:
            if not row.get(lang) or not row.get("ru"):
                continue
            gold = {lat_surname(label) for label in row[lang]}
            n += 1
            ru = cyr_surname(row["ru"][0])
            guess_ru = to_latin(ru, lang, "ru")
            nat_label, src = national(row)
            guess_nat = to_latin(cyr_surname(nat_label), lang, src)
            guess_iu = iuliia.WIKIPEDIA.translate(ru)
            ok_ru += guess_ru in gold
            ru_tally.add(
                guess_ru in gold, None if guess_ru in gold else classify(row, lang, gold, "ru")
            )
            ok_iu += guess_iu in gold
            ok_ru_all += bool(gold & set(convert(ru, "ru", lang, every=True)))
            ok_all += bool(gold & set(convert(cyr_surname(nat_label), src, lang, every=True)))
            hit = guess_nat in gold
            kind = None if hit else classify(row, lang, gold, src)
            nat_tally.add(hit, kind)
            if show and not hit:
                print(
                    f"   miss {lang} [{kind}] {row['id']}: {nat_label} ({src}) -> {guess_nat};"
                    f" gold {gold}"
                )
        print(
            f"{lang:8}{n:>4}  {ok_ru / n:>9.2f}  {ok_ru_all / n:>8.2f}  {ok_iu / n:>11.2f}  "
            f"{ok_all / n:>10.2f}  |              {nat_tally.row()}"
        )
    print(f"\nFrom the Russian label only\n\n{'target':8}{'n':>4}  {HEAD}")
    for lang, tally in ru_tallies.items():
        print(f"{lang:8}{tally.n:>4}  {tally.row()}")
    print("\nGerman label -> other languages, no Cyrillic given (surname exact match)\n")
    print(f"{'target':8}{'n':>4}  {'in --all':>8}  | top-1: {HEAD}")
    for lang in ("en", "hu", "pl", "cs", "fr"):
        tally = Tally()
        ok_all = 0
        for row in rows:
            if not row.get(lang):
                continue
            gold = {lat_surname(label) for label in row[lang]}
            de = lat_surname(row["de"][-1])
            forms = convert(de, "de", lang, every=True)
            hit = forms[0] in gold
            ok_all += bool(gold & set(forms))
            src = national(row)[1] if national(row) else "ru"
            kind = None if hit else classify(row, lang, gold, src)
            tally.add(hit, kind)
            if show and not hit:
                print(f"   miss de->{lang} [{kind}] {row['id']}: {de} -> {forms[:3]}; gold {gold}")
        print(f"{lang:8}{tally.n:>4}  {ok_all / tally.n:>8.2f}  |        {tally.row()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
