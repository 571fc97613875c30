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


class _ParquetSink:
    """measures.parquet written in row groups of _BATCH rows to a temporary file, renamed at the end."""

    def __init__(self, out: Path, pa, pq):
        self.pa, self.path = pa, out / "measures.parquet"
        self.schema = pa.schema([(c, pa.list_(pa.string()) if c in _LISTS else pa.int64() if c in _INTS
                                  else pa.string()) for c in columns()])
        self.tmp = out / f".measures.parquet.{os.getpid()}.tmp"
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.batch: list[dict] = []
        self.rows = 0

    def add(self, rec: dict) -> None:
        self.batch.append(rec)
        if len(self.batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(self.pa.Table.from_pylist(self.batch, schema=self.schema))
        self.rows, self.batch = self.rows + len(self.batch), []

    def commit(self) -> Path:
        if self.batch or not self.rows:   # an empty run still gets a file with the columns
            self._flush()
        self.writer.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abandon(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


def _parquet_sink(out: Path) -> _ParquetSink | None:
    """A sink for measures.parquet, or None when pyarrow is not installed (an earlier run's file
    is then removed, never left with stale rows)."""
    # pyarrow's default allocator (mimalloc) reserves about 1 GB of address space on first use; the
    # worker processes of a later run in this process would inherit it under their address-space
    # limit (--doc-memory). The system allocator reserves nothing. Takes effect only if pyarrow is
    # not imported yet, and never overrides a choice made in the environment.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        (out / "measures.parquet").unlink(missing_ok=True)
        return None
    return _ParquetSink(out, pa, pq)


def write_exports(out: Path) -> list[Path]:
    """Write OUT/measures.csv (and measures.parquet when pyarrow is installed), reading
    measures.jsonl once for both."""
    cols = columns()
    csv_path = out / "measures.csv"
    parquet = _parquet_sink(out)
    try:
        with atomic_open(csv_path) as f:
            f.write("\ufeff")                       # BOM: the file is utf-8-sig
            w = csv.writer(f)                       # quotes fields with commas, quotes, line breaks
            w.writerow(cols)
            for rec in _rows(out):
                w.writerow([_cell(rec.get(c)) for c in cols])
                if parquet:
                    parquet.add(rec)
    except BaseException:
        if parquet:
            parquet.abandon()
        raise
    return [csv_path, parquet.commit()] if parquet else [csv_path]
