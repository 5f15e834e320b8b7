"""Read the sample corpus's gold alignment files (``NAME.tsv``, described in README.md).

The cells hold beads as joined sentence text; :func:`load` cuts them with a
deliberately plain rule (after ! ? or closing quotes, or after a full stop that
ends a word of five or more letters, before a capital, digit or opening quote;
after a colon only before an opening quote), which may split a gold sentence
further but never joins two. A colon before a capital is mostly a label
("Авторы: Катарина Фогт"), not a sentence end. The aligner's corpus test and
``benchmarks/names_anchors.py`` both read the gold through here.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = re.compile(
    r"(?:(?<=[!?…»“”])|(?<=[^\W\d_]{5}\.))\s+(?=[„»«\"A-ZÄÖÜÁÉÍÓÚŐŰĆŁŃŚŹŻА-ЯЁ0-9])"
    r"|(?<=:)\s+(?=[„»«\"])"
)
#: The gold files, by pair.
PAIRS = [
    "belarus-diplomacy.de-en",
    "belarus-diplomacy.de-hu",
    "belarus-diplomacy.de-ru",
    "belarus-diplomacy.de-pl",
    "letter.de-en",
]


def load(name: str) -> tuple[list[str], list[str], list[str], list[int], list[int], int]:
    """(header languages, source pieces, target pieces, each source piece's gold bead,
    each target piece's gold bead, number of gold beads) of the gold file ``name``."""
    with (HERE / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    src, tgt, src_bead, tgt_bead = [], [], [], []
    for k, (a, b) in enumerate(rows):
        for piece in SPLIT.split(a) if a else []:
            src.append(piece)
            src_bead.append(k)
        for piece in SPLIT.split(b) if b else []:
            tgt.append(piece)
            tgt_bead.append(k)
    return header, src, tgt, src_bead, tgt_bead, len(rows)


def is_whole(bead, src_bead: list[int], tgt_bead: list[int]) -> bool:
    """Whether ``bead`` holds exactly the pieces of one gold bead, on both sides."""
    if not bead.src or not bead.tgt:
        return False
    k = src_bead[bead.src.start]
    return list(bead.src) == [i for i, x in enumerate(src_bead) if x == k] and list(bead.tgt) == [
        j for j, x in enumerate(tgt_bead) if x == k
    ]
