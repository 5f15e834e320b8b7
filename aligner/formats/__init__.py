"""Exchange formats: TMX 1.4b export and import, CSV, TSV and Moses files."""

from aligner.formats.common import atomic_output, parse_statuses, select_pairs
from aligner.formats.tabular import read_pairs_csv, write_moses, write_pairs_csv, write_tsv
from aligner.formats.tmx_read import TmxFile, TmxUnit, choose_languages, read_tmx
from aligner.formats.tmx_write import write_tmx

__all__ = [
    "TmxFile",
    "TmxUnit",
    "atomic_output",
    "choose_languages",
    "parse_statuses",
    "read_pairs_csv",
    "read_tmx",
    "select_pairs",
    "write_moses",
    "write_pairs_csv",
    "write_tmx",
    "write_tsv",
]
