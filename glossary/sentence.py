"""The sentence a name was seen in, kept with its glossary entry as context."""

from __future__ import annotations

from dataclasses import replace

from glossary.mention import Mention
from glossary.text import unwrapped

#: Characters of context at most.
_CONTEXT = 300
#: Characters either side of a mention in which a whole text's wrapped lines are joined
#: before its sentence is cut out.
_WINDOW = 1000


def sentence_of(text: str, m: Mention, wrapped: str | None = None) -> str:
    """The sentence of ``text`` around the mention, at most a few hundred characters; in a
    whole text (``wrapped`` its language) the lines that only wrap it are joined first."""
    if wrapped is not None:
        lo = max(0, m.start - _WINDOW)
        text = unwrapped(text[lo : m.end + _WINDOW], wrapped)
        m = replace(m, start=m.start - lo, end=m.end - lo)
    stop = text.rfind(". ", 0, m.start)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start) + 1)
    ends = [p for p in (text.find(". ", m.end), text.find("\n", m.end)) if p >= 0]
    end = min(ends) + 1 if ends else len(text)
    sentence = text[start:end].strip()
    if len(sentence) > _CONTEXT:
        lo = max(0, m.start - start - _CONTEXT // 2)
        sentence = "…" + sentence[lo : lo + _CONTEXT].strip() + "…"
    return " ".join(sentence.split())  # one line, even where a name broke one
