"""Small hand-built documents and alignments for project and format tests."""

from __future__ import annotations

from aligner.types import Alignment, Bead, Document, Segment


def document(
    sentences: list[str], lang: str, path: str | None = None
) -> tuple[Document, list[Segment]]:
    """A document whose text is the sentences joined by spaces, and its segments."""
    segments, pos = [], 0
    for sentence in sentences:
        segments.append(Segment(sentence, pos, pos + len(sentence)))
        pos += len(sentence) + 1
    return Document(" ".join(sentences), lang=lang, path=path), segments


def alignment(kinds: list[tuple[int, int]], score: float = 0.9) -> Alignment:
    """An alignment from bead sizes, e.g. [(1, 1), (2, 1), (0, 1)]."""
    beads, i, j = [], 0, 0
    for n, m in kinds:
        beads.append(Bead(range(i, i + n), range(j, j + m), score))
        i, j = i + n, j + m
    return Alignment(beads, i, j)


DE = [
    "Lukaschenko regiert seit 1994.",
    "Er ist der erste Präsident.",
    "Die Wahl war nicht frei.",
    "Viele sagten: „Es reicht“.",
    "Sie gingen auf die Straße.",
]
EN = [
    "Lukashenko has ruled since 1994.",
    "He is the first president.",
    "The election was not free.",
    "Many said: “Enough”.",
    "They took to the streets.",
    "Thousands were arrested.",
]
KINDS = [(1, 1), (1, 1), (1, 1), (1, 2), (1, 1)]


def make_project(path, kinds=KINDS, de=DE, en=EN, **kwargs):
    from aligner.project import Project

    src, src_segs = document(de, "de", "de.txt")
    tgt, tgt_segs = document(en, "en", "en.txt")
    return Project.create(path, src, tgt, src_segs, tgt_segs, alignment(kinds), **kwargs)
