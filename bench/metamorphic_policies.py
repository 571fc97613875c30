"""Metamorphic check of policy extraction: how it does on pages the code was not fitted to.

The work pages and the samples are changed, page AND golden together, in ways real pages differ
from them: other places of the same level (a province, a city, a county-level city, a county, a
district, from other provinces), other issuing bodies (a county's, a district's, an epidemic command,
a government office, national bodies), other counts (八条 → 十二条 / 12条 / 二十条), other date forms
(2020年2月5日, 2020-02-05, 二〇二〇年二月五日), titles without 《》; and pages are built from the golden
policies in forms notices take (a signature and date at the end, a headline …关于印发《…》的通知, a
title cited in running text). Each variant is run through the pipeline and scored with
../shared/tools/score.py's own matching; the line `identity` is the unchanged pages the variants come
from (in-sample), so the gap between it and a variant is what the code does not generalise.

    .venv/bin/python bench/metamorphic_policies.py [--keep DIR] [--only NAME]

Runs the pipeline once per substitution (a few seconds each); prints one line per substitution:
pages changed, golden policies, policy recall, field accuracy.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from realpages import shared, work_pages  # noqa: E402

SCORE = shared() / "tools" / "score.py"
SAMPLES = (ROOT / "raw", ROOT / "tests" / "golden")

_spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

# places of other provinces, by level (none of the project's pages is about them)
TARGETS = {
    "province": ["甘肃省", "贵州省", "吉林省", "江西省"],
    "city": ["绵阳市", "宜春市", "曲靖市", "张掖市", "铁岭市"],
    "county_city": ["义乌市", "昆山市", "瑞金市", "都江堰市", "满洲里市"],
    "county": ["宁都县", "桐梓县", "临泽县", "岚皋县", "沁源县"],
    "district": ["雁塔区", "金水区", "白云区", "龙华区", "渝中区"],
}
PROVINCE_CITIES = ("北京市", "天津市", "上海市", "重庆市")
# a body's kind, as its name ends; the kinds another page's body may be of, by the level of its place
KINDS = ["委组织部", "委宣传部", "人力资源和社会保障局", "人力资源和社会保障厅", "人力社保局", "人力社保厅", "人社局",
         "人社厅", "卫生健康委员会", "卫生健康委", "卫健委", "卫健局", "财政局", "财政厅", "教育局", "教育厅", "民政局",
         "民政厅", "人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "总工会", "人民政府", "政府",
         "疫情防控指挥部", "委", "团委"]
NEW_KINDS = {
    "省": ["人力资源和社会保障厅", "人民政府办公厅", "新冠肺炎疫情防控工作领导小组", "卫生健康委员会"],
    "other": ["人力资源和社会保障局", "新冠肺炎疫情防控指挥部", "人民政府办公室", "卫生健康局"],
}
NATIONAL = ["国务院应对新型冠状病毒感染肺炎疫情联防联控机制", "全国人大常委会", "国务院办公厅", "人力资源社会保障部"]
CN = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def cn_date(y: int, m: int, d: int) -> str:
    return "".join(CN[int(c)] for c in str(y)) + "年" + cn_number(m) + "月" + cn_number(d) + "日"


def level_of(place: str) -> str | None:
    if place in PROVINCE_CITIES or place.endswith(("省", "自治区")):
        return "province"
    if place.endswith("市"):
        return "city"
    if place.endswith("县"):
        return "county"
    if place.endswith("区"):
        return "district"
    return None


def stem(place: str) -> str:
    for lv in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "县", "区"):
        if place.endswith(lv) and len(place) > len(lv) + 1:
            return place[: -len(lv)]
    return place


def gold_replace(gold: dict, old: str, new: str) -> dict:
    """Replace in every field of the golden policies (and the title)."""
    s = json.dumps(gold, ensure_ascii=False).replace(old, new)
    return json.loads(s)


# ---------------------------------------------------------------- substitutions on pages

def sub_place(target_level: str, source_levels: tuple[str, ...]):
    def f(text: str, gold: dict, k: int):
        regions = [p["region"] for p in gold["policies"] if p.get("region")]
        src = next((r for r in regions if level_of(r) in source_levels and r in text), None)
        if src is None:
            return None
        new = TARGETS[target_level][k % len(TARGETS[target_level])]
        if new in text or stem(new) in text:
            return None
        text = text.replace(src, new).replace(stem(src), stem(new))
        gold = gold_replace(gold_replace(gold, src, new), stem(src), stem(new))
        return text, gold
    return f


def sub_place_bare(text: str, gold: dict, k: int):
    """A city's or county's place written bare as news does (义乌出台…), with its level only in
    the names of its bodies (义乌市委组织部): other county-level cities, unknown to the page."""
    regions = [p["region"] for p in gold["policies"] if p.get("region")]
    src = next((r for r in regions if level_of(r) in ("city", "county") and r in text), None)
    if src is None:
        return None
    targets = TARGETS["county_city"]
    new = targets[k % len(targets)]
    if new in text or stem(new) in text or _under_place(text, stem(src)):
        return None
    body = re.compile(re.escape(src) + "(?=[委政人纪团总妇财教卫民公])")
    text = body.sub(new, text).replace(src, stem(new)).replace(stem(src), stem(new))
    gold = gold_replace(gold_replace(gold, src, new), stem(src), stem(new))
    return text, gold


def _under_place(text: str, place: str) -> bool:
    """Whether the text writes `place` right after another place (浙江象山, 宁波市象山): moved to another
    province, the page would say 浙江瑞金, which no annotator reads as the county-level city it names."""
    from carepolicy_extract.regions import bare_places, places_in
    for m in re.finditer(re.escape(place), text):
        before = text[max(0, m.start() - 8):m.start()]
        if any(at + len(full) == len(before) for at, full, _ in places_in(before)) or \
                any(before.endswith(b) for b in bare_places(before)):
            return True
    return False


def _inside_longer_body(text: str, name: str) -> bool:
    """Whether the text writes a body's name inside a longer one's (省委 in 团省委): replaced, the
    longer body would become nonsense (团省人力资源和社会保障厅)."""
    import opencc
    from carepolicy_extract.issuers import bodies
    t2s = opencc.OpenCC("t2s")     # (a traditional page: 團省委)
    for m in re.finditer(re.escape(name), text):
        lead = max(0, m.start() - 3)
        window = t2s.convert(text[lead:m.end()])
        if len(window) == m.end() - lead and any(b.start < m.start() - lead and b.end == m.end() - lead
                                                 for b in bodies(window)):
            return True
    return False


def _kind_split(name: str) -> tuple[str, str] | None:
    for kind in sorted(KINDS, key=len, reverse=True):
        if name.endswith(kind) and len(name) > len(kind):
            return name[: -len(kind)], kind
    return None


def sub_body(text: str, gold: dict, k: int):
    """A body of another kind at the same place (丽水市委组织部 → 丽水市人力资源和社会保障局)."""
    changed = False
    for p in gold["policies"]:
        for i, name in enumerate(p.get("issuers") or []):
            split = _kind_split(name)
            if split is None or name not in text:
                continue
            prefix, kind = split
            if not prefix or prefix[-1] not in "省市县区" or _inside_longer_body(text, name):
                continue
            pool = NEW_KINDS["省" if prefix.endswith("省") else "other"]
            new = prefix + pool[k % len(pool)]
            if new in text:
                continue
            text = text.replace(name, new)
            gold = gold_replace(gold, name, new)
            changed = True
            break
        if changed:
            break
    return (text, gold) if changed else None


JOINT_KINDS = {"省": ["财政厅", "人力资源社会保障厅", "卫生健康委"], "other": ["财政局", "人力资源和社会保障局", "卫生健康局"]}


def sub_joint(text: str, gold: dict, k: int):
    """A body joined by another of its place named by its level only, as joint issuings are written
    (丽水市委组织部、市财政局联合出台…): the policy's issuers are both, each as the page writes it."""
    for p in gold["policies"]:
        iss = p.get("issuers") or []
        if len(iss) != 1 or iss[0] not in text:
            continue
        split = _kind_split(iss[0])
        if split is None or not split[0] or split[0][-1] not in "省市县区":
            continue
        level = split[0][-1]
        pool = JOINT_KINDS["省" if level == "省" else "other"]
        other = level + pool[k % len(pool)]
        if other in text or split[0] + pool[k % len(pool)] in text:
            continue
        # (only where the body issues: before a verb of issuing in its clause, 某部近日联合出台)
        pat = re.compile(re.escape(iss[0]) + r"(?=[^，,。；;、\n“”《》]{0,12}?(?:印发|出台|制定|发布|推出|下发))")
        text2, hits = pat.subn(iss[0] + "、" + other, text)
        if not hits:
            continue
        gold = json.loads(json.dumps(gold, ensure_ascii=False))
        for q in gold["policies"]:
            if q.get("issuers") == iss:
                q["issuers"] = iss + [other]
        return text2, gold
    return None


