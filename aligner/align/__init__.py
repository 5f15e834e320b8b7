"""Offline sentence alignment: length, anchors and a lexicon learned from the text.

``align(src, tgt)`` returns an :class:`~aligner.types.Alignment` whose beads
are monotone and cover both sides exactly once. No model is downloaded: every
signal is estimated from the two texts themselves.

The alignment runs in passes. The first uses lengths and anchor features
(numbers, punctuation, identical words, cognates, names; subwords on
request), searched again around its path with the length ratio of what it
paired; its two-sided beads away from unpaired sentences then give the
length ratio, the 1-1 beads among them the scale and weight of the
similarity (``settled``, ``calibrate``), all its 1-1 beads the length
variance, and all its two-sided beads a word lexicon (``lexicon``); a second pass
aligns with all of them around the first pass's path, and a third refits the similarity scale on the
second's 1-1 beads and searches again around its path. Estimates come from
what the passes paired, not from the whole texts, so that a passage
inserted into one text or cut from it changes little elsewhere. A backward
pass over the same band gives each bead its confidence (``search.margins``).
When one text is far longer than the other can pair with, only a window of
it is aligned (``focus``).
"""

from __future__ import annotations

import sys
import types
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from contextlib import nullcontext

import numpy as np

from aligner import progress as progress_mod
from aligner.align import (
    calibrate,
    crossing,
    evidence,
    features,
    focus,
    gaps,
    lexicon,
    lines,
    mismatch,
    orphans,
    search,
    settled,
)
from aligner.align.costs import Params, Scorer, SimScale
from aligner.align.length import LengthModel
from aligner.align.search import Path
from aligner.types import Alignment, Bead, Segment

__all__ = ["FULL", "SIGNALS", "STEPS", "align", "Params"]

#: Refinements after the first pass that ``steps`` can switch off (for the ablation).
STEPS = ("type_floor", "rescale", "attach", "detach", "cross", "lines")
#: Signals that ``mode`` can combine: "length", "full" or e.g. "length+numbers+lexicon".
SIGNALS = ("numbers", "punct", "identical", "cognates", "subwords", "names", "lexicon")
#: The signals of "full". Subwords are left out: with the lexicon learned
#: from the text they add nothing on Text+Berg or the sample corpora, merge
#: freely translated one-per-line pairs, and cost a third of the time
#: ("full+subwords" adds them back).
FULL = ("numbers", "punct", "identical", "cognates", "names", "lexicon")
_PROGRESS_ROWS = 3000
#: Margin (in cost units, about one unpaired sentence) that gives confidence 0.63.
CONFIDENCE_SCALE = 2.0
#: Characters of a sentence that its features are taken from (its length counts in full).
FEATURE_CHARS = 10_000
#: Fewer two-sided beads than this in the first pass say too little about bead
#: types: below it the floor helped and hurt alike (benchmarks/align_short.py);
#: from it on, a page given one sentence per line merges fewer pairs.
FLOOR_MIN_BEADS = 20


