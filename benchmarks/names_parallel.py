"""Person mentions in a parallel project: German recall and precision, and grouping.

The only parallel texts here with their persons known are the repository's
sample corpus, ``corpora/belarus-diplomacy`` (a German article with English,
Hungarian, Russian and Polish translations, aligned by hand in ``*.tsv``;
written for bitext, its persons listed in ``corpora/README.md``). The Russian
side writes the names in Cyrillic, so de-ru pairs them through the key of
their transliteration; both Russian and Polish decline them.

Gold mentions: every German word that is one of the listed persons' surnames,
as written or with the genitive -s (Lukaschenkos, Lukaschenko-System counts
for Lukaschenko). A predicted mention is a German variant of a person entry.
"grouped": the person's German and target-side mentions are in one entry.
"false entries": person entries with no form of a listed person on either side
(*Нобелевской*, *Kijowa*), the target side's false persons included.
"Cyrillic from Latin": where neither side is Cyrillic, the person entries whose
canonical form is the Cyrillic original both sides read back to.
Run: ``.venv/bin/python benchmarks/names_parallel.py``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import glossary  # noqa: E402

CORPORA = ROOT / "corpora"
#: The persons of the sample as corpora/README.md lists them, and their spellings
#: in the translations as written (the citation form of a declined name).
LANGS = ("en", "hu", "ru", "pl")
SPELLINGS = {
    "Lukaschenko": ("Lukashenko", "Lukasenko", "Лукашенко", "Łukaszenka"),
    "Kolesnikowa": ("Kalesnikava", "Kolesznyikova", "Колесникова", "Kalesnikawa"),
    "Bjaljazki": ("Bialiatski", "Bjaljacki", "Беляцкий", "Bialacki"),
    "Babariko": ("Babaryka", "Babariko", "Бабарико", "Babaryka"),
    "Tichanowskaja": ("Tsikhanouskaya", "Tyihanovszkaja", "Тихановская", "Cichanouska"),
    "Tokajew": ("Tokayev", "Tokajev", "Токаев", "Tokajew"),
    "Putin": ("Putin", "Putyin", "Путин", "Putin"),
    "Selenskyj": ("Zelensky", "Zelenszkij", "Зеленский", "Zełenski"),
    "Schulz": ("Schulz", "Schulz", "Шульц", "Schulz"),
    "Vogt": ("Vogt", "Vogt", "Фогт", "Vogt"),
    "Brenner": ("Brenner", "Brenner", "Бреннер", "Brenner"),
}
PERSONS = {de: dict(zip(LANGS, forms, strict=True)) for de, forms in SPELLINGS.items()}
WORD = re.compile(r"[^\W\d_]+")


def beads(pair: str) -> list[tuple[int, list[str], list[str]]]:
    with (CORPORA / f"belarus-diplomacy.{pair}.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    return [(i, [r[0]], [r[1]]) for i, r in enumerate(rows)]


def gold_mentions(rows) -> set[tuple[int, str]]:
    out = set()
    for pos, src, _ in rows:
        for m in WORD.finditer(src[0]):
            word = m.group()
            if word in PERSONS or word.endswith("s") and word[:-1] in PERSONS:
                out.add((pos, word[:-1] if word not in PERSONS else word))
    return out


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _listing(items: list[str]) -> str:
    return f"{len(items)}: {', '.join(items)}" if items else "0"


def main() -> int:
    print(
        "| pair | gold German mentions | P | R | persons grouped with their translation | not "
        "| false person entries | Cyrillic from Latin |"
    )
    print("|---|---:|---:|---:|---:|---|---|---|")
    for tgt in LANGS:
        rows = beads(f"de-{tgt}")
        entries = [e for e in glossary.build_entries(rows, "de", tgt) if e.type == "person"]
        gold = gold_mentions(rows)
        pred = set()
        for e in entries:
            for v in e.variants:
                if v.side == "src":
                    pred.add((v.bead, v.lemma))
        tp = len(pred & gold)
        p = tp / len(pred) if pred else 0.0
        r = tp / len(gold) if gold else 0.0
        apart = []
        for de, forms in PERSONS.items():
            holders = [e for e in entries if de in e.lemmas("de")]
            if len(holders) != 1 or forms[tgt] not in holders[0].lemmas(tgt):
                apart.append(f"{de} / {forms[tgt]}")
        grouped = f"{len(PERSONS) - len(apart)}/{len(PERSONS)}"
        listed = set(PERSONS) | {forms[tgt] for forms in PERSONS.values()}
        false = [e.canonical for e in entries if not listed & set(e.lemmas())]
        cyrillic = [e.canonical for e in entries if tgt != "ru" and _cyrillic(e.canonical)]
        print(
            f"| de-{tgt} | {len(gold)} | {p:.2f} | {r:.2f} | {grouped} | {', '.join(apart)} "
            f"| {_listing(false)} | {_listing(cyrillic) if tgt != 'ru' else '–'} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
