"""A line judged by its parts: chrome glued after an article's last sentence (`…倾斜。 阅读(356) 评论(0)`,
`…倾斜。【编辑：郑一】`), and a short row of fields set apart by wide spaces or bars of which some are
chrome by the line rules and the rest are short names or dates (`社区小编  3.5w人已阅  👁 2.1k`,
`文档贡献者  下载券 0  VIP专享文档`). Both reuse the line rules on the parts, so every wording the rules
know as a line of its own is known glued too; no wording is named here.
"""
from __future__ import annotations

import re

from .line_rules import CACHED_LINE_MAX, FOOTER_ACTIONS, rule_action
from .spam import is_spam_line
from ..memo import short_text_cache
from ..rules import compiled

TAIL_MAX = 40          # characters after a line's last sentence end that may be a glued tail
ARTICLE_MIN = 8        # characters of article that must stand before it
ROW_MAX = 60           # a row of fields is at most this long …
FIELD_MAX = 8          # … and its fields that are no chrome are this short (a name, a date, a label)
FIELDS_MAX = 6         # … and it has this many fields at most (more is a menu, which other rules judge)
_STOPS = "。！？!?"      # a sentence's end (a line ending so has no glued tail)
_CLOSERS = "”’」』）)"
_TO_LAST_STOP = compiled(f".*[{_STOPS}]", re.S)   # (one C scan back from the end, not one rfind a stop)
_CLAUSE = compiled(r"[，,；;]")
_SHAPE = compiled(r"[\dA-Za-z\s:：()（）【】\[\]|｜/@#]")
_FIELD_SPLIT = compiled(r"\s{2,}|\u3000+|\s*[|｜]\s*")
_LABELLED = compiled(r"[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S")     # a field with its label: 大小：28.5 KB
LABELLED_MIN = 4        # labelled fields that make a longer row one of fields
JUNK_ACTIONS = ("drop", "meta")
HEAD_ACTIONS = ("drop", "meta", "byline")   # what a part glued before the lead may be
HEAD_MAX = 60          # characters before the lead that may be a glued head
LEAD_MIN = 12          # characters of the lead after it
_WIDE_GAP = compiled(r"\s{2,}|\u3000+")
_CLAUSE_PUNCT = compiled(r"[，。！？；]")
_BARE_DATE = compiled(r"^\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?$")


def _chrome(part: str) -> bool:
    return rule_action(part) in JUNK_ACTIONS or is_spam_line(part)


def _after_last_sentence(line: str) -> int | None:
    """Where the words after a line's last sentence start, when the sentence ends in the line's last
    TAIL_MAX characters with some article before it (closing quotes and brackets stay with it), else None."""
    n = len(line)
    if n < ARTICLE_MIN + 2 or line[-1] in _STOPS:
        return None
    m = _TO_LAST_STOP.match(line, max(0, n - TAIL_MAX - 4))
    k = m.end() - 1 if m else -1
    if k < ARTICLE_MIN:
        return None
    j = k + 1
    while j < n and line[j] in _CLOSERS:
        j += 1
    return j


def cut_glued_tail(line: str) -> str:
    """The line without chrome glued after its last sentence: the tail, or each of its space-separated
    parts, is a line the rules drop (a counter, an editor's tag, a share bar)."""
    j = _after_last_sentence(line)
    if j is None:
        return line
    tail = line[j:].strip()
    # cheap tests first: chrome is short, no clause of a sentence, and carries a mark of its shape
    # (a digit, a Latin letter, a space, a bracket, a colon, a bar or slash); a wrapped sentence's next words have none
    if not tail or len(tail) > TAIL_MAX or _CLAUSE.search(tail) or not _SHAPE.search(tail) \
            or tail[-1] in "：:" or tail[0] in "<>/" or tail.isdigit():     # (a tag's remains, a page number)
        return line
    if not (_chrome(tail) or all(_chrome(p) for p in tail.split())):
        return line
    from .line_kind import JUNK, judge_line     # (line_kind reads this module's rows)
    if judge_line(line)[0] == JUNK:
        return line     # chrome as a whole already (a caption by its photo credit): left whole, so it goes whole
    return line[:j]


_DECOR = "▼▲►▶◆■●★☆↓⬇👇 \u3000"


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # (asked of every line; a site's lines recur)
def glued_footer(line: str) -> int | None:
    """Where a footer's first line glued after the article's last sentence starts (`…便民热线咨询。
    ▼ 往期推荐 ▼`, a copy that lost the break before the related list): its words, their arrows
    aside, are a line a `tail` or `legal` rule names. None when nothing is glued so. The caller
    splits the line there, so the footer starts where it would have."""
    j = _after_last_sentence(line)
    if j is None:
        return None
    tail = line[j:].strip(_DECOR)
    if not tail or len(tail) > TAIL_MAX or _CLAUSE.search(tail):
        return None
    return j if rule_action(tail) in FOOTER_ACTIONS else None


def is_field_row(line: str) -> bool:
    """A short row of fields apart by wide spaces or bars, some chrome by the rules, the others short;
    or a longer one most of whose fields are labelled (a file card's or a page's meta fields flattened into
    one row: 5页  内容提供方：某某  大小：28.5 KB  字数：约4.1千字  浏览人气：63  收藏次数：0)."""
    if not ("  " in line or "\u3000" in line or "|" in line or "｜" in line) or _CLAUSE_PUNCT.search(line):
        return False
    fields = [f for f in _FIELD_SPLIT.split(line) if f]
    if len(line) > ROW_MAX:
        labelled = sum(_LABELLED.match(f) is not None for f in fields)
        return labelled >= LABELLED_MIN and 2 * labelled > len(fields)
    if not 2 <= len(fields) <= FIELDS_MAX:
        return False
    long = [f for f in fields if len(f) > FIELD_MAX]     # these must be chrome: tried first, as they fail fastest
    if not all(_chrome(f) for f in long):
        return False
    return bool(long) or any(_chrome(f) for f in fields)


def cut_glued_head(line: str) -> str:
    """The line without chrome glued before its first sentence and set off from it by a wide space
    (`2020-03-05 10:12  来源：某某  为关心…`, `首页 > 新闻 > 正文  为关心…`, `阅读 1.2万  为关心…`): the part
    before the last wide space ahead of the first clause is a line the rules drop or read as a header
    line, or each of its wide-spaced fields is. A heading glued so (`资金来源  所需资金由…`) is no chrome
    and stays."""
    head_end = line.find("  ", 0, HEAD_MAX)
    if head_end < 0:
        head_end = line.find("\u3000", 0, HEAD_MAX)
        if head_end < 0:
            return line
    p = _CLAUSE_PUNCT.search(line, head_end)
    if p is None:
        return line
    gaps = [g for g in _WIDE_GAP.finditer(line, 0, min(p.start(), HEAD_MAX + 4))]
    if not gaps:
        return line
    gap = gaps[-1]
    head, rest = line[:gap.start()].strip(), line[gap.end():]
    if not head or len(rest) < LEAD_MIN or _CLAUSE_PUNCT.search(head) or _BARE_DATE.match(head):
        return line     # (a date alone before a sentence is a chronicle's entry: the text's)
    fields = [f for f in _WIDE_GAP.split(head) if f]
    if rule_action(head) in HEAD_ACTIONS or all(rule_action(f) in HEAD_ACTIONS or is_spam_line(f) for f in fields):
        return rest
    return line
