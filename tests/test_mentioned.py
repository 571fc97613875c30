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
