"""Import a TMX or pairs CSV/TSV file as a new project."""

from __future__ import annotations

import os
from pathlib import Path

from aligner.errors import BitextError
from aligner.files import check_output
from aligner.formats.tabular import read_pairs_csv
from aligner.formats.tmx_read import choose_languages, read_tmx
from aligner.formats.to_project import Pair, project_from_pairs
from aligner.langtag import check_lang, normalise_lang


def _score(text: str | None) -> float:
    try:
        return float(text) if text not in (None, "") else 1.0
    except ValueError:
        return 1.0


def import_file(
    source: str | os.PathLike,
    output: str | os.PathLike,
    *,
    src: str | None = None,
    tgt: str | None = None,
    overwrite: bool = False,
):
    """Read ``source`` (TMX, or CSV/TSV with source and target columns) into a project."""
    source = Path(source)
    name = str(source)
    check_output(output)  # before reading a big file, so a typo in -o costs nothing
    if Path(output).exists() and not overwrite:
        raise BitextError("file exists (use --force to replace it)", str(output))
    if source.suffix.lower() in (".csv", ".tsv", ".tab"):
        for lang, option in ((src, "--src"), (tgt, "--tgt")):
            if not lang:
                raise BitextError(f"a CSV/TSV import needs {option} LANG (e.g. de, en)", name)
            check_lang(lang, option, name)
        table = read_pairs_csv(source)
        pairs = [
            Pair(
                row["source"],
                row["target"],
                _score(row.get("score")),
                row.get("status") or "unreviewed",
                row.get("note") or "",
            )
            for row in table.to_dict("records")
        ]
        src_lang, tgt_lang = normalise_lang(src), normalise_lang(tgt)
    else:
        tmx = read_tmx(source)
        src_lang, tgt_lang = choose_languages(tmx, src, tgt, name)
        pairs = [
            Pair(
                unit.texts.get(src_lang, ""),
                unit.texts.get(tgt_lang, ""),
                _score(unit.props.get("x-align-score")),
                unit.props.get("x-align-status", "unreviewed"),
                unit.note,
            )
            for unit in tmx.units
            if src_lang in unit.texts or tgt_lang in unit.texts
        ]
    return project_from_pairs(output, pairs, src_lang, tgt_lang, name, overwrite=overwrite)
