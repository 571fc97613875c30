"""Big5 read as GBK: undo the mojibake of a traditional page (Taiwan, Hong Kong) saved in Big5
and shown as GBK.

Both encodings spend two bytes a Han character and share most of their byte ranges, so a Big5
line reads as GBK without a fault, but as a run of unrelated, mostly rare characters
(`縩伐莱癸ρ闹て` for `為積極應對人口`). The repair encodes such a line back to GB18030 bytes
and reads them as Big5. The line is replaced only when it looked garbled (a good share of its
wide characters unusual, the test the UTF-8 repair uses) and the Big5 reading, simplified, is far
more plausible Chinese: a clean line never gets here, and the GBK bytes of other mojibake are
seldom valid Big5 throughout.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..decode import plausibility
from ..rules import compiled
from ..page import RepairLog
from .lm import language_model, simplify
from .mojibake import MIN_GAIN, MIN_PLAUSIBLE, _suspect, reread_lines


def _reread(line: str) -> str | None:
    try:
        text = line.encode("gb18030").decode("big5")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    after = plausibility(simplify(text))
    if after < MIN_PLAUSIBLE or after < plausibility(line) + MIN_GAIN:
        return None
    # … and reads as words: a menu's tree (`│ ├ 规划计划`) has rare symbols too, and their bytes read
    # as Big5 give everyday characters that make no words (`岫 念 寞赫數赫`); judged on the wide
    # characters alone, per character, by the language model
    gained = _per_char(text)
    return text if gained >= MIN_PER_CHAR and gained >= _per_char(line) + MIN_GAIN_PER_CHAR else None


MIN_PER_CHAR = -8.0        # log probability a character of the reading must reach on average …
MIN_GAIN_PER_CHAR = 3.0    # … and gain over the line as it was (a Big5 line read as GBK: -17 → -5)


def _per_char(text: str) -> float:
    wide = "".join(ch for ch in text if ch > "\x7f")
    return language_model().score(wide) / max(1, len(wide))


def fix_big5_as_gbk(text: str, log: RepairLog) -> str:
    """Lines of Big5 read as GBK, read again as Big5: `縩伐莱癸` → `為積極應`."""
    def read(line: str, rare: int) -> str | None:
        return _reread(line) if _suspect(line, rare) and "\ufffd" not in line else None
    return reread_lines(text, log, "big5_as_gbk", read, shown=8)


# a backslash that starts no escape (\n, \u4e00); the character before it is looked at in code
_BACKSLASH = compiled(r"\\(?![A-Za-z0-9])")


@lru_cache(maxsize=4096)
def _second_byte_5c(ch: str) -> bool:
    try:
        return ch.encode("big5")[-1] == 0x5C
    except UnicodeEncodeError:
        return False


def fix_big5_backslash(text: str, log: RepairLog) -> str:
    """A backslash after a character whose Big5 code ends in the byte of `\\` (0x5C: 許, 功, 餐, 蓋):
    a program that escaped the page's bytes as ASCII doubled that byte, and the copy shows it
    (`許\\多`, `餐\\飲`). The backslash goes; one after any other character stays."""
    if "\\" not in text:
        return text
    count = 0

    def drop(m: re.Match) -> str:
        nonlocal count
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and _second_byte_5c(text[m.start() - 1]):
            count += 1
            return ""
        return m.group()
    out = _BACKSLASH.sub(drop, text)
    log.add("big5_backslash", count, "\\")
    return out