def sub_national(text: str, gold: dict, k: int):
    """A local body replaced by a national one: its policy has no region."""
    for pi, p in enumerate(gold["policies"]):
        iss = p.get("issuers") or []
        if len(iss) != 1 or iss[0] not in text or not p.get("region") or p["region"] in ("台湾", "香港", "澳门"):
            continue
        # (a body named by its level, 省委, is no name of its own: 团省委 holds it; nor is one written
        # after its province, 广西玉林市教育局, nor a body of Taiwan's or Hong Kong's authorities)
        if not iss[0].lstrip("中共").startswith(stem(p["region"])) or _under_place(text, iss[0]):
            continue
        new = NATIONAL[k % len(NATIONAL)]
        text = text.replace(iss[0], new)
        gold = json.loads(json.dumps(gold, ensure_ascii=False))
        for q in gold["policies"]:      # (every policy of that body: a notice and what it issues)
            if q.get("issuers") == iss:
                q["issuers"], q["region"] = [new], None
        return text, gold
    return None


_DIGITS = "0123456789"


def sub_count(form: str):
    """Another count written as 十二条 (cn12), 12条 (dig12) or 二十条 (cn20)."""
    n_new = 20 if form.endswith("20") else 12

    def f(text: str, gold: dict, k: int):
        counts = {p["declared_count"] for p in gold["policies"] if p.get("declared_count")}
        if len(counts) != 1:
            return None
        n = counts.pop()
        if n == n_new or n > 99:
            return None
        new = str(n_new) if form.startswith("dig") else cn_number(n_new)
        olds = [cn_number(n), str(n)]
        pat = re.compile(r"(?<![零〇一二两三四五六七八九十百0-9])(?:" + "|".join(map(re.escape, olds))
                         + r")(?![零〇一二两三四五六七八九十百0-9])(?=[条项])")
        text2, hits = pat.subn(new, text)
        if not hits:
            return None
        gold = json.loads(json.dumps(gold, ensure_ascii=False))
        for p in gold["policies"]:
            if p.get("declared_count") == n:
                p["declared_count"] = n_new
            for key in ("title", "alias"):
                if p.get(key):
                    p[key] = pat.sub(new, p[key])
        gold["measures"] = []       # the list no longer has the count's length
        return text2, gold
    return f


