"""Cyrillic -> Latin surnames against Wikidata labels (../shared/benchmarks/names/dev.jsonl).

Prints exact-match accuracy of the family name per target language for:
- bitext from the Russian label,
- bitext from the person's national label (uk for Ukraine, be for Belarus, else ru),
- iuliia's WIKIPEDIA scheme from the Russian label (the general-purpose peer).

Run: PYTHONPATH=. /work/venv/bin/python benchmarks/names_translit.py [FILE.jsonl] [--misses]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import iuliia

from glossary.convert import convert
from glossary.translit import surname_index, to_latin

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (
    next(
        (p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.exists()),
        ROOT.parent / "shared",
    )
    / "benchmarks/names/dev.jsonl"
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


def main(argv: list[str]) -> int:
    path = Path(next((a for a in argv if not a.startswith("-")), DEFAULT))
    show = "--misses" in argv
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    print(f"{path.name}: {len(rows)} entities; exact match of the surname\n")
    print(
        f"{'target':8}{'n':>4}  {'bitext ru':>10}  {'ru --all':>9}  {'bitext nat.':>12}"
        f"  {'nat. --all':>11}  {'iuliia wiki':>12}"
    )
    for lang in TARGETS:
        n = ok_ru = ok_ru_all = ok_nat = ok_all = ok_iu = 0
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
            ok_nat += guess_nat in gold
            ok_iu += guess_iu in gold
            ok_ru_all += bool(gold & set(convert(ru, "ru", lang, every=True)))
            ok_all += bool(gold & set(convert(cyr_surname(nat_label), src, lang, every=True)))
            if show and guess_nat not in gold:
                print(
                    f"   miss {lang} {row['id']}: {nat_label} ({src}) -> {guess_nat}; gold {gold}"
                )
        print(
            f"{lang:8}{n:>4}  {ok_ru / n:>10.2f}  {ok_ru_all / n:>9.2f}  {ok_nat / n:>12.2f}"
            f"  {ok_all / n:>11.2f}  {ok_iu / n:>12.2f}"
        )
    print("\nGerman label -> other languages, no Cyrillic given (surname exact match)\n")
    print(f"{'target':8}{'n':>4}  {'top-1':>6}  {'in --all':>9}")
    for lang in ("en", "hu", "pl", "cs", "fr"):
        n = ok = ok_all = 0
        for row in rows:
            if not row.get(lang):
                continue
            gold = {lat_surname(label) for label in row[lang]}
            n += 1
            de = lat_surname(row["de"][-1])
            forms = convert(de, "de", lang, every=True)
            ok += forms[0] in gold
            ok_all += bool(gold & set(forms))
            if show and forms[0] not in gold:
                print(f"   miss de->{lang} {row['id']}: {de} -> {forms[:3]}; gold {gold}")
        print(f"{lang:8}{n:>4}  {ok / n:>6.2f}  {ok_all / n:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
