"""bitext's pipeline: read -> segment -> align -> review -> export.

The public Python API is re-exported here so that a notebook user can write
``import aligner; aligner.segment(text, "de")``.
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING

# Where each public name lives. They are imported on first use (PEP 562), so that
# ``bitext segment`` does not pay for numpy, pandas and Dask at every start.
_PUBLIC: dict[str, str] = {
    "Alignment": "aligner.types",
    "align": "aligner.align",
    "Bead": "aligner.types",
    "batch": "aligner.batch",
    "BeadRow": "aligner.project",
    "BitextError": "aligner.errors",
    "Document": "aligner.types",
    "Project": "aligner.project",
    "Segment": "aligner.types",
    "detect_language": "aligner.segment",
    "read_document": "aligner.read",
    "read_text": "aligner.read",
    "segment": "aligner.segment",
    "segment_document": "aligner.segment",
}

if TYPE_CHECKING:
    from aligner import batch, segment
    from aligner.align import align
    from aligner.errors import BitextError
    from aligner.project import BeadRow, Project
    from aligner.read import read_document, read_text
    from aligner.segment import detect_language, segment_document
    from aligner.types import Alignment, Bead, Document, Segment


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'aligner' has no attribute {name!r}")
    if name in ("batch", "segment"):  # the packages themselves, callable
        value = importlib.import_module(module)
    else:
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
