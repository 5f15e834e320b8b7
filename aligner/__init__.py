"""bitext's pipeline: read -> segment -> align -> review -> export.

The public Python API is re-exported here so that a notebook user can write
``import aligner; aligner.segment(text, "de")``.
"""

__version__ = "0.1.0"

from aligner import (
    batch,  # the package, callable as batch(pairs, outdir)
    segment,  # the package, callable as segment(text, lang)
)
from aligner.align import align
from aligner.errors import BitextError
from aligner.project import BeadRow, Project
from aligner.read import read_document, read_text
from aligner.segment import detect_language, segment_document
from aligner.types import Alignment, Bead, Document, Segment

__all__ = [
    "Alignment",
    "align",
    "Bead",
    "batch",
    "BeadRow",
    "BitextError",
    "Document",
    "Project",
    "Segment",
    "__version__",
    "detect_language",
    "read_document",
    "read_text",
    "segment",
    "segment_document",
]
