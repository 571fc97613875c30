"""What a page's header lines say about the article: headline, date, outlet.

Pure functions over single lines, shared by the HTML reader (html_blocks) and the
line classifier (boilerplate).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .charclass import HAN
from .rules import rule_lines

_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})(?!\d)")
# outlet label, then the name up to white space or the next label
_OUTLET = re.compile(r"(?:来源|来自|出处|稿源)\s*[:：]\s*([^\s|｜,，;；:：()（）\[\]【】]{2,30})")
# the next label glued to the name; 发布 alone is no label, since many outlets are named so (上海发布)
_NEXT_LABEL = re.compile(r"(作者|编辑|责编|记者|发布(?:时间|日期|于|者|人)|发布\s*[:：]|时间|日期|浏览|点击|阅读|字号).*$")
_DATE_LABEL = re.compile(r"发布|日期|时间|发表|更新")
_SENTENCE_END = re.compile(r"[。！？!?；;]\s*$")


def iso_date(text: str) -> str | None:
    """The first plausible calendar date in text, as YYYY-MM-DD."""
    for m in _DATE.finditer(text):
        try:
            return date(*(int(x) for x in m.groups())).isoformat()
        except ValueError:  # 2020-02-31, month 13: not a date, maybe a phone number
            continue
    return None


def outlet_of(text: str) -> str | None:
    """The name after a 来源 label: `来源:人民网` → 人民网."""
    m = _OUTLET.search(text)
    if not m:
        return None
    name = _NEXT_LABEL.sub("", m.group(1)).strip("-—_·")
    return name if len(name) >= 2 and HAN.search(name) or re.fullmatch(r"[A-Za-z][\w.-]{2,}", name or "") else None


def has_date_label(text: str) -> bool:
    return bool(_DATE_LABEL.search(text))


@lru_cache(maxsize=1)
def _title_rules() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line.split("\t")[0]) for line in rule_lines("boilerplate_title.txt"))


def clean_title(line: str) -> str:
    """A headline line without channel prefixes and site suffixes."""
    title = line.strip()
    for rx in _title_rules():
        stripped = rx.sub("", title).strip()
        if len(stripped) >= 4:
            title = stripped
    return title


def looks_like_headline(line: str) -> bool:
    """Short, mostly Han, and not a sentence: what a headline line looks like."""
    n = len(line)
    if not 5 <= n <= 80:
        return False
    han = len(HAN.findall(line))
    return han >= 4 and han >= 0.5 * len(line.replace(" ", "")) and not _SENTENCE_END.search(line) \
        and iso_date(line) is None
