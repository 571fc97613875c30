"""Score the pipeline on the writers' pages of bench/synthpages (sets A, B, D, G, H, J, M, O, P, Q, R, S–Z, ZA–ZZ, YA–YZ and XA–XM
are dev; C, E, F, I, K, L and N are held out, so only aggregate figures are printed). Usage: python bench/synthpages.py [SET ...]"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages import shared  # noqa: E402  (../shared beside a clone or beside a folder of worktrees)

ROOT = Path(__file__).resolve().parent / "synthpages"
SCORE = shared() / "tools" / "score.py"
FIELDS = ("body_f1", "clean_must_not_contain_clean", "clean_must_contain", "measure_f1", "measure_precision",
          "measure_recall", "measure_exact_boundaries", "measure_group_accuracy", "policy_recall",
          "policy_field_accuracy", "mentioned_recall")


def score_set(name: str, extract: str) -> dict:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([extract, str(ROOT / name / "raw"), out, "--no-report"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lines = subprocess.run([sys.executable, str(SCORE), str(ROOT / name / "golden"), out],
                               check=True, capture_output=True, text=True).stdout.strip().splitlines()
    return json.loads(lines[-1])


def main(sets: list[str]) -> None:
    extract = str(Path(sys.executable).with_name("extract"))
    print("set " + " ".join(f"{f.replace('clean_', '').replace('measure_', 'm_')[:12]:>12}" for f in FIELDS))
    for name in sets:
        summary = score_set(name, extract)
        print(f"{name:<3} " + " ".join(f"{summary.get(f) if summary.get(f) is not None else '-':>12}" for f in FIELDS))


if __name__ == "__main__":
    main(sys.argv[1:] or ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "ZA", "ZB", "ZC", "ZD", "ZE", "ZF", "ZG", "ZH", "ZI", "ZJ", "ZK", "ZL", "ZM", "ZN", "ZO", "ZP", "ZQ", "ZR", "ZS", "ZT", "ZU", "ZV", "ZW", "ZX", "ZY", "ZZ", "YA", "YB", "YC", "YD", "YE", "YF", "YG", "YH", "YI", "YJ", "YK", "YL", "YM", "YN", "YO", "YP", "YQ", "YR", "YS", "YT", "YU", "YV", "YW", "YX", "YY", "YZ", "XA", "XB", "XC", "XD", "XE", "XF", "XG", "XH", "XI", "XJ", "XK", "XL", "XM"])
