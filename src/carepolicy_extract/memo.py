"""Memoization for functions of short strings.

A site's chrome (menus, footers, share bars), its class names and a reposted measure recur
from page to page, so the verdicts on them are worth keeping. Long strings seldom recur, and a
cache must not keep a page's megabyte-long line alive after the page is done, so calls whose
strings are longer than the limit are computed afresh. Each worker process fills its own cache.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import _CacheInfo, lru_cache, update_wrapper, wraps
from typing import TypeVar

F = TypeVar("F", bound=Callable)


def short_text_cache(maxsize: int, max_chars: int) -> Callable[[F], F]:
    """lru_cache(maxsize) for calls whose first argument, a string, is at most max_chars long
    (other arguments are part of the key, and are expected to be short); a function of the string
    alone gets a _TextCache instead."""
    def decorate(func: F) -> F:
        code = getattr(func, "__code__", None)
        if code is not None and code.co_argcount == 1 and not code.co_flags & inspect.CO_VARARGS:
            # a function of the string alone: a dict that is its own cache, called as its lookup
            # (a hit runs no Python code at all; these are called for every line of every page)
            return _TextCache(func, maxsize, max_chars)     # type: ignore[return-value]
        cached = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def call(text, *rest):
            # one length test: the wrapper is called for every line of every page
            return cached(text, *rest) if len(text) <= max_chars else func(text, *rest)
        call.cache_info = cached.cache_info      # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear    # type: ignore[attr-defined]
        return call                              # type: ignore[return-value]
    return decorate


class _TextCache(dict):
    """The values of a function of one string, kept by the string: calling it looks the string up,
    and only a miss runs Python (`__missing__`). Strings longer than `max_chars` are computed and
    not kept; when `maxsize` are kept, all are dropped at once and the cache fills anew (the
    function is pure, so only its speed can tell)."""

    __call__ = dict.__getitem__

    def __init__(self, func: Callable[[str], object], maxsize: int, max_chars: int) -> None:
        super().__init__()
        self.func, self.maxsize, self.max_chars = func, maxsize, max_chars
        update_wrapper(self, func)

    def __missing__(self, text: str) -> object:
        value = self.func(text)
        if len(text) <= self.max_chars:
            if len(self) >= self.maxsize:
                self.clear()
            self[text] = value
        return value

    def __hash__(self) -> int:      # (a function is hashable, whatever it keeps)
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other

    def cache_info(self) -> _CacheInfo:
        """Like functools.lru_cache's, without hits and misses (a hit is not counted)."""
        return _CacheInfo(None, None, self.maxsize, len(self))

    def cache_clear(self) -> None:
        self.clear()
