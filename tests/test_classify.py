"""Measure categories from rules/categories.txt (a table of cases) and TF-IDF keywords."""
from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path

import pytest

from carepolicy_extract import classify
from carepolicy_extract.models import Measure

HERE = Path(__file__).resolve().parent


def _cases() -> list[tuple[set[str], str | None, str, str]]:
    rows = []
    for raw in (HERE / "category_cases.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        expected, title, text, *note = raw.split("\t")
        cats = set() if expected.strip() == "-" else {c.strip() for c in expected.split(",")}
        rows.append((cats, None if title == "-" else title, text, note[0].lstrip("# ") if note else ""))
    return rows


CASES = _cases()


def test_taxonomy_has_the_thirteen_categories():
    ids = [c.id for c in classify.taxonomy()]
    assert ids == ["political", "promotion", "commendation", "pay", "protection", "rest", "logistics",
                   "family", "psychological", "burden", "fault_tolerance", "party_membership", "reinforcement"]
    assert all(c.label and c.patterns for c in classify.taxonomy())


def test_case_table_is_big_and_covers_every_category():
    assert len(CASES) >= 30
    seen = set().union(*(c[0] for c in CASES))
    assert seen == {c.id for c in classify.taxonomy()}
    assert sum(not c[0] for c in CASES) >= 2          # texts that must get no category


def test_case_table_names_only_known_categories():
    known = {c.id for c in classify.taxonomy()}
    for expected, _, text, _ in CASES:
        assert expected <= known, text


@pytest.mark.parametrize("expected,title,text,why", CASES, ids=[c[3] or c[2][:20] for c in CASES])
def test_categories(expected, title, text, why):
    got = classify.categorize(title, text)
    assert set(got) == expected, f"{why}: matched {classify.why(title, text)}"


def test_categories_come_in_taxonomy_order_without_duplicates():
    got = classify.categorize("落实容错纠错机制", "对家属发放补助，安排轮休，予以容错免责，并给予表彰。")
    order = [c.id for c in classify.taxonomy()]
    assert got == sorted(set(got), key=order.index)
    assert set(got) == {"commendation", "pay", "rest", "family", "fault_tolerance"}


def test_title_alone_can_place_a_measure():
    assert classify.categorize("减轻精神压力", "要关注一线工作人员。") == ["psychological"]


def test_keywords_are_five_informative_words():
    kw = classify.keywords("落实调休补休", "对较长时间超负荷工作的疫情防控一线人员，要强制休息，"
                           "确因工作需要不能调休补休的，按规定发放相应的补贴补助。")
    assert len(kw) == 5 and len(set(kw)) == 5
    assert "调休补休" in kw                      # a word of rules/userdict.txt stays whole
    assert not {"疫情", "防控", "一线", "工作"} & set(kw)   # rules/keyword_stopwords.txt
    assert all(not w.isdigit() for w in kw)


def test_keywords_of_empty_text():
    assert classify.keywords(None, "") == []
    assert classify.keywords(None, "2020年3月") == []


def test_annotate_fills_measures_in_place():
    m = Measure(id="d#1.1", number=1, marker="1.", title="加强安全保障",
                text="要为疫情防控医护人员办理人身保险，加强口罩、防护服等物资调配。", span=(0, 30))
    classify.annotate([m])
    assert m.categories == ["protection"]
    assert len(m.keywords) == 5 and {"人身保险", "防护服", "口罩"} <= set(m.keywords)


def test_keywords_stop_after_the_budget_of_a_document(monkeypatch):
    monkeypatch.setattr(classify, "KEYWORD_BUDGET", 2)
    ms = [Measure(id=f"d#0.{i}", number=i, marker=f"{i}.", text=f"第{i}批干部落实轮休调休制度，发放补助。",
                  span=(0, 5)) for i in range(1, 4)]
    classify.annotate(ms)
    assert [m.categories for m in ms] == [["pay", "rest"]] * 3
    assert ms[0].keywords and ms[1].keywords and ms[2].keywords == []


def _annotate_in_child(q):
    m = Measure(id="d#1.1", number=1, marker="1.", title="注重发展党员",
                text="对表现突出的入党积极分子及时发展入党。", span=(0, 10))
    classify.annotate([m])
    q.put((m.categories, m.keywords))


def test_works_in_a_forked_worker():
    """The pipeline's workers are forked: jieba must load (offline) or be inherited there."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_annotate_in_child, args=(q,))
    p.start()
    cats, kw = q.get(timeout=60)
    p.join(10)
    assert cats == ["party_membership"] and kw


def test_taxonomy_errors_name_the_problem(tmp_path, monkeypatch):
    from carepolicy_extract import rules
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "categories.txt").write_text("# test\n[pay] 薪酬\n补助(\n", encoding="utf-8")
    monkeypatch.setenv("CAREPOLICY_RULES", str(bad))
    rules.rule_lines.cache_clear()
    classify.taxonomy.cache_clear()
    try:
        with pytest.raises(classify.TaxonomyError, match=r"\[pay\] pattern '补助\(' is not a valid"):
            classify.taxonomy()
        (bad / "categories.txt").write_text("补助\n", encoding="utf-8")
        rules.rule_lines.cache_clear()
        with pytest.raises(classify.TaxonomyError, match="before the first"):
            classify.taxonomy()
    finally:
        monkeypatch.delenv("CAREPOLICY_RULES")
        rules.rule_lines.cache_clear()
        classify.taxonomy.cache_clear()


def test_samples_every_care_measure_has_a_category(samples_out):
    """Samples 001 and 004 are care-measure lists: every measure must land in a category."""
    rows = [json.loads(line) for line in (samples_out / "measures.jsonl").read_text(encoding="utf-8").splitlines()]
    care = [r for r in rows if r["doc_id"].startswith(("001_", "004_"))]
    assert len(care) == 20
    assert all(r["categories"] for r in care), [r["id"] for r in care if not r["categories"]]
    assert all(len(r["keywords"]) == 5 for r in rows)
    by_id = {r["id"]: set(r["categories"]) for r in rows}
    assert "fault_tolerance" in by_id["001_d5572840334567d9#2.10"]
    assert "party_membership" in by_id["004_522d29ef62da9805#1.8"]
    assert "burden" in by_id["004_522d29ef62da9805#1.9"]


def test_loads_offline_in_a_fresh_process():
    """jieba's dictionary and IDF table ship with it: a fresh process with no network gets keywords."""
    import subprocess
    import sys
    code = ("import socket\n"
            "def refuse(*a, **k): raise OSError('network disabled for this test')\n"
            "socket.socket.connect = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
            "from carepolicy_extract import classify\n"
            "print(','.join(classify.keywords('减轻一线负担', '力戒形式主义官僚主义，减少会议文电表格填写材料报送。')))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "形式主义" in r.stdout or "官僚主义" in r.stdout
