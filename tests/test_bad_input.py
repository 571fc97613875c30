"""Bad input (issue 2): every input in run.json with its status and a reason, no file costing
another its output, no traceback, exit 0/1/2, atomic and repeatable outputs.

One corpus holds every bad case next to copies of the samples; it is run once through the
CLI (exit status, stderr) and the tests read that run. The two big files have a run of their own.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carepolicy_extract.models import Document, RunManifest
from carepolicy_extract.writer import atomic_open

from conftest import RAW

EXTRACT = [sys.executable, "-m", "carepolicy_extract.cli"]
SAMPLES = sorted(RAW.iterdir())
S001 = RAW / "001_d5572840334567d9.txt"


def _cli(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(EXTRACT + [str(a) for a in args], capture_output=True, text=True, **kw)


def _html(text: str, charset: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    body = "".join(f"<p>{ln}</p>\n" for ln in lines[1:])
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{lines[0]}</title>\n<script>var a = '一、不是正文';</script></head>\n"
            f"<body><nav><a href='/'>首页</a></nav><div class='article'><h1>{lines[0]}</h1>\n{body}</div>"
            f"<footer>版权所有</footer></body></html>\n")


def _encodable(encoding: str) -> list[Path]:
    """The samples whose every character the encoding has (GBK and Big5 lack some)."""
    ok = []
    for p in SAMPLES:
        try:
            p.read_text(encoding="utf-8").encode(encoding)
            ok.append(p)
        except UnicodeEncodeError:
            pass
    return ok


ENCODINGS = {"gbk": "gb18030", "big5": "big5", "gb18030": "gb18030", "utf-16": "utf-16"}
DEEP = "/".join(f"level{i}" for i in range(50))


def _s001() -> bytes:
    return S001.read_bytes()


def _text001() -> str:
    return _s001().decode("utf-8")


def _invalid_utf8() -> bytes:
    data = _s001()
    mid = data.index("黨員發展指標".encode())  # inside the body of measure 1
    return data[:mid] + b"\xff\xfe\xc3\x28" + data[mid:]


def _truncated_in_char() -> bytes:
    full = _html(_text001(), "utf-8").encode()
    cut = int(len(full) * 0.6)
    while not (full[cut] & 0xC0 == 0x80 and full[cut - 1] & 0xC0 != 0x80):
        cut += 1  # land just after the first byte of a multi-byte character
    return full[:cut]


def _truncated_in_tag() -> bytes:
    full = _html(_text001(), "utf-8").encode()
    return full[:full.index(b"<p>", len(full) // 2) + 2]


def _gbk_page(charset: str) -> bytes:
    return _html((RAW / "004_522d29ef62da9805.txt").read_text(encoding="utf-8"), charset).encode("gbk")


SCRIPT_STYLE_ONLY = ("<html><head><style>p { color: red } /* 一、样式 */</style><script>var s = '一、脚本';</script>"
                     "</head><body><script>document.write('二、脚本');</script><style>.x{}</style><noscript></noscript>"
                     "</body></html>").encode()

# path in the corpus → (bytes, expected status, words its reason must contain)
CASES: dict[str, tuple] = {
    "empty.txt": (lambda: b"", "skipped", "empty"),
    "blank.txt": (lambda: b"  \n\r\n\t \n", "skipped", "empty"),
    "binary.txt": (lambda: random.Random(0).randbytes(8192), "failed", "not text"),
    "controls.txt": (lambda: bytes(random.Random(1).choices(range(32), k=4096)), "failed", "binary"),
    "invalid_utf8.txt": (_invalid_utf8, "ok"),
    "nul_bytes.txt": (lambda: _s001().replace("\n\n".encode(), b"\n\x00\n") + b"\x00" * 4096, "ok"),
    "nul_only.txt": (lambda: b"\x00" * 1000, "ok"),
    "html/honest.html": (lambda: _html(_text001(), "utf-8").encode(), "ok"),
    "html/lying_meta.html": (lambda: _html(_text001(), "gb2312").encode("utf-8"), "ok"),
    "html/honest_gbk.html": (lambda: _gbk_page("gbk"), "ok"),
    "html/lying_meta_gbk.html": (lambda: _gbk_page("utf-8"), "ok"),
    "html/truncated.html": (_truncated_in_char, "ok"),
    "html/truncated_in_tag.html": (_truncated_in_tag, "ok"),
    "html/script_style_only.html": (lambda: SCRIPT_STYLE_ONLY, "ok"),
    "html/sniffed_as_html.dat.txt": (lambda: _html(_text001(), "utf-8").encode(), "ok"),
    "文件 名 with spaces/政策 通知 (一).txt": (_s001, "ok"),
    "文件 名 with spaces/关爱 措施.html": (lambda: _html(_text001(), "utf-8").encode(), "ok"),
    f"{DEEP}/deep.txt": (_s001, "ok"),
    "pdf_named.txt": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20,
                      "skipped", "PDF"),
    "real.pdf": (lambda: b"%PDF-1.4\n" + random.Random(2).randbytes(2000), "skipped", "PDF"),
    "photo.jpg.txt": (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + random.Random(3).randbytes(2000), "skipped", "JPEG"),
    "sheet.xlsx": (lambda: b"PK\x03\x04" + random.Random(4).randbytes(500), "skipped", "ZIP"),
    "notes.csv": (lambda: "编号,措施\n1,发放补贴\n".encode(), "skipped", "unsupported"),
    "clipped/page.md": (lambda: "# 一、说明\n\n**第一条** 发放补贴。\n".encode(), "ok"),
    "loop/inner/file.txt": (_s001, "ok"),
    "dangling.txt": (None, "failed", "broken symbolic link"),   # made below: a symlink to nothing
    "pipe.txt": (None, "skipped", "named pipe"),                # made below: a FIFO
}
EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {rel: (c[1], c[2:]) for rel, c in CASES.items()}
EXPECTED.update({f"samples/{p.name}": ("ok", ()) for p in SAMPLES})
EXPECTED.update({f"encodings/{enc}/{p.name}": ("ok", ()) for enc in ENCODINGS for p in _encodable(enc)})


def build_corpus(root: Path) -> None:
    """Every bad case of issue 2 (but the big files), next to the samples, under root."""
    def put(rel: str, data: bytes) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    for rel, (make, *_) in CASES.items():
        if make is not None:
            put(rel, make())
    for p in SAMPLES:
        put(f"samples/{p.name}", p.read_bytes())
    for enc in ENCODINGS:
        for p in _encodable(enc):
            put(f"encodings/{enc}/{p.name}", p.read_text(encoding="utf-8").encode(enc))
    # a directory symlink loop, and a link to the root: each real file is still listed once
    os.symlink("..", root / "loop" / "inner" / "up")
    os.symlink(root, root / "loop" / "to_root")
    os.symlink("missing-target.txt", root / "dangling.txt")
    os.mkfifo(root / "pipe.txt")


def _measures(out: Path) -> dict[str, list[tuple]]:
    """doc_id → [(number, marker, group, title, text)] from measures.jsonl."""
    found: dict[str, list[tuple]] = {}
    for line in (out / "measures.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        found.setdefault(m["doc_id"], []).append((m["number"], m["marker"], m["group"], m["title"], m["text"]))
    return found


def _snapshot(out: Path) -> dict:
    docs = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "documents").rglob("*.json"))}
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    for key in ("started", "finished"):
        manifest.pop(key)
    for f in manifest["files"]:
        f.pop("seconds")
    return {"docs": docs, "measures": (out / "measures.jsonl").read_bytes(), "manifest": manifest}


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    raw, out = root / "raw", root / "out"
    build_corpus(raw)
    r = _cli(raw, out, "--workers", "2", "--no-report")
    manifest = RunManifest.model_validate_json((out / "run.json").read_text(encoding="utf-8"))
    return {"raw": raw, "out": out, "proc": r, "entries": {f.path: f for f in manifest.files},
            "manifest": manifest}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The samples extracted on their own, in UTF-8."""
    from carepolicy_extract.run import RunConfig, run
    out = tmp_path_factory.mktemp("ref") / "out"
    run(RunConfig(raw=RAW, out=out, workers=1, workbench=False))
    return _measures(out)


