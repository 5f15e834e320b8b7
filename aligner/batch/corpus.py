"""One corpus out of many projects: a TMX or TSV file, or a partitioned Parquet dataset.

Workers read the projects in chunks (in manifest order) and hand back ready
text for TMX and TSV, which the client appends to the one output file in
order; for Parquet each chunk is written by its worker straight into the
dataset, partitioned by language pair (``src_lang=de/tgt_lang=fr/``), so
neither side ever holds the whole corpus. Every unit carries its document
name. The projects are read as they are now, so a run after review exports
the reviewed statuses.
"""

from __future__ import annotations

import os
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from aligner.errors import BitextError
from aligner.formats.common import DEFAULT_STATUSES, atomic_output, both_sides, one_line

FORMATS = ("tmx", "tsv", "parquet")
#: Pairs per chunk at most: a Parquet file per chunk and language pair.
MAX_CHUNK = 500
TSV_COLUMNS = ["document", "src_lang", "tgt_lang", "source", "target", "score", "status"]
PARQUET_COLUMNS = [
    "document", "position", "source", "target", "kind", "score", "status", "note",
    "src_lang", "tgt_lang",
]  # fmt: skip
PARTITIONS = ["src_lang", "tgt_lang"]


@dataclass(slots=True)
class CorpusResult:
    path: Path
    units: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def corpus_path(outdir: str | os.PathLike, fmt: str) -> Path:
    return Path(outdir) / f"corpus.{fmt}"


def extract_chunk(
    items: list[tuple[str, str]],
    fmt: str,
    statuses,
    min_score: float | None,
    dataset: str | None,
    chunk: int,
) -> dict:
    """Run on a worker: the units of a few projects as TMX/TSV text, or a Parquet file.

    Pairs are chosen as ``bitext export`` chooses them, once for the whole
    chunk (pandas costs more per small table than per row).
    """
    import numpy as np
    import pandas as pd

    from aligner.formats.common import select_pairs
    from aligner.project import Project

    frames, names, langs, created, errors = [], [], [], [], []
    for name, path in items:
        try:
            with Project.open(path, readonly=True) as project:
                frames.append(project.pairs())
                langs.append((project.src_lang or "", project.tgt_lang or ""))
                created.append(project.meta("created"))
                names.append(name)
        except BitextError as err:
            errors.append((name, str(err)))
    if not frames:
        return {"units": 0, "data": b"" if fmt == "tmx" else "", "errors": errors}
    sizes = [len(f) for f in frames]
    table = pd.concat(frames, ignore_index=True)
    table["document"] = np.repeat(names, sizes)
    table["src_lang"] = np.repeat([s for s, _ in langs], sizes)
    table["tgt_lang"] = np.repeat([t for _, t in langs], sizes)
    table["created"] = np.repeat(np.array(created, dtype=object), sizes)
    table = select_pairs(table, statuses, min_score)
    if fmt != "parquet":
        # As in `bitext export`: a sentence with no translation is no translation unit.
        table, _ = both_sides(table)
    count = len(table)
    if fmt == "tmx":
        data = _tmx_units(table)
    elif fmt == "tsv":
        data = _tsv_lines(table)
    else:
        data = None
        if count:
            _write_parquet(table, dataset, chunk)
    return {"units": count, "data": data, "errors": errors}


def _tmx_units(table) -> bytes:
    from lxml import etree

    from aligner.formats.tmx_write import tmx_date, xml_text

    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    parts = []
    for row in table.itertuples(index=False):
        created = tmx_date(row.created)
        tu = etree.Element(
            "tu",
            tuid=xml_text(f"{row.document}:{row.id}"),
            creationdate=created,
            changedate=tmx_date(row.changed) if row.changed else created,
        )
        if row.note:
            etree.SubElement(tu, "note").text = xml_text(row.note)
        for key, value in (
            ("x-document", xml_text(row.document)),
            ("x-align-status", row.status),
            ("x-align-score", f"{row.score:.4f}"),
            ("x-align-type", row.kind),
        ):
            etree.SubElement(tu, "prop", type=key).text = value
        for lang, text in ((row.src_lang, row.source), (row.tgt_lang, row.target)):
            tuv = etree.SubElement(tu, "tuv", {xml_lang: lang})
            etree.SubElement(tuv, "seg").text = xml_text(text)
        parts.append(etree.tostring(tu, encoding="utf-8", pretty_print=True))
    return b"".join(parts)


