"""Disclosure tables and meta lines: what they say of the page's document, and which policy gets it."""
from pathlib import Path

import pytest

from carepolicy_extract.disclosure import Disclosure, fill_page_document, read_disclosure
from carepolicy_extract.models import Policy

ROWS = [line.split("\t") for line in (Path(__file__).parent / "disclosure_cases.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]


def _none(s: str) -> str | None:
    return None if s == "-" else s


@pytest.mark.parametrize("label,text,title,issuers,written,published,source", ROWS, ids=[r[0] for r in ROWS])
def test_read_disclosure(label, text, title, issuers, written, published, source):
    d = read_disclosure(text.replace("\\n", "\n").replace("\\t", "\t"))
    assert (d.title, list(d.issuers), d.written, d.published, d.source) == (
        _none(title), [] if issuers == "-" else issuers.split("|"), _none(written), _none(published), _none(source))


FILL = [
    # the table's name is the policy's title: signing date, issuers and the issuer's place
    ("关于做好高温天气劳动保护工作的通知", Disclosure(title="关于做好高温天气劳动保护工作的通知", issuers=("江西省人力资源和社会保障厅",),
                                       written="2022-07-12", published="2022-07-14"),
     None, ("2022-07-12", ["江西省人力资源和社会保障厅"], "江西省")),
    # the headline is the title with its issuer before 关于; a national body has no region
    ("关于做好就业创业工作的通知", Disclosure(issuers=("国务院办公厅",), written="2022-05-05"),
     "国务院办公厅关于做好就业创业工作的通知", ("2022-05-05", ["国务院办公厅"], None)),
    # the date put online is the issuing date when the issuer published its own document
    ("某某市实施方案", Disclosure(published="2023-03-15", source="某某市人民政府办公室"), "某某市实施方案",
     None),
    # … not when a newspaper did
    ("关于某事的通知", Disclosure(published="2023-03-15", source="某某日报"), "关于某事的通知", ("-", [], None)),
    # a policy the page only cites gets nothing
    ("关于另一件事的意见", Disclosure(written="2022-01-01", issuers=("某某省财政厅",)), "关于某事的通知", ("-", [], None)),
]


@pytest.mark.parametrize("title,disc,headline,want", FILL)
def test_fill_page_document(title, disc, headline, want):
    p = Policy(index=1, title=title, issuers=["某某市人民政府办公室"] if want is None else [])
    fill_page_document([p], disc, headline)
    if want is None:
        assert p.date == "2023-03-15"
        return
    date, issuers, region = want
    assert (p.date or "-", p.issuers, p.region) == (date, issuers, region)
