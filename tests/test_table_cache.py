"""table_cache: derived tables kept on disk, rebuilt when what they were built from changes."""
from __future__ import annotations

from carepolicy_extract.table_cache import cached_table


def test_table_cache_is_read_back_rebuilt_on_change_and_optional(tmp_path, monkeypatch):
    source = tmp_path / "source.txt"
    source.write_text("x")
    monkeypatch.setenv("CAREPOLICY_CACHE", str(tmp_path / "cache"))
    builds = []

    def build():
        builds.append(1)
        return {"甲乙": -1.5}

    assert cached_table("t", [source], build, recipe="r1", kind=dict) == {"甲乙": -1.5}
    assert cached_table("t", [source], build, recipe="r1", kind=dict) == {"甲乙": -1.5}
    assert len(builds) == 1  # the second came from the cache
    cached_table("t", [source], build, recipe="r2", kind=dict)
    assert len(builds) == 2  # another recipe (rule words, parameters): built again
    source.write_text("xy")
    cached_table("t", [source], build, recipe="r1", kind=dict)
    assert len(builds) == 3  # the source file changed: built again
    for cached in (tmp_path / "cache").glob("t-*.marshal"):
        cached.write_bytes(b"\x00garbage")
    assert cached_table("t", [source], build, recipe="r1", kind=dict) == {"甲乙": -1.5}
    assert len(builds) == 4  # an unreadable cache file is rebuilt, not an error
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("CAREPOLICY_CACHE", str(blocker / "cache"))  # cannot be created
    assert cached_table("t", [source], build, recipe="r1", kind=dict) == {"甲乙": -1.5}
