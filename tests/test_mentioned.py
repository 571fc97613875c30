"""The measures a page names in running text: tests/mentioned_cases.tsv, one case a line."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from carepolicy_extract.policies import find_policies

TABLE = Path(__file__).with_name("mentioned_cases.tsv")


def bare(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not c.isspace() and not unicodedata.category(c).startswith("P"))


def load_cases() -> list[tuple[str, str, list[str], str]]:
    """(label, text, items, why it fails today or "")."""
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text, want, *why = line.split("\t")
        out.append((label, text.replace("\\n", "\n"), json.loads(want), why[0] if why else ""))
    return out


def named(text: str) -> list[str]:
    """The measures all policies of `text` name, in order, each once."""
    out: list[str] = []
    for p in find_policies(text):
        out += [x for x in p.mentioned if x not in out]
    return out


CASES = load_cases()


@pytest.mark.parametrize("label,text,want", [
    pytest.param(label, text, want, id=label, marks=[pytest.mark.xfail(strict=True, reason=why)] if why else [])
    for label, text, want, why in CASES])
def test_mentioned(label, text, want):
    assert sorted(map(bare, named(text))) == sorted(map(bare, want))


# ---------------------------------------------------------------- whole paragraphs
# batches, each written before the code was changed for it (see each file's head; the last one was
# used for no change), in the order they were written
PARAGRAPHS = sorted(Path(__file__).parent.glob("mentioned_paragraphs*.txt"),
                    key=lambda p: int(p.stem.rpartition("_")[2]) if p.stem[-1].isdigit() else 1)


def load_paragraphs(paths: list[Path] | None = None) -> list[tuple[str, str, list[tuple[int | None, list[str]]]]]:
    """(label, text, [(declared count or None, items)]) of tests/mentioned_paragraphs*.txt."""
    out: list = []
    lines = [line for path in (paths or PARAGRAPHS) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line.startswith("## "):
            out.append((line[3:].strip(), [], []))
        elif not out or line.startswith("#") or not line.strip():
            continue
        elif line.startswith("=> "):
            count, items = line[3:].split("|", 1)
            n = count.split("=", 1)[1].strip()
            out[-1][2].append((None if n == "-" else int(n),
                               [x.strip() for x in items.split(":", 1)[1].split("|") if x.strip()]))
        else:
            out[-1][1].append(line)
    return [(label, "\n".join(lines), pols) for label, lines, pols in out]


def paragraph_scores(verbose: bool = False, paths: list[Path] | None = None) -> dict[str, float]:
    """Items of all blocks: recall and precision of the union of a block's policies' items, and
    `attached` recall: the items found in the ONE predicted policy that holds most of a golden
    policy's items and has its declared count (what score.py needs of a matched policy)."""
    want_n = hit = got_n = ok = attached = 0
    for label, text, pols in load_paragraphs(paths):
        preds = find_policies(text)
        got = {bare(x) for p in preds for x in p.mentioned}
        want = {bare(x) for _, items in pols for x in items}
        want_n += len(want)
        hit += len(want & got)
        got_n += len(got)
        ok += len(got & want)
        for count, items in pols:
            keys = {bare(x) for x in items}
            best = max((len(keys & {bare(x) for x in p.mentioned}) for p in preds
                        if count is None or p.declared_count == count), default=0)
            attached += best
        if verbose and (want != got):
            print(f"{label}\n   miss {sorted(want - got)}\n   extra {sorted(got - want)}")
    return {"recall": hit / want_n if want_n else 1.0, "precision": ok / got_n if got_n else 1.0,
            "attached": attached / want_n if want_n else 1.0, "items": want_n, "false": got_n - ok}


