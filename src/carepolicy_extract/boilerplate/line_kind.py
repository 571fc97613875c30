"""What one line is on its own: `junk`, `body` or `short`, and how much it weighs towards the article.

A line is judged by its rule (line_rules) or by its shape: a run of short tokens, bracketed
buttons, an SEO keyword list, a title bar, a row of headlines or a widget in kana or hangul is
junk; a long, Han-dense, punctuated line is running text; anything else is short. The verdict
depends on the line alone, so it is cached. The small shape tests that the page-level modules
share (how a text ends, a bullet, a label, a file number, Han character pairs) live here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..charclass import ALNUM_RUN, HAN_RUN, SPACE_RUN
from ..memo import short_text_cache
from ..page_header import ADOPTION_LINE, DATE
from ..rules import compiled
from .line_rules import CACHED_LINE_MAX, META_MAX_LEN, rule_action
from .site_talk import is_site_talk
from .spam import is_spam_line
from .parts import is_field_row

JUNK, BODY, SHORT = "junk", "body", "short"

# (a comma between digits groups thousands, 浏览 3,482 次: no clause ends there; the mark is read first
# and the digits around a comma after it, so the engine scans for the marks at C speed)
_SENTENCE_PUNCT = compiled(r"[，。！？；、;!?,](?<!\d,(?=\d))")
_BAR_SPLIT = compiled(r"\s*[|｜]\s*")
_CRUMB_SPLIT = compiled(r"\s*[>»›＞]\s*")
_CRUMB_STEP = compiled(r"\S\s+[>»›＞]\s+\S|[>»›＞]{2}")
# a run of white space: what splits a row of menu words, and what a squeezed line leaves out
_SPACES = SPACE_RUN
# a bracketed button (【打印】, [ 告诉好友 ]) or a bracketed field with its label (【访问量：3562】, 【最后更新：2022-06-09】)
_BRACKETED = compiled(r"\[[^\[\]]{0,12}\]|【[^【】]{0,12}】|[\[【][^\[\]【】:：。，]{1,8}[:：][^\[\]【】。，]{1,20}[\]】]")
_LATIN_WORDS = compiled(r"[A-Za-z]{2,}")

BODY_MIN_CHARS = 12        # a punctuated line this long reads as running text
BODY_MIN_UNPUNCTUATED = 50  # … or this long without punctuation (e.g. a dump with it stripped)
SHORT_WEIGHT = -2.0        # a short line costs the run a little: headings inside are fine, chrome at edges is not
JUNK_WEIGHT = -10.0        # junk costs at least this much, more when it is long


@dataclass(frozen=True)
class LineFacts:
    """What one line looks like, as numbers."""

    words: int      # Han characters, Latin letters and digits
    han: int
    punct: int      # sentence punctuation
    latin_words: int


def run_length(rx: re.Pattern, s: str) -> int:
    """How many characters of s the runs matched by rx cover."""
    return sum(map(len, rx.findall(s)))


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # asked several times per line (kind, weight, listed headline)
def facts(line: str) -> LineFacts:
    han = run_length(HAN_RUN, line)
    return LineFacts(words=han + run_length(ALNUM_RUN, line), han=han, punct=len(_SENTENCE_PUNCT.findall(line)),
                     latin_words=len(_LATIN_WORDS.findall(line)) if han < len(line) // 2 else 0)


def is_token_list(line: str, f: LineFacts) -> bool:
    """A run of short tokens: a menu, a tag cloud or an SEO list of place names.

    `昭觉县| 洞头县| 沽源县| …` or `网站首页 | 关于我们 | 隐私政策`; a sentence is never cut
    this finely.
    """
    if line.count("|") + line.count("｜") >= 2:   # counting is cheaper than splitting every line
        parts = [p for p in _BAR_SPLIT.split(line) if p]
        # (a date and time is one short part: `政策通小林 | 教育政策领域创作者 | 2022-05-10 15:33`)
        short = sum(len(p) <= 12 or DATE.match(p) is not None and len(p) <= 20 for p in parts)
        if len(parts) >= 3 and short >= 0.7 * len(parts) and f.punct <= len(parts) // 3:
            return True
    # a breadcrumb without a label (`百度知道 > 生活 > 政策`, `某某论坛 » 社会民生 » 查看内容`): short parts
    # between arrows, no punctuation; a path of two steps sets its arrow off by spaces or doubles it
    # (`某政务服务 > 政策解读`, `通知公告>>正文`), as a sentence comparing two things does not
    if f.punct == 0 and any(a in line for a in ">»›＞"):
        parts = [p for p in _CRUMB_SPLIT.split(line) if p]
        if all(len(p) <= 12 for p in parts) and (
                len(parts) >= 3 or len(parts) == 2 and _CRUMB_STEP.search(line) is not None):
            return True
    if f.punct == 0 and f.latin_words < 3:
        tokens = [t for t in _SPACES.split(line) if t]
        if len(tokens) >= 6 and sum(len(t) for t in tokens) / len(tokens) <= 5:
            return True
        # a menu of five channel names (网站首页 新闻中心 政务公开 办事服务 互动交流); a row of
        # personal names (史自强 杨文明 李茂颖 方 敏) is shorter per token and stays
        if len(tokens) == 5 and all(2 <= len(t) <= 6 for t in tokens) and sum(map(len, tokens)) >= 18:
            return True
    return False


# where a page's <title> joins its headline to channel and site names: `_`, a bar, or a lone dash
# (not the `——` of a subtitle, nor one between digits as in a date)
_TITLE_PARTS = compiled(r"\s*(?:[_|｜]|(?<![—\d])[-–—](?![—\d]))\s*")
_TITLE_BAR_HINT = compiled(r"[_|｜\-–—]")
TITLE_SITE_MAX = 12       # a channel's or site's name in a title bar is this short
HEADLINE_ROW_MIN = 4      # a row of other articles' headlines strings this many at least …
HEADLINE_ROW_PART_MAX = 32   # … each a headline's length
_CLAUSE_BREAK = compiled(r"[，。；,;]")
_BRACKET = compiled(r"[()（）《》“”\[\]【】]")   # a site's name has none: `好莱坞（图片-新闻-网页）巨星` is a sentence's


def is_title_bar(line: str) -> bool:
    """The page's <title> as a dump sets it atop the text: the headline, then two or more short
    names of the channel and the site after `_` `|` or a lone dash, none of them a clause
    (`好消息！某市提高补贴标准_某某在线_本地新闻_某某招聘`, `某市调整补贴标准 - 某某新闻网 - 民生频道`).
    A sentence with a dash or bars in it has a clause after them. (The caller has checked that
    the line is no longer than a header line, has a headline's Han and no full stop.)"""
    parts = _TITLE_PARTS.split(line)
    if len(parts) < 3 or facts(parts[0]).han < HEADLINE_MIN_HAN:
        return False
    return all(0 < len(p) <= TITLE_SITE_MAX and not _CLAUSE_BREAK.search(p) and not _BRACKET.search(p) for p in parts[1:])


def is_headline_row(line: str) -> bool:
    """Other articles' headlines strung on one line between bars, maybe after a label
    (`推荐阅读：某省出台意见… | 某市地铁4号线试运行 | …`): four parts or more, each a headline's
    length, and not one clause break on the whole line (a sentence that lists with bars goes on
    with commas)."""
    if ("|" not in line and "｜" not in line) or line.count("|") + line.count("｜") < HEADLINE_ROW_MIN - 1 \
            or _CLAUSE_BREAK.search(line):
        return False
    parts = [p for p in _BAR_SPLIT.split(line) if p]
    return len(parts) >= HEADLINE_ROW_MIN and all(len(p) <= HEADLINE_ROW_PART_MAX for p in parts)


_KEYWORD_SEP = compiled(r"\s*[,，|｜_]\s*")
_KEYWORD_STOP = compiled(r"[。！？!?；;：:.、]")
_LATIN_OR_DIGIT = compiled(r"[A-Za-z0-9]")
KEYWORD_MIN_PARTS = 6      # an SEO keyword list strings this many phrases at least …
KEYWORD_MIN_SPACED = 5     # … or this many with spaces between
KEYWORD_MAX_MEAN = 16      # … of this mean length at most
KEYWORD_SHARED_SHARE = 0.6  # … and Latin letters or digits in two, or a word shared by this share of them


def is_keyword_list(line: str, f: LineFacts) -> bool:
    """A list of search keywords (the spam of content farms, in headers, sidebars and footers):
    short phrases strung by `,` `|` `_` (or by spaces, see below) with no sentence stop, no enumeration
    comma (、), half-width separators and Latin letters or digits mixed into several phrases
    (`99国产精品免费视频观看8,亚洲高清中文字幕,91在线视频,…`). A sentence, even one cut off
    at the page's end, has a stop or an enumeration comma, fewer or longer clauses. Separators
    are counted in both widths: the repair stage may have made `,` full-width already."""
    if len(line) < 20 or f.han < 0.5 * f.words or _KEYWORD_STOP.search(line):
        return False
    if sum(map(line.count, ",，|｜_")) < KEYWORD_MIN_PARTS - 1:
        # strung by spaces only (`养老金上调 养老金上调2022 养老金上调最新消息 …`, a tag line): variants
        # of one phrase alone tell it from a row of menu words or a headline's two halves
        # (one fewer when the word recurs in every one of them: `临时救助条件 临时救助标准 临时救助怎么申请 …`)
        parts = line.split()
        return len(parts) >= KEYWORD_MIN_SPACED - 1 and sum(map(len, parts)) <= KEYWORD_MAX_MEAN * len(parts) \
            and _shared_word(parts, 1.0 if len(parts) < KEYWORD_MIN_SPACED else KEYWORD_SHARED_SHARE)
    parts = [p for p in _KEYWORD_SEP.split(line) if p]
    if len(parts) < KEYWORD_MIN_PARTS or sum(map(len, parts)) > KEYWORD_MAX_MEAN * len(parts):
        return False
    if sum(1 for p in parts if _LATIN_OR_DIGIT.search(p)) >= 2:
        return True
    return _shared_word(parts)


def _shared_word(parts: list[str], share: float = KEYWORD_SHARED_SHARE) -> bool:
    """Variants of one search phrase: a word recurs in most of them (`一线医务人员补助标准,
    医务人员临时性工作补助,医护人员关爱措施,…`), in `share` of them; a sentence's clauses say different things."""
    counts: dict[str, int] = {}
    for p in parts:
        for pair in _han_pairs(p):
            counts[pair] = counts.get(pair, 0) + 1
    return max(counts.values(), default=0) >= share * len(parts)


# what a dateline says around its date (page_header.DATE): the day's 日, the time, the weekday
_DATELINE_NOISE = compiled(DATE.pattern + r"\s*日?|\d{1,2}:\d{2}(?::\d{2})?|星期.|周[一二三四五六日天]")
_DATELINE_STOP = compiled(r"[，。；！？,;!?]")
DATELINE_MAX_LEN = 80
DATELINE_MAX_HAN = 12     # what a dateline says beside its date: an outlet, a label, a counter (北京娱乐信报, 阅读次)


def is_dateline(line: str) -> bool:
    """A line that gives a date and little else: when the page or its source ran the article, and
    maybe an outlet, a label or a counter with it, but no sentence (`2005年03月31日03:18 某某晚报`,
    `2004-12-10 阅读10544次`, `|发布: 2021-1-29 13:18|点击: 313|来自: 互联网`). Above the article such
    a line is the page's header whatever its labels (a notice's signature date sits below it)."""
    if len(line) > DATELINE_MAX_LEN or not DATE.search(line) or _DATELINE_STOP.search(line):
        return False
    if ADOPTION_LINE.match(line.strip()):
        return False    # (2022年4月28日某府办〔2022〕9号印发): the document's own line, under its name
    return run_length(HAN_RUN, _DATELINE_NOISE.sub("", line)) <= DATELINE_MAX_HAN


def is_button_row(line: str) -> bool:
    """Bracketed buttons or labelled fields with nothing else: `[ 资讯搜索 ]  [ ]  [ 告诉好友 ]`,
    `【访问量：3562】【最后更新：2022-06-09】`."""
    found = _BRACKETED.findall(line)
    return len(found) >= 2 and facts(_BRACKETED.sub("", line)).words <= 2


# an English gloss right after a Chinese word, before a colon, a separator or the next Chinese word:
# ` Release Date`, ` Font Size`, ` Large`
_CAPITAL = compiled("[A-Z]")     # (a cheap test first: most lines hold no Latin capital)
_ENGLISH_GLOSS = compiled(r"(?<=[\u4e00-\u9fff])[ \u3000]+[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}"
                            r"(?=[ \u3000]*(?:[:：|｜>]|[\u4e00-\u9fff]|$))")


# a site's chrome (menus, footers, share bars) repeats on every page of it, so most lines of a
# corpus have been judged before; a verdict depends on the line alone
@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)
def judge_line(line: str) -> tuple[str, str | None]:
    """(junk | body | short, the rule action if a rule named the line) for one line alone."""
    action = rule_action(line)
    if action is None and _CAPITAL.search(line) and _ENGLISH_GLOSS.search(line):
        # a bilingual site's labels and menus, each Chinese word with its English after it (发布时间 Release
        # Date：…　来源 Source：…): the rules read the Chinese words alone
        action = rule_action(_ENGLISH_GLOSS.sub("", line))
    if action in ("byline", "page"):
        # a byline is kept when it sits against the article, like any short line; page furniture is
        # dropped at the end, but the article goes on across it (a page break inside a document copy)
        return SHORT, action
    if action is not None and action != "teaser":
        return JUNK, action
    kind = _kind_by_shape(line)
    # (shape first: it passes menus cheaply)
    if kind != JUNK and (is_spam_line(line) or is_field_row(line) or is_site_talk(line)):
        return JUNK, None
    return kind, action if kind != JUNK else None


