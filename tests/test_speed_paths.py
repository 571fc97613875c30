"""Short cuts taken for speed give what the long way gives (html block figures, body line weights)."""
from carepolicy_extract import html_blocks
from carepolicy_extract.boilerplate.line_kind import BODY, SHORT, facts, line_weight
from carepolicy_extract.boilerplate.line_rules import CACHED_LINE_MAX

TEXTS = [
    "首页 | 新闻中心 | 政务公开",
    "  一、落实临时性工作补助。对参与救治的医务人员给予补助，按规定发放津贴！\n  二、提高卫生防疫津贴标准 ",
    "分享到：微信 微博 QQ空间 Copyright 2020 ICP备12345678号",
    "第一段文字，有标点。\n\n第二段 文字\u3000有空格",
]


def test_block_lines_and_figures_are_those_of_clean_text():
    for text in TEXTS:
        for pre in (False, True):
            want = tuple((ln, html_blocks.word_count(ln), len(html_blocks._SENTENCE_PUNCT.findall(ln)))
                         for ln in html_blocks.clean_text(text, pre))
            assert html_blocks._lines_of(text, pre) == want
            assert html_blocks._lines_of(text, pre) == want      # kept: the same again


def test_weight_of_a_long_body_paragraph_is_its_word_count():
    unit = "对参与救治的医务人员给予补助，按规定发放津贴2020年ABC。"
    long_line = unit * (CACHED_LINE_MAX // len(unit) + 2)
    assert len(long_line) > CACHED_LINE_MAX
    assert line_weight(BODY, long_line) == float(facts(long_line).words)
    assert line_weight(BODY, unit) == float(facts(unit).words)
    assert line_weight(SHORT, long_line) != float(facts(long_line).words)
