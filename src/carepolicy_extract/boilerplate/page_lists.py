"""Which runs of lines are the page's own lists and tables rather than the article: related or
hot headline lists, listings whose entries end in a date or counter, key-value disclosure tables
above the text, lone ▲ captions and Latin alt-text phrases. Each is known by its shape and place
in the page, not by a single line, so it reads the lines' kinds and marks the run junk.
"""
from __future__ import annotations

import re

from ..charclass import DIGIT, HAN
from ..markers import leading_marker
from ..memo import short_text_cache
from ..disclosure import table_labels
from ..rules import compiled
from .line_rules import CACHED_LINE_MAX, UNANCHORED_MAX_LEN
from .line_kind import (
    _BAR_SPLIT, BODY, BODY_MIN_CHARS, HEADLINE_MAX_LEN, HEADLINE_MIN_HAN, JUNK, SHORT, _LATIN_WORDS, _SENTENCE_PUNCT,
    facts,
)

# a key-value row of a table: a short label (2-6 Han, maybe spaced out), a colon, a short value
# with no sentence in it (`公开形式：主动公开`, `有 效 性：有效`, `发文字号：某政办发〔2020〕8号`)
_KEY_VALUE = compiled(r"^(?:[\u4e00-\u9fff][\s\u3000]*){2,6}[:：]\s*[^。！？；;!?]{1,40}$")
KEY_VALUE_RUN = 3     # rows in a row above the text: a table (one or two are a salutation or a note)


def _drop_key_value_tables(lines: list[str], kinds: list[str], first_body: int) -> None:
    """A run of key-value rows above the article's first sentence is a table of the page's:
    a government portal's information-disclosure table (索引号 / 发布机构 / 成文日期 / 组配分类 /
    文号, whatever its labels), a document site's file card. Below the first sentence such rows
    are the article's own (补助标准：每人每天300元) and stay. A row the judge took for a sentence (a long
    value: 标　　题：某某关于…的通知) is still one of the table's when its key is a table's label."""
    judged_first = first_body
    while first_body + 1 < len(lines) and _disclosure_row(lines[first_body]):
        first_body += 1
    run: list[int] = []
    for i in range(first_body + 1):
        if i < first_body and lines[i] and (_KEY_VALUE.match(lines[i]) or i >= judged_first):
            run.append(i)
        elif i == first_body or lines[i]:
            if len(run) >= KEY_VALUE_RUN:
                for k in run:
                    kinds[k] = JUNK
            run = []


def _disclosure_row(line: str) -> bool:
    """A key-value row whose key is a label of a disclosure table (rules/disclosure.txt: 标　　题, 成文日期),
    not a field of the article's own (补助标准：…); its value may be a document's long name."""
    m = _LABELLED_ROW.match(line)
    return m is not None and "".join(m.group(1).split()) in table_labels()


# a label (its characters maybe spaced: 名  称) and a value without a sentence's stop
_LABELLED_ROW = compiled(r"^((?:[\u4e00-\u9fff][\s\u3000]*){2,6})[:：]\s*[^。！？；;!?]{1,160}$")


TABLE_MIN_COLUMNS = 3      # cells of a table row flattened with bars (项目 | 标准 | 对象), at least
TABLE_BODY_REACH = 2       # lines from the table's edges to the article's running text


def _keep_flattened_tables(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]]) -> None:
    """A table of the article that a dump flattened into rows of cells between bars (`旧车类型 | 补贴标准 |
    条件` / `铅酸蓄电池的旧车 | 新车补贴500元 | 购买新国标车`): two rows or more with as many cells each,
    numbers in most of them, and running text right above and below, are the article's, though each row
    alone is shaped like a menu. A menu has no figures and no paragraph on both sides."""
    n = len(lines)
    i = 0
    while i < n:
        cells = _cells(lines[i]) if kinds[i] == JUNK and judged[i][1] is None else 0
        if cells < TABLE_MIN_COLUMNS:
            i += 1
            continue
        j = i
        while j + 1 < n and kinds[j + 1] == JUNK and judged[j + 1][1] is None and _cells(lines[j + 1]) == cells:
            j += 1
        rows = range(i, j + 1)
        above = any(kinds[k] == BODY for k in range(max(0, i - TABLE_BODY_REACH), i))
        below = any(kinds[k] == BODY for k in range(j + 1, min(n, j + 1 + TABLE_BODY_REACH)))
        if j > i and above and below and 2 * sum(bool(DIGIT.search(lines[k])) for k in rows) >= len(rows):
            for k in rows:
                kinds[k] = SHORT
        i = j + 1


