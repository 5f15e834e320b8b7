"""One pair, as a Dask worker runs it: read, segment, align, write the project, report a row.

The function never raises for a bad pair: the error becomes the row's
``error`` and the batch goes on. The project is built under a hidden
``.NAME.bitext.XXXXXXXX.part`` name and renamed into place only when it is complete
(glossary included), so a killed worker never leaves a project that looks
done; a re-run skips a pair whose project exists and whose inputs still have
the checksums stored in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from aligner.align.mismatch import MAX_SHARE
from aligner.batch.manifest import PairSpec
from aligner.errors import BitextError
from aligner.types import Bead, Document

#: Share of sentences without evidence above which the aligner calls the whole pair suspect:
#: a pair past it is "not a translation" (one with a mismatched stretch only gets a warning).
NOT_A_TRANSLATION = MAX_SHARE
#: Share of unpaired sentences above which the row carries a warning (as ``bitext align`` warns).
MANY_UNPAIRED = 0.3

REPORT_COLUMNS = [
    "name",
    "status",
    "src_lang",
    "tgt_lang",
    "src_sentences",
    "tgt_sentences",
    "beads",
    "unpaired_share",
    "score",
    "score_kind",
    "mismatch_share",
    "glossary_entries",
    "seconds",
    "error",
    "warning",
    "project",
    "src",
    "tgt",
]
COUNT_COLUMNS = ["src_sentences", "tgt_sentences", "beads", "glossary_entries"]
FLOAT_COLUMNS = dict.fromkeys(["unpaired_share", "score", "mismatch_share", "seconds"], "float64")
# status: "aligned" (this run), "skipped" (done by an earlier run), "failed".
OK_STATUSES = ("aligned", "skipped")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every pair of a batch shares."""

    outdir: str
    mode: str = "full"
    build_glossary: bool = False
    encoding: str | None = None
    #: FreeDict dictionaries (their .index files, absolute): each serves the pairs of its
    #: two languages, in either direction.
    dictionaries: tuple[str, ...] = ()


def project_path(outdir: str | os.PathLike, spec: PairSpec) -> Path:
    return Path(outdir) / "projects" / spec.project_name


def part_path(final: Path) -> Path:
    """Where a project is built before it is renamed into place.

    Each attempt has its own name: a pair Dask runs again while a lost
    worker's attempt is still finishing must not build into the same file.
    """
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")


def process_pair(spec: PairSpec, settings: Settings) -> dict:
    """Align one pair into its project; return its report row (never raises for bad input)."""
    start = time.perf_counter()
    row = dict.fromkeys(REPORT_COLUMNS)
    row.update(
        name=spec.name,
        src=spec.src,
        tgt=spec.tgt,
        src_lang=spec.src_lang,
        tgt_lang=spec.tgt_lang,
    )
    try:
        row.update(_process(spec, settings))
        row["project"] = str(Path("projects") / spec.project_name)
    except BitextError as err:
        row.update(status="failed", error=str(err))
    except Exception as err:  # a bug on one pair must not stop thousands of others
        row.update(status="failed", error=f"internal error: {type(err).__name__}: {err}")
    row["seconds"] = round(time.perf_counter() - start, 4)
    return row


def _process(spec: PairSpec, settings: Settings) -> dict:
    from aligner.align import align
    from aligner.segment import segment_document
    from glossary import name_keys

    src_doc = _read(spec.src, spec.src_lang, settings.encoding, "src_lang")
    tgt_doc = _read(spec.tgt, spec.tgt_lang, settings.encoding, "tgt_lang")
    final = project_path(settings.outdir, spec)
    if final.exists():
        done = _existing(final, src_doc, tgt_doc, settings)
        if done is not None:
            return done
    src_segments = segment_document(src_doc)
    tgt_segments = segment_document(tgt_doc)
    try:
        alignment = align(
            src_segments,
            tgt_segments,
            src_lang=src_doc.lang,
            tgt_lang=tgt_doc.lang,
            mode=settings.mode,
            name_keys=name_keys,
            progress=False,
            dictionary=pair_dictionary(settings.dictionaries, src_doc.lang, tgt_doc.lang),
        )
    except ValueError as err:
        raise BitextError(str(err)) from None
    used = _used(settings, src_doc, tgt_doc)
    if used is not None:
        alignment.info["dictionaries"] = used  # kept in the project's metadata
    entries = _write(final, src_doc, tgt_doc, src_segments, tgt_segments, alignment, settings)
    row = summary(alignment.beads, alignment.n_src, alignment.n_tgt, alignment.info)
    return {
        **row,
        "status": row.get("status", "aligned"),
        "src_lang": src_doc.lang,
        "tgt_lang": tgt_doc.lang,
        "glossary_entries": entries,
    }


def _read(path: str, lang: str | None, encoding: str | None, column: str) -> Document:
    from aligner.read import read_document
    from aligner.segment import detect_language

    doc = read_document(path, lang=lang, encoding=encoding)
    if doc.lang is None:
        detected = detect_language(doc.text)
        if detected is None:
            raise BitextError(f"cannot detect the language; give {column} in the manifest", path)
        doc = replace(doc, lang=detected)
    return doc


