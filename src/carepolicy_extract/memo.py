"""Memoization for functions of short strings.

A site's chrome (menus, footers, share bars), its class names and a reposted measure recur
from page to page, so the verdicts on them are worth keeping. Long strings seldom recur, and a
cache must not keep a page's megabyte-long line alive after the page is done, so calls whose
strings are longer than the limit are computed afresh. Each worker process fills its own cache.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

F = TypeVar("F", bound=Callable)


def short_text_cache(maxsize: int, max_chars: int) -> Callable[[F], F]:
    """lru_cache(maxsize) for calls whose str arguments hold at most max_chars characters in all."""
    def decorate(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def call(*args):
            size = sum(len(a) for a in args if isinstance(a, str))
            return cached(*args) if size <= max_chars else func(*args)
        call.cache_info = cached.cache_info      # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear    # type: ignore[attr-defined]
        return call                              # type: ignore[return-value]
    return decorate
