"""Run jobs on a pool of worker processes, yielding results in input order.

A small pool of our own rather than concurrent.futures, because a page that
hangs (C code in a parser, a regex) must cost only itself: each worker runs one
job at a time with a deadline, and a worker past its deadline or dead is
killed and replaced while the run goes on; the job it had not started yet is
given to another. Each worker has its next job waiting in its pipe (QUEUED),
so it never idles while the parent takes its result in (some 3% of a worker's
time on short pages). Jobs are pulled from the input iterator only as workers
free up and results are released in order, so memory stays flat however many
files there are.

Workers never outlive the run, whatever ends it (kill -9, an out-of-memory
kill, a closed terminal): on Linux each asks the kernel for SIGKILL when its
parent dies (prctl PR_SET_PDEATHSIG), elsewhere a watchdog thread polls the
parent's pid; and each closes the parent's ends of every pipe it inherited
(its own and its siblings'), so an idle worker blocked on its pipe reads EOF
as soon as the parent is gone.
"""
from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any


def _limit_memory(max_bytes: int | None) -> None:
    if max_bytes:
        try:
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, hard))
        except (ValueError, OSError):
            pass


DIED = "worker process died (crash or memory exhaustion)"
QUEUED = 2      # jobs a worker holds at once: the one it runs and the next


def timeout_reason(timeout: float) -> str:
    return f"took longer than the per-document limit of {timeout:g} s"


_PR_SET_PDEATHSIG = 1   # linux/prctl.h


def _die_with_parent(parent_pid: int) -> None:
    """End this process when `parent_pid` ends: a kernel parent-death signal, else a watchdog."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent_pid:   # the parent died before the signal was armed
        os._exit(1)
    if not armed:
        def watch() -> None:
            while os.getppid() == parent_pid:
                time.sleep(1.0)
            os._exit(1)
        threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _serve(conn: Connection, func: Callable[[Any], Any], max_bytes: int | None, parent_pid: int,
           inherited: list[Connection]) -> None:
    _die_with_parent(parent_pid)
    for other in inherited:       # the parent's ends of this worker's pipe and of its siblings'
        try:
            other.close()
        except OSError:
            pass
    _limit_memory(max_bytes)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send(func(job))


class _Worker:
    def __init__(self, ctx, func, max_bytes, siblings: list["_Worker"] = ()):
        self.conn, child = ctx.Pipe()
        inherited = [self.conn] + [w.conn for w in siblings if not w.conn.closed]
        self.proc = ctx.Process(target=_serve, args=(child, func, max_bytes, os.getpid(), inherited),
                                daemon=True)
        # multiprocessing refuses children to a daemonic process (a Dask worker is one) because they
        # could outlive it; these cannot (see _die_with_parent), so the refusal is lifted for the start
        config = mp.current_process()._config
        daemonic = config.get("daemon")
        config["daemon"] = False
        try:
            self.proc.start()
        finally:
            if daemonic is not None:
                config["daemon"] = daemonic
        child.close()
        self.queue: deque[tuple[int, Any]] = deque()   # (number, job) sent to it, the first one running
        self.started = 0.0          # when the first one started, as far as the parent knows

    def give(self, seq: int, job: Any) -> None:
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append((seq, job))
        self.conn.send(job)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except Exception:
            pass
        self.proc.join(1)
        self.conn.close()


def run_pool(func: Callable[[Any], Any], jobs: Iterable[Any], *, workers: int, timeout: float | None,
             on_failure: Callable[[Any, str], Any], max_bytes: int | None = None,
             window: int = 256) -> Iterator[Any]:
    """func(job) for every job, in input order, on `workers` processes.

    A job past `timeout` seconds, or whose worker dies, yields on_failure(job, reason).
    `func` must be importable or inherited by fork (the workers are forked). Drive the
    iterator from one thread that outlives it: Linux sends the parent-death signal when
    the thread that forked a worker ends, not only its process.
    """
    ctx = mp.get_context("fork")
    pool: list[_Worker] = []
    for _ in range(max(1, workers)):
        pool.append(_Worker(ctx, func, max_bytes, pool))
    it = iter(jobs)
    next_seq = 0          # next job number to hand out
    release = 0           # next job number to yield
    done: dict[int, Any] = {}
    again: deque[tuple[int, Any]] = deque()     # jobs a killed worker had not started, given first
    exhausted = False
    try:
        while True:
            for w in pool:
                while len(w.queue) < QUEUED:
                    if again:
                        w.give(*again.popleft())
                        continue
                    if exhausted or next_seq - release >= window:
                        break
                    try:
                        job = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    w.give(next_seq, job)
                    next_seq += 1
            while release in done:
                yield done.pop(release)
                release += 1
            busy = [w for w in pool if w.queue]
            if not busy:
                if exhausted and not again:
                    return
                continue
            now = time.monotonic()
            wait_for = None if timeout is None else max(0.0, min(w.started + timeout for w in busy) - now)
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for i, w in enumerate(pool):
                if not w.queue:
                    continue
                if w.conn in ready:
                    try:
                        result = w.conn.recv()
                        done[w.queue.popleft()[0]] = result
                        w.started = time.monotonic()    # (its next job, if it has one, starts now)
                        continue
                    except (EOFError, OSError):
                        reason = DIED
                elif timeout is not None and time.monotonic() - w.started >= timeout:
                    reason = timeout_reason(timeout)
                else:
                    continue
                seq, job = w.queue.popleft()
                done[seq] = on_failure(job, reason)
                again.extend(w.queue)
                w.kill()
                pool[i] = _Worker(ctx, func, max_bytes, [o for o in pool if o is not w])
    finally:
        for w in pool:
            try:
                if not w.queue and w.proc.is_alive():
                    w.conn.send(None)
            except Exception:
                pass
        for w in pool:
            w.proc.join(0.5)
            if w.proc.is_alive():
                w.kill()


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