def align(
    src: Sequence[Segment | str],
    tgt: Sequence[Segment | str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    mode: str = "full",
    name_keys: Callable[[str, str], set[str]] | None = None,
    progress: bool = True,
    params: Params | None = None,
    steps: Collection[str] = STEPS,
    dictionary: Iterable[tuple[str, str]] | None = None,
    memory: Sequence[tuple[str, str]] | None = None,
    compare_shuffled: bool = True,
) -> Alignment:
    """Align two sequences of sentences (segments or plain strings).

    ``mode`` is ``"full"`` (the signals of :data:`FULL`), ``"length"``
    (Gale-Church-style lengths only), either followed by ``+``-joined names
    from :data:`SIGNALS` (``"length+numbers"``, ``"full+subwords"``).
    ``name_keys(text, lang)`` may supply the name keys of a sentence (from
    the glossary) as extra anchors. ``steps`` names the
    refinements of :data:`STEPS` to run (all by default).

    A user's own resources are anchors too: ``dictionary`` gives (source
    phrase, target phrase) pairs (a term base, a glossary, a dictionary in
    hunalign's format read by :mod:`aligner.align.resources`), ``memory``
    (source, target) sentence pairs of earlier work (a TMX): a pair found
    verbatim anchors its sentences, and the memory's word pairs (IBM Model 1)
    join the dictionary.

    ``compare_shuffled`` lets a short text whose beads often lack evidence
    be aligned again with its target reordered so that it cannot be a
    translation, the chance level of the verdict (see
    :mod:`aligner.align.mismatch`); off in those runs.
    """
    dictionary = None if dictionary is None else list(dictionary)  # read again when shuffled
    src_text = [s.text if isinstance(s, Segment) else str(s) for s in src]
    tgt_text = [t.text if isinstance(t, Segment) else str(t) for t in tgt]
    n, m = len(src_text), len(tgt_text)
    signals = _signals(mode)
    params = params or Params()
    info: dict = {"mode": mode, "signals": sorted(signals)}
    if n == 0 or m == 0:  # nothing to pair with: certainly unpaired
        beads = [Bead(range(i, i + 1), range(0, 0), 1.0) for i in range(n)]
        beads += [Bead(range(n, n), range(j, j + 1), 1.0) for j in range(m)]
        info["document_score"] = 0.0 if n + m else 1.0
        whole = {"src": [0, n], "tgt": [0, m], "sentences": n + m}
        info["mismatch"] = {"share": 1.0, "regions": [whole]} if n + m else None
        return _finish(beads, n, m, info)

    # what a run on other sentences (a window, a reordered target) needs again
    settings = dict(
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        mode=mode,
        name_keys=name_keys,
        params=params,
        steps=steps,
        dictionary=dictionary,
        memory=memory,
    )
    long_is_src = n > m
    short_text, long_text = (tgt_text, src_text) if long_is_src else (src_text, tgt_text)
    span = focus.window(short_text, long_text, params.max_bead, FEATURE_CHARS, bool(signals))
    if span is not None:
        # far more on one side than the other can pair with: align a window
        # of it, leave the rest unpaired in bulk (see aligner.align.focus)
        part = long_text[span[0] : span[1]]
        inner = align(
            part if long_is_src else src_text,
            tgt_text if long_is_src else part,
            progress=progress,
            compare_shuffled=compare_shuffled,
            **settings,
        )
        beads, info = focus.widen(
            inner,
            long_is_src,
            span,
            len(long_text),
            focus.wordy(long_text),
            focus.wordy(short_text),
        )
        return _finish(beads, n, m, info)

    ls = np.array([len(t) for t in src_text], dtype=np.float64)
    lt = np.array([len(t) for t in tgt_text], dtype=np.float64)
    whole_texts = (src_text, tgt_text)
    # features come from the first FEATURE_CHARS of a sentence: a 50 MB line
    # is no sentence, and its words would cost memory by the gigabyte
    src_text = [t[:FEATURE_CHARS] for t in src_text]
    tgt_text = [t[:FEATURE_CHARS] for t in tgt_text]
    length = LengthModel.from_totals(ls, lt)
    fs, ft = features.anchor_features(src_text, tgt_text, signals, name_keys, src_lang, tgt_lang)
    features.add_user_resources(fs, ft, src_text, tgt_text, dictionary, memory, info)
    signals = signals | ({"resources"} if "resources" in info else set())
    use_sim = bool(signals)
    ev = features.with_content(evidence.build(fs, ft, ls, lt), src_text, tgt_text)
    del fs, ft  # the sets of a long book take more memory than the rest of the work
    scale = calibrate.random_scale(Scorer(ev, params, length, SimScale(), use_sim))

    show = progress and progress_mod.enabled() and n + m > _PROGRESS_ROWS
    # four passes over the finest level's rows (forward three times, then
    # backward for the confidence); coarse levels are not counted
    bars = progress_mod.progress("aligning", total=4 * (n + 1)) if show else nullcontext()
    with bars as bar:
        scorer = Scorer(ev, params, length, scale, use_sim)
        path = search.solve(scorer, bar)
        # the first pass priced lengths by the whole texts' ratio, which a
        # passage inserted or cut anywhere moves by several per cent, and so
        # reshaped beads far from it; everything below is estimated from its
        # beads, so they are searched again (around its path, same spread and
        # scale) with the ratio of what it paired
        paired = settled.refit_length(length, _ranges(path), ls, lt, spread=False)
        path = search.refine(Scorer(ev, params, paired, scale, use_sim, None, length), path)
        # One refinement pass (more rounds let the lexicon confirm its own errors):
        # the first pass's beads give the length spread, the similarity scale
        # and the lexicon.
        beads = _ranges(path)
        one_one = settled.one_one(beads)
        whole = length
        length = settled.refit_length(length, beads, ls, lt)
        # the coarse levels keep the whole texts' ratio (see Scorer.coarse_length)
        coarse = LengthModel(whole.ratio, length.variance, length.robust)
        if use_sim:
            scale = calibrate.fit_scale(Scorer(ev, params, length, scale, use_sim), one_one)
        if "lexicon" in signals:
            pairs = lexicon.learn(src_text, tgt_text, beads)
            info["lexicon_pairs"] = len(pairs)
            if pairs:
                lfs, lft = lexicon.lexicon_features(src_text, tgt_text, pairs)
                lex = evidence.build(lfs, lft, ls, lt)
                del lfs, lft
                ev = features.with_content(evidence.combine(ev, lex), src_text, tgt_text)
                fresh = calibrate.random_scale(Scorer(ev, params, length, scale, use_sim))
                scale = calibrate.fit_scale(Scorer(ev, params, length, fresh, use_sim), one_one)
        floor = type_floor(beads, params.max_bead) if "type_floor" in steps else None
        scorer = Scorer(ev, params, length, scale, use_sim, floor, coarse)
        # around the first pass's path (widened where it touches the band):
        # searched from the coarsest level again, the lexicon's overlap of
        # units of hundreds of sentences let a 200k-sentence book's coarse
        # path drift where the first pass's had held
        path = search.refine(scorer, path, bar)
        if use_sim and "rescale" in steps:
            # the second pass's 1-1 beads (away from unpaired sentences) are surer
            # than the first's: refit the similarity scale on them and search again
            second = settled.one_one(_ranges(path))
            scale = calibrate.fit_scale(Scorer(ev, params, length, scale, use_sim), second)
            scorer = Scorer(ev, params, length, scale, use_sim, floor, coarse)
            path = search.refine(scorer, path, bar)
        if use_sim and "attach" in steps:
            pieces = (
                features.continuations(src_text, src_lang),
                features.continuations(tgt_text, tgt_lang),
            )
            path.beads, info["attached"] = orphans.attach(path.beads, ev, params.max_bead, pieces)
            if "detach" in steps:
                bound = (
                    features.after_open(src_text, pieces[0]),
                    features.after_open(tgt_text, pieces[1]),
                )
                path.beads, info["detached"] = orphans.detach(
                    path.beads, ev, scorer.bead_length_cost, bound
                )
        kinds = ("numbers" in signals, "identical" in signals)
        if any(kinds) and "cross" in steps:
            # a number or name carried over across the boundary of two beads
            # (those signals only: lengths alone, when asked for, stay lengths)
            path.beads, info["recut"] = crossing.recut(
                path.beads,
                src_text,
                tgt_text,
                ev,
                scorer.bead_length_cost,
                params.max_bead - 1,
                *kinds,
            )
        if "lines" in steps:
            # as many sentences on both sides: near ties off the diagonal go back to it
            # (texts given line by line, aligner.align.lines)
            straight, dearer = lines.straighten(scorer, path, params.line_prior)
            if dearer:  # how much dearer the diagonal was than each stretch off it
                info["diagonal_gaps"] = [round(g, 3) for g in dearer]
            if straight is not None:
                info["straightened"] = len(set(straight) - set(path.beads))
                path.beads = straight
        beads = _score(scorer, path, bar)
        null = (lambda k: _shuffled_counts(*whole_texts, settings, k)) if compare_shuffled else None
        wordy = (ev.src.contents() >= 1, ev.tgt.contents() >= 1)
        ends = tuple(gaps.sentence_like(t) for t in whole_texts)
        verdict = mismatch.judge(scorer, path, *wordy, null if use_sim else None, ends)
    info["document_score"] = verdict.score
    info["mismatch"] = verdict.mismatch
    info["evidence_beads"] = {"paired": verdict.paired, "with_evidence": verdict.lit}

    if use_sim:
        info["similarity_weight"] = round(scale.weight, 3)
    info["length_ratio"] = round(length.ratio, 4)
    info["length_variance"] = round(length.variance, 3)
    return _finish(beads, n, m, info)


def _shuffled_counts(src: list[str], tgt: list[str], settings: dict, k: int) -> tuple[int, int]:
    """(beads with evidence, paired beads) with the target in ``mismatch.reordered`` order k.

    The chance level of a short text's verdict: the whole aligner runs
    (lexicon learned from its own first pass included), so what it finds in
    sentences that cannot be translations of each other is measured, not assumed.
    """
    shuffled = mismatch.reordered(tgt, k)
    info = align(src, shuffled, progress=False, compare_shuffled=False, **settings).info
    counts = info.get("evidence_beads") or {}
    return counts.get("with_evidence", 0), counts.get("paired", 0)


def _signals(mode: str) -> set[str]:
    base, *extra = mode.split("+")
    if base not in ("full", "length") or any(p not in SIGNALS for p in extra):
        raise ValueError(
            f"unknown mode {mode!r}: use 'full' or 'length', each optionally followed by "
            f"'+' and any of {SIGNALS}"
        )
    return set(FULL if base == "full" else ()) | set(extra)


def type_floor(beads: list[tuple[range, range]], max_bead: int) -> dict[tuple[int, int], float]:
    """Per merged bead type, -log of how much rarer it was than 1-1 in the first pass.

    A document given one sentence per line on both sides is nearly all 1-1,
    and two short pairs merged into a 2-2, or a 1-2 followed by a 2-1 around
    a short sentence, must cost accordingly more there than in a freely
    translated book where a third of the beads are merges. Used as a floor
    under the fixed prior: it only ever makes a merge dearer.
    """
    counts = Counter((len(rs), len(rt)) for rs, rt in beads if len(rs) and len(rt))
    ones = counts.get((1, 1), 0)
    total = sum(counts.values())
    if not ones or total < FLOOR_MIN_BEADS:
        return {}
    return {
        key: float(np.log((ones + 1.0) / (c + 1.0)))
        for key in [(a, b) for a in range(1, max_bead) for b in range(1, max_bead - a + 1)]
        if key != (1, 1)
        for c in [counts.get(key, 0)]
    }


def _ranges(path: Path) -> list[tuple[range, range]]:
    return [(range(i0, i1), range(j0, j1)) for i0, j0, i1, j1 in path.beads]


def _score(scorer: Scorer, path: Path, bar=None) -> list[Bead]:
    """Confidence in [0, 1]: is the bead's place right, and do its sentences agree?

    The place: ``1 - exp(-margin / CONFIDENCE_SCALE)`` with the margin over
    the best alignment without this bead; 0 when another alignment of these
    sentences is as cheap, near 1 when every alternative costs several units
    more. A mistranslated pair can be the only place for its sentences and
    still be wrong, so the score is then scaled by the bead's own agreement
    ``clip(0.5 + z, 0, 1)``, z being its similarity on the document's scale
    (0 as unrelated pairs, 1 as aligned ones): beads that share no more than
    random pairs lose half, beads without evidence either way keep all.
    Null beads get the first factor only: that the sentence really has no
    counterpart.
    """
    margin = search.margins(scorer, path, bar.advance if bar is not None else None)
    place = 1.0 - np.exp(-margin / CONFIDENCE_SCALE)
    agreement = np.clip(0.5 + search.bead_similarity(scorer, path), 0.0, 1.0)
    score = place * agreement
    return [
        Bead(range(i0, i1), range(j0, j1), round(float(p), 4))
        for (i0, j0, i1, j1), p in zip(path.beads, score, strict=True)
    ]


def _finish(beads: list[Bead], n: int, m: int, info: dict) -> Alignment:
    info["unpaired_src"] = sum(len(b.src) for b in beads if not b.tgt)
    info["unpaired_tgt"] = sum(len(b.tgt) for b in beads if not b.src)
    info["bead_types"] = dict(Counter(b.kind for b in beads).most_common())
    alignment = Alignment(beads, n, m, info)
    alignment.check()
    return alignment


class _CallableModule(types.ModuleType):
    """``aligner.align`` is both this package and, called, :func:`align`.

    ``aligner/__init__.py`` imports its public names on first use; whichever
    import of ``aligner.align.*`` comes first binds the package under the
    function's name, so the package answers a call as the function does.
    """

    def __call__(self, *args, **kwargs) -> Alignment:
        return align(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
