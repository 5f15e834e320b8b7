"""The sample corpus (corpora/): every pair aligned as its authors intended.

The gold files list beads as joined sentence text; ``corpora/gold.py`` cuts
the cells with a deliberately plain rule, which can split a gold sentence
further but never joins two. The aligner must then reproduce the
gold beads or a finer version of them: no bead may cross a gold bead's
boundary and no sentence may be left without a counterpart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align import align
from corpora import gold
from corpora.gold import PAIRS

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def load(name: str):
    path = CORPORA / f"{name}.tsv"
    if not path.exists():
        pytest.skip(f"{path} not in this checkout")
    return gold.load(name)


@pytest.mark.parametrize("name", PAIRS)
def test_sample_corpus_aligns_as_intended(name):
    (src_lang, tgt_lang), src, tgt, src_bead, tgt_bead, n_gold = load(name)
    result = align(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, progress=False)
    crossing = [
        (list(b.src), list(b.tgt))
        for b in result.beads
        if len({src_bead[i] for i in b.src} | {tgt_bead[j] for j in b.tgt}) != 1
    ]
    assert crossing == []
    assert result.info["unpaired_src"] == result.info["unpaired_tgt"] == 0
    # beyond consistency, most gold beads (merges and splits included) come out whole
    whole = {src_bead[b.src.start] for b in result.beads if gold.is_whole(b, src_bead, tgt_bead)}
    assert len(whole) >= 0.9 * n_gold


SOURCES = {
    "belarus-diplomacy.de-en": ("belarus-diplomacy.de.md", "belarus-diplomacy.en.md"),
    "belarus-diplomacy.de-hu": ("belarus-diplomacy.de.md", "belarus-diplomacy.hu.md"),
    "belarus-diplomacy.de-ru": ("belarus-diplomacy.de.md", "belarus-diplomacy.ru.md"),
    "belarus-diplomacy.de-pl": ("belarus-diplomacy.de.md", "belarus-diplomacy.pl.md"),
    "letter.de-en": ("letter.de.txt", "letter.en.txt"),
}


@pytest.mark.parametrize("name", PAIRS)
def test_segment_and_align_reproduces_the_gold_file(name, capsys):
    """The whole pipeline, as `bitext align SRC TGT --format tsv` runs it."""
    pytest.importorskip("aligner.segment", reason="the segmenter is not in this checkout")
    from aligner.cli import main

    path = CORPORA / f"{name}.tsv"
    if not path.exists():
        pytest.skip(f"{path} not in this checkout")
    src, tgt = (str(CORPORA / f) for f in SOURCES[name])
    assert main(["align", src, tgt, "--format", "tsv"]) == 0
    got = [line.rsplit("\t", 1)[0] for line in capsys.readouterr().out.splitlines()]
    gold = path.read_text(encoding="utf-8").splitlines()[1:]
    assert got == gold