def _write(final: Path, src_doc, tgt_doc, src_segments, tgt_segments, alignment, settings):
    """Build the project (and glossary) under the part name, then rename it into place."""
    from aligner.project import Project

    final.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(final)
    project = Project.create(
        part, src_doc, tgt_doc, src_segments, tgt_segments, alignment, overwrite=True
    )
    try:
        entries = build_glossary(project) if settings.build_glossary else None
    finally:
        project.close()
    os.replace(part, final)
    return entries


def _used(settings: Settings, src_doc: Document, tgt_doc: Document) -> list[str] | None:
    """The names of the dictionaries that served this pair (a re-run with others aligns
    it again), None when none did."""
    from aligner.align.dictd import serves

    names = [Path(p).name for p in settings.dictionaries if serves(p, src_doc.lang, tgt_doc.lang)]
    return names or None


@lru_cache(maxsize=8)
def pair_dictionary(
    paths: tuple[str, ...], src_lang: str | None, tgt_lang: str | None
) -> tuple[tuple[str, str], ...] | None:
    """The pairs of the dictionaries for these two languages, read once per worker."""
    from aligner.align.dictd import read_dictd, serves

    pairs = [p for path in paths if serves(path, src_lang, tgt_lang)
             for p in read_dictd(path, src_lang, tgt_lang)]  # fmt: skip
    return tuple(pairs) or None


def build_glossary(project) -> int:
    """Store the project's name glossary (as ``bitext glossary build``); return its size."""
    from glossary.build import build_entries, records

    entries = build_entries(
        project.beads(), project.src_lang, project.tgt_lang, project.glossary_records()
    )
    project.save_glossary_records(records(entries))
    return len(entries)


def _existing(final: Path, src_doc: Document, tgt_doc: Document, settings: Settings) -> dict | None:
    """The row of a project an earlier run finished for these very inputs, else None.

    A project whose inputs changed is aligned again, unless someone has
    reviewed it since: review work is never overwritten.
    """
    from aligner.project import Project

    with Project.open(final) as project:
        info = project.info()
        docs = info["documents"]
        same = (
            all(
                docs[side]["checksum"] == checksum(doc.text) and docs[side]["lang"] == doc.lang
                for side, doc in (("src", src_doc), ("tgt", tgt_doc))
            )
            and _meta(project, "align.mode") == settings.mode
            and _meta(project, "align.dictionaries") == _used(settings, src_doc, tgt_doc)
        )
        if not same:
            reviewed = info["history"]["undo"] or any(
                info["progress"][s] for s in ("confirmed", "rejected")
            )
            if reviewed:
                raise BitextError(
                    "the inputs changed since this project was made, and it holds review "
                    "work: move it away to align the pair again",
                    str(final),
                )
            return None
        entries = info["glossary_records"] if settings.build_glossary else None
        if settings.build_glossary and not entries and not project.readonly:
            entries = build_glossary(project)
        alignment = project.alignment()
        meta = {k: _meta(project, f"align.{k}") for k in ("document_score", "mismatch")}
    row = summary(alignment.beads, alignment.n_src, alignment.n_tgt, meta)
    return {
        **row,
        "status": "failed" if row.get("status") == "failed" else "skipped",
        "src_lang": info["src_lang"],
        "tgt_lang": info["tgt_lang"],
        "glossary_entries": entries,
    }


def _meta(project, key: str):
    value = project.meta(key)
    return None if value is None else json.loads(value)


def checksum(text: str) -> str:
    """The checksum a project stores for each input text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def summary(beads: list[Bead], n_src: int, n_tgt: int, info: dict) -> dict:
    """Counts, unpaired share and the document-level score of an alignment.

    The score is the aligner's ``document_score`` when it gives one; otherwise
    the mean bead confidence, and ``score_kind`` says which it is.
    """
    unpaired = sum(len(b.src) for b in beads if not b.tgt)
    unpaired += sum(len(b.tgt) for b in beads if not b.src)
    total = n_src + n_tgt
    share = unpaired / total if total else 0.0
    score = info.get("document_score")
    kind = "document"
    if score is None:
        score = sum(b.score for b in beads) / len(beads) if beads else 0.0
        kind = "mean bead"
    verdict = info.get("mismatch") or {}
    mismatch = verdict.get("share")
    row = {
        "src_sentences": n_src,
        "tgt_sentences": n_tgt,
        "beads": len(beads),
        "unpaired_share": round(share, 4),
        "score": round(float(score), 4),
        "score_kind": kind,
        "mismatch_share": None if mismatch is None else round(float(mismatch), 4),
    }
    if mismatch is not None and mismatch > NOT_A_TRANSLATION:
        row["status"] = "failed"
        row["error"] = (
            f"not a translation: {mismatch:.0%} of the sentences share no evidence with "
            "their counterpart"
        )
    elif mismatch is not None:
        stretches = len(verdict.get("regions") or [])
        row["warning"] = (
            f"{stretches} stretch(es) share no evidence with their counterpart "
            f"({mismatch:.0%} of the sentences)"
        )
    elif share > MANY_UNPAIRED:
        row["warning"] = f"{share:.0%} of the sentences have no counterpart"
    return row
