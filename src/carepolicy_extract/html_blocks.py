"""HTML → the article's text blocks: prune the DOM, flatten it, find the body.

1. Prune (mostly inside lxml): drop what is never article text — script, style, nav,
   header, footer, aside, forms without prose, hidden elements, comments, `<rt>`/`<rp>`
   ruby annotations, and elements whose class or id says comment, share, ad, footer,
   breadcrumb, related … (`rules/html_drop.txt`); unwrap inline formatting.
2. Flatten: one iterative walk cuts the text into blocks (headings, paragraphs, list
   items) at block-level elements, joining hard-wrapped Chinese lines, and notes for each
   block its length, how much of it is link text and how much sentence punctuation it has.
3. Find the body: each block gets a value — its own text, weighted by whether it is
   punctuated like running prose, minus a penalty for link text (the text, link and
   punctuation densities behind readability and GNE) — and the body is the run of
   consecutive blocks with the largest total value. Link-dense blocks inside it are dropped.
The header lines just above the body give its date and outlet.

lxml, not BeautifulSoup: building a bs4 tree costs ~20× more per page, and every page is
parsed. No recursion anywhere: pages nested thousands deep must not exhaust the stack.

When libxml2 gives up part way (a fatal error: it stops at 2,048 levels of nesting even with
huge_tree, or at bytes it cannot read), its tree holds only the page's beginning. The page is
then flattened without a tree instead (`flatten_markup`): one linear scan strips the tags,
cutting blocks at block-level tags and skipping comments, scripts, styles and the like, and
step 3 runs on those blocks as usual. The caller is told (warning `html_flattened`), since
chrome that pruning would have removed by its class or id may remain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import unescape

from lxml import etree

from .charclass import ALNUM_RUN, HAN_RANGE, HAN_RUN
from .markers import leading_marker
from .memo import short_text_cache
from .numerals import to_int
from .page import Block, PageMeta
from .boilerplate import densest_run
from .page_header import clean_title, has_date_label, iso_date, outlet_of
from .html_tags import (BLOCK_TAGS, BREAK_TAGS, CHROME_TAGS, CONTAINER_TAGS, HEADING_TAGS, INLINE_TAGS,
                        ITEM_TAGS, NEVER_TEXT_TAGS, PREFORMATTED_TAGS)
from .rules import compiled, rule_table

_WS = compiled(r"[ \t\r\n\f\v\u00a0\u3000\u200b\ufeff]+")
_CJK = f"\u3000-\u303f{HAN_RANGE}\uff00-\uffef\u2018-\u201f\u2026"
# a line break between two CJK characters is a hard wrap, not a space
_CJK_WRAP = compiled(rf"(?<=[{_CJK}])[ \t\r\f\v\u00a0]*\n\s*(?=[{_CJK}])")
_BLANK_LINE = compiled(r"\n[ \t\r\f\v\u00a0\u3000]*\n")
_PUNCT_MARKS = "，。！？；,;!?"
_SENTENCE_PUNCT = compiled(f"[{_PUNCT_MARKS}]")
_TOKENS = compiled(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_HIDDEN = compiled(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = compiled(r"^\s*<\?xml[^>]*>")

BLOCK_COST = 1.0         # every block costs a little: many tiny fragments are chrome
UNPUNCTUATED_WEIGHT = 0.3  # text without sentence punctuation is weak evidence of a body
LINK_PENALTY = 1.5       # each link character counts against the block
CHROME_KEEP_SHARE = 0.5  # chrome tags/classes are kept when they hold this share of the page's punctuation


@dataclass
class _Unit:
    """One flattened block with what its scoring needs."""

    kind: str
    text: str
    words: int
    link_words: int
    punct: int


def parse_html(html: str) -> etree._Element | None:
    """Parse possibly broken HTML; None when there is nothing to parse."""
    return _parse(html)[0]


def _parse(html: str) -> tuple[etree._Element | None, str | None]:
    """(tree or None, why the parser stopped before the end of the page, or None when it did not)."""
    html = _XML_DECL.sub("", html.lstrip("\ufeff"))  # lxml rejects str input with an encoding declaration
    if not html or html.isspace():   # (no stripped copy of the page just to test it)
        return None, None
    parser = _parser()
    try:
        # parsed from UTF-8 bytes: libxml2 reads its own encoding directly, while a str costs it a
        # conversion pass (about a quarter of the parse)
        root = etree.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    # with recover=True libxml2 goes on past every error but a fatal one, after which the tree
    # holds only what came before it
    fatal = next((e.message for e in parser.error_log if e.level == etree.ErrorLevels.FATAL), None)
    return root, fatal


@lru_cache(maxsize=1)
def _parser() -> etree.HTMLParser:
    # the plain etree parser: lxml.html's element classes cost a Python call per node visited
    # the page is decoded already: its meta charset is moot; nothing looks elements up by id, so
    # libxml2 need not build a table of the page's ids
    return etree.HTMLParser(huge_tree=True, recover=True, remove_comments=True, remove_pis=True,
                            encoding="utf-8", collect_ids=False)


def text_of(el: etree._Element) -> str:
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def clean_text(s: str, preformatted: bool = False) -> list[str]:
    """Lines of one block: hard wraps between CJK joined, other white space one space.

    Preformatted text keeps its paragraphs (blank-line separated) as separate lines.
    """
    parts = _BLANK_LINE.split(s) if preformatted else [s]
    out = []
    for part in parts:
        if "\n" in part:   # most blocks hold no line break: skip the hard-wrap scan
            part = _CJK_WRAP.sub("", part)
        # white space only at its ends (most lines): stripped, it is what the regex would leave; a
        # few C-level `in` tests cost far less than the regex's scan of a long line
        line = part.strip()
        if (" " in line or "\n" in line or "\u3000" in line or "\t" in line or "\r" in line or "\xa0" in line
                or "\u200b" in line or "\ufeff" in line or "\f" in line or "\v" in line):
            line = _WS.sub(" ", part).strip()
        if line:
            out.append(line)
    return out


def word_count(s: str) -> int:
    """Han characters, plus Latin words and numbers counted once each, like one Han character."""
    return sum(map(len, HAN_RUN.findall(s))) + len(ALNUM_RUN.findall(s))


# where a <title> joins the headline to channel and site names: `_`, `|`, or a lone dash (not the
# `——` of a subtitle, nor one between digits as in a date)
_TITLE_PARTS = compiled(r"\s*(?:[_|｜]|(?<![—\d])[-–—](?![—\d]))\s*")
SITE_PART_MAX = 30   # a channel or site name is never longer


def headline_of_title(title: str) -> str:
    """The headline of a <title>: site and channel parts cut from its end one by one
    (`某县八条措施 - 时政热点 - 某某论坛 - Powered by Discuz!` → `某县八条措施`) while what
    is left still has four Han characters, then the rules of rules/boilerplate_title.txt."""
    while True:
        last = None
        for last in _TITLE_PARTS.finditer(title):
            pass
        if last is None or len(title) - last.end() > SITE_PART_MAX:
            break
        head = title[:last.start()]
        if sum(map(len, HAN_RUN.findall(head))) < 4:
            break
        title = head
    return clean_title(title)


def page_meta(root: etree._Element) -> PageMeta:
    """Headline from <h1> or <title>; date and outlet from common <meta> names."""
    meta = PageMeta()
    for h1 in root.iter("h1"):
        t = " ".join(clean_text(text_of(h1)))
        if 4 <= len(t) <= 120:
            meta.title = t
            break
    if meta.title is None:
        t = root.find(".//title")
        if t is not None and t.text:
            title = headline_of_title(" ".join(clean_text(t.text)))
            # a bare 通知 or 新闻 names no article: the headline line above the body will
            meta.title = title if sum(map(len, HAN_RUN.findall(title))) >= 4 or len(title) >= 12 else None
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or "").lower()
        # the name first: most <meta> (keywords, description, viewport) are neither, and a
        # description's content is long
        dated = name in _DATE_METAS
        if not (meta.published is None if dated else meta.outlet is None and name in _OUTLET_METAS):
            continue
        content = " ".join(clean_text(m.get("content") or ""))
        if not content:
            continue
        if dated:
            meta.published = iso_date(content)
        else:
            meta.outlet = content
    return meta


_DATE_METAS = frozenset({"publishdate", "pubdate", "article:published_time", "publish_time", "og:release_date",
                         "firstpublishedtime", "date", "dc.date", "dcterms.created"})
_OUTLET_METAS = frozenset({"source", "contentsource", "og:site_name", "sitename", "site_name", "dc.publisher"})


@lru_cache(maxsize=1)
def _class_rules() -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """(always, guarded, keep, caption) whole-token patterns from rules/html_drop.txt."""
    by_when: dict[str, list[str]] = {"always": [], "guarded": [], "keep": [], "caption": []}
    for row in rule_table("html_drop.txt"):
        if len(row) >= 2 and row[0] in by_when and row[1]:
            by_when[row[0]].append(row[1])
    return tuple(compiled("|".join(f"(?:{rx})" for rx in by_when[w])) if by_when[w] else None
                 for w in ("always", "guarded", "keep", "caption"))


@short_text_cache(maxsize=4096, max_chars=200)
def class_verdict(names: str) -> str | None:
    """'always', 'guarded', 'caption' or None for an element's `class id` string."""
    always, guarded, keep, caption = _class_rules()
    tokens = [t.lower() for t in _TOKENS.findall(names)]
    if always is not None and any(always.fullmatch(t) for t in tokens):
        return "always"
    if keep is not None and any(keep.fullmatch(t) for t in tokens):
        return None
    if guarded is not None and any(guarded.fullmatch(t) for t in tokens):
        return "guarded"
    if caption is not None and any(caption.fullmatch(t) for t in tokens):
        return "caption"
    return None


