"""Match every Latin surname form (and its inflected forms) to the right person.

For each person of ../shared/benchmarks/names/dev.jsonl the index holds only the
keys of the Cyrillic surnames (as a glossary entry would). Each Latin label's
surname, and the inflected forms made by the small generator below (written
apart from glossary.inflect, so the matcher is not tested against itself),
must match its own person among all of them.

Run: .bench/bin/python benchmarks/names_match.py [FILE.jsonl] [--misses]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from names_translit import DEFAULT, WORD, cyr_surname  # same data, same surname rule

from glossary.key import key
from glossary.match import best_match

LANGS = ["de", "en", "hu", "pl", "cs", "fr"]
CYR_LANGS = ["ru", "uk", "be", "be_tarask", "kk", "ky", "bg", "sr", "mk"]


def inflect(name: str, lang: str) -> list[str]:
    """A few case forms per language, written independently of glossary.inflect."""
    low = name.lower()
    if lang == "de":
        return [name + ("'" if low[-1] in "sxz" else "s")]
    if lang in ("en", "fr"):
        return [name + "'s"]
    if lang == "hu":
        longer = {"a": "á", "e": "é", "o": "ó"}
        stem = name[:-1] + longer.get(low[-1], name[-1])
        front = not re.search(r"[aáoóuú]", low) or low.rstrip("bcdfghjklmnpqrstvwxyz")[-1:] in "eé"
        ending = low[-1] in "aeiouáéíóú"
        acc = "t" if ending or low[-1] in "nlrsz" else ("et" if front else "ot")
        ins = ("vel" if front else "val") if ending else name[-1] + ("el" if front else "al")
        return [
            stem + acc,
            stem + ("nek" if front else "nak"),
            stem + ins,
            stem + ("ről" if front else "ról"),
        ]
    if lang == "pl":
        if low.endswith(("owa", "ewa", "ska", "cka", "ina")):
            return [name[:-1] + "ej", name[:-1] + "ą"]
        if low.endswith(("ski", "cki")):
            return [name + "ego", name + "m"]
        if low.endswith(("ko", "ka")):
            return [name[:-1] + "i", name[:-1] + "ę", name[:-2] + "ce"]
        return [name + "a", name + "owi", name + "em"]
    if lang == "cs":
        if low.endswith("á"):
            return [name[:-1] + "é", name[:-1] + "ou"]
        if low.endswith("o"):
            return [name[:-1] + "a", name[:-1] + "ovi"]
        return [name + "a", name + "ovi", name + "em"]
    return []


def main(argv: list[str]) -> int:
    path = Path(next((a for a in argv if not a.startswith("-")), DEFAULT))
    show = "--misses" in argv
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    index = {
        row["id"]: {
            key(cyr_surname(label), "ru") for lang in CYR_LANGS for label in row.get(lang, [])
        }
        for row in rows
    }
    print(f"{path.name}: {len(rows)} persons, index = keys of their Cyrillic surnames only\n")
    print(f"{'lang':6}{'forms':>6}  {'nominative':>10}  {'inflected':>10}  {'inflected n':>11}")
    for lang in LANGS:
        n = ok = n_inf = ok_inf = 0
        for row in rows:
            for label in row.get(lang, []):
                surname = WORD.findall(label)[-1]
                got, score = best_match(surname, lang, index)
                n += 1
                ok += got == row["id"]
                if show and got != row["id"]:
                    print(f"   miss {lang} {surname} -> {got} ({score:.2f}), want {row['id']}")
                for form in inflect(surname, lang):
                    got, score = best_match(form, lang, index)
                    n_inf += 1
                    ok_inf += got == row["id"]
                    if show and got != row["id"]:
                        print(f"   miss {lang} {form} -> {got} ({score:.2f}), want {row['id']}")
        print(f"{lang:6}{n:>6}  {ok / n:>10.2f}  {ok_inf / n_inf:>10.2f}  {n_inf:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
