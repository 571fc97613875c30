"""Property-based fuzzing (issue 8): one property per stage, on random bytes, random Unicode,
random HTML and random mixes of numbering markers and Han text. Nothing escapes a stage but
its documented error; offsets lie inside the text; measure text is a substring of it.

Examples per property: FUZZ_EXAMPLES (default 2000, what CI runs). For a longer run:
    FUZZ_EXAMPLES=20000 .venv/bin/pytest tests/test_fuzz.py
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carepolicy_extract import boilerplate, convert, html_blocks, policies, repair, segment
from carepolicy_extract.decode import DecodeError, Decoded, decode_bytes
from carepolicy_extract.models import Document
from carepolicy_extract.page import Block
from carepolicy_extract.pipeline import extract_document

settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "2000")), deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
FUZZ = settings.get_profile("fuzz")

# ---------------------------------------------------------------- strategies

HAN = "关心爱一线医务人员疫情防控措施落实补助津贴标准强化激励保障關愛戰疫勇士麗水舉條區號為發"
PINYIN = "guānàiyīxiàn"
MARKERS = ["一、", "二、", "三、", "十、", "（一）", "（二）", "(三)", "1.", "2.", "3.", "1、", "2、", "10.", "第一条",
           "第二条", "第十条", "(1)", "（2）", "①", "②", "一是", "二是", "三要", "其一", "一", "二", "1", "2"]
PUNCT = ["。", "，", "；", "：", "、", "！", "？", "\n", "\n\n", " ", "\u3000", "《", "》", "“", "”", "(", ")", "（", "）"]
NOISE = ["?", "??", "\ufffd", "&nbsp;", "<br>", "?/p>", "(guān)", "關(", "(", "\x00", "\t", "\r", "\u200b"]

han_text = st.text(alphabet=HAN, min_size=1, max_size=12)
words = st.one_of(han_text, st.sampled_from(MARKERS), st.sampled_from(PUNCT), st.sampled_from(NOISE),
                  st.text(alphabet=PINYIN + "0123456789", max_size=6),
                  st.builds(lambda t: f"《{t}》", han_text), st.builds(lambda t: f"“{t}”", han_text))
marker_soup = st.lists(words, max_size=25).map("".join)
NUM = "〇一二三四五六七八九十"
STYLES = [lambda n: f"{NUM[n]}、", lambda n: f"（{NUM[n]}）", lambda n: f"{n}.", lambda n: f"{n}、",
          lambda n: f"第{NUM[n]}条", lambda n: f"({n})", lambda n: "①②③④⑤⑥⑦⑧⑨⑩"[n - 1], lambda n: f"{NUM[n]}是",
          lambda n: f"{n}．"]


@st.composite
def numbered(draw) -> str:
    """Text shaped like a policy: headings over numbered lists (nested, gapped, inline), with noise."""
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            lines.append(draw(han_text) + draw(st.sampled_from(["", "：", "。", "如下："])))
        style, sub = draw(st.sampled_from(STYLES)), draw(st.sampled_from(STYLES))
        first = draw(st.integers(1, 2))
        for n in range(first, first + draw(st.integers(1, 6))):
            n = min(10, n + (draw(st.integers(0, 9)) == 0))   # now and then a gap
            line = style(n) + draw(han_text) + draw(st.sampled_from(["。", "：", "，", "", "\n"])) + draw(marker_soup)
            if draw(st.integers(0, 3)) == 0:                 # a nested list under this item
                line += "".join("\n" + sub(k) + draw(han_text) + "。" for k in range(1, draw(st.integers(2, 4))))
            lines.append(line)
    return draw(st.sampled_from(["\n", "\n\n", "。", "\n \n"])).join(lines)


marker_text = st.one_of(numbered(), marker_soup, st.builds(str.__add__, numbered(), marker_soup))
any_text = st.one_of(marker_text, st.text(max_size=200),
                     st.text(alphabet=HAN + PINYIN + "?()（）\n 一二三、.1234", max_size=200))

BOILER = ["首页", "当前位置：首页 > 新闻", "分享到：", "责任编辑：张三", "来源：人民网", "2020-02-24 16:52:00",
          "版权所有 © 2020", "上一篇", "下一篇", "打印本页", "关闭窗口", "【字体：大 中 小】", "扫一扫在手机打开当前页"]
TAGS = ["div", "p", "span", "h1", "h2", "li", "ul", "ol", "table", "tr", "td", "a", "b", "br", "nav", "footer",
        "header", "script", "style", "noscript", "pre", "section", "article", "font", "title", "head", "body"]
ATTRS = st.sampled_from(['', ' class="content"', ' class="nav menu"', ' id="footer"', ' style="display:none"',
                         ' href="/a?b=1&c=2"', ' class=', ' data-x="一、', " onclick='x<y'"])
html_piece = st.deferred(lambda: st.one_of(
    marker_text.map(lambda s: s.replace("\x00", "")),
    st.sampled_from(["<", ">", "</", "<!--", "-->", "<!DOCTYPE html>", "&amp;", "&#x4e00;", "&#99999999;", "<![CDATA[",
                     "<?xml version='1.0' encoding='gbk'?>", '<meta charset="gb2312">', "</div>", "</p>", "<p",
                     "<html>", "</html>"]),
    st.builds(lambda tag, attrs, inner: f"<{tag}{attrs}>{inner}</{tag}>", st.sampled_from(TAGS), ATTRS,
              st.lists(html_piece, max_size=3).map("".join)),
    st.builds(lambda tag, attrs: f"<{tag}{attrs}>", st.sampled_from(TAGS), ATTRS),
))
html_text = st.lists(html_piece, max_size=8).map("".join)
blocks = st.lists(st.builds(Block, st.sampled_from(["heading", "paragraph", "item"]),
                            st.one_of(han_text, marker_soup, st.sampled_from(BOILER))
                            .map(lambda s: " ".join(s.replace("\x00", "").split()))), max_size=25)


def _encoded(text: str, enc: str) -> bytes:
    return text.encode(enc, "replace")


page_bytes = st.one_of(
    st.binary(max_size=600),
    st.builds(_encoded, any_text, st.sampled_from(["utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be"])),
    st.builds(lambda t, cut: t.encode()[:cut], marker_text, st.integers(0, 400)),
    st.builds(lambda a, b, c: a.encode("gb18030") + b + c.encode(), marker_text, st.binary(max_size=8), marker_text),
)

# ---------------------------------------------------------------- properties


@FUZZ
@given(st.binary(max_size=800), st.booleans())
def test_decode_random_bytes(data, html):
    try:
        d = decode_bytes(data, html=html)
    except DecodeError as err:
        assert str(err)
        return
    assert isinstance(d, Decoded) and isinstance(d.text, str) and d.encoding


@FUZZ
@given(page_bytes, st.booleans())
def test_decode_page_like_bytes(data, html):
    try:
        d = decode_bytes(data, html=html)
    except DecodeError:
        return
    assert isinstance(d.text, str) and d.encoding
    d.text.encode("utf-8")    # no lone surrogates: the text must be writable as JSON


def _check_blocks(out, meta) -> None:
    for b in out:
        assert b.kind in ("heading", "paragraph", "item")
        assert isinstance(b.text, str) and b.text.strip()
        assert "\n" not in b.text and "\r" not in b.text
    assert meta.title is None or isinstance(meta.title, str)


@FUZZ
@given(html_text)
def test_html_blocks(html):
    notes = []
    _check_blocks(*html_blocks.html_to_blocks(html, notes))
    assert all(code == "html_flattened" for code, _ in notes)
    # past libxml2's 2,048 levels the page is read without a tree (flatten_markup): the same guarantees
    deep = "<div>" * 2100 + html + "</div>" * 2100
    notes = []
    _check_blocks(*html_blocks.html_to_blocks(deep, notes))
    assert [code for code, _ in notes] == ["html_flattened"]
    for u in html_blocks.flatten_markup(html):
        assert u.text.strip() and "\n" not in u.text and 0 <= u.link_words <= u.words


@FUZZ
@given(any_text)
def test_repair_keeps_lines(text):
    fixed, log = repair.repair_text(text)
    assert isinstance(fixed, str)
    assert fixed.count("\n") == text.count("\n")
    assert all(n > 0 for n in log.counts.values())


@FUZZ
@given(any_text)
def test_convert_keeps_lines(text):
    out, changed = convert.to_simplified(text)
    assert isinstance(out, str) and changed >= 0
    assert out.count("\n") == text.count("\n")
    assert (changed == 0) == (out == text)


@FUZZ
@given(blocks)
def test_boilerplate_keeps_a_subsequence(bs):
    kept, meta = boilerplate.strip_boilerplate(bs)
    it = iter(bs)
    # the blocks given, in their order (a block a cut shortened is kept as a new block of the rest)
    assert all(any(k is b or k.kind == b.kind and k.text in b.text for b in it) for k in kept)
    assert all(k.text.strip() for k in kept)


def _check_lists(text: str, lists) -> None:
    last = -1
    for ml in lists:
        assert ml.start >= last
        last = ml.start
        for it in ml.items:
            assert 0 <= it.start < it.end <= len(text), (it.start, it.end, len(text))
            assert it.body in text
            assert it.body == "" or it.body in text[it.start:it.end]
            # (a title hard-wrapped onto the next line is read without the line break)
            assert it.title is None or it.title in text[it.start:it.end].replace("\n", "")
            assert text[it.start:].startswith(it.marker) or it.marker in text[it.start:it.end]


@FUZZ
@given(marker_text)
def test_segment_spans_inside_text(text):
    _check_lists(text, segment.segment(text))


@FUZZ
@given(marker_text, st.one_of(st.none(), st.integers(1990, 2030)), st.one_of(st.none(), han_text))
def test_find_policies(text, year, headline):
    pols = policies.find_policies(text, year, headline)
    assert [p.index for p in pols] == list(range(1, len(pols) + 1))
    lists = segment.segment(text)
    links, warnings = policies.link(pols, lists)
    assert len(links) == len(lists)
    assert all(ix is None or 1 <= ix <= len(pols) for ix in links)


@FUZZ
@given(page_bytes, st.sampled_from(["text", "html"]))
def test_extract_document_end_to_end(data, fmt):
    try:
        doc = extract_document(data, fmt, doc_id="fuzz", path="fuzz.txt", sha256="0" * 64)
    except DecodeError:
        return
    assert isinstance(doc, Document)
    Document.model_validate_json(doc.model_dump_json())   # what the worker writes reads back
    for m in doc.measures:
        assert 0 <= m.span[0] < m.span[1] <= len(doc.text)
        assert m.text in doc.text
        assert m.text == "" or m.text in doc.text[m.span[0]:m.span[1]]
    assert len({m.id for m in doc.measures}) == len(doc.measures)


def _as_page(text: str, tag: str) -> str:
    lines = "".join(f"<{tag}>{ln}</{tag}>" for ln in text.replace("\x00", "").split("\n"))
    return f"<html><head><title>通知</title></head><body><nav>首页</nav><div>{lines}</div><footer>版权</footer></body></html>"


@FUZZ
@given(st.one_of(st.builds(_as_page, marker_text, st.sampled_from(["p", "li", "div", "h2", "td"])), html_text))
def test_extract_document_html(html):
    doc = extract_document(html.encode("utf-8"), "html", doc_id="fuzz", path="fuzz.html", sha256="0" * 64)
    assert "\x00" not in doc.text
    for m in doc.measures:
        assert 0 <= m.span[0] < m.span[1] <= len(doc.text)
        assert m.text in doc.text
        assert m.text == "" or m.text in doc.text[m.span[0]:m.span[1]]
