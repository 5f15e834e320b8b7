"""Inputs the aligner tests build: a sample corpus as two sides, and made-up lines."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "po", "ni", "vu", "ze"]


def sample_pair(name: str) -> tuple[list[str], list[str]]:
    """The two sides of a sample corpus TSV (header skipped); skip if it is missing."""
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"{path} not in this checkout")
    with path.open(encoding="utf-8", newline="") as fh:
        _, *rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [a for a, _ in rows], [b for _, b in rows]


def made_up_lines(n: int, seed: int, words: tuple[int, int]) -> list[str]:
    """``n`` sentences of made-up words (no number, no real word), ``words`` long."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + "q"

    lines = (" ".join(word() for _ in range(rng.randint(*words))) for _ in range(n))
    return [line.capitalize() + "." for line in lines]