def _cells(line: str) -> int:
    """How many cells a row set off by bars holds (0 for a line without two bars)."""
    if line.count("|") + line.count("｜") < TABLE_MIN_COLUMNS - 1:
        return 0
    return len([c for c in _BAR_SPLIT.split(line.strip()) if c])


LATIN_PHRASE_MIN_WORDS = 3   # Latin words on a line without Han: a phrase, not a code or a unit (N95, COVID-19)
LATIN_PHRASE_MIN_CHARS = 8   # … so a line this long at least (`top of page`)
# … or one or two lower-case-led words alone on a line (`Advertisement`, `Related Posts`): a widget's label;
# an acronym or a code (WHO, N95, COVID-19) is no such word, nor a heading with its colon (`Abstract:`)
_LATIN_LABEL = compiled(r"^[A-Z]?[a-z]{3,}(?: [A-Za-z][a-z]{2,})?$")
_LATIN_STOP = compiled(r"[.!?。！？]['\"”’)）]*$")
_NUMBERED_LATIN = compiled(r"^(?:\d|(?:Figure|Fig\.?|Table|Chart|Appendix)\s*\d)", re.I)   # 9.2 …, Figure 1. …


def _drop_latin_phrases(lines: list[str], kinds: list[str]) -> None:
    """On a page whose article is Chinese, a short line of Latin words without Han and without a
    sentence's end is the page's: an image's alt text (`Doctors in protective suits at a hospital
    ward`), a site builder's marker (`top of page`), a widget's label. A cell of a table (`N95`,
    `PCR`) has fewer words, an English sentence quoted in the text ends with its stop, and a
    numbered line (an entry of a contents list, `9.2 Running Man Bros Concert`, a paper's
    `Figure 1. C2C industry chain structure`) is the text's."""
    found = [i for i, line in enumerate(lines)
             if kinds[i] == SHORT and LATIN_PHRASE_MIN_CHARS <= len(line) <= UNANCHORED_MAX_LEN and not HAN.search(line)
             and (len(_LATIN_WORDS.findall(line)) >= LATIN_PHRASE_MIN_WORDS or _LATIN_LABEL.match(line))
             and not _LATIN_STOP.search(line)
             and not _NUMBERED_LATIN.match(line) and leading_marker(line) is None]
    if found and sum(facts(line).han for line, k in zip(lines, kinds) if k == BODY) >= 2 * BODY_MIN_CHARS:
        for i in found:
            kinds[i] = JUNK


CAPTION_MARKS = "▲△"    # a triangle pointing up at the picture above opens its caption …
CAPTION_MAX_LEN = 80


def _drop_lone_captions(lines: list[str], kinds: list[str]) -> None:
    """… when the line is alone so marked (`▲医护人员在隔离病区查房。`); lines so marked in a row
    are a list's items (`▲对不裁员的企业，返还…` / `▲对吸纳…`) and stay."""
    marked = [i for i, line in enumerate(lines) if line and line[0] in CAPTION_MARKS and len(line) <= CAPTION_MAX_LEN]
    if not marked:
        return
    at = set(marked)
    filled = [i for i, line in enumerate(lines) if line]
    pos = {i: k for k, i in enumerate(filled)}
    for i in marked:
        k = pos[i]
        if not (k > 0 and filled[k - 1] in at or k + 1 < len(filled) and filled[k + 1] in at):
            kinds[i] = JUNK


CARD_LINE_MAX = 40      # a card's slogan between dropped lines is this short, holds no sentence's punctuation …
_PHRASE_GAP = compiled(r"\S[ \u3000]+\S")          # … and sets its phrases apart by spaces


def _drop_card_slogans(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], first_body: int) -> None:
    """A short line below the article's first paragraph between two lines the rules drop, its phrases set
    apart by spaces and no sentence in it, is the card around it (an ad's slogan between its label and
    its button: 广告 / 某某清洗上门 30分钟到达 全城服务 / 查看详情); an article's heading between chrome has
    no spaces inside. (Above the article such a line may be the headline between a menu and a byline.)"""
    filled = [i for i, line in enumerate(lines) if line and i >= first_body]
    for a, i, b in zip(filled, filled[1:], filled[2:]):
        line = lines[i]
        if kinds[i] != BODY and judged[a][1] == "drop" and judged[b][1] == "drop" and len(line) <= CARD_LINE_MAX \
                and _PHRASE_GAP.search(line) and not _SENTENCE_PUNCT.search(line):
            kinds[i] = JUNK


