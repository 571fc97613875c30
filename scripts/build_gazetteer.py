"""Build rules/gazetteer.tsv, China's administrative divisions with their levels, from the
adcodes table the `cpca` package ships (MIT licence; data of 2020): every province, prefecture
and county-level division, the short name a text writes it by, and the province or prefecture
it belongs to.

    python scripts/build_gazetteer.py [--wheel-dir DIR]

The wheel is fetched with pip (`pip download cpca==0.5.5 --no-deps`) into a temporary folder
unless --wheel-dir holds it; nothing of cpca is installed or needed at run time.
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rules" / "gazetteer.tsv"
VERSION = "0.5.5"
# level words a division's full name ends with, longest first; what is left is the short name
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
            "省", "市", "盟", "州", "县", "区", "旗")

# names of the table's placeholder rows, no division: the districts and counties of a municipality
# sit under 市辖区 / 县, those a province governs directly under 省直辖县级行政区划
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def _read(wheel_dir: Path) -> tuple[list[tuple[str, str]], list[str]]:
    wheel = next(wheel_dir.glob(f"cpca-{VERSION}-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        rows = list(csv.DictReader(io.TextIOWrapper(z.open("cpca/resources/adcodes.csv"), "utf-8")))
        nations = [line.strip() for line in io.TextIOWrapper(z.open("cpca/resources/56_nations.csv"), "utf-8")
                   if line.strip()]
    return [(r["adcode"][:6], r["name"].strip()) for r in rows], nations


def short_name(full: str, nations: list[str]) -> str:
    """The name a text writes a division by without its level: 恩施土家族苗族自治州 → 恩施,
    内蒙古自治区 → 内蒙古, 义乌市 → 义乌; a one-character stem keeps its level (和县, 沙市区 → 沙市)."""
    name = full
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s):
            name = name[: -len(s)]
            break
    changed = True
    while changed:      # the peoples an autonomous division names: 土家族苗族, 壮族, 回族
        changed = False
        for n in sorted(nations, key=len, reverse=True):
            for w in (n, n.removesuffix("族")):
                if len(w) >= 1 and name.endswith(w) and len(name) - len(w) >= 2 and name[: -len(w)]:
                    if w == n or n.endswith("族"):
                        name = name[: -len(w)]
                        changed = True
                        break
            if changed:
                break
    name = name.removesuffix("各族")
    return name if len(name) >= 2 else full


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel-dir", type=Path)
    args = ap.parse_args()
    if args.wheel_dir:
        rows, nations = _read(args.wheel_dir)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", f"cpca=={VERSION}", "--no-deps", "-q",
                            "-d", tmp], check=True)
            rows, nations = _read(Path(tmp))
    by_code = {code: name for code, name in rows}
    lines = []
    for code, name in sorted(rows):
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "prefecture", by_code.get(code[:2] + "0000", "")
        else:
            level = "county"
            parent = by_code.get(code[:4] + "00", "")
            # a placeholder the table puts between a province and its counties is no parent: the
            # province or municipality above it (省直辖县级行政区划; 市辖区 and 县 of 北京市, 重庆市)
            if not parent or "直辖" in parent or parent in PLACEHOLDERS:
                parent = by_code.get(code[:2] + "0000", "")
        if name in PLACEHOLDERS or "直辖" in name:
            continue
        lines.append(f"{name}\t{short_name(name, nations)}\t{level}\t{parent}")
    header = [
        "# China's administrative divisions (province, prefecture, county level) with the short name a",
        "# text writes them by and the division they belong to; built by scripts/build_gazetteer.py from",
        "# the adcodes table of the `cpca` package (MIT licence, 2020 data). Do not edit by hand.",
        "# Format: full name <TAB> short name <TAB> level <TAB> parent; e.g. 义乌市	义乌	county	金华市",
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} divisions -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
