"""HTML → blocks: DOM pruning, body finding, flattening, metadata, and hostile input."""
from __future__ import annotations


import pytest

from carepolicy_extract import html_blocks
from carepolicy_extract.boilerplate import strip_boilerplate
from carepolicy_extract.convert import to_simplified
from carepolicy_extract.page import Block
from workcount import lines_run
from carepolicy_extract.html_blocks import (class_verdict, clean_text, flatten_markup, headline_of_title,
                                           html_to_blocks)

PARA = "为进一步关心关爱基层一线抗疫人员，激励他们更好投身疫情防控第一线，近日，市委组织部制定印发十项措施。"
PARA2 = "各单位要加强工作统筹，减少不必要的会议文电、表格填写、材料报送等，避免加重一线人员负担。"
NAV = "<ul class='nav'>" + "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(12)) + "</ul>"


def page(body: str, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def texts(html: str) -> list[str]:
    return [b.text for b in html_to_blocks(html)[0]]


def joined(html: str) -> str:
    return "\n".join(texts(html))


def test_article_between_chrome_is_found_whole():
    html = page(f"{NAV}<div id='main'><h1>十项措施出台</h1><p>{PARA}</p><h2>一、力量保障</h2>"
                f"<ul><li>1.及时选派力量</li><li>2.党员冲锋在前</li></ul><p>{PARA2}</p></div>"
                f"<div class='footer'>版权所有 某某网 <a href='/a'>关于我们</a></div>")
    blocks, meta = html_to_blocks(html)
    kinds = {b.text: b.kind for b in blocks}
    assert kinds[PARA] == "paragraph" and kinds[PARA2] == "paragraph"
    assert kinds["一、力量保障"] == "heading"
    assert kinds["1.及时选派力量"] == "item"
    assert "栏目3" not in kinds and not any("版权所有" in t for t in kinds)
    assert meta.title == "十项措施出台"


def test_comment_section_is_never_body():
    comment = "网友评论：这个政策非常好，希望各地都能认真落实，真正让一线人员感受到组织的温暖和关怀。" * 5
    for wrapper in ("<div id='comments'>{}</div>", "<section class='article-comment-list'>{}</section>",
                    "<div class='pinglun'>{}</div>"):
        out = joined(page(f"<div class='content'><p>{PARA}</p><p>{PARA2}</p>" + wrapper.format(f"<p>{comment}</p>")
                          + "</div>"))
        assert PARA in out and PARA2 in out
        assert "网友评论" not in out


@pytest.mark.parametrize("names,verdict", [
    ("topAd", "always"), ("ad-box", "always"), ("ads", "always"), ("adsbygoogle", "always"),
    ("bdsharebuttonbox", "always"), ("share-bar", "always"), ("commentList", "always"),
    ("head", None), ("shadow", None), ("download", None), ("header-title", None), ("loading", None),
    ("breadcrumb", "guarded"), ("related-news", "guarded"), ("recommend", "guarded"), ("footer", "guarded"),
    ("article-content location", None),   # a keep token overrules a guarded one
])
def test_class_tokens(names, verdict):
    assert class_verdict(names) == verdict


def test_class_and_id_filters_in_a_page():
    html = page(f"<div class='topAd'>广告：特价促销，欢迎选购，优惠多多，机会难得。</div>"
                f"<div class='breadcrumb'>首页 > 新闻</div><div class='shadow'><p>{PARA}</p></div>"
                f"<div class='download-box'><p>{PARA2}</p></div>"
                f"<div class='related'><a href='/1'>相关新闻一</a><a href='/2'>相关新闻二</a></div>")
    out = joined(html)
    assert PARA in out and PARA2 in out
    assert "广告" not in out and "首页" not in out and "相关新闻" not in out


def test_page_wrapped_in_a_form_or_nav_is_kept():
    # ASP.NET wraps every page in a <form>; some templates wrap the article in a `nav` class
    html = page(f"<form id='form1'><div class='main-nav'><p>{PARA}</p><p>{PARA2}</p></div></form>")
    out = joined(html)
    assert PARA in out and PARA2 in out
    small_form = page(f"<p>{PARA}</p><p>{PARA2}</p><form><p>用户名</p><p>密码</p></form><nav>首页 新闻</nav>")
    assert "用户名" not in joined(small_form) and "首页" not in joined(small_form)


def test_script_style_hidden_never_text():
    html = page(f"<script>var x = '脚本里的文字，不是正文。';</script><style>p{{color:red}}</style>"
                f"<p>{PARA}</p><div style='display: none'>隐藏的文字，不是正文，也不该出现。</div>"
                f"<p hidden>另一段隐藏的文字，也不该出现。</p><noscript>请启用脚本</noscript>")
    assert texts(html) == [PARA]


def test_ruby_keeps_the_base_text_only():
    html = page(f"<p>关心<ruby>关<rp>(</rp><rt>guān</rt><rp>)</rp></ruby>爱一线人员，<ruby>漢<rt>hàn</rt>字"
                f"<rt>zì</rt></ruby>注音不算正文。{PARA}</p>")
    out = joined(html)
    assert "关心关爱一线人员，漢字注音不算正文。" in out
    assert "guān" not in out and "(" not in out and "zì" not in out


def test_hard_wrapped_chinese_is_joined_without_spaces():
    html = page("<p>为进一步关心关爱基层\n  一线抗疫人员，激励他们\r\n更好投身疫情防控第一线。</p>"
                "<p>Line one of English\nwraps with a space, 并且，中文也在这一段里。</p>")
    out = texts(html)
    assert "为进一步关心关爱基层一线抗疫人员，激励他们更好投身疫情防控第一线。" in out
    assert any("English wraps with a space" in t for t in out)
    assert all("\n" not in t for t in out)


def test_preformatted_paragraphs_stay_apart():
    assert clean_text("第一段第一行，\n第一段第二行。\n\n第二段。", preformatted=True) == ["第一段第一行，第一段第二行。", "第二段。"]


def test_link_lines_inside_the_body_are_dropped():
    html = page(f"<div><p>{PARA}</p><p>相关链接：<a href='/1'>某某市召开会议部署疫情防控工作</a></p><p>{PARA2}</p>"
                f"<p>{PARA}</p></div>")
    assert texts(html) == [PARA, PARA2, PARA]


def test_a_long_link_list_ends_the_body():
    links = "".join(f"<p><a href='/{i}'>某某市召开第{i}次会议部署疫情防控工作</a></p>" for i in range(8))
    html = page(f"<div><p>{PARA}</p><p>{PARA2}</p>{links}<p>热门文章摘要，内容不长，但有标点。</p></div>")
    assert texts(html) == [PARA, PARA2]


def test_only_script_and_style_gives_no_blocks():
    blocks, _ = html_to_blocks("<html><head><style>body{}</style></head><body><script>alert(1)</script></body></html>")
    assert blocks == []
    assert html_to_blocks("")[0] == [] and html_to_blocks("   \n")[0] == []


def test_unterminated_comment_does_not_break_the_page():
    html = page(f"<p>{PARA}</p><p>{PARA2}</p><!-- an open comment <p>never closed, 不是正文。</p>")
    out = texts(html)
    assert PARA in out and PARA2 in out
    assert not any("never closed" in t for t in out)


def test_truncated_html():
    html = page(f"<div><p>{PARA}</p><p>{PARA2}</p>")
    for cut in (len(html) - 10, len(html) // 2 + 30, 40):
        blocks, _ = html_to_blocks(html[:cut])
        assert all(isinstance(b.text, str) and "\n" not in b.text for b in blocks)
    assert PARA in texts(html[: html.index(PARA2) + 12])


def test_200000_levels_deep_does_not_recurse():
    depth = 200_000
    html = "<html><body>" + "<div>" * depth + PARA + "</div>" * depth + f"<p>{PARA2}</p></body></html>"
    blocks, _ = html_to_blocks(html)  # must neither raise RecursionError nor hang
    assert all("\n" not in b.text for b in blocks)
    inline = "<html><body><p>" + "<b>" * depth + PARA + "</b>" * depth + "</p></body></html>"
    assert PARA in texts(inline)


def test_five_megabyte_attribute():
    html = page(f"<p title='{'x' * 5_000_000}'>{PARA}</p><div class='{'y' * 5_000_000}'>{PARA2}</div>")
    out = texts(html)
    assert PARA in out and PARA2 in out


def test_metadata_from_head_and_header_lines():
    head = ("<title>十项措施出台_新闻中心_某某网</title><meta name='publishdate' content='2021-06-10 11:13'>")
    blocks, meta = html_to_blocks(page(f"<p>{PARA}</p>", head))
    assert meta.title == "十项措施出台"
    assert meta.published == "2021-06-10"
    header = (f"{NAV}<div class='article'><h1>十项措施出台</h1><div>发布时间：2021年6月10日 来源：廣州日報</div>"
              f"<p>{PARA}</p><p>{PARA2}</p></div>")
    blocks, meta = html_to_blocks(page(header))
    # as the pipeline does: simplified, then stripped; a header inside the body is read there
    meta.fill(strip_boilerplate([Block(b.kind, to_simplified(b.text)[0]) for b in blocks])[1])
    assert (meta.title, meta.published, meta.outlet) == ("十项措施出台", "2021-06-10", "广州日报")
    # a header line above the body, cut off from it by chrome, is read here
    links = "<ul>" + "".join(f"<li><a href='/{i}'>栏目名称{i}</a></li>" for i in range(12)) + "</ul>"
    apart = (f"<div>来源：廣州日報 2021-06-10</div>{links}<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    blocks, meta = html_to_blocks(page(apart))
    assert (meta.published, meta.outlet) == ("2021-06-10", "广州日报")
    assert [b.text for b in blocks] == [PARA, PARA2]


@pytest.mark.parametrize("title, headline", [
    ("十项措施出台_新闻中心_某某网", "十项措施出台"),
    ("某县出台关爱一线防疫人员八条措施 - 时政热点 - 某某论坛 - Powered by Discuz!", "某县出台关爱一线防疫人员八条措施"),
    ("关于印发《关心关爱一线医务人员若干措施》的通知|某某市人民政府", "关于印发《关心关爱一线医务人员若干措施》的通知"),
    ("某市十条措施关心关爱一线医务人员-某某日报数字报", "某市十条措施关心关爱一线医务人员"),
    # a subtitle's double dash and a date's hyphens are the headline's own
    ("暖心八条——浙江出台激励措施_浙江新闻", "暖心八条——浙江出台激励措施"),
    ("2020-02-10 某市印发十条措施", "2020-02-10 某市印发十条措施"),
    # nothing is cut that would leave less than a headline
    ("新闻_某某网", "新闻_某某网"),
    # a last part longer than any site name is part of the headline
    ("某地出台十条措施 - 从八个方面为奋战在疫情防控第一线的医务人员和基层干部加油鼓劲撑腰",
     "某地出台十条措施 - 从八个方面为奋战在疫情防控第一线的医务人员和基层干部加油鼓劲撑腰"),
])
def test_headline_of_a_title_element(title, headline):
    assert headline_of_title(title) == headline


ITEM_A = "落实临时性工作补助。对参与救治的医务人员按规定给予补助。"
ITEM_B = "保障休息休假。科学安排一线医务人员轮休，疫情结束后安排补休。"


@pytest.mark.parametrize("items, lines", [
    # an ordered list's items get the numbers a browser draws
    (f"<ol><li><strong>{ITEM_A[:9]}</strong>{ITEM_A[9:]}</li><li>{ITEM_B}</li></ol>", [f"1.{ITEM_A}", f"2.{ITEM_B}"]),
    (f"<ol start='3'><li>{ITEM_A}</li><li>{ITEM_B}</li></ol>", [f"3.{ITEM_A}", f"4.{ITEM_B}"]),
    (f"<ol><li value='7'>{ITEM_A}</li><li>{ITEM_B}</li></ol>", [f"7.{ITEM_A}", f"8.{ITEM_B}"]),
    # the number goes before the item's first text, wherever it stands
    (f"<ol><li>\n<p>{ITEM_A}</p></li><li><div>{ITEM_B}</div></li></ol>", [f"1.{ITEM_A}", f"2.{ITEM_B}"]),
    # items that write their own numbers, and unordered lists, get none
    (f"<ol><li>一、{ITEM_A}</li><li>（二）{ITEM_B}</li></ol>", [f"一、{ITEM_A}", f"（二）{ITEM_B}"]),
    (f"<ul><li>{ITEM_A}</li><li>{ITEM_B}</li></ul>", [ITEM_A, ITEM_B]),
    # a list inside an item counts on its own, and the outer list goes on after it
    (f"<ol><li>{ITEM_A}<ul><li>{ITEM_B}</li></ul></li><li>{ITEM_B}</li></ol>", [f"1.{ITEM_A}", ITEM_B, f"2.{ITEM_B}"]),
])
def test_ordered_list_items_are_numbered(items, lines):
    assert texts(page(f"<p>{PARA}</p>{items}<p>{PARA2}</p>")) == [PARA, *lines, PARA2]


def test_measures_of_an_ordered_list_are_found():
    from carepolicy_extract.pipeline import extract_document
    html = page(f"<p>{PARA}</p><ol><li>{ITEM_A}</li><li>{ITEM_B}</li><li>{ITEM_A}</li></ol>")
    doc = extract_document(html.encode(), "html", doc_id="d", path="d.html", sha256="0")
    assert [(m.number, m.title) for m in doc.measures] == [(1, "落实临时性工作补助"), (2, "保障休息休假"),
                                                           (3, "落实临时性工作补助")]


def test_a_bare_title_element_gives_way_to_the_headline_above_the_body():
    from carepolicy_extract.pipeline import extract_document
    html = page(f"{NAV}<h2>某市出台关心关爱一线人员十条措施</h2><div>来源：某某日报 2021-06-10</div><p>{PARA}</p><p>{PARA2}</p>",
                "<title>通知</title>")
    doc = extract_document(html.encode(), "html", doc_id="d", path="d.html", sha256="0")
    assert doc.title == "某市出台关心关爱一线人员十条措施"


# ---------------------------------------------------------------- pages libxml2 gives up on


def test_page_past_the_parser_depth_limit_is_flattened_whole():
    depth = 5_000   # libxml2 stops at 2,048 levels
    html = page(NAV + "<div>" * depth + f"<h2>一、总体要求</h2><p>{PARA}</p>" + "</div>" * depth + f"<p>{PARA2}</p>",
                "<title>十项措施出台</title><script>var a = '<p>脚本，不是正文。</p>';</script>")
    notes = []
    blocks, meta = html_to_blocks(html, notes)
    assert [(b.kind, b.text) for b in blocks] == [("heading", "一、总体要求"), ("paragraph", PARA), ("paragraph", PARA2)]
    assert meta.title == "十项措施出台"
    assert [code for code, _ in notes] == ["html_flattened"]
    # a page the parser reads to its end says nothing
    notes.clear()
    html_to_blocks(page(f"<p>{PARA}</p>"), notes)
    assert notes == []


def test_flatten_markup_skips_what_is_never_text():
    units = flatten_markup(
        "<!DOCTYPE html><html><head><title>标题</title><style>p{}</style><meta charset=utf-8></head><body>"
        "<!-- 注释 <p>不是正文</p> --><h2>一、总体&amp;要求</h2><ul><li>1.&nbsp;及时选派</li>"
        "<li><a href='/x'>链接文字</a>其余</li></ul><select><option>选项一<option>选项二</select>"
        "<SCRIPT>if (a<b) { x = '</p>'; }</SCRIPT><p>正文，<b>加粗</b>接着。</p><pre>甲\n\n乙</pre><div>上<br>下</div>"
        "<svg/><p>后文</p><button>按钮</button><textarea>文本框")
    assert [(u.kind, u.text) for u in units] == [
        ("heading", "一、总体&要求"), ("item", "1. 及时选派"), ("item", "链接文字其余"), ("paragraph", "正文，加粗接着。"),
        ("paragraph", "甲"), ("paragraph", "乙"), ("paragraph", "上"), ("paragraph", "下"), ("paragraph", "后文")]
    assert units[2].link_words == 4 and units[1].link_words == 0


@pytest.mark.parametrize("head,unit,times,tail", [
    ("", "<a", 200_000, ""), ("", "<", 500_000, ""), ("", "<script>", 100_000, ""), ("", "<!--", 100_000, ""),
    ("<style>", "<p>", 100_000, ""), ("<a href='", "x", 5_000_000, ""), ("", "&", 500_000, ""),
    ("", "<b>", 500_000, PARA), ("<head>", "<div>", 200_000, PARA), ("", "</div>", 300_000, PARA),
    ("<p>", "一、<br>", 100_000, "")])
def test_flatten_markup_is_linear_on_tag_soup(head, unit, times, tail):
    """Ten times the soup costs about ten times the work (lines of Python run in html_blocks,
    counted by tests/workcount.py rather than timed), and the full size still gives one-line units."""
    costs = []
    for n in (times // 100, times // 10):
        _, work = lines_run(flatten_markup, head + unit * n + tail, within=html_blocks)
        costs.append(work)
    assert costs[1] <= 12 * costs[0] + 2_000, costs
    units = flatten_markup(head + unit * times + tail)
    assert all("\n" not in u.text for u in units)


# ---------------------------------------------------------------- measure layouts of real pages


@pytest.mark.parametrize("items, lines", [
    # a table's 序号 cell is the marker of the row's next cell
    ("<table><tr><td>1</td><td>落实临时性工作补助</td><td>按规定给予补助。</td></tr>"
     "<tr><td>2</td><td>保障休息休假</td><td>安排轮休。</td></tr></table>",
     ["1.落实临时性工作补助", "按规定给予补助。", "2.保障休息休假", "安排轮休。"]),
    ("<table><tr><td><p>一</p></td><td>落实补助</td></tr><tr><td><p>二</p></td><td>保障休假</td></tr></table>",
     ["一、落实补助", "二、保障休假"]),
    ("<table><tr><td>（一）</td><td>落实补助</td></tr><tr><td>（二）</td><td>保障休假</td></tr></table>",
     ["（一）落实补助", "（二）保障休假"]),
    # a WeChat badge section, and a styled <span> badge before the title's own element
    ("<section><section><p>01</p></section><section><p>落实补助</p></section></section>"
     "<section><section><p>02</p></section><section><p>保障休假</p></section></section>",
     ["1.落实补助", "2.保障休假"]),
    ("<div><span class='num'>1</span><span class='tit'>落实补助</span></div>"
     "<div><span class='num'>2</span><span class='tit'>保障休假</span></div>", ["1.落实补助", "2.保障休假"]),
    # numbers out of sequence, numbers before numbers, numbers inside a sentence stay as they are
    ("<table><tr><td>确诊</td><td>12</td><td>治愈</td><td>3</td></tr></table>", ["确诊", "12", "治愈", "3"]),
    ("<ul><li>1</li><li>2</li><li>3</li></ul>", ["1", "2", "3"]),
    ("<p><span class='red'>12</span>例确诊病例已出院。</p>", ["12例确诊病例已出院。"]),
])
def test_lone_numbers_become_markers(items, lines):
    assert texts(page(f"<p>{PARA}</p>{items}<p>{PARA2}</p>")) == [PARA, *lines, PARA2]


def test_measures_of_a_table_and_of_badges_are_found():
    from carepolicy_extract.pipeline import extract_document
    rows = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{b}</td></tr>" for i, (t, b) in
                   enumerate([ITEM_A.split("。", 1), ITEM_B.split("。", 1), ITEM_A.split("。", 1)], 1))
    badges = "".join(f"<section><p><strong>0{i}</strong></p></section><section><p>{t}</p><p>{b}</p></section>"
                     for i, (t, b) in enumerate([ITEM_A.split("。", 1), ITEM_B.split("。", 1)], 1))
    for body in (f"<table>{rows}</table>", badges):
        doc = extract_document(page(f"<p>{PARA}</p>{body}").encode(), "html", doc_id="d", path="d.html", sha256="0")
        assert [(m.number, m.title) for m in doc.measures][:2] == [(1, "落实临时性工作补助"), (2, "保障休息休假")]


def test_captions_and_comment_boxes_are_not_text():
    cap = "图为医务人员在发热门诊为患者测量体温。（记者 王某 摄）"
    for figure in (f"<figure><img src='a.jpg'><figcaption>{cap}</figcaption></figure>",
                   f"<p><img src='a.jpg'></p><p class='pgc-img-caption'>{cap}</p>",
                   f"<div class='pic caption'>{cap}</div>", f"<p class='imgdesc'>{cap}</p>"):
        assert texts(page(f"<p>{PARA}</p>{figure}<p>{PARA2}</p>")) == [PARA, PARA2]
    assert class_verdict("pgc-img-caption") == "caption" and class_verdict("m-figure__caption") == "caption"
    comment = "这个政策太暖心了，一线人员确实辛苦，希望各项措施都能落到实处，不要只停留在纸面上。" * 3
    for box in ("<div class='cmt-wrap'>{}</div>", "<div id='SOHUCS'>{}</div>", "<div class='liuyan'>{}</div>"):
        assert texts(page(f"<p>{PARA}</p><p>{PARA2}</p>" + box.format(f"<p>{comment}</p>"))) == [PARA, PARA2]


@pytest.mark.parametrize("chunk", [1, 3, 8192])
def test_lenient_utf8_reads_chunks_as_one_piece(monkeypatch, chunk):
    """decode._lenient_utf8 cuts the bytes before ASCII bytes: its reading must be the one-piece
    reading exactly (broken and cut-off sequences included), and it may give up only when more
    sequences are broken than allowed."""
    from carepolicy_extract import decode
    monkeypatch.setattr(decode, "LENIENT_CHUNK", chunk)
    han = "养老服务补贴。".encode()
    samples = [b"", b"abc", han * 3, han[:-1] + b"<p>" + han[1:], b"\xe4\xb8<\xe4" + han + b"\xff\xfe x",
               "关于".encode("gb18030") * 40 + b"<br>" + han, b"\xef\xbf\xbd" + han[:4] + b"\n" + han]
    for data in samples:
        whole = data.decode("utf-8", "replace")
        assert decode._lenient_utf8(data, 10**6) == whole
        allowed = 2
        got = decode._lenient_utf8(data, allowed)
        assert (got is None) == (whole.count("\ufffd") > allowed)
        if got is not None:
            assert got == whole


def test_clean_text_fast_path_matches_the_regex():
    """clean_text takes a stripped line as it is when no white space of `_WS` is left inside it:
    that must be what the white-space regex gives, whatever white space a line holds (str.strip's
    and `_WS`'s differ: U+200B, U+FEFF are only `_WS`'s; U+001C, U+2003, U+0085 only strip's)."""
    from carepolicy_extract.html_blocks import _CJK_WRAP, _WS

    def reference(s: str) -> list[str]:
        if "\n" in s:
            s = _CJK_WRAP.sub("", s)
        line = _WS.sub(" ", s).strip()
        return [line] if line else []

    pieces = ["养老", "服务", "ab", " ", "\n", "\u3000", "\u00a0", "\u200b", "\ufeff", "\x1c", "\u2003", "\x85",
              "\t", "\r\n", "，"]
    import itertools
    for n in (1, 2, 3):
        for combo in itertools.product(pieces, repeat=n):
            s = "".join(combo)
            assert clean_text(s) == reference(s), repr(s)
    assert clean_text("\u200b养老\u2003服务 ") == ["养老\u2003服务"]
