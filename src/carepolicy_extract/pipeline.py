"""One document through every stage: bytes in, a validated Document out.

`extract_document` is pure (no file system), so the same function serves the
local pool, Dask workers and the tests.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import (boilerplate, classify, convert, disclosure, html_blocks, markdown_dump, markup_breaks, policies, repair,
               segment, unwrap)
from .decode import decode_bytes
from .models import Document, Measure, Policy, Repair, Source, Warning
from .page import Block, PageMeta, RepairLog
from .rules import compiled


@dataclass(frozen=True)
class Options:
    repair: bool = True


# Bounds on what one document can produce. A real article is far inside them (the longest pages seen
# carry some 30,000 characters and 100 measures); a page past one (a 50 MB text with no line breaks
# would give 17 million characters and 800,000 "measures") is cut at the bound, with a `truncated`
# warning naming it, so it costs seconds and bounded memory instead of its worker.
MAX_TEXT_CHARS = 1_000_000   # characters of article text (before repair and conversion) the stages see
MAX_MEASURES = 5_000         # measures a document keeps, in text order
MAX_POLICIES = 500           # policies a document keeps, in order of first mention


def _cut_blocks(blocks: list[Block], warnings: list[Warning]) -> list[Block]:
    """The blocks up to MAX_TEXT_CHARS characters (a block past the bound is cut at it)."""
    total = sum(len(b.text) + 1 for b in blocks)
    if total <= MAX_TEXT_CHARS:
        return blocks
    kept, room = [], MAX_TEXT_CHARS
    for b in blocks:
        if len(b.text) >= room:
            if room > 0:
                kept.append(Block(b.kind, b.text[:room]))
            break
        kept.append(b)
        room -= len(b.text) + 1
    warnings.append(Warning(code="truncated", message=f"the text was cut to its first {MAX_TEXT_CHARS:,} "
                                                      f"of {total:,} characters (MAX_TEXT_CHARS)"))
    return kept


def _cut_lists(lists: list[segment.MeasureList], warnings: list[Warning]) -> list[segment.MeasureList]:
    """The measure lists up to MAX_MEASURES items in all (the list past the bound is cut at it)."""
    total = sum(len(ml.items) for ml in lists)
    if total <= MAX_MEASURES:
        return lists
    kept, room = [], MAX_MEASURES
    for ml in lists:
        if room <= 0:
            break
        if len(ml.items) > room:
            ml = segment.MeasureList(items=ml.items[:room], family=ml.family)
        kept.append(ml)
        room -= len(ml.items)
    warnings.append(Warning(code="truncated", message=f"the measures were cut to the first {MAX_MEASURES:,} "
                                                      f"of {total:,} found (MAX_MEASURES)"))
    return kept


def _cut_policies(pols: policies.PolicyList, warnings: list[Warning]) -> policies.PolicyList:
    if len(pols) <= MAX_POLICIES:
        return pols
    kept = policies.PolicyList(pols[:MAX_POLICIES])
    kept.positions = pols.positions[:MAX_POLICIES]
    kept.word_counts = pols.word_counts[:MAX_POLICIES]
    warnings.append(Warning(code="truncated", message=f"the policies were cut to the first {MAX_POLICIES:,} "
                                                      f"of {len(pols):,} found (MAX_POLICIES)"))
    return kept


def _is_header_line(line: str) -> bool:
    return boilerplate.rule_action(line) in boilerplate.HEADER_ACTIONS


# the line breaks of a text dump: str.splitlines' own less \x85 and \x1c-\x1e, which are bytes of a
# line's UTF-8 read one a character (任 is ä»» … and 前 is å\x89\x8d; 、 is ã\x80\x81, 送 é\x80\x81) far
# more often than a break; the same less \x85 for the white space stripped from a line's ends
_LINE_BREAK = compiled("\r\n|[\n\r\x0b\x0c\u2028\u2029]")
_LINE_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\x85") + "\ufeff"


def _blocks_from_text(text: str, markdown: bool = False) -> list[Block]:
    """One block a line of the dump (of the plain text a dump in Markdown marks up); list numbers cut
    from their separator and the lines of a hard-wrapped dump are joined back first."""
    raw = markdown_dump.markdown_lines(text) if markdown else \
        [piece for line in _LINE_BREAK.split(text) for piece in markup_breaks.split_at_markup_breaks(line)]
    # (a dump's indents tell a paragraph's first line; a Markdown dump's are its own syntax)
    indents = [0 if markdown else unwrap.indent_of(line, _LINE_SPACE) for line in raw]
    lines = unwrap.join_split_markers([line.strip(_LINE_SPACE) for line in raw], indents)
    lines = unwrap.unwrap_lines(lines, _is_header_line, indents)
    return [Block("paragraph", line) for line in lines if line]


def _rejoin(blocks: list[Block], text: str) -> list[Block]:
    """Blocks carrying `text`'s lines, keeping each block's kind when the line count held."""
    lines = text.split("\n")
    if len(lines) == len(blocks):
        return [Block(b.kind, ln.strip()) for b, ln in zip(blocks, lines) if ln.strip()]
    return [Block("paragraph", ln.strip()) for ln in lines if ln.strip()]


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def build_measures(doc_id: str, text: str, lists: list[segment.MeasureList], links: list[int | None]) -> list[Measure]:
    measures: list[Measure] = []
    ordinal: dict[int, int] = {}
    for ml, pidx in zip(lists, links):
        for it in ml.items:
            key = pidx or 0
            ordinal[key] = ordinal.get(key, 0) + 1
            measures.append(Measure(
                id=f"{doc_id}#{key}.{ordinal[key]}", policy_index=pidx, number=it.number, marker=it.marker,
                group=it.group, title=it.title, text=it.body, span=(it.start, it.end)))
    return measures


def extract_document(data: bytes, fmt: str, *, doc_id: str, path: str, sha256: str,
                     options: Options = Options()) -> Document:
    """Run every stage on one page's bytes. Raises DecodeError for input that is not text."""
    decoded = decode_bytes(data, html=fmt == "html")
    raw_text = decoded.text.replace("\x00", "")
    warnings: list[Warning] = []
    if len(raw_text) != len(decoded.text):
        warnings.append(Warning(code="nul_bytes", message="NUL bytes in the input were removed"))
    if "\ufffd" in raw_text:
        warnings.append(Warning(code="undecodable_bytes",
                                message=f"{raw_text.count(chr(0xFFFD))} byte sequences could not be decoded"))
    meta = PageMeta()
    if fmt == "html":
        notes: list[tuple[str, str]] = []
        blocks, meta = html_blocks.html_to_blocks(raw_text, notes)
        warnings.extend(Warning(code=code, message=message) for code, message in notes)
    else:
        markdown = markdown_dump.is_markdown(raw_text)
        if markdown and len(raw_text) > MAX_TEXT_CHARS:
            # (the parser reads Markdown at some 0.2–1 MB a second: no more of it than the stages would see)
            warnings.append(Warning(code="truncated", message=f"the Markdown dump was read to its first "
                                                              f"{MAX_TEXT_CHARS:,} of {len(raw_text):,} characters (MAX_TEXT_CHARS)"))
            raw_text = raw_text[:MAX_TEXT_CHARS]
        blocks = _blocks_from_text(raw_text, markdown)
    blocks = _cut_blocks(blocks, warnings)

    log = RepairLog()
    joined = "\n".join(b.text for b in blocks)
    if options.repair:
        joined, log = repair.repair_text(joined)
    joined, changed = convert.to_simplified(joined)
    log.add("traditional_to_simplified", changed)
    blocks = _rejoin(blocks, joined)
    if meta.title:
        meta.title = convert.to_simplified(meta.title)[0]

    body, found = boilerplate.strip_boilerplate(blocks)
    meta.fill(found)
    text = "\n".join(b.text for b in body)
    if not text.strip():
        warnings.append(Warning(code="empty_text", message="no article text was found on the page"))

    lists = _cut_lists(segment.segment(text, meta.title), warnings)
    pols: list[Policy] = _cut_policies(policies.find_policies(text, _year(meta.published), meta.title, meta.published,
                                                                     meta.header_issuers), warnings)
    disclosure.complete_page_document(pols, joined, text, meta.title)
    links, link_warnings = policies.link(pols, lists)
    warnings.extend(link_warnings)
    measures = build_measures(doc_id, text, lists, links)
    classify.annotate(measures)
    return Document(
        doc_id=doc_id,
        source=Source(path=path, sha256=sha256, bytes=len(data), encoding=decoded.encoding, format=fmt),
        title=meta.title, published=meta.published, outlet=meta.outlet, text=text,
        repairs=[Repair(kind=k, count=n, examples=log.examples.get(k, [])) for k, n in sorted(log.counts.items())],
        policies=pols, measures=measures, warnings=warnings)


