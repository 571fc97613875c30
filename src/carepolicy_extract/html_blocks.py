"""HTML → text blocks: drop what is never article text, keep headings, paragraphs and list items.

Uses lxml directly: building a BeautifulSoup tree costs ~20× more per page,
and the pipeline parses every page.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .page import Block, PageMeta

# elements whose content is never article text
DROP_TAGS = {"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form",
             "iframe", "object", "embed", "svg", "canvas", "select", "button", "input", "textarea",
             "rt", "rp", "head"}
# elements that end a block of text
BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
              "tr", "td", "th", "table", "ul", "ol", "dl", "blockquote", "pre", "br", "hr", "center",
              "figure", "figcaption", "caption", "tbody", "thead", "body", "html", "address", "font"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u200b\ufeff]+")


def parse_html(html: str) -> etree._Element | None:
    """Parse possibly broken HTML; None when there is nothing to parse."""
    html = html.lstrip("\ufeff")
    if not html.strip():
        return None
    # lxml rejects str input that carries an encoding declaration
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    try:
        return lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True, recover=True))
    except (etree.ParserError, ValueError):
        return None


def page_meta(root: etree._Element) -> PageMeta:
    """Headline from <h1> or <title>; date and outlet from common <meta> names."""
    meta = PageMeta()
    h1 = root.find(".//h1")
    if h1 is not None:
        t = _clean(h1.text_content())
        if 4 <= len(t) <= 120:
            meta.title = t
    if meta.title is None:
        t = root.find(".//title")
        if t is not None and t.text:
            title = re.split(r"\s*[_|\-–—]\s*(?=[^_|\-–—]{2,30}$)", _clean(t.text))[0]
            meta.title = title or None
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or "").lower()
        content = _clean(m.get("content") or "")
        if not content:
            continue
        if meta.published is None and name in {"publishdate", "pubdate", "article:published_time", "publish_time",
                                                "og:release_date", "firstpublishedtime", "date"}:
            meta.published = content
        elif meta.outlet is None and name in {"source", "contentsource", "og:site_name", "sitename", "site_name"}:
            meta.outlet = content
    return meta


def _clean(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def strip_never_text(root: etree._Element) -> None:
    """Drop elements that are never article text, and comments."""
    doomed = [el for el in root.iter() if not isinstance(el.tag, str) or el.tag.lower() in DROP_TAGS]
    for el in doomed:
        _drop(el)


def flatten(root: etree._Element) -> list[Block]:
    """Walk the tree and cut its text into blocks at block-level elements."""
    blocks: list[Block] = []
    buf: list[str] = []
    kind = ["paragraph"]

    def flush() -> None:
        text = _clean("".join(buf))
        buf.clear()
        if text:
            blocks.append(Block(kind[0], text))
        kind[0] = "paragraph"

    # iterative walk: pages nested thousands deep must not exhaust the stack
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                flush()
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in BLOCK_TAGS:
            flush()
            if tag in HEADING_TAGS:
                kind[0] = "heading"
            elif tag in ("li", "dt", "dd"):
                kind[0] = "item"
        if el.text:
            buf.append(el.text)
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    flush()
    return blocks


def html_to_blocks(html: str) -> tuple[list[Block], PageMeta]:
    """The page's text blocks and what its head says about it."""
    root = parse_html(html)
    if root is None:
        return [], PageMeta()
    meta = page_meta(root)
    strip_never_text(root)
    body = root.find("body")
    return flatten(body if body is not None else root), meta