def _tmx_header(src_lang: str) -> bytes:
    from lxml import etree

    from aligner import __version__
    from aligner.formats.tmx_write import tmx_date

    header = etree.Element(
        "header",
        creationtool="bitext",
        creationtoolversion=__version__,
        segtype="sentence",
        adminlang="en",
        srclang=src_lang,
        datatype="plaintext",
        creationdate=tmx_date(),
        **{"o-tmf": "bitext"},
    )
    head = etree.tostring(header, encoding="utf-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' + head + b"<body>\n"


def _tsv_lines(table) -> str:
    return "".join(
        f"{one_line(row.document)}\t{row.src_lang}\t{row.tgt_lang}\t{one_line(row.source)}\t"
        f"{one_line(row.target)}\t{row.score:.4f}\t{row.status}\n"
        for row in table.itertuples(index=False)
    )


def _parquet_schema():
    import pyarrow as pa

    return pa.schema(
        [
            ("document", pa.string()),
            ("position", pa.int32()),
            ("source", pa.string()),
            ("target", pa.string()),
            ("kind", pa.string()),
            ("score", pa.float32()),
            ("status", pa.string()),
            ("note", pa.string()),
            ("src_lang", pa.string()),
            ("tgt_lang", pa.string()),
        ]
    )


def _write_parquet(table, dataset: str, chunk: int) -> None:
    import pyarrow as pa
    import pyarrow.dataset as ds

    schema = _parquet_schema()
    arrow = pa.Table.from_pandas(table[PARQUET_COLUMNS], schema=schema, preserve_index=False)
    ds.write_dataset(
        arrow,
        dataset,
        format="parquet",
        partitioning=ds.partitioning(
            pa.schema([schema.field(p) for p in PARTITIONS]), flavor="hive"
        ),
        basename_template=f"part-{chunk:06d}-{{i}}.parquet",
        # A chunk retried after a lost worker rewrites its own files.
        existing_data_behavior="overwrite_or_ignore",
        max_rows_per_group=64_000,
    )


def chunked(items: list, size: int) -> list[list]:
    return [items[k : k + size] for k in range(0, len(items), size)]


def in_order(client, fn: Callable, jobs: Iterable[tuple], window: int) -> Iterator:
    """Results of ``fn(*job)`` on the cluster, in job order, with at most ``window`` in flight."""
    pending: deque = deque()
    jobs = iter(jobs)
    for job in jobs:
        pending.append(client.submit(fn, *job, pure=False))
        if len(pending) >= window:
            break
    while pending:
        result = pending.popleft().result()
        job = next(jobs, None)
        if job is not None:
            pending.append(client.submit(fn, *job, pure=False))
        yield result


def write_corpus(
    client,
    items: list[tuple[str, str]],
    outdir: str | os.PathLike,
    fmt: str,
    *,
    src_langs: set[str],
    statuses=DEFAULT_STATUSES,
    min_score: float | None = None,
    threads: int = 1,
    advance: Callable[[int], None] = lambda n: None,
) -> CorpusResult:
    """Write the units of the projects ``items`` (name, path) as one corpus in ``outdir``."""
    if fmt not in FORMATS:
        raise BitextError(f"unknown corpus format {fmt!r}: use one of {', '.join(FORMATS)}")
    target = corpus_path(outdir, fmt)
    size = max(1, min(MAX_CHUNK, -(-len(items) // (4 * max(threads, 1)))))
    chunks = chunked(items, size)
    result = CorpusResult(target)
    dataset = Path(outdir) / f".{target.name}.part" if fmt == "parquet" else None
    if dataset is not None:
        shutil.rmtree(dataset, ignore_errors=True)
        dataset.mkdir()
    jobs = (
        (chunk, fmt, tuple(statuses), min_score, str(dataset) if dataset else None, n)
        for n, chunk in enumerate(chunks)
    )
    # TMX and TSV chunks come back as text (a few MB each): a bounded number at a time.
    window = 2 * max(threads, 1) if fmt == "parquet" else min(2 * max(threads, 1), 16)
    outputs = in_order(client, extract_chunk, jobs, window=window)
    if fmt == "parquet":
        for n, out in enumerate(outputs):
            _collect(result, out, advance, len(chunks[n]))
        if not result.units:
            _empty_dataset(dataset)
        _replace_dir(dataset, target)
        return result
    lang = next(iter(src_langs)) if len(src_langs) == 1 else "*all*"
    binary = fmt == "tmx"
    with atomic_output(target, binary=binary) as out:
        out.write(_tmx_header(lang) if binary else "\t".join(TSV_COLUMNS) + "\n")
        for n, chunk_out in enumerate(outputs):
            _collect(result, chunk_out, advance, len(chunks[n]))
            out.write(chunk_out["data"])
        if binary:
            out.write(b"</body>\n</tmx>\n")
    return result


def _collect(result: CorpusResult, out: dict, advance, pairs: int) -> None:
    result.units += out["units"]
    result.errors += out["errors"]
    advance(pairs)


def _empty_dataset(dataset: Path) -> None:
    """A dataset with no units still has its schema, so readers get an empty table."""
    import pyarrow.parquet as pq

    pq.write_table(_parquet_schema().empty_table(), dataset / "part-empty.parquet")


def _replace_dir(new: Path, target: Path) -> None:
    """Put a finished dataset in place of the old one."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        if not target.is_dir():
            raise BitextError("exists and is not a folder; move it away", str(target))
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
