"""What a bead costs: its type, its lengths and how much evidence it shares.

Units are roughly negative log-likelihoods, so costs of beads add up along a
path. Every cost that counts sentences scales with the number of original
sentences a unit holds, so the coarse levels of the search price the same
decisions the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from aligner.align.evidence import Evidence
from aligner.align.length import LengthModel

if TYPE_CHECKING:
    from aligner.align.search import Prefix


@dataclass(frozen=True, slots=True)
class Params:
    """Costs of the search. Units: negative log-likelihood, roughly."""

    deletion: float = 2.0  # a sentence with no counterpart ...
    deletion_length: float = 2.0  # ... plus this per mean sentence length
    merge: float = 2.0  # each sentence beyond one on a side of a bead
    many: float = 0.8  # extra for many-to-many (2-2, 2-3 ...) beads
    similarity: float = 2.5  # weight of the anchor/lexicon similarity
    #: share of a bead's size, in the similarity cost, counted in feature
    #: weight rather than sentences until the document's bead types are known
    feature_size: float = 0.5
    #: least a sentence counts in that share, however few features it has
    least_size: float = 0.5
    smoothing: float = 0.1  # pseudo-weight (share of a typical sentence's) pulling
    # pairs with little evidence to the middle
    mass: float = 0.2  # share of the text's average evidence that must be matched too
    max_bead: int = 6  # largest a + b of a bead (1-5 and 3-3 included)
    buffer: int = 6  # half-width of the band around a path projected from a coarser level
    #: half-width of the band around an earlier pass's path at the same resolution: at 6
    #: an untranslated passage with a cut in the other text nearby kept the first pass's
    #: shifted pairs; wider at the coarse levels, a 200k-sentence book's path drifted
    refine_buffer: int = 8
    #: how much dearer a stretch of diagonal may be than the path found off it when
    #: both texts have as many sentences (about e to one; aligner.align.lines)
    line_prior: float = 1.0


@dataclass(frozen=True, slots=True)
class SimScale:
    """Maps raw similarity onto 0 (as unrelated pairs) .. 1 (as aligned pairs)."""

    random: float = 0.0
    aligned: float = 0.5
    #: how well the similarity tells aligned from random pairs: 0 (not at
    #: all) .. 1 (always); it scales the similarity's share of the cost
    weight: float = 1.0

    def z(self, sim: np.ndarray) -> np.ndarray:
        span = max(self.aligned - self.random, 1e-3)
        return np.clip((sim - self.random) / span, -0.5, 1.5)


@dataclass
class Scorer:
    """Bead costs for one resolution of the evidence."""

    ev: Evidence
    params: Params
    length: LengthModel
    scale: SimScale
    use_similarity: bool = True
    #: per bead type, a floor on its prior learnt from the document (``type_floor``)
    floor: dict[tuple[int, int], float] | None = None
    #: length model of the coarse levels of the search, when it differs: a
    #: coarse unit holds hundreds of sentences, unpaired ones included, so
    #: its lengths follow the ratio of the whole texts, not of what was paired
    coarse_length: LengthModel | None = None

    def __post_init__(self) -> None:
        ws, wt = self.ev.sentence_weights()
        chars = float(self.ev.src.lengths.sum() + self.ev.tgt.lengths.sum())
        # feature weight per character of the document: the text mass below is
        # measured in it, so it means the same with rich and with sparse signals
        self.density = float(ws.sum() + wt.sum()) / chars if chars else 0.0
        self.cws = np.concatenate([[0.0], np.cumsum(ws)])
        self.cwt = np.concatenate([[0.0], np.cumsum(wt)])
        self.cls = np.concatenate([[0.0], np.cumsum(self.ev.src.lengths)])
        self.clt = np.concatenate([[0.0], np.cumsum(self.ev.tgt.lengths)])
        # units of the coarse levels stand for several sentences: costs that
        # count sentences (deletions, similarity) scale with the unit's size
        ns, nt = self.ev.src.sizes(), self.ev.tgt.sizes()
        self.ccs = np.concatenate([[0.0], np.cumsum(ns)])
        self.cct = np.concatenate([[0.0], np.cumsum(nt)])
        self.cco = np.concatenate([[0.0], np.cumsum(self.ev.src.contents())])
        total = float(ns.sum() + nt.sum())
        both = float(self.ev.src.lengths.sum() + self.ev.tgt.lengths.sum())
        self.mean_length = max(1.0, both / total) if total else 1.0
        # only where a unit is one sentence: a coarse unit of hundreds pools
        # its features, and weighing it by them let a 200k-sentence book's
        # coarse path drift (a tenth of its sentences left unpaired)
        fine = self.ev.src.counts is None and self.ev.tgt.counts is None
        self.cus = self._weighted_sizes(ws, ns) if fine else None
        self.cut = self._weighted_sizes(wt, nt) if fine else None

    def _weighted_sizes(self, weights: np.ndarray, sizes: np.ndarray) -> np.ndarray | None:
        """Prefix sums of each unit's feature weight in average sentences (see ``sizes``)."""
        mean = float(weights.sum() / sizes.sum()) if sizes.sum() else 0.0
        if mean <= 0.0:
            return None
        units = np.maximum(weights / mean, self.params.least_size * sizes)
        return np.concatenate([[0.0], np.cumsum(units)])

    def types(self) -> list[tuple[int, int]]:
        mb = self.params.max_bead
        return [(1, 0)] + [(a, b) for a in range(1, mb) for b in range(1, mb) if a + b <= mb]

    def prior(self, a: int, b: int) -> float:
        """Cost of the bead type itself (a, b >= 1): merges must earn their place."""
        p = self.params
        base = p.merge * (a + b - 2) + (p.many if min(a, b) > 1 else 0.0)
        if self.floor is None:
            return base
        return max(base, self.floor.get((a, b), 0.0))

    def deletion_costs(self, lengths: np.ndarray, content: np.ndarray) -> np.ndarray:
        """Cost of leaving each sentence unpaired: dearer for longer sentences.

        A short line (a caption, a page number, OCR debris) often has no
        counterpart; a long sentence almost always has one. The extra cost is
        linear in the length, as the -log of an exponential length
        distribution is, in units of the document's mean sentence length.
        """
        p = self.params
        return p.deletion * content + p.deletion_length * lengths / self.mean_length

    def content(
        self, a: int, b: int, i: np.ndarray, j: np.ndarray, q: Prefix | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(length cost, similarity z) of beads (i-a..i, j-b..j)."""
        ls = self.cls[i] - self.cls[i - a]
        lt = self.clt[j] - self.clt[j - b]
        lcost = self.length.cost(ls, lt)
        if not self.use_similarity or q is None:
            return lcost, np.full(len(i), 0.5)
        return lcost, self.scale.z(self.raw(a, b, i, j, q))

    def bead_length_cost(self, i0: int, j0: int, i1: int, j1: int) -> float:
        """Length cost of the bead of sentences i0..i1 and j0..j1."""
        ls = np.array([self.cls[i1] - self.cls[i0]])
        lt = np.array([self.clt[j1] - self.clt[j0]])
        return float(self.length.cost(ls, lt)[0])

    def raw(self, a: int, b: int, i: np.ndarray, j: np.ndarray, q: Prefix) -> np.ndarray:
        """Similarity of beads (i-a..i, j-b..j) before rescaling."""
        shared = np.zeros(len(i))
        for u in range(1, a + 1):
            shared += q.at(i - u, j) - q.at(i - u, j - b)
        total = (self.cws[i] - self.cws[i - a]) + (self.cwt[j] - self.cwt[j - b])
        length = (self.cls[i] - self.cls[i - a]) + (self.clt[j] - self.clt[j - b])
        return self.similarity(shared, total, length)

    def similarity(self, shared: np.ndarray, total: np.ndarray, length: np.ndarray) -> np.ndarray:
        """Smoothed Dice overlap of a bead's features.

        ``mass`` adds weight in proportion to the text's length (as a share
        of the document's average feature weight per character), so that
        lines whose words have no counterpart anywhere (an untranslated note)
        still dilute the overlap instead of joining a bead for free.
        """
        k = self.params.smoothing * self.density * self.mean_length
        mid = (self.scale.random + self.scale.aligned) / 2.0
        mass = self.params.mass * self.density * length
        return (np.minimum(2.0 * shared, total) + k * mid) / np.maximum(total + mass + k, 1e-9)

    def sizes(self, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Sentences a bead stands for, as its similarity cost counts them.

        A merged bead's overlap is pooled: a long, well-matched pair lifts a
        short pair beside it that matches nothing, so with sentences counted
        alone a merge of two pairs costs less than the pairs. Counting part
        of the size in feature weight (in average sentences, at least
        ``least_size`` a sentence, so that a line with no features is not
        absorbed for free) weighs each pair's agreement by what it holds.
        Once a document has shown its bead types (``floor``), the floor
        prices merges and sentences count alone: both together lost on the
        whole book (benchmarks/align_short.py, align_textberg.py). Units of
        the search's coarse levels count their sentences too.
        """
        count = (self.ccs[i] - self.ccs[i - a] + self.cct[j] - self.cct[j - b]) / 2.0
        share = self.params.feature_size
        if self.floor or not share or self.cus is None or self.cut is None:
            return count
        weight = (self.cus[i] - self.cus[i - a] + self.cut[j] - self.cut[j - b]) / 2.0
        return (1.0 - share) * count + share * weight

    def cost(self, a: int, b: int, i: np.ndarray, j: np.ndarray, q: Prefix | None) -> np.ndarray:
        if b == 0:  # an unpaired sentence costs the same on either side
            return self.deletion_costs(self.cls[i] - self.cls[i - a], self.cco[i] - self.cco[i - a])
        lcost, z = self.content(a, b, i, j, q)
        size = self.sizes(a, b, i, j)
        sim_cost = self.params.similarity * self.scale.weight * size * (1.0 - z)
        return self.prior(a, b) + lcost + (sim_cost if self.use_similarity else 0.0)