def sub_date(form: str):
    def f(text: str, gold: dict, k: int):
        dated = [p["date"] for p in gold["policies"] if p.get("date")]
        if not dated:
            return None
        y, m, d = (int(x) for x in dated[0].split("-"))
        # (not a day of a year written otherwise: 中华民国109年2月25日 stays)
        pat = re.compile(rf"(?:{y}年|(?<![0-9〇一二三四五六七八九十年]))0?{m}月0?{d}日")
        new = {"full": f"{y}年{m}月{d}日", "iso": f"{y}-{m:02d}-{d:02d}", "cn": cn_date(y, m, d)}[form]
        text2, hits = pat.subn(new, text)
        return (text2, gold) if hits else None
    return f


def sub_unbracket(text: str, gold: dict, k: int):
    hit = False
    for p in gold["policies"]:
        t = p.get("title")
        if t and f"《{t}》" in text:
            text = text.replace(f"《{t}》", t)
            hit = True
    return (text, gold) if hit else None


# ---------------------------------------------------------------- pages built from golden policies

def _sources(gold: dict):
    """Golden policies with a title and one issuer that names its place (or a national one)."""
    for p in gold["policies"]:
        iss = p.get("issuers") or []
        if p.get("title") and len(iss) == 1 and "《" not in p["title"] and len(p["title"]) >= 8 and (
                not p.get("region") or stem(p["region"]) in iss[0] + p["title"]):
            yield p


