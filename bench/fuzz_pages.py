"""Fuzz the whole pipeline with realistic page mutations: no document may be lost to a crash or a hang.

A crash inside one document costs that whole document (it is written as `failed`, every figure 0),
so this bench takes real article texts and bends them the way unseen pages bend: cut anywhere
(mid-marker, mid-《》, mid-bracket), lines joined or split, lines duplicated or shuffled, numbering
markers / unbalanced quotes / odd counts and dates / policy phrases inserted, very long lines, lines of
only punctuation, traditional characters and pinyin garbling. Each case runs in-process through
`pipeline.extract_document`, timed. Every exception is reported with its type, the stage (module) it
came from and a shrunk text that still raises it; every document slower than --slow seconds is
reported with its text.

Seeds: sources from the work split of ../shared/realpages (the 60 work pages), raw/ (the samples) and the articleBody of
../shared/bench/cwced/cleaned_ground.json. Same --seed, same cases.

    .venv/bin/python bench/fuzz_pages.py                 # 3000 cases
    .venv/bin/python bench/fuzz_pages.py --cases 300     # quick mode
    PYTHONPATH=../<worktree>/src .venv/bin/python bench/fuzz_pages.py   # another branch's code
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from carepolicy_extract.decode import DecodeError
from carepolicy_extract.models import Document
from carepolicy_extract.pipeline import extract_document
from carepolicy_extract.worker import dump_document, measure_rows

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from realpages import shared, work_pages  # noqa: E402

CWCED = shared() / "bench" / "cwced" / "cleaned_ground.json"

# ---------------------------------------------------------------- mutation material

MARKERS = ["一、", "（一）", "(一)", "1.", "1、", "１．", "①", "第一条", "一是", "十二、", "100.", "（十二）",
           "二、", "（二）", "2.", "②", "第二条", "二是", "第十条", "(1)", "（3）", "三要", "第一，", "其一，",
           "一、二、", "（一）（二）", "1.1", "2.3.4", "第一章", "第99条", "十、", "九十九、"]
OPENERS = ["《", "》", "“", "”", "（", "）", "(", ")", "【", "】", "「", "」", "《《", "》》", "〈", "〉"]
ODD = ["二〇二〇年十三月", "2020年2月30日", "第0条", "零条措施", "9999条", "〇条", "第〇条", "一百零一条措施",
       "十十条", "两条", "1000000000000000000000条措施", "第一百万条", "二〇二〇年", "〇〇〇〇年〇月〇日", "0000年",
       "十条十条十条", "百条", "三四项", "一二条", "“十条”二三条", "》一二项", "第十一二条", "两三条措施", "万条措施", "负一条", "-1条", "1.5条措施", "第２０条", "２０２０年１月", "十一五",
       "9999年99月99日", "第条", "条措施", "项", "第十条第十条"]
PHRASES = ["关于印发《关于进一步做好疫情防控工作的若干措施》的通知", "关于印发", "的通知", "出台十条措施",
           "根据《", "根据《中华人民共和国传染病防治法》", "印发了《", "》等文件", "《关于", "出台了“十条”",
           "制定“稳岗二十条”", "发布《若干措施》（以下简称《措施》）", "（以下简称“", "”）", "出台《》",
           "关于印发《》的通知", "“”", "《》十条", "一系列政策", "等10项措施", "简称“新十条”", "国办发〔2020〕6号",
           "〔〕号", "（〔2020〕号）", "省人民政府办公厅", "印发", "《“十四五”规划》", "“十条”“八条”“六条”"]
PUNCT_LINES = ["。。。。", "、、、", "——————", "……", "《》《》", "“”“”", "（）（）", "；；", "!!!!", "？？",
               "·", "*****", "===", "………………", "（", "》", "、", "，", "：", "....", "—"]
TRAD = str.maketrans("关爱医务人员疫情防控措施补助条进一步发区国为与对这时会书长门问间",
                     "關愛醫務人員疫情防控措施補助條進一步發區國為與對這時會書長門問間")
PINYIN = ["guān", "ài", "yī", "xiàn", "(", ")", "zhèng", "cè", "?", "??", "\ufffd", "&nbsp;", "\u200b", "\u3000"]


def _cut(rng: random.Random, text: str) -> str:
    """Truncate anywhere, preferring spots inside markers, 《》, brackets and numbers."""
    if not text:
        return text
    hot = [i for i, ch in enumerate(text) if ch in "《》“”（）()、.．第条是①一二三四五六七八九十0123456789"]
    i = rng.choice(hot) + rng.randint(0, 1) if hot and rng.random() < 0.7 else rng.randint(0, len(text))
    return text[:i] if rng.random() < 0.7 else text[i:]


def _tiny(rng, text):
    """A window of a few characters: edge cases of empty lines, a lone marker, a lone quote."""
    i = rng.randint(0, max(0, len(text) - 1))
    return text[i:i + rng.randint(1, 40)]


def _join(rng, text):
    return rng.choice(["", "", " ", "。"]).join(text.split("\n"))


def _split(rng, text):
    cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 30))))
    parts, last = [], 0
    for c in cuts:
        parts.append(text[last:c])
        last = c
    parts.append(text[last:])
    return rng.choice(["\n", "\n\n", "\n \n", "\r\n"]).join(parts)


def _lines(rng, text):
    lines = text.split("\n")
    if not lines:
        return text
    roll = rng.random()
    if roll < 0.35:
        i = rng.randrange(len(lines))
        lines[i:i] = [lines[i]] * rng.randint(1, 5)
    elif roll < 0.7:
        rng.shuffle(lines)
    else:
        i, j = sorted(rng.sample(range(len(lines) + 1), 2)) if len(lines) > 1 else (0, 1)
        lines[i:i] = lines[i:j]           # repeat a block of lines (a page printed twice)
    return "\n".join(lines)


def _insert(pool: list[str]) -> Callable[[random.Random, str], str]:
    def mutate(rng, text):
        for _ in range(rng.randint(1, 12)):
            i = rng.randint(0, len(text))
            piece = rng.choice(pool)
            if rng.random() < 0.4:           # at a line start: where markers and headings live
                i = text.rfind("\n", 0, i) + 1
            text = text[:i] + piece + text[i:]
        return text
    return mutate


CHROME = ["发布时间：2020-13-45 25:61", "发布日期：2020年13月32日", "2020-02-30 10:00:00", "时间：0000-00-00",
          "来源：", "来源：来源：", "作者：", "责任编辑：", "【字体：大 中 小】", "浏览次数：-1", "首页 > 政务公开 >",
          "当前位置：", "2020年2月", "二〇二〇年十三月三十二日", "发布时间：9999-99-99", "2020/2/2/2", "2020.13.1",
          "【打印】【关闭】", "分享到：", "上一篇：", "下一篇：", "扫一扫", "版权所有", "日期：2020-02-24 来源：",
          "索引号：", "发文字号：〔2020〕", "成文日期：", "主题分类：", "发布机构：", "20200230", "1970-01-01",
          "发布时间：2020-02-24T16:52:00+08:00", "2020年02月24日 16:52 来源：新华网"]


def _chrome(rng, text):
    """Page chrome with odd dates and empty fields, at the top, the bottom or in between."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 8)):
        where = rng.choice([0, 0, 1, len(lines), rng.randint(0, len(lines))])
        lines.insert(where, " ".join(rng.sample(CHROME, rng.randint(1, 3))))
    return "\n".join(lines)