def _punct_count(el: etree._Element) -> int:
    """The sentence punctuation (`_SENTENCE_PUNCT`) in an element's text, by one C-level count a mark:
    the text of a page's wrapper is long, and a regex would list every mark."""
    count = text_of(el).count
    return sum(count(mark) for mark in _PUNCT_MARKS)


def prune(body: etree._Element) -> None:
    """Empty, in place, every element that is never article text; unwrap inline formatting.

    The bulk of the work happens inside lxml (C): dropping script/style/… subtrees, finding the
    elements whose tag, class, id or style may condemn them, and unwrapping <span>, <font> and
    other inline tags so the Python walk sees a few hundred elements, not thousands. A condemned
    element is emptied rather than removed, so it still separates the text around it.
    """
    etree.strip_elements(body, *NEVER_TEXT_TAGS, with_tail=False)
    page_punct = -1

    def holds_page(el: etree._Element) -> bool:
        nonlocal page_punct
        if page_punct < 0:
            page_punct = _punct_count(body)
        return page_punct >= 5 and _punct_count(el) >= CHROME_KEEP_SHARE * page_punct

    for el in _suspects(body):
        tag = el.tag
        get = el.get
        # `_names_verdict`, written out (a call less for each of the page's many suspects), read
        # once: it both condemns and marks captions
        names = (get("class") or "") + " " + (get("id") or "")
        verdict = class_verdict(names) if len(names) > 1 else None
        if _condemned(el, holds_page, tag, verdict):
            el.clear(keep_tail=True)
        elif tag in _BADGE_TAGS and _is_badge(el):
            el.tag = "div"    # a block of its own, joined to the next block by join_lone_numbers
        elif verdict == "caption":
            el.tag = "figcaption"   # flattened as a caption block: weighed, but never body text
    etree.strip_tags(body, *INLINE_TAGS)


