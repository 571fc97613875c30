#!/usr/bin/env python3
"""Hostile-input benchmark (not a test): pathological pages alongside normal ones.

    .venv/bin/python bench/hostile.py [--scale 1.0] [--dir bench/out-hostile] [--workers 2]

Writes the pathological inputs of issue 8 into DIR/raw next to copies of the
samples in raw/, runs `extract DIR/raw DIR/out`, and prints for every file its
status, seconds, measures, warnings and reason from run.json, then the total
wall time. Checks (exit 1 when one fails): the run ends in under 2 minutes,
every file is in run.json, no worker died (each document ends `ok`, or
`failed` with a reason of its own, never "worker process died"), the 50 MB
line ends within the bounds of pipeline.py (`ok` with a `truncated` warning
naming the bound, or `failed` with a reason naming it), and the copies of the
samples have the same measures as the samples extracted on their own.

`--scale` shrinks every input (0.01 gives a hundredth of each size); the tests
in tests/test_hostile.py use the same generators at small scales.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "raw"
EXTRACT = ROOT / ".venv" / "bin" / "extract"
LIMIT_SECONDS = 120

_PARA = ("为进一步关心关爱疫情防控一线医务人员，现提出如下措施。一、落实临时性工作补助。"
         "二、提高卫生防疫津贴标准。三、做好职称评聘工作。")


def _n(full: int, scale: float) -> int:
    return max(1, int(full * scale))


def deep_nesting(scale: float) -> bytes:
    """HTML nested 200,000 levels deep, with article text at the bottom."""
    n = _n(200_000, scale)
    return ("<html><head><title>深层嵌套</title></head><body>" + "<div>" * n + f"<p>{_PARA}</p>"
            + "</div>" * n + "</body></html>").encode()


def huge_attribute(scale: float) -> bytes:
    """A 5 MB attribute value before ordinary article text."""
    n = _n(5 * 2**20, scale)
    return ('<html><body><div data-blob="' + "a" * n + f'"><p>{_PARA}</p></div></body></html>').encode()


def unterminated_comment(scale: float) -> bytes:
    """A comment opened after the first paragraph and never closed; 1 MB of text inside it."""
    n = _n(20_000, scale)
    return (f"<html><body><p>{_PARA}</p><!-- 注释从这里开始 " + "一、内容不会结束<p>段落</p>" * n).encode()


def repeated_markers(scale: float) -> bytes:
    """200,000 `一、` in a row on one line."""
    return ("通知\n" + "一、" * _n(200_000, scale) + "\n").encode()


def nested_marker_runs(scale: float) -> bytes:
    """Runs of nested markers of every style, each opening a deeper level, with little text."""
    n = _n(20_000, scale)
    lines = []
    for i in range(n):
        k = i % 10 + 1
        lines.append(f"第{k}条 {k}、（{k}）{k}.（{k}）(({k})){k}）①②③一是二是三是")
    # and the same markers run together without any line breaks
    return ("\n".join(lines) + "\n" + "一、（一）1.（1）①" * n + "\n").encode()


def open_parentheses(scale: float) -> bytes:
    """100,000 `關(` with no closing parenthesis: a trap for pinyin-annotation repair."""
    return ("各地多措并舉" + "關(" * _n(100_000, scale) + "guān\n").encode()


def question_marks(scale: float) -> bytes:
    """300,000 question marks followed by mojibake (UTF-8 Chinese read as GBK, and Latin-1)."""
    text = "为进一步关心关爱一线医务人员，一、落实补助。二、提高津贴。" * 50
    gbk_mojibake = text.encode("utf-8").decode("gbk", "replace")
    latin_mojibake = text.encode("utf-8").decode("latin-1")
    return ("?" * _n(300_000, scale) + gbk_mojibake + "\n" + latin_mojibake + "\n").encode("utf-8")


def no_newline(scale: float) -> bytes:
    """A 50 MB file of Chinese text with numbered items and no newline."""
    unit = _PARA.encode()
    n = _n(50 * 2**20, scale)
    return (unit * (n // len(unit) + 1))[:n].decode("utf-8", "ignore").encode()


HOSTILE = {
    "deep_nesting.html": deep_nesting,
    "huge_attribute.html": huge_attribute,
    "unterminated_comment.html": unterminated_comment,
    "repeated_markers.txt": repeated_markers,
    "nested_marker_runs.txt": nested_marker_runs,
    "open_parentheses.txt": open_parentheses,
    "question_marks.txt": question_marks,
    "no_newline_50mb.txt": no_newline,
}


def generate(folder: Path, scale: float = 1.0, samples: bool = True) -> list[str]:
    """Write the hostile inputs (and copies of the samples, under normal/) into folder; their names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for name, make in HOSTILE.items():
        (folder / name).write_bytes(make(scale))
        names.append(name)
    if samples:
        (folder / "normal").mkdir(exist_ok=True)
        for p in sorted(SAMPLES.iterdir()):
            shutil.copy(p, folder / "normal" / p.name)
            names.append(f"normal/{p.name}")
    return names