# characters that str.splitlines() or the decoders treat as line or page breaks where split("\n") does
# not, invisible format characters, combining marks, astral-plane characters, full-width forms
ODD_CHARS = ["\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\r", "\r\n", "\ufeff",
             "\u200b", "\u200d", "\u202e", "\u0301", "\u20dd", "😀", "𠀀", "\U000e0001", "\u3000", "\xa0",
             "１２．", "（１）", "\ufe59", "\ufe5a", "\uff08", "\uff09", "\u2460", "\u2474", "\u2488", "\u3220",
             "\u2160、", "Ⅻ.", "⑴", "⒈", "㈠"]


def _odd_chars(rng, text):
    for _ in range(rng.randint(1, 15)):
        i = rng.randint(0, len(text))
        if rng.random() < 0.5:
            i = text.rfind("\n", 0, i) + 1
        text = text[:i] + rng.choice(ODD_CHARS) + text[i:]
    return text


NUMERAL_CHARS = "一二两三四五六七八九十百千万零〇0123456789０１２"
UNITS = ["条", "项", "条措施", "项举措", "号", "年", "月", "日", "章", "款", "、", "）", "是", "个", "批"]


def _numeral_soup(rng, text):
    """Numbers of any shape next to a unit, after a quote or a 《》 now and then: 三四项, “稳岗”一二条,
    二〇二〇年十三月, 第〇条, 百万条."""
    for _ in range(rng.randint(1, 10)):
        num = "".join(rng.choice(NUMERAL_CHARS) for _ in range(rng.randint(1, 6)))
        piece = rng.choice(["", "第", "“稳岗”", "《若干措施》", "出台", "（"]) + num + rng.choice(UNITS)
        i = rng.randint(0, len(text))
        text = text[:i] + piece + text[i:]
    return text