# a photo's credit alone on its line (新华社记者 杨文斌 摄, 通讯员 李明 摄), and the caption a news agency
# sets right above it: what the picture shows, opening with its day or 图为 (4月8日，在某乡镇卫生院，…为村民
# 测量血压。)
_PHOTO_CREDIT = compiled(r"^(?=.{0,30}$)[\u4e00-\u9fff]{0,10}(?:记者|通讯员|摄影|特约摄影)?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄$")
_CAPTION_OPENING = compiled(r"^(?:图为|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[，,])")


def _drop_credited_captions(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]]) -> None:
    """A photo's caption right above its credit line, between paragraphs: the line a news agency writes
    under the picture, its day first or 图为 (`4月8日，在某乡镇卫生院，…为村民测量血压。` over `新华社记者
    某某 摄`), is no part of the article however much it reads as a sentence. Both are the page's
    furniture inside the article, dropped at the end: the article goes on across them (a short paragraph
    after a picture is the article's still)."""
    for i, line in enumerate(lines):
        if not line.endswith("摄") or not _PHOTO_CREDIT.match(line):
            continue
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        if j >= 0 and len(lines[j]) <= CAPTION_MAX_LEN and _CAPTION_OPENING.match(lines[j]):
            for k in (j, i):
                kinds[k], judged[k] = SHORT, (SHORT, "page")


# a headline as a related or hot list shows it: punctuated like a sentence but never ended like
# one (`宁波出台十条措施支持中小企业渡过难关，减免房租、延期缴税`)
_SENTENCE_STOP = compiled(r"。|[；;：:，,]\s*$")
_BRACKETS = compiled(r"[()（）《》“”]")
LIST_HEADING_MAX_LEN = 10     # a list heading: 相关稿件, 24小时热点, 作者最新文章, 喜欢此内容的人还喜欢


_SENTENCE_END = compiled("[。；;！!？?]")
# the label of a list of other articles (热点新闻, 排行榜, 推荐阅读, 相关文章, 24小时热文)
_LIST_LABEL = compiled(r"^.{0,6}(?:热点|热门|热文|排行|推荐|相关|精彩|精选|猜你|往期|最新|阅读|点击)")


@short_text_cache(maxsize=16384, max_chars=HEADLINE_MAX_LEN)   # (asked of every line; a site's lists recur)
def _listed_headline_shape(line: str) -> bool:
    """A line shaped like a listed headline: short, Han, some punctuation but no sentence's end."""
    if len(line) > HEADLINE_MAX_LEN:     # the cheap test first: most lines fail it
        return False
    f = facts(line)
    return f.han >= HEADLINE_MIN_HAN and f.punct >= 1 and not _SENTENCE_STOP.search(line)