def _is_caption(el: etree._Element) -> bool:
    """An element whose class or id calls it an image caption (`caption` rules of html_drop.txt)."""
    return _names_verdict(el.get) == "caption"


def _names_verdict(get) -> str | None:
    """`class_verdict` of an element's class and id (`get`: the element's attribute getter)."""
    names = (get("class") or "") + " " + (get("id") or "")
    return class_verdict(names) if len(names) > 1 else None


# inline elements that sites style into a number badge: `<span class="num">1</span><span>标题</span>`
_BADGE_TAGS = frozenset({"span", "em", "i", "b", "strong", "font", "label", "small", "big", "sup", "mark"})


def _is_badge(el: etree._Element) -> bool:
    """A styled inline element holding only a list number, first in its block and followed by
    another element rather than by its own text: a browser draws it apart from that text."""
    text = el.text
    if not text or len(text) > 12 or len(el) or el.getnext() is None or el.getprevious() is not None:
        return False
    tail = el.tail
    if tail and not tail.isspace():
        return False
    parent = el.getparent()
    lead = parent.text if parent is not None else None
    if lead and not lead.isspace():
        return False
    text = text.strip()
    return len(text) <= LONE_NUMBER_MAX and _LONE_NUMBER.fullmatch(text) is not None


# attributes that may condemn an element (class and id name it, style and the hidden flags hide it)
_SUSPECT_ATTRIBUTES = frozenset({"class", "id", "style", "hidden", "aria-hidden"})


