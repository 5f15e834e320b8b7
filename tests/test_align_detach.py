"""A line with no counterpart leaves a 2-1 bead when neither its words nor the lengths hold it
there; a line after a finished sentence is no continuation of it."""

from __future__ import annotations

import numpy as np
from test_align import FRENCH, GERMAN, pairs

from aligner.align import align, evidence, features, orphans

# a long French line that no German line translates: its words (K2, 8611,
# Népal) are those of other sentences, none of its neighbours'
EXTRA = (
    "Le K2 mesure 8611 mètres, et ses porteurs venaient tous du Népal, comme l'ont "
    "raconté plus tard tous ceux qui avaient pris part à cette longue et difficile aventure."
)


def test_a_line_without_counterpart_is_left_unpaired_not_merged():
    for pos in (1, 2):  # first and second line of what would be a 1-2 bead
        french = FRENCH[:pos] + [EXTRA] + FRENCH[pos:]
        result = align(GERMAN * 3, french * 3, src_lang="de", tgt_lang="fr", progress=False)
        beads = pairs(result)
        for k in range(3):
            assert ([], [pos + 7 * k]) in beads, pos
        assert sum(len(s) == len(t) == 1 for s, t in beads) == 18
        assert result.info["detached"] == 3


def _evidence(src: list[set[str]], tgt: list[set[str]]) -> evidence.Evidence:
    lengths = np.full(len(src), 40.0), np.full(len(tgt), 40.0)
    return evidence.build(src, tgt, *lengths)


def _length_cost(i0: int, j0: int, i1: int, j1: int) -> float:
    """Lengths as a test wants them: a pair fits, anything more does not."""
    return abs((i1 - i0) - (j1 - j0)) * 3.0


def test_detach_needs_silence_and_lengths_both():
    # target 1 shares "b" with source 1 only; target 2 shares nothing with source 0
    src = [{"a"}, {"b"}, {"c"}]
    tgt = [{"a"}, {"c", "x"}, {"b", "x"}, {"c"}]
    ev = _evidence(src, tgt)
    beads = [(0, 0, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]
    out, moved = orphans.detach(list(beads), ev, _length_cost)
    assert moved == 1
    assert out == [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]
    # lengths that fit the merge keep it
    assert orphans.detach(list(beads), ev, lambda *b: 0.0) == (beads, 0)


def test_a_line_that_shares_words_with_its_bead_stays():
    src = [{"a", "b"}, {"c"}]
    tgt = [{"a"}, {"b"}, {"c"}]
    ev = _evidence(src, tgt)
    beads = [(0, 0, 1, 2), (1, 2, 2, 3)]
    assert orphans.detach(list(beads), ev, _length_cost) == (beads, 0)


def test_a_piece_after_an_open_sentence_stays():
    src = [{"a"}, {"c"}]
    tgt = [{"a"}, {"c", "x"}, {"c"}]
    ev = _evidence(src, tgt)
    beads = [(0, 0, 1, 2), (1, 2, 2, 3)]
    out, moved = orphans.detach(list(beads), ev, _length_cost)
    assert out[:2] == [(0, 0, 1, 1), (1, 1, 1, 2)] and moved == 1
    bound = (np.zeros(2, dtype=bool), np.array([False, True, False]))
    assert orphans.detach(list(beads), ev, _length_cost, bound) == (beads, 0)


def test_a_line_after_a_finished_sentence_is_no_continuation():
    texts = [
        "Die Signatur wird nicht unterstützt.",
        "den Präfix statt a/ anzeigen",  # a message of its own
        "Wer hat das geschrieben?",
        "niemand weiß es",
        "Es gab Äpfel, Birnen usw.",
        "und dann kam der Winter.",  # after an abbreviation: the same sentence
        "Der Weg war lang ;",
        "danach kam der Gipfel.",
        "Er kam am 13.",
        "oder war es später?",  # an ordinal's full stop ends nothing
        "Bald war die Stelle gefunden .",  # tokenised: a space before the full stop
        "etwa hundert Schritt weiter .",
    ] + GERMAN * 2  # the text begins its sentences in upper case
    flags = features.continuations(texts, "de").tolist()[:12]
    assert flags[1::2] == [False, False, True, True, True, False]
    assert (
        features.after_open(texts, np.array(flags + [False] * 2 * len(GERMAN))).tolist()[:12]
        == [False] * 7 + [True] + [False] * 4
    )
