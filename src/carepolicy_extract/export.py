"""Tabular exports of measures.jsonl (CSV for Excel, Parquet). First version: none."""
from __future__ import annotations

from pathlib import Path


def write_exports(out: Path) -> list[Path]:
    """Write OUT/measures.csv (and measures.parquet when pyarrow is installed)."""
    return []
