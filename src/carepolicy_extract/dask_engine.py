"""The same jobs on a Dask cluster (optional extra `dask`).

Each task reads its own input and writes its own document into OUT, which
must be a filesystem every worker shares; results (manifest entry and
measures.jsonl lines, both small) come back to the client and are released in
input order, so the outputs are byte-identical to a local run. A bounded
window of tasks in flight keeps the client's memory flat.

The per-document limits hold here as in the local engine. Dask runs a task in
a worker thread, which cannot be interrupted, so the task does not run the
document itself: it hands it to a child process of the Dask worker (one per
worker thread, forked once and kept for the tasks that follow, the same
_Worker as the local pool's, under the same memory limit) and waits for it
with the deadline. A document past the deadline, or whose child dies, is
`failed` with the local engine's reason, the child is killed and a new one
forked for the next task, and the Dask worker itself goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import engine

_local = threading.local()          # this worker thread's child process
_children: list[engine._Worker] = []  # every thread's: a new child closes its siblings' pipes
_lock = threading.Lock()
_warmed = False


def _call(payload: bytes) -> Any:
    """In the child: run one (func, job) sent by the task."""
    func, job = pickle.loads(payload)
    return func(job)


def _child(max_bytes: int | None, warm_up: Callable[[], None] | None) -> engine._Worker:
    global _warmed
    with _lock:
        if warm_up is not None and not _warmed:
            warm_up()     # in the Dask worker, once: every child forked from it starts warm
            _warmed = True
        w = engine._Worker(mp.get_context("fork"), _call, max_bytes, list(_children))
        _children.append(w)
    return w


def _drop(w: engine._Worker) -> None:
    w.kill()
    with _lock:
        if w in _children:
            _children.remove(w)
    _local.child = None


def guarded(func: Callable[[Any], Any], job: Any, timeout: float | None, max_bytes: int | None,
            warm_up: Callable[[], None] | None = None) -> tuple[bool, Any]:
    """The Dask task: func(job) in this thread's child process under the deadline.
    (True, result), or (False, reason) when the job ran past `timeout` or its child died."""
    import cloudpickle   # a dependency of distributed; pickles the functions Dask itself could

    w = getattr(_local, "child", None)
    if w is not None and not w.proc.is_alive():
        _drop(w)
        w = None
    if w is None:
        w = _local.child = _child(max_bytes, warm_up)
    w.give(0, cloudpickle.dumps((func, job)))
    if w.conn.poll(timeout):
        try:
            result = w.conn.recv()
            w.seq = w.job = None
            return True, result
        except (EOFError, OSError):
            reason = engine.DIED
    else:
        reason = engine.timeout_reason(timeout)
    _drop(w)
    return False, reason


def run_dask(func: Callable[[Any], Any], jobs: Iterable[Any], *, scheduler: str | None, workers: int,
             on_failure: Callable[[Any, str], Any], timeout: float | None = None,
             max_bytes: int | None = None, warm_up: Callable[[], None] | None = None,
             window: int = 512) -> Iterator[Any]:
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
            pending.append((job, client.submit(guarded, func, job, timeout, max_bytes, warm_up, pure=False)))
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
        ok, value = future.result()
    except Exception as err:  # a lost worker or a task error costs this job only
        return on_failure(job, f"Dask task failed: {type(err).__name__}: {err}"[:500])
    return value if ok else on_failure(job, value)
