"""A number or a name that crosses the boundary of two beads moves the boundary, or joins them."""

from __future__ import annotations

import numpy as np
from test_align import FRENCH, GERMAN, pairs

from aligner.align import STEPS, align, crossing, evidence

# the German first sentence's clause on Namche (and its date) opens the
# second French one: no boundary between the two pairs is right
GERMAN_MOVED = [
    "Die Expedition brauchte drei Monate, und am 12. Mai standen sie in Namche.",
    "Dort warteten die Träger schon seit Tagen auf sie.",
]
FRENCH_MOVED = [
    "L'expédition dura trois longs mois à travers des vallées humides et froides.",
    "Le 12 mai, ils étaient à Namche, où les porteurs attendaient.",
]


def test_strong_anchors_are_numbers_and_capitalised_words():
    got = crossing.strong_anchors("Am 07. Juli stieg Éric mit dem Träger bis 250 m.")
    assert got == {"#7", "juli", "eric", "trager", "#250"}
    assert crossing.strong_anchors("und der Weg war lang") == frozenset()
    # only the kinds of anchor the alignment was asked to use
    assert crossing.strong_anchors("Berlin 1900", numbers=False) == {"berlin"}
    assert crossing.strong_anchors("Berlin 1900", words=False) == {"#1900"}


def test_a_clause_moved_across_a_sentence_break_makes_one_bead():
    # a line more on one side: texts of as many lines are straightened (lines.py)
    german = GERMAN + GERMAN_MOVED + GERMAN
    french = FRENCH + FRENCH_MOVED + FRENCH + ["Fin."]
    result = align(german, french, src_lang="de", tgt_lang="fr", progress=False)
    assert ([6, 7], [6, 7]) in pairs(result)
    assert result.info["recut"] == 1
    # every other pair stays 1-1 ("Fin." may join the last)
    beads = pairs(result)
    assert all(([k], [k]) in beads for k in [*range(6), *range(8, 13)])
    # lengths alone, when asked for, stay lengths alone
    length = align(german, french, src_lang="de", tgt_lang="fr", progress=False, mode="length")
    assert "recut" not in length.info
    without = [s for s in STEPS if s != "cross"]
    before = align(german, french, src_lang="de", tgt_lang="fr", progress=False, steps=without)
    assert ([6, 7], [6, 7]) not in pairs(before)


def _ev(src: list[str], tgt: list[str]) -> evidence.Evidence:
    fs = [set(crossing.strong_anchors(t)) for t in src]
    ft = [set(crossing.strong_anchors(t)) for t in tgt]
    return evidence.build(fs, ft, np.full(len(src), 40.0), np.full(len(tgt), 40.0))


def _flat(*_bead) -> float:
    return 0.0


def test_a_crossed_boundary_is_cut_again_where_nothing_crosses():
    src = ["Kapitel 1 beginnt.", "Berlin 1900.", "Paris 1920."]
    tgt = ["Chapitre 1 commence, Berlin 1900.", "Paris 1920."]
    # (0)-(0) and (1, 2)-(1): Berlin and 1900 cross; the cut (0, 1)-(0) / (2)-(1) is clean
    beads = [(0, 0, 1, 1), (1, 1, 3, 2)]
    out, changed = crossing.recut(beads, src, tgt, _ev(src, tgt), _flat, 5)
    assert out == [(0, 0, 2, 1), (2, 1, 3, 2)] and changed == 1


def test_without_a_clean_cut_the_two_beads_join():
    src = ["Kapitel 1 in Berlin.", "Dann Paris."]
    tgt = ["Chapitre 1.", "Berlin, puis Paris."]
    out, changed = crossing.recut([(0, 0, 1, 1), (1, 1, 2, 2)], src, tgt, _ev(src, tgt), _flat, 5)
    assert out == [(0, 0, 2, 2)] and changed == 1
    # nor beyond the largest bead the search builds
    out, changed = crossing.recut([(0, 0, 1, 1), (1, 1, 2, 2)], src, tgt, _ev(src, tgt), _flat, 1)
    assert changed == 0


def test_anchors_inside_their_beads_or_on_both_sides_change_nothing():
    src = ["Berlin 1900.", "Paris 1920, nicht Berlin."]
    tgt = ["Berlin en 1900.", "Paris 1920."]
    # Berlin is in the second source sentence too, but its first bead holds it on both sides
    beads = [(0, 0, 1, 1), (1, 1, 2, 2)]
    assert crossing.recut(list(beads), src, tgt, _ev(src, tgt), _flat, 5) == (beads, 0)
    # one-sided beads are left to attach and detach
    src1, tgt1 = ["Berlin 1900."], ["Vorwort.", "Berlin 1900."]
    lone = [(0, 0, 0, 1), (0, 1, 1, 2)]
    assert crossing.recut(list(lone), src1, tgt1, _ev(src1, tgt1), _flat, 5) == (lone, 0)
