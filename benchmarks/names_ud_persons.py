"""Person-name recall and precision on the UD dev parts that mark what kind of name a
proper noun is (the ``NameType`` feature: Belarusian HSE, Ukrainian IU, Russian Taiga,
Czech CAC and FicTree).

A word tagged ``NameType=Giv`` (given name), ``Sur`` (surname), ``Pat``
(patronymic) or ``Prs`` (a person's name not split further) is a gold person
word; a word inside a person bitext finds in the text is a predicted one.
Counted by word, so a found *Микола* of a gold *Микола Лукаш* is half the
name; user handles (Taiga's *@screened-18*) are left out. These treebanks
were never read to write a rule; the figures say how far detection carries
to text of these languages in general.

A second table reads two treebanks without name types by the animacy of their
proper nouns (``ANIMACY``): Russian GSD's singular animate ones are persons of
either gender, Polish PDB's human ones men only (so there recall alone holds).

Peer in the same run when installed in the benchmark env: natasha (Russian
NER, ``pip install natasha``) on the Russian treebank, its PER spans.

Run: ``.venv/bin/python benchmarks/names_ud_persons.py`` (``--misses N`` prints N
missed and N wrong person words per treebank on stderr).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from names_detect import read_ud  # noqa: E402
from names_ud import UD, bitext_spans, natasha_spans  # noqa: E402

#: Treebank folder → the language bitext reads it as; only these mark NameType.
TREEBANKS = {
    "UD_Belarusian-HSE": "be",
    "UD_Ukrainian-IU": "uk",
    "UD_Russian-Taiga": "ru",
    "UD_Czech-CAC": "cs",
    "UD_Czech-FicTree": "cs",
}
PERSON_TYPES = frozenset({"Giv", "Sur", "Pat", "Prs"})
#: Treebanks without name types whose proper nouns carry an animacy that marks persons:
#: folder -> (language, the ``Animacy`` value). Russian GSD's animate proper nouns are
#: persons of either gender (and a few animals), so recall and precision both hold;
#: Polish PDB's human ones are men only (a woman's name is feminine, no animacy), so
#: only recall holds there.
ANIMACY = {"UD_Russian-GSD": ("ru", "Anim"), "UD_Polish-PDB": ("pl", "Hum")}


def score(text: str, words: list[tuple[int, int, str]], spans) -> dict:
    """Word-level counts of one system's person spans against the NameType gold."""
    persons = sorted((s, e) for s, e, kind in spans if kind == "person")
    out = {"gold": 0, "found": 0, "predicted": 0, "right": 0, "missed": [], "wrong": []}
    i = 0
    for start, end, name_type in words:
        if "@" in text[start:end] or not any(ch.isalpha() for ch in text[start:end]):
            continue  # punctuation; a user name (Taiga's @screened-18) is no name written
        while i < len(persons) and persons[i][1] <= start:
            i += 1
        inside = i < len(persons) and persons[i][0] < end
        gold = name_type in PERSON_TYPES or name_type == "ANIMATE"
        out["gold"] += gold
        out["predicted"] += inside
        if gold and inside:
            out["found"] += 1
            out["right"] += 1
        elif gold:
            out["missed"].append(text[start:end])
        elif inside:
            out["wrong"].append(f"{text[start:end]} ({name_type or '-'})")
    return out


def rows(folder: str, lang: str, text: str, words, misses: int, precision: bool) -> None:
    """One table row per system on one treebank (``precision``: whether the gold holds
    every person, so that a predicted word outside it is wrong)."""
    for name, system in (("bitext", bitext_spans), ("natasha", natasha_spans)):
        t0 = time.perf_counter()
        spans = system(text, lang)
        secs = time.perf_counter() - t0
        if spans is None:
            continue
        r = score(text, words, spans)
        rec = r["found"] / r["gold"] if r["gold"] else 0.0
        prec = r["right"] / r["predicted"] if r["predicted"] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        shown = f"{prec:.3f} | {f1:.3f}" if precision else "– | –"
        print(
            f"| {folder[3:]} | {lang} | {name} | {r['gold']} | {r['found']} | {rec:.3f} "
            f"| {r['predicted']} | {shown} | {secs:.1f} |"
        )
        for kind in ("missed", "wrong") if misses else ():
            print(folder, name, kind, " | ".join(r[kind][:misses]), file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    header = (
        "| treebank | lang | system | gold person words | found | recall "
        "| predicted | precision | F1 | seconds |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    print(header)
    for folder, lang in TREEBANKS.items():
        dev = sorted((UD / folder).glob("*-ud-dev.conllu"))
        if not dev:
            print(f"{UD / folder}: no dev part", file=sys.stderr)
            continue
        text, words = read_ud(dev[0], name_type=True)
        rows(folder, lang, text, words, args.misses, True)
    print("\nPersons by animacy (singular animate proper nouns; Polish: men only):\n")
    print(header)
    for folder, (lang, animacy) in ANIMACY.items():
        dev = sorted((UD / folder).glob("*-ud-dev.conllu"))
        if not dev:
            print(f"{UD / folder}: no dev part", file=sys.stderr)
            continue
        text, words = read_ud(dev[0], animacy=animacy)
        rows(folder, lang, text, words, args.misses, lang != "pl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
