"""Where the benches find ../shared, and the `work` split of ../shared/realpages.

The shared folder sits beside the clone (CI, a fresh clone) or beside the folder of worktrees
(`/work/wt/<name>` next to `/work/shared`). The `work` pages are listed by realpages/manifest.tsv
(its `split` column); the `check` pages are never read here.
"""
from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared() -> Path:
    """The project's ../shared folder."""
    for cand in (ROOT.parent / "shared", ROOT.parents[1] / "shared"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError(f"no ../shared beside {ROOT}")


def work_pages() -> list[tuple[Path, Path]]:
    """(raw page, golden file) of every page of the `work` split."""
    base = shared() / "realpages"
    with open(base / "manifest.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = []
    for row in rows:
        if row.get("split") == "work":
            raw = base / "raw" / row["file"]
            out.append((raw, base / "golden" / f"{raw.stem}.json"))
    return out
