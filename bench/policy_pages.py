"""Score the mini-pages of tests/policy_pages25.tsv (written before running the code on them) with
../shared/tools/score.py's own policy matching: policy recall, field accuracy, mentioned recall, and
the rows whose policies are all found with every field and mentioned item right.

    .venv/bin/python bench/policy_pages.py [-v] [--table tests/policy_pages26.tsv]
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from realpages import shared  # noqa: E402

_spec = importlib.util.spec_from_file_location("score", shared() / "tools" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

from carepolicy_extract.pipeline import extract_document  # noqa: E402

TABLE = ROOT / "tests" / "policy_pages25.tsv"


def rows(path: Path = TABLE):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, page, gold = line.split("\t")[:3]
            yield label, page.replace("\\n", "\n"), json.loads(gold)


def run_page(page: str) -> list[dict]:
    data = page.encode("utf-8")
    doc = extract_document(data, "text", doc_id="x", path="x.txt", sha256=hashlib.sha256(data).hexdigest())
    return [p.model_dump() for p in doc.policies]


def check(gold: list[dict], preds: list[dict]) -> tuple[dict, list[str]]:
    t = dict(gold=0, hit=0, fields=0, fields_ok=0, mentioned=0, mentioned_hit=0)
    errs = []
    sim, bare = score.sim, score.bare
    for g in gold:
        t["gold"] += 1
        p = score.policy_match(g, preds)
        if p is None:
            t["mentioned"] += len(g.get("mentioned", []))
            errs.append(f"MISSED {g.get('title') or g.get('alias') or g.get('issuers')}")
            continue
        t["hit"] += 1
        for k in ("title", "alias", "region", "date"):
            if g.get(k):
                t["fields"] += 1
                ok = bool(p.get(k)) and sim(bare(g[k]), bare(p[k])) >= 0.9
                t["fields_ok"] += ok
                if not ok:
                    errs.append(f"{k}: want {g[k]!r} got {p.get(k)!r}")
        if g.get("issuers"):
            t["fields"] += 1
            ok = sorted(map(bare, g["issuers"])) == sorted(map(bare, p.get("issuers") or []))
            t["fields_ok"] += ok
            if not ok:
                errs.append(f"issuers: want {g['issuers']} got {p.get('issuers')}")
        got = [bare(x) for x in p.get("mentioned", []) or []]
        for m in g.get("mentioned", []):
            t["mentioned"] += 1
            t["mentioned_hit"] += bare(m) in got
            if bare(m) not in got:
                errs.append(f"mentioned: missing {m!r} (got {p.get('mentioned')})")
    return t, errs


def main(verbose: bool = False, table: Path = TABLE) -> dict:
    tot = dict(gold=0, hit=0, fields=0, fields_ok=0, mentioned=0, mentioned_hit=0)
    passed = n = 0
    for label, page, gold in rows(table):
        t, errs = check(gold, run_page(page))
        for k in tot:
            tot[k] += t[k]
        n += 1
        passed += not errs
        if verbose and errs:
            print(f"FAIL {label}")
            for e in errs:
                print("   ", e)
    out = dict(rows=n, passed=passed, recall=round(tot["hit"] / tot["gold"], 3),
               fields=round(tot["fields_ok"] / max(tot["fields"], 1), 3),
               mentioned=round(tot["mentioned_hit"] / max(tot["mentioned"], 1), 3))
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    table = Path(args[args.index("--table") + 1]) if "--table" in args else TABLE
    main("-v" in args, table if table.is_absolute() else ROOT / table)