_KANA_HANGUL = compiled(r"[\u3040-\u30ff\uac00-\ud7af]")
FOREIGN_SCRIPT_MIN = 5   # kana or hangul letters on a line of a Chinese page, this many and more than its Han:


                         # a widget in another language (コメントを残す, 댓글을 남겨주세요); a name in the text
                         # (原文名 김종국) is shorter


def _kind_by_shape(line: str) -> str:
    f = facts(line)
    if is_token_list(line, f) or is_button_row(line) or is_keyword_list(line, f) or is_headline_row(line) \
            or f.han >= HEADLINE_MIN_HAN and len(line) <= META_MAX_LEN and "。" not in line \
            and _TITLE_BAR_HINT.search(line) is not None and is_title_bar(line):
        return JUNK
    # kana and hangul are neither words nor punctuation here: only a line with more of such than Han is tried
    if len(line) - f.words - f.punct > max(f.han, FOREIGN_SCRIPT_MIN - 1) \
            and len(foreign := _KANA_HANGUL.findall(line)) >= FOREIGN_SCRIPT_MIN and len(foreign) > f.han:
        return JUNK     # a Japanese or Korean theme's comment box or menu on a mirrored Chinese page
    if f.han >= 0.4 * f.words and (f.words >= BODY_MIN_CHARS and f.punct >= 1 or f.words >= BODY_MIN_UNPUNCTUATED):
        return BODY
    if f.han == 0 and f.words >= 40 and f.punct >= 2:
        return BODY  # a Latin sentence: the abstract of a paper, a quote
    return SHORT


