"""Joining back the lines of a hard-wrapped text dump (unwrap.unwrap_lines), and what it must leave alone."""
from __future__ import annotations

import pytest

from carepolicy_extract import unwrap
from carepolicy_extract.page_header import dated_issuers
from carepolicy_extract.pipeline import Options, _blocks_from_text, extract_document


def _wrap(text: str, cut: int) -> list[str]:
    """`text`'s paragraphs cut every `cut` characters, as a console or a mail client does."""
    out = []
    for para in text.split("\n"):
        out += [para[i:i + cut] for i in range(0, len(para), cut)] or [""]
    return out


INTRO = "为深入贯彻习近平总书记关于疫情防控工作的重要指示精神，进一步激励广大党员干部和医务人员担当作为，现提出以下措施。"
ITEMS = ["一、在一线考察识别干部。对在疫情防控中表现突出的干部，优先提拔使用。",
         "二、及时开展表彰奖励。对表现突出的集体和个人，及时给予表彰奖励。",
         "三、落实临时性工作补助。按照国家规定标准，及时足额发放临时性工作补助。",
         "四、购买专项保险。为一线人员购买专项保险。",
         "五、保障休息。对连续工作的人员，安排轮休调休，保证必要休息时间。"]
PAGE = "\n".join(["关于关心关爱疫情防控一线人员的措施", "2020年2月12日 某市委组织部", "", INTRO, *ITEMS])

# paragraphs exactly two lines of 15 long: a wrap cannot tell them from a longer paragraph
OPEN = "对表现突出的集体和个人，及时给予表彰奖励，并在评优评先中优先"      # ends mid-sentence
CLOSED = "对在疫情防控中表现突出的干部，优先提拔使用，并记入个人档案。"   # closes its sentence
OPEN2 = "为一线人员购买专项保险，开通心理援助热线，保证必要的休息时间"
HEADLINES = ["某市出台关心关爱疫情防控一线医务人员十条措施", "某区推出激励干部担当作为暖心八条硬核举措出台",
             "某县发布关心关爱基层干部二十条具体措施全文", "某省印发关于进一步激励广大医务人员的通知"]

# (name, paragraphs, cut): each row is one rule; the dump is the paragraphs cut every `cut` characters,
# and joining its lines back must give exactly the paragraphs
CASES = [
    ("wrapped at 30", PAGE.split("\n"), 30),
    ("wrapped at 24", PAGE.split("\n"), 24),
    ("wrapped at 15", [INTRO, *ITEMS], 15),
    ("a numbered item's start is never joined on", [INTRO, OPEN, *ITEMS], 15),
    ("a line that closes its sentence is not joined", [INTRO, CLOSED, OPEN2, *ITEMS], 15),
    ("a short unpunctuated next line (a heading) is not joined", [INTRO, OPEN2, "加强宣传", *ITEMS], 15),
    ("a short line is never joined to what follows", [INTRO, "加强宣传", OPEN, "保障休息", OPEN2, *ITEMS], 15),
    ("a blank line ends a paragraph", [INTRO, OPEN, "", OPEN2, *ITEMS], 15),
    ("a title as wide as the wrap, a blank line below it", [OPEN[:15].replace("，", "关"), "", INTRO, *ITEMS], 15),
]


@pytest.mark.parametrize("name,paras,cut", CASES, ids=[c[0] for c in CASES])
def test_unwrap_lines(name, paras, cut):
    dump = _wrap("\n".join(paras), cut)
    assert unwrap.wrap_width(dump) is not None
    assert unwrap.unwrap_lines(dump) == paras


# (name, lines): dumps that are not hard-wrapped come back unchanged
NOT_WRAPPED = [
    ("one paragraph a line", PAGE.split("\n")),
    ("a headline list of equal lengths", HEADLINES),
    ("lines of many lengths, the longest ones unique",
     ["为深入贯彻习近平总书记重要指示精神，", "对在疫情防控中表现突出的干部，优先提拔使用，并且",
      "对表现突出的集体和个人，及时给予表彰奖励，树立先进典型，并在评优评先中", "为一线人员购买专项保险，", "开通心理援助热线"]),
    ("equal lines that close their sentences", [CLOSED, CLOSED.replace("档案", "材料"), CLOSED.replace("干部", "同志"), OPEN]),
    ("too few lines to tell", [OPEN, OPEN2]),
    ("a title, a byline and a closing line of about the same width around one long paragraph",
     ["某市出台六项措施关心关爱一线医务人员", "2020年2月12日 来源：某某日报 作者：某某", INTRO + "".join(ITEMS),
      "下一步，某市将持续跟踪措施落实情况。"]),
    ("narrow lines", _wrap(INTRO, 10)),
]


@pytest.mark.parametrize("name,lines", NOT_WRAPPED, ids=[c[0] for c in NOT_WRAPPED])
def test_not_wrapped(name, lines):
    assert unwrap.wrap_width(lines) is None
    assert unwrap.unwrap_lines(lines) == lines


def test_case_paragraphs_fill_their_lines():
    assert len(OPEN) == len(CLOSED) == len(OPEN2) == 30


def test_header_lines_are_not_joined_on():
    paras = [INTRO, OPEN2, "来源：某某日报，编辑：某某，责任编辑：某某某", *ITEMS]
    assert unwrap.unwrap_lines(_wrap("\n".join(paras), 15), header=lambda ln: ln.startswith("来源"))[:3] == \
        [INTRO, OPEN2, "来源：某某日报，编辑：某某，责任编辑：某某某"]


def test_width_counts_han_twice():
    assert unwrap.width("一二三") == 6 and unwrap.width("2020年") == 6 and unwrap.width("ab，") == 4