def _suspects(body: etree._Element) -> list[etree._Element]:
    """The elements below `body` that may be condemned — those with a class, id, style or hidden
    attribute, and the chrome tags — in document order, listed before any is emptied.

    A plain walk: the equivalent XPath union costs twice as long in libxml2.
    """
    out = []
    for el in body.iterdescendants(etree.Element):
        keys = el.keys()
        if keys and not _SUSPECT_ATTRIBUTES.isdisjoint(keys) or el.tag in CHROME_TAGS:
            out.append(el)
    return out


def _add_units(units: list[_Unit], kinds: list[str], texts: list[str], link_texts: list[str], pre: int) -> None:
    """The lines of the open block's text pieces as units, of the innermost open block's kind
    (`kinds`); empties both piece lists. `pre` counts the open preformatted elements."""
    if not texts:
        return
    text = texts[0] if len(texts) == 1 else "".join(texts)
    texts.clear()
    if link_texts:
        link_text = "".join(link_texts)
        link_texts.clear()
    else:
        link_text = ""
    if text.isspace():   # most pieces are the line breaks between tags
        return
    kind = kinds[-1] if kinds else "paragraph"
    for line, words, punct in _lines_of(text, pre > 0):
        link_words = min(words, _link_words(link_text)) if link_text else 0
        units.append(_Unit(kind, line, words, link_words, punct))
        link_text = ""  # link share is counted once, on the first line of a split block


# A site's menus, footers and share bars recur from page to page, each block's text as it was: its
# lines and their figures are kept rather than cut and counted again (`clean_text`, `word_count`
# and the punctuation are each a regex pass over the text).
UNIT_TEXT_MAX = 500   # the figures of texts up to this long are kept (chrome is short)


@short_text_cache(maxsize=16384, max_chars=UNIT_TEXT_MAX)
def _lines_of(text: str, preformatted: bool) -> tuple[tuple[str, int, int], ...]:
    """(line, word_count, sentence punctuation marks) of each line `clean_text` cuts `text` into."""
    return tuple((line, word_count(line), len(_SENTENCE_PUNCT.findall(line))) for line in clean_text(text, preformatted))


_link_words = short_text_cache(maxsize=16384, max_chars=UNIT_TEXT_MAX)(word_count)


def _kind_of(tag: str, parent_kind: str) -> str:
    """The kind of the blocks a block-level tag opens."""
    return ("heading" if tag in HEADING_TAGS else "item" if tag in ITEM_TAGS else
            "caption" if tag == "figcaption" else parent_kind if tag not in CONTAINER_TAGS else "paragraph")


