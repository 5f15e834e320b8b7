"""Build a project from already aligned pairs (an imported TMX or CSV).

Each pair becomes one 1-1 bead (1-0 or 0-1 when a side is empty); the two
"documents" are the segments one per line, so spans stay meaningful.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from aligner.errors import BitextError
from aligner.project import STATUSES, Project
from aligner.types import Alignment, Bead, Document, Segment


@dataclass(slots=True)
class Pair:
    source: str
    target: str
    score: float = 1.0
    status: str = "unreviewed"
    note: str = ""


def _document(texts: list[str], lang: str, path: str) -> tuple[Document, list[Segment]]:
    segments, pos = [], 0
    for n, text in enumerate(texts):
        segments.append(Segment(text, pos, pos + len(text), paragraph=n))
        pos += len(text) + 1
    return Document("\n".join(texts), lang=lang, path=path), segments


def project_from_pairs(
    path: str | os.PathLike,
    pairs: list[Pair],
    src_lang: str,
    tgt_lang: str,
    origin: str,
    *,
    overwrite: bool = False,
) -> Project:
    """Create a project at ``path`` from ``pairs`` read from the file ``origin``."""
    pairs = [p for p in pairs if p.source.strip() or p.target.strip()]
    if not pairs:
        raise BitextError("no pairs with text to import", origin)
    src_texts, tgt_texts, beads, reviews = [], [], [], []
    for pair in pairs:
        i, j = len(src_texts), len(tgt_texts)
        if pair.source.strip():
            src_texts.append(pair.source)
        if pair.target.strip():
            tgt_texts.append(pair.target)
        score = min(max(float(pair.score), 0.0), 1.0) if pair.score == pair.score else 1.0
        beads.append(Bead(range(i, len(src_texts)), range(j, len(tgt_texts)), score))
        status = pair.status if pair.status in STATUSES else "unreviewed"
        reviews.append((status, pair.note))
    src, src_segments = _document(src_texts, src_lang, origin)
    tgt, tgt_segments = _document(tgt_texts, tgt_lang, origin)
    alignment = Alignment(beads, len(src_texts), len(tgt_texts), {"imported_from": origin})
    return Project.create(
        path,
        src,
        tgt,
        src_segments,
        tgt_segments,
        alignment,
        overwrite=overwrite,
        reviews=reviews,
    )
