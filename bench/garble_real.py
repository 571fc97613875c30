#!/usr/bin/env python3
"""Repair and conversion on REAL article text garbled the ways real pages are (not a test).

    .venv/bin/python bench/garble_real.py [--docs N] [--seed S] [--only NAME,...] [--worst K]

The real pages' garbling comes from a handful of mechanisms; the repair stage was tuned on the
few dozen work pages that show them. This bench applies the same mechanisms to article text the
stage was never fitted to, so what it leaves behind estimates what unseen pages keep:

- sources: the golden bodies of the `work` pages of ../shared/realpages (clean, simplified) and
  the article texts of ../shared/bench/cwced (cleaned_ground.json), each cut to ~1,200 characters;
- mechanisms (each applied to a copy, seeded):
  `identity` (no change: the floor every other figure is read against),
  `traditional` / `traditional_hk` / `traditional_tw` (OpenCC s2t / s2hk / s2tw, as mirrors write it),
  `pinyin_marks` / `pinyin_digits` / `pinyin_plain` (a reading in parentheses after many characters,
  with tone marks 發(fā), tone digits 發(fa1) or none 發(fa), as copies from annotated readers show it,
  on the traditional text), `pinyin_some` (readings after a few characters only),
  `gbk_shift` (a run of a line encoded as GBK and read one byte off: 的干部队伍 → 母刹筷犖…),
  `lost_chars` (characters GBK lacks, and one Han character in 150, lost to `?`),
  `big5_as_gbk` (a line's Big5 bytes read as GBK), `utf8_as_gbk` / `utf8_as_latin1` (a line's UTF-8 bytes read as GBK or
  as ISO-8859-1, what a client assumes of a page that names no charset), `tag_remnants` (whole and cut tags and entities a
  careless copy leaves after stops and commas), `invisible` (zero-width and no-break characters set between characters), `fullwidth_ascii` (digits and
  letters typed full-width), `stacked_punct` (a half-width comma doubled before
  full-width marks: ,。 ,、), `halfwidth_punct` (，；：（）！？ typed half-width), `mixed` (traditional + pinyin_some + one gbk_shift);
- every page goes through `pipeline.extract_document` as a .txt; its output `text` is scored with
  score.py's body F1 (4-character shingles) against the clean source, and its residue is counted:
  readings left (a Latin run of pinyin letters after a Han character), traditional-only characters
  left (those OpenCC's t2s changes), `?` / U+FFFD left, characters outside GB2312 left, markup left, and stacked punctuation left.

Prints, per mechanism: mean body F1, its drop against identity, and the residue per 1,000 characters;
with --worst, the pages that lose most, with a sample of what they keep.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from carepolicy_extract import pipeline  # noqa: E402
from carepolicy_extract.evaluate import body_f1  # noqa: E402
from realpages import shared, work_pages  # noqa: E402

CUT = 1200
_HAN = re.compile(r"[\u4e00-\u9fff]")
_STACKED_LEFT = re.compile(r"[,，][。、，；：！？]")
_MARKUP_LEFT = re.compile(r"</?[a-z]+[^<>\n]{0,40}>|(?<![a-z])/?[a-z]{1,6}>|&[a-z]{2,6};|&#x?[0-9a-fA-F]{2,6};")
_READING_LEFT = re.compile(r"[\u4e00-\u9fff]\(?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?\)")


def sources(limit: int | None) -> list[tuple[str, str]]:
    out = []
    for _, golden in work_pages():
        g = json.loads(golden.read_text(encoding="utf-8"))
        body = (g.get("body") or "").strip()
        if len(_HAN.findall(body)) >= 150:
            out.append((golden.stem, body[:CUT]))
    ground = json.loads((shared() / "bench" / "cwced" / "cleaned_ground.json").read_text(encoding="utf-8"))
    for key, rec in sorted(ground.items()):
        body = rec.get("articleBody") if isinstance(rec, dict) else None
        if isinstance(body, str) and len(_HAN.findall(body)) >= 150:
            out.append((key[:8], body.strip()[:CUT]))
    return out[:limit] if limit else out


class Garbler:
    def __init__(self) -> None:
        import opencc
        from pypinyin import Style, lazy_pinyin
        self._cc = {k: opencc.OpenCC(k) for k in ("s2t", "s2hk", "s2tw", "t2s")}
        self._lazy, self._style = lazy_pinyin, Style

    def trad(self, text: str, kind: str = "s2t") -> str:
        return self._cc[kind].convert(text)

    def traditional_only(self, text: str) -> int:
        simp = self._cc["t2s"].convert(text)
        return sum(a != b for a, b in zip(text, simp))

    def readings(self, text: str, rng: random.Random, style: str, share: float) -> str:
        st = {"marks": self._style.TONE, "digits": self._style.TONE3, "plain": self._style.NORMAL}[style]
        out = []
        for ch in text:
            out.append(ch)
            if _HAN.match(ch) and rng.random() < share:
                r = self._lazy(ch, style=st)[0]
                out.append(f"({r})")
        return "".join(out)

    @staticmethod
    def gbk_shift(text: str, rng: random.Random, runs: int = 2) -> str:
        lines = text.split("\n")
        cand = [i for i, ln in enumerate(lines) if len(_HAN.findall(ln)) >= 20]
        for i in rng.sample(cand, min(runs, len(cand))):
            ln = lines[i]
            # a character's first byte lost and shown as `?`: the rest of the line is read in pairs
            # one byte off until a byte below 0x80 (a trail byte taken for ASCII) brings it back
            a = rng.randrange(0, max(1, len(ln) - 12))
            rest = b"?" + ln[a:].encode("gbk", errors="replace")[1:]
            lines[i] = ln[:a] + rest.decode("gbk", errors="replace")
        return "\n".join(lines)

    @staticmethod
    def lost_chars(text: str, rng: random.Random) -> str:
        # a page saved in GBK: characters GBK lacks (rare variants, some traditional forms, emoji)
        # become `?`; one in 150 Han characters of the rest too, as a lossy copy leaves them
        out = []
        for ch in text:
            try:
                ch.encode("gbk")
                lost = _HAN.match(ch) is not None and rng.random() < 1 / 150
            except UnicodeEncodeError:
                lost = True
            out.append("?" if lost else ch)
        return "".join(out)

    @staticmethod
    def tag_remnants(text: str, rng: random.Random) -> str:
        # markup a careless copy leaves: whole and cut tags, entities, in and between sentences
        pieces = ("</p>", "<br/>", "<br>", "/span>", "<strong>", "</strong>", "p>", "<u>", "</u>",
                  "<span style=\"font-size:16px\">", "</span>", "&nbsp;", "&ldquo;", "&rdquo;",
                  "&#8220;", "&#x201D;", "<p align=\"center\">", "</div>", "<strike>", "</strike>")
        out = []
        for ch in text:
            out.append(ch)
            if ch in "。，；：\n" and rng.random() < 0.15:
                out.append(rng.choice(pieces))
        return "".join(out)

    @staticmethod
    def stacked_punctuation(text: str, rng: random.Random) -> str:
        # a converter's doubled punctuation: a half-width comma before each full-width mark (,。 ,、 ,“)
        return re.sub(r"(?=[。、，；：“”！？])", lambda m: "," if rng.random() < 0.8 else "", text)

    @staticmethod
    def halfwidth_punctuation(text: str, rng: random.Random) -> str:
        # full-width punctuation typed or converted half-width (，→, ；→; ：→: （→( ）→))
        table = str.maketrans("，；：（）！？", ",;:()!?")
        return text.translate(table)

    @staticmethod
    def utf8_as(text: str, rng: random.Random, codec: str) -> str:
        # one line's UTF-8 bytes read in a legacy code page (关于 → 鍏充簬 as GBK, â€œ… as cp1252)
        lines = text.split("\n")
        cand = [i for i, ln in enumerate(lines) if len(_HAN.findall(ln)) >= 20]
        for i in rng.sample(cand, min(1, len(cand))):
            lines[i] = lines[i].encode("utf-8").decode(codec, errors="replace")
        return "\n".join(lines)

    @staticmethod
    def invisible(text: str, rng: random.Random) -> str:
        # characters a site sets between others against copying, or a converter leaves: zero-width
        # space and joiner, soft hyphen, word joiner, no-break space, ideographic space
        marks = ("\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u00a0", "\u3000")
        return "".join(ch + (rng.choice(marks) if _HAN.match(ch) and rng.random() < 0.1 else "") for ch in text)

    @staticmethod
    def fullwidth_ascii(text: str, rng: random.Random) -> str:
        # digits and Latin letters typed full-width (２０２０年, ＣＯＶＩＤ－１９), as some editors do
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c not in "<>" else c for c in text)

    @staticmethod
    def big5_as_gbk(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        cand = [i for i, ln in enumerate(lines) if len(_HAN.findall(ln)) >= 20]
        for i in rng.sample(cand, min(1, len(cand))):
            lines[i] = lines[i].encode("big5", errors="replace").decode("gbk", errors="replace")
        return "\n".join(lines)


def mechanisms(g: Garbler) -> dict:
    return {
        "identity": lambda t, r: t,
        "traditional": lambda t, r: g.trad(t),
        "traditional_hk": lambda t, r: g.trad(t, "s2hk"),
        "traditional_tw": lambda t, r: g.trad(t, "s2tw"),
        "pinyin_marks": lambda t, r: g.readings(g.trad(t), r, "marks", 0.6),
        "pinyin_digits": lambda t, r: g.readings(g.trad(t), r, "digits", 0.6),
        "pinyin_plain": lambda t, r: g.readings(g.trad(t), r, "plain", 0.6),
        "pinyin_some": lambda t, r: g.readings(g.trad(t), r, "marks", 0.08),
        "gbk_shift": lambda t, r: g.gbk_shift(t, r),
        "lost_chars": lambda t, r: g.lost_chars(g.trad(t, "s2tw"), r),
        "big5_as_gbk": lambda t, r: g.big5_as_gbk(g.trad(t, "s2tw"), r),
        "tag_remnants": lambda t, r: g.tag_remnants(t, r),
        "invisible": lambda t, r: g.invisible(t, r),
        "fullwidth_ascii": lambda t, r: g.fullwidth_ascii(t, r),
        "utf8_as_gbk": lambda t, r: g.utf8_as(t, r, "gbk"),
        "utf8_as_latin1": lambda t, r: g.utf8_as(t, r, "latin-1"),
        "stacked_punct": lambda t, r: g.stacked_punctuation(t, r),
        "halfwidth_punct": lambda t, r: g.halfwidth_punctuation(t, r),
        "mixed": lambda t, r: g.gbk_shift(g.readings(g.trad(t), r, "marks", 0.08), r, runs=1),
    }


def residue(g: Garbler, text: str) -> dict:
    outside = 0
    for ch in text:
        if _HAN.match(ch):
            try:
                ch.encode("gb2312")
            except UnicodeEncodeError:
                outside += 1
    return {"readings": len(_READING_LEFT.findall(text)), "traditional": g.traditional_only(text),
            "question": text.count("?") + text.count("？") + text.count("\ufffd"), "outside_gb2312": outside,
            "markup": len(_MARKUP_LEFT.findall(text)), "stacked": len(_STACKED_LEFT.findall(text))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="")
    ap.add_argument("--worst", type=int, default=0)
    args = ap.parse_args()
    g = Garbler()
    mech = mechanisms(g)
    if args.only:
        keep = {"identity", *args.only.split(",")}
        mech = {k: v for k, v in mech.items() if k in keep}
    docs = sources(args.docs)
    t0 = time.perf_counter()
    base: dict[str, float] = {}
    print(f"{len(docs)} real article texts (work golden bodies and cwced articles), cut to {CUT} characters")
    print(f"{'mechanism':16} {'F1':>6} {'drop':>6}  residue per 1,000 characters: readings trad ? non-GB2312 markup stacked")
    for name, fn in mech.items():
        f1s, res, chars, worst = [], dict.fromkeys(("readings", "traditional", "question", "outside_gb2312", "markup", "stacked"), 0), 0, []
        for i, (doc_id, body) in enumerate(docs):
            rng = random.Random(f"{args.seed}:{name}:{doc_id}")
            page = fn(body, rng)
            d = pipeline.extract_document(page.encode("utf-8"), "text", doc_id=doc_id, path=f"{doc_id}.txt",
                                          sha256="0" * 64)
            out = d.text or ""
            f = body_f1(body, out)
            f1s.append(f)
            if name == "identity":
                base[doc_id] = f
            for k, v in residue(g, out).items():
                res[k] += v
            chars += max(1, len(out))
            worst.append((base.get(doc_id, 1.0) - f, doc_id, out))
        mean = sum(f1s) / len(f1s)
        drop = sum(base.values()) / len(base) - mean if base else 0.0
        per_k = {k: 1000 * v / chars for k, v in res.items()}
        print(f"{name:16} {mean:6.3f} {drop:6.3f}  {per_k['readings']:8.2f} {per_k['traditional']:5.2f} "
              f"{per_k['question']:4.2f} {per_k['outside_gb2312']:6.2f} {per_k['markup']:6.2f} {per_k['stacked']:7.2f}")
        if args.worst and name != "identity":
            for loss, doc_id, out in sorted(worst, key=lambda x: x[0], reverse=True)[:args.worst]:
                if loss > 0.005:
                    print(f"    {doc_id} -{loss:.3f}  {out[:90]!r}")
    print(f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
