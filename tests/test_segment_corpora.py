"""The sample corpora: every gold alignment cell is made of whole segments.

A cell may hold several sentences (the translations merge and split a few), but a
segment must never straddle two cells: that would make the gold alignment unreachable.
"""

import csv
import re

import pytest
from conftest import CORPORA

from aligner.read import read_document
from aligner.segment import segment_document

CASES = [
    ("belarus-diplomacy.de-en.tsv", "de", "belarus-diplomacy.de.md"),
    ("belarus-diplomacy.de-en.tsv", "en", "belarus-diplomacy.en.md"),
    ("belarus-diplomacy.de-hu.tsv", "hu", "belarus-diplomacy.hu.md"),
    ("belarus-diplomacy.de-ru.tsv", "ru", "belarus-diplomacy.ru.md"),
    ("belarus-diplomacy.de-pl.tsv", "pl", "belarus-diplomacy.pl.md"),
    ("letter.de-en.tsv", "de", "letter.de.txt"),
    ("letter.de-en.tsv", "en", "letter.en.txt"),
]


def _fold(s):
    return re.sub(r"\s+", "", s)


@pytest.mark.parametrize("tsv, lang, name", CASES)
def test_gold_cells_are_whole_segments(tsv, lang, name):
    if not (CORPORA / tsv).exists() or not (CORPORA / name).exists():
        pytest.skip("sample corpus not present")
    with (CORPORA / tsv).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    col = rows[0].index(lang)
    cells = [_fold(r[col]) for r in rows[1:] if r[col].strip()]
    segs = [_fold(s.text) for s in segment_document(read_document(CORPORA / name, lang=lang))]
    i = 0
    for cell in cells:
        acc = ""
        while i < len(segs) and len(acc) < len(cell):
            acc += segs[i]
            i += 1
        assert acc == cell, f"segment straddles the gold cell {cell[:60]!r}"
    assert i == len(segs)
