"""How the article ends: the bare phrases that trail off after its last sentence (platform chrome)
are cut, while a contact line, a byline, a signature, a list item or an attachment line stays; and
a date right below a notice's signature is kept as part of it.
"""
from __future__ import annotations

import re

from ..charclass import HAN
from ..markers import leading_marker
from ..page_header import document_date, iso_date, issuer_names, numeric_date
from ..rules import compiled
from .line_rules import _action_rules
from .line_kind import BODY, JUNK, SHORT, _BULLETED, _ENDS_A_TEXT, _LABELLED

_IN_BRACKETS = compiled(r"^[(（\[【].*[)）\]】]$")
# a document's attachment line (附件：稳岗返还申请表, 附件1：…), not a page's picture (附件：【图解】….jpg)
_ATTACHMENT = compiled(r"^附\s*件\s*\d{0,2}\s*[:：](?!.*\.(?:jpe?g|png|gif|bmp|webp)$)", re.I)
TRAIL_MAX_LEN = 60


TRAIL_MAX_LINES = 6   # a longer run of bare lines after the last sentence is the article's (a programme, a list)


def _trim_trailing_phrases(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]],
                           lo: int, hi: int) -> int:
    """The article's last line once the short phrases that trail off after its last sentence
    are cut, when they are few (see `_trails_off`); running text (a body line) is never cut."""
    end, bare = hi, 0
    if _continues_cut_text(lines, kinds, hi):
        return hi
    while end > lo and not _contact_line(lines, kinds, end) \
            and (kinds[end] == JUNK or kinds[end] != BODY and _trails_off(lines[end], judged[end][1])
                        or kinds[end] == BODY and _only_listed(lines[end]) and _trails_off(lines[end], judged[end][1])):
        bare += kinds[end] != JUNK
        end -= 1
    if bare > TRAIL_MAX_LINES and not _menu_drawn_again(lines, kinds, lo, end, hi):
        return hi
    if end < hi and _LEADS_IN.search(lines[end].rstrip()):
        # the last sentence introduces a list (`…要实现以下目标：`): the bare lines below it are its
        # items (a dump that lost their markers, or a page cut inside the list), up to the first junk
        while end < hi and kinds[end + 1] != JUNK and lines[end + 1]:
            end += 1
        return end
    return _trailing_headlines(lines, kinds, judged, lo, end)


_LEADS_IN = compiled(r"[:：]$")


MENU_AGAIN_SHARE = 0.5   # this share of a long run of bare lines after the text recurs above it: the site's menu


def _menu_drawn_again(lines: list[str], kinds: list[str], lo: int, end: int, hi: int) -> bool:
    """A long run of bare lines after the article's last sentence that is the site's menu drawn
    once more below the text (a column of channel names: `数字报` / `精彩专栏` / `豫政双周` / …):
    half its lines or more stand word for word above the article too, where the page's header
    set them. An article's own list (a programme, names, places) is not the page's header, and
    one that follows a lead-in (`名单如下：`, the run's own or the sentence above) is the article's
    whatever it repeats. Only read for
    such a run, once."""
    run = [lines[i].strip() for i in range(end + 1, hi + 1) if kinds[i] != JUNK and lines[i].strip()]
    if _LEADS_IN.search(lines[end].rstrip()) or any(_LEADS_IN.search(line) for line in run):
        return False
    header = {line.strip() for line in lines[:lo]}
    return sum(line in header for line in run) >= MENU_AGAIN_SHARE * len(run)


HEADLINE_RUN_MIN = 3      # other articles' headlines in a row below the text, this many at least …
HEADLINE_MIN_HAN = 10     # … each a headline's length (an item of the text's own list is shorter) …
HEADLINE_MAX_LEN = 36     # … and no longer
_NOT_A_HEADLINE = compiled(r"[。；;：:]")


def _headline_shaped(line: str, action: str | None) -> bool:
    s = _BULLETED.sub("", line.strip()).strip()
    return (len(s) <= HEADLINE_MAX_LEN and action != "byline" and not _NOT_A_HEADLINE.search(s)
            and sum(1 for _ in HAN.finditer(s)) >= HEADLINE_MIN_HAN and leading_marker(s) is None
            and not _IN_BRACKETS.match(s) and not _ATTACHMENT.match(s) and not issuer_names(s)
            and not document_date(s) and not iso_date(s))


def _trailing_headlines(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]],
                        lo: int, end: int) -> int:
    """The article's last line once a run of other articles' headlines below it is cut: three or
    more lines in a row, each a headline's length and shape (no full stop, no colon, a bullet at
    most; a question or an exclamation may end one: `补贴怎么领？一文看懂！`), set right below a
    paragraph that ends a sentence, with no heading (a related list whose heading the dump lost).
    A list of the text's own follows a lead-in that ends with a colon, or has markers or short items."""
    k = end
    while k > lo and _headline_shaped(lines[k], judged[k][1]):
        k -= 1
    if end - k < HEADLINE_RUN_MIN or kinds[k] != BODY or not _ENDS_A_TEXT.search(lines[k].rstrip()):
        return end
    return k


