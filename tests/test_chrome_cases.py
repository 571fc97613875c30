"""The held-out chrome tables: small pages, what must stay, what must go.

- tests/chrome_cases.tsv: lines through t2s and the boilerplate stage alone;
- tests/chrome_pages25.tsv, chrome_pages26.tsv: whole mini-pages through the whole pipeline (decode, repair, t2s,
  boilerplate), so garbled forms count too; compared with white space removed;
- tests/chrome_pages27.tsv: the same, each row taught by REAL chrome (work pages, cwced text dumps, real chrome
  transplanted around another page's article), so it is small and grows only with evidence.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from carepolicy_extract import boilerplate as bp
from carepolicy_extract.convert import to_simplified
from carepolicy_extract.page import Block
from carepolicy_extract.pipeline import extract_document

HERE = Path(__file__).resolve().parent


def load_cases(path: Path) -> list[tuple[str, str, list[str], list[str], list[str], str]]:
    """(id, family, page lines, keep, drop, why) for every row; `@Pn` lines expanded."""
    macros: dict[str, str] = {}
    rows = []
    for raw in path.read_text(encoding="utf-8").split("\n"):    # not splitlines: garbled rows hold U+0085
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            name, text = raw.split("\t", 1)
            macros[name] = text
            continue
        case_id, family, page, keep, drop, *why = raw.split("\t")
        # (`\t` in a page is a tab: the cells of a table a dump keeps on one line)
        lines = [macros.get(ln, ln).replace("\\t", "\t") for ln in page.split("\\n")]
        keep, drop = keep.replace("\\n", "\n"), drop.replace("\\n", "\n")     # a part may span lines
        rows.append((case_id, family, lines, [k for k in keep.split("||") if k], [d for d in drop.split("||") if d],
                     why[0].lstrip("# ") if why else ""))
    return rows


def kept_text(lines: list[str]) -> str:
    """What the boilerplate stage keeps of the lines, converted to simplified first."""
    blocks = [Block("paragraph", to_simplified(ln)[0]) for ln in lines]
    body, _ = bp.strip_boilerplate(blocks)
    return "\n".join(b.text for b in body)


def page_text(lines: list[str]) -> str:
    """The text the whole pipeline makes of the lines as a text dump, white space removed."""
    data = "\n".join(lines).encode("utf-8")
    doc = extract_document(data, "text", doc_id="t", path="t.txt", sha256=hashlib.sha256(data).hexdigest())
    return "".join(doc.text.split())


# each table, and what makes the text its rows are checked against (and whether white space counts)
TABLES = {"chrome_cases.tsv": (kept_text, False), "chrome_pages25.tsv": (page_text, True),
          "chrome_pages26.tsv": (page_text, True), "chrome_pages27.tsv": (page_text, True)}
# the tables written from our own knowledge must be big and varied; those taught by real pages only need rows
SMALL_TABLES = {"chrome_pages27.tsv"}
CASES = {name: load_cases(HERE / name) for name in TABLES}


def failures(keep: list[str], drop: list[str], text: str, squeeze: bool) -> list[str]:
    def norm(s: str) -> str:
        return "".join(s.split()) if squeeze else s
    return [f"lost {k!r}" for k in keep if norm(k) not in text] + [f"left {d!r}" for d in drop if norm(d) in text]


@pytest.mark.parametrize("name", TABLES)
def test_the_table_is_big_and_covers_the_families(name):
    cases = CASES[name]
    assert len(cases) >= (1 if name in SMALL_TABLES else 40)
    assert len({c[1] for c in cases}) >= (1 if name in SMALL_TABLES else 10)
    assert all(c[3] or c[4] for c in cases)


def _params():
    for name, cases in CASES.items():
        for case_id, family, lines, keep, drop, why in cases:
            marks = [pytest.mark.xfail(reason=why[6:], strict=True)] if why.startswith("xfail:") else []
            yield pytest.param(name, lines, keep, drop, id=f"{name.split('.')[0]}:{case_id}", marks=marks)


@pytest.mark.parametrize("name,lines,keep,drop", list(_params()))
def test_chrome_case(name, lines, keep, drop):
    make, squeeze = TABLES[name]
    text = make(lines)
    assert not failures(keep, drop, text, squeeze), text


if __name__ == "__main__":     # a summary per table: rows passing, chrome pieces left, article parts lost
    for name, (make, squeeze) in TABLES.items():
        ok = left = lost = 0
        for case_id, family, lines, keep, drop, why in CASES[name]:
            bad = failures(keep, drop, make(lines), squeeze)
            ok += not bad
            left += sum(b.startswith("left") for b in bad)
            lost += sum(b.startswith("lost") for b in bad)
            if bad:
                print(f"FAIL {name} {case_id:28s} {family:11s} {'; '.join(bad)}")
        print(f"{name}: {ok}/{len(CASES[name])} rows pass; chrome pieces left {left}; article parts lost {lost}")