def _drop_headline_lists(lines: list[str], kinds: list[str]) -> None:
    """A list of other articles' headlines (related reading, a hot list, a sidebar) is junk,
    however punctuated its lines: a run of headline-shaped lines that a short unpunctuated
    heading or junk opens, and that no running text continues
    (`相关稿件` / `省卫健委：全省新增确诊病例连续五天下降，治愈出院人数持续增加` / … / `新华网客户端`).
    In an article such a run is a paragraph wrapped line by line, or items without a full
    stop, and a sentence follows it. Above the article's first sentence the page's own
    headline and subtitle look so too, so a list there needs three lines; a single headline,
    or a numbered run (a ranked hot list, but also an article's own items), is one only
    below running text and with junk or the page's end after it."""
    n = len(lines)
    listed = [kind != JUNK and _listed_headline_shape(line) for line, kind in zip(lines, kinds)]
    first_text = next((i for i in range(n) if kinds[i] == BODY and not listed[i]), n)
    i = 0
    while i < n:
        if not listed[i]:
            i += 1
            continue
        j = i
        while j < n and listed[j]:
            j += 1
        prev, nxt = i - 1, j
        heading = prev >= 0 and kinds[prev] == SHORT and facts(lines[prev]).punct == 0 \
            and 2 <= len(lines[prev]) <= LIST_HEADING_MAX_LEN and leading_marker(lines[prev]) is None \
            and not _BRACKETS.search(lines[prev])     # `蔡继明（清华大学）广义价值论要义` is a list item
        # below the article's first sentence only a heading that a rule names (相关稿件, 热点新闻)
        # opens such a list: a bare one there is as likely the article's own (强化关心关爱 over
        # items that dropped their full stops)
        heading = heading and i < first_text
        opened = heading or (prev >= 0 and kinds[prev] == JUNK) or (prev < 0 and j - i >= 3)
        strict = j - i == 1 or any(leading_marker(lines[k]) for k in range(i, j))
        if i < first_text:
            ok = j - i >= 3 and not strict and (nxt >= n or kinds[nxt] != BODY)
        elif strict:
            # a ranked list counts from 1; items numbered on from a list above (4. 5. 6. under a
            # second heading) are the article's
            first = leading_marker(lines[i])
            ok = (nxt >= n or kinds[nxt] == JUNK) and (first is None or first.number == 1)
        else:
            ok = nxt >= n or kinds[nxt] != BODY
        if opened and ok:
            for k in range(i - heading, j):
                kinds[k] = JUNK
        i = j
    _drop_lists_under_a_label(lines, kinds, listed, first_text)
    _drop_ranked_lists_above(lines, kinds, first_text)


RANKED_MIN = 2      # numbered headlines under a list's label in the header: this many at least


def _drop_ranked_lists_above(lines: list[str], kinds: list[str], first_text: int) -> None:
    """Above the article's first sentence, the headlines a list's label opens, numbered from 1 on
    (热点新闻 / 1. 我市召开高质量发展大会 / 2. …): the page's ranked list, whatever follows it. An
    article's own numbered items open under its own words, not under a label the rules drop."""
    i = 0
    while i < first_text:
        if kinds[i] != JUNK or not _LIST_LABEL.search(lines[i]) or len(lines[i]) > LIST_HEADING_MAX_LEN:
            i += 1
            continue
        j, number = i + 1, 1
        while j < len(lines) and (mk := leading_marker(lines[j])) is not None and mk.number == number \
                and len(lines[j]) <= HEADLINE_MAX_LEN and not _SENTENCE_END.search(lines[j]):
            j, number = j + 1, number + 1
        if j - i - 1 >= RANKED_MIN:
            for k in range(i + 1, j):
                kinds[k] = JUNK
        i = j


RELATED_RUN_MIN = 3   # headlines under a related label inside or below the article: this many in a row at least


def _drop_lists_under_a_label(lines: list[str], kinds: list[str], listed: list[bool], first_text: int) -> None:
    """Below the article's first sentence, the headlines that follow a junk line (a related box's
    label, `延伸阅读：<its first headline>`) are that box's list even where a headline has no
    punctuation at all (`湖南夫妻在广东珠海非法集资诈骗2亿元潜逃`), as a portal writes them: three or
    more headline-shaped lines in a row (no list marker, no sentence's end) and no running text
    right after them. An article's own
    unpunctuated headings each have their paragraph below them."""
    n = len(lines)
    for i in range(max(first_text, 0) + 1, n):
        if kinds[i - 1] != JUNK or kinds[i] == JUNK or not (listed[i] or _bare_headline(lines[i], kinds[i])):
            continue
        j = i
        while j < n and kinds[j] != JUNK and (listed[j] or _bare_headline(lines[j], kinds[j])):
            j += 1
        if (j - i >= RELATED_RUN_MIN and (j >= n or kinds[j] != BODY)
                and not any(leading_marker(lines[k]) for k in range(i, j))):
            for k in range(i, j):
                kinds[k] = JUNK


def _bare_headline(line: str, kind: str) -> bool:
    """A headline without punctuation: a headline's length and Han, no sentence's end."""
    return kind != JUNK and len(line) <= HEADLINE_MAX_LEN and facts(line).han >= HEADLINE_MIN_HAN \
        and not _SENTENCE_STOP.search(line)


# a date in brackets, with or without its year, maybe with its time (`[2023-05-10]`, `【05-08】`, `（3月2日）`,
# `(2004/10/10 17:06)`, `(2005-04-27 16:00PM)`)
_BRACKETED_DATE = (r"[(（\[【]\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
                   r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?\s*[)）\]】]")
