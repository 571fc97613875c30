"""The held-out chrome table (tests/chrome_cases.tsv): small pages, what must stay, what must go."""
from __future__ import annotations

from pathlib import Path

import pytest

from carepolicy_extract import boilerplate as bp
from carepolicy_extract.convert import to_simplified
from carepolicy_extract.page import Block

TABLE = Path(__file__).resolve().parent / "chrome_cases.tsv"


def load_cases(path: Path = TABLE) -> list[tuple[str, str, list[str], list[str], list[str], str]]:
    """(id, family, page lines, keep, drop, why) for every row; `@Pn` lines expanded."""
    macros: dict[str, str] = {}
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            name, text = raw.split("\t", 1)
            macros[name] = text
            continue
        case_id, family, page, keep, drop, *why = raw.split("\t")
        lines = [macros.get(ln, ln) for ln in page.split("\\n")]
        keep, drop = keep.replace("\\n", "\n"), drop.replace("\\n", "\n")     # a part may span lines
        rows.append((case_id, family, lines, [k for k in keep.split("||") if k], [d for d in drop.split("||") if d],
                     why[0].lstrip("# ") if why else ""))
    return rows


def kept_text(lines: list[str]) -> str:
    blocks = [Block("paragraph", to_simplified(ln)[0]) for ln in lines]
    body, _ = bp.strip_boilerplate(blocks)
    return "\n".join(b.text for b in body)


def failures(keep: list[str], drop: list[str], text: str) -> list[str]:
    return [f"lost {k!r}" for k in keep if k not in text] + [f"left {d!r}" for d in drop if d in text]


CASES = load_cases()


def test_the_table_is_big_and_covers_the_families():
    assert len(CASES) >= 40
    assert len({c[1] for c in CASES}) >= 10
    assert all(c[3] or c[4] for c in CASES)


def _params():
    for case_id, family, lines, keep, drop, why in CASES:
        marks = [pytest.mark.xfail(reason=why[6:], strict=True)] if why.startswith("xfail:") else []
        yield pytest.param(lines, keep, drop, id=case_id, marks=marks)


@pytest.mark.parametrize("lines,keep,drop", list(_params()))
def test_chrome_case(lines, keep, drop):
    text = kept_text(lines)
    assert not failures(keep, drop, text), text


if __name__ == "__main__":     # a summary: how many rows pass, and what the others lose or leave
    ok = 0
    for case_id, family, lines, keep, drop, why in CASES:
        bad = failures(keep, drop, kept_text(lines))
        ok += not bad
        if bad:
            print(f"FAIL {case_id:28s} {family:11s} {'; '.join(bad)}")
    print(f"{ok}/{len(CASES)} rows pass")
