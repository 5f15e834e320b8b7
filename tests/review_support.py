"""Small hand-made projects for the review app tests (built through the real Project API)."""

from __future__ import annotations

from aligner.project import Project
from aligner.types import Alignment, Bead, Document, Segment

DE = [
    "Alexander Lukaschenko regiert Belarus seit 1994.",
    "Er nennt sich selbst den letzten Diktator Europas.",
    "Die Wahl im August 2020 war nicht frei.",
    "Hunderttausende gingen in Minsk auf die Straße.",
    "Swetlana Tichanowskaja musste nach Litauen fliehen.",
    "Viele Demonstranten wurden verhaftet.",
    "Das Regime hält sich mit Hilfe aus Moskau.",
]
EN = [
    "Alexander Lukashenko has ruled Belarus since 1994.",
    "He calls himself the last dictator of Europe.",
    "The election in August 2020 was not free.",
    "Hundreds of thousands took to the streets of Minsk.",
    "Sviatlana Tsikhanouskaya had to flee to Lithuania.",
    "Many protesters were arrested.",
    "Thousands were beaten.",
    "The regime survives with help from Moscow.",
]
# (source sentences, target sentences, score) per bead
BEADS = [
    (1, 1, 0.95),
    (1, 1, 0.9),
    (1, 1, 0.3),
    (1, 1, 0.85),
    (1, 1, 0.9),
    (1, 2, 0.6),
    (1, 1, 0.9),
]


def document(sentences: list[str], lang: str) -> tuple[Document, list[Segment]]:
    segments, pos = [], 0
    for sentence in sentences:
        segments.append(Segment(sentence, pos, pos + len(sentence)))
        pos += len(sentence) + 1
    return Document(" ".join(sentences), lang=lang, path=f"belarus.{lang}.txt"), segments


def make_project(path, de=DE, en=EN, beads=BEADS) -> Project:
    """Create a project file at ``path`` and return it open."""
    src, src_segments = document(de, "de")
    tgt, tgt_segments = document(en, "en")
    out, i, j = [], 0, 0
    for n, m, score in beads:
        out.append(Bead(range(i, i + n), range(j, j + m), score))
        i, j = i + n, j + m
    return Project.create(path, src, tgt, src_segments, tgt_segments, Alignment(out, i, j))


def big_project(path, n: int) -> Project:
    """A project of ``n`` one-to-one beads with varied lengths and scores."""
    de = [
        f"Satz {k}: " + "Lukaschenko sprach lange über die Lage im Land. " * (k % 4)
        for k in range(n)
    ]
    en = [
        f"Sentence {k}: " + "Lukashenko spoke at length about the country. " * (k % 3)
        for k in range(n)
    ]
    beads = [(1, 1, (k * 37 % 100) / 100) for k in range(n)]
    return make_project(path, de, en, beads)