# what a listing sets after each entry's headline: its date or time, and counters of views,
# replies or words (`… 2020-02-12`, `…【作者】08-11 16:06 298字 [4321/87]`, `…(40819)`)
_LISTING_TRAILER = compiled(
    r"(?:[\s\-—·|｜:：]*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?"
    r"|" + _BRACKETED_DATE + r"|\d{1,2}:\d{2}(?::\d{2})?|[(（\[【]\s*\d+(?:\s*/\s*\d+)*\s*[)）\]】]|\d+\s*(?:字|次|人阅读|阅读|浏览|评论|回复)))+\s*$")
_TRAILER_ENDS = frozenset(")）]】日字次读览论复")   # the last character of a trailer that does not end in a digit
LISTING_MIN_RUN = 3        # entries in a row: one dated line is a signature or a note, three are a list
LISTING_MAX_LEN = 120
LISTING_TRAILER_MAX = 48   # … and its trailer (`【作者】08-11 16:06 298字 [4321/87]`) no longer than this
LISTING_MIN_HAN = 4        # … each entry has a headline before its trailer


# a thread tree's trailer: the poster in brackets, then the counters (`【芊草凡凡】08-22 19:13 173字 [154/0]`)
_THREAD_TRAILER = compiled(r"[【\[][^【】\[\]]{1,20}[】\]]\s*\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}\s+\d+\s*字\s*[\[【(（]\s*\d+\s*/\s*\d+\s*[\]】)）]$")
THREAD_ENTRY_MAX = 300     # a thread tree's entry quotes its reply's opening sentences: this long at most


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # (asked of every line; a site's lists recur)
def _is_listing_entry(line: str) -> bool:
    """A listing's entry: a headline, then its trailer. A forum's thread tree quotes the opening
    of each reply as its headline, sentences and all, before the poster and the counters."""
    if not line or not (line[-1].isdigit() or line[-1] in _TRAILER_ENDS):
        return False
    if len(line) > LISTING_MAX_LEN:
        return len(line) <= THREAD_ENTRY_MAX and _THREAD_TRAILER.search(line, len(line) - LISTING_TRAILER_MAX) is not None
    edge = max(len(line) - LISTING_TRAILER_MAX, 0)       # a trailer is short: only the end is searched
    m = _LISTING_TRAILER.search(line, edge)
    if m is None or m.start() == 0:
        return False
    head = line[:m.start()]
    return facts(head).han >= LISTING_MIN_HAN and ("。" not in head or _THREAD_TRAILER.search(line, edge) is not None)


# a listing's entry whose date leads in brackets (`[2023-05-10]某市召开…`, `【05-08】…`): an article never
# opens a line with a bracketed date, so two such lines in a row are a list of other articles
_LEADING_DATE = compiled(_BRACKETED_DATE)
LEADING_DATE_MIN_RUN = 2


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)
def _is_dated_entry(line: str) -> bool:
    m = _LEADING_DATE.match(line)
    return (m is not None and len(line) <= LISTING_MAX_LEN and "。" not in line
            and facts(line[m.end():]).han >= LISTING_MIN_HAN)


def _drop_listings(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]]) -> None:
    """A run of lines that each end in an entry's date, time or counters is a listing (latest
    news, a forum's thread list, a ranked hot list with its view counts), junk however
    punctuated its headlines: an article does not close three lines in a row with a timestamp
    or a counter. Two lines in a row that open with a bracketed date are one too. Empty lines do
    not break a run; a byline does."""
    def entries(j: int, is_entry) -> tuple[list[int], int]:
        """The entries of the run from line j on (empty lines pass, a byline stops it), and its end."""
        run = []
        while j < n and (not lines[j] or judged[j][1] != "byline" and is_entry(lines[j])):
            if lines[j]:
                run.append(j)
            j += 1
        return run, j

    n, i = len(lines), 0
    while i < n:
        run, j = entries(i, _is_listing_entry)
        enough = len(run) >= LISTING_MIN_RUN
        if not run:     # … or entries whose date leads in brackets
            run, j = entries(j, _is_dated_entry)
            enough = len(run) >= LEADING_DATE_MIN_RUN
        if enough:
            for k in run:
                kinds[k] = JUNK
        i = max(j, i + 1)
