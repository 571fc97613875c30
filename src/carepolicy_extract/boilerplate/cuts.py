"""Which parts of lines are cut before any line is judged: a site's mark glued after the last
sentence of several paragraphs (a watermark), and the headline glued again before the text's
first list marker. Both are known by repeats across the page, so they run on all lines at once.
"""
from __future__ import annotations

from ..markers import leading_marker
from ..rules import compiled
from .line_kind import BODY_MIN_CHARS, _SENTENCE_PUNCT

# what follows a paragraph's last sentence stop on its line (a site's mark glued to it)
_AFTER_LAST_STOP = compiled(r"[。！？!?][”’」』]?\s*([^。！？!?”’」』]{2,40})$")
# … is a site's mark when it names a site: an address, a bar, a source label, a name ending in 网/站/文库
_SITE_MARK = compiled(r"[A-Za-z0-9-]+\.[A-Za-z]{2,}|[|｜]|来源|出处|(?:网|网站|站|文库|资料库)[)）】\]]?\s*$")
_SENTENCE_ENDS = frozenset("。！？!?”’」』")
WATERMARK_MIN_LINES = 2      # a site's mark glued to this many paragraphs at least …
WATERMARK_MIN_SHARE = 0.5    # … and to this share of the lines that end a sentence


def _cut_watermarks(lines: list[str]) -> None:
    """The same site's mark glued after the last sentence of several paragraphs (`…补助。某某范文网
    fanwen8.com`, `…补助。 | 某某资料网`, `…补助。（来源：某某健康网）`) is cut from all of them: a
    watermark a content farm or a mirror stamps on every paragraph (and on its headings, which end
    no sentence). Said after one paragraph it is the text's (a source note the article gives)."""
    tails: dict[str, list[int]] = {}
    sentences = 0
    for i, line in enumerate(lines):
        if len(line) < BODY_MIN_CHARS:
            continue
        if line[-1] in _SENTENCE_ENDS:      # most paragraphs: ended by their sentence, nothing glued
            sentences += 1
            continue
        m = _AFTER_LAST_STOP.search(line, max(len(line) - 48, 0))
        if m is not None:
            sentences += 1
            tails.setdefault(m.group(1).strip(), []).append(i)
    for tail, at in tails.items():
        if len(at) >= WATERMARK_MIN_LINES and len(at) >= WATERMARK_MIN_SHARE * sentences and _SITE_MARK.search(tail):
            # once known, the mark is cut wherever it is glued, after a heading too (`政府留人某某岛|www…`)
            for i, line in enumerate(lines):
                if len(line) > len(tail) and line.endswith(tail):
                    lines[i] = line[:len(line) - len(tail)].rstrip()


GLUED_HEADLINE_MIN = 8    # a headline this long at least, set on its own line above …
GLUED_HEADLINE_MAX = 60
GLUED_HEADLINE_SCAN = 80  # … among the page's first lines, as a headline and the text's start are


def _cut_glued_headlines(lines: list[str]) -> None:
    """A document site's text often starts with its headline glued to its first heading
    (`某某实施方案一、总体目标为…`) below the headline set on its own line: the headline is cut
    from the line when what follows it opens with a list marker (一、 1. 第一条)."""
    heads: dict[str, list[str]] = {}
    for i, line in enumerate(lines[:GLUED_HEADLINE_SCAN]):
        for head in heads.get(line[:GLUED_HEADLINE_MIN], ()) if heads else ():
            rest = line[len(head):].lstrip()
            if line.startswith(head) and (m := leading_marker(rest)) and len(rest) - m.end >= GLUED_HEADLINE_MIN:
                lines[i] = rest
                break
        if GLUED_HEADLINE_MIN <= len(line) <= GLUED_HEADLINE_MAX and not _SENTENCE_PUNCT.search(line):
            heads.setdefault(line[:GLUED_HEADLINE_MIN], []).append(line)
