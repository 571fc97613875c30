#!/usr/bin/env python3
"""Metamorphic held-out suite for the measure stage (not a test; tests/test_segment.py runs a few).

    .venv/bin/python bench/metamorphic_measures.py [--work DIR] [--only NAME,...] [--pages] [--seed N]

Every page with golden measures (the real `work` pages, DIR/raw + DIR/golden with `body`, and the
bundled samples raw/ + tests/golden) is parsed into a skeleton: the text before the list, each
measure's marker and content, the text between measures (group headings live there) and after
the list. Each transformation rewrites the skeleton the way real pages of the same kinds differ
(another numbering style, lost or hard-wrapped lines, another introduction, a page cut inside the
list, numbered lists that are not measures around it, traditional characters) and rewrites the
golden measures with it; the pipeline runs on the rebuilt page and is scored as
../shared/tools/score.py scores (difflib ratio of title+text >= 0.80 matches, >= 0.97 exact;
optional golden measures count neither way). The code was never fitted to these variants, so
the figures say how the measure stage does on pages it has not seen.

A page whose golden measures cannot be located in its body (annotators' edits) is left out and
counted; a transformation that does not apply to a page (no groups, a numbering style that would
clash with the items' own sub-points) skips it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
from realpages import work_pages  # noqa: E402
MATCH, EXACT = 0.80, 0.97

# ---------------------------------------------------------------- scoring (as score.py)


def norm(s: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def bare(s: str | None) -> str:
    return "".join(c for c in norm(s) if not unicodedata.category(c).startswith("P"))


def sim(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    m = SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < MATCH or m.quick_ratio() < MATCH:
        return m.quick_ratio() * 0.5
    return m.ratio()


def group_ok(g, p) -> bool:
    """A matched measure's group is right when neither has one, or one holds the other."""
    g, p = bare(g), bare(p)
    if not g:
        return not p
    return bool(p) and (p in g or g in p)


