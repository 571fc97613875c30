"""Short cuts taken for speed give what the long way gives (html block figures, body line weights,
the count of characters t2s changed)."""
from carepolicy_extract import convert, html_blocks
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


def test_changed_characters_are_counted_as_one_by_one():
    # a traditional line, its simplified form, and characters at every width UTF-32 has (Latin-1,
    # an astral Han, the last code point, a lone surrogate, NUL)
    pairs = [("為積極應對人口老齡化，國務院辦公廳印發通知", "为积极应对人口老龄化，国务院办公厅印发通知"),
             ("a\u00ff\U00020000\U0010ffff\ud800\x00體", "a\u0100\U00020001\U0010fffe\udfff\x00体"),
             ("", ""), ("同", "同")]
    for a, b in pairs:
        assert convert._differing(a, b) == sum(map(str.__ne__, a, b))
    assert convert.to_simplified("國務院辦公廳") == ("国务院办公厅", 4)
