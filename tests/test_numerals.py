from __future__ import annotations

import pytest

from carepolicy_extract.numerals import count_phrases, marker_number, to_int


@pytest.mark.parametrize("text,value", [
    ("一", 1), ("十", 10), ("十六", 16), ("二十一", 21), ("九十九", 99), ("两", 2), ("3", 3), ("１２", 12),
    ("①", 1), ("⑳", 20), ("⑴", 1), ("⒇", 20), ("⒈", 1), ("二三", None), ("", None), ("abc", None),
])
def test_to_int(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("marker,value", [("（十六）", 16), ("3.", 3), ("②", 2), ("第二条", 2), ("一是", 1), ("(1)", 1)])
def test_marker_number(marker, value):
    assert marker_number(marker) == value


@pytest.mark.parametrize("text,values", [
    ("关心关爱十条", [10]), ("8方面22项具体措施", [22]), ("十六条举措", [16]), ("11条措施", [11]),
    ("上面千条线", []), ("一条龙服务", []), ("第十二条", []), ("第一条", []), ("“十条举措”", [10]),
    ("二十条措施", [20]), ("20条措施", [20]), ("22项具体措施", [22]), ("“1+N”", []),
    # counts in news prose around the measures it names
    ("出台关爱措施共12条", [12]), ("等8个方面提出22项具体措施", [22]), ("安排轮休调休三项。", [3]),
    ("“及时表彰奖励”等十项内容", [10]), ("从“强化政治激励”等方面", []), ("等11个设区市", []),
])
def test_count_phrases(text, values):
    assert [n for _, _, n in count_phrases(text)] == values
