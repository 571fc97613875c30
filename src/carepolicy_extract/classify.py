"""Measure categories (rules/categories.txt) and keywords. First version: none."""
from __future__ import annotations

from .models import Measure


def annotate(measures: list[Measure]) -> None:
    """Fill each measure's `categories` and `keywords` in place."""
    return None
