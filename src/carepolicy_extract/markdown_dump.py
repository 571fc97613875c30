"""Text dumps saved as Markdown: a reader tool's or web clipper's copy of a page, as plain lines.

Such a dump writes the page's structure as marks: `#` before a heading, `**` around bold words,
`[text](url)` for a link, `![alt](url)` for an image, `|` between a table's cells, `1.` or `-` before a
list item. Left in, the marks hide what the later stages look for: `**第一条**` is no article number to
the segmenter, `## 第一章 总则` no part heading, `[首页](/)` a link nobody reads. A dump counts as
Markdown when it opens with a heading (`# 标题`, as clippers write the page's title), has a table's
rule row (`|---|---|`), or has several of the marks that a page's own text hardly ever has
(headings, bold runs, links, images, rules), of two kinds at least: a plain dump's `*` or `#` stays
as it is, and so do the `**` of a masked name (王**) and the `__` of a blank to fill in.

markdown-it-py (CommonMark, with tables) parses the dump; each block becomes a line of its text: a
numbered item keeps its number (`1.`), a bullet loses its mark, a link keeps its text, an image (the
page's picture and its caption) is left out, a table row is its cells side by side, code and raw
markup stay as written. CommonMark does not close `**` next to CJK punctuation (`**“暖心八条”**出台`);
such pairs of marks left on a line are taken off after the parse.
"""
from __future__ import annotations

from functools import lru_cache

from .rules import compiled

# marks of Markdown's own that a page's text hardly ever has, by kind
_MARKS = {
    "heading": compiled(r"(?m)^ {0,3}#{1,6}[ \t]+\S"),
    "bold": compiled(r"\*\*[^*\s][^*\n]*?\*\*"),
    "link": compiled(r"(?<!!)\[[^\]\n]+\]\((?:https?://|/|#)[^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)"),
    "image": compiled(r"!\[[^\]\n]*\]\([^)\s]+(?:[ \t]+\"[^\"\n]*\")?\)"),
    "rule": compiled(r"(?m)^ {0,3}(?:-[ \t]*){3,}$|^ {0,3}(?:\*[ \t]*){3,}$"),
    "table": compiled(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"),
}
MIN_MARKS = 3           # marks a dump needs to be read as Markdown…
MIN_KINDS = 2           # …of this many kinds (not bold runs alone: 王**、李** masks names)
# a pair of bold or bold-italic marks CommonMark left on a line (next to CJK punctuation)
_LEFT_PAIR = compiled(r"(\*{2,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_CELL_GAP = "  "        # between a table row's cells


def is_markdown(text: str) -> bool:
    """The dump writes its structure in Markdown's marks (see the module's docstring)."""
    if "](" not in text and "**" not in text and "#" not in text and "---" not in text:
        return False        # the common case, a plain dump: no mark of any kind
    if _MARKS["heading"].match(text.lstrip("\ufeff \t\r\n")):
        return True         # a clipper's dump opens with the page's title as a heading (# 标题)
    if "|" in text and _MARKS["table"].search(text):
        return True         # a table's rule row (|---|---|) is Markdown's alone
    total, kinds = 0, 0
    for pattern in _MARKS.values():
        n = sum(1 for _ in pattern.finditer(text))
        total += n
        kinds += n > 0
    return total >= MIN_MARKS and kinds >= MIN_KINDS


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt   # loaded only for a Markdown dump
    return MarkdownIt("commonmark").enable("table")


def _inline_text(children) -> str:
    out = []
    for c in children or ():
        if c.type in ("text", "code_inline", "html_inline"):
            out.append(c.content)
        elif c.type in ("softbreak", "hardbreak"):
            out.append("\n")
        # marks (strong, em, link, s) add nothing; an image is the page's picture and its caption
    return _LEFT_PAIR.sub(r"\2", "".join(out))


def markdown_lines(text: str) -> list[str]:
    """The dump's text as plain lines, a block (heading, paragraph, list item, table row) a line."""
    lines: list[str] = []
    prefix = ""             # a numbered item's number, put before its first line
    row: list[str] | None = None
    for tok in _parser().parse(text):
        if tok.type == "list_item_open":
            prefix = f"{tok.info}{tok.markup}" if tok.info else ""
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            lines.append(_CELL_GAP.join(c for c in row if c))
            row = None
        elif tok.type == "inline":
            content = _inline_text(tok.children)
            if row is not None:
                row.append(content.replace("\n", " ").strip())
                continue
            if prefix:
                content, prefix = prefix + content, ""
            lines.extend(content.split("\n"))
        elif tok.type in ("fence", "code_block", "html_block"):
            lines.extend(tok.content.rstrip("\n").split("\n"))
    return lines