# what the tree walk does at a tag, looked up once per element (libxml2 gives tag names in lower
# case): open a block of a fixed kind, open one of its parent's kind (None), break, count a link
_OPEN, _OPEN_PRE, _BREAK_LINE, _OPEN_LINK, _OPEN_LIST, _OPEN_ITEM = range(6)
_WALK_ACTIONS: dict[str, tuple[int, str | None]] = {
    **{tag: (_OPEN_PRE if tag in PREFORMATTED_TAGS else _OPEN, _kind_of(tag, "") or None)
       for tag in BLOCK_TAGS},
    **{tag: (_BREAK_LINE, None) for tag in BREAK_TAGS},
    "a": (_OPEN_LINK, None),
    "ol": (_OPEN_LIST, "paragraph"),
    "ul": (_OPEN_LIST, "paragraph"),
    "li": (_OPEN_ITEM, "item"),
}

def _list_start(el: etree._Element) -> int:
    """The number before the first item of a list: an <ol start=N> counts from N, others from 1
    (a <ul> is kept as a list too, so that its items are not numbered by an enclosing <ol>)."""
    if el.tag == "ol":
        start = el.get("start", "")
        if start.strip().lstrip("-").isdigit():
            return int(start) - 1
        return 0
    return -1   # a <ul>: its items have no numbers


def _item_number(el: etree._Element, counters: list[int]) -> str | None:
    """The number an <li> shows in a browser (`3.`), or None outside an <ol>."""
    if not counters or counters[-1] < 0:
        return None
    value = el.get("value", "").strip()
    counters[-1] = int(value) if value.isdigit() else counters[-1] + 1
    return f"{counters[-1]}."


def flatten(body: etree._Element) -> list[_Unit]:
    """Cut a pruned tree's text into scored blocks at block-level elements.

    The items of an ordered list get the numbers a browser draws before them (`<ol><li>落实补助`
    → `1.落实补助`), unless they write their own: the measures of many pages are numbered so.
    """
    units: list[_Unit] = []
    texts: list[str] = []
    link_texts: list[str] = []
    kinds: list[str] = []        # kinds of the open block elements
    counters: list[int] = []     # last item number of each open list (-1: a <ul>)
    number = None                # an item's number, waiting for the item's first text
    links = pre = 0
    actions = _WALK_ACTIONS

    # one pass over a few hundred elements per page: the loop body is kept to dict lookups
    for event, el in etree.iterwalk(body, events=("start", "end")):
        act = actions.get(el.tag)     # None: text-only (inline, unknown) element
        if event == "start":
            if act is not None:
                what = act[0]
                if what == _OPEN_LINK:
                    links += 1
                else:
                    if texts:
                        if len(texts) == 1 and texts[0].isspace():   # the line break between two tags
                            texts.clear()
                            link_texts.clear()
                        else:
                            _add_units(units, kinds, texts, link_texts, pre)
                    if what != _BREAK_LINE:
                        kinds.append(act[1] or (kinds[-1] if kinds else "paragraph"))
                        if what == _OPEN_PRE:
                            pre += 1
                        elif what == _OPEN_LIST:
                            counters.append(_list_start(el))
                        elif what == _OPEN_ITEM:
                            number = _item_number(el, counters)
            text = el.text
            if text:
                if number is not None and not text.isspace():
                    if leading_marker(text) is None:   # an item that writes its own number gets none
                        texts.append(number)
                    number = None
                texts.append(text)
                if links:
                    link_texts.append(text)
            continue
        # end of an element: its tail follows, outside it
        if act is not None:
            what = act[0]
            if what == _OPEN_LINK:
                links -= 1
            elif what != _BREAK_LINE:
                if texts:
                    if len(texts) == 1 and texts[0].isspace():
                        texts.clear()
                        link_texts.clear()
                    else:
                        _add_units(units, kinds, texts, link_texts, pre)
                kinds.pop()
                if what == _OPEN_PRE:
                    pre -= 1
                elif what == _OPEN_LIST:
                    counters.pop()
                elif what == _OPEN_ITEM:
                    number = None    # an item without text shows its number alone: nothing to keep
        tail = el.tail
        if tail and el is not body:
            if number is not None and not tail.isspace():
                if leading_marker(tail) is None:
                    texts.append(number)
                number = None
            texts.append(tail)
            if links:
                link_texts.append(tail)
    _add_units(units, kinds, texts, link_texts, pre)
    return units


