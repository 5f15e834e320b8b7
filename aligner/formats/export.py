"""Export a project to a file: choose pairs, pick the writer, write atomically."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import BitextError
from aligner.formats.common import (
    DEFAULT_STATUSES,
    atomic_output,
    both_sides,
    select_pairs,
)
from aligner.formats.tabular import write_moses, write_pairs_csv, write_tsv
from aligner.formats.tm_pairs import tmx_pairs
from aligner.formats.tmx_write import TmxWriter
from aligner.project import tags, units

FORMATS = ("tmx", "csv", "tsv", "moses")
_SLICE = 5000  # pairs per slice of a TMX export


@dataclass(slots=True)
class ExportResult:
    written: int  # pairs written
    filtered: int  # pairs left out by status / score
    one_sided: int  # pairs left out because a side is empty (TMX, TSV, Moses)
    files: list[str]


def moses_paths(output: str | os.PathLike, src_lang: str, tgt_lang: str) -> tuple[Path, Path]:
    """``corpus`` -> ``corpus.de``, ``corpus.en`` (the Moses / OPUS convention)."""
    if src_lang == tgt_lang:
        raise BitextError("source and target language are the same: cannot name Moses files")
    base = str(output)
    return Path(f"{base}.{src_lang}"), Path(f"{base}.{tgt_lang}")


def export_project(
    project,
    fmt: str,
    output: str | os.PathLike | None,
    *,
    statuses=DEFAULT_STATUSES,
    min_score: float | None = None,
    excel: bool = False,
    doubtful: bool = False,
) -> ExportResult:
    """Write the project's pairs as ``fmt`` to ``output`` (None or "-": stdout).

    ``doubtful`` keeps only the doubtful pairs (``aligner.project.doubt``).
    """
    if fmt not in FORMATS:
        raise BitextError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if excel and fmt != "csv":
        raise BitextError("--excel applies to --to csv only")
    pairs = project.pairs()
    chosen = select_pairs(pairs[pairs["doubtful"]] if doubtful else pairs, statuses, min_score)
    filtered = len(pairs) - len(chosen)
    one_sided = 0
    if fmt != "csv":
        # A sentence with no translation is not a translation unit.
        chosen, one_sided = both_sides(chosen)
    if fmt != "tmx" and units.has_units(project):
        # A line or cell of plain text has no room for inline codes: leave them out.
        for column in ("source", "target"):
            chosen[column] = chosen[column].map(tags.plain)
    src_lang = project.src_lang or "src"
    tgt_lang = project.tgt_lang or "tgt"
    if fmt == "tmx":
        props = {
            f"x-{side}-document": str(path)
            for side, path in (("source", project.document("src").path),
                               ("target", project.document("tgt").path))
            if path
        }  # fmt: skip
        with atomic_output(output, binary=True) as out, TmxWriter(
            out, project.src_lang, project.tgt_lang, created=project.meta("created"),
            header=units.header(project), header_props=props, total=len(chosen),
        ) as writer:  # fmt: skip
            # a slice at a time: the units' metadata of a big project stays on disk
            n = sum(
                writer.write(tmx_pairs(project, chosen.iloc[start : start + _SLICE]))
                for start in range(0, len(chosen), _SLICE)
            )
        files = [_shown(output)]
    elif fmt == "csv":
        with atomic_output(output, newline="") as out:
            n = write_pairs_csv(out, chosen, excel=excel)
        files = [_shown(output)]
    elif fmt == "tsv":
        with atomic_output(output) as out:
            n = write_tsv(out, chosen)
        files = [_shown(output)]
    else:
        if output is None or str(output) == "-":
            raise BitextError("--to moses writes two files: give -o BASENAME")
        src_path, tgt_path = moses_paths(output, src_lang, tgt_lang)
        with atomic_output(src_path) as src_out, atomic_output(tgt_path) as tgt_out:
            n = write_moses(src_out, tgt_out, chosen)
        files = [str(src_path), str(tgt_path)]
    return ExportResult(n, filtered, one_sided, files)


def _shown(output) -> str:
    return "stdout" if output is None or str(output) == "-" else str(output)
