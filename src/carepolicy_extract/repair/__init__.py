"""Repair garbled Chinese text before script conversion.

`repair_text` runs each fix in order; each fix is a small function that
takes text and a RepairLog and returns the repaired text. Every fix keeps the
number of lines, so block structure survives.
"""
from __future__ import annotations

import html
import re

from ..page import RepairLog

_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_TAG_REMNANT = re.compile(r"\??</?(?:p|br|div|span|strong|b|i|em|font|a|img|td|tr|li)\b[^<>\n]{0,200}?/?>|\?/p>", re.I)


def fix_html_remnants(text: str, log: RepairLog) -> str:
    """Entities (&nbsp;) and stray tags (<br>, ?/p>) left in text dumps."""
    def entity(m: re.Match) -> str:
        out = html.unescape(m.group(0))
        return " " if out == "\xa0" else out
    text, n = _HTML_ENTITY.subn(entity, text)
    log.add("html_remnant", n)
    text, n = _TAG_REMNANT.subn("", text)
    log.add("html_remnant", n)
    return text


FIXES = (fix_html_remnants,)


def repair_text(text: str) -> tuple[str, RepairLog]:
    """The text with every known kind of garbling undone, and what was done."""
    log = RepairLog()
    for fix in FIXES:
        text = fix(text, log)
    return text, log
