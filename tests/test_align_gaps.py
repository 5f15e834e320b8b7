"""Evidence per sentence: a missing passage inside a short translation is found and placed."""

from __future__ import annotations

import re

import numpy as np

from aligner.align import align, gaps
from aligner.cli import main
from tests.test_align_mismatch import corpus


def one_to_one(n: int) -> list[tuple[int, int, int, int]]:
    return [(k, k, k + 1, k + 1) for k in range(n)]


def flags(text: str) -> np.ndarray:
    return np.array([c == "+" for c in text])


def test_a_run_of_sentences_without_evidence_is_a_region():
    """Four full sentences in a row without evidence in a text otherwise translated."""
    has = (flags("++++....++++++"), flags("++++++++++++++"))
    wordy = (np.ones(14, bool), np.ones(14, bool))
    chars = (np.full(14, 120.0), np.full(14, 130.0))
    found = gaps.regions(one_to_one(14), has, wordy, chars)
    assert [(r["src"], r["tgt"]) for r in found] == [([4, 8], [4, 8])]
    assert found[0]["sentences"] == 4 and found[0]["paired"] == 4


def test_scattered_sentences_and_short_captions_are_no_region():
    wordy = (np.ones(14, bool), np.ones(14, bool))
    chars = (np.full(14, 120.0), np.full(14, 130.0))
    scattered = (flags("++.+++.++.+++."), flags("+.++++++.+++++"))
    assert gaps.regions(one_to_one(14), scattered, wordy, chars) == []
    # the same run of four, but four captions a tenth of a sentence long
    captions = chars[0].copy()
    captions[4:8] = 12.0
    run = (flags("++++....++++++"), flags("++++++++++++++"))
    assert gaps.regions(one_to_one(14), run, wordy, (captions, chars[1])) == []


def test_lines_that_do_not_end_as_sentences_weigh_nothing():
    """The run of four again, but its lines are captions and credits without a full stop."""
    assert gaps.sentence_like(
        ["Ein Satz.", "« Zitat ! »", "Foto: Hans Muster", "Er fragte:"]
    ).tolist() == [
        True,
        True,
        False,
        True,
    ]
    has = (flags("++++....++++++"), flags("++++++++++++++"))
    wordy = (np.ones(14, bool), np.ones(14, bool))
    chars = (np.full(14, 120.0), np.full(14, 130.0))
    ends = (np.ones(14, bool), np.ones(14, bool))
    assert gaps.regions(one_to_one(14), has, wordy, chars, ends)
    ends[0][4:8] = False
    assert gaps.regions(one_to_one(14), has, wordy, chars, ends) == []


def test_a_run_bridges_one_paired_sentence_and_names_its_target():
    """Source 5..9 unpaired but for sentence 7 (paired with target 5): one region."""
    beads = [(k, k, k + 1, k + 1) for k in range(5)]
    beads += [(5, 5, 6, 5), (6, 5, 7, 5), (7, 5, 8, 6), (8, 6, 9, 6), (9, 6, 10, 6)]
    beads += [(10 + k, 6 + k, 11 + k, 7 + k) for k in range(8)]
    has = (flags("+++++--+--" + "+" * 8), flags("+" * 14))
    found = gaps.regions(
        beads,
        has,
        (np.ones(18, bool), np.ones(14, bool)),
        (
            np.full(18, 100.0),
            np.full(14, 100.0),
        ),
    )
    assert len(found) == 1 and found[0]["src"] == [5, 10] and found[0]["tgt"] == [5, 6]


def test_support_is_per_sentence_inside_a_merged_bead():
    """A 2-1 bead whose first source sentence the target translates: only that one has support."""
    from aligner.align import mismatch

    src = [
        "Die Expedition erreichte 1956 den Gipfel des Lhotse (8501 m) mit Ernst Reiss.",
        "Das Wetter im Tal blieb regnerisch, und die Bauern klagten über die Ernte.",
    ]
    tgt = ["The expedition reached the summit of Lhotse (8501 m) in 1956 with Ernst Reiss."]
    captured = {}
    judge = mismatch.judge

    def spy(scorer, path, *rest):
        captured["sup"] = gaps.support(scorer, path.beads, mismatch.chance_level(scorer, path))
        captured["beads"] = path.beads
        return judge(scorer, path, *rest)

    mismatch.judge = spy
    try:
        align(src, tgt, src_lang="de", tgt_lang="en", progress=False)
    finally:
        mismatch.judge = judge
    src_has, tgt_has = captured["sup"]
    assert (0, 0, 2, 1) in [tuple(b) for b in captured["beads"]]
    assert src_has.tolist() == [True, False] and tgt_has.tolist() == [True]


def cut_piece() -> tuple[list[str], list[str], tuple[int, int]]:
    """40 sentences of the sample article and their translation with ten of the middle cut."""
    de, en = corpus("belarus-diplomacy.de-en")
    return de[5:45], en[5:20] + en[30:45], (15, 25)


def test_a_missing_passage_in_a_short_text_is_a_mismatch_placed_in_the_source():
    src, tgt, (lo, hi) = cut_piece()
    verdict = align(src, tgt, src_lang="de", tgt_lang="en", progress=False).info["mismatch"]
    assert verdict is not None and 0.0 < verdict["share"] < 0.5
    assert any(r["src"][0] < hi and r["src"][1] > lo for r in verdict["regions"])
    assert all(r["src"][1] - r["src"][0] < 20 for r in verdict["regions"])
    de, en = corpus("belarus-diplomacy.de-en")
    genuine = align(de[5:45], en[5:45], src_lang="de", tgt_lang="en", progress=False).info
    assert genuine["mismatch"] is None


def test_cli_names_the_missing_passage_in_one_line_and_strict_fails(tmp_path, capsys):
    src, tgt, _ = cut_piece()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n".join(src) + "\n", encoding="utf-8")
    b.write_text("\n".join(tgt) + "\n", encoding="utf-8")
    assert main(["align", str(a), str(b), "--presegmented"]) == 0
    warning = [ln for ln in capsys.readouterr().err.splitlines() if "warning" in ln]
    assert len(warning) == 1 and "share no evidence" in warning[0]
    # the place is named 1-based and inclusive: it must overlap the cut (source 16-25)
    first, last = map(int, re.search(r"source (\d+)-(\d+)", warning[0]).groups())
    assert first <= 25 and last >= 16 and last - first < 20
    assert main(["align", str(a), str(b), "--presegmented", "--strict"]) == 1
