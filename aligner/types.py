"""Plain data passed between the pipeline stages: read -> segment -> align.

Nothing here knows how it was produced; every stage takes and returns these.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input text.

    ``text`` is the file's content exactly as decoded (BOM removed, line ends
    unchanged), so that segment spans index it directly.
    """

    text: str
    lang: str | None = None
    path: str | None = None
    encoding: str = "utf-8"
    format: str = "text"  # "text" or "markdown"


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence: cleaned text plus where it came from.

    ``document.text[start:end]`` is the raw source of the segment (markup
    included); ``text`` is the sentence as a translator reads it (inline
    markup removed, line breaks kept as in the source).
    """

    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Bead:
    """A group of consecutive source and target segments that translate each other.

    Either range may be empty (a 1-0 or 0-1 bead), never both. ``score`` is a
    confidence in [0, 1]: higher is more certain.
    """

    src: range
    tgt: range
    score: float = 1.0

    @property
    def kind(self) -> str:
        """Bead type as translators write it, e.g. ``"1-2"``."""
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(slots=True)
class Alignment:
    """A monotone alignment covering every segment of both sides exactly once."""

    beads: list[Bead]
    n_src: int
    n_tgt: int
    info: dict = field(default_factory=dict)

    def check(self) -> None:
        """Raise ValueError unless the beads are monotone and cover both sides once."""
        i = j = 0
        for bead in self.beads:
            if not bead.src and not bead.tgt:
                raise ValueError("empty bead")
            if bead.src.step != 1 or bead.tgt.step != 1:
                raise ValueError(f"bead ranges must be contiguous: {bead}")
            if bead.src.start != i or bead.tgt.start != j:
                raise ValueError(f"bead does not continue at ({i}, {j}): {bead}")
            i, j = bead.src.stop, bead.tgt.stop
        if (i, j) != (self.n_src, self.n_tgt):
            raise ValueError(f"alignment ends at ({i}, {j}), expected ({self.n_src}, {self.n_tgt})")
