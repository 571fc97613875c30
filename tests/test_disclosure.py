"""Disclosure tables and meta lines: what they say of the page's document, and which policy gets it."""
from pathlib import Path

import pytest

from carepolicy_extract.disclosure import (Disclosure, add_page_notice, complete_page_document, fill_page_document,
                                            place_by_masthead, prefix_issuer_line, read_disclosure,
                                            red_header_issuers)
from carepolicy_extract.models import Policy
from carepolicy_extract.policies import find_policies

ROWS = [line.split("\t") for line in (Path(__file__).parent / "disclosure_cases.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]


def _none(s: str) -> str | None:
    return None if s == "-" else s


@pytest.mark.parametrize("label,text,title,issuers,written,published,source", ROWS, ids=[r[0] for r in ROWS])
def test_read_disclosure(label, text, title, issuers, written, published, source):
    d = read_disclosure(text.replace("\\n", "\n").replace("\\t", "\t"))
    assert (d.title, list(d.issuers), d.written, d.published, d.source) == (
        _none(title), [] if issuers == "-" else issuers.split("|"), _none(written), _none(published), _none(source))


FILL = [
    # the table's name is the policy's title: signing date, issuers and the issuer's place
    ("关于做好高温天气劳动保护工作的通知", Disclosure(title="关于做好高温天气劳动保护工作的通知", issuers=("江西省人力资源和社会保障厅",),
                                       written="2022-07-12", published="2022-07-14"),
     None, ("2022-07-12", ["江西省人力资源和社会保障厅"], "江西省")),
    # an issuer named by its city and its district is the district's (session 40, writer set YI)
    ("关于切实做好夏季高温天气劳动保护工作的通知", Disclosure(title="关于切实做好夏季高温天气劳动保护工作的通知",
                                            issuers=("宜宾市叙州区人力资源和社会保障局",), written="2023-06-12"),
     None, ("2023-06-12", ["宜宾市叙州区人力资源和社会保障局"], "叙州区")),
    # the headline is the title with its issuer before 关于; a national body has no region
    ("关于做好就业创业工作的通知", Disclosure(issuers=("国务院办公厅",), written="2022-05-05"),
     "国务院办公厅关于做好就业创业工作的通知", ("2022-05-05", ["国务院办公厅"], None)),
    # the date put online is the issuing date when the issuer published its own document
    ("某某市实施方案", Disclosure(published="2023-03-15", source="某某市人民政府办公室"), "某某市实施方案",
     None),
    # … not when a newspaper did
    ("关于某事的通知", Disclosure(published="2023-03-15", source="某某日报"), "关于某事的通知", ("-", [], None)),
    # a policy the page only cites gets nothing
    ("关于另一件事的意见", Disclosure(written="2022-01-01", issuers=("某某省财政厅",)), "关于某事的通知", ("-", [], None)),
]


@pytest.mark.parametrize("title,disc,headline,want", FILL)
def test_fill_page_document(title, disc, headline, want):
    p = Policy(index=1, title=title, issuers=["某某市人民政府办公室"] if want is None else [])
    fill_page_document([p], disc, headline)
    if want is None:
        assert p.date == "2023-03-15"
        return
    date, issuers, region = want
    assert (p.date or "-", p.issuers, p.region) == (date, issuers, region)


NOTICE_PAGES = [
    # the table names the notice; the text names only the document it issues
    (Disclosure(title="某区人民政府办公室关于印发《某区稳岗留工十条措施》的通知", issuers=("某区人民政府办公室",),
                written="2023-01-09"), None, "《某区稳岗留工十条措施》已经区人民政府同意，现印发给你们。",
     ["某区稳岗留工十条措施"], ["某区人民政府办公室关于印发《某区稳岗留工十条措施》的通知", "某区稳岗留工十条措施"]),
    # the notice's head: its issuer's line above 关于印发…
    (Disclosure(), None, "中共某县委办公室\n关于印发《某县为基层减负的实施方案》的通知\n各乡镇党委：",
     ["某县为基层减负的实施方案"], ["中共某县委办公室关于印发《某县为基层减负的实施方案》的通知", "某县为基层减负的实施方案"]),
    # named already: nothing added
    (Disclosure(title="某局关于印发《某办法》的通知"), None, "",
     ["某局关于印发《某办法》的通知", "某办法"], ["某局关于印发《某办法》的通知", "某办法"]),
    # the document it issues is not among the policies: nothing added
    (Disclosure(title="某局关于印发《某办法》的通知"), None, "", ["另一个方案"], ["另一个方案"]),
]


@pytest.mark.parametrize("disc,headline,text,before,after", NOTICE_PAGES)
def test_add_page_notice(disc, headline, text, before, after):
    pols = [Policy(index=k, title=t) for k, t in enumerate(before, 1)]
    add_page_notice(pols, disc, headline, text)
    assert [p.title for p in pols] == after
    assert [p.index for p in pols] == list(range(1, len(after) + 1))


def test_issuer_line_above_a_document_name_joins_it():
    p = Policy(index=1, title="关于切实关心关爱防汛救灾一线人员的通知")
    prefix_issuer_line([p], "某市应急管理局 某市总工会\n关于切实关心关爱防汛救灾一线人员的通知\n各县市区：")
    assert (p.title, p.issuers) == ("某市应急管理局 某市总工会关于切实关心关爱防汛救灾一线人员的通知",
                                    ["某市应急管理局", "某市总工会"])


def test_a_page_without_headline_whose_top_line_names_its_notice_gets_the_table_date():
    """No headline (the page's title was chrome): the text's first line is the notice's name, and
    the table's signing date is the notice's and the document's it issues (written before the change)."""
    head = ("索引号:1151/2019-00045  发布机构:中共某某区委办公室 某某区人民政府办公室\n"
            "成文日期:2019-04-26  文号:某委办〔2019〕18号\n")
    text = ("中共某某区委办公室 某某区人民政府办公室关于印发《关于精简文件会议的十二条措施》的通知\n"
            "各街道，区级各部门：\n《关于精简文件会议的十二条措施》已经区委、区政府同意，现印发给你们。\n"
            "关于精简文件会议的十二条措施\n第一条 严控发文数量。")
    pols = [Policy(index=1, title="中共某某区委办公室某某区人民政府办公室关于印发《关于精简文件会议的十二条措施》的通知",
                   issuers=["中共某某区委办公室", "某某区人民政府办公室"]),
            Policy(index=2, title="关于精简文件会议的十二条措施", issuers=["中共某某区委办公室", "某某区人民政府办公室"],
                   declared_count=12)]
    complete_page_document(pols, head + text, text, None)
    assert [p.date for p in pols] == ["2019-04-26", "2019-04-26"]


def test_a_tables_name_completes_a_headline_that_opens_with_guanyu():
    """(session 34) The headline left out the issuer's place (关于加快集聚青年人才的若干措施); the table's name
    has it (某区关于加快集聚青年人才的若干措施): the document takes the table's full name. A headline that
    names it in full, or names another document, keeps its own."""
    disc = Disclosure(title="某某高新区关于加快集聚青年人才的若干措施", issuers=("某某高新区管委会",), written="2023-04-17")
    pols = [Policy(index=1, title="关于加快集聚青年人才的若干措施")]
    fill_page_document(pols, disc, "关于加快集聚青年人才的若干措施")
    assert (pols[0].title, pols[0].issuers, pols[0].date) == (
        "某某高新区关于加快集聚青年人才的若干措施", ["某某高新区管委会"], "2023-04-17")
    pols = [Policy(index=1, title="某某区人才新政十条")]
    fill_page_document(pols, disc, "某某区人才新政十条")
    assert pols[0].title == "某某区人才新政十条"


def test_a_table_names_the_document_the_text_never_names():
    """A portal's headline was its own name, and the text (a regulation's articles) names only what it
    cites: the table's name, issuer and signing date are the page's own document, put first."""
    disc = Disclosure(title="某某市某某区志愿者激励嘉许办法（试行）", issuers=("某某区志愿服务联合会",), written="2021-11-25")
    pols = [Policy(index=1, title="志愿服务条例")]
    fill_page_document(pols, disc, "某某区人民政府门户网站")
    assert [(p.index, p.title, p.issuers, p.date) for p in pols] == [
        (1, "某某市某某区志愿者激励嘉许办法（试行）", ["某某区志愿服务联合会"], "2021-11-25"), (2, "志愿服务条例", [], None)]
    # a name the text gives in part is that policy's: nothing added
    pols = [Policy(index=1, title="某某区志愿者激励嘉许办法")]
    fill_page_document(pols, disc, None)
    assert [p.title for p in pols] == ["某某区志愿者激励嘉许办法"]


@pytest.mark.parametrize("head,issuers,want", [
    # a provincial paper's masthead the word splitter keeps whole, a province's body by its level
    ("某某网 | 河南日报网 | 首页\n当前位置：首页 > 时政\n", ["省委组织部"], "河南省"),
    # a city's news portal and paper, the city's bodies by their level
    ("济宁新闻网 | 济宁日报 | 数字报\n首页 | 要闻\n", ["市委组织部", "市防汛抗旱指挥部"], "济宁市"),
    # a WeChat mirror: the account's card names the city (written before the change), the byline the
    # account's bare place; a search box's 搜索公众号 names none
    ("首页 热门 搞笑\n搜索文章 搜索公众号\n原创 某某号 2023-07-12 发表于浙江\n绍兴市总工会官方公众号，服务职工。\n", ["市总工会"], "绍兴市"),
    ("首页 热门\n原创 温州人社 温州人社 2022-03-01 发表于浙江\n", ["市人社局"], "温州市"),
    ("首页 热门\n原创 某某号 2022-03-01 发表于浙江\n", ["省人社厅"], "浙江省"),
    ("首页 热门\n搜索文章 搜索公众号\n", ["市人社局"], None),
    # a district portal's masthead names the district with its level (written before the change)
    ("某某网 | 深圳市龙岗区人民政府门户网站\n首页 > 政务公开\n", ["区民政局"], "龙岗区"),
    # a county's media centre in the byline
    ("原创 某某发布 桐庐县融媒体中心 2022-07-15\n", ["县总工会", "县人力社保局"], "桐庐县"),
    # a WeChat account's name further down the page's head (扬州发布), a city's bodies by level
    ("微信公众平台文章镜像 · 仅供学习交流\n微信号：yangzhou_fabu\n扬州发布\n致敬最美逆行者\n", ["市委", "市政府"], "扬州市"),
    # a national paper names no place
    ("人民日报 | 首页\n", ["市委组织部"], None),
    # a national body stays national; a masthead of another level gives nothing
    ("河南日报网 | 首页\n", ["国家卫生健康委"], None),
    ("河南日报网 | 首页\n", ["县人社局"], None),
])
def test_place_by_masthead(head, issuers, want):
    p = Policy(index=1, title="关于某事的通知", issuers=issuers)
    place_by_masthead([p], head + "正文")
    assert p.region == want


def test_issuer_line_above_a_document_name_writes_its_short_issuers_in_full():
    """A teaser named the bodies short (区委办公室 区政府办公室); the line above the name writes them in full."""
    p = Policy(index=1, title="关于进一步为基层减负的若干措施", issuers=["区委办公室", "区政府办公室"])
    prefix_issuer_line([p], "中共鼓楼区委办公室 鼓楼区人民政府办公室\n关于进一步为基层减负的若干措施\n为深入贯彻落实…")
    assert p.issuers == ["中共鼓楼区委办公室", "鼓楼区人民政府办公室"]
    # other bodies than the line's stay
    q = Policy(index=1, title="关于进一步为基层减负的若干措施", issuers=["区财政局"])
    prefix_issuer_line([q], "中共鼓楼区委办公室 鼓楼区人民政府办公室\n关于进一步为基层减负的若干措施\n正文")
    assert q.issuers == ["区财政局"]


@pytest.mark.parametrize("head,want", [
    # a red header right above the document's name
    ("某文库 首页\n关于切实为基层减负的二十条措施\n上传时间：2019-06-14\n中共铜仁市委办公室文件\n关于切实为基层减负的二十条措施\n为深入贯彻…",
     (["中共铜仁市委办公室"], "铜仁市")),
    # … with its document number between
    ("湖州市人民政府办公室文件\n湖政办发〔2020〕5号\n关于支持企业复工的若干意见\n各区县人民政府：", (["湖州市人民政府办公室"], "湖州市")),
    # a line of prose ending in 文件 is no header
    ("要认真学习上级文件\n关于支持企业复工的若干意见\n正文", ([], None)),
])
def test_red_header_issuers(head, want):
    title = head.split("\n")[-2] if "号" in head else ("关于切实为基层减负的二十条措施" if "铜仁" in head else "关于支持企业复工的若干意见")
    p = Policy(index=1, title=title)
    red_header_issuers([p], head)
    assert (p.issuers, p.region) == want


@pytest.mark.parametrize("head,text,want", [
    # a document site's head: the bodies' line was cut with the site's chrome, the notice's name stays
    ("某文库 > 党建 > 正文\n下载文档 收藏\n\n中共某某县委办公室\n关于印发《某某县为基层减负的实施方案》的通知\n各乡镇党委：",
     "关于印发《某某县为基层减负的实施方案》的通知\n各乡镇党委：",
     ("中共某某县委办公室关于印发《某某县为基层减负的实施方案》的通知", ["中共某某县委办公室"])),
    # a line of chrome above the name names no body: nothing changes
    ("首页 > 政策文件\n下载文档 收藏 分享\n关于做好稳岗返还工作的通知\n各区人社局：",
     "关于做好稳岗返还工作的通知\n各区人社局：", ("关于做好稳岗返还工作的通知", [])),
])
def test_issuer_line_the_chrome_stage_cut(head, text, want):
    p = Policy(index=1, title=text.split("\n")[0])
    complete_page_document([p], head, text, None)
    assert (p.title, p.issuers) == want


def test_a_headline_naming_the_document_without_its_bodies_keeps_that_name():
    """A document site's file-name headline writes the name without the bodies above it in the text:
    that is the page's name for it, the bodies are its issuers; without such a headline they join it."""
    text = "中共某某区委办公室 某某区人民政府办公室\n关于进一步精简会议文件的若干措施\n为深入贯彻…"
    for headline, title in (("关于进一步精简会议文件的若干措施（全文）.doc", "关于进一步精简会议文件的若干措施"),
                            (None, "中共某某区委办公室 某某区人民政府办公室关于进一步精简会议文件的若干措施")):
        p = Policy(index=1, title="关于进一步精简会议文件的若干措施")
        complete_page_document([p], text, text, headline)
        assert (p.title, p.issuers) == (title, ["中共某某区委办公室", "某某区人民政府办公室"])


@pytest.mark.parametrize("text,head,want", [
    # a local paper's page: 我市 names the city its masthead names
    ("近日，我市出台《关于支持企业复工复产的十条措施》，帮助企业渡过难关。", "济宁新闻网 | 济宁日报 | 数字报\n首页 | 要闻\n", "济宁市"),
    ("听说市里出台了十条措施，帮助企业渡过难关。", "首页 热门\n原创 温州人社 温州人社 2022-03-01 发表于浙江\n", "温州市"),
    # a national paper's masthead names no place
    ("近日，我市出台《关于支持企业复工复产的十条措施》。", "人民日报 | 首页\n", None),
])
def test_a_place_named_by_its_level_takes_the_masthead_place(text, head, want):
    pols = find_policies(text, 2020, None)
    complete_page_document(pols, head + text, text, None)
    assert pols[0].region == want


def test_a_signature_whose_date_line_the_chrome_stage_cut():
    """A forum repost of a county's measures: the text keeps the bodies' line, the chrome stage cut the
    footer date below it (…印发, read as a post's meta line); a date line the text keeps is not read here."""
    doc = ("刚拿到的文件，手打的。\n某某县村干部报酬补贴办法\n第一条 为稳定基层干部队伍，制定本办法。\n"
           "第二条 本办法自2016年5月1日起施行。\n中共某某县委办公室 某某县人民政府办公室\n")
    head = doc + "2016年4月28日印发\n"
    text = doc + "以前一个月才几百块。"
    pols = find_policies(text, None, None)
    complete_page_document(pols, head + text[len(doc):], text, None)
    assert [(p.title, p.issuers, p.date) for p in pols] == [
        ("某某县村干部报酬补贴办法", ["中共某某县委办公室", "某某县人民政府办公室"], "2016-04-28")]


@pytest.mark.parametrize("head,title,want", [
    # a notice's name hard-wrapped over three lines; the text kept only the last (its issuer's place is
    # on the first line)
    ("发新帖\n某某市某某区新型冠状病毒肺炎\n疫情防控指挥部关于强化社会面\n疫情防控措施的通告\n(2022年第3号)\n根据…",
     "疫情防控措施的通告",
     ("某某市某某区新型冠状病毒肺炎疫情防控指挥部关于强化社会面疫情防控措施的通告", ["某某市某某区新型冠状病毒肺炎疫情防控指挥部"])),
    # a name wrapped after 关于…, no bodies before it
    ("首页\n关于进一步做好高校毕业生\n就业工作的通知\n各市人社局：", "就业工作的通知", ("关于进一步做好高校毕业生就业工作的通知", [])),
    # a line of prose above is no part of the name
    ("首页\n据悉，市里出台了关于稳岗的政策。\n稳岗十条措施\n正文", "稳岗十条措施", ("稳岗十条措施", [])),
])
def test_rejoin_wrapped_name(head, title, want):
    p = Policy(index=1, title=title)
    complete_page_document([p], head, title + "\n正文", None)
    assert (p.title, p.issuers) == want


def test_a_notice_head_cut_as_chrome_and_hard_wrapped_adds_the_notice():
    """A document site's copy: the notice's head (bodies, then its name wrapped over two lines) was cut
    with the site's chrome; the text names only the measures it issues."""
    head = ("某文库 > 行业资料\n某区稳岗留工若干措施（全文）.pdf\n某某市某区人民政府办公室\n"
            "关于印发某区稳岗留工\n若干措施的通知\n某府办〔2021〕3号\n各镇人民政府：\n")
    text = "各镇人民政府：\n《某区稳岗留工若干措施》已经区政府同意，现印发给你们。\n某区稳岗留工若干措施\n1．发放红包。"
    pols = [Policy(index=1, title="某区稳岗留工若干措施", issuers=["某某市某区人民政府办公室"], date="2021-01-18")]
    complete_page_document(pols, head + text, text, "某区稳岗留工若干措施（全文）.pdf")
    assert [(p.title, p.issuers, p.date) for p in pols] == [
        ("某某市某区人民政府办公室关于印发某区稳岗留工若干措施的通知", ["某某市某区人民政府办公室"], "2021-01-18"),
        ("某区稳岗留工若干措施", ["某某市某区人民政府办公室"], "2021-01-18")]


@pytest.mark.parametrize("head,text,title,want", [
    # an explainer whose headline the chrome stage cut: the short name takes the full one
    ("某省人社厅门户\n《关于进一步加强新就业形态劳动者权益保障的若干措施》政策解读\n一、《若干措施》出台的背景是什么？",
     "一、《若干措施》出台的背景是什么？\n…研究制定了《若干措施》。", "若干措施",
     "关于进一步加强新就业形态劳动者权益保障的若干措施"),
    # a 相关文件 line names it after its bodies, without 《》
    ("相关文件：某省民政厅等三部门关于做好困难群众兜底保障的实施意见\n《实施意见》解读",
     "《实施意见》明确，…", "实施意见", "关于做好困难群众兜底保障的实施意见"),
    # two full names that end alike: none is taken
    ("《关于支持企业复工复产的若干措施》解读\n《关于支持个体工商户发展的若干措施》解读",
     "《若干措施》明确，…", "若干措施", "若干措施"),
    # the text writes the full name itself: the join of the policies stage is trusted
    ("《关于支持企业复工复产的若干措施》解读", "《关于支持企业复工复产的若干措施》（以下简称《若干措施》）",
     "若干措施", "若干措施"),
])
def test_full_name_above(head, text, title, want):
    from carepolicy_extract.disclosure import full_name_above
    pols = [Policy(index=1, title=title)]
    full_name_above(pols, head.split("\n"), text)
    assert pols[0].title == want


def test_date_line_cut_as_chrome():
    """A notice page whose closing date line alone (2020-01-25) the chrome stage cut as a post's time:
    the page's own document (its headline's) takes that date from the page before the cut; not a
    document the headline does not name, nor a date line the text keeps."""
    from carepolicy_extract.disclosure import date_line_cut_as_chrome
    from carepolicy_extract.models import Policy
    head = "某市疫情防控工作领导小组公告\n一、暂停开放公共场所。\n二、保障生活必需品的正常供应，保持物价稳定。\n2020-01-25\n责任编辑：某某"
    text = "一、暂停开放公共场所。\n二、保障生活必需品的正常供应，保持物价稳定。"
    pols = [Policy(index=1, title="某市疫情防控工作领导小组公告", issuers=["某市疫情防控工作领导小组"])]
    date_line_cut_as_chrome(pols, head, text, "某市疫情防控工作领导小组公告")
    assert pols[0].date == "2020-01-25"
    other = [Policy(index=1, title="关于做好疫情防控工作的通知")]
    date_line_cut_as_chrome(other, head, text, "某市疫情防控工作领导小组公告")
    assert other[0].date is None


def test_a_national_signature_cut_as_chrome_with_its_date_signs_the_notice():
    """A provincial notice's signature moved to a national body with a long name (a real page's closing
    lines, the signer changed): the chrome stage cut the body's line and the date line below the text's
    last item; both are read in the page before its chrome was cut. A signature that is not right below
    the text's last line (a related item's) is not taken."""
    text = "关于切实加强防汛救灾人员安全保护的通知\n各市：\n三、切实保障防汛救灾人员安全。各地各部门要妥善做好巡堤查险人员防暑降温、生活保障等工作，切实保障防汛救灾人员人身安全。"
    sign = "\n国务院应对新型冠状病毒感染肺炎疫情联防联控机制\n2020年8月13日\n解读\n"
    pols = find_policies(text)
    complete_page_document(pols, text + "\n" + sign, text, None)
    assert [(p.issuers, p.date) for p in pols] == [(["国务院应对新型冠状病毒感染肺炎疫情联防联控机制"], "2020-08-13")]
    pols = find_policies(text)
    complete_page_document(pols, text + "\n相关链接：其他通知一则\n" + sign, text, None)
    assert [(p.issuers, p.date) for p in pols] == [([], None)]


def test_an_essay_site_headline_cut_as_chrome_names_the_page_document():
    """An essay site's page (a real page's headline 某工作方案3000字 …篇一 keeps its line; the 范文（通用5篇）
    form is cut as a content farm's collection headline): the document its headline names is the page's.
    A collection of feelings (心得体会(模板12篇)) names no document."""
    text = "为了确保工作顺利进行，通常需要预先制定一份完整的方案。\n1、严格落实防控要求。"
    pols = find_policies(text)
    complete_page_document(pols, "休整期间疫情防控工作方案范文（通用5篇）\n" + text, text, None)
    assert [p.title for p in pols] == ["休整期间疫情防控工作方案"]
    pols = find_policies(text)
    complete_page_document(pols, "专业关心爱护医务人员心得体会(模板12篇)\n" + text, text, None)
    assert pols == []


def test_the_table_issuer_places_the_page_notice_over_a_cited_document_place():
    """A district's notice whose text names only a province's cited regulation: the text alone would
    place the notice where the page speaks of most (the province); the disclosure table's issuer places it
    in the district. A notice whose own name opens with its place keeps that place."""
    text = ("各街道、区直各有关单位：\n根据《湖南省高温天气劳动保护办法》有关规定，现就做好高温天气劳动保护工作通知如下：\n"
            "一、合理调整作息时间。\n二、足额发放高温津贴。")
    head = "索引号：1150/2023-00214\n发布机构：雨花区人力资源和社会保障局\n名称：关于做好高温天气劳动保护工作的通知\n" + text
    pols = find_policies(text, 2023, "关于做好高温天气劳动保护工作的通知")
    complete_page_document(pols, head, text, "关于做好高温天气劳动保护工作的通知")
    assert (pols[0].title, pols[0].issuers, pols[0].region) == (
        "关于做好高温天气劳动保护工作的通知", ["雨花区人力资源和社会保障局"], "雨花区")


def test_a_tables_name_with_its_bodies_gives_them_all():
    # (session 39, writer set YC) 名称 names the joint notice's bodies before 关于, 发布机构 only the first
    disc = read_disclosure("发布机构：开封市人力资源和社会保障局  成文日期：2023-06-09\n"
                           "名  称：开封市人力资源和社会保障局 开封市卫生健康委员会 开封市总工会关于做好高温天气劳动保护工作的通知")
    p = Policy(index=1, title="关于做好高温天气劳动保护工作的通知", issuers=["开封市人力资源和社会保障局"])
    fill_page_document([p], disc, "关于做好高温天气劳动保护工作的通知")
    assert p.issuers == ["开封市人力资源和社会保障局", "开封市卫生健康委员会", "开封市总工会"]
    assert p.date == "2023-06-09"
