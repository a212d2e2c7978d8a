"""Read the package's data files (lexicons and mark tables).

Lexicons are data, not literals in code: each file under ``quoteattr/data``
starts with a ``#`` header that says what it holds and where it came from.
Reads are cached because the files are immutable package data.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("quoteattr.data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-entry-per-line list, lower-cased."""
    return frozenset(line.strip().lower() for line in _lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated table, one tuple of columns per row."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lines(name))
