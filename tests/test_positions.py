"""The position indexes answer exactly what a scan over every item would (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.positions import ByOffset, Coverage, Intervals

intervals = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])), max_size=25)
queries = st.lists(st.tuples(st.integers(-5, 90), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=10)


@settings(max_examples=300, deadline=None)
@given(intervals, queries)
def test_by_offset_returns_the_items_a_scan_finds_in_insertion_order(items, asked):
    index: ByOffset[tuple[int, int]] = ByOffset(lambda item: item[0])
    for item in items:
        index.add(item)
    for start, end in asked:
        assert index.numbered_in(start, end) == [(n, it) for n, it in enumerate(items) if start <= it[0] < end]


@settings(max_examples=300, deadline=None)
@given(intervals, st.lists(st.integers(-5, 90), max_size=20))
def test_coverage_says_whether_any_interval_holds_the_offset(items, positions):
    coverage = Coverage(items)
    for pos in positions:
        assert coverage.covers(pos) == any(a <= pos < b for a, b in items)


@settings(max_examples=300, deadline=None)
@given(intervals, queries)
def test_intervals_overlap_and_cross_as_a_scan_does(items, asked):
    taken = Intervals()
    for a, b in items:
        taken.add(a, b)
    for start, end in asked:
        assert taken.overlaps(start, end) == any(min(b, end) - max(a, start) > 0 for a, b in items)
        assert taken.crosses(start, end) == any(a < end and b > start for a, b in items)
