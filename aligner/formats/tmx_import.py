"""Stream a TMX file into a new project: one bead per unit, every unit's metadata kept.

Two passes over the file, each holding one unit at a time: the first learns
the languages (to choose the pair) and finds bad XML before anything is
written; the second writes segments, beads and the units' metadata into the
new project file in batches. Memory stays flat whatever the file's size.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from aligner.formats.tmx_read import TmxUnit, Tuv, choose_languages, iter_tmx, scan_tmx
from aligner.project import STATUSES, Project, units
from aligner.project.connection import now_utc

BATCH = 2000  # units per executemany
# bitext's own props: the review state they carry goes into the bead, not the metadata.
STATUS_PROP, SCORE_PROP, TYPE_PROP = "x-align-status", "x-align-score", "x-align-type"
NOTE_PROP = "x-align-note"  # "n": the n-th <note> of the unit is the reviewer's note
OWN_PROPS = (STATUS_PROP, SCORE_PROP, TYPE_PROP, NOTE_PROP)


@dataclass(slots=True)
class ImportReport:
    """What the import had to say: units left out, alternative tuvs kept aside."""

    units: int = 0
    without_pair: int = 0  # units with neither language: not imported
    alternatives: dict[str, int] = field(default_factory=dict)  # lang -> extra tuvs in it

    def warnings(self) -> list[str]:
        out = []
        for lang, n in self.alternatives.items():
            out.append(
                f"{n} <tuv>(s) in {lang} repeat a language already in their unit: the first "
                "one is reviewed, the others are kept as alternatives and written back on export"
            )
        if self.without_pair:
            out.append(
                f"{self.without_pair} unit(s) have neither of the two languages and were left out"
            )
        return out


def _score(text: str | None) -> float:
    try:
        value = float(text) if text not in (None, "") else 1.0
    except ValueError:
        return 1.0
    return min(max(value, 0.0), 1.0) if value == value else 1.0


def review_state(unit: TmxUnit) -> tuple[float, str, str, list]:
    """``(score, status, note, meta)``: bitext's review props taken out of the unit's metadata."""
    props = unit.props
    status = props.get(STATUS_PROP, "unreviewed")
    status = status if status in STATUSES else "unreviewed"
    meta = [m for m in unit.meta if not (m[0] == "prop" and m[1].get("type") in OWN_PROPS)]
    note = ""
    notes = [i for i, m in enumerate(meta) if m[0] == "note"]
    index = props.get(NOTE_PROP, "")
    if index.isdigit() and 0 < int(index) <= len(notes):
        note = meta[notes[int(index) - 1]][2]
        del meta[notes[int(index) - 1]]
    return _score(props.get(SCORE_PROP)), status, note, meta


class _Writer:
    """Collects rows for the new project and writes them in batches."""

    def __init__(self, db: sqlite3.Connection, now: str):
        self.db, self.now = db, now
        self.count = {"src": 0, "tgt": 0}
        self.pos = {"src": 0, "tgt": 0}
        self.segments: list[tuple] = []
        self.beads: list[tuple] = []
        self.units: list[tuple] = []
        self.tm_segments: list[tuple] = []
        self.hashes = {"src": hashlib.sha256(), "tgt": hashlib.sha256()}

    def add(self, uid: int, unit: TmxUnit, sides: dict[str, Tuv | None]) -> None:
        score, status, note, meta = review_state(unit)
        start = dict(self.count)
        record = {"attrs": unit.attrs, "meta": meta, "tuvs": [], "src": None, "tgt": None}
        chosen = {id(t) for t in sides.values() if t is not None}
        for tuv in unit.tuvs:
            if id(tuv) in chosen:
                record["tuvs"].append("src" if tuv is sides["src"] else "tgt")
            elif tuv.xml is not None:
                record["tuvs"].append(tuv.xml)
        for side, tuv in sides.items():
            if tuv is None:
                continue
            idx = self.count[side]
            self.hashes[side].update(("\n" + tuv.text if idx else tuv.text).encode("utf-8"))
            self.segments.append(
                (side, idx, tuv.text, self.pos[side], self.pos[side] + len(tuv.text), idx)
            )
            self.tm_segments.append(
                (side, idx, uid, {"attrs": tuv.attrs, "meta": tuv.meta}, tuv.codes)
            )
            record[side] = idx
            self.count[side] += 1
            self.pos[side] += len(tuv.text) + 1
        self.units.append((uid, record))
        self.beads.append(
            (start["src"], self.count["src"], start["tgt"], self.count["tgt"], score, status,
             note, self.now)
        )  # fmt: skip
        if len(self.beads) >= BATCH:
            self.flush()

    def checksums(self) -> dict[str, str]:
        """Each side's document checksum, as the project computes it for a document."""
        return {side: "sha256:" + h.hexdigest() for side, h in self.hashes.items()}

    def flush(self) -> None:
        self.db.executemany(
            'INSERT INTO segment (side, idx, text, start, "end", paragraph) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            self.segments,
        )
        self.db.executemany(
            "INSERT INTO bead (src_start, src_stop, tgt_start, tgt_stop, score, status, note, "
            "changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self.beads,
        )
        units.insert_units(self.db, self.units)
        units.insert_segments(self.db, self.tm_segments)
        for rows in (self.segments, self.beads, self.units, self.tm_segments):
            rows.clear()


