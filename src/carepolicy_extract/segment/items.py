"""The items a chain makes: where each item ends, its title and body, and its group heading.

`Item` and `MeasureList` are what the stage returns; `_Builder` holds the text's line geometry and
what the earlier steps found about its markers, and reads an item's extent, title and body from it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..charclass import closed_up
from ..markers import Marker, glued_heading, glued_heading_between
from ..numerals import count_phrases
from ..rules import compiled
from .lines import (
    _BRACKET_TITLE, _CJK, _HEADING_COUNT, _INTRODUCES, _PART_HEADING, _SENTENCE_END, _SENTENCE_END_RE, _TITLE_END_AT,
    DOC_TITLE, HEADING_MAX, INTRO_REACH, MAX_INTRO_LINES, TITLE_MAX, _breaks_off, _bullets, _context_patterns,
    _heading_item, _is_closing, _is_document_part, _is_heading, _is_point, _is_title_line, _Lines, _not_heading,
    _not_inline_heading_re, _note_line, _page_cut,
)
from .outline import _Node

LONG_TITLE_MAX = 36     # a leading sentence with a comma that titles a paragraph of several, at most this long
WRAPPED_TITLE_REACH = 8  # how far into the next line a title hard-wrapped onto it may end
LEAD_HEADING_MAX = 12   # a heading written as a paragraph's first sentence (强化激励。一是…) at most this long
CLOSING_REACH = 40      # how much of a sentence is read for a closing opening
_SENTENCE_END_ONLY = compiled("[。！？!?]")
_BODY_LEAD_STOPS = "。，、；：,;:"


@dataclass
class Item:
    number: int
    marker: str
    style: str
    start: int           # offset of the marker in the text
    end: int             # end of the measure's body
    title: str | None
    body: str
    group: str | None = None


@dataclass
class MeasureList:
    items: list[Item] = field(default_factory=list)
    family: int = 0      # lists under headings of one numbered outline share a family (one policy)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


_SEMICOLON_OR_END = compiled("[；;。！？!?]")
# an item's line holding a short title, its colon and its text (`补贴对象：本市户籍…`)
_TITLE_COLON_TEXT_ON_LINE = compiled(r"[^：:\n。；;]{1,20}[：:][^\n]*[^\s：:]")


def _goes_on(line: str) -> bool:
    """The line's sentence goes on on the next line: broken off without a stop (hard-wrapped text) or
    at a comma (`三、将家庭病床费用纳入…，按住院标准，` over `按比例予以报销。`)."""
    return line.rstrip()[-1:] in "，,、" or _breaks_off(line)


@lru_cache(maxsize=1)
def _watermark_re() -> re.Pattern | None:
    return _context_patterns("watermark_lines")


def _watermark(line: str) -> bool:
    """A line an uploader or a site stamped into the text ([watermark_lines]: `政策通整理 www.…`), no
    sentence of the item's (`可登录www.example.gov.cn在线申请。`, `扫码即可预约，…`)"""
    rx = _watermark_re()
    return rx is not None and line[-1:] not in "。；;！!？?，," and "，" not in line and rx.search(line) is not None


