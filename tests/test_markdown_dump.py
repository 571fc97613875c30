"""Text dumps saved as Markdown (markdown_dump.py): which dumps are read as Markdown, the plain
lines they give, and that a page in Markdown's marks gives the measures its plain text gives."""
from __future__ import annotations

import json
import re
import pytest

from carepolicy_extract.markdown_dump import is_markdown, markdown_lines
from carepolicy_extract.pipeline import extract_document
from conftest import SHARED

# (dump, read as Markdown)
DETECTION = [
    ("# 关于做好困难职工帮扶工作的通知\n\n各地要摸清底数。\n", True),                   # a clipper's title heading
    ("\ufeff\n## 第一章 总则\n第一条 为了规范…\n", True),
    ("[首页](https://a.cn/) > [新闻](https://a.cn/n/)\n\n**第一条** 发放补贴。\n\n**第二条** 减免房租。\n", True),
    ("正文一段。\n\n![](https://a.cn/p.jpg)\n\n---\n\n正文二段。\n\n---\n", True),
    ("| 项目 | 标准 |\n|---|---|\n| 补贴 | 100元 |\n\n详见[附件](https://a.cn/f.doc)。\n", True),
    ("#热议# 暖心八条来了\n各地纷纷出台措施。\n", False),                               # a hashtag, no heading
    ("获奖名单：王**、李**、张**、赵**、孙**、周**\n", False),                          # masked names
    ("姓名：________ 电话：________\n单位：________\n", False),                           # blanks to fill in
    ("一、发放补贴\n二、减免房租\n----------\n责任编辑：王某\n", False),
    ("正文提到 **重点** 一处，另见 [链接](https://a.cn/)。\n", False),                    # two marks only
]


@pytest.mark.parametrize("text,expected", DETECTION)
def test_which_dumps_are_markdown(text: str, expected: bool) -> None:
    assert is_markdown(text) is expected


# (Markdown, the plain lines it gives)
LINES = [
    ("# 标题\n\n## 第一章 总则\n\n**第一条** 为了规范，制定本办法。\n",
     ["标题", "第一章 总则", "第一条 为了规范，制定本办法。"]),
    ("1. 发放补贴\n2. 减免房租\n\n- 其一\n- 其二\n", ["1.发放补贴", "2.减免房租", "其一", "其二"]),
    ("[首页](https://a.cn/) > [新闻](https://a.cn/n/)\n", ["首页 > 新闻"]),
    ("![王某在一线工作](https://a.cn/p.jpg)\n\n正文。\n", ["", "正文。"]),
    ("**“暖心八条”**出台后，各地*迅速*落实。\n", ["“暖心八条”出台后，各地迅速落实。"]),      # ** next to CJK quotes
    ("| 项目 | 标准 |\n|---|---|\n| 补贴 | 100元 |\n", ["项目  标准", "补贴  100元"]),
    ("> 引自通知：\n> 各地要落实。\n", ["引自通知：", "各地要落实。"]),
    ("第一段\n第二行\n\n---\n\n第三段&nbsp;含实体\n", ["第一段", "第二行", "第三段\xa0含实体"]),
]


@pytest.mark.parametrize("text,expected", LINES)
def test_markdown_lines(text: str, expected: list[str]) -> None:
    assert markdown_lines(text) == expected


WORK_GOLDEN = SHARED / "realpages" / "golden"


def _as_markdown(body: str) -> str:
    """A clipper's copy of an article: its first line a heading, its short headings bold, a
    breadcrumb of links above it and a picture below it, blank lines between blocks."""
    out = ["[首页](https://example.org/) > [新闻](https://example.org/news/)"]
    for line in (ln.strip() for ln in body.split("\n")):
        if not line:
            continue
        if not out[1:]:
            out.append("# " + line)
        elif len(line) <= 20 and not re.search(r"[。；;！？：:，,]$", line):
            out.append(f"**{line}**")
        else:
            out.append(line)
    out.append("![](https://example.org/a.jpg)")
    return "\n\n".join(out) + "\n"


def _measures(data: str, path: str) -> list[tuple]:
    doc = extract_document(data.encode("utf-8"), "text", doc_id="x", path=path, sha256="0")
    return [(m.number, m.group, re.sub(r"\s", "", m.title or ""), re.sub(r"\s", "", m.text)) for m in doc.measures]


@pytest.mark.skipif(not WORK_GOLDEN.is_dir(), reason="needs ../shared/realpages")
def test_a_page_in_markdown_gives_the_measures_of_its_plain_text() -> None:
    """Every real page's article (the golden `body`), as a clipper would save it in Markdown, gives
    the same measures as the plain article: the marks change nothing a reader sees."""
    bodies = [json.loads(p.read_text(encoding="utf-8"))["body"] for p in sorted(WORK_GOLDEN.glob("*.json"))]
    bodies = [b for b in bodies if b.strip()]
    assert len(bodies) >= 60
    with_measures = 0
    for body in bodies:
        plain = _measures(body, "a.txt")
        assert _measures(_as_markdown(body), "a.md") == plain
        with_measures += bool(plain)
    assert with_measures >= 20


def test_a_long_markdown_dump_is_read_to_the_bound_with_a_warning(monkeypatch) -> None:
    """The Markdown parser is slow next to the other stages: a dump past MAX_TEXT_CHARS is read to the
    bound, with a `truncated` warning, like any text past it."""
    from carepolicy_extract import pipeline
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 2_000)
    page = "# 某市出台十条措施\n\n" + "".join(f"**第{i}条** 发放第{i}项补贴，按月足额发放到位。\n\n" for i in range(1, 200))
    assert len(page) > 2_000
    doc = extract_document(page.encode("utf-8"), "text", doc_id="x", path="a.md", sha256="0")
    assert any(w.code == "truncated" and "Markdown" in w.message for w in doc.warnings)
    assert len(doc.text) <= 2_000
    assert doc.measures and doc.measures[0].text.startswith("发放第1项补贴")
