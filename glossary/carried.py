"""Initials that end one segment and belong to the name that begins the next.

A text split into sentences by a tool that took an initial's full stop for a
sentence's end (``Leiter Ch .`` | ``Evans , …``) leaves the initials in one bead
and the surname in the next. Detection reads the next segment with the
initials carried over in front, so the surname keeps its evidence; the mention
itself stays inside its own segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from glossary.candidates import _ABBREVIATION_BEFORE
from glossary.detect import Mention

#: Initials at a segment's end (J ., E. P., Ch .); not the second letter of z. B.
_TRAILING = re.compile(r"(?:^|(?<=[\s.-]))(?:[A-ZА-ЯЁЄІЇЎҐ]h? ?\. ?)+\s*$")

#: How much of the segment before is read with the next: the initials and the words
#: before them, which say whether a name is under way (G. Band-J ., Leiter Ch .).
_TAIL = 40


def carried(before: str, text: str) -> str:
    """The end of ``before`` as a line of its own when it ends in initials and ``text``
    starts with a capital to continue them; else the empty string."""
    if not text[:1].isupper():
        return ""
    tail = before[-_TAIL:].rstrip()
    m = _TRAILING.search(tail)
    if m is None or _ABBREVIATION_BEFORE.search(tail[: m.start()]):
        return ""
    if len(before) > _TAIL:
        tail = tail[min(len(tail), tail.find(" ") + 1) :]  # from a word's start
    return tail + "\n"


def find_after(find: Callable[[str], list[Mention]], text: str, before: str) -> list[Mention]:
    """``find(text)``, with the initials that end the segment ``before`` read in front."""
    prefix = carried(before, text)
    if not prefix:
        return find(text)
    out = []
    cut = len(prefix)
    for m in find(prefix + text):
        if m.end <= cut:
            continue
        start, end = max(0, m.start - cut), m.end - cut
        out.append(replace(m, start=start, end=end, surface=text[start:end]))
    return out
