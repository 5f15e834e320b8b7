"""Predicted spans saved by one tree and compared by another, so that a rule's effect is
printed by the benchmark itself: ``--save-spans FILE`` on the tree before, ``--against
FILE`` on the tree after (run the same script file in both, the older tree first on
``PYTHONPATH``)."""

from __future__ import annotations

import json
from pathlib import Path


def save(path: str, spans: dict[str, list]) -> None:
    """``spans``: per part (a treebank, a dataset), its spans as lists."""
    Path(path).write_text(json.dumps({k: sorted(map(list, v)) for k, v in spans.items()}))


def compare(path: str, spans: dict[str, list], texts: dict[str, str], show: int = 12) -> None:
    """Per part, the spans added and removed since the file was saved, with a few examples."""
    old = json.loads(Path(path).read_text())
    print("| part | spans added | removed | examples added / removed |")
    print("|---|---:|---:|---|")
    for part, now in spans.items():
        before = {tuple(s) for s in old.get(part, [])}
        after = {tuple(s) for s in now}
        added, removed = sorted(after - before), sorted(before - after)
        text = texts[part]
        shown = " · ".join(text[s[0] : s[1]] for s in added[:show])
        gone = " · ".join(text[s[0] : s[1]] for s in removed[:show])
        print(f"| {part} | {len(added)} | {len(removed)} | {shown} / {gone} |")
