"""Chinese and circled numerals → int (一 → 1, 十六 → 16, 二十一 → 21, ⑴ → 1, ③ → 3)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .rules import compiled

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000, "万": 10000, "萬": 10000}
CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}          # ①…⑳
CIRCLED.update({chr(0x2474 + i): i + 1 for i in range(20)})     # ⑴…⒇
CIRCLED.update({chr(0x2488 + i): i + 1 for i in range(20)})     # ⒈…⒛
# dingbat and negative circled digits, as posts and slides number items: ❶…❿ ➀…➉ ➊…➓ ⓫…⓴ ⓵…⓾
CIRCLED.update({chr(0x2776 + i): i + 1 for i in range(10)})     # ❶…❿
CIRCLED.update({chr(0x2780 + i): i + 1 for i in range(10)})     # ➀…➉
CIRCLED.update({chr(0x278A + i): i + 1 for i in range(10)})     # ➊…➓
CIRCLED.update({chr(0x24EB + i): i + 11 for i in range(10)})    # ⓫…⓴
CIRCLED.update({chr(0x24F5 + i): i + 1 for i in range(10)})     # ⓵…⓾
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "十百千"

# Regular-expression pieces for numbers 1–99 as list markers write them. Longer
# forms come first so that 二十一 is not read as 二.
HAN_1_99 = "(?:[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
ARABIC_1_99 = "(?:(?<![0-9０-９.．])(?:[1-9][0-9]?|[１-９][０-９]?)(?![0-9０-９]))"
# the last part of a decimal outline number (the 2 of 1.2), which a dot precedes
SUB_1_99 = "(?:(?:[1-9][0-9]?|[１-９][０-９]?)(?![0-9０-９]))"
# the characters of every circled form above, for character classes
CIRCLED_CHARS = "\u2460-\u249b\u24eb-\u24fe\u2776-\u2793"
CIRCLED_1_20 = f"[{CIRCLED_CHARS}]"

# A number as a declared count writes it: 十, 十六, 两, 22, 一百 (no circled forms).
COUNT_NUMBER = "(?:[0-9０-９]{1,3}|[一二两三四五六七八九十百]{1,4})"
# a character of COUNT_NUMBER (the one it opens with, the one it ends with): for the cheap pre-tests
COUNT_NUMERAL = "[0-9０-９一二两三四五六七八九十百]"
# The ordinal of a regulation's part or article, before 章/节/编/条: 第三, 第十二, 第12.
PART_ORDINAL = f"第[{CHINESE_NUMERAL_CHARS}0-9]{{1,4}}"


def chinese_to_int(s: str) -> int | None:
    """Value of a Chinese numeral up to the ten-thousands; None when `s` is not one."""
    if not s:
        return None
    if len(s) == 1 and s in CIRCLED:
        return CIRCLED[s]
    if s.isdecimal():
        return int(s)
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


KEYCAP_TEN = "\U0001F51F"    # 🔟, the keycap emoji of ten (1⃣ … 9⃣ are a digit and U+20E3)
# a keycap item number: a digit before its keycap (1⃣, 1️⃣), or 🔟
KEYCAP_1_10 = f"(?:(?<![0-9０-９.．])[1-9](?=\ufe0f?\u20e3)|{KEYCAP_TEN})"


def to_int(s: str) -> int | None:
    """Arabic (also full-width), circled or Chinese numeral, a list's letter (a → 1), or 🔟 → int."""
    s = s.strip()
    if s == KEYCAP_TEN:
        return 10
    if s and all("0" <= c <= "9" or "０" <= c <= "９" for c in s):
        return int(s.translate({0xFF10 + i: 0x30 + i for i in range(10)}))
    if len(s) == 1 and "a" <= s <= "z":
        return ord(s) - 96
    return chinese_to_int(s)


# a list's lowercase letter, as Hong Kong releases number items: (a) (b) (c)
LATIN_1_26 = "[a-z]"
_NUMBER_IN = compiled(f"{CIRCLED_1_20}|[0-9０-９]+|[{CHINESE_NUMERAL_CHARS}]+|(?<=[（(])[a-z](?=[）)])")


def marker_number(marker: str) -> int | None:
    """The number a list marker carries: （十六） → 16, 3. → 3, ② → 2, 第二条 → 2."""
    m = _NUMBER_IN.search(marker)
    return to_int(m.group()) if m else None


# A declared count: 十条, 十六条举措, 8方面22项具体措施 (the last number before 条/项 counts), 四大措施 (大
# before a noun of measures, maybe after a word saying what for: 九大纾困措施; not 四大名著), 9大项.
COUNT_PHRASE = compiled(
    f"(?<![第0-9０-９一二两三四五六七八九十百千万])(?P<n>{COUNT_NUMBER})"
    f"(?P<unit>条|项|大项|大(?=[\u4e00-\u9fff]{{0,3}}?(?:措施|举措|政策|行动|工程)))(?![线件例龙款])")


# The longest numeral COUNT_NUMBER admits (一二三四, 100): a count starts at most this far before its 条/项.
_COUNT_NUMBER_MAX = 4
# 条/项 right after a character COUNT_NUMBER admits (the look-behind follows the class, so that
# the regex engine skips to the next 条/项 at C speed)
_COUNT_UNIT = compiled(f"[条项大](?<={COUNT_NUMERAL}[条项大])")


def count_phrase_matches(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match]:
    """The matches of COUNT_PHRASE.finditer(text, lo, hi), found faster.

    COUNT_PHRASE opens with a look-behind, so the regex engine cannot skip ahead and
    tries it at every position of the text. Every count ends with a numeral and 条 or 项,
    which _COUNT_UNIT finds at C speed, and starts at most _COUNT_NUMBER_MAX characters
    before its 条/项 (its numeral holds none); the pattern is tried there alone, leftmost
    first and never inside the previous count, so the matches are finditer's.
    """
    hi = len(text) if hi is None else hi
    floor = lo          # where the previous count ended
    for unit in _COUNT_UNIT.finditer(text, lo, hi):
        at = unit.start()
        for start in range(max(floor, at - _COUNT_NUMBER_MAX), at):
            m = COUNT_PHRASE.match(text, start, hi)
            if m:
                yield m
                floor = m.end()
                break


def count_phrases(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, value) of every 十条 / 22项 / 四大措施 in text[lo:hi]; 千条线 and 一条龙 are not counts."""
    if "条" not in text and "项" not in text and "大" not in text:
        return []       # (most sentences: no count, and no scan set up to find none)
    out = []
    for m in count_phrase_matches(text, lo, hi):
        n = to_int(m.group("n"))
        if n and 1 < n < 200:
            out.append((m.start(), m.end(), n))
    return out
