"""Position indexes over one document, so that the attribution sieves stay near-linear.

Why: every sieve asks "which quotes open between these offsets", "which cues stand in this
sentence", "does anything already taken overlap here" once per quotation.  Scanning every
quote or cue for each answer made attribution quadratic in the document's length (a long
transcript or a book spent longer in the sieves than in the parser).  These indexes answer by
bisection and give back exactly what the scans gave, in the same order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from itertools import accumulate
from typing import Callable, Generic, Sequence, TypeVar

T = TypeVar("T")


class ByOffset(Generic[T]):
    """Items keyed by a character offset; range queries return them in the order they were added."""

    def __init__(self, key: Callable[[T], int], items: Sequence[T] = ()) -> None:
        self._key = key
        self._items: list[T] = []
        self._sorted: list[tuple[int, int]] = []  # (offset, insertion number)
        for item in items:
            self.add(item)

    def add(self, item: T) -> None:
        insort(self._sorted, (self._key(item), len(self._items)))
        self._items.append(item)

    def numbered_in(self, start: int, end: int) -> list[tuple[int, T]]:
        """(insertion number, item) for every item whose offset is in ``[start, end)``."""
        lo = bisect_left(self._sorted, (start, -1))
        hi = bisect_left(self._sorted, (end, -1))
        return [(n, self._items[n]) for n in sorted(n for _, n in self._sorted[lo:hi])]

    def within(self, start: int, end: int) -> list[T]:
        return [item for _, item in self.numbered_in(start, end)]


class Coverage:
    """Whether an offset falls inside any of a fixed set of half-open intervals."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))  # furthest end so far

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


class Intervals:
    """A growing set of half-open intervals: does any of them overlap a given one?"""

    def __init__(self) -> None:
        self._sorted: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self._sorted, (start, end))
        self._longest = max(self._longest, end - start)

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every interval that opens before ``end`` and could reach past ``start``."""
        lo = bisect_left(self._sorted, (start - self._longest, start - self._longest))
        hi = bisect_left(self._sorted, (end, end))
        return self._sorted[lo:hi]

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval shares at least one character with ``[start, end)``."""
        return any(min(b, end) - max(a, start) > 0 for a, b in self._near(start, end))

    def crosses(self, start: int, end: int) -> bool:
        """Some interval opens before ``end`` and ends after ``start`` (an empty one inside counts)."""
        return any(a < end and b > start for a, b in self._near(start, end))
