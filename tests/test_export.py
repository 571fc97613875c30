"""measures.csv and measures.parquet: the same rows as measures.jsonl, readable by pandas."""
from __future__ import annotations

import builtins
import json
import os

import pytest

# before pandas loads pyarrow: its default allocator reserves ~1 GB of address space, which the
# forked workers of later tests would inherit under their memory limit (as export.py does)
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
pd = pytest.importorskip("pandas")

from carepolicy_extract import export  # noqa: E402
from carepolicy_extract.models import MeasureRow  # noqa: E402


def _jsonl(out):
    return [json.loads(line) for line in (out / "measures.jsonl").read_text(encoding="utf-8").splitlines()]


def _read_csv(path):
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_csv_has_one_row_per_measure_in_order(samples_out):
    rows = _jsonl(samples_out)
    path = samples_out / "measures.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,")          # UTF-8 with BOM, for Excel
    df = _read_csv(path)
    assert len(rows) == 29
    assert list(df.columns) == export.columns()
    assert df["id"].tolist() == [r["id"] for r in rows]
    assert df["text"].tolist() == [r["text"] for r in rows]
    assert df["categories"].tolist() == ["; ".join(r["categories"]) for r in rows]
    assert df["keywords"].tolist() == ["; ".join(r["keywords"]) for r in rows]
    assert df["span_start"].astype(int).tolist() == [r["span"][0] for r in rows]
    assert df["span_end"].astype(int).tolist() == [r["span"][1] for r in rows]
    assert df["policy_region"].tolist() == [r["policy_region"] or "" for r in rows]


def test_columns_follow_the_model():
    cols = export.columns()
    fields = [f for f in MeasureRow.model_fields if f != "span"]
    assert [c for c in cols if not c.startswith("span_")] == fields
    assert cols.index("span_start") + 1 == cols.index("span_end")


def test_parquet_has_the_same_rows(samples_out):
    pytest.importorskip("pyarrow")
    rows = _jsonl(samples_out)
    df = pd.read_parquet(samples_out / "measures.parquet")
    assert list(df.columns) == export.columns()
    assert df["id"].tolist() == [r["id"] for r in rows]
    assert [list(c) for c in df["categories"]] == [r["categories"] for r in rows]
    assert df["span_start"].tolist() == [r["span"][0] for r in rows]


def _write_jsonl(out, recs):
    out.mkdir(parents=True, exist_ok=True)
    (out / "measures.jsonl").write_text("".join(MeasureRow(**r).model_dump_json() + "\n" for r in recs),
                                        encoding="utf-8")


HARD = dict(id="a/b#1.1", policy_index=None, number=1, marker="（一）", group=None,
            title='含"引号",逗号', text="第一行，\n第二行；\"引文\"\r\n=SUM(A1)", span=(3, 40),
            categories=["pay", "rest"], keywords=[], doc_id="a/b")


def test_csv_round_trips_hard_text(tmp_path):
    out = tmp_path / "out"
    _write_jsonl(out, [HARD, {**HARD, "id": "a/b#1.2", "number": 2, "policy_index": 1,
                              "policy_region": "丽水市", "policy_date": "2020-02-05"}])
    export.write_exports(out)
    df = _read_csv(out / "measures.csv")
    assert df["id"].tolist() == ["a/b#1.1", "a/b#1.2"]
    assert df["title"][0] == HARD["title"]
    assert df["text"][0].replace("\r\n", "\n") == HARD["text"].replace("\r\n", "\n")
    assert df["categories"][0] == "pay; rest" and df["keywords"][0] == ""
    assert df["policy_index"].tolist() == ["", "1"] and df["policy_region"].tolist() == ["", "丽水市"]
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_empty_run_gives_header_only(tmp_path):
    out = tmp_path / "out"
    _write_jsonl(out, [])
    export.write_exports(out)
    df = _read_csv(out / "measures.csv")
    assert len(df) == 0 and list(df.columns) == export.columns()
    if (out / "measures.parquet").exists():
        assert len(pd.read_parquet(out / "measures.parquet")) == 0


def test_without_pyarrow_parquet_is_skipped_and_a_stale_one_removed(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _write_jsonl(out, [HARD])
    (out / "measures.parquet").write_bytes(b"old")
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name == "pyarrow" or name.startswith("pyarrow."):
            raise ImportError("no pyarrow")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    written = export.write_exports(out)
    assert [p.name for p in written] == ["measures.csv"]
    assert not (out / "measures.parquet").exists()


def test_no_report_run_removes_an_earlier_runs_workbench_files(tmp_path):
    from carepolicy_extract.run import WORKBENCH_FILES, RunConfig, run

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("关于关心关爱一线人员的十条措施\n一、落实补助。\n二、保障休息。\n", encoding="utf-8")
    out = tmp_path / "out"
    run(RunConfig(raw=raw, out=out, workers=1, workbench=True))
    assert (out / "report.html").exists() and (out / "measures.csv").exists()
    run(RunConfig(raw=raw, out=out, workers=1, workbench=False))
    assert [n for n in WORKBENCH_FILES if (out / n).exists()] == []
    assert (out / "measures.jsonl").exists()
