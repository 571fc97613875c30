"""The per-document limits on the Dask engine (issue 19), on a LocalCluster: a document past the
time limit, or whose process dies, is `failed` with the local engine's reason, and the run goes on
on the same Dask worker."""
from __future__ import annotations

import os
import sys
import time

import pytest

distributed = pytest.importorskip("distributed")
import cloudpickle  # noqa: E402  (a dependency of distributed)

from carepolicy_extract.dask_engine import run_dask  # noqa: E402
from carepolicy_extract.models import RunManifest  # noqa: E402
from carepolicy_extract.run import RunConfig, run  # noqa: E402

from conftest import RAW  # noqa: E402

# the jobs below run in the cluster's worker processes, which cannot import this test module
cloudpickle.register_pickle_by_value(sys.modules[__name__])

WALL = 60.0


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def _job(job):
    kind, value = job
    if kind == "sleep":
        time.sleep(value)
    elif kind == "exit":
        os._exit(value)
    return (kind, os.getpid(), os.getppid())   # the child's pid, and its Dask worker's


def _failed(job, reason):
    return ("failed", job, reason)


def test_hanging_and_crashing_documents_fail_and_the_run_goes_on(scheduler):
    jobs = [("a", 0), ("sleep", 600), ("b", 0), ("exit", 3), ("c", 0)]
    t = time.monotonic()
    results = list(run_dask(_job, jobs, scheduler=scheduler, workers=1, on_failure=_failed, timeout=4.0))
    assert time.monotonic() - t < WALL
    assert [r[0] for r in results] == ["a", "failed", "b", "failed", "c"]       # in input order
    assert results[1][2] == "took longer than the per-document limit of 4 s"    # the local engine's words
    assert "worker process died" in results[3][2]
    # each failure cost its child process only: a new child, on the same Dask worker
    assert len({results[0][1], results[2][1], results[4][1]}) == 3
    assert results[0][2] == results[2][2] == results[4][2]


def test_a_run_on_dask_fails_documents_past_the_limit_and_lists_them_all(scheduler, tmp_path):
    out = tmp_path / "out"
    # a limit no document can meet: every one is failed with the reason, none stops the run
    run(RunConfig(raw=RAW, out=out, engine="dask", scheduler=scheduler, doc_timeout=1e-6, workbench=False))
    manifest = RunManifest.model_validate_json((out / "run.json").read_text(encoding="utf-8"))
    assert sorted(f.path for f in manifest.files) == sorted(p.name for p in RAW.iterdir())
    assert {(f.status, f.reason) for f in manifest.files} == {
        ("failed", "took longer than the per-document limit of 1e-06 s")}
    # and with the default limit the same cluster processes them all
    run(RunConfig(raw=RAW, out=out, engine="dask", scheduler=scheduler, workbench=False))
    manifest = RunManifest.model_validate_json((out / "run.json").read_text(encoding="utf-8"))
    assert {f.status for f in manifest.files} == {"ok"}