def _documents(db: sqlite3.Connection, langs: dict[str, str], origin: str, final=None) -> None:
    """The two 'documents' of an imported project: its segments, one per line.

    Written first empty (segments refer to them); at the end SQLite joins the
    text itself, so a big import never holds it in Python. ``final`` gives
    each side's checksum, hashed while the segments were written.
    """
    for side, lang in langs.items():
        if final is None:
            db.execute(
                "INSERT INTO document (side, path, lang, encoding, format, checksum, text) "
                "VALUES (?, ?, ?, 'utf-8', 'text', '', '')",
                (side, origin, lang),
            )
            continue
        db.execute(
            "UPDATE document SET checksum = ?, text = coalesce((SELECT group_concat(text, "
            "char(10)) FROM (SELECT text FROM segment WHERE side = ? ORDER BY idx)), '') "
            "WHERE side = ?",
            (final[side], side, side),
        )


def import_tmx(
    source: str | os.PathLike,
    output: str | os.PathLike,
    *,
    src: str | None = None,
    tgt: str | None = None,
    overwrite: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Project:
    """Make the project ``output`` from the TMX file ``source`` (streamed, in two passes)."""
    from aligner import __version__
    from aligner.errors import BitextError

    name = str(source)
    scan = scan_tmx(source)
    src_lang, tgt_lang = choose_languages(scan, src, tgt, name)
    report = ImportReport()

    def fill(db: sqlite3.Connection) -> None:
        now = now_utc()
        writer = _Writer(db, now)
        db.execute("BEGIN IMMEDIATE")
        langs = {"src": src_lang, "tgt": tgt_lang}
        try:
            _documents(db, langs, name)
            for uid, unit in enumerate(iter_tmx(source, (src_lang, tgt_lang))):
                report.units += 1
                sides = {"src": None, "tgt": None}
                for tuv in unit.tuvs:
                    side = {src_lang: "src", tgt_lang: "tgt"}.get(tuv.lang)
                    if side is None:
                        continue
                    if tuv.xml is not None:
                        report.alternatives[tuv.lang] = report.alternatives.get(tuv.lang, 0) + 1
                    elif tuv.text.strip():
                        sides[side] = tuv
                if sides["src"] is None and sides["tgt"] is None:
                    report.without_pair += 1
                    continue
                writer.add(uid, unit, sides)
            writer.flush()
            if not any(writer.count.values()):
                raise BitextError("no pairs with text to import", name)
            _documents(db, langs, name, final=writer.checksums())
            db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("created", now),
                    ("creator", f"bitext {__version__}"),
                    ("align.imported_from", json.dumps(name)),
                ],
            )
            units.save_header(
                db,
                {
                    "attrs": scan.header.attrs,
                    "children": scan.header.children,
                    "version": scan.header.version,
                },
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    project = Project.build(output, fill, overwrite=overwrite)
    for message in report.warnings():
        if on_warning is not None:
            on_warning(message)
    return project