# A number standing alone in its own box — a table's 序号 cell, a WeChat badge section, a styled
# <span> — is the marker of the text in the next box: `1` | `优先提拔使用` → `1.优先提拔使用`.
# Bare numbers get the punctuation a text dump would show (01 → `1.`, 三 → `三、`); numbers
# that write their own (`（一）`, `2.`, `第三条`, `④`) are kept as written.
_LONE_NUMBER = compiled(r"(?P<arabic>[0０]?[1-9１-９][0-9０-９]?)|(?P<han>[一二三四五六七八九十]{1,3})"
                          r"|[(（]\s*(?P<pa>[0-9０-９]{1,2})\s*[)）]|[(（]\s*(?P<ph>[一二三四五六七八九十]{1,3})\s*[)）]"
                          r"|(?P<da>[0-9０-９]{1,2})\s*[.．、]|(?P<dh>[一二三四五六七八九十]{1,3})\s*[、.．]"
                          r"|第(?P<nth>[一二三四五六七八九十]{1,3})[条项]|(?P<circled>[\u2460-\u2473])")
LONE_NUMBER_MAX = 6   # longer blocks are never a number alone


def _lone_number(u: _Unit) -> tuple[int, str] | None:
    """(value, marker) of a block that is only a list number, else None."""
    text = u.text
    if len(text) > LONE_NUMBER_MAX or u.link_words:
        return None
    m = _LONE_NUMBER.fullmatch(text)
    if m is None:
        return None
    kind = m.lastgroup
    value = to_int(m.group(kind))
    if value is None or not 1 <= value <= 99:
        return None
    if kind == "arabic":
        return value, f"{value}."
    if kind == "han":
        return value, f"{text}、"
    return value, text


def join_lone_numbers(units: list[_Unit]) -> list[_Unit]:
    """Blocks that are only a list number, joined to the block after them (`1` + `优先提拔使用` →
    `1.优先提拔使用`) when they are numbered in sequence — another lone number one above or
    below — and the blocks around it are text, not other numbers (a pager, a calendar) or links."""
    found = {}
    for i, u in enumerate(units):
        if len(u.text) <= LONE_NUMBER_MAX:   # the cheap test first: nearly every block is longer
            n = _lone_number(u)
            if n is not None:
                found[i] = n
    if len(found) < 2:
        return units
    values = {v for v, _ in found.values()}
    out: list[_Unit] = []
    skip = -1
    for i, u in enumerate(units):
        if i == skip:
            continue
        n = found.get(i)
        if n is not None and i + 1 < len(units) and i + 1 not in found and i - 1 not in found and (
                n[0] + 1 in values or n[0] - 1 in values):
            nxt = units[i + 1]
            if nxt.words and not is_link_line(nxt):
                out.append(_Unit(nxt.kind, n[1] + nxt.text, nxt.words + u.words, nxt.link_words,
                                 nxt.punct + u.punct))
                skip = i + 1
                continue
        out.append(u)
    return out