def gen_signature(text: str, gold: dict, k: int):
    """现将《…》印发给你们 … signature and a date at the end."""
    p = next(_sources(gold), None)
    if p is None:
        return None
    date = p.get("date") or "2021-03-08"
    y, m, d = (int(x) for x in date.split("-"))
    sign = cn_date(y, m, d) if k % 2 else f"{y}年{m}月{d}日"
    page = (f"各有关单位：\n现将《{p['title']}》印发给你们，请结合实际认真贯彻执行。\n{p['issuers'][0]}\n{sign}\n")
    want = dict(title=p["title"], issuers=p["issuers"], region=p.get("region"), date=date)
    return page, dict(gold, policies=[want], measures=[])


def gen_disclosure_table(text: str, gold: dict, k: int):
    """A government site's information-disclosure page: the table (发布机构, 成文日期, 标题, 文号) above
    the document's own name and its text, as portals lay them out (two layouts, a label a line or two
    labels a line)."""
    p = next(_sources(gold), None)
    if p is None:
        return None
    date = p.get("date") or "2021-03-08"
    y, m, d = (int(x) for x in date.split("-"))
    who, title = p["issuers"][0], p["title"]
    if k % 2:
        table = (f"索引号：11330000002482{k:03d}/2021-0{k % 9 + 1}{k:03d}\t主题分类：劳动、人事、监察\n"
                 f"发布机构：{who}\t成文日期：{y}年{m:02d}月{d:02d}日\n标题：{title}\n文号：某办发〔{y}〕{k % 40 + 1}号\n")
    else:
        table = (f"索 引 号：{k:05d}-{y}-{k % 90 + 10:05d}\n发文机关：{who}\n成文日期：{y}-{m:02d}-{d:02d}\n"
                 f"名　　称：{title}\n发文字号：某发〔{y}〕{k % 40 + 1}号\n")
    page = (f"首页 > 政务公开 > 政策文件\n{table}{title}\n各有关单位：\n为做好相关工作，现提出如下意见。\n"
            "一、加强组织领导。各地要高度重视。\n二、落实工作责任。各部门要密切配合。\n")
    want = dict(title=title, issuers=[who], region=p.get("region"), date=date)
    return page, dict(gold, policies=[want], measures=[])


def _notice_headline(gold: dict, quoted: bool):
    """A page under a headline 某办公室关于印发…的通知: the notice and what it issues are two policies."""
    p = next(_sources(gold), None)
    if p is None:
        return None
    who = p["issuers"][0]
    name = f"《{p['title']}》" if quoted else p["title"]
    head = f"{who}关于印发{name}的通知"
    # (without 《》 the text names what it issues only as 现印发给你们, as portals' notices do)
    said = f"现将{name}印发给你们" if quoted else "现印发给你们"
    page = f"{head}\n各有关单位：\n{said}，请认真贯彻执行。\n"
    want = [dict(title=head, issuers=[who], region=p.get("region")),
            dict(title=p["title"], issuers=[who], region=p.get("region"))]
    return page, dict(gold, policies=want, measures=[])


