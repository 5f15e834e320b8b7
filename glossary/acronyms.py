"""An acronym's expansion: capitalised words whose initials spell an acronym right beside
them (*TCP (Transmission Control Protocol)*, *UDP(User Datagram Protocol)*, *RRD-Dateien
(Round Robin Database …)*, *Debian Free Software Guidelines (DFSG)*) name a protocol, a
format, a rule book or a body, and a person's name inside them is none. An expansion
ends in a common word (*Protocol*, *Guidelines*); a person whose initials make an
acronym ends in a surname (*John F. Kennedy (JFK)*) and stays a person.
"""

from __future__ import annotations

import re

from glossary.lexicon import is_common_word, is_lower_word

#: Words an expansion may hold in lower case without an initial of their own.
_MINOR = frozenset(
    "a an and at by for in of on or the to with de des du et la le les und für der die das"
    " von zu".split()
)
#: One word of a run: letters, then letters, digits, hyphens or apostrophes.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: An acronym in brackets right after the run (*… Guidelines (DFSG)*).
_AFTER = re.compile(r" ?\(([A-Z][A-Z\d]{1,9})[),;]")
#: An acronym, maybe joined to a noun by a hyphen, and an opening bracket right before the
#: run (*TCP (Transmission …*, *RRD-Dateien (Round …*).
_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z\d]{1,9})(?:-[^\W\d_]+)? ?\($")
#: Letters of text read left of a run for the acronym before it.
_REACH = 60


def _joined(segment: str, leftward: bool) -> list[str]:
    """The words of ``segment`` that single spaces join to the mention it touches (it
    ends with the space before the mention, or starts with the one after it), each
    capitalised or minor, as far as they go, in text order."""
    pieces = list(_WORD.finditer(segment))
    found: list[re.Match[str]] = []
    edge = len(segment) - 1 if leftward else 1
    for piece in reversed(pieces) if leftward else pieces:
        if not found:
            touching = piece.end() == edge if leftward else piece.start() == edge
            if not touching or segment[edge if leftward else 0] != " ":
                break
        else:
            left, right = (piece, found[-1]) if leftward else (found[-1], piece)
            if segment[left.end() : right.start()] != " ":
                break
        if not (piece[0][:1].isupper() or piece[0] in _MINOR):
            break
        found.append(piece)
    if leftward:
        found.reverse()
    return [m[0] for m in found]


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the words' initials spell the acronym, the minor words' initials left out
    or kept (*Software in the Public Interest*: SPI)."""
    content = "".join(w[0] for w in words if w not in _MINOR)
    every = "".join(w[0] for w in words)
    return acronym.upper() in (content.upper(), every.upper())


def _thing(word: str, lang: str) -> bool:
    """The expansion's last word is a common one: a thing's name, no surname."""
    return is_lower_word(word.lower(), "en") or is_common_word(word, lang)


def in_expansion(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` lies inside the expansion of an acronym beside it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = _joined(text[line_start:start], leftward=True)
    right = _joined(text[end:line_end], leftward=False)
    mention = text[start:end].split()
    inside = left + mention + right
    run_start = start - len(" ".join(left)) - (1 if left else 0)
    run_end = end + len(" ".join(right)) + (1 if right else 0)
    after = _AFTER.match(text, run_end)
    if after is not None and _thing(inside[-1], lang):
        if any(_spells(inside[k:], after[1]) for k in range(len(left) + 1)):
            return True  # Debian Free Software Guidelines (DFSG)
    before = _BEFORE.search(text, max(line_start, run_start - _REACH), run_start)
    if before is None:
        return False
    return any(  # TCP (Transmission Control Protocol), UDP(User Datagram Protocol)
        _spells(inside[:k], before[1]) and _thing(inside[k - 1], lang)
        for k in range(len(left) + len(mention), len(inside) + 1)
    )
