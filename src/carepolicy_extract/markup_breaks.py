"""Line breaks a text dump kept as markup: a body pasted as `…的奔波。</p><p>“冬天单子多…`.

A dump's lines are the page's lines; where a copy pasted a paragraph run with its tags on one line,
its paragraph and line tags are the page's breaks, and a line is cut there before the repair stage
takes the tags out (which must keep the line count). A tag cuts only between text on its two sides,
and a <br> only after a sentence's end: a hard wrap's <br> in mid-sentence (发放<br>到位) cuts nothing.
"""
from __future__ import annotations

import re

from .rules import compiled

# a paragraph's or a line's tag, whole, as markup writes it (</p>, <p style="…">, <div>, <br/>, <li>)
_BLOCK_TAG = compiled(r"</?(?:p|div|li|tr|h[1-6]|section|blockquote|br)\b[^<>\n]{0,200}?/?>", re.I)
# what is no text beside a tag: other tags, entities and white space
_NOT_TEXT = compiled(r"<[^<>\n]{0,200}>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?|\s")
_SENTENCE_END = "。！？!?；;”」』）)…"


def _text_of(s: str) -> str:
    return _NOT_TEXT.sub("", s)


def split_at_markup_breaks(line: str) -> list[str]:
    """The line cut at its paragraph and line tags that stand between text (each tag stays with a
    piece for the repair stage to take out); a line without such tags comes back alone."""
    if "<" not in line:
        return [line]
    pieces: list[str] = []
    start = 0
    for m in _BLOCK_TAG.finditer(line):
        line_break = m.group(0)[1:3].lower() == "br"
        before = _text_of(line[start:m.start()])
        if not before or not _text_of(line[m.end():]) or line_break and before[-1] not in _SENTENCE_END:
            continue
        # (a closing tag or a <br> ends the piece before it, an opening tag opens the next)
        cut = m.end() if line_break or m.group(0)[1] == "/" else m.start()
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces
