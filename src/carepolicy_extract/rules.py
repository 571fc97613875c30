"""Access to the researcher-editable rule files in `rules/`.

Every rules file is UTF-8 text: `#` starts a comment, blank lines are ignored,
one rule a line. Code reads rules only through this module so that the run's
fingerprint covers everything that can change the output.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from . import __version__

_DEFAULT = Path(__file__).resolve().parents[2] / "rules"


def rules_dir() -> Path:
    """The rules folder: $CAREPOLICY_RULES, else `rules/` at the project root."""
    return Path(os.environ.get("CAREPOLICY_RULES") or _DEFAULT)


@lru_cache(maxsize=None)
def rule_lines(name: str) -> tuple[str, ...]:
    """The rules of one file, comments and blank lines removed, in file order.

    A ` #` preceded by white space ends the rule; a `#` inside a rule (e.g. in a
    regular expression) is kept when no white space stands before it.
    """
    path = rules_dir() / name
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for sep in ("  #", "\t#"):
            if sep in line:
                line = line.split(sep, 1)[0].rstrip()
        out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def rule_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The rules of a file in `[section]` parts: section name → its lines (lines before the
    first section header are under "")."""
    out: dict[str, list[str]] = {}
    section = ""
    for line in rule_lines(name):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, [])
        else:
            out.setdefault(section, []).append(line.strip())
    return {k: tuple(v) for k, v in out.items()}


def rule_table(name: str, sep: str = "\t") -> tuple[tuple[str, ...], ...]:
    """Rules of a file whose lines are columns split on `sep` (tab by default)."""
    return tuple(tuple(c.strip() for c in line.split(sep)) for line in rule_lines(name))


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """sha256 over the package version and every rules file, so resumed runs notice changes."""
    h = hashlib.sha256(__version__.encode())
    root = rules_dir()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]
