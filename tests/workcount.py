"""Count the work a call does without a clock: the lines of Python the interpreter runs.

Pass/fail tests must not time things (a loaded CI machine makes any limit flaky), yet a few
tests guard against work that grows faster than the input (a quadratic loop). The number of
line events of the code under test is a measure of that work that does not depend on the
machine: run a case at two sizes and compare the counts.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType


def lines_run(func, *args, within: ModuleType | None = None):
    """func(*args) and the number of lines run in func itself, or, given a package or module
    `within`, in every function defined under it. Regex matching runs in C and is not counted."""
    count = 0
    if within is None:
        wanted = lambda code: code is func.__code__      # noqa: E731
    else:
        root = str(Path(within.__file__).parent if within.__file__.endswith("__init__.py")
                   else Path(within.__file__))
        wanted = lambda code: code.co_filename.startswith(root)   # noqa: E731

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if wanted(frame.f_code) else None

    old = sys.gettrace()
    sys.settrace(calls)
    try:
        result = func(*args)
    finally:
        sys.settrace(old)
    return result, count