# floors the paragraphs must keep (raise them as the extraction improves): batches 1-13 together, and
# batch 14 (the summary forms of news, portals, WeChat and forums) on its own, held out when written
# (its first score: recall 0.228, precision 0.839); batch 15 (the same forms in new words, written after
# the fixes for batch 14) scored recall 0.829, precision 0.935 before any change for it (branch's start:
# 0.057, 0.286) and counts with batches 1-13
HELD_OUT = [p for p in PARAGRAPHS if p.name == "mentioned_paragraphs_14.txt"]
# batch 16 (five families of a held-out set's misses: several policies on a page, a set's aspects then
# 在…方面 clauses, ；-items holding a comma, Taiwan/HK programmes in quotes, title words), written before
# running the code: its first score recall 0.390, precision 0.640, attached 0.390 (one block amended to the work
# golden convention before any change: recall 0.375 as first written)
BATCH_16 = [p for p in PARAGRAPHS if p.name == "mentioned_paragraphs_16.txt"]
BATCH_16_FLOORS = {"recall": 0.78, "precision": 0.87, "attached": 0.78}
# batch 17 (ordinals other than 一是: 第一，/ 首先…其次 / 其一 / （1） / 一、 inline; 分别为; a quoted alias
# and a colon; 组合拳/一揽子 closers; …的，可… conditions; 不仅…还…; 同时/此外 sentences; HK/Taiwan
# programmes; traps), written before running the code: its first score recall 0.381, precision 0.960,
# attached 0.381; after branch men24's fixes 0.698, 1.0, 0.698
BATCH_17 = [p for p in PARAGRAPHS if p.name == "mentioned_paragraphs_17.txt"]
BATCH_17_FLOORS = {"recall": 0.69, "precision": 0.97, "attached": 0.69}
# batch 18 (the shapes where writer pages' policies came out with no measures: 明确 glued to the first
# action, an aim then action clauses, a subject and whom before a 、-list, 在…等方面, a cited policy's
# 该措施明确了…, 不等 in a name), written before running the code: its first score recall 0.286,
# precision 0.857, attached 0.286
BATCH_18 = [p for p in PARAGRAPHS if p.name == "mentioned_paragraphs_18.txt"]
BATCH_18_FLOORS = {"recall": 0.95, "precision": 0.95, "attached": 0.95}
PARAGRAPH_FLOORS = {"recall": 0.85, "precision": 0.97, "attached": 0.83}
HELD_OUT_FLOORS = {"recall": 0.65, "precision": 0.98, "attached": 0.65}


# each group of paragraph batches with the floors it must keep
FLOOR_GROUPS = {
    "batches 1-13 and 15": ([p for p in PARAGRAPHS if p not in HELD_OUT + BATCH_16 + BATCH_17 + BATCH_18], PARAGRAPH_FLOORS),
    "batch 14 (held out)": (HELD_OUT, HELD_OUT_FLOORS),
    "batch 16": (BATCH_16, BATCH_16_FLOORS),
    "batch 17": (BATCH_17, BATCH_17_FLOORS),
    "batch 18": (BATCH_18, BATCH_18_FLOORS),
}


@pytest.mark.parametrize("group", list(FLOOR_GROUPS))
def test_paragraph_batch_floors(group):
    paths, floors = FLOOR_GROUPS[group]
    assert paths
    scores = paragraph_scores(paths=paths)
    for k, floor in floors.items():
        assert scores[k] >= floor, (group, k, scores[k])


def test_cited_policy_spoken_of_by_its_level():
    """Family 1 of batch 16: the national notice a local set carries out, spoken of later as 国家通知,
    gets the aspects that sentence names; the local set keeps its own names and not those."""
    text = ("为贯彻落实《关于关心关爱环卫工人的通知》，某省出台《环卫工人关爱八条》。国家通知要求，从改善作业条件、"
            "落实高温津贴、保障休息权益等方面关心环卫工人。省里的八条措施则推出“爱心驿站”“清凉补给”等服务。")
    by_title = {p.title: p.mentioned for p in find_policies(text)}
    assert by_title["关于关心关爱环卫工人的通知"] == ["改善作业条件", "落实高温津贴", "保障休息权益"]
    assert by_title["环卫工人关爱八条"] == ["爱心驿站", "清凉补给"]


# ---------------------------------------------------------------- the package's layout
def test_mentioned_modules_import_one_way():
    """The modules of the mentioned package import each other in one order, with no cycle (see the
    package's docstring), and the names the policies package reads stay importable from the package."""
    import ast

    import carepolicy_extract.mentioned as pkg
    folder = Path(pkg.__file__).parent
    graph = {}
    for f in folder.glob("*.py"):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        graph[f.stem] = {n.module or "__init__" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1}
    done: set[str] = set()

    def visit(mod: str, path: tuple[str, ...]) -> None:
        assert mod not in path, "import cycle: " + " -> ".join(path + (mod,))
        if mod not in done:
            for dep in graph[mod]:
                visit(dep, path + (mod,))
            done.add(mod)
    for mod in graph:
        visit(mod, ())
    assert "__init__" not in set().union(*(graph[m] for m in graph if m != "__init__"))
    for name in pkg.__all__:
        assert callable(getattr(pkg, name)) or hasattr(getattr(pkg, name), "search")


