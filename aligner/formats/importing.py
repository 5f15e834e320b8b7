"""Import a TMX or pairs CSV/TSV file as a new project."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from aligner.errors import BitextError
from aligner.files import check_output
from aligner.formats.tabular import read_pairs_csv
from aligner.formats.tmx_import import import_tmx
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
    on_warning: Callable[[str], None] | None = None,
):
    """Read ``source`` (TMX, or CSV/TSV with source and target columns) into a project.

    ``on_warning`` hears what was kept aside or left out (alternative tuvs,
    units in neither language); the CLI prints it on stderr.
    """
    source = Path(source)
    name = str(source)
    check_output(output)  # before reading a big file, so a typo in -o costs nothing
    if Path(output).exists() and not overwrite:
        raise BitextError("file exists (use --force to replace it)", str(output))
    if source.suffix.lower() not in (".csv", ".tsv", ".tab"):
        return import_tmx(
            source, output, src=src, tgt=tgt, overwrite=overwrite, on_warning=on_warning
        )
    for lang, option in ((src, "--src"), (tgt, "--tgt")):
        if not lang:
            raise BitextError(f"a CSV/TSV import needs {option} LANG (e.g. de, en)", name)
        check_lang(lang, option, name)
    src_lang, tgt_lang = normalise_lang(src), normalise_lang(tgt)
    table = read_pairs_csv(source, langs=(src_lang, tgt_lang))
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
    return project_from_pairs(output, pairs, src_lang, tgt_lang, name, overwrite=overwrite)
