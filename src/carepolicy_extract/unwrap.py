"""Undo the hard wrap of a text dump: lines cut at a fixed width in the middle of a sentence.

Some dumps (mail, console copies, old BBS reposts) cut every line at a fixed width:

    为深入贯彻……的重要指示精神，进
    一步激励广大党员干部……，现提出以下措施。

A dump is hard-wrapped when several of its lines reach about the same width — the widest
any line reaches, a few outliers aside — and most of those end without closing a sentence.
Then a line of that width is joined to the next when the next continues the sentence; a
line that closes a sentence and a short line (a heading, a paragraph's last line) are never
joined to what follows, nor is anything joined to a line that starts a numbered item or
another block (【…】, a bullet), a header line (date, source) or a short unpunctuated line
(a heading, a signature). A blank line always ends a paragraph.
A dump that is not hard-wrapped comes back unchanged. Page text from HTML never comes here.
"""
from __future__ import annotations

from itertools import takewhile

from .charclass import LAID_OUT
from .markers import leading_marker
from .rules import compiled

WRAP_MIN_WIDTH = 24      # columns (a Han character takes two): narrower "wraps" are lists of short lines
WRAP_SLACK = 4           # a full line ends this many columns short of the width at most (a Han character
                         # that would not fit goes to the next line; punctuation may be held back)
WRAP_MIN_LINES = 3       # this many lines must reach the width and end without closing a sentence
WRAP_OVER_SHARE = 0.05   # … and at most this share of the lines may be wider (one in twenty lines)
WRAP_OPEN_SHARE = 0.6    # … and this share of the full lines end without closing a sentence
WRAP_PUNCT_SHARE = 0.5   # … and this share of them carry punctuation (running text, not a headline list)

# a list number left alone on its line, and the separator that belongs to it opening the next one
# (PDF and OCR copies: "1" / "．发放留南红包。…")
_LONE_NUMBER = compiled(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})$")
_SEPARATOR_OPENS = compiled(r"^[．.、，,)）]\s*\S")
_CLOSES = compiled(r"[。！？!?；;：:…][”’」』)）\]】\"']*$")
_PUNCT = compiled(r"[，,。、；;：:！!？?]")
_OPENS_OTHER = compiled(r"^[#＃●○■□◆◇▲△★☆※【\[<《>＞\-—*·•]")


# the East Asian wide and full-width characters (Unicode's W and F), by block: Hangul Jamo, CJK
# punctuation to CJK compatibility, CJK ideographs, Yi, Hangul syllables, compatibility
# ideographs, vertical and small forms, full-width forms, and the astral ideographs and emoji
_WIDE_RUN = compiled("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                       "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f"
                       "\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
                       "\U00020000-\U0003fffd]+")


def width(line: str) -> int:
    """Display columns: wide and full-width characters take two (counted at C speed: this runs
    on every line of every dump)."""
    return len(line) + sum(map(len, _WIDE_RUN.findall(line)))


# a page's typeset lines: a paragraph's first line is indented by two Han characters at most, and a line
# laid out by white space (charclass.LAID_OUT) is no running text, so neither sets the width nor is joined
INDENT_MAX = 8           # columns of a paragraph's indent (two Han spaces, or four to eight spaces)


def _laid_out(line: str, indent: int = 0) -> bool:
    return indent > INDENT_MAX or LAID_OUT.search(line) is not None


def wrap_width(lines: list[str], indents: list[int] | None = None) -> int | None:
    """The width a hard-wrapped dump was cut at, or None when the lines were not cut so.

    The widths are tried from the widest down, while no more than WRAP_OVER_SHARE of the lines
    are wider: the first that WRAP_MIN_LINES lines reach decides.
    """
    indents = indents or [0] * len(lines)
    text_lines = [ln for ln, ind in zip(lines, indents, strict=True) if ln and not _laid_out(ln, ind)]
    if len(text_lines) < WRAP_MIN_LINES:
        return None
    widths = [width(ln) for ln in text_lines]
    order = sorted(range(len(widths)), key=lambda k: -widths[k])
    over_max = int(len(widths) * WRAP_OVER_SHARE)
    for over in range(over_max + 1):   # `over` lines are wider than the cut tried
        cut = widths[order[over]]
        if cut < WRAP_MIN_WIDTH:
            return None
        if over and cut == widths[order[over - 1]]:
            continue
        full = [text_lines[k] for k in takewhile(lambda k: widths[k] >= cut - WRAP_SLACK, order[over:])]
        if len(full) < WRAP_MIN_LINES:
            continue
        open_ = sum(not _CLOSES.search(ln) for ln in full)
        punct = sum(bool(_PUNCT.search(ln)) for ln in full)
        if open_ >= max(WRAP_MIN_LINES, WRAP_OPEN_SHARE * len(full)) and punct >= WRAP_PUNCT_SHARE * len(full):
            return cut
        return None
    return None


def _starts_item(line: str) -> bool:
    return leading_marker(line) is not None


def _continues(line: str, nxt: str, cut: int, header, indent: int = 0, next_indent: int = 0) -> bool:
    """Whether `nxt` carries on the sentence that the full line `line` breaks off (`indent`: the
    columns of white space `line` opened with in the dump; a line indented anew opens a paragraph)."""
    # (a paragraph's first line may be typeset as wide as the rest with its indent: then its indent counts)
    if indent + width(line) < cut - WRAP_SLACK or _CLOSES.search(line):
        return False
    if next_indent > indent or _laid_out(line, indent) or _laid_out(nxt):
        return False
    if _OPENS_OTHER.match(nxt) or _starts_item(nxt) or header(nxt):
        return False
    if width(nxt) < cut - WRAP_SLACK and not _PUNCT.search(nxt):
        return False        # a short line without punctuation: a heading, a signature, a date
    return True


def join_split_markers(lines: list[str], indents: list[int] | None = None) -> list[str]:
    """The lines with each list number that stands alone joined to the separator and text that open
    the next line; anything else is left as it is. `indents` (one a line), when given, is made to
    match the lines returned: a joined line keeps its first line's."""
    out: list[str] = []
    kept: list[int] = []
    for k, ln in enumerate(lines):
        if out and _SEPARATOR_OPENS.match(ln) and _LONE_NUMBER.match(out[-1]):
            out[-1] += ln
        else:
            out.append(ln)
            kept.append(k)
    if indents is not None:
        indents[:] = [indents[k] for k in kept]
    return out


def unwrap_lines(lines: list[str], header=lambda line: False, indents: list[int] | None = None) -> list[str]:
    """The dump's lines (stripped; blank ones kept as ''), hard wraps joined.

    `header(line)` says whether a line is a page header (date, source): it is never joined on.
    `indents` are the columns of white space each line opened with in the dump, when known.
    """
    indents = indents or [0] * len(lines)
    cut = wrap_width(lines, indents)
    if cut is None:
        return list(lines)
    out: list[list[str]] = []     # the lines of each joined line
    prev, prev_indent = "", 0       # the previous line as it was in the dump
    for ln, ind in zip(lines, indents, strict=True):
        if out and prev and ln and _continues(prev, ln, cut, header, prev_indent, ind):
            out[-1].append(ln)
        else:
            out.append([ln])
        prev, prev_indent = ln, ind
    return ["".join(parts) for parts in out]


def indent_of(line: str, space: str) -> int:
    """Display columns of the white space (`space`'s characters) a line opens with."""
    return width(line[:len(line) - len(line.lstrip(space))])