def test_kind_set_then_actions_in_the_same_paragraph():
    """A set reported by its kind, then, in the same paragraph, a sentence that opens with an action:
    its clauses are the set's measures (as in the next paragraph); not a sentence about something else."""
    from carepolicy_extract.policies import find_policies
    pols = find_policies("宜昌市关爱一线社区工作者\n市民政局会同市财政局出台关心关爱一线社区工作者的具体措施。开辟就医绿色通道，安排轮休补休。")
    assert pols[0].mentioned == ["开辟就医绿色通道", "安排轮休补休"]
    pols = find_policies("宜昌市关爱一线社区工作者\n市民政局会同市财政局出台关心关爱一线社区工作者的具体措施。记者注意到，不少社区已提前行动。")
    assert pols[0].mentioned == []


def test_opener_then_comma_clauses_for_whom_and_action():
    """其中，对A给予…，对B给予…，对C提供… after a counted set: three clauses at least, each whom it is for
    and its action, split by commas (as by ；)."""
    from carepolicy_extract.policies import find_policies
    pols = find_policies("随州市稳就业\n随州市政府近日出台稳就业十条措施。其中，对吸纳高校毕业生就业的企业给予一次性扩岗补助，"
                         "对灵活就业人员给予社保补贴，对返乡创业人员提供创业担保贷款。")
    assert pols[0].mentioned == ["对吸纳高校毕业生就业的企业给予一次性扩岗补助", "对灵活就业人员给予社保补贴",
                                 "对返乡创业人员提供创业担保贷款"]


def test_kind_clauses_split_actions_and_drop_said_modal():
    """After a set named by its kind: actions a clause lists with 、 are measures each (引导企业错开假期、
    发放过年红包), and a clause a connector joins loses the saying and modal it opens with (还提出要…)."""
    from carepolicy_extract.mentioned.paragraphs import kind_measures
    sent = "省里也下发了通知，引导企业错开假期、发放过年红包，还提出要保障留岗职工的年夜饭供应。"
    got = kind_measures(sent, sent.index("通知") + 2)
    assert "发放过年红包" in got and "保障留岗职工的年夜饭供应" in got


def test_content_of_the_sets_action_opens_a_later_list():
    """慰问内容包括A，B、C等 in a later sentence adds to a set already named with its quoted actions: the
    content of what the set does is the set's own subject."""
    from carepolicy_extract.policies import find_policies
    pols = find_policies("市总工会慰问高温一线职工\n市总工会近日推出“清凉送一线”“健康进班组”两项行动。\n"
                         "慰问内容包括为户外职工送去防暑药品、饮用水等物资，为中暑职工协调落实工伤待遇等。")
    assert "清凉送一线" in pols[0].mentioned and "为中暑职工协调落实工伤待遇" in pols[0].mentioned


def test_examples_in_the_sets_own_sentence():
    """出台了留杭过年十项措施，比如A、B、C等: the examples the counted set's own sentence gives are its
    measures named."""
    from carepolicy_extract.policies import find_policies
    pols = find_policies("留杭过年\n答：有。杭州市出台了留杭过年十项措施，比如发放留杭红包、免费游览景区、提供免费核酸检测等。")
    assert pols[0].declared_count == 10 and pols[0].mentioned == ["发放留杭红包", "免费游览景区", "提供免费核酸检测"]


@pytest.mark.parametrize("item,none", [
    ("卫福部表示", True),                      # a reporting clause left by a cut at a comma
    ("卫生福利部今日宣布", True),
    ("记者从市人社局获悉", True),
    ("参与照护确诊病人的医护人员", True),       # only whom a measure is for
    ("对在服务中受伤或患病的志愿者", True),
    ("实绩突出的干部", True),
    ("自1月24日起", True),                     # only a time
    ("等等", True),                           # only a list's closer
    ("表彰表现突出的志愿者", False),           # an action keeps its people
    ("用心用情关爱干部", False),
    ("优先评定职称", False),                   # 称 of 职称 is no reporting verb
    ("发放1000万元补偿金", False),
])
def test_items_that_name_no_measure(item, none):
    """The guard every policy's items pass last (gate.no_measure_named): reporting clauses, whom only,
    a time only are no measure's name whatever reader found them; real items of the goldens pass."""
    from carepolicy_extract.mentioned.gate import no_measure_named
    assert no_measure_named(item) is none


def test_no_golden_item_is_guarded_away():
    """No item of the work pages' and dev sets' goldens is one the last guard drops."""
    import glob
    from carepolicy_extract.mentioned.gate import no_measure_named
    root = Path(__file__).resolve().parents[1]
    paths = glob.glob(str(root / "bench" / "synthpages" / "[ABDGHJMOPQRSTUVWXYZ]" / "golden" / "*.json"))
    items = [x for p in paths for pol in json.loads(Path(p).read_text(encoding="utf-8")).get("policies", [])
             for x in pol.get("mentioned", [])]
    assert len(items) > 100 and not [x for x in items if no_measure_named(x)]