# Flattening without a tree, for pages libxml2 gives up on.
# elements whose content is not markup: skipped up to their end tag, or to the end of the page
_RAW_TEXT_TAGS = ("script", "style", "textarea", "title", "iframe", "noscript", "noembed", "noframes")
_RAW_TEXT_END = {tag: compiled(rf"</{tag}[\s/>]", re.I) for tag in _RAW_TEXT_TAGS}
# never-text elements that hold markup: their content is skipped while one is open (void
# elements such as <input> have none; <option>, <rt> and <rp> are left out because their end
# tags are usually omitted, and an unclosed one would hide the rest of the page)
_SKIPPED_TAGS = frozenset({"head", "object", "svg", "canvas", "select", "button", "map", "audio", "video",
                           "dialog", "menu", "template"})
# `<` starting a comment, an end tag, a start tag, or a declaration / processing instruction
_MARKUP = compiled(r"<(?:(!--)|(/?)([A-Za-z][^\t\n\f\r />]*)|[!?/])")


_INLINE, _BLOCK, _BREAK, _LINK, _SKIPPED, _RAW, _BODY = range(7)


def _tag_action(tag: str) -> int:
    if tag in _RAW_TEXT_END:
        return _RAW
    if tag in _SKIPPED_TAGS:
        return _SKIPPED
    if tag in BLOCK_TAGS:
        return _BODY if tag == "body" else _BLOCK
    if tag in BREAK_TAGS:
        return _BREAK
    return _LINK if tag == "a" else _INLINE


def flatten_markup(html: str) -> list[_Unit]:
    """Cut a page's text into scored blocks without building a tree, in one linear scan.

    Every tag is read up to the next `>` (a quoted `>` inside an attribute ends it early; some
    attribute text then shows as page text, which the body search mostly leaves out); a tag or
    a comment left open runs to the end of the page, as in a browser.
    """
    units: list[_Unit] = []
    texts: list[str] = []
    link_texts: list[str] = []
    kinds: list[str] = []         # kinds of the open block elements
    skipped: dict[str, int] = {}  # open never-text elements by tag
    actions: dict[str, tuple[str, int]] = {}   # tag as written → (lower case, action)
    links = pre = 0
    pos, n = 0, len(html)
    search, find = _MARKUP.search, html.find

    while pos < n:
        m = search(html, pos)
        stop = m.start() if m else n
        if stop > pos and not skipped:
            piece = unescape(html[pos:stop])
            texts.append(piece)
            if links:
                link_texts.append(piece)
        if m is None:
            break
        comment, slash, name = m.groups()
        if comment:                             # <!-- comment -->
            end = find("-->", m.end())
            pos = n if end < 0 else end + 3
            continue
        gt = find(">", m.end())
        if gt < 0:                              # a tag open at the end of the page
            break
        pos = gt + 1
        if name is None:                        # <!DOCTYPE …>, <![CDATA[…]]>, <?…?>, </ >
            continue
        known = actions.get(name)
        if known is None:
            known = actions[name] = (name.lower(), _tag_action(name.lower()))
        tag, action = known
        if action == _INLINE:
            continue
        if slash:                               # end tag
            if action == _SKIPPED:
                if skipped.get(tag, 0) > 1:
                    skipped[tag] -= 1
                else:
                    skipped.pop(tag, None)
            elif action == _BLOCK or action == _BODY:
                _add_units(units, kinds, texts, link_texts, pre)
                if kinds:
                    kinds.pop()
                links = 0                       # a link left open ends with its block
                if tag in PREFORMATTED_TAGS:
                    pre = max(0, pre - 1)
            elif action == _LINK:
                links = max(0, links - 1)
            continue
        if action == _RAW:
            if html[gt - 1] != "/":             # <script/> has no content
                end = _RAW_TEXT_END[tag].search(html, pos)
                pos = n if end is None else end.start()
        elif action == _SKIPPED:
            if html[gt - 1] != "/":
                skipped[tag] = skipped.get(tag, 0) + 1
        elif action == _LINK:
            links += 1
        else:                                   # block, body, break
            _add_units(units, kinds, texts, link_texts, pre)
            if action == _BREAK:
                continue
            if action == _BODY:
                skipped.clear()                 # a <head> left open ends here
            kinds.append(_kind_of(tag, kinds[-1] if kinds else "paragraph"))
            if tag in PREFORMATTED_TAGS:
                pre += 1
    _add_units(units, kinds, texts, link_texts, pre)
    return units