def gen_notice_headline(text: str, gold: dict, k: int):
    """A headline 某办公室关于印发《…》的通知 over the notice: the notice and what it issues."""
    return _notice_headline(gold, quoted=True)


def gen_notice_headline_plain(text: str, gold: dict, k: int):
    """A headline 某办公室关于印发某方案的通知 without 《》 (as portals title it)."""
    return _notice_headline(gold, quoted=False)


def gen_cited(text: str, gold: dict, k: int):
    """A title cited in running text (根据《…》, 按照《…》要求)."""
    p = next(_sources(gold), None)
    if p is None:
        return None
    lead = ("根据", "按照", "依据")[k % 3]
    page = f"社区防控工作通报\n{lead}《{p['title']}》要求，各社区要进一步做好人员排查工作。\n"
    return page, dict(gold, policies=[dict(title=p["title"])], measures=[])


def _own_documents(gold: dict):
    """Golden policies whose title is a document's own name (…方案, …办法, …意见)."""
    for p in gold["policies"]:
        t = p.get("title") or ""
        if 8 <= len(t) <= 40 and "《" not in t and re.search("(方案|办法|意见|通知|规定|细则|措施|指引)$", t):
            yield p


def gen_glued(text: str, gold: dict, k: int):
    """A text whose line breaks were lost: the document's name glued to its first item."""
    p = next(_own_documents(gold), None)
    if p is None:
        return None
    page = f"{p['title']}一、总体要求坚持人民至上，做好各项工作。二、主要措施加强组织领导，落实工作责任。\n"
    return page, dict(gold, policies=[dict(title=p["title"])], measures=[])


def gen_reproduced(text: str, gold: dict, k: int):
    """A forum post or a document site's copy: the document's name alone on a line under the post's
    chrome, above its first item or article."""
    p = next(_own_documents(gold), None)
    if p is None:
        return None
    first = ("一、总体要求", "第一条 为做好相关工作，制定本办法。")[k % 2]
    page = ("县里新出的文件，大家看看\n刚从单位拿到的文件，手打的，有错别字莫怪。\n以前补贴少，这回总算像样了。\n"
            f"{p['title']}\n{first}\n坚持人民至上，做好各项工作。\n")
    return page, dict(gold, policies=[dict(title=p["title"])], measures=[])


def gen_essay_title(text: str, gold: dict, k: int):
    """An essay site's page: the document's name in its title with the site's tail."""
    p = next(_own_documents(gold), None)
    if p is None:
        return None
    tail = ("3000字 工作报告篇一", "范文（通用5篇）", "（精选6篇）")[k % 3]
    page = (f"{p['title']}{tail}\n为了确保工作顺利进行，通常需要预先制定一份完整的方案。\n"
            "1、严格落实防控要求。各单位要及时传达。\n2、做好人员排查。各单位要建立台账。\n")
    return page, dict(gold, policies=[dict(title=p["title"])], measures=[])


def sub_traditional(text: str, gold: dict, k: int):
    """The page in traditional characters, as pages from Taiwan and Hong Kong and reposts write
    it (the golden stays simplified: the pipeline converts)."""
    import opencc
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return opencc.OpenCC("s2t" if k % 2 else "s2tw").convert(text), gold
    return None


SUBSTITUTIONS = {
    "identity": lambda text, gold, k: (text, gold),
    "place_province": sub_place("province", ("province",)),
    "place_city": sub_place("city", ("city",)),
    "place_county_city": sub_place("county_city", ("city", "county")),
    "place_county": sub_place("county", ("county",)),
    "place_district": sub_place("district", ("district",)),
    "place_bare": sub_place_bare,
    "body_kind": sub_body,
    "body_national": sub_national,
    "body_joint": sub_joint,
    "count_cn12": sub_count("cn12"),
    "count_dig12": sub_count("dig12"),
    "count_cn20": sub_count("cn20"),
    "date_full": sub_date("full"),
    "date_iso": sub_date("iso"),
    "date_cn": sub_date("cn"),
    "title_unbracketed": sub_unbracket,
    "traditional": sub_traditional,
    "page_signature": gen_signature,
    "page_disclosure_table": gen_disclosure_table,
    "page_notice_headline": gen_notice_headline,
    "page_notice_headline_plain": gen_notice_headline_plain,
    "page_cited": gen_cited,
    "page_glued": gen_glued,
    "page_reproduced": gen_reproduced,
    "page_essay_title": gen_essay_title,
}


