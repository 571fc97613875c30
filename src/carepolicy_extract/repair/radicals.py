"""Radicals a PDF's text layer writes for whole characters.

A copy of a PDF (a document-sharing site's preview, a portal's attachment read as text) often
holds code points of the Kangxi Radicals block for common characters, drawn exactly alike:
`⼀、落实轮岗轮休。对…的⼈员` for `一、…的人员`. Search, segmentation and the measure markers
all miss them (⼀、 is no list marker), so each is written as the character it stands for: the
Kangxi radicals by Unicode's NFKC mapping, the few whole-character radicals of the CJK Radicals
Supplement (⻓, ⻔) by rules/repair_radical_forms.tsv.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..page import RepairLog
from ..rules import compiled, rule_table

# (one class scanned at C speed: most texts hold none)
_RADICAL = compiled("[\u2e80-\u2fdf]")
_KANGXI_FIRST, _KANGXI_LAST = 0x2F00, 0x2FD5


@lru_cache(maxsize=1)
def _supplement() -> dict[str, str]:
    return {row[0]: row[1] for row in rule_table("repair_radical_forms.tsv") if len(row) >= 2}


def _character(radical: str) -> str:
    if _KANGXI_FIRST <= ord(radical) <= _KANGXI_LAST:
        return unicodedata.normalize("NFKC", radical)
    return _supplement().get(radical, radical)


def fix_radical_forms(text: str, log: RepairLog) -> str:
    """The text with radicals that stand for whole characters written as those characters."""
    if not _RADICAL.search(text):
        return text
    changed: list[str] = []

    def written(m: re.Match) -> str:
        char = _character(m.group())
        if char != m.group():
            changed.append(m.group())
        return char
    out = _RADICAL.sub(written, text)
    if changed:
        log.add("radical_form", len(changed), changed[0])
    return out
