"""out/report.html, the researcher's review page. First version: not written."""
from __future__ import annotations

from pathlib import Path


def write_report(out: Path) -> Path | None:
    """Write OUT/report.html from the run's outputs; returns its path."""
    return None
