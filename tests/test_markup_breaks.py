"""A text dump's line breaks kept as markup (`…奔波。</p><p>“冬天…`): where a line is cut before repair."""
import pytest

from carepolicy_extract.markup_breaks import split_at_markup_breaks

CASES = [
    # (session 41, writer set YE) a body pasted as markup on one line of a dump: one line a paragraph
    ("</p><p>&nbsp;&nbsp;早上7点半，天还没亮。</p><p>&nbsp;&nbsp;“冬天单子多。”老马说。</p>",
     ["</p><p>&nbsp;&nbsp;早上7点半，天还没亮。</p>", "<p>&nbsp;&nbsp;“冬天单子多。”老马说。</p>"]),
    ("驿站的管理员是社区网格员。<br/>梦幻西游新区开服表</p><p>下午两点，送完午高峰。",
     ["驿站的管理员是社区网格员。<br/>", "梦幻西游新区开服表</p>", "<p>下午两点，送完午高峰。"]),
    # (writer set ZT) an inline list whose items were paragraphs: one item a line
    ("一是拓宽就业渠道。</p><p>二是加强技能培训。", ["一是拓宽就业渠道。</p>", "<p>二是加强技能培训。"]),
    # a <br> in mid-sentence is a hard wrap's: no cut
    ("对符合条件的人员<br>发放临时性工作补助。", ["对符合条件的人员<br>发放临时性工作补助。"]),
    # tags at a line's ends cut nothing (the repair stage takes them out)
    ("<p>社区是疫情联防联控的第一线。</p>", ["<p>社区是疫情联防联控的第一线。</p>"]),
    ("措施提出。<br>", ["措施提出。<br>"]),
    # inline tags are no breaks
    ("<span>按规定</span>给予<strong>一次性</strong>补贴。", ["<span>按规定</span>给予<strong>一次性</strong>补贴。"]),
    ("没有标签的一行。", ["没有标签的一行。"]),
]


@pytest.mark.parametrize("line, pieces", CASES)
def test_split_at_markup_breaks(line, pieces):
    assert split_at_markup_breaks(line) == pieces


@pytest.mark.parametrize("line, pieces", CASES)
def test_pieces_join_back_to_the_line(line, pieces):
    """Nothing is lost or added: the pieces are the line, cut."""
    assert "".join(split_at_markup_breaks(line)) == line