# A small made-up page that takes the common paths of every stage: page chrome, a header line,
# a policy title and alias, numbered measures in three styles. The stages compile their rule
# patterns on first use; running this once before the workers fork compiles them once, in the
# process they are forked from, instead of in every worker on its first real page.
_WARM_UP_PAGE = """<html><head><title>某市出台关心关爱一线医务人员十条措施_新闻中心</title></head><body>
<div class="breadcrumb">首页 » 新闻 » 正文</div>
<h1>某市出台关心关爱一线医务人员十条措施</h1>
<p>发布日期：2020-02-10 来源：某某日报</p>
<p>2月9日，某市印发《关于关心关爱一线医务人员的十条措施》（以下简称“十条措施”）。</p>
<p>一、落实临时性工作补助。对参与救治的医务人员给予补助。</p>
<p>二、提高卫生防疫津贴标准。按规定发放津贴。</p>
<p>三是做好生活保障。（1）安排好住宿；（2）保障餐饮；第三条 其他事项。</p>
<div class="share">分享到：微信 微博</div>
<div class="footer">版权所有 某某网 ICP备12345678号</div>
</body></html>"""


def warm_up() -> None:
    """Run the made-up page through every stage once (OpenCC included), as HTML and as a text dump."""
    data = _WARM_UP_PAGE.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    extract_document(data, "html", doc_id="warm-up", path="warm-up.html", sha256=sha)
    extract_document(data, "text", doc_id="warm-up", path="warm-up.txt", sha256=sha)
