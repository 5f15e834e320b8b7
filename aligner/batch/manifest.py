"""The pairs of a batch: from a manifest (CSV/TSV), a table, or two folders paired by name.

Everything that can be wrong with the list itself (a missing file, a duplicate
name, the same file on both sides, unknown columns, a bad language code) is
found here, before any work starts, and raised as one BitextError naming the
manifest line. What can only be known by reading a file (undecodable, empty,
not a translation) is left to the pair itself and recorded in the report.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from aligner.errors import BitextError
from aligner.files import read_input
from aligner.langtag import check_lang, normalise_lang
from aligner.read import SAVE_AS_UTF8, decode

REQUIRED = ("src", "tgt")
OPTIONAL = ("name", "src_lang", "tgt_lang")
COLUMNS = REQUIRED + OPTIONAL

# A language code as a file name infix (report.de.md, report.pt-BR.md) or a folder name (de/).
_LANG_PART = re.compile(r"^[a-z]{2}([-_][A-Za-z]{2,4})?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class PairSpec:
    """One document pair: its name (unique in the batch), both files, languages if known."""

    name: str
    src: str
    tgt: str
    src_lang: str | None = None
    tgt_lang: str | None = None

    @property
    def project_name(self) -> str:
        """The project's path under the output folder's ``projects/``."""
        return f"{self.name}.bitext"


def read_manifest(path: str | os.PathLike) -> list[PairSpec]:
    """Pairs listed in a CSV or TSV file (a ``.tsv``/``.tab`` name or a tab in the header).

    Columns: ``src``, ``tgt`` and optionally ``name``, ``src_lang``, ``tgt_lang``.
    Relative paths are relative to the manifest's folder; a missing name is the
    source path without its extensions and language infix.
    """
    shown = str(path)
    text, _ = decode(read_input(path, "manifest"), shown, hint=SAVE_AS_UTF8)
    if not text.strip():
        raise BitextError("empty manifest: expected a header with the columns src,tgt", shown)
    header_line = text.lstrip("\ufeff").splitlines()[0]
    tabbed = Path(shown).suffix.lower() in (".tsv", ".tab") or "\t" in header_line
    reader = csv.reader(io.StringIO(text), delimiter="\t" if tabbed else ",")
    try:
        header = [h.strip().lower() for h in next(reader)]
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as err:
        raise BitextError(f"malformed manifest: {err}", shown) from None
    _check_header(header, shown)
    base = Path(shown).parent
    table = []
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise BitextError(
                f"line {line}: {len(row)} columns where the header has {len(header)}", shown
            )
        table.append((f"{shown}, line {line}", dict(zip(header, row, strict=True))))
    if not table:
        raise BitextError("the manifest lists no pairs", shown)
    return _specs(table, base)


def pairs_from_records(records: Iterable[dict], base: str | os.PathLike = ".") -> list[PairSpec]:
    """Pairs from dicts (or a DataFrame's records) with the manifest's columns."""
    table = []
    for n, record in enumerate(records):
        record = {str(k).strip().lower(): v for k, v in record.items()}
        _check_header(list(record), "pairs")
        table.append((f"pair {n}", {k: "" if v is None else str(v) for k, v in record.items()}))
    if not table:
        raise BitextError("no pairs given")
    return _specs(table, Path(base))


def _check_header(header: list[str], shown: str) -> None:
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    repeated = sorted({c for c in header if header.count(c) > 1})
    if missing or unknown or repeated:
        problems = []
        if missing:
            problems.append(f"lacks the column(s) {', '.join(missing)}")
        if unknown:
            problems.append(f"has unknown column(s) {', '.join(_escape(c) for c in unknown)}")
        if repeated:
            problems.append(f"repeats the column(s) {', '.join(repeated)}")
        raise BitextError(
            f"manifest {' and '.join(problems)} (expected {', '.join(REQUIRED)} and optionally "
            f"{', '.join(OPTIONAL)})",
            shown,
        )


def _specs(table: list[tuple[str, dict]], base: Path) -> list[PairSpec]:
    specs = []
    for where, row in table:
        src = _file(row["src"], base, where, "src")
        tgt = _file(row["tgt"], base, where, "tgt")
        if os.path.samefile(src, tgt):
            raise BitextError(f"{where}: src and tgt are the same file ({_escape(row['src'])})")
        name = row.get("name", "").strip() or default_name(src, base)
        specs.append(
            PairSpec(
                name=check_name(name, where),
                src=str(src),
                tgt=str(tgt),
                src_lang=_lang(row.get("src_lang", ""), where, "src_lang"),
                tgt_lang=_lang(row.get("tgt_lang", ""), where, "tgt_lang"),
            )
        )
    check_unique(specs, [where for where, _ in table])
    return specs


def _file(value: str, base: Path, where: str, column: str) -> Path:
    value = value.strip()
    if not value:
        raise BitextError(f"{where}: empty {column}")
    path = Path(value)
    path = (path if path.is_absolute() else base / path).absolute()
    if not path.exists():
        raise BitextError(f"{where}: no such file: {_escape(value)}")
    if not path.is_file():
        raise BitextError(f"{where}: not a file: {_escape(value)}")
    if not os.access(path, os.R_OK):
        raise BitextError(f"{where}: permission denied: {_escape(value)}")
    return path


def _lang(value: str, where: str, column: str) -> str | None:
    value = value.strip()
    return check_lang(value, column, where) if value else None


def default_name(src: Path, base: Path) -> str:
    """``docs/a/report.de.md`` -> ``docs/a/report``: the source path, relative where it can be."""
    try:
        rel = src.relative_to(base.absolute())
    except ValueError:
        rel = Path(src.name)
    return str(PurePosixPath(*rel.parts[:-1], split_name(rel.name)[0]))


def split_name(filename: str) -> tuple[str, str | None]:
    """``report.de.md`` -> (``report``, ``de``); ``report.md`` -> (``report``, None).

    The language is the part before the extension only (``report.md`` has
    no language, however much ``md`` looks like a code).
    """
    parts = filename.split(".")
    if len(parts) >= 3 and _LANG_PART.match(parts[-2]):
        return ".".join(parts[:-2]), normalise_lang(parts[-2])
    return (".".join(parts[:-1]) if len(parts) > 1 and parts[0] else filename), None


def check_name(name: str, where: str) -> str:
    """A pair name becomes a path under ``projects/``: relative, no ``..``, printable."""
    shown = _escape(name)
    if _CONTROL.search(name):
        raise BitextError(f"{where}: the name {shown} contains control characters")
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or name.startswith(("/", "\\")) or any(p in ("..", ".") for p in parts):
        raise BitextError(f"{where}: the name {shown} must be a relative path without . or ..")
    if any(p.startswith(".") for p in parts):
        raise BitextError(f"{where}: the name {shown} must not start a part with a dot")
    return "/".join(parts)


def check_unique(specs: list[PairSpec], where: list[str]) -> None:
    """Each name once (it is a project file), and each pair of files once."""
    names: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for n, spec in enumerate(specs):
        files = (os.path.realpath(spec.src), os.path.realpath(spec.tgt))
        if files in pairs:
            raise BitextError(f"{where[n]}: the same pair of files as {where[pairs[files]]}")
        pairs[files] = n
        key = spec.name.casefold()  # one file on a case-insensitive file system
        if key in names:
            raise BitextError(
                f"{where[n]}: duplicate name {_escape(spec.name)} (first at {where[names[key]]}); "
                "give each pair its own name"
            )
        names[key] = n


def pair_folders(
    src_dir: str | os.PathLike,
    tgt_dir: str | os.PathLike,
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    exclude: str | os.PathLike | None = None,
) -> tuple[list[PairSpec], list[str]]:
    """Pair the files of two folders by name; return the pairs and the files left alone.

    ``de/report.md`` pairs with ``hu/report.md``, and ``report.de.md`` with
    ``report.hu.md`` (also within one folder given twice, told apart by the
    language infix). Sub-folders are followed; the name is the relative path
    without extensions and language. Languages come from ``src_lang``/``tgt_lang``,
    else the infix, else the folder's name when it is a language code, else
    detection when the pair is read. ``exclude`` is a folder to leave out
    (the output folder, when it lies inside an input folder).
    """
    src_dir, tgt_dir = Path(src_dir), Path(tgt_dir)
    for folder in (src_dir, tgt_dir):
        if not folder.exists():
            raise BitextError("no such folder", str(folder))
        if not folder.is_dir():
            raise BitextError("not a folder (give a manifest alone, or two folders)", str(folder))
    same = src_dir.resolve() == tgt_dir.resolve()
    if same and not (src_lang and tgt_lang):
        raise BitextError(
            "one folder on both sides: its files carry the language in their names "
            "(report.de.md, report.hu.md); say which is which with --src-lang and --tgt-lang",
            str(src_dir),
        )
    skip = Path(exclude).resolve() if exclude is not None else None
    src_files = _keyed(src_dir, src_lang or _folder_lang(src_dir), src_lang if same else None, skip)
    tgt_files = _keyed(tgt_dir, tgt_lang or _folder_lang(tgt_dir), tgt_lang if same else None, skip)
    specs = []
    for key in sorted(src_files.keys() & tgt_files.keys()):
        (src, s_lang), (tgt, t_lang) = src_files[key], tgt_files[key]
        name = check_name(key, str(src))
        specs.append(PairSpec(name, str(src), str(tgt), src_lang or s_lang, tgt_lang or t_lang))
    alone = [str(src_files[k][0]) for k in sorted(src_files.keys() - tgt_files.keys())]
    alone += [str(tgt_files[k][0]) for k in sorted(tgt_files.keys() - src_files.keys())]
    if not specs:
        raise BitextError(
            f"no file in {src_dir} has a counterpart of the same name in {tgt_dir}", str(src_dir)
        )
    check_unique(specs, [s.name for s in specs])
    return specs, alone


def _keyed(
    folder: Path, lang: str | None, only: str | None, skip: Path | None
) -> dict[str, tuple[Path, str | None]]:
    """Files under ``folder`` by pairing key; ``only``: keep files with this language infix."""
    found: dict[str, tuple[Path, str | None]] = {}
    for path in sorted(_files(folder, skip)):
        rel = path.relative_to(folder)
        stem, infix = split_name(rel.name)
        if only is not None and infix != normalise_lang(only):
            continue
        key = str(PurePosixPath(*rel.parts[:-1], stem))
        if key in found:
            raise BitextError(
                f"two files pair under the name {_escape(key)}: {found[key][0].name} and "
                f"{rel.name}",
                str(folder),
            )
        found[key] = (path.absolute(), infix or lang)
    return found


def _files(folder: Path, skip: Path | None = None) -> Iterable[Path]:
    """Regular files, skipping hidden files and folders (``.git``, editor backups) and ``skip``."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = [
            d
            for d in dirs
            if not d.startswith(".") and (skip is None or (Path(root) / d).resolve() != skip)
        ]
        for name in files:
            if not name.startswith(".") and not name.endswith("~"):
                yield Path(root) / name


def _folder_lang(folder: Path) -> str | None:
    name = folder.resolve().name
    return normalise_lang(name) if _LANG_PART.match(name) else None


def _escape(text: str) -> str:
    """Quote a value from the user for a one-line message, control characters escaped."""
    return repr(text) if _CONTROL.search(text) or not text.strip() else text