def _continues_cut_text(lines: list[str], kinds: list[str], i: int) -> bool:
    """The page's last line goes on with a sentence the running text above it broke off (a copy
    hard-wrapped at a width, cut by the end of the page: `…一线医务人员的子女，` / `对烈士子女在入学和继续学`):
    the visible end of the article, however short."""
    if kinds[i] == JUNK or any(lines[j].strip() for j in range(i + 1, len(lines))):
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if above is None or kinds[above] != BODY:
        return False
    return not _ENDS_A_TEXT.search(lines[above].rstrip()) and bool(HAN.match(lines[i].lstrip()[:1]))


CAPTION_LIST_MAX = 30
_CLAUSE_PUNCT = compiled(r"[，。！？；,;!?：:]")


def _only_listed(line: str) -> bool:
    """A short line whose only punctuation is the enumeration comma: a caption naming what a
    picture shows (`为医护人员送去爱心联系卡、慰问信`), weighed as body text by its 、 alone."""
    return len(line) <= CAPTION_LIST_MAX and not _CLAUSE_PUNCT.search(line)


_SITE_ADDRESS = compiled(r"^地址|邮编|邮政编码|传真|版权|ICP|备案")


def _contact_line(lines: list[str], kinds: list[str], i: int) -> bool:
    """A notice's or an explainer's contact line, its last: labelled, with a phone number, right
    below running text or a numbered heading (`咨询电话：0755-83901234`, `三、解读机关及联系方式` /
    `解读机关：… 联系电话：…`). A site's footer gives an address, a postcode or a fax with its number,
    or follows other chrome."""
    s = lines[i].strip()
    if kinds[i] == JUNK or not _LABELLED.match(s) or not _PHONE.search(s) or _SITE_ADDRESS.search(s):
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
    return above is not None and (kinds[above] == BODY or leading_marker(lines[above]) is not None)


_PHONE = compiled(r"(?<!\d)(?:0\d{2,3}[-－—]\d{4,8}|0\d{9,11}|1[3-9]\d{9})(?!\d)")   # a landline or a mobile number


_BROKEN_OFF = compiled(r"[\u4e00-\u9fff][、，,；;]$")


def _trails_off(line: str, action: str | None) -> bool:
    """A short line after the article's last sentence that no sentence ends: the chrome that
    platforms set below a post (`我要反馈`, `保存高清图`, `文字 | 张三`, `新浪新闻公众号`,
    `更多热点速报、权威资讯、深度分析尽在新浪新闻`), whatever its words. An article ends with
    a sentence, its byline, a bracketed credit (`（记者 张三）`), its signature (issuing bodies,
    a date), an item of its list or its attachments (`附件：…`), never with a bare phrase (for a
    contact line see `_contact_line`). A line broken off after a comma (`坚持以人为本、` above a
    document site's `查看全文`) is the visible end of a text the page cut, not a phrase."""
    s = line.strip()
    return (len(s) <= TRAIL_MAX_LEN and action != "byline" and not _ENDS_A_TEXT.search(s) and not _ATTACHMENT.match(s)
            and not _BROKEN_OFF.search(s)
            and not _IN_BRACKETS.match(s) and not _BULLETED.match(s) and leading_marker(s) is None
            and not document_date(s) and not iso_date(s) and not issuer_names(s))


def _keep_signature_dates(lines: list[str], judged: list[tuple[str, str | None]]) -> None:
    """A date alone on its line right below a line of issuing bodies is a notice's signature
    (`中共某市委组织部  某市财政局` / `2020年2月4日`): part of the document, kept like a byline
    (and read for the page's date when the page gives none of its own). So is one right below
    the notice's last sentence (the body that signs it named at the top), or below a line that a
    `signature` rule names (`某省防汛抗旱指挥部办公室`). A date in digits alone (`2020-03-05`, as a
    site's template rewrites a signature's) counts only right below the bodies: below a sentence it
    is as often the page's own date."""
    signs = _action_rules("signature")
    prev = None
    for i, line in enumerate(lines):
        if not line:
            continue
        if judged[i][0] == JUNK and prev is not None:
            written = document_date(line) is not None
            if written or numeric_date(line):
                above = lines[prev]
                bodies = issuer_names(above)
                if (bodies or signs is not None and signs.match(above)
                        or written and judged[prev][0] == BODY and _ENDS_A_TEXT.search(above)):
                    judged[i] = (SHORT, "byline")     # kept, and read for the date like a byline
                    if bodies and judged[prev] == (JUNK, None):
                        # (the bodies themselves, many of them set apart by spaces, read as a menu by
                        # their shape: the signature of a notice several bodies issue)
                        judged[prev] = (SHORT, None)
        prev = i
