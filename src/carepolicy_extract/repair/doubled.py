"""Every character doubled: undo the text a bold face leaves when a PDF or a page is copied.

A bold heading in some PDFs is drawn twice, one copy a hair off the other, and text
extraction keeps both: `一一、、提提高高补补贴贴标标准准` for `一、提高补贴标准`. Such a line has
each character twice in a row from its first to its last; a line of the text never does over
this many characters (a reduplicated word, 常常 or 天天, is one pair among others).
"""
from __future__ import annotations

import re

from ..page import RepairLog
from ..rules import compiled

MIN_PAIRS = 4       # a line of this many doubled characters at least …
MIN_DISTINCT = 3    # … of this many different ones (哈哈哈哈 is laughter, not a bold copy)
# a line that opens with two doubled characters: the only kind that is looked at (one scan in C;
# most texts have none)
_OPENS_DOUBLED = compiled(r"^[^\S\n]*(\S)\1(\S)\2", re.M)


def _undoubled(line: str) -> str | None:
    s = line.strip()
    if len(s) < 2 * MIN_PAIRS or len(s) % 2 or s[0] != s[1] or s[2] != s[3]:     # cheap pre-tests first
        return None
    single = s[0::2]
    if single != s[1::2] or len(set(single)) < MIN_DISTINCT:
        return None
    return line[:len(line) - len(line.lstrip())] + single


def fix_doubled_characters(text: str, log: RepairLog) -> str:
    """Lines whose every character is doubled (a bold face copied twice), read once."""
    if _OPENS_DOUBLED.search(text) is None:
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if len(line) >= 2 * MIN_PAIRS and line.lstrip()[:1] == line.lstrip()[1:2]:
            single = _undoubled(line)
            if single is not None:
                log.add("doubled_characters", 1, single[:40])
                lines[i] = single
                changed = True
    return "\n".join(lines) if changed else text
