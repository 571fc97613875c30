"""memo.short_text_cache: verdicts on short strings kept, long strings never held."""
from __future__ import annotations

from carepolicy_extract.memo import short_text_cache


def test_short_calls_are_cached_and_long_ones_computed_afresh():
    calls = []

    @short_text_cache(maxsize=8, max_chars=10)
    def shout(text: str, times: int = 1) -> str:
        calls.append(text)
        return text.upper() * times

    assert shout("abc") == "ABC" and shout("abc") == "ABC"
    assert calls == ["abc"]                        # the second came from the cache
    long = "x" * 11
    assert shout(long) == long.upper() and shout(long) == long.upper()
    assert calls == ["abc", long, long]            # too long to keep: computed both times
    assert shout("ab", 2) == "ABAB" and shout("ab", 2) == "ABAB"
    assert calls.count("ab") == 1                  # other arguments are part of the key
    assert shout("ab", 3) == "ABABAB"
    assert calls.count("ab") == 2
    assert shout.cache_info().currsize == 3
    shout.cache_clear()
    assert shout.cache_info().currsize == 0
