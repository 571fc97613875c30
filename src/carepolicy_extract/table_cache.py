"""Tables derived from large package data files, built once and kept on disk with marshal.

Parsing jieba's dict.txt or idf.txt costs a few hundred milliseconds per process,
which is most of a small run; reading back the table built from them costs a few
milliseconds. A cached table is keyed by the files it was built from (path,
size, modification time) and this package's version, so an upgraded jieba or a
new release rebuilds it. Where no cache folder can be written the table is simply
built each time: the cache only ever saves time, it never changes a result.

The folder is $CAREPOLICY_CACHE, else $XDG_CACHE_HOME/carepolicy-extract, else
~/.cache/carepolicy-extract. A table in use is touched when it is read; one of the same name
that no run has read for STALE_DAYS (left by an older jieba or release) is removed when a
new one is written, so the folder does not grow with every upgrade.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from . import __version__

T = TypeVar("T")
FORMAT = 1  # bump when a table's shape changes without its sources changing
STALE_DAYS = 30


def cache_dir() -> Path:
    explicit = os.environ.get("CAREPOLICY_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "carepolicy-extract"


def _key(name: str, sources: Sequence[Path], recipe: str) -> str:
    h = hashlib.sha256(f"{name}\0{__version__}\0{FORMAT}\0{recipe}".encode())
    for src in sources:
        st = os.stat(src)
        h.update(f"\0{os.path.abspath(src)}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cached_table(name: str, sources: Sequence[Path], build: Callable[[], T], *, recipe: str = "",
                 kind: type | None = None) -> T:
    """`build()`, or the copy of its result cached for these exact source files and `recipe`
    (whatever else the table depends on: parameters, rule words).

    The result must be made of marshal's types (dicts, lists, tuples, str, numbers, sets); a
    cached copy that is not a `kind` is rebuilt. The file is read whole and then unmarshalled:
    marshal.load on a file object reads in small pieces and takes three times as long.
    """
    path = cache_dir() / f"{name}-{_key(name, sources, recipe)}.marshal"
    try:
        table = marshal.loads(path.read_bytes())
        if kind is None or isinstance(table, kind):
            _touch(path)
            return table
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent, unreadable or truncated: build it
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(table))
        os.replace(tmp, path)   # concurrent builders each replace it whole
        _remove_stale(path.parent, name, keep=path)
    except OSError:
        pass  # read-only home, full disk: run without the cache
    return table


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache still serves


def _remove_stale(folder: Path, name: str, keep: Path) -> None:
    """Drop the tables called `name` that no run has read for STALE_DAYS."""
    cutoff = time.time() - STALE_DAYS * 86400
    for old in folder.glob(f"{name}-*.marshal"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # removed by a concurrent run