def _only_notes(s: str) -> bool:
    """Every line of `s` is a note ([note_lines]: `（责任单位：市民政局）`), no body: the
    sentence above them is the item's text, not its title."""
    lines = [ln for ln in s.split("\n") if ln.strip()]
    return bool(lines) and all(map(_note_line, lines))


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.lines = _Lines(text)
        self.page_cut, self.text_end = _page_cut(text), len(text.rstrip())   # asked once per item
        self.marker_lines: set[int] = set()
        self.count_settled = False      # a declared count settles the outline's levels as they stand
        # a heading written as its line's first sentence (`一、强化激励。一是…二是…`) heads the inline list
        # after it only where a declared count counts that list's items (else it is the item's title)
        self.sentence_heads = False
        self.glued_lines: set[int] = set()      # lines opening with a bare numeral glued to a word (一安排)
        self.chain_starts: list[int] = []
        self.group_heads: dict[int, str] = {}   # numbered heading lines over a list numbered across them
        # numbered title lines of no list (the one heading the page shows: `二、主要措施` over `（一）…`)
        self.lone_heads: dict[int, str] = {}
        self.marker_starts: list[int] = []      # offsets of every candidate marker
        self.marker_ends: list[int] = []        # … where their items' words begin
        self.marker_styles: list[str] = []      # … and their styles
        self.chain_style: dict[int, str] = {}   # first marker of a chain → its style
        # first markers of lists whose items are the measures whatever lists they hold (levels._middle_level),
        # and where the text their last item holds ends
        self.measure_levels: dict[int, int] = {}
        self._cuts: dict[int, int] = {}     # marker start → cut_before_heading, asked for again and again
        # numbered points that are the text of their item (lists under an item that are no measures)
        self.sub_lines: set[int] = set()        # their line indices
        self.sub_starts: set[int] = set()       # offsets of their first markers
        self._loose: list[int] | None = None    # prefix counts of unnumbered non-blank lines
        self._points: list[int] = []            # … and of those a bullet or a letter opens (points)
        # titles the text gives in 《》 (现将《…十条措施》印发给你们): a line that is one of them is the
        # title of the document below it, not a group heading
        self.doc_titles = frozenset(t.strip() for t in DOC_TITLE.findall(text))

    def heading_block_above(self, line_idx: int, limit: int = 3, floor: int = 0) -> tuple[int, list[str]]:
        """Consecutive unnumbered heading lines right above `line_idx`, none above line `floor`."""
        heads: list[str] = []
        j = line_idx - 1
        while j >= floor and len(heads) < limit:
            ln = self.lines.line(j)
            if not ln.strip():
                j -= 1
                continue
            if j in self.group_heads or (j in self.lone_heads and not heads):
                heads.append(self.group_heads.get(j) or self.lone_heads[j])
                j -= 1
                break       # a numbered heading opens its group: nothing above it belongs to it
            if (not _is_heading(ln, self.marker_lines, j) or _is_document_part(ln) or ln.strip() in self.doc_titles
                    or _not_heading(ln)):
                if not heads:
                    # a numbered part's heading over a paragraph or two that introduce it, then its
                    # first item (`二、支持重点群体就业` / `高校毕业生是…` / `（三）…`, the list numbered across
                    # the parts: chains._numbered_group_headings)
                    k = self._group_head_over_intro(j, floor)
                    if k is not None:
                        return k, [self.group_heads[k]]
                break
            heads.append(_part_title(ln.strip()))
            j -= 1
        return j + 1, heads[::-1]

    def _group_head_over_intro(self, j: int, floor: int) -> int | None:
        """The line of a numbered group heading right above line `j` and at most MAX_INTRO_LINES - 1
        more lines of text, none of them numbered; None when there is none."""
        if not self.group_heads:
            return None
        text_lines = 0
        while j >= floor:
            if j in self.group_heads:
                return j
            if self.lines.line(j).strip():
                text_lines += 1
                if text_lines > MAX_INTRO_LINES or j in self.marker_lines:
                    return None
            j -= 1
        return None

    def cut_before_heading(self, mk: Marker) -> int:
        """Where the item before `mk` ends: before `mk`, or before the headings right above it."""
        cut = self._cuts.get(mk.start)
        if cut is None:
            cut = self._cuts[mk.start] = self._cut_before_heading(mk)
        return cut

    def _cut_before_heading(self, mk: Marker) -> int:
        if mk.line_start:
            idx = self.lines.index(mk.start)
            top, heads = self.heading_block_above(idx)
            if heads:
                return self.lines.starts[top]
        elif self.inline_heading(mk):
            if mk.weak:
                return glued_heading(self.text, mk.start)
            return self.lines.starts[self.lines.index(mk.start)]
        return mk.start

    def inline_heading(self, mk: Marker) -> str | None:
        """A group heading before the marker on its line: `落实四项保障：5.待遇保障；6.…`.

        Only the first marker of its line, after a short phrase ending with a colon that does not
        introduce the list (具体措施如下：) and holds no sentence end.
        """
        if mk.line_start:
            return None
        if mk.weak:
            # an item glued to its group's heading (…氛围。加强四种保障5.加强力量保障), or to a
            # numbered heading (…一、稳定就业岗位1.发放稳岗补贴)
            at = glued_heading(self.text, mk.start)
            if at < 0:
                k = bisect.bisect_left(self.marker_starts, mk.start) - 1
                prev_end = self.marker_ends[k] if k >= 0 else -1
                at = prev_end if (k >= 0 and self.marker_styles[k] != mk.style
                                  and glued_heading_between(self.text, prev_end, mk.start)) else -1
            return self.text[at:mk.start] if at >= 0 else None
        lo = self.lines.starts[self.lines.index(mk.start)]
        k = bisect.bisect_left(self.marker_starts, lo)
        if k < len(self.marker_starts) and self.marker_starts[k] < mk.start:
            return None     # another marker stands before it on the line
        prefix = self.text[lo:mk.start].strip()
        if not (3 <= len(prefix) <= HEADING_MAX and prefix[-1] in "：:"):
            return None
        head = prefix[:-1].strip()
        if len(_CJK.findall(head)) < 2 or any(c in head for c in _SENTENCE_END):
            return None
        bad = _not_inline_heading_re()
        if bad is not None and bad.search(prefix):
            return None
        return head

    def lead_heading(self, chain: list[Marker]) -> str | None:
        """A group heading written as the short first sentence of the paragraph its items make up:
        `强化激励。一是…二是…` (`<p><strong>强化激励。</strong>一是…`).

        The chain's items all stand on that line, two at least, the first right after the phrase and
        no other marker before it; the phrase is short, Han only, declares no count and does not
        introduce the list (具体如下。).
        """
        mk = chain[0]
        if mk.line_start or len(chain) < 2:
            return None
        idx = self.lines.index(mk.start)
        if any(m.line_start or self.lines.index(m.start) != idx for m in chain[1:]):
            return None
        lo = self.lines.starts[idx]
        k = bisect.bisect_left(self.marker_starts, lo)
        if k < len(self.marker_starts) and self.marker_starts[k] < mk.start:
            return None
        prefix = self.text[lo:mk.start].strip()
        if not prefix or prefix[-1] not in "。！!":
            return None
        head = prefix[:-1].strip()
        if not (2 <= len(head) <= LEAD_HEADING_MAX and len(_CJK.findall(head)) == len(head)) or count_phrases(head):
            return None     # Han only: no quotes, numbers or punctuation (东阳市出台“暖心六条”。第一条…)
        bad = _not_inline_heading_re()
        if bad is not None and bad.search(head):
            return None
        return head

    def loose_lines(self, lo: int, hi: int) -> int:
        """Non-blank lines in [lo, hi) that no marker starts: a measure's paragraphs, not its points."""
        if self._loose is None:
            acc, pts, loose, points = 0, 0, [0], [0]
            bullets = _bullets()
            prev = ""
            for j, ln in enumerate(self.lines.texts):
                s = ln.lstrip()
                # (a point opened by a bullet or a letter, `•…` `a）…`, is a point too, no paragraph;
                # nor is a line that goes on with the sentence the line above broke off at a comma:
                # `3对低保家庭中的…患者，` over `按照不同类别分类施保。`; lines broken off without a stop
                # are the last item's open sentence, below)
                point = bool(s) and j not in self.marker_lines and _is_point(s, bullets)
                goes_on = prev[-1:] in "，,、"
                acc += bool(s) and j not in self.marker_lines and not point and not goes_on
                if s:
                    prev = s.rstrip()
                pts += point
                loose.append(acc)
                points.append(pts)
            self._loose, self._points = loose, points
        return self._loose[max(hi, lo)] - self._loose[lo]

    def point_lines(self, lo: int, hi: int) -> int:
        """Lines in [lo, hi) opened by a bullet or a letter that no marker starts: a measure's points."""
        self.loose_lines(lo, lo)
        return self._points[max(hi, lo)] - self._points[lo]

    def mark_sub_points(self, nodes: list["_Node"]) -> None:
        """The chains of `nodes` and below are the text of the item they hang under."""
        todo = list(nodes)
        while todo:
            node = todo.pop()
            self.sub_starts.add(node.chain[0].start)
            self.sub_lines.update(self.lines.index(m.start) for m in node.chain if m.line_start)
            todo += [k for kids in node.children.values() for k in kids]

    def next_chain_start(self, after: int) -> int:
        k = bisect.bisect_right(self.chain_starts, after)
        return self.chain_starts[k] if k < len(self.chain_starts) else len(self.text)

    def extent(self, chain: list[Marker], k: int, limit: int) -> int:
        """End offset of item k of the chain."""
        text, lines = self.text, self.lines
        mk = chain[k]
        if k + 1 < len(chain):
            end = self.cut_before_heading(chain[k + 1])
        else:
            idx = lines.index(mk.start)
            # the next list ends the last item, unless it runs inside the item's own line in
            # another style (a sub-enumeration: （三）强化关爱。1.安排轮休；2.关心家属。)
            # (nor do the lists under it that are its text: `（四）购买保险` over `1.…` `2.…`)
            nxt = self.next_chain_start(mk.start)
            while nxt < len(text) and (nxt in self.sub_starts or (
                    lines.index(nxt) == idx and self.chain_style.get(nxt) != mk.style)):
                nxt = self.next_chain_start(nxt)
            limit = min(limit, nxt)
            end = lines.bounds(idx)[1]
            # (a last item a hard wrap put at a line's start, after siblings that all stand inside a
            # paragraph whose sentence the line above leaves open, is of that paragraph too:
            # `…二是保障休息，合理安排轮休；` over `三是关爱家属，…。区卫健局…`; not after `…轮休。`)
            inline = not mk.line_start or (k > 0 and idx > 0 and all(not chain[j].line_start for j in range(k))
                                           and (_goes_on(lines.line(idx - 1)) or lines.line(idx - 1).rstrip()[-1:] in "；;"))
            if inline:
                # an item inside a paragraph goes on over the lines of a hard-wrapped paragraph: while
                # a line breaks off inside a sentence, the next one is of it
                j = idx
                while j + 1 < len(lines):
                    s, e = lines.bounds(j + 1)
                    if (s >= limit or j + 1 in self.marker_lines or not _breaks_off(lines.line(j)[-INTRO_REACH:])
                            or not lines.line(j + 1).strip()):
                        break
                    end, j = e, j + 1
                # a list written as one sentence, its items parted by semicolons with no sentence end
                # inside them (…：（1）…；（2）…；（3）…。《办法》自…), ends where that sentence ends
                if k > 0:
                    seps = [text[chain[j].end:chain[j + 1].start].rstrip() for j in range(k)]
                    if all(sep[-1:] in "；;。" and not _SENTENCE_END_ONLY.search(sep, 0, len(sep) - 1)
                           for sep in seps):
                        # (items that all end with a semicolon hold none: the last ends at its first,
                        # …；三是景区免门票；还有免费核酸检测…这些。 — what follows is the sentence's own)
                        ends = _SEMICOLON_OR_END if all(sep[-1:] in "；;" for sep in seps) else _SENTENCE_END_ONLY
                        stop = ends.search(text, mk.end, min(end, limit))
                        if stop:
                            end = stop.end()
                    elif all(not _SENTENCE_END_ONLY.search(sep) for sep in seps):
                        # items parted by commas only or by nothing, no stop inside them (…，一是加大投入，每年…，
                        # 二是落实补贴，…，三是强化服务，…。会议强调… / 一是加大投入二是完善网络三是…。): the
                        # sentence that holds them ends the last
                        stop = _SENTENCE_END_ONLY.search(text, mk.end, min(end, limit))
                        if stop:
                            end = stop.end()
                # …up to the list's closing frame (…。以上措施自即日起执行。)
                frame = _context_patterns("closing_frames")
                for stop in _SENTENCE_END_ONLY.finditer(text, mk.end, min(end, limit)) if frame is not None else ():
                    if frame.match(text, stop.end(), min(end, stop.end() + CLOSING_REACH)):
                        end = stop.end()
                        break
            if not inline:
                # the last item of a list written line by line takes its own numbered points and
                # as many unnumbered lines as its siblings do, stopping at headings, numbered
                # lines and the article's closing paragraph (下一步，… / 据了解，…)
                spans = [self.loose_lines(lines.index(chain[j].start) + 1,
                                          lines.index(self.cut_before_heading(chain[j + 1]) - 1) + 1)
                         for j in range(len(chain) - 1)]
                # (a last item that is a bare title takes no line its one-line siblings did not:
                # `4.减轻基层负担。` closes a list of one-liners, the paragraph below is the article's)
                extra = max(spans, default=0)
                # (its own bulleted or lettered points, when a sibling has such points too or its
                # line introduces them: `3.申请材料：` over `•身份证` `•户口本`)
                pointed = text[mk.end:end].split("\n", 1)[0].rstrip().endswith(("：", ":")) or any(
                    self.point_lines(lines.index(chain[j].start) + 1,
                                     lines.index(self.cut_before_heading(chain[j + 1]) - 1) + 1)
                    for j in range(len(chain) - 1))
                if len(chain) == 1 and self.page_cut:
                    # the only item of its list, cut off by the end of the page: all it shows
                    extra = len(lines)
                # a bare title whose siblings have their text (or points) below their title lines
                # takes one line of text when it has no points of its own (二、减轻负担 / 严格杜绝…)
                bare_title = extra == 0 and _heading_item(text, lines, mk) and any(
                    lines.index(self.cut_before_heading(chain[j + 1]) - 1) > lines.index(chain[j].start)
                    for j in range(len(chain) - 1))
                # (and a title whose colon introduces its text, which the siblings gave on their own lines:
                # `三、申请方式：` over `申请人可登录…在线申请。` after `一、补贴对象：本市户籍…`)
                if extra == 0 and not bare_title and len(chain) > 1 and \
                        text[mk.end:end].rstrip().endswith(("：", ":")) and "\n" not in text[mk.end:end] and \
                        all(_TITLE_COLON_TEXT_ON_LINE.match(text, chain[j].end, lines.bounds(lines.index(chain[j].start))[1])
                            for j in range(len(chain) - 1)):
                    bare_title = True
                line_end = end
                text_end = self.text_end        # (the page's last line heads nothing)
                # a line that goes on with a sentence the line above broke off (hard-wrapped text,
                # or a bare `6.` over its text) is no heading
                # (or the marker's own line breaks off inside a sentence, `三、除承担防疫任务的…、`,
                # unless a sibling's line breaks off too with nothing below it: items without stops)
                first_line = text[mk.end:line_end]
                # (a paragraph under a title alone on its line is that item's text, whatever it opens with:
                # `四、工作要求` over `各乡镇要加强政策宣传…`; a closing paragraph follows an item's text)
                title_alone = 0 < len(first_line.strip()) <= HEADING_MAX and not _SENTENCE_END_RE.search(first_line)
                open_sentence = not first_line.strip() or (_goes_on(first_line) and not any(
                    spans[j] == 0 and _goes_on(lines.rest_of_line(chain[j].end))
                    for j in range(len(chain) - 1)))
                j = idx + 1
                while j < len(lines):
                    s, e = lines.bounds(j)
                    if s >= limit:
                        break
                    ln = text[s:e]
                    if ln.strip():
                        if j in self.sub_lines or (pointed and _is_point(ln.lstrip(), _bullets())):
                            end = e
                        elif ((j in self.marker_lines and not (open_sentence and j in self.glued_lines))
                              or (_is_heading(ln) and not open_sentence and e < text_end and not _note_line(ln))
                              or _is_document_part(ln) or (_is_closing(ln) and not (title_alone and end == line_end))):
                            break
                        elif extra > 0 or open_sentence:
                            # (a line that goes on with a broken sentence is not one more paragraph)
                            extra -= not open_sentence
                            end = e
                            open_sentence = _goes_on(ln)
                        elif bare_title and end == line_end:
                            end = e
                            break
                        else:
                            break
                    j += 1
        end = min(end, limit)
        while end > mk.end and text[end - 1].isspace():
            end -= 1
        # an uploader's or a site's watermark line closing the item's span ([watermark_lines]) is not its text
        cut = text.rfind("\n", mk.end, end)
        if cut >= 0 and _watermark(text[cut + 1:end].strip()):
            end = cut
            while end > mk.end and text[end - 1].isspace():
                end -= 1
        if k + 1 == len(chain) and end == limit and text[end - 1:end] in ("：", ":"):
            # the next list's introduction on the same line (…保障休息。另有安排：一、…) is not this item's
            cut = max(text.rfind(c, mk.end, end - 1) for c in "。；;！？!?")
            if cut > mk.end:
                end = cut + 1
        return max(end, mk.end)

    def title_and_body(self, mk: Marker, end: int) -> tuple[str | None, int, int]:
        """Title (or None) and the [start, end) of the body."""
        text, lines = self.text, self.lines
        line_end = min(lines.bounds(lines.index(mk.start))[1], end)
        rest = text[mk.end:line_end]
        bracketed = _BRACKET_TITLE.match(rest)
        if mk.line_start and not rest.strip() and line_end < end:
            # a marker alone on its line (`01` over `发放消费券` over its text): the next line may title it
            nxt = lines.index(line_end + 1) if line_end + 1 < len(text) else -1
            if nxt >= 0:
                ns, ne = lines.bounds(nxt)
                ne = min(ne, end)
                if (ne < end and _is_title_line(text[ns:ne]) and not _breaks_off(text[ns:ne])
                        and text[ne:end].strip()):
                    return text[ns:ne].strip().rstrip("。：:；;，, "), ne + 1, end
        if bracketed and text[mk.end + bracketed.end():end].strip():
            # a bracketed title opening the item: `1.【加大信贷投放】鼓励银行机构…`
            title, bs = bracketed.group(1).strip(), mk.end + bracketed.end()
        elif mk.line_start and line_end < end and _is_title_line(rest) and not _only_notes(text[line_end:end]):
            title = rest.strip().rstrip("。：:；;，, ")
            bs = line_end
            if _breaks_off(rest):
                # a title hard-wrapped onto the next line (a PDF's copy): `（四）改善…完善周转房和食` over
                # `堂设施。每年安排…`; the title ends at the first stop there
                stop = _TITLE_END_AT.search(text, line_end + 1, min(end, line_end + 1 + WRAPPED_TITLE_REACH))
                if stop and "\n" not in text[line_end + 1:stop.start()] and text[stop.end():end].strip() \
                        and self.lines.index(line_end + 1) not in self.marker_lines \
                        and len(title) + stop.start() - line_end - 1 <= TITLE_MAX \
                        and not _SENTENCE_END_RE.search(text, line_end + 1, stop.start()):
                    title += text[line_end + 1:stop.start()].strip()
                    bs = stop.end()
        else:
            found = _TITLE_END_AT.search(rest, 0, TITLE_MAX + 2)
            if found and found.start() > TITLE_MAX:
                found = None
            cut = found.start() if found else -1
            after_cut = found.end() if found else 0
            head = rest[:cut] if cut > 0 else ""
            after = text[mk.end + after_cut:end].strip().lstrip(_BODY_LEAD_STOPS)
            # (a sentence followed only by notes is the item's text: `新建…10个。` over `（牵头单位：…）`)
            if head and "，" not in head and "," not in head and after and not _INTRODUCES.search(head) \
                    and not _only_notes(after):
                title = head.strip()
                bs = mk.end + after_cut
            else:
                title, bs = None, mk.end
                # a paragraph of several sentences led by a sentence that states the item, one
                # comma at most (`一、各级领导干部要靠前指挥，全面落实责任制。要清醒认识…。要…`)
                stop = rest.find("。", 0, LONG_TITLE_MAX + 1) if mk.line_start else -1
                if stop > 0:
                    lead = rest[:stop]
                    tail = text[mk.end + stop + 1:end]
                    if (lead.count("，") + lead.count(",") == 1 and not any(c in lead for c in "；;：:！？!?")
                            and tail.count("。") >= 2 and len(tail) >= 2 * len(lead)):
                        title, bs = lead.strip(), mk.end + stop + 1
        if title and len(_CJK.findall(title)) < 2 and sum(c.isascii() and c.isalpha() for c in title) < 3:
            title, bs = None, mk.end    # a fragment a PDF's text left (`1.简 30`) titles nothing
        # white space, and stops doubled after the title (`及时表彰奖励。。对先进典型…`)
        while bs < end and (text[bs].isspace() or (title and text[bs] in _BODY_LEAD_STOPS)):
            bs += 1
        return (title or None), bs, end

    def short_title(self, mk: Marker) -> str | None:
        """The item's title as `title_and_body` finds it, read from its first line only (a cheap look)."""
        line_end = self.lines.bounds(self.lines.index(mk.start))[1]
        return self.title_and_body(mk, min(line_end + 1, mk.end + 2 * HEADING_MAX, len(self.text)))[0]

    def item(self, mk: Marker, end: int, group: str | None) -> Item:
        if group:
            group = _HEADING_COUNT.sub("", group).rstrip() or group     # 支持企业稳岗留工（4条）: the count is no name
        title, bs, be = self.title_and_body(mk, end)
        return Item(mk.number, mk.text, mk.style, mk.start, end, title, self.text[bs:be], group)

    def groups_of(self, chain: list[Marker]) -> list[str | None]:
        """Unnumbered headings above the items of a top-level chain (强化四项激励 above 1. and 2.)."""
        out: list[str | None] = []
        current = None
        # inline group headings count when a later item has one (the list is grouped), and then
        # also before the first item (强化四项激励：1.…  落实四项保障：5.…)
        inline = [self.inline_heading(mk) for mk in chain]
        if not any(inline[1:]) and not (chain[0].weak and inline[0]):
            inline = [self.lead_heading(chain)] + [None] * (len(chain) - 1)
        for k, mk in enumerate(chain):
            if inline[k]:
                current = inline[k]
            if mk.line_start:
                idx = self.lines.index(mk.start)
                top, heads = self.heading_block_above(idx)
                if not heads and k == 0 and top >= 2:
                    # one introductory paragraph may stand between the heading and the list; the
                    # first line of a text is then more likely the article's headline than a heading
                    intro = top - 1
                    if intro not in self.marker_lines and self.lines.line(intro).strip():
                        _, heads = self.heading_block_above(intro, floor=1)
                        # a line with a clause break over the paragraph is its wrapped first line
                        # (为贯彻…要求，引导企业员工春节期间 / 留南过年，…制定以下措施。), no heading
                        if heads and any(c in heads[-1] for c in "，,；;"):
                            heads = []
                if heads:
                    current = " ".join(heads)
            out.append(current)
        return out


def _part_title(heading: str) -> str:
    """A group heading without the numeral of a regulation's part, its letter-spacing closed up
    (`第一章 总 则` → `总则`, `第二章　激励措施` → `激励措施`); any other heading as it is."""
    m = _PART_HEADING.match(heading)
    return heading if m is None or m.end() == len(heading) else closed_up(heading[m.end():])
