"""report.html: self-contained, escaped, and right once a real browser has run its script.

The browser tests drive headless Chromium (Debian package `chromium`, installed
by `make test`); they are skipped only when /usr/bin/chromium is absent.
"""
from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from carepolicy_extract import report

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = HERE / "artifacts"          # git-ignored: the screenshot of the samples' report

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="/usr/bin/chromium is not installed (make test installs it as root)")


def _rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "measures.jsonl").read_text(encoding="utf-8").splitlines()]


def _chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def _dom(html_path: Path, tmp_path: Path, fragment: str = "") -> str:
    r = _chromium(html_path.as_uri() + fragment, tmp_path / "profile", "--dump-dom")
    assert r.returncode == 0 and "<html" in r.stdout, r.stderr[-2000:]
    return r.stdout


def _text_of(dom: str, element_id: str) -> str:
    m = re.search(rf'id="{element_id}"[^>]*>([^<]*)<', dom)
    assert m, element_id
    return m.group(1)


# ---------------------------------------------------------------- static checks

def test_report_is_written_and_self_contained(samples_out):
    html = (samples_out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert not re.search(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"@import|(?<![\w.])url\(|<link\b|<iframe\b|<img\b|<object\b|<embed\b", html, re.I)
    assert "<script src" not in html
    assert "default-src 'none'" in html                # the browser may fetch nothing
    assert html.count("<script>") == 1 and html.count("<style>") == 1


def test_every_measure_is_highlighted_in_the_html(samples_out):
    html = (samples_out / "report.html").read_text(encoding="utf-8")
    rows = _rows(samples_out)
    marks = re.findall(r'<mark class="m" id="[^"]+" data-measure="([^"]+)"', html)
    assert sorted(marks) == sorted(r["id"] for r in rows) and len(marks) == 29


def test_marks_cover_exactly_the_measure_spans(samples_out):
    """The text inside each <mark> (badge removed) is the document text at the measure's span."""
    import html as htmllib
    page = (samples_out / "report.html").read_text(encoding="utf-8")
    for doc_path in sorted((samples_out / "documents").glob("*.json")):
        doc = json.loads(doc_path.read_text(encoding="utf-8"))
        for m in doc["measures"]:
            found = re.search(rf'data-measure="{re.escape(m["id"])}"[^>]*><span class="badge">\d+</span>(.*?)</mark>',
                              page, re.S)
            assert found, m["id"]
            start, end = m["span"]
            assert htmllib.unescape(found.group(1)) == doc["text"][start:end]


def _fake_run(tmp_path: Path, samples_out: Path) -> Path:
    """A copy of the samples' output with hostile text and warnings put into one document."""
    out = tmp_path / "out"
    shutil.copytree(samples_out, out)
    path = out / "documents" / "001_d5572840334567d9.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["title"] = '<script>alert("t")</script> & 标题'
    doc["warnings"] = [{"code": "count_mismatch", "message": "policy declares 十条 but <b>9</b> were found"},
                       {"code": "nul_bytes", "message": "NUL bytes in the input were removed"}]
    doc["text"] = doc["text"].replace("。", "。<img src=x onerror=alert(1)>", 1)
    shift = len("<img src=x onerror=alert(1)>")
    first = doc["text"].index("<img")
    for m in doc["measures"]:
        s, e = m["span"]
        m["span"] = [s + shift if s > first else s, e + shift if e > first else e]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    for f in manifest["files"]:
        if f["doc_id"] == doc["doc_id"]:
            f["warnings"] = ["count_mismatch", "nul_bytes"]
    manifest["files"].append({"path": "broken.html", "doc_id": "broken", "status": "failed",
                              "reason": "cannot read file: <Permission denied>", "measures": 0, "warnings": []})
    manifest["counts"]["failed"] = 1
    (out / "run.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    report.write_report(out)
    return out


def test_all_text_is_escaped(tmp_path, samples_out):
    out = _fake_run(tmp_path, samples_out)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(&quot;t&quot;)" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>9</b>" not in html and "&lt;Permission denied&gt;" in html
    assert html.count("<script>") == 1
    assert not list(out.glob(".*.tmp"))                  # written atomically


def test_large_runs_are_capped(tmp_path, samples_out, monkeypatch):
    monkeypatch.setattr(report, "MAX_VIEWS", 2)
    monkeypatch.setattr(report, "MAX_TEXT", 300)
    out = tmp_path / "out"
    shutil.copytree(samples_out, out)
    report.write_report(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count('<article class="doc"') == 2           # only documents with measures, first two
    assert "1 more documents are counted above but not shown" in html
    assert "Text cut at 300 of" in html
    assert 'data-count="measures"><b>29</b>' in html          # the summary still counts everything


# ---------------------------------------------------------------- in a browser

@needs_chromium
def test_report_in_chromium(samples_out, tmp_path):
    rows = _rows(samples_out)
    dom = _dom(samples_out / "report.html", tmp_path)
    assert 'data-ready="1"' in dom                            # the script ran to its end
    assert len(re.findall(r'<mark class="m[ "]', dom)) == len(rows) == 29
    assert len(re.findall(r'<span class="badge">\d+</span>', dom)) == 29
    assert _text_of(dom, "shown-docs") == "5" and _text_of(dom, "shown-measures") == "29"
    for name, value in (("documents ok", 5), ("failed", 0), ("skipped", 0), ("measures", 29)):
        assert f'data-count="{name}"><b>{value}</b>' in dom
    for kind in ("traditional_to_simplified", "pinyin_annotation", "gbk_misalignment"):
        assert f"<code>{kind}</code>" in dom                  # repairs by kind
    labels = {"political": "政治激励", "pay": "薪酬补助", "fault_tolerance": "容错免责",
              "party_membership": "发展党员", "reinforcement": "力量充实"}
    used = {c for r in rows for c in r["categories"]}
    for cid, label in labels.items():
        assert cid in used and f'class="cat c-{cid}" title="{cid}">{label}</span>' in dom
    assert "丽水市" in dom and "广州市" in dom                  # the region chart


@needs_chromium
@pytest.mark.parametrize("category", ["pay", "fault_tolerance", "-"])
def test_category_filter_preset_from_the_url(samples_out, tmp_path, category):
    rows = _rows(samples_out)
    want = [r for r in rows if (category in r["categories"] if category != "-" else not r["categories"])]
    dom = _dom(samples_out / "report.html", tmp_path, f"#category={category}")
    assert f'data-filter="category={category}&amp;warning="' in dom
    assert _text_of(dom, "shown-measures") == str(len(want))
    assert _text_of(dom, "shown-docs") == str(len({r["doc_id"] for r in want}))
    assert len(re.findall(r'<mark class="m off"', dom)) == len(rows) - len(want)
    visible_rows = re.findall(r'<tr class="mrow" data-measure="([^"]+)" data-categories="[^"]*">', dom)
    assert sorted(visible_rows) == sorted(r["id"] for r in want)   # the others carry hidden=""


@needs_chromium
def test_warning_filter_preset_from_the_url(tmp_path, samples_out):
    out = _fake_run(tmp_path, samples_out)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "documents").glob("*.json"))]
    flagged = [d for d in docs if any(w["code"] == "count_mismatch" for w in d["warnings"])]
    assert "001_d5572840334567d9" in {d["doc_id"] for d in flagged}     # the one _fake_run flags
    dom = _dom(out / "report.html", tmp_path, "#warning=count_mismatch")
    assert _text_of(dom, "shown-docs") == str(len(flagged))
    assert _text_of(dom, "shown-measures") == str(sum(len(d["measures"]) for d in flagged))
    assert len(re.findall(r'<article class="doc"[^>]*hidden', dom)) == len(docs) - len(flagged)
    dom = _dom(out / "report.html", tmp_path, "?warning=-")            # query string works too
    assert _text_of(dom, "shown-docs") == str(sum(not d["warnings"] for d in docs))
    assert 'data-count="failed"><b>1</b>' in dom and "cannot read file" in dom


@needs_chromium
def test_screenshot(samples_out, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report.png"
    png.unlink(missing_ok=True)
    r = _chromium((samples_out / "report.html").as_uri(), tmp_path / "profile",
                  f"--screenshot={png}", "--window-size=1280,2000")
    assert r.returncode == 0, r.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000          # a blank page compresses to a few kilobytes