def _page_files():
    """(page, golden file) of the work pages, then of the samples."""
    yield from work_pages()
    raw, golden = SAMPLES
    for g in sorted(golden.glob("*.json")):
        src = next(raw.glob(g.stem + ".*"), None)
        if src is not None:
            yield src, g


def pages():
    for src, g in _page_files():
        gold = json.loads(g.read_text(encoding="utf-8"))
        if not gold.get("policies"):
            continue
        try:
            text = src.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        yield gold["doc_id"], src.suffix, text, gold


def policy_scores(golds: dict, out: Path) -> tuple[int, int, float, float]:
    hit = n = fields = fields_ok = 0
    for doc_id, gold in golds.items():
        path = out / "documents" / f"{doc_id}.json"
        pred = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"policies": []}
        pp = pred.get("policies") or []
        for g in gold["policies"]:
            n += 1
            p = score.policy_match(g, pp)
            if p is None:
                continue
            hit += 1
            for key in ("title", "alias", "region", "date"):
                if g.get(key):
                    fields += 1
                    fields_ok += bool(p.get(key)) and score.sim(score.bare(g[key]), score.bare(p[key])) >= 0.9
            if g.get("issuers"):
                fields += 1
                fields_ok += sorted(map(score.bare, g["issuers"])) == sorted(map(score.bare, p.get("issuers") or []))
    return len(golds), n, hit / n if n else 0.0, fields_ok / fields if fields else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path, help="keep the variant pages and outputs here")
    ap.add_argument("--only", help="run one substitution")
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="metamorphic-"))
    base.mkdir(parents=True, exist_ok=True)
    src = list(pages())
    extract = ROOT / ".venv" / "bin" / "extract"
    total = [0, 0.0, 0, 0.0]
    for name, fn in SUBSTITUTIONS.items():
        if args.only and name != args.only:
            continue
        raw, out = base / name / "raw", base / name / "out"
        shutil.rmtree(base / name, ignore_errors=True)
        raw.mkdir(parents=True)
        golds = {}
        for k, (doc_id, suffix, text, gold) in enumerate(src):
            got = fn(text, gold, k)
            if got is None:
                continue
            golds[doc_id] = got[1]
            (raw / (doc_id + suffix)).write_text(got[0], encoding="utf-8")
            (base / name / "golden").mkdir(exist_ok=True)
            (base / name / "golden" / f"{doc_id}.json").write_text(json.dumps(got[1], ensure_ascii=False), "utf-8")
        if not golds:
            print(f"{name:22s} no page applies")
            continue
        subprocess.run([str(extract), str(raw), str(out), "--no-report"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        docs, n, rec, acc = policy_scores(golds, out)
        line = f"{name:22s} pages {docs:3d}  policies {n:3d}  recall {rec:.3f}  fields {acc:.3f}"
        if name.startswith(("place_", "body_", "count_", "date_", "title_", "traditional")) and (base / "identity" / "out").exists():
            # the same pages unchanged: the gap is what does not generalise
            orig = {d: g for d, _, _, g in src if d in golds}
            _, _, r0, a0 = policy_scores(orig, base / "identity" / "out")
            line += f"   (unchanged: {r0:.3f} / {a0:.3f})"
        print(line, flush=True)
        if name != "identity":
            total[0] += 1; total[1] += rec; total[2] += 1; total[3] += acc
    if total[0]:
        print(f"{'mean of substitutions':22s} {'':25s}recall {total[1] / total[0]:.3f}  fields {total[3] / total[2]:.3f}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)     # (identity's output is read by the others first)
    return 0


if __name__ == "__main__":
    sys.exit(main())
