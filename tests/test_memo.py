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


def test_a_function_of_the_string_alone_is_cached_the_same_way():
    calls = []

    @short_text_cache(maxsize=8, max_chars=10)
    def upper(text: str) -> str:       # one argument: the wrapper without further arguments
        calls.append(text)
        return text.upper()

    assert upper("abc") == "ABC" and upper("abc") == "ABC"
    long = "y" * 11
    assert upper(long) == long.upper() and upper(long) == long.upper()
    assert calls == ["abc", long, long]
    assert upper.__name__ == "upper" and upper.cache_info().currsize == 1
    upper.cache_clear()
    assert upper.cache_info().currsize == 0


def test_a_full_cache_starts_anew_and_keeps_answering_right():
    calls = []

    @short_text_cache(maxsize=2, max_chars=10)
    def size(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [size(t) for t in ("a", "bb", "ccc", "a", "ccc")] == [1, 2, 3, 1, 3]
    assert size.cache_info().currsize <= 2                 # never more than maxsize kept
    assert calls[:3] == ["a", "bb", "ccc"] and "ccc" not in calls[3:]   # the newest stays kept
    assert size.__wrapped__("dddd") == 4 and size.__doc__ is None
    assert len({size, size}) == 1                           # hashable like the function it stands for