def test_every_input_is_in_the_manifest_once(bad):
    paths = [f.path for f in bad["manifest"].files]
    assert len(paths) == len(set(paths))
    assert set(paths) == set(EXPECTED)


@pytest.mark.parametrize("rel", sorted(CASES))
def test_status_and_reason(bad, rel):
    status, words = EXPECTED[rel]
    e = bad["entries"][rel]
    assert e.status == status, (rel, e.reason)
    if status == "ok":
        assert e.reason is None
        doc = Document.model_validate_json((bad["out"] / "documents" / f"{e.doc_id}.json").read_text(encoding="utf-8"))
        assert doc.source.path == rel
    else:
        assert e.reason and len(e.reason) < 300 and "Traceback" not in e.reason
        for w in words:
            assert w.lower() in e.reason.lower(), e.reason
        assert not (bad["out"] / "documents" / f"{e.doc_id}.json").exists()


def test_exit_status_1_when_some_failed_and_no_traceback(bad):
    r = bad["proc"]
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    counts = bad["manifest"].counts
    assert counts["failed"] == sum(1 for s, _ in EXPECTED.values() if s == "failed")
    assert counts["skipped"] == sum(1 for s, _ in EXPECTED.values() if s == "skipped")


def test_bad_files_cost_the_samples_nothing(bad, reference):
    got = _measures(bad["out"])
    for p in SAMPLES:
        assert got.get(f"samples/{p.stem}", []) == reference.get(p.stem, []), p.name


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_reencoded_samples_give_the_same_measures(bad, reference, encoding):
    got = _measures(bad["out"])
    samples = _encodable(encoding)
    assert samples, encoding
    if encoding == "big5":
        assert S001 in samples  # the traditional sample
    for p in samples:
        e = bad["entries"][f"encodings/{encoding}/{p.name}"]
        assert e.encoding == ENCODINGS[encoding]
        assert got.get(f"encodings/{encoding}/{p.stem}", []) == reference.get(p.stem, []), p.name


