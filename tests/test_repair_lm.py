"""Tests of the repair stage's language model and its tables (issue 3).

Ranking every candidate character in full context relies on `slot_scores` being
exactly `score_simplified` of the filled-in text; the word table mixes two
corpora of jieba and is cached on disk; pypinyin's readings load only on use.
"""
from __future__ import annotations

import math
import random
import subprocess
import sys
from pathlib import Path

import pytest

from carepolicy_extract.repair import pinyin
from carepolicy_extract.repair.gbk import _simplified_page, _trail_options
from carepolicy_extract.repair.lm import IDF_WEIGHT, LanguageModel, build_word_table, language_model

ROOT = Path(__file__).resolve().parents[1]


def _windows(text: str, count: int, seed: int):
    """(before, after) pairs of up to 8 characters around random positions of the text."""
    rng = random.Random(seed)
    for _ in range(count):
        k = rng.randrange(1, len(text) - 1)
        yield text[max(0, k - rng.randrange(0, 9)):k], text[k + 1:k + 1 + rng.randrange(0, 9)]


def test_slot_scores_equal_full_scores_on_real_text():
    model = language_model()
    text = (ROOT / "raw" / "001_d5572840334567d9.txt").read_text(encoding="utf-8").replace("\n", "")
    # the characters a lost trail byte after 0xB2 allows (下拨, 下不 ...), and some non-Han
    fillers = [simple for _, simple in _trail_options(0xB2)] + ["，", "。", "a", "1", " ", "区"]
    for before, after in _windows(text, 60, seed=7):
        fast = model.slot_scores(before, fillers, after)
        slow = [model.score_simplified(before + f + after) for f in fillers]
        assert fast == pytest.approx(slow, abs=1e-9), (before, after)


def test_slot_scores_on_a_small_table():
    table = {w: math.log(p) for w, p in
             {"累计": 0.1, "下拨": 0.001, "下部": 0.01, "累计下拨": 0.01, "下": 0.05, "不": 0.1,
              "部": 0.02, "拨": 0.001, "元": 0.03, "亿元": 0.01}.items()}
    model = LanguageModel(table)
    fillers = ["拨", "部", "不", "x", "两字"]  # a longer filler falls back to a full score
    for before, after in [("累计下", "1.3亿元"), ("", "亿元"), ("累计下", ""), ("", "")]:
        fast = model.slot_scores(before, fillers, after)
        slow = [model.score_simplified(before + f + after) for f in fillers]
        assert fast == pytest.approx(slow, abs=1e-9)
    # the four-character word wins once the filler completes it
    scores = dict(zip(fillers, model.slot_scores("累计下", fillers, "")))
    assert scores["拨"] > scores["部"] > scores["不"]


def test_word_table_mixes_counts_with_document_frequencies(tmp_path):
    dict_path = tmp_path / "dict.txt"
    dict_path.write_text("甲乙 30 n\n丙丁 70 n\n一二三四五六七 5 n\nA股 9 n\n", encoding="utf-8")
    idf_path = tmp_path / "idf.txt"
    idf_path.write_text("甲乙 1.0\n丙丁 3.0\n噪声 0.5\n", encoding="utf-8")
    table = build_word_table(dict_path, idf_path, {"丙丁": 40, "戊己": 10})
    total = 30 + 70 + 5 + 9  # rule words re-weight, they do not add to the total
    z = math.exp(-1.0) + math.exp(-3.0) + math.exp(-0.5)
    assert table["甲乙"] == pytest.approx(math.log((1 - IDF_WEIGHT) * 30 / total + IDF_WEIGHT * math.exp(-1.0) / z))
    assert table["丙丁"] == pytest.approx(math.log((1 - IDF_WEIGHT) * 40 / total + IDF_WEIGHT * math.exp(-3.0) / z))
    assert table["戊己"] == pytest.approx(math.log((1 - IDF_WEIGHT) * 10 / total))
    # idf.txt adds no words; words no window lookup can match are left out
    assert set(table) == {"甲乙", "丙丁", "戊己"}
    without_idf = build_word_table(dict_path, None, {})
    assert without_idf["甲乙"] == pytest.approx(math.log((1 - IDF_WEIGHT) * 30 / total))


def test_simplified_page_needs_enough_clean_context():
    simplified = "各地各部门加大了党费划拨和财政资金支持截至目前省市县三级累计"
    traditional = "各地各部門加大了黨費劃撥和財政資金支持截至目前省市縣三級累計"
    assert _simplified_page(simplified)
    assert not _simplified_page(traditional)
    assert not _simplified_page(simplified[:8])  # too short to tell


def test_readings_are_pypinyins_table():
    from pypinyin.pinyin_dict import pinyin_dict
    assert pinyin._readings() == {chr(cp): r for cp, r in pinyin_dict.items()}


def test_warm_up_leaves_pinyin_readings_to_first_use():
    code = ("import sys\n"
            "from carepolicy_extract.repair import pinyin, warm_up\n"
            "warm_up()\n"
            "assert pinyin._readings.cache_info().currsize == 0\n"
            "assert 'pypinyin' not in sys.modules, 'pypinyin imported'\n"
            "from carepolicy_extract.repair import repair_text\n"
            "assert repair_text('来源:人民日?(bào)')[0] == '来源：人民日报'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