def measures_of(out: Path) -> dict[str, list[tuple]]:
    """doc_id → its measures as (number, title, text), read from measures.jsonl."""
    found: dict[str, list[tuple]] = {}
    with (out / "measures.jsonl").open(encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            found.setdefault(m["doc_id"], []).append((m["number"], m["title"], m["text"]))
    return found


BIG = "no_newline_50mb.txt"


def _cut_messages(out: Path, entry: dict) -> list[str]:
    """The `truncated` warnings of a document: what the bounds of pipeline.py cut."""
    path = out / "documents" / f"{entry['doc_id']}.json"
    if entry["status"] != "ok" or not path.exists():
        return [entry["reason"] or ""]
    doc = json.loads(path.read_text(encoding="utf-8"))
    return [w["message"] for w in doc["warnings"] if w["code"] == "truncated"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--dir", type=Path, default=ROOT / "bench" / "out-hostile")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--doc-timeout", type=float, default=30.0)
    args = ap.parse_args()

    raw, out, ref = args.dir / "raw", args.dir / "out", args.dir / "ref"
    shutil.rmtree(args.dir, ignore_errors=True)
    t0 = time.perf_counter()
    names = generate(raw, args.scale)
    sizes = {n: (raw / n).stat().st_size for n in names}
    print(f"generated {len(names)} files, {sum(sizes.values()) / 2**20:.1f} MB, in {time.perf_counter() - t0:.1f} s")

    subprocess.run([str(EXTRACT), str(SAMPLES), str(ref), "--workers", "1", "--no-report"],
                   capture_output=True, check=True)
    t0 = time.perf_counter()
    proc = subprocess.run([str(EXTRACT), str(raw), str(out), "--workers", str(args.workers), "--no-report",
                           "--doc-timeout", str(args.doc_timeout)], capture_output=True, text=True)
    wall = time.perf_counter() - t0

    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    entries = {f["path"]: f for f in manifest["files"]}
    print(f"\n{'file':34} {'MB':>7} {'status':8} {'seconds':>8} {'measures':>8}  warnings / reason")
    for n in names:
        e = entries.get(n)
        if e is None:
            print(f"{n:34} {sizes[n] / 2**20:7.2f} MISSING")
            continue
        print(f"{n:34} {sizes[n] / 2**20:7.2f} {e['status']:8} {e['seconds']:8.2f} {e['measures']:8d}  "
              f"{','.join(e['warnings'])} {e['reason'] or ''}")
    big = entries.get(BIG)
    if big is not None:
        print(f"\n{BIG}: {big['status']} in {big['seconds']:.2f} s; " + "; ".join(_cut_messages(out, big)))
    print(f"\nexit status {proc.returncode}; counts {manifest['counts']}; total wall time {wall:.1f} s")
    if "Traceback" in proc.stderr:
        print(proc.stderr)

    problems = []
    if wall >= LIMIT_SECONDS:
        problems.append(f"run took {wall:.1f} s, limit {LIMIT_SECONDS} s")
    missing = [n for n in names if n not in entries]
    if missing:
        problems.append(f"not in run.json: {missing}")
    expected, got = measures_of(ref), measures_of(out)
    for p in sorted(SAMPLES.iterdir()):
        if got.get(f"normal/{p.stem}", []) != expected.get(p.stem, []):
            problems.append(f"normal/{p.name}: measures differ from the sample run on its own")
    for n in names:
        e = entries.get(n)
        if e and e["status"] != "ok" and not e["reason"]:
            problems.append(f"{n}: {e['status']} without a reason")
        if e and "worker process died" in (e["reason"] or ""):
            problems.append(f"{n}: its worker died")
    if big is not None and not (
            (big["status"] == "ok" and any("MAX_" in m for m in _cut_messages(out, big)))
            or (big["status"] == "failed" and "MAX_" in (big["reason"] or ""))
            or (big["status"] == "ok" and args.scale < 1.0)):   # a shrunken line may fit the bounds
        problems.append(f"{BIG}: not ended by a bound ({big['status']}: {big['reason']})")
    print("\n" + ("\n".join("FAIL: " + p for p in problems) if problems else
                  "PASS: under the time limit, every file in run.json, no worker died, the 50 MB line "
                  "cut at the bounds, normal files keep their measures"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