def _punct_lines(rng, text):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 8)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(PUNCT_LINES) * rng.randint(1, 40))
    return "\n".join(lines)


def _long_line(rng, text):
    unit = rng.choice(["关于印发《", "一、", "。", "措施", "十条", "“", "（一）", "发放补助", "a", "《关于》"])
    line = unit * rng.randint(500, 6000) if rng.random() < 0.5 else text.replace("\n", "") * rng.randint(2, 6)
    i = rng.randint(0, len(text))
    return text[:i] + "\n" + line + "\n" + text[i:]


def _garble(rng, text):
    out = []
    for ch in text:
        r = rng.random()
        if r < 0.15:
            out.append(ch.translate(TRAD))
        elif r < 0.18:
            out.append(rng.choice(PINYIN))
        elif r < 0.185:
            out.append(ch + "(" + rng.choice(PINYIN) + ")")
        else:
            out.append(ch)
    return "".join(out)


MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "cut": _cut, "tiny": _tiny, "join": _join, "split": _split, "lines": _lines,
    "markers": _insert(MARKERS), "quotes": _insert(OPENERS), "odd_counts": _insert(ODD),
    "phrases": _insert(PHRASES), "numeral_soup": _numeral_soup, "chrome": _chrome, "odd_chars": _odd_chars, "punct_lines": _punct_lines, "long_line": _long_line, "garble": _garble,
}


def load_sources() -> list[tuple[str, str]]:
    pages = [raw for raw, _ in work_pages()] + sorted((ROOT / "raw").glob("*.txt"))
    out = [(p.name, p.read_text("utf-8", errors="replace")) for p in pages]
    if CWCED.exists():
        data = json.loads(CWCED.read_text("utf-8"))
        out += [(f"cwced:{k[:8]}", v["articleBody"]) for k, v in sorted(data.items()) if v.get("articleBody")]
    return out


TAGS = ["p", "div", "li", "td", "span", "h2", "br", "font", "b", "section"]


def _as_html(rng: random.Random, text: str) -> str:
    """The text as an HTML page, now and then with a tag cut, left open or an entity broken."""
    tag = rng.choice(TAGS)
    body = "".join(f"<{tag}>{ln}</{tag}>\n" for ln in text.split("\n"))
    page = (f"<html><head><meta charset=utf-8><title>{text[:30]}</title></head><body><nav>首页 &gt; 新闻</nav>"
            f"<div class=article>{body}</div><footer>版权所有</footer></body></html>")
    for _ in range(rng.randint(0, 4)):
        i = rng.randint(0, len(page))
        page = page[:i] + rng.choice(["<", "</p", "<div>", "&#", "&nbsp", "<!--", "<script>", "\"", ">"]) + page[i:]
    return page


ENCODINGS = ["utf-8"] * 6 + ["gb18030", "gbk", "utf-8-sig", "utf-16", "big5"]


def make_case(rng: random.Random, sources: list[tuple[str, str]], html_share: float = 0.15):
    """(source name, mutations applied, page: str when plain UTF-8 text else bytes, fmt)."""
    name, text = rng.choice(sources)
    applied = rng.sample(list(MUTATIONS), rng.choice([1, 1, 2, 2, 3, 4]))
    for m in applied:
        text = MUTATIONS[m](rng, text)
    fmt = "text"
    if rng.random() < html_share:
        text, fmt = _as_html(rng, text), "html"
        applied.append("html")
    enc = rng.choice(ENCODINGS)
    if enc == "utf-8" and rng.random() < 0.85:
        return name, applied, text, fmt
    data = text.encode(enc, errors="replace")
    if rng.random() < 0.5:                  # cut mid-character: the page as stored was truncated in bytes
        data = data[:rng.randint(0, len(data))]
    applied.append(f"{enc}-bytes")
    return name, applied, data, fmt


# ---------------------------------------------------------------- running one case


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def run_text(page: str | bytes, limit: float = 20.0, fmt: str = "text") -> tuple[float, BaseException | None, str]:
    """(seconds, exception or None, stage) of what the worker does with one page: extract_document,
    then the JSON and the measure rows it writes; measures must lie inside the text. A call longer
    than `limit` is interrupted as Hang."""
    data = page.encode("utf-8") if isinstance(page, str) else page
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    t0 = time.perf_counter()
    err, stage = None, ""
    try:
        doc = extract_document(data, fmt, doc_id="fuzz", path=f"fuzz.{'html' if fmt == 'html' else 'txt'}",
                               sha256="0" * 64)
        if not isinstance(doc, Document):
            raise TypeError("extract_document returned no Document")
        dump_document(doc), measure_rows(doc)          # what the worker does next with it
        for m in doc.measures:
            if not (0 <= m.span[0] < m.span[1] <= len(doc.text)) or m.text not in doc.text:
                raise AssertionError(f"measure {m.span} lies outside the document text")
    except DecodeError:
        pass
    except (Exception, RecursionError) as e:     # noqa: BLE001 - every escape is a finding
        err = e
        stage = _stage(e)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - t0, err, stage