def line_weight(kind: str, line: str) -> float:
    """How much a line counts towards the densest run of body text."""
    if kind == BODY:
        if len(line) > CACHED_LINE_MAX:     # a paragraph `facts` does not keep: its words alone
            return float(run_length(HAN_RUN, line) + run_length(ALNUM_RUN, line))
        return float(facts(line).words)
    if kind == SHORT:
        return SHORT_WEIGHT
    return min(JUNK_WEIGHT, -float(len(line)))


# ---------------------------------------------------------------- shapes the page-level modules ask about too

_LABELLED = compiled(r"^[^:：]{1,8}[:：]")   # a field's label: `地 点：`, `主 持：`


def _squeeze(s: str) -> str:
    return _SPACES.sub("", s)


HEADLINE_MIN_HAN = 8
HEADLINE_MAX_LEN = 60


def _han_pairs(text: str) -> set[str]:
    return {run[k:k + 2] for run in HAN_RUN.findall(text) for k in range(len(run) - 1)}


# how an article's last line ends: a full stop, maybe inside quotes or brackets (`…暖心。”`)
_ENDS_A_TEXT = compiled(r"[。！？!?…][”’」』)）\]】]*$")
# an item of a bulleted list, or of one numbered with keycap digits (`◆25亿元︰…`, `• 保户：…`, `4⃣纾困加码`)
_BULLETED = compiled(r"^([◆◇■□●○•·▪▶►★☆※→]|\d\ufe0f?\u20e3)")
