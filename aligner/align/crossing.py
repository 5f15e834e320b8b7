"""Two neighbouring beads whose numbers or names cross their boundary are cut again or joined.

A number or a name that a translation carries over is the surest evidence
there is. When the source sentences of one bead and the target sentences of
the bead beside it hold such an anchor that neither bead holds on both of
its sides ("250 Höhenmeter" at the end of one German sentence, "gravir 250 m"
at the start of the next French one), the boundary between the two beads is
in the wrong place: the translator has moved a clause across a sentence
break, or the segmenter has split a reference ("( Basel :" / "Basel 1935")
differently on the two sides. The pair of beads is then cut again where no
anchor crosses, choosing the cut whose beads share the most evidence; where
no such cut exists the two beads become one. The length and similarity
costs of the search cannot see this: each of the two beads, alone, looks
like a fair pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aligner.align.anchors import fold
from aligner.align.calibrate import FeatureRuns
from aligner.align.evidence import Evidence

Bead = tuple[int, int, int, int]

_TOKEN = re.compile(r"\d+|[^\W\d_][\w'-]*")
#: shortest capitalised word that counts as a name-like anchor
NAME_LETTERS = 4


def strong_anchors(text: str, numbers: bool = True, words: bool = True) -> frozenset[str]:
    """Numbers and capitalised words of four letters or more, folded.

    These survive translation as they are (a year, a page, a height, a
    person, a town); lower-case words and cognate prefixes match by chance
    far more often and are left to the search's similarity. ``numbers`` and
    ``words`` follow the signals the alignment was asked to use.
    """
    out: set[str] = set()
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w[0].isdigit():
            if numbers:
                out.add("#" + (w.lstrip("0") or "0"))
        elif words and w[0].isupper() and len(w) >= NAME_LETTERS:
            out.add(fold(w.lower()))
    return frozenset(out)


def recut(
    beads: list[Bead],
    src: Sequence[str],
    tgt: Sequence[str],
    ev: Evidence,
    length_cost: Callable[[int, int, int, int], float],
    max_side: int,
    numbers: bool = True,
    words: bool = True,
) -> tuple[list[Bead], int]:
    """Beads with every crossed boundary between two-sided neighbours cut again or
    removed, and how many pairs of beads changed.

    ``max_side`` bounds the sentences of one side in a joined bead (the
    search's largest); ``numbers`` and ``words`` say which anchors count.
    """
    fs, ft = _Anchors(src, numbers, words), _Anchors(tgt, numbers, words)
    runs = (FeatureRuns(ev.src), FeatureRuns(ev.tgt))
    out = list(beads)
    changed = 0
    k = 0
    while k + 1 < len(out):
        x, y = out[k], out[k + 1]
        if not (_two_sided(x) and _two_sided(y)) or not _crossed(x, y, fs, ft):
            k += 1
            continue
        i0, j0, _, _ = x
        _, _, i2, j2 = y
        cut = _best_cut((i0, j0, i2, j2), fs, ft, ev, runs, length_cost, max_side)
        if cut is not None:
            out[k : k + 2] = list(cut)
        elif i2 - i0 <= max_side and j2 - j0 <= max_side:
            out[k : k + 2] = [(i0, j0, i2, j2)]
        else:
            k += 1
            continue
        changed += 1
        k = max(k - 1, 0)  # the bead before may now cross the new one
    return out, changed


def _two_sided(b: Bead) -> bool:
    return b[2] > b[0] and b[3] > b[1]


class _Anchors:
    """Each sentence's strong anchors, read when first asked for and kept a while.

    Beads are visited in order and each sentence is asked for by the two
    pairs of beads around it: keeping sets for a 200k-sentence book would
    cost far more memory than reading a sentence twice.
    """

    KEEP = 256

    def __init__(self, texts: Sequence[str], numbers: bool, words: bool):
        self.texts = texts
        self.kinds = numbers, words
        self.sets: dict[int, frozenset[str]] = {}

    def union(self, lo: int, hi: int) -> set[str]:
        out: set[str] = set()
        for k in range(lo, hi):
            got = self.sets.get(k)
            if got is None:
                if len(self.sets) >= self.KEEP:
                    self.sets.clear()
                got = self.sets[k] = strong_anchors(self.texts[k], *self.kinds)
            out |= got
        return out


def _crossed(x: Bead, y: Bead, fs: _Anchors, ft: _Anchors) -> bool:
    """Whether an anchor of one bead's side is found only on the other side of its neighbour."""
    a1, b1 = fs.union(x[0], x[2]), ft.union(x[1], x[3])
    a2, b2 = fs.union(y[0], y[2]), ft.union(y[1], y[3])
    return bool(((a2 & b1) - b2 - a1) or ((a1 & b2) - b1 - a2))


def _best_cut(block: Bead, fs, ft, ev: Evidence, runs, length_cost, max_side: int):
    """The cut of ``block`` into two two-sided beads that no anchor crosses and whose
    beads share the most feature weight (then: the cheapest lengths); None if none."""
    i0, j0, i2, j2 = block
    best, best_key = None, None
    for s in range(i0 + 1, i2):
        for t in range(j0 + 1, j2):
            x, y = (i0, j0, s, t), (s, t, i2, j2)
            if max(s - i0, i2 - s, t - j0, j2 - t) > max_side or _crossed(x, y, fs, ft):
                continue
            held = _shared(x, ev, runs) + _shared(y, ev, runs)
            key = (-held, length_cost(*x) + length_cost(*y))
            if best_key is None or key < best_key:
                best, best_key = (x, y), key
    return best


def _shared(b: Bead, ev: Evidence, runs) -> float:
    both = runs[0].of(range(b[0], b[2])) & runs[1].of(range(b[1], b[3]))
    return float(ev.weight[list(both)].sum()) if both else 0.0
