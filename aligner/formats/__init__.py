"""Exchange formats: TMX 1.4b export and import, CSV, TSV and Moses files."""

from aligner.formats.common import atomic_output, parse_statuses, select_pairs
from aligner.formats.tabular import read_pairs_csv, write_moses, write_pairs_csv, write_tsv
from aligner.formats.tm_pairs import tmx_pairs
from aligner.formats.tmx_read import (
    TmxFile,
    TmxUnit,
    Tuv,
    choose_languages,
    iter_tmx,
    read_tmx,
    scan_tmx,
)
from aligner.formats.tmx_write import write_tmx

__all__ = [
    "TmxFile",
    "TmxUnit",
    "Tuv",
    "atomic_output",
    "choose_languages",
    "iter_tmx",
    "parse_statuses",
    "read_pairs_csv",
    "read_tmx",
    "scan_tmx",
    "select_pairs",
    "tmx_pairs",
    "write_moses",
    "write_pairs_csv",
    "write_tmx",
    "write_tsv",
]
