"""Names in one whole text: two passes, so that a surname seen once with evidence
(a given name, a title) is recognised wherever else the text repeats it.

The text is read in chunks of whole lines, so a 50 MB file never becomes one
list of tokens; ``advance`` reports characters done (a progress bar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from glossary.detect import Mention, find_names

#: Characters per chunk (whole lines; a longer line is a chunk of its own).
CHUNK = 1 << 16
#: Passes :func:`text_mentions` makes over the text.
PASSES = 2


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text`` in pieces of whole lines, about ``size`` characters each."""
    start = 0
    while start < len(text):
        end = text.find("\n", min(start + size, len(text)))
        end = len(text) if end < 0 else end + 1
        yield start, text[start:end]
        start = end


def text_mentions(
    text: str,
    lang: str,
    known: Iterable[str] = (),
    advance: Callable[[int], None] | None = None,
) -> list[Mention]:
    """Every name mention in ``text`` (written in ``lang``), in text order.

    ``known`` adds keys of surnames found elsewhere; ``advance(n)`` is called
    with the characters done, :data:`PASSES` times over the text in all.
    """
    keys = set(known)
    articled: set[str] = set()  # filled by the first pass, read by both
    for _offset, piece in chunks(text):
        keys.update(m.key for m in find_names(piece, lang, keys, articled) if m.kind == "person")
        if advance is not None:
            advance(len(piece))
    out: list[Mention] = []
    for offset, piece in chunks(text):
        for m in find_names(piece, lang, keys, articled):
            out.append(replace(m, start=m.start + offset, end=m.end + offset))
        if advance is not None:
            advance(len(piece))
    return out
