"""End to end on the samples: output contract, scoring agreement, CLI behaviour."""
import json
import subprocess
import sys

import pytest

from carepolicy_extract.evaluate import score
from carepolicy_extract.models import Document, MeasureRow, RunManifest

from conftest import GOLDEN, RAW, SHARED


def test_every_sample_has_a_valid_document(samples_out):
    ids = sorted(p.stem for p in RAW.iterdir())
    docs = sorted(p.stem for p in (samples_out / "documents").glob("*.json"))
    assert docs == ids
    for p in (samples_out / "documents").glob("*.json"):
        doc = Document.model_validate_json(p.read_text(encoding="utf-8"))
        for m in doc.measures:
            assert m.id.startswith(doc.doc_id + "#")
            assert 0 <= m.span[0] < m.span[1] <= len(doc.text)


def test_manifest_lists_every_input_ok(samples_out):
    manifest = RunManifest.model_validate_json((samples_out / "run.json").read_text(encoding="utf-8"))
    assert sorted(f.path for f in manifest.files) == sorted(p.name for p in RAW.iterdir())
    assert all(f.status == "ok" and len(f.sha256) == 64 for f in manifest.files)


def test_measures_jsonl_matches_documents(samples_out):
    rows = [MeasureRow.model_validate_json(line) for line in
            (samples_out / "measures.jsonl").read_text(encoding="utf-8").splitlines()]
    in_docs = []
    for p in sorted((samples_out / "documents").glob("*.json")):
        in_docs += [m["id"] for m in json.loads(p.read_text(encoding="utf-8"))["measures"]]
    assert [r.id for r in rows] == in_docs


def test_sample_001_ten_measures_with_groups_and_titles(samples_out):
    summary, rows = score(GOLDEN, samples_out)
    row = next(r for r in rows if r["doc"].startswith("001"))
    assert row["matched"] == row["gold"] == row["pred"] == 10
    assert summary["documents_missing"] == 0


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="shared scorer not beside the repo")
def test_builtin_scorer_agrees_with_reference(samples_out):
    ref = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(GOLDEN), str(samples_out),
                          "--json"], capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout)["summary"]
    ours, _ = score(GOLDEN, samples_out)
    assert ours == expected


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="shared scorer not beside the repo")
def test_builtin_body_f1_agrees_with_reference(samples_out, tmp_path):
    """Golden files with a `body` (the real-page format): body_f1 per document and overall as score.py has it.
    The bodies are made from the samples' own texts, cut, doubled, with chrome, symbols and full-width
    characters added, so the F1s spread between 0 and 1."""
    from carepolicy_extract.evaluate import body_f1
    golden = tmp_path / "golden"
    golden.mkdir()
    edits = [lambda t: t, lambda t: t[: len(t) // 2], lambda t: "首页 > 新闻 » 正文｜ＡＢＣ１２３\n" + t + t[:300],
             lambda t: "★☆ " + t[::2], lambda t: ""]
    for i, g in enumerate(sorted(GOLDEN.glob("*.json"))):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = json.loads((samples_out / "documents" / g.name).read_text(encoding="utf-8"))["text"]
        gold["body"] = edits[i % len(edits)](text)
        (golden / g.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    ref = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(golden), str(samples_out),
                          "--json"], capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout)
    ours, rows = score(golden, samples_out)
    assert ours == expected["summary"] and 0 < ours["body_f1"] < 1
    assert [r["body_f1"] for r in rows] == [d["body_f1"] for d in expected["documents"]]
    assert body_f1("", "") == 1.0 and body_f1("一二三四", "") == 0.0


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "carepolicy_extract.cli", *map(str, args)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("case", ["missing_raw", "out_inside_raw", "out_not_writable"])
def test_usage_errors_exit_2(tmp_path, case):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("测试", encoding="utf-8")
    if case == "missing_raw":
        r = _cli(tmp_path / "nope", tmp_path / "out")
    elif case == "out_inside_raw":
        r = _cli(raw, raw / "out")
    else:
        blocker = tmp_path / "file"
        blocker.write_text("")
        r = _cli(raw, blocker / "out")
    assert r.returncode == 2, r.stderr
    assert "error" in r.stderr and "Traceback" not in r.stderr


def test_schema_is_json_schema():
    r = _cli("--schema")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert {"Document", "Measure", "Policy", "RunManifest"} <= set(schema["$defs"])


def test_min_f1_gates_exit_status(tmp_path):
    ok = _cli(RAW, tmp_path / "a", "--golden", GOLDEN, "--min-f1", "0.01")
    assert ok.returncode == 0, ok.stderr
    bad = _cli(RAW, tmp_path / "b", "--golden", GOLDEN, "--min-f1", "1.01")
    assert bad.returncode == 1
    assert "measure_f1" in bad.stdout
