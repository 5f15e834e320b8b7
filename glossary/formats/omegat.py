"""OmegaT's tab-separated glossary: source term, target term, comment.

OmegaT matches the source column literally, so every source form seen
(inflected ones included) gets its own line pointing to the preferred target.
"""

from __future__ import annotations

from glossary.entries import Entry
from glossary.errors import GlossaryError
from glossary.formats.common import entry_from_terms, terms

HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-"


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def dumps(entries: list[Entry], src_lang: str, tgt_lang: str, inflect: bool = False) -> str:
    lines = [HEADER]
    for e in entries:
        target = e.preferred.get(tgt_lang) or e.canonical
        for term, _kind in terms(e, src_lang, inflect):
            lines.append(f"{_clean(term)}\t{_clean(target)}\t{_clean(f'{e.id} ({e.status})')}")
    return "\n".join(lines) + "\n"


def loads(text: str, src_lang: str, tgt_lang: str, path: str | None = None) -> list[Entry]:
    out: dict[str, tuple[list[str], list[str], str]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise GlossaryError(f"line {n}: expected 'source<TAB>target[<TAB>comment]'", path)
        src, tgt = cells[0].strip(), cells[1].strip()
        comment = cells[2].strip() if len(cells) > 2 else ""
        srcs, _tgts, _ = out.setdefault(tgt, ([], [tgt], comment))
        srcs.append(src)
    return [
        entry_from_terms(f"omegat-{i}", {src_lang: srcs, tgt_lang: tgts}, note=comment)
        for i, (srcs, tgts, comment) in enumerate(out.values(), start=1)
    ]
