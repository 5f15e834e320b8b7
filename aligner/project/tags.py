"""Inline codes inside segment text: one private-use character per code, and the rules for edits.

A TMX segment may hold formatting codes (``<bpt>``/``<ept>`` pairs, ``<ph>``
placeholders, ``<it>``, ``<ut>``, ``<hi>`` spans). bitext keeps each code in
the segment text as a single *marker*: a character of Unicode's Supplementary
Private Use Area-A, which real text does not use. The marker says what the
code is to an edit (the opening or closing half of a pair, or a standalone
code) and its number; the code's own XML is stored beside the segment (see
``aligner.project.units``). So the aligner, search and every edit see ordinary
text, and a code can neither turn into words nor be lost without notice:

- ``plain(text)``: the text without its codes (CSV, TSV, Moses);
- ``show(text)``: the codes as tags a person can read, ``⟨1⟩black⟨/1⟩ ⟨2/⟩``;
- ``parse(shown, original)``: an edited shown text back to markers;
- ``problem(original, edited)``: why an edit breaks the codes, or None.
"""

from __future__ import annotations

import re

from aligner.errors import BitextError

OPEN = 0xF0000  # first half of pair k: OPEN + k
CLOSE = 0xF4000  # second half of pair k: CLOSE + k
SINGLE = 0xF8000  # a standalone code k: SINGLE + k
LIMIT = 0x4000  # codes per segment (k < LIMIT)

MARKERS = re.compile("[\U000f0000-\U000fbfff]")
# The tags as shown for editing. The angle brackets are U+27E8/U+27E9, not "<"
# and ">", so an HTML tag typed in a sentence stays text.
_SHOWN = re.compile("\u27e8(/?)([1-9][0-9]{0,4})(/?)\u27e9")


def open_marker(k: int) -> str:
    return chr(OPEN + k)


def close_marker(k: int) -> str:
    return chr(CLOSE + k)


def single_marker(k: int) -> str:
    return chr(SINGLE + k)


def role(marker: str) -> tuple[str, int]:
    """``("open" | "close" | "single", k)`` of a marker character."""
    code = ord(marker)
    if code >= SINGLE:
        return "single", code - SINGLE
    if code >= CLOSE:
        return "close", code - CLOSE
    return "open", code - OPEN


def has_codes(text: str) -> bool:
    return MARKERS.search(text) is not None


def plain(text: str) -> str:
    """The text without its inline codes."""
    return MARKERS.sub("", text) if has_codes(text) else text


def _pairs(text: str) -> set[int]:
    """Numbers of the pairs whose two halves are both in ``text``."""
    opens, closes = set(), set()
    for m in MARKERS.findall(text):
        kind, k = role(m)
        (opens if kind == "open" else closes if kind == "close" else set()).add(k)
    return opens & closes


def tag(marker: str, paired: bool = True) -> str:
    """How one marker is shown: ``⟨2⟩`` / ``⟨/2⟩`` for a pair, ``⟨3/⟩`` for the rest."""
    kind, k = role(marker)
    if kind == "single" or not paired:
        return f"\u27e8{k + 1}/\u27e9"
    return f"\u27e8{'/' if kind == 'close' else ''}{k + 1}\u27e9"


def show(text: str) -> str:
    """``text`` with each marker as a readable tag (a half pair alone shows as ``⟨n/⟩``)."""
    if not has_codes(text):
        return text
    pairs = _pairs(text)
    return MARKERS.sub(lambda m: tag(m.group(), role(m.group())[1] in pairs), text)


def spans(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into ``(piece, is_tag)`` parts, tags shown as by :func:`show`."""
    if not has_codes(text):
        return [(text, False)]
    pairs = _pairs(text)
    out: list[tuple[str, bool]] = []
    last = 0
    for m in MARKERS.finditer(text):
        if m.start() > last:
            out.append((text[last : m.start()], False))
        out.append((tag(m.group(), role(m.group())[1] in pairs), True))
        last = m.end()
    if last < len(text):
        out.append((text[last:], False))
    return out


def parse(shown: str, original: str) -> str:
    """Turn the tags of an edited :func:`show` text back into ``original``'s markers.

    Only tags that ``original`` has become markers again; anything else that
    looks like a tag stays text (and :func:`problem` then reports the tag missing).
    """
    if not has_codes(original):
        return shown
    by_tag = {}
    pairs = _pairs(original)
    for m in set(MARKERS.findall(original)):
        by_tag[tag(m, role(m)[1] in pairs)] = m
    return _SHOWN.sub(lambda t: by_tag.get(t.group(), t.group()), shown)


def problem(original: str, edited: str) -> str | None:
    """Why ``edited`` may not replace ``original``, or None when its codes are intact.

    Every code of the original must still be there, once; the two halves of a
    pair must stay in order (opening before closing); pairs that nested inside
    each other must not come to overlap. Codes may move, as translation needs.
    """
    before = MARKERS.findall(original)
    after = MARKERS.findall(edited)
    if not before and not after:
        return None
    pairs = _pairs(original)

    def name(m: str) -> str:
        return tag(m, role(m)[1] in pairs)

    missing = [m for m in before if m not in after]
    if missing:
        tags = ", ".join(name(m) for m in missing)
        s = "s" if len(missing) > 1 else ""
        return f"tag{s} {tags} missing: inline codes cannot be deleted (Esc keeps the old text)"
    extra = sorted({m for m in after if after.count(m) > 1 or m not in before})
    if extra:
        tags = ", ".join(name(m) for m in extra)
        return f"tag {tags} appears more than once or is not this sentence's"
    where = {m: i for i, m in enumerate(after)}
    for k in sorted(pairs):
        if where[close_marker(k)] < where[open_marker(k)]:
            return f"tags {tag(open_marker(k))} and {tag(close_marker(k))} are in the wrong order"
    crossing = _crossings(after, pairs) - _crossings(before, pairs)
    if crossing:
        a, b = min(crossing)
        return f"tags {_pair(a)} and {_pair(b)} overlap: close the inner pair before the outer one"
    return None


def _pair(k: int) -> str:
    return f"{tag(open_marker(k))}…{tag(close_marker(k))}"


def _crossings(markers: list[str], pairs: set[int]) -> set[tuple[int, int]]:
    """Pairs ``(a, b)`` whose spans overlap without one holding the other."""
    where = {m: i for i, m in enumerate(markers)}
    spans_ = sorted((where[open_marker(k)], where[close_marker(k)], k) for k in pairs)
    out = set()
    for i, (_, e1, a) in enumerate(spans_):
        for s2, e2, b in spans_[i + 1 :]:
            if s2 > e1:
                break
            if e2 > e1:
                out.add((min(a, b), max(a, b)))
    return out


def check_edit(original: str, edited: str) -> None:
    """Raise BitextError when ``edited`` loses, repeats or misorders ``original``'s codes."""
    why = problem(original, edited)
    if why is not None:
        raise BitextError(f"edit refused: {why}")