def _stage(err: BaseException) -> str:
    """The innermost project frame: module.py:line function."""
    where = ""
    for fr in traceback.extract_tb(err.__traceback__):
        if "carepolicy_extract" in fr.filename:
            where = f"{Path(fr.filename).stem}.py:{fr.lineno} {fr.name}"
    return where or "invariant (bench check)"


def shrink(page: str | bytes, kind: str, stage: str, fmt: str = "text", budget: float = 20.0) -> str | bytes:
    """Delta debugging: drop chunks (lines first, then characters or bytes) while the same error at the
    same place still happens. Stops after `budget` seconds with the smallest page so far."""
    def same(p):
        _, err, st = run_text(p, 10.0, fmt)
        return err is not None and type(err).__name__ == kind and st == stage

    end = time.perf_counter() + budget
    nl, empty = ("\n", "") if isinstance(page, str) else (b"\n", b"")
    for by_line in (True, False):
        units = page.split(nl) if by_line else [page[i:i + 1] for i in range(len(page))]
        glue = nl if by_line else empty
        n = 2
        while len(units) >= 2 and time.perf_counter() < end:
            size = max(1, len(units) // n)
            done = False
            for i in range(0, len(units), size):
                rest = units[:i] + units[i + size:]
                if rest and same(glue.join(rest)):
                    units, n, done = rest, max(n - 1, 2), True
                    break
                if time.perf_counter() > end:
                    break
            if not done:
                if size == 1:
                    break
                n = min(len(units), n * 2)
        page = glue.join(units)
    return page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--slow", type=float, default=2.0, help="report documents slower than this (s)")
    ap.add_argument("--html", type=float, default=0.15, help="share of cases sent as HTML pages")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--json", help="write findings here")
    args = ap.parse_args(argv)

    sources = load_sources()
    for _, text in sources[:3]:      # warm up: lexicons, OpenCC and caches load on the first call
        run_text(text)
    rng = random.Random(args.seed)
    crashes: dict[tuple[str, str], dict] = {}
    slow: list[dict] = []
    t0 = time.perf_counter()
    worst = 0.0
    for k in range(args.cases):
        name, applied, text, fmt = make_case(rng, sources, args.html)
        secs, err, stage = run_text(text, 20.0, fmt)
        worst = max(worst, secs)
        if err is not None:
            key = (type(err).__name__, stage)
            if key not in crashes:
                crashes[key] = {"kind": key[0], "stage": stage, "message": str(err)[:200], "case": k,
                                "source": name, "mutations": applied, "fmt": fmt, "text": text, "count": 0}
            crashes[key]["count"] += 1
        elif secs > args.slow:
            slow.append({"case": k, "source": name, "mutations": applied, "fmt": fmt, "seconds": round(secs, 2),
                         "chars": len(text), "text": text})
    elapsed = time.perf_counter() - t0
    for c in crashes.values():
        if not args.no_shrink:
            c["text"] = shrink(c["text"], c["kind"], c["stage"], c["fmt"])
        print(f"CRASH {c['kind']} at {c['stage']} x{c['count']} (first: case {c['case']}, {c['source']}, "
              f"{'+'.join(c['mutations'])}): {c['message']}")
        print(f"  repro ({c['fmt']}, {len(c['text'])} {'chars' if isinstance(c['text'], str) else 'bytes'}): "
              f"{c['text']!r}"[:1200])
    for s in slow:
        print(f"SLOW {s['seconds']}s case {s['case']} {s['source']} {'+'.join(s['mutations'])} "
              f"({s['fmt']}, {s['chars']} long): {s['text'][:300]!r}")
    print(f"{args.cases} cases from {len(sources)} sources in {elapsed:.1f}s (worst {worst:.2f}s); "
          f"{len(crashes)} distinct crashes, {len(slow)} slow")
    if args.json:
        def plain(v):
            return v.decode("latin-1") if isinstance(v, bytes) else v   # bytes kept byte for byte
        found = {"crashes": [{k: plain(v) for k, v in c.items()} for c in crashes.values()],
                 "slow": [{k: plain(v) for k, v in s.items()} for s in slow]}
        Path(args.json).write_text(json.dumps(found, ensure_ascii=False, indent=1), "utf-8")
    return 1 if crashes or slow else 0


if __name__ == "__main__":
    sys.exit(main())
