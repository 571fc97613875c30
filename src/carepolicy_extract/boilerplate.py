"""Strip page boilerplate from a page's blocks, keeping what it says about itself.

Rules come from `rules/boilerplate.txt`; what a rule removes may still tell the
document's title, date or outlet, and is read for that first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .page import Block, PageMeta
from .rules import rule_table

_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")
_OUTLET = re.compile(r"来源[:：]\s*([^\s|｜,，:：]{2,20})")


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((action, re.compile(rx)) for action, rx, *_ in rule_table("boilerplate.txt"))


def iso_date(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def read_meta(blocks: list[Block]) -> PageMeta:
    """Headline, date and outlet from the first lines of a page."""
    meta = PageMeta()
    for b in blocks[:15]:
        t = b.text
        if meta.published is None and ("日期" in t or "时间" in t or len(t) < 60):
            meta.published = iso_date(t)
        if meta.outlet is None:
            m = _OUTLET.search(t)
            if m:
                meta.outlet = m.group(1)
    return meta


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], PageMeta]:
    """The body blocks, and metadata read from the whole page."""
    meta = read_meta(blocks)
    rules = _rules()
    kept = []
    for b in blocks:
        text = b.text.strip()
        action = next((a for a, rx in rules if rx.search(text)), None)
        if action == "tail":
            break
        if action == "drop" or not text:
            continue
        kept.append(b)
    return kept, meta
