"""The same jobs on a Dask cluster (optional extra `dask`).

Each task reads its own input and writes its own document into OUT, which
must be a filesystem every worker shares; results (manifest entry and
measures.jsonl lines, both small) come back to the client and are released in
input order, so the outputs are byte-identical to a local run. A bounded
window of tasks in flight keeps the client's memory flat.

The per-document time limit is not enforced here: Dask runs tasks in worker
threads, which cannot be interrupted; use Dask's own worker lifetime and
memory settings on a cluster.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def run_dask(func: Callable[[Any], Any], jobs: Iterable[Any], *, scheduler: str | None, workers: int,
             on_failure: Callable[[Any, str], Any], window: int = 512) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise RuntimeError("the Dask engine needs the optional extra: pip install 'carepolicy-extract[dask]'") from err
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        pending: deque = deque()
        for job in jobs:
            # pure=False: two jobs with equal arguments are still two tasks
            pending.append((job, client.submit(func, job, pure=False)))
            if len(pending) >= window:
                yield _collect(*pending.popleft(), on_failure)
        while pending:
            yield _collect(*pending.popleft(), on_failure)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(job: Any, future: Any, on_failure: Callable[[Any, str], Any]) -> Any:
    try:
        return future.result()
    except Exception as err:  # a lost worker or a task error costs this job only
        return on_failure(job, f"Dask task failed: {type(err).__name__}: {err}"[:500])
