"""The sentence a name was seen in, kept with its glossary entry as context."""

from __future__ import annotations

from dataclasses import replace

from aligner.segment import iter_segments
from glossary.mention import Mention
from glossary.text import unwrapped

#: Characters of context at most.
_CONTEXT = 300
#: Characters either side of a mention in which a whole text's wrapped lines are joined
#: before its sentence is cut out.
_WINDOW = 1000
#: Characters either side of a mention the segmenter reads to find its sentence: more
#: than a context shows, so the sentence's ends lie inside when it fits at all.
_REACH = 400


def sentence_of(text: str, m: Mention, lang: str, whole: bool = False) -> str:
    """The sentence of ``text`` around the mention as bitext segments it (*in der 23.
    Minute* is no sentence's end), at most a few hundred characters; in a ``whole``
    text, not a bead's side, the lines that only wrap it are joined first."""
    if whole:
        lo = max(0, m.start - _WINDOW)
        text = unwrapped(text[lo : m.end + _WINDOW], lang)
        m = replace(m, start=m.start - lo, end=m.end - lo)
    start, end = _bounds(text, m, lang)
    sentence = text[start:end].strip()
    if len(sentence) > _CONTEXT:
        lo = max(0, m.start - start - _CONTEXT // 2)
        sentence = "…" + sentence[lo : lo + _CONTEXT].strip() + "…"
    return " ".join(sentence.split())  # one line, even where a name broke one


def _bounds(text: str, m: Mention, lang: str) -> tuple[int, int]:
    """Where the segmenter's sentences holding the mention start and end in ``text``
    (two where a name runs over a boundary: *Leiter Ch .⏎Evans kam an.*)."""
    lo = max(0, m.start - _REACH)
    piece = text[lo : m.end + _REACH]
    held = [
        (lo + seg.start, lo + seg.end)
        for seg in iter_segments(piece, lang, markdown=False)
        if seg.start < m.end - lo and m.start - lo < seg.end
    ]
    if not held:
        return 0, len(text)  # no sentence holds it: the whole bead side or window
    return held[0][0], held[-1][1]
