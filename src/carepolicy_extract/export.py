"""Tabular exports of measures.jsonl: measures.csv for Excel and R, measures.parquet for pandas.

One row a measure, in the order of measures.jsonl, with the columns of
models.MeasureRow in field order, except that `span` becomes `span_start` and
`span_end`. In the CSV, lists (categories, keywords) are joined with "; " and a
missing value is an empty cell; the file is UTF-8 with a byte-order mark, so
Excel opens the Chinese text correctly. The Parquet file keeps the lists as
lists and the numbers as integers; it is written only when pyarrow is installed
(the `parquet` extra). Both files are written atomically, streaming, so memory
stays flat on large runs.
"""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .models import MeasureRow
from .writer import atomic_open

LIST_SEP = "; "
_LISTS = ("categories", "keywords")
_INTS = ("policy_index", "number", "span_start", "span_end")
_BATCH = 20_000   # Parquet rows per row group


def columns() -> list[str]:
    """Export columns: MeasureRow's fields in order, `span` split into start and end."""
    cols: list[str] = []
    for name in MeasureRow.model_fields:
        cols.extend(("span_start", "span_end") if name == "span" else (name,))
    return cols


def _rows(out: Path) -> Iterator[dict]:
    path = out / "measures.jsonl"
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            start, end = rec.pop("span", (None, None))
            rec["span_start"], rec["span_end"] = start, end
            yield rec


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEP.join(str(v) for v in value)
    return str(value)


def write_csv(out: Path) -> Path:
    path = out / "measures.csv"
    cols = columns()
    with atomic_open(path) as f:
        f.write("\ufeff")                       # BOM: the file is utf-8-sig
        w = csv.writer(f)                       # quotes fields with commas, quotes, line breaks
        w.writerow(cols)
        for rec in _rows(out):
            w.writerow([_cell(rec.get(c)) for c in cols])
    return path


def write_parquet(out: Path) -> Path | None:
    """measures.parquet, or None when pyarrow is not installed (an earlier run's file is removed)."""
    # pyarrow's default allocator (mimalloc) reserves about 1 GB of address space on first use; the
    # worker processes of a later run in this process would inherit it under their address-space
    # limit (--doc-memory). The system allocator reserves nothing. Takes effect only if pyarrow is
    # not imported yet, and never overrides a choice made in the environment.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        (out / "measures.parquet").unlink(missing_ok=True)   # never leave an earlier run's rows
        return None
    cols = columns()
    schema = pa.schema([(c, pa.list_(pa.string()) if c in _LISTS else pa.int64() if c in _INTS
                         else pa.string()) for c in cols])
    path = out / "measures.parquet"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            batch: list[dict] = []
            written = 0
            for rec in _rows(out):
                batch.append(rec)
                if len(batch) >= _BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    written, batch = written + len(batch), []
            if batch or not written:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_exports(out: Path) -> list[Path]:
    """Write OUT/measures.csv (and measures.parquet when pyarrow is installed)."""
    written = [write_csv(out)]
    parquet = write_parquet(out)
    if parquet:
        written.append(parquet)
    return written
