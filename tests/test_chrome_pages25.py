"""Whole mini-pages through the whole pipeline (tests/chrome_pages25.tsv): chrome and garbled forms must go,
the article must stay. Unlike tests/chrome_cases.tsv these rows pass repair and t2s too."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from carepolicy_extract.pipeline import extract_document
from test_chrome_cases import load_cases

TABLE = Path(__file__).resolve().parent / "chrome_pages25.tsv"
CASES = load_cases(TABLE)


def page_text(lines: list[str]) -> str:
    data = "\n".join(lines).encode("utf-8")
    doc = extract_document(data, "text", doc_id="t", path="t.txt", sha256=hashlib.sha256(data).hexdigest())
    return doc.text


def failures(keep: list[str], drop: list[str], text: str) -> list[str]:
    flat = "".join(text.split())
    return ([f"lost {k!r}" for k in keep if "".join(k.split()) not in flat]
            + [f"left {d!r}" for d in drop if "".join(d.split()) in flat])


def test_the_table_is_big_and_covers_the_families():
    assert len(CASES) >= 40
    assert len({c[1] for c in CASES}) >= 10
    assert all(c[3] or c[4] for c in CASES)


def _params():
    for case_id, family, lines, keep, drop, why in CASES:
        marks = [pytest.mark.xfail(reason=why[6:], strict=True)] if why.startswith("xfail:") else []
        yield pytest.param(lines, keep, drop, id=case_id, marks=marks)


@pytest.mark.parametrize("lines,keep,drop", list(_params()))
def test_page_case(lines, keep, drop):
    text = page_text(lines)
    assert not failures(keep, drop, text), text


if __name__ == "__main__":     # a summary: rows passing, chrome pieces left, article parts lost
    ok = left = lost = 0
    for case_id, family, lines, keep, drop, why in CASES:
        bad = failures(keep, drop, page_text(lines))
        ok += not bad
        left += sum(b.startswith("left") for b in bad)
        lost += sum(b.startswith("lost") for b in bad)
        if bad:
            print(f"FAIL {case_id:26s} {family:12s} {'; '.join(bad)}")
    print(f"{ok}/{len(CASES)} rows pass; chrome pieces left {left}; article parts lost {lost}")
