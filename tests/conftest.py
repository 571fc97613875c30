import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
GOLDEN = ROOT / "tests" / "golden"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def samples_out(tmp_path_factory):
    """One run of the pipeline over the bundled samples, shared by the tests that read it."""
    from carepolicy_extract.run import RunConfig, run
    out = tmp_path_factory.mktemp("samples") / "out"
    run(RunConfig(raw=RAW, out=out, workers=1))
    return out


@pytest.fixture
def raw_dir(tmp_path):
    d = tmp_path / "raw"
    d.mkdir()
    return d


def copy_samples(dst: Path) -> None:
    for p in RAW.iterdir():
        shutil.copy(p, dst / p.name)
