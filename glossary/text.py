"""Names in one whole text: two passes, so that a surname seen once with evidence
(a given name, a title) is recognised wherever else the text repeats it.

The text is read in chunks of whole lines, so a 50 MB file never becomes one
list of tokens; ``advance`` reports characters done (a progress bar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from glossary.detect import Mention, find_names
from glossary.lexicon import german_nouns, is_common_word, is_lower_word, is_strong_common_word

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


def _alone(m: Mention, piece: str, lang: str) -> bool:
    """A surname written alone that a person of this text bears is that person's mention,
    unless it is a word of the language too (mit Hilfe, Państwa: a repeated false reading
    would spread) or part of a hyphenated word (Putin-Kritiker names a thing after him)."""
    if piece[m.start - 1 : m.start] == "-" or piece[m.end : m.end + 1] == "-":
        return False
    if lang == "de":
        return m.surface not in german_nouns() and not is_strong_common_word(m.surface, lang)
    return not (is_common_word(m.surface, lang) or is_lower_word(m.surface, lang))


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
    own: set[str] = set()  # keys of persons this text names with evidence
    articled: set[str] = set()  # filled by the first pass, read by both
    for _offset, piece in chunks(text):
        own.update(
            m.key for m in find_names(piece, lang, keys, articled) if m.kind == "person" and m.alone
        )
        keys |= own
        if advance is not None:
            advance(len(piece))
    out: list[Mention] = []
    for offset, piece in chunks(text):
        for m in find_names(piece, lang, keys, articled):
            kind = "person" if m.kind == "" and m.key in own and _alone(m, piece, lang) else m.kind
            out.append(replace(m, start=m.start + offset, end=m.end + offset, kind=kind))
        if advance is not None:
            advance(len(piece))
    return out