def _doc(bad, rel: str) -> Document:
    e = bad["entries"][rel]
    return Document.model_validate_json((bad["out"] / "documents" / f"{e.doc_id}.json").read_text(encoding="utf-8"))


def test_invalid_utf8_in_the_middle_is_utf8_with_a_warning(bad, reference):
    doc = _doc(bad, "invalid_utf8.txt")
    assert doc.source.encoding == "utf-8"
    assert "undecodable_bytes" in [w.code for w in doc.warnings]
    ref = reference[S001.stem]
    assert len(doc.measures) == len(ref)
    unchanged = [(m.number, m.marker, m.group, m.title, m.text) for m in doc.measures]
    assert sum(a == b for a, b in zip(unchanged, ref)) >= len(ref) - 1  # only the measure with the bytes differs


def test_nul_bytes_are_removed_with_a_warning(bad, reference):
    doc = _doc(bad, "nul_bytes.txt")
    assert "\x00" not in doc.text
    assert "nul_bytes" in [w.code for w in doc.warnings]
    assert [(m.number, m.marker, m.group, m.title, m.text) for m in doc.measures] == reference[S001.stem]
    only = _doc(bad, "nul_only.txt")
    assert only.text == "" and not only.measures
    assert {"nul_bytes", "empty_text"} <= {w.code for w in only.warnings}


def test_lying_meta_charset_gives_the_honest_page(bad):
    for honest, lying in (("html/honest.html", "html/lying_meta.html"),
                          ("html/honest_gbk.html", "html/lying_meta_gbk.html")):
        a, b = _doc(bad, honest), _doc(bad, lying)
        assert b.source.encoding == a.source.encoding
        assert b.text == a.text and b.text
        assert [m.text for m in b.measures] == [m.text for m in a.measures]
    assert _doc(bad, "html/lying_meta.html").source.encoding == "utf-8"
    assert _doc(bad, "html/lying_meta_gbk.html").source.encoding == "gb18030"


def test_truncated_html_keeps_what_came_before_the_cut(bad):
    full = _doc(bad, "html/honest.html")
    for rel in ("html/truncated.html", "html/truncated_in_tag.html"):
        cut = _doc(bad, rel)
        assert cut.measures, rel
        assert len(cut.measures) < len(full.measures)
        # every measure but the last (which the cut may shorten) is the full page's
        assert [m.text for m in cut.measures[:-1]] == [m.text for m in full.measures[:len(cut.measures) - 1]]


def test_script_and_style_only_page_is_empty_not_failed(bad):
    doc = _doc(bad, "html/script_style_only.html")
    assert doc.text == "" and not doc.measures
    assert "empty_text" in [w.code for w in doc.warnings]


def test_names_with_spaces_chinese_and_deep_folders_keep_their_paths(bad, reference):
    for rel in ("文件 名 with spaces/政策 通知 (一).txt", "/".join(f"level{i}" for i in range(50)) + "/deep.txt",
                "loop/inner/file.txt"):
        e = bad["entries"][rel]
        assert e.doc_id == rel.rsplit(".", 1)[0]
        assert _measures(bad["out"])[e.doc_id] == reference[S001.stem]
    assert bad["entries"]["文件 名 with spaces/关爱 措施.html"].format == "html"
    assert bad["entries"]["html/sniffed_as_html.dat.txt"].format == "html"


