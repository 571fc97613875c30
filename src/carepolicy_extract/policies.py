"""Find the policies an article names, and link lists of measures to them.

First version: formal titles in 《》 with the count their name declares.
"""
from __future__ import annotations

import re

from .models import Policy, Warning
from .numerals import to_int
from .segment import MeasureList

_TITLE = re.compile(r"《([^《》\n]{4,120})》")
_COUNT = re.compile(r"([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:条|项|个方面)(?:举措|措施|规定|意见|政策)?")


def declared_count(s: str) -> int | None:
    """The number of measures a name declares: 十条举措 → 10."""
    found = _COUNT.findall(s)
    return to_int(found[-1]) if found else None


def find_policies(text: str, year: int | None = None) -> list[Policy]:
    """Every policy the text names, in order of first mention."""
    out: list[Policy] = []
    seen = set()
    for m in _TITLE.finditer(text):
        title = m.group(1).strip()
        if title in seen:
            continue
        seen.add(title)
        out.append(Policy(index=len(out) + 1, title=title, declared_count=declared_count(title)))
    return out


def link(policies: list[Policy], lists: list[MeasureList]) -> tuple[list[int | None], list[Warning]]:
    """The policy each list belongs to (or None), and warnings for counts that disagree."""
    links: list[int | None] = []
    warnings: list[Warning] = []
    counted = [p for p in policies if p.declared_count]
    for ml in lists:
        match = next((p for p in counted if p.declared_count == len(ml.items)), None)
        if match is None and len(policies) == 1:
            match = policies[0]
        links.append(match.index if match else None)
        if match and match.declared_count and match.declared_count != len(ml.items):
            warnings.append(Warning(code="count_mismatch",
                                    message=f"policy {match.index} declares {match.declared_count} measures, "
                                            f"{len(ml.items)} found"))
    return links, warnings
