"""Chinese and circled numerals → int (一 → 1, 十六 → 16, 二十一 → 21, ⑴ → 1, ③ → 3)."""
from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000, "万": 10000, "萬": 10000}
CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}          # ①…⑳
CIRCLED.update({chr(0x2474 + i): i + 1 for i in range(20)})     # ⑴…⒇
CIRCLED.update({chr(0x2488 + i): i + 1 for i in range(20)})     # ⒈…⒛
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "十百千"


def chinese_to_int(s: str) -> int | None:
    """Value of a Chinese numeral up to the ten-thousands; None when `s` is not one."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if len(s) == 1 and s in CIRCLED:
        return CIRCLED[s]
    total, current = 0, None
    for ch in s:
        if ch in DIGITS:
            if current is not None and current != 0:
                return None  # 二三 is not a number
            current = DIGITS[ch]
        elif ch in UNITS:
            unit = UNITS[ch]
            total += (1 if current is None else current) * unit
            current = None
        else:
            return None
    return total + (current or 0)


def to_int(s: str) -> int | None:
    """Arabic (also full-width), circled or Chinese numeral → int."""
    s = s.strip()
    if s and all("0" <= c <= "9" or "０" <= c <= "９" for c in s):
        return int(s.translate({0xFF10 + i: 0x30 + i for i in range(10)}))
    return chinese_to_int(s)
