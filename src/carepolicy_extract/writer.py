"""Atomic file output: write to a temporary file beside the target, then rename.

No fsync: the guarantee is against a killed run (old file or new file, never
half of one), which rename gives; fsync per document would cost throughput.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[str]]:
    """A text file that appears at `path` whole, or not at all, when the block ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # pid and thread make the name unique among concurrent writers (workers, Dask tasks);
    # cheaper than mkstemp's random names on a path taken for every document
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    with atomic_open(path) as f:
        f.write(text)
