"""Reading order from where things stand: cut the page (or an article) along the white
between its pieces, the way a reader's eye goes.

Within an article the cut goes down the columns first (a column is read to its foot before
the next); a piece set across the columns (a lead, a head) stops a column cut, so the cut
across comes first there. Between articles the cut goes across first: rows of articles are
read top to bottom, each row left to right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from teipress.segment.model import Box

T = TypeVar("T")


def reading_order(items: Sequence[T], box: Callable[[T], Box], columns_first: bool) -> list[T]:
    """The items in reading order (XY-cut; ties by top, then left)."""
    items = list(items)
    if len(items) <= 1:
        return items
    cuts = (_cut_x, _cut_y) if columns_first else (_cut_y, _cut_x)
    for cut in cuts:
        parts = cut(items, box)
        if len(parts) > 1:
            return [item for part in parts for item in reading_order(part, box, columns_first)]
    return sorted(items, key=lambda item: (box(item).y0, box(item).x0))


def _cut_x(items: list[T], box: Callable[[T], Box]) -> list[list[T]]:
    """Split where a vertical band of white runs from the top of the items to their foot."""
    return _cut(items, lambda item: (box(item).x0, box(item).x1))


def _cut_y(items: list[T], box: Callable[[T], Box]) -> list[list[T]]:
    return _cut(items, lambda item: (box(item).y0, box(item).y1))


def _cut(items: list[T], span: Callable[[T], tuple[float, float]]) -> list[list[T]]:
    ordered = sorted(items, key=lambda item: span(item)[0])
    parts: list[list[T]] = [[ordered[0]]]
    reach = span(ordered[0])[1]
    for item in ordered[1:]:
        start, end = span(item)
        if start >= reach - 1.0:  # a point of overlap is a rounding, not a shared band
            parts.append([item])
        else:
            parts[-1].append(item)
        reach = max(reach, end)
    return parts
