"""Transliteration against Wikipedia titles: own-language label -> title, surname exact.

Data: ``../shared/benchmarks/names/dev-wikititles.jsonl`` (31 persons; for each the
label in the person's own language, Ukrainian for a Ukrainian, Belarusian for a
Belarusian, else Russian, and the Wikipedia article title per language). A
title is what that Wikipedia's editors write under their own naming rules,
the fair gold for "how does this language write the name". Score: the
surname of our first answer equals the surname of the title. "--all": the
title's surname is among the spellings ``names convert --all`` offers.

Peers in the same run, each given the same Cyrillic label: iuliia (Wikipedia
scheme, Russian only), ICU's BGN transforms (Russian-, Ukrainian-,
Belarusian-Latin/BGN, through PyICU), uroman, cyrtranslit. None of them has a
German, Hungarian, Polish, French or Czech convention; they are scored on
every target all the same, as a user who picks them would get.
Run: ``.bench/bin/python benchmarks/names_wikititles.py [--misses]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.convert import convert  # noqa: E402
from glossary.translit import surname_index  # noqa: E402

SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "benchmarks" / "names" / "dev-wikititles.jsonl"
TARGETS = ("de", "en", "hu", "pl", "cs", "fr")
TARGET_FLOOR = {"de": 0.95, "en": 0.90, "pl": 0.90, "cs": 0.90, "hu": 0.85, "fr": 0.85}
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def own_label(row: dict) -> tuple[str, str]:
    countries = row.get("source_countries", [])
    for country, lang in (("Ukraine", "uk"), ("Belarus", "be")):
        if country in countries and row.get(f"{lang}_label"):
            return row[f"{lang}_label"][0], lang
    return row["ru_label"][0], "ru"


def surname(label: str, cyrillic: bool) -> str:
    label = re.sub(r"\s*\(.*\)$", "", label)  # "Name (politician)"
    head, comma, _ = label.partition(",")
    if comma:
        return WORD.findall(head)[-1]
    words = WORD.findall(label)
    return words[surname_index(words)] if cyrillic else words[-1]


def index_of_surname(label: str) -> int:
    """Where the surname stands among the words of a Cyrillic label."""
    head, comma, _ = label.partition(",")
    if comma:
        return len(WORD.findall(head)) - 1
    return surname_index(WORD.findall(label))


def nth(text: str, n: int) -> str:
    words = WORD.findall(text)
    return words[n] if n < len(words) else (words[-1] if words else "")


def _peers() -> dict[str, Callable[[str, str], str] | None]:
    peers: dict[str, Callable[[str, str], str] | None] = {}
    try:
        import iuliia

        peers["iuliia WIKIPEDIA"] = lambda w, src: iuliia.WIKIPEDIA.translate(w)
    except ImportError:
        peers["iuliia WIKIPEDIA"] = None
    try:
        import icu

        tr = {
            s: icu.Transliterator.createInstance(f"{n}-Latin/BGN")
            for s, n in (("ru", "Russian"), ("uk", "Ukrainian"), ("be", "Belarusian"))
        }
        peers["ICU BGN"] = lambda w, src: tr[src].transliterate(w)
    except ImportError:
        peers["ICU BGN"] = None
    try:
        import uroman

        u = uroman.Uroman()
        codes = {"ru": "rus", "uk": "ukr", "be": "bel"}
        peers["uroman"] = lambda w, src: u.romanize_string(w, lcode=codes[src])
    except ImportError:
        peers["uroman"] = None
    try:
        import cyrtranslit

        codes = {"ru": "ru", "uk": "ua", "be": "by"}
        peers["cyrtranslit"] = lambda w, src: cyrtranslit.to_latin(w, codes[src])
    except ImportError:
        peers["cyrtranslit"] = None
    return peers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list bitext's misses")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA}: not found (set BITEXT_SHARED)", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    peers = _peers()
    names = ["bitext", "bitext --all", *peers]
    hits = {n: {t: 0 for t in TARGETS} for n in names}
    totals = dict.fromkeys(TARGETS, 0)
    misses = []
    for row in rows:
        label, src = own_label(row)
        cyr = surname(label, True)
        k = index_of_surname(label)
        for to in TARGETS:
            titles = row["titles"].get(to)
            if not titles:
                continue
            gold = surname(titles[0], False)
            totals[to] += 1
            every = [nth(x, k) for x in convert(label, src, to, every=True)]
            first = nth(convert(label, src, to)[0], k)
            hits["bitext"][to] += first == gold
            hits["bitext --all"][to] += gold in every
            if first != gold:
                misses.append(f"{to}: {label} -> {first} (title {titles[0]}; --all {every})")
            for name, fn in peers.items():
                if fn is not None:
                    hits[name][to] += nth(fn(cyr, src), 0) == gold
    print(f"{DATA.name}: own-language label -> Wikipedia title, surname exact")
    print("| system | " + " | ".join(f"{t} (n={totals[t]})" for t in TARGETS) + " |")
    print("|---|" + "---:|" * len(TARGETS))
    print("| target | " + " | ".join(f"{TARGET_FLOOR[t]:.2f}" for t in TARGETS) + " |")
    for name in names:
        if name in peers and peers[name] is None:
            print(f"| {name} | " + " | ".join("not installed" for _ in TARGETS) + " |")
            continue
        cells = [f"{hits[name][t] / totals[t]:.2f}" if totals[t] else "–" for t in TARGETS]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