@pytest.mark.parametrize("cut", [20, 24, 30])
def test_wrapped_dump_gives_the_measures_of_the_unwrapped(cut):
    def run(text):
        doc = extract_document(text.encode("utf-8"), "text", doc_id="d", path="d.txt", sha256="0",
                               options=Options())
        return doc
    flat, wrapped = run(PAGE), run("\n".join(_wrap(PAGE, cut)))
    assert wrapped.text == flat.text
    assert [(m.group, m.title, m.text, m.span) for m in wrapped.measures] == \
           [(m.group, m.title, m.text, m.span) for m in flat.measures]
    for m in wrapped.measures:
        assert wrapped.text[m.span[0]:m.span[1]].endswith(m.text)
    assert [b.text for b in _blocks_from_text("\n".join(_wrap(PAGE, cut)))] == [ln for ln in PAGE.split("\n") if ln]


@pytest.mark.parametrize("line,expected", [
    ("2020年2月12日 某市委组织部", (["某市委组织部"], "2020-02-12")),
    ("某市委组织部 某市卫生健康委员会 2020年2月12日", (["某市委组织部", "某市卫生健康委员会"], "2020-02-12")),
    ("2020年2月12日 来源：人民网", None),
    ("某市委组织部", None),
    ("2020年2月12日", None),
    ("2020年2月12日 某市委组织部召开会议部署工作", None),
])
def test_dated_issuers(line, expected):
    assert dated_issuers(line) == expected


# (lines of the dump, lines after joining list numbers cut from their separators)
SPLIT_MARKERS = [
    (["1", "．发放红包。对留下过年的员工发放消费券。", "2．支持生产。"],
     ["1．发放红包。对留下过年的员工发放消费券。", "2．支持生产。"]),
    (["十", "、加强宣传。"], ["十、加强宣传。"]),
    (["12", ")落实补助。"], ["12)落实补助。"]),
    (["2020", ".5亿元"], ["2020", ".5亿元"]),                  # a year is no list number
    (["3", "", "．保障休息。"], ["3", "", "．保障休息。"]),      # a blank line ends it
    (["3", "．"], ["3", "．"]),                                 # a separator with no item after it
    (["第3", "．保障休息。"], ["第3", "．保障休息。"]),
]


@pytest.mark.parametrize("lines,joined", SPLIT_MARKERS)
def test_join_split_markers(lines, joined):
    assert unwrap.join_split_markers(lines) == joined


@pytest.mark.parametrize("sentence", [
    "县里为每位快递员发放了一份防暑降温礼包。",        # 包 is å\x8c\x85: NEL, a break to str.splitlines
    "以前送单间隙，大多只能把电动车停在马路边。",      # no \x85 (前 is å\x89\x8d): it always stayed whole
])
def test_a_line_read_one_byte_a_character_stays_one_line(sentence):
    """A dump's line whose UTF-8 was read one byte a character holds C1 controls (\\x85 among them, a
    line break to str.splitlines): the line stays whole, so the repair can read it again."""
    line = sentence.encode("utf-8").decode("latin-1")
    page = f"外卖骑手有了歇脚的地方\n{line}\n这是另一个段落，介绍驿站提供的各项服务和开放时间。"
    assert [b.text for b in _blocks_from_text(page)][1] == line
    doc = extract_document(page.encode("utf-8"), "text", doc_id="x", path="x.txt", sha256="0" * 64)
    assert sentence in doc.text


# (session 44, writer sets YU and YV) a gazette's or a PDF's text: each paragraph's first line indented by
# two Han spaces and as wide as the rest with its indent, a running header and a signature laid out by
# white space, wider than the text's lines; the paragraphs are joined, the laid-out lines left alone
TYPESET = ["某市人民政府公报                                      2021年第5期",
           "　　现将某市困难老年人居家养老服务补贴办法（2021年修",
           "订）印发给你们，请认真贯彻执行。",
           "                                          某市人民政府办公室",
           "　　第一条　为进一步保障困难老年人基本养老服务需求，推进",
           "居家养老服务高质量发展，根据省社会养老服务促进条例等有关",
           "规定，结合本市实际，制定本办法。",
           "　　第二条　本办法所称居家养老服务补贴，是指政府为符合条",
           "件的困难老年人购买上门照料、助餐助浴、康复护理等居家养老",
           "服务所给予的补贴。"]


def test_typeset_paragraphs_are_joined_by_their_indents():
    space = " \u3000"
    lines = [ln.strip(space) for ln in TYPESET]
    indents = [unwrap.indent_of(ln, space) for ln in TYPESET]
    assert unwrap.unwrap_lines(lines, indents=indents) == [
        lines[0], "现将某市困难老年人居家养老服务补贴办法（2021年修订）印发给你们，请认真贯彻执行。", lines[3],
        "第一条　为进一步保障困难老年人基本养老服务需求，推进居家养老服务高质量发展，根据省社会养老服务促进条例等有关规定，结合本市实际，制定本办法。",
        "第二条　本办法所称居家养老服务补贴，是指政府为符合条件的困难老年人购买上门照料、助餐助浴、康复护理等居家养老服务所给予的补贴。"]


def test_a_line_indented_anew_opens_a_paragraph():
    space = " \u3000"
    dump = ["为深入贯彻习近平总书记关于疫情防控工作的重要指示精神，进一",
            "步激励广大党员干部和医务人员担当作为，现提出以下措施，请各",
            "　　地认真抓好落实，确保各项措施落地见效并及时报送工作进展"]
    lines = [ln.strip(space) for ln in dump]
    assert unwrap.unwrap_lines(lines, indents=[unwrap.indent_of(ln, space) for ln in dump]) == \
        [lines[0] + lines[1], lines[2]]