def _condemned(el: etree._Element, holds_page, tag: str | None = None, verdict: str | None = "") -> bool:
    """Whether an element (and all it holds) is never article text. `tag` and `verdict` (its
    `_names_verdict`), when the caller has them already, spare reading them again."""
    if tag is None:
        tag = el.tag   # lower case: libxml2's HTML parser folds tag names
    if tag == "html" or tag == "body":
        return False
    get = el.get
    style = get("style")
    # (a cheap pre-test: a style that hides holds none or hidden, whose letters n, o, d, e only their
    # ASCII forms match case-blind; most styles have neither)
    if style and ("none" in (low := style.lower()) or "dden" in low) and _HIDDEN.search(style) \
            or get("hidden") is not None or get("aria-hidden") == "true":
        return True
    if verdict == "":
        verdict = _names_verdict(get)
    if verdict == "always":
        return True
    if verdict == "guarded":
        return not holds_page(el)
    return tag in CHROME_TAGS and not holds_page(el)


def unit_value(u: _Unit) -> float:
    """How much a block argues for the element holding it being the body."""
    if u.words == 0:
        return 0.0
    own = u.words - u.link_words
    weight = 1.0 if u.punct else UNPUNCTUATED_WEIGHT
    return own * weight - LINK_PENALTY * u.link_words - BLOCK_COST


def is_link_line(u: _Unit) -> bool:
    """Mostly link text: a menu entry or a related-article title, even inside the body."""
    return u.words > 0 and u.link_words >= 0.5 * u.words


HEADER_REACH = 30  # how many blocks above the body may hold its date and source


def _header_meta(units: list[_Unit], first: int) -> PageMeta:
    """Date and outlet from the short lines above the body (the article's header), nearest first."""
    meta = PageMeta()
    for u in reversed(units[max(0, first - HEADER_REACH):first]):
        if len(u.text) > 120 or is_link_line(u):
            continue
        if meta.published is None and (has_date_label(u.text) or len(u.text) < 40):
            meta.published = iso_date(u.text)
        meta.outlet = meta.outlet or outlet_of(u.text)
    return meta


def html_to_blocks(html: str, warnings: list[tuple[str, str]] | None = None) -> tuple[list[Block], PageMeta]:
    """The article body's text blocks, and what the page says about itself.

    `warnings`, when given, receives (code, message) pairs about how the page was read.
    """
    root, stopped = _parse(html)
    if stopped:
        # the tree holds only the page's beginning: read the whole page without one
        meta = page_meta(root) if root is not None else PageMeta()
        units = flatten_markup(html)
        if warnings is not None:
            why = stopped.split(", use ")[0].strip()    # libxml2's advice on its options is no help here
            warnings.append(("html_flattened", f"the HTML parser stopped part way ({why}); the page's text was "
                                               "read by stripping its tags, so page chrome may remain"))
    elif root is None:
        return [], PageMeta()
    else:
        meta = page_meta(root)
        body = root.find("body")
        body = body if body is not None else root
        prune(body)
        units = flatten(body)
    units = join_lone_numbers(units)
    if not units:
        return [], meta
    run = densest_run([unit_value(u) for u in units])
    if run is None:
        return [], meta
    # an image's caption weighs in the body search like any block (a caption inside the article
    # must not cut it in two), but is not article text: between two measures it would head the
    # ones after it
    chosen = [i for i in range(run[0], run[1] + 1) if not is_link_line(units[i]) and units[i].kind != "caption"]
    if chosen:
        header = _header_meta(units, chosen[0])
        if header.outlet:
            from .convert import to_simplified  # outlets go out simplified, like the text
            header.outlet = to_simplified(header.outlet)[0]
        meta.fill(header)
    return [Block(units[i].kind, units[i].text) for i in chosen], meta
