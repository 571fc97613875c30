"""policies.find_policies() and link() on small texts: one row per case."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from carepolicy_extract.issuers import bodies
from carepolicy_extract.policies import find_policies, link
from carepolicy_extract.segment import segment

# text, year, headline → expected policies as {field: value} (only the fields given are checked)
CASES = [
    ("title, alias, issuers and date in one sentence",
     "此前，2月3日，省委组织部、省财政厅、省人力社保厅联合出台了《进一步激励关爱基层党员干部的八项举措》，被称为“暖心八条”。浙江各地积极落实。",
     2020, None,
     [dict(title="进一步激励关爱基层党员干部的八项举措", alias="暖心八条", issuers=["省委组织部", "省财政厅", "省人力社保厅"],
           region="浙江省", date="2020-02-03", declared_count=8)]),
    ("unquoted count after a verb, same day",
     "2月5日，金华市出台进一步激励关爱党员干部的十条举措。同日，武义县结合实际也出台了十六条举措。",
     2020, None,
     [dict(region="金华市", date="2020-02-05", declared_count=10),
      dict(region="武义县", date="2020-02-05", declared_count=16)]),
    ("mentioned measures in quotes",
     "近日，云南省委组织部出台“大胆提拔使用”“开展表彰奖励”“统筹安排、做好轮休调休”等11条措施。",
     None, None,
     [dict(issuers=["云南省委组织部"], region="云南省", declared_count=11,
           mentioned=["大胆提拔使用", "开展表彰奖励", "统筹安排、做好轮休调休"])]),
    ("mentioned measures without quotes",
     "近日，福州市出台充实防控一线力量、强化结果运用、严防形式主义等7条具体措施。",
     None, None,
     [dict(region="福州市", declared_count=7, mentioned=["充实防控一线力量", "强化结果运用", "严防形式主义"])]),
    ("aspects and items: the items count",
     "近日，吉林省委组织部出台8方面22项具体措施，对干部考察选拔作出说明。",
     None, None,
     [dict(issuers=["吉林省委组织部"], region="吉林省", declared_count=22)]),
    ("quoted alias with the most specific place",
     "北京市丰台区日前推出“温暖十条”，内容涵盖大胆选人用人。“温暖十条”明确提出及时使用干部。",
     None, None,
     [dict(alias="温暖十条", region="丰台区", declared_count=10)]),
    ("headline alias joins the body's title; year from a document number; a cited notice has no place of its own",
     "2月5日，市委组织部、市财政局联合印发《进一步激励关爱一线党员干部的十条举措》的通知。按照《关于发挥党员作用的通知》（丽组明电〔2020〕5号）的精神执行。",
     None, "丽水市“四激励四保障两减轻”十条举措关爱战疫勇士",
     [dict(title="关于发挥党员作用的通知", issuers=[], region=None, date=None),
      dict(title="进一步激励关爱一线党员干部的十条举措", alias="四激励四保障两减轻", issuers=["市委组织部", "市财政局"],
           region="丽水市", date="2020-02-05", declared_count=10)]),
    ("unquoted alias repeated across the article",
     "近日，广州市委组织部牵头，会同市保障组相关成员单位，制定印发关心关爱基层一线抗疫人员十项措施。关心关爱十条以多种形式解决困难。关心关爱十条提出要力戒形式主义。关心关爱十条明确加强健康管理。",
     2021, None,
     [dict(title="关心关爱基层一线抗疫人员十项措施", alias="关心关爱十条", issuers=["广州市委组织部"], region="广州市",
           declared_count=10)]),
    ("formal notice without a count",
     "日前，内蒙古自治区纪委监委印发《关于精准问责的通知》，要求精准把握问责重点。",
     None, None,
     [dict(title="关于精准问责的通知", issuers=["内蒙古自治区纪委监委"], region="内蒙古自治区", declared_count=None)]),
    ("a cited title is a policy the page names, without issuer, place or date it does not give",
     "各地要按照《关于进一步做好防控工作的通知》要求抓好落实。", None, None,
     [dict(title="关于进一步做好防控工作的通知", issuers=[], region=None, date=None)]),
    ("a newspaper in 《》 is not a policy", "据《人民日报》报道，各地纷纷出台措施。", None, None, []),
    ("a dateline is not the policy's date",
     "本报长春2月23日电 近日，吉林省委组织部出台22项具体措施。", 2020, None,
     [dict(region="吉林省", date=None, declared_count=22)]),
    ("region from the place the article is about",
     "龙湾区着眼发挥党组织作用。龙湾因时而谋。二是优先提拔使用。出台《进一步激励关爱基层党员干部的十条措施》，专项考察。",
     2020, None,
     [dict(title="进一步激励关爱基层党员干部的十条措施", region="龙湾区", declared_count=10)]),
    ("no policy in plain prose", "各地一线人员十分辛苦，千条线一根针。", None, None, []),
    ("full date with year", "2021年6月10日，广州市委组织部印发十项措施。", None, None,
     [dict(date="2021-06-10", declared_count=10, region="广州市")]),
    ("the headline's shortened name and the body's full one are one policy",
     "2月12日，庆元县委组织部、县财政局联合出台关爱疫情防控一线人员六项措施。", 2020, "庆元县出台关爱一线人员六项措施",
     [dict(title="关爱疫情防控一线人员六项措施", issuers=["庆元县委组织部", "县财政局"], region="庆元县",
           date="2020-02-12", declared_count=6)]),
    ("two different names of one count stay two policies",
     "龙湾出台《关于服务企业复工复产的通知》，推出“十条举措”。又出台《进一步激励关爱基层党员干部的十条措施》。", 2020, None,
     [dict(title="关于服务企业复工复产的通知", declared_count=10),
      dict(title="进一步激励关爱基层党员干部的十条措施", declared_count=10)]),
    ("a place written without its level gets the one the dictionary knows",
     "温州“暖心八条”落地见效，各地认真抓好落实。", None, None,
     [dict(alias="暖心八条", declared_count=8, region="温州市")]),
    ("two policies in one sentence, each with its own issuer; a bare count refers back",
     "连日来，省委组织部出台《关于激励关爱一线人员的八项措施》，省卫健委出台《关于关心关爱医务人员的六条举措》。其中，八项措施主要包括：",
     2020, None,
     [dict(title="关于激励关爱一线人员的八项措施", issuers=["省委组织部"], declared_count=8),
      dict(title="关于关心关爱医务人员的六条举措", issuers=["省卫健委"], declared_count=6)]),
    ("a district written after its city is a place though the dictionary lacks it",
     "湖州市吴兴区出台3项举措：一是落实轮休。", None, None,
     [dict(region="吴兴区", declared_count=3)]),
    ("a party committee is an issuer where the issuer ends",
     "2月13日，金华市委、市政府出台《关于关心关爱一线人员的二十条措施》。", 2020, None,
     [dict(issuers=["金华市委", "市政府"], region="金华市", date="2020-02-13", declared_count=20)]),
    ("委 inside an issuer or a title is not one",
     "近日，县委书记主持会议，宁波市委组织部印发《关爱一线人员的五条措施》。", None, None,
     [dict(issuers=["宁波市委组织部"], region="宁波市", declared_count=5)]),
    ("a notice's signature gives the issuers and the date of the policies it transmits",
     "现将《某市关心关爱一线医务人员十条措施》印发给你们，请认真贯彻落实。\n中共嘉兴市委组织部  嘉兴市财政局\n"
     "2020年2月4日\n某市关心关爱一线医务人员十条措施\n一、优先提拔使用。", None,
     "关于印发《某市关心关爱一线医务人员十条措施》的通知",
     [dict(title="关于印发《某市关心关爱一线医务人员十条措施》的通知", issuers=["中共嘉兴市委组织部", "嘉兴市财政局"],
           region="嘉兴市", date="2020-02-04"),
      dict(title="某市关心关爱一线医务人员十条措施", issuers=["中共嘉兴市委组织部", "嘉兴市财政局"], region="嘉兴市",
           date="2020-02-04", declared_count=10)]),
    ("a signature over several lines, its date in Chinese numerals",
     "现将《福州市关爱一线人员七条措施》和《福州市激励一线干部五条措施》印发给你们。\n中共福州市委组织部\n福州市财政局\n"
     "二〇二〇年二月十四日", None, None,
     [dict(title="福州市关爱一线人员七条措施", issuers=["中共福州市委组织部", "福州市财政局"], date="2020-02-14"),
      dict(title="福州市激励一线干部五条措施", issuers=["中共福州市委组织部", "福州市财政局"], date="2020-02-14")]),
    ("a signature at the end of the document the headline names",
     "各县（市、区）卫生健康局：\n为关心关爱医务人员，制定如下措施：\n一、优先提拔使用。\n二、及时表彰奖励。\n"
     "台州市卫生健康委员会\n2020年2月7日", None, "台州市关于关心关爱疫情防控一线医务人员的两条措施",
     [dict(title="台州市关于关心关爱疫情防控一线医务人员的两条措施", issuers=["台州市卫生健康委员会"], region="台州市",
           date="2020-02-07", declared_count=2)]),
    ("a notice named by its headline alone, its issuer before 关于",
     "各单位：\n现就有关事项通知如下：\n一、优先提拔使用。\n中共合肥市委组织部\n2020年2月15日", None,
     "中共合肥市委组织部关于进一步关心关爱疫情防控一线党员干部的通知",
     [dict(title="中共合肥市委组织部关于进一步关心关爱疫情防控一线党员干部的通知", issuers=["中共合肥市委组织部"],
           region="合肥市", date="2020-02-15", declared_count=None)]),
    ("the reporter's source is no issuer; 中共 is part of the issuer's name",
     "记者从市委组织部获悉，2月13日，中共丽水市委组织部、丽水市财政局联合印发《关于关心关爱一线人员的十条措施》。",
     2020, None,
     [dict(issuers=["中共丽水市委组织部", "丽水市财政局"], region="丽水市", date="2020-02-13", declared_count=10)]),
    ("a policy with its own issuers keeps them beside a signature of others",
     "近日，省卫健委印发《关于关心关爱医务人员的六条举措》。\n中共某市委组织部\n2020年2月4日", 2020, None,
     [dict(issuers=["省卫健委"], date=None, declared_count=6)]),
    # measures named in running text, before or after the policy, with or without quotes
    ("mentioned after the count: 包括A、B、C等内容",
     "近日，丽水市委组织部出台十条措施，包括优先提拔使用、及时表彰奖励、落实工资待遇等内容。", None, None,
     [dict(issuers=["丽水市委组织部"], declared_count=10, mentioned=["优先提拔使用", "及时表彰奖励", "落实工资待遇"])]),
    ("mentioned after a title: 从“A”“B”等方面",
     "2月3日，衢州市委组织部印发《关于关心关爱一线人员的十条措施》，从“强化政治激励”“加强人文关怀”等方面作出安排。",
     2020, None,
     [dict(title="关于关心关爱一线人员的十条措施", date="2020-02-03", mentioned=["强化政治激励", "加强人文关怀"])]),
    ("mentioned after an alias without 等, to the sentence's end",
     "湖州市近日推出“暖心十条”，涵盖优先提拔使用、及时表彰奖励、购买专项保险。", None, None,
     [dict(alias="暖心十条", region="湖州市", mentioned=["优先提拔使用", "及时表彰奖励", "购买专项保险"])]),
    ("mentioned before a count after an opening word: 主要有A、B、C三项",
     "嘉善县委组织部出台关爱措施，主要有优先提拔使用、落实临时补助、安排轮休调休三项。", None, None,
     [dict(declared_count=3, mentioned=["优先提拔使用", "落实临时补助", "安排轮休调休"])]),
    ("mentioned after 提出, not the words before it",
     "温州市鹿城区出台文件，提出优先提拔使用、及时表彰奖励、落实待遇保障等8条措施。", None, None,
     [dict(region="鹿城区", declared_count=8, mentioned=["优先提拔使用", "及时表彰奖励", "落实待遇保障"])]),
    ("mentioned separated by commas after 明确了",
     "上城区委组织部印发《关爱一线社区工作者的六条措施》，明确了落实临时补助，安排轮休调休，开展心理疏导。", None, None,
     [dict(declared_count=6, mentioned=["落实临时补助", "安排轮休调休", "开展心理疏导"])]),
    ("以及 and 和 before the last one, quoted or not",
     "宁波市出台“战疫十条”，包括大胆提拔使用、开展表彰奖励以及落实工资待遇等。长沙市出台“优先提拔使用”“及时表彰奖励”和“落实待遇保障”等9项举措。",
     None, None,
     [dict(alias="战疫十条", mentioned=["大胆提拔使用", "开展表彰奖励", "落实工资待遇"]),
      dict(declared_count=9, mentioned=["优先提拔使用", "及时表彰奖励", "落实待遇保障"])]),
    ("包括A、B在内的十条; 从A、B、C等8个方面提出22项",
     "海宁市出台了包括优先提拔使用、及时表彰奖励在内的十条措施。吉林省委组织部从政治激励、待遇保障、人文关怀等8个方面提出22项具体措施。",
     None, None,
     [dict(declared_count=10, mentioned=["优先提拔使用", "及时表彰奖励"]),
      dict(declared_count=22, mentioned=["政治激励", "待遇保障", "人文关怀"])]),
    ("mixed quoted and unquoted names", "萧山区委组织部出台十条措施，涵盖“大胆选人用人”、落实工资待遇、“强化心理疏导”等内容。",
     None, None, [dict(mentioned=["大胆选人用人", "落实工资待遇", "强化心理疏导"])]),
    ("two policies in one sentence, each with its own place and names",
     "湖州市出台十条措施，包括优先提拔使用、及时表彰奖励等；长兴县出台六条措施，涵盖落实待遇保障、安排轮休调休。", None, None,
     [dict(region="湖州市", declared_count=10, mentioned=["优先提拔使用", "及时表彰奖励"]),
      dict(region="长兴县", declared_count=6, mentioned=["落实待遇保障", "安排轮休调休"])]),
    ("names listed in a later sentence by the bare count",
     "桐乡市委组织部出台“关爱三条”。三项措施分别是优先提拔使用、及时表彰奖励和开展心理疏导。", None, None,
     [dict(alias="关爱三条", mentioned=["优先提拔使用", "及时表彰奖励", "开展心理疏导"])]),
    ("departments, cities, people and groups are no measures",
     "市委组织部联合市财政局、市人社局等出台10条措施。宁波市出台八条措施，包括杭州市、宁波市等地。"
     "温州市出台六条措施，包括张伟、李娜在内的12名干部受益。台州市出台五条措施，包括医务人员、社区工作者等一线人员。",
     None, None,
     [dict(issuers=["市委组织部", "市财政局", "市人社局"], declared_count=10, mentioned=[]),
      dict(declared_count=8, mentioned=[]), dict(declared_count=6, mentioned=[]), dict(declared_count=5, mentioned=[])]),
    ("a clause of requirements is no list of names; a list ends at a comma",
     "嘉兴市出台十条措施，明确提出要加强领导，压实责任，确保各项措施落实到位。湖州市出台八条措施，包括优先提拔使用、及时表彰奖励，切实为一线人员解难题。",
     None, None,
     [dict(declared_count=10, mentioned=[]), dict(declared_count=8, mentioned=["优先提拔使用", "及时表彰奖励"])]),
    ("one body named with and without its place is one issuer",
     "丽水市委组织部出台十条措施\n记者从丽水市委组织部获悉，市委组织部近日出台十条措施。", None, None,
     [dict(issuers=["丽水市委组织部"], region="丽水市", declared_count=10)]),
    ("a body's short name in the headline and its full name in the article are one issuer, in full",
     "省人社厅出台稳就业八条举措\n日前，省人力资源和社会保障厅印发《关于做好疫情期间稳就业工作的通知》，推出八条举措。",
     None, None, [dict(issuers=["省人力资源和社会保障厅"], declared_count=8)]),
    ("a district the dictionary does not know keeps its body's name when the text proves it a place",
     "成都市武侯区出台四条措施关爱社区工作者\n2月15日，武侯区委组织部、区民政局出台关心关爱城乡社区工作者四条措施。",
     None, None,
     [dict(issuers=["武侯区委组织部", "区民政局"], region="武侯区", declared_count=4)]),
    ("a speaker's post and the body he speaks for name one issuer once",
     "市委组织部副部长李明：2月16日，市委组织部、市财政局出台了关心关爱一线人员五条措施。", 2020, None,
     [dict(issuers=["市委组织部", "市财政局"], date="2020-02-16", declared_count=5)]),
    ("a headline naming the province before the city is the body's policy of that city",
     "河南鹤壁出台四项措施关爱一线干部\n2月18日，鹤壁市委组织部出台关心关爱疫情防控一线干部四项措施。", 2020, None,
     [dict(title="关心关爱疫情防控一线干部四项措施", region="鹤壁市", declared_count=4)]),
    ("a headline that is the document's name with its places is the body's policy, named as the body names it",
     "厦门市思明区关爱一线人员五条措施\n近日，思明区委组织部出台关心关爱疫情防控一线人员五条措施。", None, None,
     [dict(title="关心关爱疫情防控一线人员五条措施", issuers=["思明区委组织部"], region="思明区", declared_count=5)]),
    # count-word aliases (N个X, N大X) without 条/项: a policy when issued or called measures; the count
    # waits for a list of that many items (see test_count_word_alias_declares_its_number_with_a_list)
    ("a count-word alias an issuing verb issues",
     "近日，区委组织部出台“五个上”关爱措施，具体内容如下：", None, None,
     [dict(alias="五个上", issuers=["区委组织部"], declared_count=None)]),
    ("a count-word alias the text calls measures, once issued",
     "南通市委组织部近日出台“六个优先”激励关爱措施。“六个优先”具体为：", None, None,
     [dict(alias="六个优先", issuers=["南通市委组织部"], region="南通市")]),
    ("a count-word alias after 实施",
     "今年以来，某县实施“三个确保”，关心关爱一线人员。", None, None, [dict(alias="三个确保", region=None)]),
    ("a count-word alias called measures without a verb",
     "某市“四个一”举措温暖一线人员。", None, None, [dict(alias="四个一")]),
    ("a headline's count-word alias is the body's policy of its number",
     "近日，昆山市委组织部出台关爱疫情防控一线人员四项措施。", None, "昆山：“四个一”关爱一线人员",
     [dict(alias="四个一", title="关爱疫情防控一线人员四项措施", issuers=["昆山市委组织部"], region="昆山市",
           declared_count=4)]),
    ("a headline's count-word alias of another number than the body's policy is not its alias",
     "近日，昆山市委组织部出台关爱疫情防控一线人员六项措施。", None, "昆山：“四个一”关爱一线人员",
     [dict(alias=None, declared_count=6)]),
    ("a headline's count-word alias alone is no policy", "各地抓好落实。", None, "某县“两手抓”推进复工复产", []),
    ("quoted count words that nothing issues are no policies",
     "各地坚持“两手抓”，发挥“三大员”作用，开展“三个一”活动，做到“四个到位”。", None, None, []),
    ("a headline's bare place before the verb takes the level of the body's issuer",
     "近日，区委组织部出台“五个上”关爱措施。", None, "余杭出台“五个上”措施 暖心守护一线人员",
     [dict(alias="五个上", region="余杭区")]),
    ("a headline that a hard-wrapped dump glued to its lead still names the document",
     "关于为基层减负的十二条具体举措弘扬优良作风，着力解决突出问题\n为基层干部松绑减负。现制定以下措施。",
     None, "关于为基层减负的十二条具体举措",
     [dict(title="关于为基层减负的十二条具体举措", declared_count=12)]),
]


@pytest.mark.parametrize("name,text,year,headline,expect", CASES, ids=[c[0] for c in CASES])
def test_find_policies(name, text, year, headline, expect):
    got = find_policies(text, year, headline)
    assert len(got) == len(expect), [p.model_dump() for p in got]
    for p, want in zip(got, expect):
        for key, value in want.items():
            assert getattr(p, key) == value, (key, p.model_dump())
    assert [p.index for p in got] == list(range(1, len(got) + 1))


def test_link_by_count_and_warn_on_mismatch():
    text = ("市委组织部印发《关爱一线人员的三项措施》。\n1.及时表彰。发放奖金。\n2.优先提拔。作为依据。\n"
            "此外，区里出台了五项措施。\n一是落实轮休。保证休整。\n二是心理疏导。搭建平台。\n三是做好保障。办理保险。\n四是强化督查。严肃问责。")
    pols = find_policies(text, 2020)
    lists = segment(text)
    links, warnings = link(pols, lists)
    assert [len(ml.items) for ml in lists] == [2, 4]
    assert links == [1, 2]
    assert {w.code for w in warnings} == {"count_mismatch"} and len(warnings) == 2


def test_link_exact_count_wins():
    text = "省里出台了八项措施。市里出台了三项措施：\n一是落实轮休。保证休整。\n二是心理疏导。搭建平台。\n三是做好保障。办理保险。"
    pols = find_policies(text, 2020)
    links, warnings = link(pols, segment(text))
    assert links == [2] and warnings == []


def test_unlinked_when_no_policy_fits():
    text = "一是落实轮休。保证休整。二是心理疏导。搭建平台。"
    links, warnings = link(find_policies(text, 2020), segment(text))
    assert links == [None] and warnings == []


def test_list_introduced_by_a_policy_of_another_count_is_linked_with_a_warning():
    # the page lists only five of the 十条 it announces
    text = ("2月9日，永康市委组织部出台“暖心十条”，其中包括：\n1.优先提拔使用。对表现突出的干部优先提拔。\n"
            "2.及时表彰奖励。对先进典型及时表彰。\n3.落实待遇保障。发放临时性工作补助。\n"
            "4.购买专项保险。为一线干部购买保险。\n5.安排轮休调休。保障休息时间。\n等内容。")
    pols = find_policies(text, 2020)
    links, warnings = link(pols, segment(text))
    assert links == [1]
    assert [w.code for w in warnings] == ["count_mismatch"]


def test_far_policy_of_another_count_is_not_linked():
    text = ("省里出台了十项措施。" + "各地认真抓好落实，确保各项措施落地见效。" * 20 +
            "\n一是落实轮休。保证休整。\n二是心理疏导。搭建平台。")
    links, warnings = link(find_policies(text, 2020), segment(text))
    assert links == [None] and warnings == []


@pytest.mark.parametrize("items,mismatch", [(5, False), (4, True), (6, True)])
def test_count_word_alias_declares_its_number(items, mismatch):
    """“五个上” declares five (as the goldens' “三项机制” declares three); a list of another length
    under it is still its list, with a count_mismatch warning."""
    aspects = ["政治", "工作", "待遇", "生活", "心理", "健康"][:items]
    text = "近日，区委组织部出台“五个上”关爱措施，具体内容如下：\n" + "\n".join(
        f"{'①②③④⑤⑥'[i]}{w}上激励：对表现优秀的一线人员优先使用。" for i, w in enumerate(aspects))
    pols = find_policies(text, 2020)
    links, warnings = link(pols, segment(text))
    assert pols[0].declared_count == 5
    assert links == [1] * len(segment(text))
    assert [w.code for w in warnings] == (["count_mismatch"] if mismatch else [])


# ---------------------------------------------------------------- case tables

def _table(name: str) -> list[list[str]]:
    rows = []
    for line in (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@pytest.mark.parametrize("row", _table("policy_issuer_cases.tsv"), ids=lambda r: r[0])
def test_issuer_phrases(row):
    words, names = row[0], row[1] if len(row) > 1 else ""
    found = bodies(words)
    assert [b.name for b in found] == [n for n in names.split("|") if n], [b.name for b in found]
    if found and len(row) > 3:
        place, national = row[2], row[3] == "1"
        assert (found[0].places[0] if found[0].places else "-") == place, found[0]
        assert all(b.national for b in found) == national, found


@pytest.mark.parametrize("row", _table("policy_name_cases.tsv"), ids=lambda r: r[0])
def test_named_policies(row):
    _, text, headline, expect = row
    got = find_policies(text.replace("\\n", "\n"), None, headline or None)
    expect = json.loads(expect)
    assert len(got) == len(expect), [p.model_dump() for p in got]
    for p, want in zip(got, expect):
        for key, value in want.items():
            assert getattr(p, key) == value, (key, p.model_dump())


@pytest.mark.parametrize("row", _table("policy_cases.tsv"), ids=lambda r: r[0])
def test_held_out_policy_cases(row):
    """Cases written from Chinese official writing before the code was looked at; a row marked
    `open` is one the code does not get yet, and must keep failing until it does (then unmark it)."""
    _, text, year, headline, expect = row[:5]
    status = row[5] if len(row) > 5 else ""

    def check():
        # (the year column may hold the article's whole date, 2023-05-15: its published date)
        published = year if "-" in year else None
        got = find_policies(text.replace("\\n", "\n"), int(year[:4]) if year else None, headline or None, published)
        want = json.loads(expect)
        assert len(got) == len(want), [p.model_dump() for p in got]
        for p, w in zip(got, want):
            for key, value in w.items():
                assert getattr(p, key) == value, (key, p.model_dump())

    if status == "open":
        with pytest.raises(AssertionError):
            check()
    else:
        check()


def test_gazetteer_rows_and_lookups():
    """rules/gazetteer.tsv (scripts/build_gazetteer.py): name, short name, level, parent; three levels, the short names
    texts write (恩施 of 恩施土家族苗族自治州), one division per unambiguous short name."""
    from carepolicy_extract.regions import Places, gazetteer
    from carepolicy_extract.rules import rule_table
    rows = rule_table("gazetteer.tsv")
    assert len(rows) > 3000
    assert all(len(r) in (3, 4) and r[2] in ("province", "prefecture", "county") for r in rows)  # a province has no parent
    full, short, prefectures = gazetteer()
    assert {"义乌市", "恩施土家族苗族自治州", "内蒙古自治区"} <= full
    assert short["义乌"] == ("义乌市",) and "恩施" in prefectures
    assert len(short["朝阳"]) > 1          # 朝阳市, 朝阳县, 朝阳区: no completion
    places = Places("")
    assert places.complete("义乌") == "义乌市" and places.complete("朝阳") in ("朝阳", "朝阳市", "朝阳县", "朝阳区")


def test_gazetteer_builder_short_names():
    """The builder's short names: levels and the peoples of autonomous divisions stripped."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    nations = ["汉族", "土家族", "苗族", "壮族", "回族", "维吾尔族", "朝鲜族", "彝族"]
    assert mod.short_name("恩施土家族苗族自治州", nations) == "恩施"
    assert mod.short_name("广西壮族自治区", nations) == "广西"
    assert mod.short_name("义乌市", nations) == "义乌"
    assert mod.short_name("和县", nations) == "和县"        # a one-character stem keeps its level
    assert mod.short_name("峨边彝族自治县", nations) == "峨边"


def test_an_unreadable_count_after_a_quoted_name_is_no_count():
    # `九九条`: a run of numeral characters that reads as no number (random text found it crashing)
    assert all(p.declared_count is None for p in find_policies("市里出台“暖心”九九条措施。"))


def test_gazetteer_municipal_districts_have_their_municipality():
    """The adcode table's placeholders (市辖区, 县, 省直辖县级行政区划) are no parent: a municipality's
    districts and counties belong to it, so the province walk of 朝阳区 ends at 北京市, not 市辖区."""
    from carepolicy_extract.regions import _gazetteer_provinces
    from carepolicy_extract.rules import rule_table
    rows = rule_table("gazetteer.tsv")
    assert not any(len(r) > 3 and r[3] in ("市辖区", "县") or "直辖" in r[0] for r in rows)
    by_short = _gazetteer_provinces()
    assert ("朝阳区", "北京市") in by_short["朝阳"]
    assert ("朝阳市", "辽宁省") in by_short["朝阳"]
    assert ("城口县", "重庆市") in by_short["城口"] and ("浦东新区", "上海市") in by_short["浦东"]
    assert ("仙桃市", "湖北省") in by_short["仙桃"]      # a county-level city the province governs directly


def test_policy_pages25_floor():
    """tests/policy_pages25.tsv: mini-pages run through the whole pipeline and scored with score.py's
    own matching (order and splitting count); the figures must not fall below what the code reached."""
    import importlib.util as iu
    spec = iu.spec_from_file_location("policy_pages", Path(__file__).parents[1] / "bench" / "policy_pages.py")
    mod = iu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.main()
    assert got["rows"] >= 72
    assert got["passed"] >= PAGES25_FLOOR["passed"], got
    for key in ("recall", "fields", "mentioned"):
        assert got[key] >= PAGES25_FLOOR[key], (key, got)


PAGES25_FLOOR = dict(passed=62, recall=1.0, fields=0.97, mentioned=0.92)


def test_county_written_with_another_level():
    """A county-level division written with another county level than the 2020 gazetteer's (章丘区 of
    章丘市: counties and county-level cities turn into districts) is a place; 会同 joining bodies is not."""
    from carepolicy_extract.regions import places_in
    assert [p[1] for p in places_in("章丘区人社局近日出台八条措施")] == ["章丘区"]
    assert [p[1] for p in places_in("萧山县")] == ["萧山县"]
    assert places_in("市城管局将会同市财政、人社等部门加强督导") == []


@pytest.mark.parametrize("text,expected", [
    # (session 34) a place's name starts where a word starts: 提高城市 holds no 高城市
    ("关于提高城市社区工作者薪酬待遇的实施意见", []),
    ("山西省晋城市出台十条措施", ["山西省", "晋城市"]),
    ("在晋城市工作的外来务工人员", ["晋城市"]),
    ("中共绵阳市涪城区委组织部", ["绵阳市", "涪城区"]),
    # 会同 after a word that is no place's end joins bodies (将会同县财政局); after a city it is the county
    ("下一步将会同县财政局制定实施细则", []),
    ("怀化市会同县出台十条措施", ["怀化市", "会同县"]),
    # (session 44, writer set YV) a county of one character is a place where its bodies write the level again
    ("7月31日，浚县县委、县政府印发十条措施", ["浚县"]),
    ("安阳市委、滑县县委联合部署", ["安阳市", "滑县"]),
    ("新县域经济发展大会召开", []),
    ("各市和县县委书记参加会议", []),
])
def test_place_names_start_a_word(text, expected):
    from carepolicy_extract.regions import places_in
    assert [p[1] for p in places_in(text)] == expected


def test_party_department_prefix_and_frame_before_body():
    """A list of a party committee's departments carries the committee (市委组织部、宣传部 → 市委宣传部),
    a government bureau after them does not (县委组织部、人社局 → 县人社局); a body before the frame it
    sets its measures in (某县委从A、B、C三个方面入手，推出12条措施) issues them, and the frame's names are
    the set's."""
    from carepolicy_extract.issuers import bodies
    assert [b.name for b in bodies("日前，六安市委组织部、宣传部联合印发")] == ["六安市委组织部", "六安市委宣传部"]
    assert [b.name for b in bodies("县委组织部、人社局")] == ["县委组织部", "县人社局"]
    pols = find_policies("金寨县激励干部担当作为\n金寨县委从政治上激励、工作上支持、生活上关怀三个方面入手，推出12条措施，激励干部担当作为。")
    assert pols[0].issuers == ["金寨县委"] and pols[0].declared_count == 12
    assert pols[0].mentioned == ["政治上激励", "工作上支持", "生活上关怀"]


def test_headline_alias_joins_the_body_document_and_quoted_kind_before_a_clause():
    """The headline's set named by its alias and the document the body names first are one policy
    (its alias, the body's title and bodies); quoted names closed by their kind before a clause of
    what they are for (…推出“A”“B”和“C”暖心举措，为…加油鼓劲) are its measures; a headline's set named
    by a set's noun (出台惠企政策) is the body's titled document of any genre."""
    pols = find_policies("我市推出“三送三保”暖心行动关爱防汛一线人员\n市委组织部近日印发《关于关心关爱防汛一线人员的通知》，"
                         "推出“送清凉”“送健康”“送温暖”和“保安全”“保休息”“保待遇”暖心行动，为一线人员加油鼓劲。")
    assert len(pols) == 1 and pols[0].alias == "三送三保" and pols[0].title == "关于关心关爱防汛一线人员的通知"
    assert pols[0].issuers == ["市委组织部"] and pols[0].mentioned[:2] == ["送清凉", "送健康"]
    pols = find_policies("十堰市出台惠企政策\n十堰市政府近日出台《关于支持中小企业共渡难关的若干措施》，推出减免房租、降低电价、缓缴社保等一揽子措施。")
    assert len(pols) == 1 and pols[0].title == "关于支持中小企业共渡难关的若干措施" and pols[0].issuers == ["十堰市政府"]


def test_passive_issuer_after_the_title():
    """A document named first and its bodies after it in the passive (《…》已于2月3日由县卫生健康委印发)."""
    pols = find_policies("南城县出台措施关爱一线医务人员\n2020-02-06 来源：抚州日报\n《南城县关心关爱一线医务人员若干措施》已于2月3日由县卫生健康委印发，"
                         "一线医务人员可享受免费工作餐。")
    assert pols[0].issuers == ["县卫生健康委"] and pols[0].date == "2020-02-03" and pols[0].region == "南城县"
    pols = find_policies("萍乡市激励干部担当作为\n近日，《萍乡市激励干部新时代新担当新作为实施办法》由市委办公室、市政府办公室印发实施。")
    assert pols[0].issuers == ["市委办公室", "市政府办公室"]


def test_list_after_following_colon_spoken_close_and_counted_headline_name():
    """包括以下内容：A、B、C opens a list as 包括： does; a forum's A、B、C这些 closes it as 等 does; a headline
    that is a set's own name closed by its count of articles (某市支持小微企业十二条) names the set."""
    pols = find_policies("铜陵市关心关爱环卫工人\n市政府办公室近日印发《关于进一步关心关爱环卫工人的实施意见》。\n"
                         "《实施意见》主要包括以下内容：提高工资待遇、改善作业条件、加强安全保障。")
    assert pols[0].mentioned == ["提高工资待遇", "改善作业条件", "加强安全保障"]
    pols = find_policies("【讨论】泰兴市支持小微企业十二条\n楼主 发表于 2020-3-1 10:22\n"
                         "我们这前几天出了十二条，主要是减免房租、延期缴税、贷款贴息这些，大家看看自己能不能申请。")
    assert len(pols) == 1 and pols[0].declared_count == 12 and pols[0].region == "泰兴市"
    assert pols[0].mentioned == ["减免房租", "延期缴税", "贷款贴息"]


def test_headline_set_by_kind_joins_a_counted_body_document():
    """滁州市出台措施关心关爱基层干部 over the body's 《…若干措施》 with its count: one policy, not a headline
    set of its own first (which took the golden policy's match by its place)."""
    pols = find_policies("滁州市出台措施关心关爱基层干部\n近日，滁州市委办公室、市政府办公室联合印发《关于进一步关心关爱基层干部的若干措施》，"
                         "从提升待遇保障、畅通晋升渠道、减轻工作负担等方面提出15条具体措施。")
    assert len(pols) == 1 and pols[0].declared_count == 15 and pols[0].issuers == ["滁州市委办公室", "市政府办公室"]


def test_policy_pages26_floor():
    """tests/policy_pages26.tsv (session 26's mini-pages, written before the code ran on them: 35/59
    passed then; a fifth batch written after the changes passed 4/8), scored with score.py's own
    matching; the figures must not fall below what the code reached."""
    import importlib.util as iu
    spec = iu.spec_from_file_location("policy_pages", Path(__file__).parents[1] / "bench" / "policy_pages.py")
    mod = iu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.main(table=Path(__file__).parent / "policy_pages26.tsv")
    assert got["rows"] >= 67
    assert got["passed"] >= 49, got
    # (a set's noun right before what it is for, 出台措施关爱…, is left unnamed: taking it as a set cost
    # held-out fields, so its row misses one policy)
    assert got["recall"] >= 0.98 and got["fields"] >= 0.96 and got["mentioned"] >= 0.86, got


def test_later_clause_of_another_place_is_its_own_set():
    """省里发了《…》，萧山区也跟着出台了自己的细则，叫“留萧过年十条”: the alias's clause names its own place
    and verb, so its set is that place's, not the province's document."""
    pols = find_policies("留萧过年\n上周省里发了《关于鼓励引导外地员工留浙过年的若干举措》，萧山区也跟着出台了自己的细则，叫“留萧过年十条”。")
    assert len(pols) == 2 and pols[0].region == "浙江省" and pols[0].alias is None
    assert pols[1].alias == "留萧过年十条" and pols[1].region == "萧山区" and pols[1].declared_count == 10


def test_a_report_item_issuing_without_subject_takes_the_page_place():
    """A report about one district (a sample page moved to another district the dictionary does not
    know as a word): it names the district in full once and bare after (渝中区着眼…, 渝中因时而谋…出台
    《…》), and an item issues a document with no subject at all (二是优先提拔使用。出台《…》): both
    documents are the district's. A place named once only gives no subject-less document its name."""
    text = ("激活红色细胞\n渝中区着眼发挥党组织的作用。渝中因时而谋、因地制宜，第一时间出台《关于进一步发挥组织优势服务企业复工复产的通知》。\n"
            "为此，渝中加强对一线人员的关爱。二是优先提拔使用。出台《进一步激励关爱基层党员干部担当作为的十条措施》，专项考察党员干部。")
    assert [(p.title, p.region) for p in find_policies(text, 2020)] == [
        ("关于进一步发挥组织优势服务企业复工复产的通知", "渝中区"), ("进一步激励关爱基层党员干部担当作为的十条措施", "渝中区")]
    once = "激活红色细胞\n渝中区着眼发挥党组织的作用。\n二是优先提拔使用。出台《进一步激励关爱基层党员干部担当作为的十条措施》，专项考察党员干部。"
    assert [(p.title, p.region) for p in find_policies(once, 2020)] == [("进一步激励关爱基层党员干部担当作为的十条措施", None)]


def test_policy_pages27_all_pass():
    """tests/policy_pages27.tsv (session 27's rows, each from a real page's shape in my own words: an
    essay site's headline cut as chrome, a glued name
    with a version number, a fund's round and its counted measures, a subject-less item of a district's
    report, a national signature cut as chrome): none passed before the changes they record; all must."""
    import importlib.util as iu
    spec = iu.spec_from_file_location("policy_pages", Path(__file__).parents[1] / "bench" / "policy_pages.py")
    mod = iu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.main(table=Path(__file__).parent / "policy_pages27.tsv")
    assert got["rows"] == 5 and got["passed"] == 5, got


def test_policy_pages46_all_pass():
    """tests/policy_pages46.tsv (session 46's rows: a document site's copy whose red header names the
    issuer below a file-name headline; a town's notice whose name opens with a numeral; a forum post
    whose notice is named again below with its bodies): none passed
    before the changes they record; all must."""
    import importlib.util as iu
    spec = iu.spec_from_file_location("policy_pages", Path(__file__).parents[1] / "bench" / "policy_pages.py")
    mod = iu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.main(table=Path(__file__).parent / "policy_pages46.tsv")
    assert got["rows"] == 3 and got["passed"] == 3, got


def test_a_red_headers_bodies_are_the_headline_notices_issuers():
    # (session 37, writer set ZX) only when nothing else names the notice's bodies
    text = "关于做好冬春困难群众基本生活保障工作的通知\n各市(州)民政局、财政局:\n为切实保障好冬春期间困难群众基本生活，现就有关事项通知如下:"
    [p] = find_policies(text, 2023, "关于做好冬春困难群众基本生活保障工作的通知", None, ["甘肃省民政厅", "甘肃省财政厅"])
    assert p.issuers == ["甘肃省民政厅", "甘肃省财政厅"] and p.region == "甘肃省"
    [p] = find_policies(text, 2023, "关于做好冬春困难群众基本生活保障工作的通知")
    assert p.issuers == []


def test_a_name_loses_the_ellipsis_its_list_trails_off_with():
    # (session 44, writer sets YB and YX) the scorer ignores punctuation, a researcher's count does not
    text = "近日，某市出台志愿者关爱激励十条措施。措施明确：为一线志愿者统一购买意外伤害保险；志愿服务时长纳入个人诚信积分；" \
           "对表现突出的志愿者，优先推荐入党……"
    assert [p.mentioned for p in find_policies(text)] == [["为一线志愿者统一购买意外伤害保险", "志愿服务时长纳入个人诚信积分",
                                                         "优先推荐入党"]]
