"""A page talking about itself: the site, the document copy, the post, its reader, its furniture.

An article on a policy talks about the world (bodies, measures, people); the lines with which a
site talks about itself and to its reader are its chrome, whatever their wording: `本文档为【…】，
请使用软件OFFICE或WPS软件打开。`, `紧急通知：本网站将于6月3日凌晨进行系统升级`, `【导读】某网为大家
带来…`, `字级 列印 分享`, a note glued in brackets after the last sentence, `（未完，请购阅今日报纸）`.
The words are data (rules/site_talk.txt) in four classes: `self` (the page naming itself),
`reader` (the page speaking to its reader), `medium` (reading, downloading, posting, printing) and
`call` (acting on the page now: 立即, 点击).

What makes a line the page's own talk was chosen on the golden bodies of every page set (12,078
lines of article text: work pages, writer sets, samples, cwced) against the chrome lines their
must_not_contain strings mark; no article line meets any of these tests:
- the page names itself with a word of its medium, on a line of at most 80 characters
  (`下载本文档`, `本网站使用Cookie…`; `本文档` alone in a sentence, `小编整理了…`, stays);
- it speaks to its reader twice, on a line of at most 80 (`【导读】某网为大家带来…希望对考生有所帮助`), or
  once after a teaser's label (`导读:很多网友关心…，下面一起来看看。`),
  or once of its medium, on a line of at most 60 (`…请关注某网申论频道`);
- it calls to act on its medium now, on a line of at most 40 with no full stop (`请继续往下阅读...`,
  `订阅某报新闻简报，每日精选要闻直送邮箱 立即订阅`);
- two words of its medium set apart, no punctuation, on a line of at most 30 (a toolbar: `字级 列印 分享`;
  `申请方式：登录市政务服务网或下载某APP` is a line of the text), or on a button of at most 10 (`关注该公众号`);
- three words of its medium in three parts set apart, on a line of at most 40, punctuated or not (a document
  site's buttons: `VIP免费下载　需要2金币　原价4金币　加入VIP，免费下载`).
A line that talks about the site inside an article (执行情况在某栏目公开) names the world too and is longer.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..rules import compiled, longest_first, rule_table

SELF_LINE_MAX = 80
READER_LINE_MAX = 60
TOOLBAR_MAX = 30
CALL_MAX = 40
BUTTON_MAX = 10       # a button of two medium words is this short (关注该公众号); a longer line needs them set apart
NOTE_MAX = 30          # a bracketed note glued to a line's edge is this short
_PUNCT = compiled(r"[，。！？；,;!?]")
# a teaser's label: what follows it speaking to the reader is the site's own intro (导读:很多网友关心…，下面一起来看看。)
_TEASER = compiled(r"[\[【(（]?\s*(?:小编)?(?:导读|导语)\s*[\]】)）]?\s*[:：]?")
_TOOLS = compiled(r"[\s\u3000|｜【】\[\]]+")     # what sets a toolbar's words apart (a labelled line has none)
# a bracketed note at the end of a line, after its last sentence or alone: `…培训补贴。（未完，请购阅今日报纸）`
_END_NOTE = compiled(r"(?:(?<=[。！？!?”」])|^)\s*[（(【\[]([^（）()【】\[\]]{2,%d})[）)】\]]\s*$" % NOTE_MAX)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of every word, longest first, and each word's class."""
    classes = {row[1]: row[0] for row in rule_table("site_talk.txt") if len(row) >= 2}
    return compiled("|".join(re.escape(w) for w in longest_first(classes))), classes


def _counts(text: str) -> tuple[int, int, int, int]:
    """(self, reader, medium, call) words in the text."""
    rx, classes = _words()
    found = [classes[m.group(0)] for m in rx.finditer(text)]
    return found.count("self"), found.count("reader"), found.count("medium"), found.count("call")


def is_site_talk(line: str) -> bool:
    """The line talks about the page and its reader, and of nothing else (see the module's tests)."""
    n = len(line)
    if n > SELF_LINE_MAX:
        return False
    own, reader, medium, call = _counts(line)
    if reader >= 2 or reader and _TEASER.match(line):
        return True
    if not medium:
        return False
    parts = len(_TOOLS.split(line.strip()))
    return bool(own or reader and n <= READER_LINE_MAX
                or call and n <= CALL_MAX and "。" not in line
                or medium >= 2 and n <= TOOLBAR_MAX and not _PUNCT.search(line) and (n <= BUTTON_MAX or parts >= 2)
                or medium >= 3 and n <= CALL_MAX and parts >= 3)


def cut_site_note(line: str) -> str:
    """The line without a bracketed note of the page's own glued after its last sentence
    (`…补贴。（未完，请购阅今日报纸）` → `…补贴。`); a bracket of the text's own (（详见附件）) has no page's word."""
    m = _END_NOTE.search(line) if line.endswith((")", "）", "】", "]")) else None
    if m is None:
        return line
    own, reader, medium, _ = _counts(m.group(1))
    return line[:m.start()].rstrip() if medium and (own or reader) else line
