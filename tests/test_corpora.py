"""The sample corpora and their gold alignments must agree with the texts.

The gold files are what alignment and segmentation quality is measured against, so a
gold cell that drifts from its text (an edited sentence, a dropped row) would silently
corrupt every later score. These checks use plain regexes on purpose: they must not
depend on the segmenter they help to test.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from tests.conftest import CORPORA

GOLD_FILES = sorted(CORPORA.glob("*.*-*.tsv"))

# A German sentence end: two lower-case letters (or a closing bracket) before the stop,
# so that ordinals ("13.") and "Dr." do not count, optionally a closing quote, then
# whitespace or the end. The few abbreviations of that shape in the corpus are excluded.
DE_SENTENCE_END = re.compile(
    r"(?<!\bProf)(?<!\bbzw)(?<!\bMio)(?<=[a-zäöüß)]{2})[.!?][“«\"]?(?=\s|$)"
)


def plain_text(path: Path) -> str:
    """The visible text of a Markdown or plain-text file, whitespace-normalised."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = re.sub(r"(?m)^#{1,6}[ \t]+", "", text)
        text = re.sub(r"(?m)^[ \t]*[-*+][ \t]+", "", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\*\*|\*", "", text)
    return " ".join(text.split())


def read_gold(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def text_file(stem: str, lang: str) -> Path:
    for suffix in (".md", ".txt"):
        path = CORPORA / f"{stem}.{lang}{suffix}"
        if path.exists():
            return path
    raise AssertionError(f"no text for {stem} in {lang}")


def test_gold_files_exist():
    names = {p.name for p in GOLD_FILES}
    expected = {
        "belarus-diplomacy.de-en.tsv",
        "belarus-diplomacy.de-hu.tsv",
        "belarus-diplomacy.de-pl.tsv",
        "belarus-diplomacy.de-ru.tsv",
        "letter.de-en.tsv",
    }
    assert expected <= names


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_gold_cells_cover_each_text_in_order(gold: Path):
    stem, pair = gold.name.removesuffix(".tsv").rsplit(".", 1)
    header, rows = read_gold(gold)
    assert header == pair.split("-")
    assert rows, "gold file has no rows"
    for column, lang in enumerate(header):
        cells = [row[column] for row in rows]
        for cell in cells:
            assert cell and cell == " ".join(cell.split()), f"untidy cell {cell!r}"
        text = plain_text(text_file(stem, lang))
        position = 0
        for cell in cells:
            found = text.find(cell, position)
            assert found == position, f"{lang}: {cell!r} not next after offset {position}"
            position = found + len(cell) + 1
        # Every sentence exactly once: the cells, joined, are the whole text.
        assert " ".join(cells) == text


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_rows_have_two_cells(gold: Path):
    _, rows = read_gold(gold)
    assert all(len(row) == 2 for row in rows)


def test_all_gold_files_share_the_german_side():
    pairs = ("de-en", "de-hu", "de-ru", "de-pl")
    sides = [[r[0] for r in read_gold(CORPORA / f"belarus-diplomacy.{p}.tsv")[1]] for p in pairs]
    assert len({" ".join(side) for side in sides}) == 1
    # The beads differ: each translation merges and splits in its own places.
    assert len({tuple(side) for side in sides}) == len(pairs)


def test_german_article_is_long_enough():
    _, rows = read_gold(CORPORA / "belarus-diplomacy.de-en.tsv")
    sentences = sum(len(DE_SENTENCE_END.findall(row[0])) for row in rows)
    assert sentences >= 40


def test_sentence_end_pattern_skips_abbreviations_and_dates():
    sample = "Prof. Dr. Schulz kam am 13. Dezember, d. h. bzw. z. B. 800 Mio. Dollar. Gut."
    assert len(DE_SENTENCE_END.findall(sample)) == 2
