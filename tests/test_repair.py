"""Table-driven and edge-case tests of the repair stage (issue 3)."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from carepolicy_extract.convert import to_simplified
from carepolicy_extract.page import RepairLog
from carepolicy_extract.repair import FIXES, repair_text
from workcount import lines_run

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _unescape(cell: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})|\\n|\\t",
                  lambda m: chr(int(m.group(1), 16)) if m.group(1) else {"\\n": "\n", "\\t": "\t"}[m.group(0)],
                  cell)


def _cases() -> list[tuple[str, str, str]]:
    rows = []
    for line in (HERE / "repair_cases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, given, expected = line.split("\t")
        rows.append((kind, _unescape(given), _unescape(expected)))
    return rows


CASES = _cases()


def test_table_covers_every_kind():
    kinds = {k for k, _, _ in CASES}
    assert len(CASES) >= 30
    assert {"pinyin_annotation", "gbk_misalignment", "lost_character", "html_remnant",
            "doubled_punctuation", "halfwidth_punctuation", "clean"} <= kinds


@pytest.mark.parametrize("kind,given,expected", CASES, ids=[f"{k}:{g[:12]}" for k, g, _ in CASES])
def test_repair_case(kind, given, expected):
    out, log = repair_text(given)
    assert out == expected
    assert out.count("\n") == given.count("\n")
    if kind == "clean":
        assert not log.counts, dict(log.counts)
    elif kind == "lost_character_dropped":
        pass  # an annotation that is no pinyin: no placeholder to drop, nothing recorded
    else:
        assert log.counts[kind] >= 1, dict(log.counts)


def test_dropped_placeholder_is_recorded():
    # no character with the reading fits clearly: the reading goes, the placeholder stays visible
    out, log = repair_text("各地?(qǐng)措施")
    assert out == "各地?措施"
    assert log.counts["lost_character_dropped"] == 1


def _scorer_norm(text: str, keep_punct: bool) -> str:
    text = re.sub(r"\s", "", unicodedata.normalize("NFKC", text))
    if not keep_punct:
        text = "".join(c for c in text if not unicodedata.category(c).startswith("P"))
    return text


def test_sample_002_golden_strings():
    raw = (ROOT / "raw" / "002_ccb245bea1cb613c.txt").read_text(encoding="utf-8")
    clean = json.loads((HERE / "golden" / "002_ccb245bea1cb613c.json").read_text(encoding="utf-8"))["clean"]
    out, log = repair_text(raw)
    assert out.count("\n") == raw.count("\n")
    text = to_simplified(out)[0]
    plain, with_punct = _scorer_norm(text, False), _scorer_norm(text, True)
    for s in clean["must_contain"] + clean["stretch_contain"]:
        assert _scorer_norm(s, False) in plain, s
    # the rest of must_not_contain (site chrome, county lists) is for the boilerplate stage
    garbling = ["guān", "xiàn", "shí", "(qū)", "焙颖笔", "皥", "覀", "鐓", "/p>", "?!", "\ue1f2"]
    for s in garbling:
        assert _scorer_norm(s, True) not in with_punct, s
    for kind in ("pinyin_annotation", "gbk_misalignment", "lost_character", "html_remnant"):
        assert log.counts[kind] >= 1


def test_every_fix_keeps_lines():
    text = "關(guān)\n?!焙颖笔∥\ue1f2M織部\n\n日?(bào)\n&nbsp;<br>\n,,\n"
    for fix in FIXES:
        assert fix(text, RepairLog()).count("\n") == text.count("\n"), fix.__name__


@pytest.mark.parametrize("name,unit,times", [
    ("open_parens", "關(", 100_000),
    ("placeholders_then_mojibake", "?", 300_000),
    ("placeholder_mojibake_pairs", "?!焙颖笔∥\ue1f2M織部", 20_000),
    ("long_line", "在防控新冠肺炎疫情工作中,各地紛紛出臺措施。", 250_000),
    ("pinyin_after_placeholders", "?(bào)", 50_000),
    ("question_marks_between_han", "关心?", 200_000),   # each ? is checked for a question, on a budget
    ("placeholders_ending_lines", "统筹解决，资金??\n", 50_000),
])
def test_pathological_inputs_cost_linear_work(name, unit, times):
    """Ten times the input costs about ten times the work, never a hundred: counted in lines of
    Python run by the repair stage (tests/workcount.py), not timed. Timings: bench/bench_repair.py."""
    import carepolicy_extract.repair as repair_package
    repair_text("日?(bào)?!焙颖笔∥\ue1f2M")  # load the model and tables outside the count
    tail = "!焙颖笔∥\ue1f2M織部" if name == "placeholders_then_mojibake" else ""
    costs = []
    for n in (times // 100, times // 10):
        text = unit * n + tail
        (out, _), work = lines_run(repair_text, text, within=repair_package)
        assert out.count("\n") == text.count("\n")
        costs.append(work)
    assert costs[1] <= 12 * costs[0] + 2_000, (name, costs)


def test_pathological_inputs_at_full_size_keep_their_lines():
    """The cases above at their full size (the regex engine's share of the work is not counted
    in lines; a blow-up there would hang this test)."""
    for unit, times in (("關(", 100_000), ("?(bào)", 50_000), ("关心?", 200_000), ("统筹解决，资金??\n", 50_000)):
        text = unit * times
        out, _ = repair_text(text)
        assert out.count("\n") == text.count("\n")


def test_t2s_aspect_particle_only_on_traditional_text():
    # a traditional page: 著 the particle becomes 着, 著 'notable, write' stays
    assert to_simplified("他們說著話，堅守著崗位，是著名專家的著作")[0] == "他们说着话，坚守着岗位，是著名专家的著作"
    # a simplified page keeps the 著 it wrote (older texts write 过著, 毛著)
    assert to_simplified("长期过著从家门到学校的生活")[0] == "长期过著从家门到学校的生活"
    assert to_simplified("衞生局")[0] == "卫生局"


def test_mojibake_repair_leaves_clean_lines_alone():
    from carepolicy_extract.repair.mojibake import fix_utf8_mojibake
    clean = "镕䶮堃喆昇等生僻字出现在人名中\n鍏充簬是乱码吗？不，这是一句正常的话。"
    assert fix_utf8_mojibake(clean, RepairLog()) == clean


def test_mojibake_choices_per_text_are_bounded(monkeypatch):
    """A hostile page of UTF-8 read as GBK gets at most MAX_CHOICES model choices (each costs
    about 0.6 ms); the characters past the budget keep U+FFFD, the rest of the line is read."""
    from carepolicy_extract.repair import mojibake
    clean = "为进一步关心关爱疫情防控一线医务人员，市委组织部印发十条措施。" * 20
    garbled = clean.encode("utf-8").decode("gbk", errors="replace")
    assert garbled.count("\ufffd") > 20
    full = mojibake.fix_utf8_mojibake(garbled, RepairLog())
    monkeypatch.setattr(mojibake, "MAX_CHOICES", 0)
    none_chosen = mojibake.fix_utf8_mojibake(garbled, RepairLog())
    monkeypatch.setattr(mojibake, "MAX_CHOICES", 5)
    bounded = mojibake.fix_utf8_mojibake(garbled, RepairLog())
    assert full.count("\ufffd") < bounded.count("\ufffd") == none_chosen.count("\ufffd") - 5
    assert "关心关爱" in bounded     # the characters with all their bytes are read anyway
