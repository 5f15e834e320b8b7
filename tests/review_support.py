"""Small hand-made projects for the review app tests (built through the real Project API)."""

from __future__ import annotations

from pathlib import Path

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


SAMPLE_TSV = Path(__file__).resolve().parent.parent / "corpora" / "belarus-diplomacy.de-en.tsv"


def sample_project(path) -> Project:
    """The repository's German-English sample as a project: one bead per gold pair.

    Each cell is split into sentences by the real segmenter; beads that are
    not one-to-one get a low score, as an aligner unsure of them would.
    """
    import csv

    from aligner import segment

    with SAMPLE_TSV.open(encoding="utf-8", newline="") as handle:
        pairs = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    sides: dict[str, tuple[list[str], list[Segment]]] = {"de": ([], []), "en": ([], [])}
    beads, i, j = [], 0, 0
    for pair in pairs:
        counts = {}
        for lang, (parts, segments) in sides.items():
            offset = sum(len(p) + 1 for p in parts)
            cell = segment(pair[lang], lang) or [Segment(pair[lang], 0, len(pair[lang]))]
            parts.append(pair[lang])
            segments.extend(Segment(s.text, s.start + offset, s.end + offset) for s in cell)
            counts[lang] = len(cell)
        score = 0.92 if counts["de"] == counts["en"] == 1 else 0.42
        beads.append(Bead(range(i, i + counts["de"]), range(j, j + counts["en"]), score))
        i, j = i + counts["de"], j + counts["en"]
    docs = {
        lang: Document(" ".join(parts), lang=lang, path=f"belarus-diplomacy.{lang}.md")
        for lang, (parts, _) in sides.items()
    }
    return Project.create(
        path, docs["de"], docs["en"], sides["de"][1], sides["en"][1], Alignment(beads, i, j)
    )
