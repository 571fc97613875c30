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


def test_tables_nobody_reads_any_more_are_removed_when_a_new_one_is_written(tmp_path, monkeypatch):
    import os
    import time

    from carepolicy_extract.table_cache import STALE_DAYS
    monkeypatch.setenv("CAREPOLICY_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("x")
    cached_table("t", [source], lambda: [1], recipe="old")
    cached_table("u", [source], lambda: [1], recipe="old")
    long_ago = time.time() - (STALE_DAYS + 1) * 86400
    for f in (tmp_path / "cache").glob("*.marshal"):
        os.utime(f, (long_ago, long_ago))
    cached_table("u", [source], lambda: [1], recipe="old")   # read: in use again
    cached_table("t", [source], lambda: [2], recipe="new")   # written: the old "t" goes
    cached_table("u", [source], lambda: [2], recipe="new")   # the old "u" was read lately: kept
    names = sorted(f.name.split("-")[0] for f in (tmp_path / "cache").glob("*.marshal"))
    assert names == ["t", "u", "u"]


def test_rule_patterns_kept_on_disk_are_the_patterns_re_compile_makes(tmp_path, monkeypatch):
    import re

    from carepolicy_extract import rules
    monkeypatch.setenv("CAREPOLICY_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(rules, "_patterns", None)
    monkeypatch.setattr(rules, "_patterns_used", set())
    monkeypatch.setattr(rules, "_patterns_new", False)
    cases = [(r"(?P<n>[一二三四五六七八九十]{1,3})[、.．](?=[\u4e00-\u9fff])", 0), (r"^第(\d+)条", re.M),
             (r"(?i)abc|[\u3400-\u4dbf]+", 0)]
    fresh = [rules.compiled(p, f) for p, f in cases]
    rules.save_compiled()
    assert list((tmp_path / "cache").glob("patterns-*.marshal"))
    monkeypatch.setattr(rules, "_patterns", None)      # a new process: read back from the store
    kept = [rules.compiled(p, f) for p, f in cases]
    for (p, f), a, b in zip(cases, fresh, kept):
        ref = re.compile(p, f)
        # Pattern equality compares the flags and the compiled code itself
        assert a == ref and b == ref and b.groupindex == ref.groupindex and b.groups == ref.groups
        assert b.findall("一、公平 二.公正 第3条 ABC 㐀㐁") == ref.findall("一、公平 二.公正 第3条 ABC 㐀㐁")
    for path in (tmp_path / "cache").glob("patterns-*.marshal"):
        path.write_bytes(b"\x00garbage")
    monkeypatch.setattr(rules, "_patterns", None)      # an unreadable store only costs the compile
    assert rules.compiled(*cases[0]) == re.compile(*cases[0])
    try:
        rules.compiled("(unclosed")
    except re.error:
        pass    # a bad pattern is the error re.compile gives
    else:
        raise AssertionError("a bad pattern must raise re.error")


def test_pattern_stores_no_run_has_read_for_a_month_go_when_one_is_written(tmp_path, monkeypatch):
    """Another build's store (an older release or Python) untouched for STALE_DAYS is removed when
    this build writes its own; one read lately stays."""
    import os
    import re
    import time

    from carepolicy_extract import rules
    from carepolicy_extract.table_cache import STALE_DAYS
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("CAREPOLICY_CACHE", str(cache))
    old, recent = cache / "patterns-0000000000000000.marshal", cache / "patterns-1111111111111111.marshal"
    for path in (old, recent):
        path.write_bytes(b"")
    past = time.time() - (STALE_DAYS + 1) * 86400
    os.utime(old, (past, past))
    monkeypatch.setattr(rules, "_patterns", None)
    monkeypatch.setattr(rules, "_patterns_used", set())
    monkeypatch.setattr(rules, "_patterns_new", False)
    assert rules.compiled(r"第(\d+)条") == re.compile(r"第(\d+)条")
    rules.save_compiled()
    names = {p.name for p in cache.glob("patterns-*.marshal")}
    assert old.name not in names and recent.name in names and len(names) == 2


def test_the_patterns_a_run_compiles_are_the_same_in_every_process(tmp_path):
    """Processes whose string hashes differ (PYTHONHASHSEED) compile the same patterns: one built from
    a set in the set's order would differ from the one kept on disk in every other run, be compiled
    again and the store written again (rules.longest_first orders words for that)."""
    import marshal
    import os
    import subprocess
    import sys
    script = ("import marshal, sys\n"
              "from carepolicy_extract import run, rules\n"
              "run.warm_up()\n"
              "keys = sorted((k for k in rules._patterns if k in rules._patterns_used), key=repr)\n"
              "sys.stdout.buffer.write(marshal.dumps(keys))\n")
    seen = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, CAREPOLICY_CACHE=str(tmp_path / "cache"))
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True).stdout
        seen.append(marshal.loads(out))
    assert len(seen[0]) > 300
    assert seen[0] == seen[1], [k[0][:80] for k in set(seen[0]) ^ set(seen[1])][:5]
