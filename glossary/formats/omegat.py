"""OmegaT's glossary: source term, target term, comment; tab-separated (``.txt``,
``.tab``, ``.utf8``) or, headerless, comma-separated (``.csv``).

OmegaT matches the source column literally, so every source form of a name
(inflected ones included) gets its own line pointing to the preferred target.
OmegaT skips lines that start with ``#``; bitext writes one such line before
each entry, ``# bitext-entry: {...}``, with what the three columns cannot
hold (id, status, type, canonical form, gender, context, note), and reads it
back. A line of another tool's glossary is one term entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from glossary.entries import Entry
from glossary.errors import GlossaryError
from glossary.formats.common import (
    META_PREFIX,
    check_text,
    entry_meta,
    make_entry,
    meta_type,
    norm_lang,
    parse_meta,
    terms,
)

HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
#: The comment bitext wrote before entries carried a ``bitext-entry`` line.
_OLD_COMMENT = re.compile(r"^(\S+) \((candidate|approved|rejected)\)$")


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _in_lang(entry: Entry, lang: str) -> str:
    """The entry's language tag for ``lang``: itself, else one with the same primary
    subtag (a term base's ``en-US`` in an ``en`` project)."""
    langs = entry.langs()
    if lang in langs:
        return lang
    return next((t for t in langs if norm_lang(t) == norm_lang(lang)), lang)


def dumps(entries: list[Entry], src_lang: str, tgt_lang: str, inflect: bool = False) -> str:
    lines = [HEADER]
    for e in entries:
        target = e.preferred.get(_in_lang(e, tgt_lang)) or e.canonical
        sources = terms(e, _in_lang(e, src_lang), inflect)
        if not sources:
            continue
        meta = {"id": e.id, **entry_meta(e)}
        if e.note:
            meta["note"] = e.note
        lines.append("# " + META_PREFIX + json.dumps(meta, ensure_ascii=False))
        comment = e.note if e.type == "term" else f"{e.id} ({e.status})"
        for term, _kind in sources:
            lines.append(f"{_clean(term)}\t{_clean(target)}\t{_clean(comment)}")
    return "\n".join(lines) + "\n"


def loads(text: str, src_lang: str, tgt_lang: str, path: str | None = None) -> list[Entry]:
    rows = ((n, line.split("\t")) for n, line in enumerate(text.splitlines(), start=1))
    return from_rows(rows, src_lang, tgt_lang, path)


class _Group:
    """Lines that make one entry: source forms of one target, with their metadata."""

    def __init__(self, ident: str, target: str, comment: str, meta: dict | None = None):
        self.ident, self.target, self.comment, self.meta = ident, target, comment, meta
        self.sources: list[str] = []
        self.open = meta is not None  # later lines with this target join it


def from_rows(
    rows: Iterable[tuple[int, list[str]]],
    src_lang: str,
    tgt_lang: str,
    path: str | None = None,
    sep: str = "<TAB>",
) -> list[Entry]:
    """Entries from (line number, cells) rows of an OmegaT glossary (cells split on ``sep``)."""
    if not src_lang or not tgt_lang:
        raise GlossaryError(
            "an OmegaT glossary does not say its languages; import it into a project "
            "or give the source and target language",
            path,
        )
    groups: list[_Group] = []
    by_old_id: dict[str, _Group] = {}
    pending: dict | None = None
    for n, cells in rows:
        first = cells[0].strip() if cells else ""
        if first.startswith("#"):
            meta = parse_meta(first.lstrip("#").strip()) if len(cells) == 1 else None
            if meta is not None:
                pending = meta
            continue
        if not any(c.strip() for c in cells):
            continue
        for cell in cells:
            check_text(cell, f"line {n}", path)
        if len(cells) < 2 or not first or not cells[1].strip():
            raise GlossaryError(f"line {n}: expected 'source{sep}target[{sep}comment]'", path)
        target, comment = cells[1].strip(), cells[2].strip() if len(cells) > 2 else ""
        last = groups[-1] if groups else None
        if pending is not None:
            last = _Group(str(pending.get("id") or f"omegat-{n}"), target, comment, pending)
            groups.append(last)
            pending = None
        elif last is not None and last.open and last.target == target:
            pass  # another source form of the entry above
        elif (old := _OLD_COMMENT.match(comment)) is not None:
            last = by_old_id.get(old.group(1))
            if last is None:
                last = by_old_id[old.group(1)] = _Group(old.group(1), target, comment)
                last.meta = {"status": old.group(2), "type": "person"}
                groups.append(last)
        else:
            last = _Group(f"omegat-{n}", target, comment)
            groups.append(last)
        last.sources.append(first)
    return [_entry(g, src_lang, tgt_lang) for g in groups]


def _entry(group: _Group, src_lang: str, tgt_lang: str) -> Entry:
    meta = group.meta or {}
    kind = meta_type(meta, "term")
    if src_lang == tgt_lang:
        by_lang = {src_lang: [*group.sources, group.target]}
    else:
        by_lang = {src_lang: group.sources, tgt_lang: [group.target]}
    note = meta["note"] if isinstance(meta.get("note"), str) else group.comment
    if kind != "term" and _OLD_COMMENT.match(note):
        note = ""
    return make_entry(group.ident, by_lang, kind, note=note, meta=meta)