def score_measures(gold: list[dict], pred: list[dict]) -> dict:
    """Score one page's predicted measures against its expected ones, as ../shared/tools/score.py does:
    greedy best-first matching on title+text similarity (>= MATCH), optional gold measures neither
    counted missing nor (when matched) counted extra; exact = matched at >= EXACT; title / number /
    group = agreements among matched measures. Shared by this bench and bench/segment_pages.py."""
    key = lambda m: bare((m.get("title") or "") + (m.get("text") or ""))  # noqa: E731
    pairs = sorted(((sim(key(g), key(p)), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   reverse=True)
    used_g, used_p, hits = set(), set(), []
    for s, i, j in pairs:
        if s >= MATCH and i not in used_g and j not in used_p:
            used_g.add(i); used_p.add(j); hits.append((s, gold[i], pred[j]))
    n_opt = sum(1 for g in gold if g.get("optional"))
    n_opt_hit = sum(1 for _, g, _ in hits if g.get("optional"))
    hits = [h for h in hits if not h[1].get("optional")]
    return dict(gold=len(gold) - n_opt, pred=len(pred) - n_opt_hit, matched=len(hits),
                exact=sum(s >= EXACT for s, _, _ in hits),
                title=sum(bare(g.get("title")) == bare(p.get("title")) for _, g, p in hits),
                number=sum(g.get("number") == p.get("number") for _, g, p in hits),
                group=sum(group_ok(g.get("group"), p.get("group")) for _, g, p in hits))


# ---------------------------------------------------------------- skeleton of a page

CN = "一二三四五六七八九十"
# a numbering marker that ends where a measure's own words begin (checked against the line's end)
_MARKER_AT_END = re.compile(
    r"(第[一二三四五六七八九十百零\d]+[条项点部分]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*|"
    r"[一二三四五六七八九十]+是\s*|第?[一二三四五六七八九十百]+\s*[、.．，,]{1,2}\s*|"
    r"\d+(?:[.．]\d+)*\s*[.．、,，)）]?\s*|[①-⑳]\s*|\d\ufe0f?\u20e3\s*)$")


@dataclass
class Item:
    marker: str
    content: str          # the item's words after its marker, up to the end of its text
    gold: dict


@dataclass
class Skeleton:
    doc: str
    prefix: str                        # text before the first marker
    items: list[Item]
    between: list[str]                 # between[k]: text between item k-1's end and item k's marker (between[0] == "")
    suffix: str
    group_marks: list[tuple[int, int, int]] = field(default_factory=list)  # (between index, start, end) of group markers

    def page(self) -> str:
        out = [self.prefix]
        for k, it in enumerate(self.items):
            out.append(self.between[k] + it.marker + it.content)
        out.append(self.suffix)
        return "".join(out)

    def golden(self) -> list[dict]:
        return [it.gold for it in self.items]


def _bare_map(text: str) -> tuple[str, list[int]]:
    chars, idx = [], []
    for i, c in enumerate(text):
        for d in unicodedata.normalize("NFKC", c):
            if not d.isspace() and not unicodedata.category(d).startswith("P"):
                chars.append(d); idx.append(i)
    return "".join(chars), idx


def skeleton(doc: str, body: str, measures: list[dict]) -> Skeleton | None:
    """Locate every golden measure in the body; None when one cannot be located."""
    if not measures:
        return None
    b, idx = _bare_map(body)
    cur, spans = 0, []
    for m in measures:
        key = bare((m.get("title") or "") + m["text"])
        head = key[:12]
        at = b.find(head, cur)
        if at < 0:
            return None
        start = idx[at]
        line_start = body.rfind("\n", 0, start) + 1
        mk = _MARKER_AT_END.search(body[line_start:start])
        if not mk:
            # inline 一是…二是… items sit after a stop on their line
            mk = _MARKER_AT_END.search(body[max(line_start, start - 6):start])
            if not mk:
                return None
            mstart = max(line_start, start - 6) + mk.start()
        else:
            mstart = line_start + mk.start()
        tail = key[-10:]
        end_at = b.find(tail, at + max(len(key) - 40, 0))
        if end_at < 0:
            return None
        end = idx[end_at + len(tail) - 1] + 1
        while end < len(body) and body[end] in "。；;，,：:！!？?）)”」":
            end += 1
        spans.append((mstart, start, end))
        cur = end_at + len(tail)
    for (s0, a0, e0), (s1, a1, e1) in zip(spans, spans[1:]):
        if s1 < e0:
            return None
    items = [Item(body[s:a], body[a:e], dict(m)) for (s, a, e), m in zip(spans, measures)]
    between = [""] + [body[spans[k - 1][2]:spans[k][0]] for k in range(1, len(spans))]
    sk = Skeleton(doc, body[:spans[0][0]], items, between, body[spans[-1][2]:])
    # group headings: a golden group found in the text before an item, after a numbering marker
    for k, it in enumerate(items):
        g = it.gold.get("group")
        if not g or (k and items[k - 1].gold.get("group") == g):
            continue
        where = sk.prefix if k == 0 else sk.between[k]
        pos = where.rfind(g[:6])
        if pos < 0:
            continue
        ls = where.rfind("\n", 0, pos) + 1
        mk = _MARKER_AT_END.search(where[ls:pos])
        if mk and mk.group().strip():
            sk.group_marks.append((k, ls + mk.start(), pos))
    return sk


# ---------------------------------------------------------------- numbering styles

def cn_num(n: int) -> str:
    if n <= 10:
        return "零一二三四五六七八九十"[n]
    if n < 20:
        return "十" + ("" if n == 10 else CN[n - 11])
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + ("" if not u else CN[u - 1])


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
STYLES: dict[str, callable] = {
    "cn_dun": lambda n: f"{cn_num(n)}、",
    "cn_paren": lambda n: f"（{cn_num(n)}）",
    "dot": lambda n: f"{n}.",
    "dun": lambda n: f"{n}、",
    "paren": lambda n: f"({n})",
    "circled": lambda n: CIRCLED[n - 1] if n <= 20 else f"({n})",
    "article": lambda n: f"第{cn_num(n)}条 ",
    "bare": lambda n: f"{n} ",
    "keycap": lambda n: f"{n}\u20e3",
}
# the families a style belongs to, to skip a page whose items' own sub-points use the same one
_FAMILY = {
    "cn_dun": re.compile(r"(^|\n)\s*[一二三四五六七八九十]+、"),
    "cn_paren": re.compile(r"[（(][一二三四五六七八九十]+[)）]"),
    "dot": re.compile(r"(^|\n|[。；：])\s*\d+[.．、]"), "dun": re.compile(r"(^|\n|[。；：])\s*\d+[.．、]"),
    "bare": re.compile(r"(^|\n|[。；：])\s*\d+[.．、\s]"), "keycap": re.compile(r"(^|\n|[。；：])\s*\d+[.．、]"),
    "paren": re.compile(r"[（(]\d+[)）]"), "circled": re.compile(r"[①-⑳]"),
    "article": re.compile(r"第[一二三四五六七八九十]+条"),
}


def _clash(sk: Skeleton, style: str) -> bool:
    fam = _FAMILY.get(style)
    return bool(fam) and any(fam.search(it.content) for it in sk.items)



LINE_ONLY_STYLES = {"bare"}     # a bare `1 ` numbers lines, never items inside a paragraph


def _on_own_lines(sk: Skeleton) -> bool:
    ends = lambda b: b.rstrip(" \t\u3000").endswith("\n")  # noqa: E731
    return (not sk.prefix.strip() or ends(sk.prefix)) and all(ends(b) for b in sk.between[1:])


def renumber(sk: Skeleton, style: str) -> Skeleton | None:
    if _clash(sk, style) or (style in LINE_ONLY_STYLES and not _on_own_lines(sk)):
        return None
    if style == "keycap" and len(sk.items) > 9:
        return None     # keycaps stop at 9 (a 10th is 🔟, which no style reads)
    fmt = STYLES[style]
    items = []
    for k, it in enumerate(sk.items):
        n = it.gold.get("number") or (k + 1)
        items.append(replace(it, marker=fmt(n)))
    return replace(sk, items=items)


def inline_shi(sk: Skeleton) -> Skeleton | None:
    """一是…二是… inside one paragraph: the items' own line breaks go, each item ends with a stop."""
    if len(sk.items) < 2 or sk.group_marks or any(it.gold.get("group") for it in sk.items):
        return None
    items, between = [], [""]
    for k, it in enumerate(sk.items):
        content = re.sub(r"\s*\n\s*", "", it.content).rstrip()
        if content and content[-1] not in "。；;！!？?":
            content += "。"
        items.append(replace(it, marker=f"{cn_num(it.gold.get('number') or k + 1)}是", content=content))
        if k:
            between.append("")
    prefix = sk.prefix.rstrip()
    if prefix and prefix[-1] not in "。：:；":
        prefix += "。"
    return replace(sk, prefix=prefix, items=items, between=between, group_marks=[])


GROUP_STYLES = ["cn_dun", "cn_paren", "dot", "article"]


def regroup(sk: Skeleton, style: str) -> Skeleton | None:
    """Renumber the group level (headings of the measures' groups) into another style."""
    if not sk.group_marks:
        return None
    fmt = STYLES[style]
    # a group style must differ from the measures' own family
    m0 = sk.items[0].marker
    fam = _FAMILY.get(style)
    if fam and fam.search("\n" + m0):
        return None
    between, prefix = list(sk.between), sk.prefix
    marks = sorted(sk.group_marks)
    # only where the group headings are the whole level (一、 二、 over the measures; not a plan's
    # 三、 whose 一、 二、 are other parts, which would have to be renumbered with it)
    for n, (k, s, e) in enumerate(marks, 1):
        where = prefix if k == 0 else between[k]
        digits = re.findall(r"\d+|[一二三四五六七八九十]+", where[s:e])
        if digits:
            from carepolicy_extract.numerals import to_int
            if to_int(digits[0]) != n:
                return None
    for n, (k, s, e) in enumerate(marks, 1):
        where = prefix if k == 0 else between[k]
        # the heading keeps its own number (三、 over the measures of a plan's third part stays 3)
        digits = re.findall(r"\d+|[一二三四五六七八九十]+", where[s:e])
        if digits:
            from carepolicy_extract.numerals import to_int
            n = to_int(digits[0]) or n
        new = where[:s] + fmt(n) + where[e:]
        if k == 0:
            prefix = new
        else:
            between[k] = new
    return replace(sk, prefix=prefix, between=between)


# ---------------------------------------------------------------- layout

def one_paragraph(sk: Skeleton) -> Skeleton:
    """The whole article one paragraph: every line break goes."""
    j = lambda s: re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", s)  # noqa: E731
    return replace(sk, prefix=j(sk.prefix), suffix=j(sk.suffix), between=[j(b) for b in sk.between],
                   items=[replace(it, content=j(it.content)) for it in sk.items])


def hard_wrap(sk: Skeleton, seed: int) -> Skeleton:
    """A PDF copy: every line hard-wrapped at 30-40 characters (the break can fall anywhere)."""
    rnd = random.Random(seed)
    page = sk.page()
    # wrap the rebuilt page, then map the pieces back through the skeleton's offsets
    cuts = set()
    col, width = 0, rnd.randint(30, 40)
    for i, c in enumerate(page):
        if c == "\n":
            col, width = 0, rnd.randint(30, 40)
            continue
        col += 1
        if col >= width:
            cuts.add(i + 1)
            col, width = 0, rnd.randint(30, 40)
    return _insert_breaks(sk, cuts)


def _insert_breaks(sk: Skeleton, cuts: set[int]) -> Skeleton:
    pos = 0

    def w(s: str) -> str:
        nonlocal pos
        out = []
        for c in s:
            if pos in cuts and c != "\n" and (not out or out[-1] != "\n"):
                out.append("\n")
            out.append(c)
            pos += 1
        return "".join(out)

    prefix = w(sk.prefix)
    between, items = [], []
    for k, it in enumerate(sk.items):
        between.append(w(sk.between[k]))
        marker = w(it.marker)
        items.append(replace(it, marker=marker, content=w(it.content)))
    return replace(sk, prefix=prefix, between=between, items=items, suffix=w(sk.suffix), group_marks=[])


# ---------------------------------------------------------------- introduction

_SENT = re.compile(r"[^。！？!?\n]*[。！？!?：:]?\s*$")


def intro(sk: Skeleton, how: str) -> Skeleton | None:
    """Replace (or drop) the sentence that introduces the list with a neutral one."""
    p = sk.prefix.rstrip()
    if not p:
        return None
    body = p
    # the last sentence before the list (a group heading line between them stays)
    lines = body.split("\n")
    tail_lines = []
    while lines and sk.group_marks and sk.group_marks[0][0] == 0 and _MARKER_AT_END.match(lines[-1].strip()[:6] or "x"):
        tail_lines.insert(0, lines.pop())
    body = "\n".join(lines)
    m = re.search(r"[^。！？!?：:\n]*[。！？!?：:]?\s*$", body)
    if not m or not m.group().strip():
        return None
    repl = {"neutral": "具体内容如下：", "none": ""}[how]
    head = body[:m.start()]
    # also drop a 《…》 title or 印发…通知 phrase left in the lead sentence's neighbour
    if how == "none":
        head = head.rstrip()
        if head and head[-1] not in "。！？!?":
            head += "。"
    new = head + repl
    new = new + ("\n" + "\n".join(tail_lines) if tail_lines else "") + "\n"
    return replace(sk, prefix=new, group_marks=[])


# ---------------------------------------------------------------- cut page

def cut(sk: Skeleton, seed: int) -> Skeleton | None:
    """The page ends inside an item: that item keeps its visible part, the later ones go."""
    rnd = random.Random(seed)
    if len(sk.items) < 2:
        return None
    k = rnd.randrange(1, len(sk.items))
    it = sk.items[k]
    g = it.gold
    title = g.get("title") or ""
    lo = len(title) + 10 if title else 10
    text_len = len(it.content)
    if text_len - lo < 20:
        return None
    at = rnd.randrange(lo + (text_len - lo) // 3, text_len - 5)
    content = it.content[:at]
    kept = bare(content)
    gold = dict(g)
    tb = bare(title)
    if tb and kept.startswith(tb):
        gold["text"] = content[content.find(title[-2:]) + 2:] if title[-2:] in content else g["text"]
        # score on bare text only: the visible text after the title
        gold["text"] = _visible_text(content, title)
    else:
        gold["title"] = None
        gold["text"] = content
    return replace(sk, items=sk.items[:k] + [replace(it, content=content, gold=gold)],
                   between=sk.between[:k + 1], suffix="")


def _visible_text(content: str, title: str) -> str:
    b, idx = _bare_map(content)
    tb = bare(title)
    if not b.startswith(tb) or len(b) == len(tb):
        return content
    return content[idx[len(tb)]:]


# ---------------------------------------------------------------- lists that are not measures

DISTRACTORS = {
    # a site's own numbered notice on top of the article
    "site_notice": ("top", "温馨提示：\n1、本站部分文章来源于网络，版权归原作者所有。\n2、如有侵权请联系我们删除。\n"
                           "3、转载请注明出处。\n"),
    # a numbered disclaimer under it
    "disclaimer": ("bottom", "\n免责声明：\n一、本网转载的内容仅供参考，不代表本网观点。\n二、如涉及作品内容、版权等问题，"
                             "请在三十日内联系。\n三、本网对内容的真实性不作保证。\n"),
    # a numbered list of people
    "people": ("bottom", "\n参加会议的有：\n1.张建国，市卫健委主任；\n2.李明华，市人社局副局长；\n3.王秀英，市总工会副主席。\n"),
    # a numbered list of places (testing sites)
    "places": ("top", "本市核酸检测点位：\n（1）人民医院门诊楼\n（2）中心医院发热门诊\n（3）第三人民医院\n（4）妇幼保健院\n"),
    # a table of contents
    "toc": ("top", "目录\n一、总体要求\n二、主要任务\n三、保障措施\n四、附则\n"),
    # numbered questions of a Q&A page
    "questions": ("bottom", "\n相关问题：\n1.一线医务人员补助怎么申请？\n2.临时性工作补助标准是多少？\n3.家属如何联系社区？\n"),
    # a site's numbered list of related headlines (navigation)
    "related": ("bottom", "\n相关新闻：\n1.全市召开疫情防控工作推进会\n2.市领导调研督导复工复产工作\n"
                          "3.我市举行第二场新闻发布会\n4.多部门联合开展市场价格检查\n"),
    # numbered figures of the epidemic (statistics, not provisions)
    "statistics": ("top", "截至昨日24时：\n1.全市累计报告确诊病例12例；\n2.累计治愈出院9例；\n3.尚在医学观察的密切接触者86人。\n"),
    # phone numbers of offices
    "contacts": ("bottom", "\n咨询电话：\n1.市卫健委 0371-6123456\n2.市人社局 0371-6234567\n3.市医保局 0371-6345678\n"),
    # the steps of an application procedure
    "steps": ("bottom", "\n申请流程：\n（1）登录政务服务网；\n（2）填写申请信息并上传材料；\n（3）等待审核结果。\n"),
    # a timeline of events
    "timeline": ("top", "疫情防控大事记\n1.1月23日，市指挥部成立。\n2.1月25日，启动一级响应。\n3.2月3日，全市实行封闭管理。\n"),
    # a report of what was done (verbs with 了), not provisions
    "report": ("bottom", "\n据统计，活动开展以来：\n1.走访慰问了一线人员200余人次；\n2.发放了防护物资3000余件；\n"
                         "3.组织了志愿者服务队12支。\n"),
    # a job posting beside the article
    "job": ("bottom", "\n岗位职责：\n1.负责组织协调社区防控工作；\n2.完成领导安排的其他任务。\n"),
    # a list of features
    "features": ("top", "此次出台的措施有四个特点：一是覆盖面广，二是含金量高，三是针对性强，四是可操作性好。\n"),
}


def distract(sk: Skeleton, name: str) -> Skeleton:
    where, text = DISTRACTORS[name]
    if where == "bottom" and _cut_page(sk):
        where = "top"   # a page cut inside its list shows nothing after it: the list goes above
    if where == "top":
        return replace(sk, prefix=text + sk.prefix, group_marks=[])
    return replace(sk, suffix=sk.suffix.rstrip("\n") + "\n" + text)


def _cut_page(sk: Skeleton) -> bool:
    end = sk.page().rstrip()
    return not end or end[-1] not in "。！？!?；;…”’」』"


# ---------------------------------------------------------------- traditional

def traditional(sk: Skeleton) -> Skeleton:
    import opencc
    c = opencc.OpenCC("s2t")
    t = c.convert
    return replace(sk, prefix=t(sk.prefix), suffix=t(sk.suffix), between=[t(b) for b in sk.between],
                   items=[replace(it, marker=t(it.marker), content=t(it.content)) for it in sk.items])


# ---------------------------------------------------------------- the suite

def transforms(seed: int = 0) -> dict[str, callable]:
    t: dict[str, callable] = {"identity": lambda sk: sk}
    for s in STYLES:
        t[f"style:{s}"] = lambda sk, s=s: renumber(sk, s)
    t["style:inline_shi"] = inline_shi
    for s in GROUP_STYLES:
        t[f"group:{s}"] = lambda sk, s=s: regroup(sk, s)
    t["layout:one_paragraph"] = one_paragraph
    t["layout:hard_wrap"] = lambda sk: hard_wrap(sk, seed + _h(sk.doc))
    t["intro:neutral"] = lambda sk: intro(sk, "neutral")
    t["intro:none"] = lambda sk: intro(sk, "none")
    t["cut"] = lambda sk: cut(sk, seed + _h(sk.doc))
    for d in DISTRACTORS:
        t[f"distract:{d}"] = lambda sk, d=d: distract(sk, d)
    t["traditional"] = traditional
    return t


def _h(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:6], 16)


def run_page(page: str, doc: str) -> list[dict]:
    from carepolicy_extract.pipeline import extract_document
    data = page.encode("utf-8")
    d = extract_document(data, "text", doc_id=doc, path=doc + ".txt", sha256=hashlib.sha256(data).hexdigest())
    return [m.model_dump() for m in d.measures]


def load_pages(work: Path | None, samples: bool = True, realpages: bool = False) -> tuple[list[Skeleton], list[str]]:
    """The pages to transform: the golden files of `work` (or, with realpages, the work split), then
    the samples'."""
    sks, lost = [], []
    sources = []
    if work is not None and (work / "golden").is_dir():
        sources += [(g, None) for g in sorted((work / "golden").glob("*.json"))]
    elif work is None and realpages:
        sources += [(g, None) for _, g in work_pages()]
    if samples:
        sources += [(g, ROOT / "raw") for g in sorted((ROOT / "tests" / "golden").glob("*.json"))]
    for gpath, raw_dir in sources:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        ms = gold.get("measures") or []
        if not ms:
            continue
        body = gold.get("body")
        if body is None:
            # a sample: its body is the pipeline's own text (the samples score perfectly)
            from carepolicy_extract.pipeline import extract_document
            path = next(raw_dir.glob(gold["doc_id"] + ".*"))
            data = path.read_bytes()
            fmt = "html" if path.suffix in (".html", ".htm") else "text"
            body = extract_document(data, fmt, doc_id=gold["doc_id"], path=str(path), sha256="").text
        sk = skeleton(gold["doc_id"], body, ms)
        (sks.append(sk) if sk else lost.append(gold["doc_id"]))
    return sks, lost


def evaluate(sks: list[Skeleton], names: list[str] | None = None, seed: int = 0,
             per_page: bool = False) -> dict[str, dict]:
    table = {}
    for name, fn in transforms(seed).items():
        if names and name not in names and name.split(":")[0] not in names:
            continue
        tot = dict(pages=0, gold=0, pred=0, matched=0, exact=0)
        bad = []
        for sk in sks:
            v = fn(sk)
            if v is None:
                continue
            pred = run_page(v.page(), sk.doc)
            s = score_measures(v.golden(), pred)
            tot["pages"] += 1
            for k in ("gold", "pred", "matched", "exact"):
                tot[k] += s[k]
            if s["matched"] != s["gold"] or s["pred"] != s["matched"] or s["exact"] != s["gold"]:
                bad.append(f"{sk.doc}({s['matched']}/{s['gold']},{s['pred']}p,{s['exact']}x)")
        P = tot["matched"] / tot["pred"] if tot["pred"] else 1.0
        R = tot["matched"] / tot["gold"] if tot["gold"] else 1.0
        tot.update(P=round(P, 3), R=round(R, 3), F1=round(2 * P * R / (P + R), 3) if P + R else 0.0,
                   exact_rate=round(tot["exact"] / tot["gold"], 3) if tot["gold"] else 1.0)
        if per_page:
            tot["bad"] = bad
        table[name] = tot
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=None,
                    help="folder with golden/ (golden with body); default: the work split of ../shared/realpages")
    ap.add_argument("--only", default="", help="comma-separated transformation names or families (style, group, ...)")
    ap.add_argument("--pages", action="store_true", help="list the pages each transformation gets wrong")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    sks, lost = load_pages(a.work, realpages=True)
    table = evaluate(sks, [x for x in a.only.split(",") if x] or None, a.seed, a.pages)
    if a.json:
        print(json.dumps(dict(pages=len(sks), lost=lost, table=table), ensure_ascii=False, indent=1))
        return
    print(f"{len(sks)} pages with golden measures located ({len(lost)} left out: {' '.join(lost)})")
    print(f"{'transformation':24} {'pages':>5} {'gold':>5} {'pred':>5} {'F1':>6} {'P':>6} {'R':>6} {'exact':>6}")
    tot = dict(gold=0, pred=0, matched=0, exact=0)
    for name, r in table.items():
        print(f"{name:24} {r['pages']:5} {r['gold']:5} {r['pred']:5} {r['F1']:6.3f} {r['P']:6.3f} {r['R']:6.3f} "
              f"{r['exact_rate']:6.3f}")
        if a.pages and r["bad"]:
            print("    " + " ".join(r["bad"]))
        if name != "identity":
            for k in tot:
                tot[k] += r[k]
    P = tot["matched"] / tot["pred"] if tot["pred"] else 1.0
    R = tot["matched"] / tot["gold"] if tot["gold"] else 1.0
    print(f"{'ALL but identity':24} {'':5} {tot['gold']:5} {tot['pred']:5} {2 * P * R / (P + R):6.3f} {P:6.3f} {R:6.3f} "
          f"{tot['exact'] / tot['gold']:6.3f}   ({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()
