"""English abbreviations of ranks and offices before a name (*Col.*, *Gen.*, *Rev.*,
*Gov.*, *Prof.*), from nameparser's vocabulary (see README.md).

nameparser 2.6.0 (``vocab/en.toml`` and ``vocab/mul.toml``) gives each word its readings;
a military, office, religious or academic reading that names the full word it stands
for (``same_as`` or ``expands``: *col* → colonel, *rev* → reverend, *prof* → Professor)
marks a title. Kept: the entries that shorten that one word (its first letter, their
letters in its order, fewer of them), written with a full stop as English sets them
before a name. Left out: *St.* (Saint), which starts places' names as often (*St.
Louis*, *St. Petersburg*). The address forms of the same vocabulary (*Mr*, *Dr*) are in
``language_words.tsv`` already.

Run from the repository root with the pinned nameparser installed
(``glossary/data/requirements.txt``):

    .lists/bin/python glossary/data/rank_lists.py

The output is sorted and deterministic for the pinned version.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "en_rank_abbreviations.txt"
#: The readings of a word that make it a title before a name.
READINGS = ("military", "office", "religious", "academic")
#: Abbreviations that start places' names as often as persons' titles.
PLACE_WORDS = {"st"}


def shortens(short: str, word: str) -> bool:
    """``short`` is an abbreviation of ``word``: its first letter, then the rest of its
    letters in ``word``'s order, and fewer letters (*capt*, *cpt* of captain)."""
    short, word = short.lower(), word.lower()
    if not (short.isalpha() and 2 <= len(short) < len(word) and short[0] == word[0]):
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def english_ranks(vocab: Path) -> list[str]:
    """The abbreviations of one-word titles in ``vocab``'s English and common files."""
    out = set()
    for name in ("en", "mul"):
        with (vocab / f"{name}.toml").open("rb") as handle:
            entries = tomllib.load(handle).get("word", [])
        for entry in entries:
            text = entry["text"]
            for reading in READINGS:
                value = entry.get(reading)
                if not isinstance(value, dict) or text in PLACE_WORDS:
                    continue
                full = (value.get("same_as") or value.get("expands") or "").split(",")[0].strip()
                if re.fullmatch(r"[A-Za-z]+", full) and shortens(text, full):
                    out.add(text.lower() + ".")
    return sorted(out)


def main() -> int:
    import nameparser

    vocab = Path(next(iter(nameparser.__path__))) / "vocab"
    ranks = english_ranks(vocab)
    OUT.write_text("".join(f"{r}\n" for r in ranks), encoding="utf-8")
    print(f"{OUT.name}: {len(ranks)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
