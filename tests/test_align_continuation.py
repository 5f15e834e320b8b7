"""A piece that begins in lower case continues the sentence before: it is dear to leave unpaired."""

from __future__ import annotations

import numpy as np
from test_align import FRENCH, GERMAN, pairs

from aligner.align import align, features, orphans


def test_pieces_beginning_in_lower_case_are_continuations():
    texts = [
        "Der Weg war lang ;",
        "danach kam der Gipfel.",
        "Er war hoch.",
        "« la Montagne » , 1956.",
        "a) eine Liste",
        "Über den Pass ;",
        "été comme hiver.",
    ]
    # the rest of the text begins its sentences in upper case
    texts += GERMAN
    assert features.continuations(texts).tolist()[:7] == [
        False,
        True,  # a lower-case word after a semicolon
        False,
        False,  # a quote comes first
        False,  # a single letter (a list item, OCR debris)
        False,
        True,  # accented letters count
    ]


def test_a_text_that_does_not_capitalise_its_sentences_has_none():
    lowered = [t.lower() for t in GERMAN]
    assert not features.continuations(lowered).any()
    assert not features.continuations(["登山队到达了顶峰。", "天气很好。"]).any()
    assert not features.continuations([]).any()


def test_an_unpaired_continuation_joins_the_bead_of_the_sentence_before():
    # the French splits "Quelle est la hauteur du K2 ?" at a semicolon and
    # adds a clause that shares nothing with the German: the search leaves it
    # unpaired; begun in lower case, it is the rest of the sentence before
    for piece, unpaired in (("ils étaient très forts.", False), ("Ils étaient très forts.", True)):
        french = FRENCH[:3] + ["Quelle est la hauteur du K2 ;", piece] + FRENCH[4:]
        result = align(GERMAN * 3, french * 3, src_lang="de", tgt_lang="fr", progress=False)
        beads = pairs(result)
        for k in range(3):
            split = ([3 + 6 * k], [3 + 7 * k, 4 + 7 * k])
            alone = ([], [4 + 7 * k])
            assert (alone if unpaired else split) in beads, piece
        assert sum(len(b[0]) == len(b[1]) == 1 for b in beads) == (18 if unpaired else 15)


def test_a_continuation_after_an_unpaired_line_stays_unpaired():
    # a caption split at a semicolon, between two paired sentences: neither
    # half has a counterpart
    pieces = ["Le camp de base ;", "vue du sud-est"]
    beads = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 1, 3), (1, 3, 2, 4)]
    flags = (np.zeros(2, dtype=bool), np.array([False, False, True, False]))
    out, moved = orphans._continued(list(beads), flags, max_bead=6)
    assert out == beads and moved == 0
    assert features.continuations(pieces + GERMAN).tolist()[:2] == [False, True]


def test_a_continuation_joins_only_a_bead_with_room_and_two_sides():
    flags = (np.zeros(4, dtype=bool), np.array([False, False, True, False]))
    beads = [(0, 0, 1, 2), (1, 2, 1, 3), (1, 3, 2, 4)]
    assert orphans._continued(list(beads), flags, max_bead=6) == (
        [(0, 0, 1, 3), (1, 3, 2, 4)],
        1,
    )
    # a 1-2 bead cannot grow to four sentences when three is the largest bead
    assert orphans._continued(list(beads), flags, max_bead=3) == (beads, 0)
