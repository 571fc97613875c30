from __future__ import annotations

import pytest

from carepolicy_extract.numerals import SUB_1_99, count_phrases, marker_number, to_int


@pytest.mark.parametrize("text,value", [
    ("一", 1), ("十", 10), ("十六", 16), ("二十一", 21), ("九十九", 99), ("两", 2), ("3", 3), ("１２", 12),
    ("①", 1), ("⑳", 20), ("⑴", 1), ("⒇", 20), ("⒈", 1), ("二三", None), ("", None), ("abc", None),
    # above ten, as long lists number their items
    ("十一", 11), ("十二", 12), ("二十", 20), ("二十二", 22), ("９", 9), ("１０", 10),
])
def test_to_int(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("marker,value", [("（十六）", 16), ("3.", 3), ("②", 2), ("第二条", 2), ("一是", 1), ("(1)", 1),
                                          # spaced, full-width and bracketed forms
                                          ("1 .", 1), ("１、", 1), ("（ 1 ）", 1), ("【一】", 1), ("〔十一〕", 11),
                                          ("一 、", 1), ("十一、", 11), ("第十二条", 12), ("二十、", 20)])
def test_marker_number(marker, value):
    assert marker_number(marker) == value


@pytest.mark.parametrize("text,values", [
    ("关心关爱十条", [10]), ("8方面22项具体措施", [22]), ("十六条举措", [16]), ("11条措施", [11]),
    ("上面千条线", []), ("一条龙服务", []), ("第十二条", []), ("第一条", []), ("“十条举措”", [10]),
    ("二十条措施", [20]), ("20条措施", [20]), ("22项具体措施", [22]), ("“1+N”", []),
    # counts in news prose around the measures it names
    ("出台关爱措施共12条", [12]), ("等8个方面提出22项具体措施", [22]), ("安排轮休调休三项。", [3]),
    ("“及时表彰奖励”等十项内容", [10]), ("从“强化政治激励”等方面", []), ("等11个设区市", []),
    # numbers that count nothing the policy has
    ("一、二级响应期间", []), ("分别给予10、20万元奖励", []), ("按1.5倍标准发放", []), ("2020.2.3起施行", []),
    ("出台二十条措施", [20]), ("第十二条", []),
    # 大 before a noun of measures counts them (session 30); not before other nouns
    ("推出四大措施", [4]), ("实施十大行动", [10]), ("中国四大名著", []), ("两大优势", []),
])
def test_count_phrases(text, values):
    assert [n for _, _, n in count_phrases(text)] == values


from carepolicy_extract.markers import find_markers  # noqa: E402


@pytest.mark.parametrize("text", [
    "。一线人员坚守岗位。", "。第一时间了解思想动态。", "。1.5倍标准发放。", "。2.8万元抚恤。", "\n1.5倍标准发放。",
    "\n2.8万元以内的费用。", "。10、20万元奖励。", "\n2020.2.3起施行。", "。一事一议解决困难。", "。三是指人员到位。",
    "，一是一，二是二。",
    # decimals and counts in prose are no outline numbers or OCR'd markers
    "增长1.1倍，达到1.2万元。", "增速为2.1，高于去年。", "\n3月5日召开会议。", "\n5名队员出发。", "\n1,157,034人关注。",
    "如图1)。", "\n2020年完成。",
])
def test_numbers_in_prose_are_no_markers(text):
    assert [m.text for m in find_markers(text)] == []


@pytest.mark.parametrize("text,markers", [
    ("\n1 .落实补助", ["1 ."]), ("\n１、落实补助", ["１、"]), ("\n（ 1 ）落实补助", ["（ 1 ）"]),
    ("\n【一】落实补助", ["【一】"]), ("\n〔二〕落实补助", ["〔二〕"]), ("\n一 、落实补助", ["一 、"]),
    ("\n十一、落实补助", ["十一、"]), ("\n第十二条 落实补助", ["第十二条"]), ("\n二十、落实补助", ["二十、"]),
    ("。三是指导企业复工。", ["三是"]),
    # decimal outlines, keycaps, and what OCR leaves at the start of a line
    ("\n1.1走访慰问", ["1.1"]), ("\n2.1. 加大补贴", ["2.1."]), ("\n1.2.3 优化流程", ["1.2.3"]),
    ("措施1.1走访慰问", ["1.1"]), ("\n1⃣减负担", ["1⃣"]), ("。 2️⃣急救奖励", ["2️⃣"]),
    ("\n1,加强领导", ["1,"]), ("\n2・落实补助", ["2・"]), ("\n3请各单位", ["3"]),
])
def test_numbers_written_as_markers(text, markers):
    assert [m.text for m in find_markers(text)] == markers


@pytest.mark.parametrize("text,number", [("2", "2"), ("12", "12"), ("１２", "１２"), ("123", None), ("0", None)])
def test_sub_number_of_a_decimal_outline(text, number):
    import re
    m = re.fullmatch(SUB_1_99, text)
    assert (m.group() if m else None) == number


def test_item_one_glued_to_its_heading_is_a_weak_marker():
    """`…操作指南1.疫情监测`: item 1 after a heading whose line break was lost is kept, as weak;
    items 2, 3 after their stops are ordinary markers, and a number 2 glued to text is none."""
    got = [(m.text, m.weak) for m in find_markers("操作指南1.疫情监测。2.信息发布。3.医疗资源配置。数据2.资源")]
    assert got == [("1.", True), ("2.", False), ("3.", False)]
