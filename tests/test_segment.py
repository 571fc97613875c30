"""segment.segment() against the case table in segment_cases.txt, plus properties and speed."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carepolicy_extract import lexicon
from carepolicy_extract.segment import segment
from workcount import lines_run

CASES = Path(__file__).with_name("segment_cases.txt")


def _load_cases():
    cases, name, lines, expect, in_expect = [], None, [], [], False
    for raw in CASES.read_text(encoding="utf-8").splitlines() + ["=== end"]:
        if raw.startswith("=== "):
            if name is not None:
                cases.append((name, "\n".join(lines), expect))
            name, lines, expect, in_expect = raw[4:].strip(), [], [], False
        elif name is None:
            continue
        elif raw.strip() == "--- expect":
            in_expect = True
        elif in_expect:
            if raw.strip():
                expect.append(raw.strip())
        else:
            lines.append(raw)
    return cases


CASE_TABLE = _load_cases()


def _none(s: str) -> str | None:
    return None if s == "-" else s


def test_the_table_is_large_enough():
    assert len(CASE_TABLE) >= 60


@pytest.mark.parametrize("name,text,expect", CASE_TABLE, ids=[c[0] for c in CASE_TABLE])
def test_case(name, text, expect):
    lists = segment(text)
    items = [it for ml in lists for it in ml.items]
    rows = [e for e in expect if e not in ("none",) and not e.startswith(("!", "+"))]
    got = [(it.number, it.marker, it.title, it.group) for it in items]
    want = []
    for row in rows:
        number, marker, title, group = (c.strip() for c in row.split("|"))
        want.append((int(number), marker, _none(title), _none(group)))
    assert got == want
    for snippet in (e[1:].strip() for e in expect if e.startswith("!")):
        assert all(snippet not in (it.title or "") + it.body for it in items), snippet
    for number, snippet in (e[1:].split(None, 1) for e in expect if e.startswith("+")):
        # `+ 3 words`: the item numbered 3 holds these words
        assert any(it.number == int(number) and snippet.strip() in it.body for it in items), snippet
    _check_invariants(text, lists)


def _check_invariants(text, lists):
    previous_end = -1
    for ml in lists:
        for it in ml.items:
            assert 0 <= it.start < it.end <= len(text)
            assert it.body in text[it.start:it.end]
            assert text[it.start:it.start + len(it.marker)] == it.marker
            assert it.start >= previous_end, "measures overlap"
            previous_end = it.end


# ---------------------------------------------------------------- properties

_PIECES = ["1.", "2.", "3.", "一、", "二、", "（一）", "（二）", "一是", "二是", "三是", "①", "②", "。", "，", "\n",
           "强化激励", "一线", "十分", "第一线", "2月5日", "3.7万", "关心关爱十条", "一", "二", "三", "特点", "：", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_spans_and_bodies_index_the_text(pieces):
    text = "".join(pieces)
    _check_invariants(text, segment(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十是要条项、。，；：（）()第其的1234.\n①② ", max_size=200))
def test_arbitrary_marker_soup_never_breaks(text):
    _check_invariants(text, segment(text))


# ---------------------------------------------------------------- speed

# each input is its unit repeated: (unit, times at full size)
PATHOLOGICAL = {
    "200,000 一、 in a row": ("一、", 200_000),
    "runs of nested markers": ("一、（一）1.（1）①⑴", 50_000),
    "nested markers on lines": ("一、标题\n（一）小标题\n1.内容。\n（1）细节。\n①要点。\n", 20_000),
    "5 MB line of prose": ("各地统一部署，一线人员十分辛苦，记三等功，累计下拨1.3亿元。", 160_000),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_cost_linear_work(name):
    """Ten times the input costs about ten times the work, never a hundred: lines of Python run
    in the segment package, counted (tests/workcount.py), not timed; timings are in bench/hostile.py.
    The full size must still come back (a regex blow-up there would hang it)."""
    import carepolicy_extract.segment as segment_package
    lexicon.warm_up()
    unit, times = PATHOLOGICAL[name]
    costs = []
    for n in (times // 100, times // 10):
        _, work = lines_run(segment, unit * n, within=segment_package)
        costs.append(work)
    assert costs[1] <= 12 * costs[0] + 2_000, (name, costs)
    assert isinstance(segment(unit * times), list)


def _metamorphic():
    spec = importlib.util.spec_from_file_location(
        "metamorphic_measures", Path(__file__).resolve().parents[1] / "bench" / "metamorphic_measures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module     # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


# transformations a sample page's measures must survive: other numbering styles, a lost or a
# hard-wrapped layout, another introduction, numbered lists that are no measures, traditional script
METAMORPHIC = ["style:cn_paren", "style:bare", "layout:hard_wrap", "layout:one_paragraph",
               "intro:neutral", "distract:places", "distract:related", "traditional"]


def test_measures_survive_metamorphic_transformations():
    mm = _metamorphic()
    sks, lost = mm.load_pages(None)
    sample = next(sk for sk in sks if sk.doc.startswith("001_"))
    table = mm.transforms()
    for name in METAMORPHIC:
        variant = table[name](sample)
        assert variant is not None, name
        got = mm.score_measures(variant.golden(), mm.run_page(variant.page(), sample.doc))
        assert got["matched"] == got["gold"] == got["pred"], (name, got)


def _segment_pages():
    spec = importlib.util.spec_from_file_location(
        "segment_pages", Path(__file__).resolve().parents[1] / "bench" / "segment_pages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# mini-pages (tests/segment_pages/) the code still gets wrong, with why
PAGES_XFAIL = {
    "s04_table_lines": "a table flattened to lines (序号 / 措施 / 责任单位, each cell a line): a lone `1` line "
                       "is no marker, and an item would take its unit's line; no mechanism yet",
    "w06_excerpt_of_ten": "a news excerpt that quotes items 1, 3 and 7 of a 十条 policy as it numbers them: "
                          "a list with gaps chains only in a regulation's excerpt styles (第十条…); no mechanism "
                          "for numbered lines yet",
    "zj01_hard_wrap_number_lines": "a dump hard-wrapped at 20 characters with only two full-width lines (too few for "
                                   "unwrap to tell the width): `1.对新招用…的企业，按` over `每人给予…2000元。` reads as a "
                                   "title line over its text, as `ends its own line` has it",
    "zm02_policy_tips_wechat": "a text page opening with its account line (公众号：…), taken for the headline: the "
                               "article's own headline, right above the list, is read as its group heading",
    "zm09_bracket_titles_then_past": "the same: a WeChat copy's headline under its account line heads the list "
                                     "as its group; no mechanism tells a headline from a group heading there",
    "zn02_tutu_fields": "a 一图读懂 outline of a policy's fields (政策背景/补贴对象/补贴标准/申领流程) reads as a facet "
                        "chain, whose lines become the text of the list beside it: 补贴标准's last item takes the "
                        "`四、申领流程` line and no group (as at the session start)",
    "t04_tw_gonggao_outline": "`三、申請方式如下：` over its points: a line that introduces what follows is "
                              "never a title (_is_title_line), so the item has none; the page expects 申請方式如下",
    "zq03_forum_quote_blocks": "a forum floor's 引用 block repeats the OP's items 一、二、 (the second cut with ……): the "
                               "body stage keeps the quoted copy and drops the OP's post, so the measures are the quote's",
    "zq28_decimal_three_levels": "a standard's 5.1.1 provisions (`服务机构应…`) under 5.1/5.2 headings: no policy frame "
                                 "the gate reads (规范, subjects other than 各单位 before 应)",
    "zr05_two_paragraph_items_closing": "items over two paragraphs whose first is a whole sentence with figures "
                                        "(`1.高龄津贴标准由…提高到150元。` over `津贴由…按季度发放。`): read as a title "
                                        "line, as the convention's `ends its own line` has it; the page expects none "
                                        "(debatable)",
    "zg11_jianfu_count_top_titled": "a declared 五条 over 一、-五、 titled items of which the page shows three, whose 1. 2. "
                                    "points restart under each and add up to five by chance: the count reads the points "
                                    "as the counted level (as it must for 八项 over 一、二、 with 1.-4. each, zs02)",
    "zs01_opinion_continuous_paren": "an opinion numbered straight across its headings (`一、总体要求` over "
                                     "`（一）指导思想`…, `二、重点任务` over `（四）…`): the page drops the items under "
                                     "a heading naming a part of the document; writers' pages count them (the "
                                     "convention's `the （一） level` is silent on it), so the code keeps them",
}
PAGE_FILES = sorted((Path(__file__).with_name("segment_pages")).glob("*.txt"))


@pytest.mark.parametrize("path", [
    pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(reason=PAGES_XFAIL[p.stem], strict=True)]
                 if p.stem in PAGES_XFAIL else []) for p in PAGE_FILES])
def test_segment_page(path):
    """Each held-out mini-page yields exactly its expected measures: numbers, groups, titles, texts."""
    sp = _segment_pages()
    page, gold, kind = sp.load(path)
    got = sp.score_page(gold, sp.run_page(page, path.stem))
    assert sp.page_perfect(got), (kind, got)


def test_segment_pages_are_many():
    assert len(PAGE_FILES) >= 30
