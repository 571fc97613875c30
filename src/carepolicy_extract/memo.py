"""Memoization for functions of short strings.

A site's chrome (menus, footers, share bars), its class names and a reposted measure recur
from page to page, so the verdicts on them are worth keeping. Long strings seldom recur, and a
cache must not keep a page's megabyte-long line alive after the page is done, so calls whose
strings are longer than the limit are computed afresh. Each worker process fills its own cache.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

F = TypeVar("F", bound=Callable)


def short_text_cache(maxsize: int, max_chars: int) -> Callable[[F], F]:
    """lru_cache(maxsize) for calls whose first argument, a string, is at most max_chars long
    (other arguments are part of the key, and are expected to be short)."""
    def decorate(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        code = getattr(func, "__code__", None)

        if code is not None and code.co_argcount == 1 and not code.co_flags & inspect.CO_VARARGS:
            @wraps(func)
            def call(text):
                # a function of the string alone: no tuple of further arguments to pack and unpack
                # (a third less time per call; these are called for every line of every page)
                return cached(text) if len(text) <= max_chars else func(text)
        else:
            @wraps(func)
            def call(text, *rest):
                # one length test: the wrapper is called for every line of every page
                return cached(text, *rest) if len(text) <= max_chars else func(text, *rest)
        call.cache_info = cached.cache_info      # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear    # type: ignore[attr-defined]
        return call                              # type: ignore[return-value]
    return decorate
