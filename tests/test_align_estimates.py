"""What the aligner learns from the two texts: from what it paired, not from everything.

A passage inserted into one text (or cut from it) must not shift the
estimates that every other bead depends on: the length ratio, the lexicon,
the share of evidence found by chance.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from align_support import made_up_lines, sample_pair

from aligner.align import FULL, SIGNALS, _signals, align, calibrate, evidence, lexicon
from aligner.align.orphans import _Explainer


def article() -> tuple[list[str], list[str]]:
    return sample_pair("belarus-diplomacy.de-en.tsv")


def filler(n: int, seed: int = 3) -> list[str]:
    """Long lines of made-up words: no number, no word of the article."""
    return made_up_lines(n, seed, (15, 25))


def beads(result) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(tuple(b.src), tuple(b.tgt)) for b in result.beads]


def test_full_leaves_subwords_out_and_they_can_be_asked_for():
    assert "subwords" not in FULL and set(FULL) <= set(SIGNALS)
    assert _signals("full") == set(FULL)
    assert _signals("full+subwords") == set(FULL) | {"subwords"}
    assert _signals("length+numbers") == {"numbers"}
    with pytest.raises(ValueError):
        _signals("full+nonsense")


def test_an_inserted_passage_leaves_the_length_ratio_and_far_beads_alone():
    de, en = article()
    clean = align(de, en, src_lang="de", tgt_lang="en", progress=False)
    at, block = 30, filler(8)
    damaged = align(de, en[:at] + block + en[at:], src_lang="de", tgt_lang="en", progress=False)
    # the whole texts' ratio moves by more than a fifth ...
    total = sum(map(len, en)) / sum(map(len, de))
    assert sum(map(len, block)) / sum(map(len, de)) > 0.2 * total
    # ... the estimate from what was paired hardly at all
    assert damaged.info["length_ratio"] == pytest.approx(clean.info["length_ratio"], rel=0.03)
    back = []
    for s, t in beads(damaged):
        t = tuple(j if j < at else j - len(block) for j in t if not at <= j < at + len(block))
        if s or t:
            back.append((s, t))
    far = [b for b in beads(clean) if b[1] and all(abs(j - at) > 6 for j in b[1])]
    assert far and all(b in back for b in far)
    # the passage itself is left unpaired
    inserted = {j for _, t in beads(damaged) for j in t if at <= j < at + len(block)}
    unpaired = {t[0] for s, t in beads(damaged) if not s}
    assert len(inserted & unpaired) >= len(block) - 1


@pytest.mark.parametrize("at", [10, 30])
def test_a_long_inserted_passage_leaves_far_beads_alone(at):
    """Twenty lines in a 52-line article move the whole texts' ratio by about 40 %:
    the first pass, priced by it, reshaped beads far from the passage (8 and 12
    of 39 here), and the estimates taken from its beads carried that into the
    result; searched again with the ratio of what it paired, none moves."""
    de, en = article()
    clean = beads(align(de, en, src_lang="de", tgt_lang="en", progress=False))
    block = filler(20)
    damaged = align(de, en[:at] + block + en[at:], src_lang="de", tgt_lang="en", progress=False)
    back = set()
    for s, t in beads(damaged):
        back.add((s, tuple(j if j < at else j - len(block) for j in t if not at <= j < at + 20)))
    far = [b for b in clean if b[1] and all(abs(j - at) > 6 for j in b[1])]
    assert len(far) > 30
    assert [b for b in far if b not in back] == []


def test_lexicon_counts_only_beads_that_pair_something():
    src = ["hund katze", "hund katze", "hund", "hund", "katze"] + ["hund"] * 20
    tgt = ["dog cat", "dog cat", "dog", "dog", "cat"]
    paired = [(range(k, k + 1), range(k, k + 1)) for k in range(5)]
    unpaired = [(range(k, k + 1), range(5, 5)) for k in range(5, 25)]
    learned = lexicon.learn(src, tgt, paired + unpaired)
    # counted in the 20 unpaired lines too, "hund" would fall below MIN_DICE
    # with "dog" (8 / 28): lines without a counterpart say nothing about it
    assert sorted(learned) == [("hund", "dog"), ("katze", "cat")]
    assert learned == lexicon.learn(src, tgt, paired)


def test_chance_share_is_the_exact_mean_over_the_other_side():
    fs = [{"a", "b"}, {"c"}, {"a", "c", "d"}, {"b"}]
    ft = [{"a"}, {"b", "c"}, {"d"}, {"a", "b"}, set()]
    lengths = np.ones(4), np.ones(5)
    ev = evidence.build(fs, ft, *lengths)
    ex = _Explainer(ev)
    for k in range(4):
        own, own_w = ex.own("src", k)
        if own_w <= 0:
            continue
        mean = np.mean([ex.share(own, own_w, "src", range(r, r + 1)) for r in range(5)])
        assert ex.chance(own, own_w, "src") == pytest.approx(mean)


def test_shared_weight_matches_the_sets():
    rng = random.Random(1)
    words = [f"w{k}" for k in range(30)]
    fs = [set(rng.sample(words, rng.randint(0, 6))) for _ in range(40)]
    ft = [set(rng.sample(words, rng.randint(0, 6))) for _ in range(50)]
    ev = evidence.build(fs, ft, np.ones(40), np.ones(50))
    runs_s, runs_t = calibrate.FeatureRuns(ev.src), calibrate.FeatureRuns(ev.tgt)
    i = np.array([rng.randrange(40) for _ in range(300)])
    j = np.array([rng.randrange(50) for _ in range(300)])
    got = calibrate.shared_weight(ev, i, j)
    want = [
        ev.weight[list(runs_s.of(range(a, a + 1)) & runs_t.of(range(b, b + 1)))].sum()
        for a, b in zip(i, j, strict=True)
    ]
    assert got == pytest.approx(want)
    assert got.max() > 0


def test_coarse_levels_keep_the_whole_texts_ratio(monkeypatch):
    """A coarse unit holds hundreds of sentences, unpaired ones too: its lengths
    follow the whole texts, so only the finest level uses the paired ratio
    (a 100k-sentence book lost its path when every level used it)."""
    from aligner.align import search

    de, en = article()
    src = de * 5
    tgt = [line for k, text in enumerate(en * 5) for line in ([text] + filler(1, k) * (k % 3 == 0))]
    seen = []
    real = search.search

    def spy(scorer, lo, hi, advance=None):
        seen.append((scorer.ev.src.n, scorer.length.ratio, scorer.coarse_length))
        return real(scorer, lo, hi, advance)

    monkeypatch.setattr(search, "search", spy)
    result = align(src, tgt, src_lang="de", tgt_lang="en", progress=False)
    whole = sum(map(len, tgt)) / sum(map(len, src))
    assert any(n < len(src) for n, _, _ in seen)  # the first pass did coarsen
    for n, ratio, _ in seen:
        if n < len(src):  # only the first pass searches coarse levels
            assert ratio == pytest.approx(whole)
    # the later passes search around the first pass's path, at full
    # resolution, with the ratio of what was paired (the first of them with
    # the first pass's beads, the rest with those of the pass before)
    later = [(n, ratio, coarse) for n, ratio, coarse in seen if coarse is not None]
    assert later
    for n, ratio, coarse in later:
        assert n == len(src)
        assert coarse.ratio == pytest.approx(whole)
        assert abs(ratio - whole) > 0.01  # the filler lines are not paired
    assert later[-1][1] == pytest.approx(result.info["length_ratio"], abs=1e-4)
    # the two ratios differ here (part of the filler is left unpaired)
    assert abs(result.info["length_ratio"] - whole) > 0.01


def test_an_added_passage_and_a_cut_nearby_leave_the_beads_between_alone():
    """Fifteen made-up lines early in one text and ten lines cut a little later from
    the other: the right path leaves both unpaired, a path of shifted pairs between
    them costs about as much at the coarse levels. Searched in a band of six
    sentences around that coarse path, nine of the beads between came out shifted."""
    de, en = article()
    clean = beads(align(de, en, src_lang="de", tgt_lang="en", progress=False))
    at, added, cut, gone = 5, 15, 30, 10
    damaged = align(
        de[:cut] + de[cut + gone :],
        en[:at] + filler(added) + en[at:],
        src_lang="de",
        tgt_lang="en",
        progress=False,
    )
    back = set()
    for s, t in beads(damaged):
        s = tuple(i if i < cut else i + gone for i in s)
        t = tuple(j if j < at else j - added for j in t if not at <= j < at + added)
        back.add((s, t))
    far = [
        (s, t)
        for s, t in clean
        if s and t and all(i < cut - 6 or i >= cut + gone + 6 for i in s)
        if all(abs(j - at) > 6 for j in t)
    ]
    assert len(far) > 15
    assert [b for b in far if b not in back] == []