def test_no_temporary_files_left(bad):
    leftovers = [p for p in bad["out"].rglob("*") if p.name.endswith(".tmp") or p.name == ".journal.jsonl"]
    assert leftovers == []


def test_second_run_into_the_same_out_gives_the_same_files(bad, tmp_path):
    first = _snapshot(bad["out"])
    copy = tmp_path / "out"
    shutil.copytree(bad["out"], copy)
    r = _cli(bad["raw"], copy, "--workers", "1", "--no-report")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    second = _snapshot(copy)
    assert second["docs"] == first["docs"]
    assert second["measures"] == first["measures"]
    assert second["manifest"]["files"] == first["manifest"]["files"]
    assert {k: v for k, v in second["manifest"].items() if k != "options"} == \
        {k: v for k, v in first["manifest"].items() if k != "options"}


def test_non_utf8_file_name_is_listed_escaped(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    name = os.fsdecode(b"\xd6\xd0\xce\xc4.txt")  # 中文.txt in GBK, as a Windows archive leaves it
    (raw / name).write_bytes(S001.read_bytes())
    (raw / "ok.txt").write_bytes(S001.read_bytes())
    r = _cli(raw, out, "--workers", "1", "--no-report")
    assert r.returncode == 0, r.stderr
    entries = {f["path"]: f for f in json.loads((out / "run.json").read_text(encoding="utf-8"))["files"]}
    assert set(entries) == {"\\xd6\\xd0\\xce\\xc4.txt", "ok.txt"}
    assert entries["\\xd6\\xd0\\xce\\xc4.txt"]["status"] == "ok"
    assert entries["\\xd6\\xd0\\xce\\xc4.txt"]["measures"] == entries["ok.txt"]["measures"] > 0


# ---------------------------------------------------------------- exit statuses


def test_exit_0_when_every_file_is_ok_or_skipped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(S001, raw / S001.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "doc.pdf").write_bytes(b"%PDF-1.4\n")
    r = _cli(raw, tmp_path / "out", "--workers", "1", "--no-report")
    assert r.returncode == 0, r.stderr
    counts = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["counts"]
    assert counts == {"ok": 1, "skipped": 2}


def test_exit_0_for_an_empty_input_folder(tmp_path):
    (tmp_path / "raw").mkdir()
    r = _cli(tmp_path / "raw", tmp_path / "out", "--no-report")
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["files"] == []


@pytest.mark.parametrize("case", ["no_arguments", "one_argument", "raw_is_a_file", "out_is_raw", "bad_option"])
def test_usage_errors_exit_2_without_traceback(tmp_path, case):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("一、测试。", encoding="utf-8")
    args = {"no_arguments": [], "one_argument": [raw], "raw_is_a_file": [raw / "a.txt", tmp_path / "out"],
            "out_is_raw": [raw, raw], "bad_option": [raw, tmp_path / "out", "--workers", "many"]}[case]
    r = _cli(*args)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout
    assert r.stderr.strip()


# ---------------------------------------------------------------- the big files


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    root = tmp_path_factory.mktemp("big")
    raw, out = root / "raw", root / "out"
    raw.mkdir()
    line = S001.read_bytes().replace(b"\n", " ".encode())
    (raw / "line_5mb.txt").write_bytes((line * (5 * 2**20 // len(line) + 1))[:5 * 2**20].decode("utf-8", "ignore")
                                       .encode())
    unit = (RAW / "000_b00fae5080553061.txt").read_bytes()
    (raw / "file_30mb.txt").write_bytes((unit * (30 * 2**20 // len(unit) + 1))[:30 * 2**20]
                                        .decode("utf-8", "ignore").encode())
    for p in SAMPLES:
        shutil.copy(p, raw / p.name)
    from carepolicy_extract.run import RunConfig, run
    summary = run(RunConfig(raw=raw, out=out, workers=2, workbench=False, doc_timeout=120))
    manifest = RunManifest.model_validate_json((out / "run.json").read_text(encoding="utf-8"))
    return {"out": out, "summary": summary, "entries": {f.path: f for f in manifest.files}}


def test_5mb_line_and_30mb_file_are_extracted(big):
    for name, size in (("line_5mb.txt", 5 * 2**20), ("file_30mb.txt", 30 * 2**20)):
        e = big["entries"][name]
        assert e.status == "ok", e.reason
        assert size - 4 <= e.bytes <= size
        doc = Document.model_validate_json((big["out"] / "documents" / f"{e.doc_id}.json").read_text(encoding="utf-8"))
        assert doc.text


def test_big_files_cost_the_samples_nothing(big, reference):
    got = _measures(big["out"])
    for p in SAMPLES:
        assert big["entries"][p.name].status == "ok"
        assert got.get(p.stem, []) == reference.get(p.stem, []), p.name


# ---------------------------------------------------------------- atomic writes


def test_atomic_open_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "documents" / "a.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as f:
            f.write("new, half writ")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(target.parent.iterdir()) == [target]


def test_killed_run_leaves_only_whole_files(bad, tmp_path):
    """A run killed part-way: every output file is whole (old or new), never half written."""
    import signal
    import time
    copy = tmp_path / "out"
    shutil.copytree(bad["out"], copy)
    proc = subprocess.Popen(EXTRACT + [str(bad["raw"]), str(copy), "--workers", "1", "--no-report"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(2.0)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    for p in (copy / "documents").rglob("*.json"):
        Document.model_validate_json(p.read_text(encoding="utf-8"))
    RunManifest.model_validate_json((copy / "run.json").read_text(encoding="utf-8"))
    for line in (copy / "measures.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)


@pytest.mark.parametrize("name, head, expected", [
    ("a.txt", "某市出台十条措施\n来源：某某日报\n社区是疫情联防联控的第一线。<br>\n措施提出。</p>\n<p>此外，", "text"),
    ("a.txt", "<!DOCTYPE html><html><head><title>某市十条措施</title></head><body><p>正文</p>", "html"),
    ("a.txt", "\ufeff  <html><body><p>正文</p></body></html>", "html"),
    ("a.txt", "<div class='article'>" + "<p>正文，一段。</p>" * 12 + "</div>", "html"),   # a saved fragment
    # (session 34) a dump whose lines kept their tags with the closing ones broken (`…到位。/p>`): text
    ("a.txt", "<div class=\"pos\">当前位置:首页</div>\n" + "<p>  正文，一段。/p>\n" * 10, "text"),
    # (session 36, writer set ZN) … or whose lines kept the ends of their paragraphs, closing tags far
    # outnumbering opening ones: text, its line breaks the text's
    ("a.txt", "<div class=\"nav\"><span>首页</span> > 规范性文件</div>\n某市关于印发十条措施的通知\n"
              + "一、扩大企业吸纳就业。对新招用人员的企业给予补贴。</p>\n" * 10, "text"),
    # (session 36, writer set ZT) … or whose lines kept their <br> at their ends: text
    ("a.txt", "某市出台十条措施关心关爱一线医务人员\n" + "一、按规定落实临时性工作补助。<br>\n" * 12, "text"),
    # (session 41, writer set YE) … or whose tags sit on one line of eleven, a body pasted as markup
    # between the plain lines of its menu, headline, meta and footer: text, its line breaks the text's
    ("a.txt", "某某资讯网\n首页 | 社会 | 娱乐\n某某资讯网 > 社会 > 正文\n骑手老马的一天\n时间：2024-01-08 | 作者：某某\n"
              "导语：骑手老马的一天是怎样的？\n" + "</p><p>&nbsp;&nbsp;早上7点半，天还没亮。" * 6 + "</p>\n"
              "责任编辑：某某\n声明：本站部分内容来源于网络。\n上一篇：防寒小知识\n下一篇：元旦", "text"),
    # … while a fragment whose tags fill most of its lines stays markup
    ("a.txt", "当前位置：首页 > 要闻\n" + "<p>正文，一段。</p>\n" * 10 + "责任编辑：某某\n", "html"),
    ("a.dat", "<div class='article'><p>正文</p></div>", "html"),      # no text suffix: any block tag
    ("a", "某市出台十条措施\n一、落实补助。", "text"),
    ("a.html", "某市出台十条措施", "html"),
])
def test_format_sniffing(name, head, expected):
    """A text dump keeps a few tags of its page (remnants the repair stage removes); only a file
    that starts as a page or is mostly markup is read as HTML."""
    from carepolicy_extract.discover import sniff_format
    assert sniff_format(Path(name), head.encode("utf-8"))[0] == expected
