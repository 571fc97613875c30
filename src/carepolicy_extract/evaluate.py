"""Score a run against golden annotations (format: shared/spec/golden-format.md).

Same rules and figures as the project's reference scorer: texts compared
after NFKC without white space (measure texts and must/stretch snippets also
without punctuation); a predicted measure matches a golden one at difflib
similarity ≥ 0.80 of title+text, one-to-one, best pairs first; ≥ 0.97 counts
as exact boundaries; optional golden measures count neither way. Where a
golden file has `body` (the whole article text a reader wants), `body_f1` is
the mean over those documents of the F1 of the multisets of 4-character
shingles of the output's `text` and the body (NFKC, white space, punctuation
and symbols removed).
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

MATCH_AT = 0.80
EXACT_AT = 0.97


def squeeze(s: str | None) -> str:
    """NFKC, white space removed."""
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def letters(s: str | None) -> str:
    """squeeze(), punctuation removed too."""
    return "".join(ch for ch in squeeze(s) if unicodedata.category(ch)[0] != "P")


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    sm = SequenceMatcher(None, a, b, autojunk=False)
    # cheap upper bounds first; below the bar the exact ratio does not matter
    if sm.real_quick_ratio() < MATCH_AT or sm.quick_ratio() < MATCH_AT:
        return sm.quick_ratio() / 2
    return sm.ratio()


def shingles(text: str | None, n: int = 4) -> Counter:
    """The multiset of n-character shingles of text without white space, punctuation and symbols."""
    s = "".join(ch for ch in unicodedata.normalize("NFKC", text or "")
                if not ch.isspace() and unicodedata.category(ch)[0] not in "PS")
    return Counter(s[i:i + n] for i in range(max(len(s) - n + 1, 0)))


def body_f1(gold_body: str | None, text: str | None) -> float:
    """F1 of the output text's shingles against the golden body's (1.0 when both are empty)."""
    g, p = shingles(gold_body), shingles(text)
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(g.values()) if g else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _key(m: dict) -> str:
    return letters((m.get("title") or "") + (m.get("text") or ""))


def pair_measures(gold: list[dict], pred: list[dict]) -> list[tuple[float, dict, dict]]:
    scored = sorted(((similarity(_key(g), _key(p)), gi, pi)
                     for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True)
    taken_g, taken_p, pairs = set(), set(), []
    for s, gi, pi in scored:
        if s < MATCH_AT:
            break
        if gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        pairs.append((s, gold[gi], pred[pi]))
    return pairs


def _same_group(g: str | None, p: str | None) -> bool:
    g, p = letters(g), letters(p)
    if not g:
        return not p
    return bool(p) and (g in p or p in g)


def _find_policy(g: dict, preds: list[dict]) -> dict | None:
    for p in preds:
        if g.get("declared_count") is not None and p.get("declared_count") != g["declared_count"]:
            continue
        for field, bar in (("alias", 0.99), ("title", MATCH_AT), ("region", 0.99)):
            if g.get(field) and p.get(field) and similarity(letters(g[field]), letters(p[field])) >= bar:
                return p
        if {letters(x) for x in g.get("issuers") or []} & {letters(x) for x in p.get("issuers") or []}:
            return p
    return None


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(golden_dir: Path, out_dir: Path) -> tuple[dict, list[dict]]:
    """(summary figures, per-document rows) for the run in out_dir."""
    n = dict.fromkeys(("docs", "missing", "must", "must_ok", "mustnot", "mustnot_bad", "stretch", "stretch_ok",
                       "gold_m", "pred_m", "matched", "exact", "title_ok", "number_ok", "group_ok",
                       "gold_p", "found_p", "fields", "fields_ok", "mentioned", "mentioned_ok", "body_docs"), 0)
    body_sum = 0.0
    rows = []
    for gpath in sorted(Path(golden_dir).glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        n["docs"] += 1
        dpath = Path(out_dir) / "documents" / f"{gold['doc_id']}.json"
        missing = not dpath.exists()
        n["missing"] += missing
        pred = {} if missing else json.loads(dpath.read_text(encoding="utf-8"))
        flat, bare = squeeze(pred.get("text")), letters(pred.get("text"))
        clean = gold.get("clean", {})
        must_missed = [s for s in clean.get("must_contain", []) if letters(s) not in bare]
        left = [s for s in clean.get("must_not_contain", []) if squeeze(s) in flat]
        n["must"] += len(clean.get("must_contain", []))
        n["must_ok"] += len(clean.get("must_contain", [])) - len(must_missed)
        n["mustnot"] += len(clean.get("must_not_contain", []))
        n["mustnot_bad"] += len(left)
        n["stretch"] += len(clean.get("stretch_contain", []))
        n["stretch_ok"] += sum(letters(s) in bare for s in clean.get("stretch_contain", []))
        bf = None
        if "body" in gold:
            bf = body_f1(gold["body"], pred.get("text"))
            n["body_docs"] += 1
            body_sum += bf

        gm, pm = gold.get("measures", []), pred.get("measures") or []
        pairs = pair_measures(gm, pm)
        optional_hit = sum(1 for _, g, _ in pairs if g.get("optional"))
        pairs = [x for x in pairs if not x[1].get("optional")]
        required = [g for g in gm if not g.get("optional")]
        n["gold_m"] += len(required)
        n["pred_m"] += len(pm) - optional_hit
        n["matched"] += len(pairs)
        for s, g, p in pairs:
            n["exact"] += s >= EXACT_AT
            n["title_ok"] += letters(g.get("title")) == letters(p.get("title"))
            n["number_ok"] += g.get("number") == p.get("number")
            n["group_ok"] += _same_group(g.get("group"), p.get("group"))

        pp = pred.get("policies") or []
        for g in gold.get("policies", []):
            n["gold_p"] += 1
            p = _find_policy(g, pp)
            if p is None:
                n["mentioned"] += len(g.get("mentioned", []))
                continue
            n["found_p"] += 1
            for k in ("title", "alias", "region", "date"):
                if g.get(k):
                    n["fields"] += 1
                    n["fields_ok"] += bool(p.get(k)) and similarity(letters(g[k]), letters(p[k])) >= 0.9
            if g.get("issuers"):
                n["fields"] += 1
                n["fields_ok"] += sorted(map(letters, g["issuers"])) == sorted(map(letters, p.get("issuers") or []))
            got = {letters(x) for x in p.get("mentioned") or []}
            n["mentioned"] += len(g.get("mentioned", []))
            n["mentioned_ok"] += sum(letters(x) in got for x in g.get("mentioned", []))
        rows.append(dict(doc=gold["doc_id"], missing=missing, gold=len(required), pred=len(pm),
                         matched=len(pairs), must_missed=must_missed, must_not_found=left,
                         body_f1=None if bf is None else round(bf, 4)))

    precision, recall = _ratio(n["matched"], n["pred_m"]), _ratio(n["matched"], n["gold_m"])
    summary = {
        "documents": n["docs"], "documents_missing": n["missing"],
        "clean_must_contain": _ratio(n["must_ok"], n["must"]),
        "clean_must_not_contain_clean": _ratio(n["mustnot"] - n["mustnot_bad"], n["mustnot"]),
        "clean_stretch": _ratio(n["stretch_ok"], n["stretch"]),
        "measure_precision": precision, "measure_recall": recall,
        "measure_f1": round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0,
        "measure_exact_boundaries": _ratio(n["exact"], n["gold_m"]),
        "measure_title_accuracy": _ratio(n["title_ok"], n["matched"]),
        "measure_number_accuracy": _ratio(n["number_ok"], n["matched"]),
        "measure_group_accuracy": _ratio(n["group_ok"], n["matched"]),
        "policy_recall": _ratio(n["found_p"], n["gold_p"]),
        "policy_field_accuracy": _ratio(n["fields_ok"], n["fields"]),
        "mentioned_recall": _ratio(n["mentioned_ok"], n["mentioned"]),
        "counts": {"gold_m": n["gold_m"], "pred_m": n["pred_m"], "matched": n["matched"], "exact": n["exact"],
                   "gold_p": n["gold_p"], "policy_hit": n["found_p"]},
    }
    if n["body_docs"]:   # only where golden files carry the whole article text
        summary["body_f1"] = round(body_sum / n["body_docs"], 4)
    return summary, rows


def report_lines(summary: dict, rows: list[dict]) -> list[str]:
    """The same lines the reference scorer prints."""
    out = []
    for d in rows:
        bad = d["missing"] or d["must_missed"] or d["must_not_found"] or d["matched"] < d["gold"] \
            or d["pred"] > d["matched"]
        out.append(f"{d['doc']}: measures {d['matched']}/{d['gold']} matched, {d['pred']} predicted"
                   f"; must_contain missed {len(d['must_missed'])}; boilerplate left {len(d['must_not_found'])}"
                   + (f"; body F1 {d['body_f1']:.3f}" if d.get("body_f1") is not None else "")
                   + ("  <--" if bad else ""))
    out.append(json.dumps(summary, ensure_ascii=False))
    return out
