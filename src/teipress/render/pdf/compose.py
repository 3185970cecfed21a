"""How the page's items are arranged on the printed page: which articles share a row, how
many columns each takes, and which stand-alone items are grouped."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any

from teipress.render.pdf.grid import COLUMN_EM, Grid
from teipress.render.view import ArticleView, FigureView, article_text

MIN_COLUMN_LINES = 14  # a short article is set in fewer columns, at least this deep


def article_spans(items: Iterable[Any], grid: Grid) -> dict[str, int]:
    """How many of the grid's columns each article takes (by id).

    All of them, unless its text would stand fewer than :data:`MIN_COLUMN_LINES` lines deep in
    each; then as few as make it that deep (two at least). Consecutive short articles share a
    row, the last one widened to fill it; a short article alone in its row takes all columns.
    """
    spans: dict[str, int] = {}
    row: list[ArticleView] = []

    def close_row() -> None:
        if row:
            spans[row[-1].id] = grid.columns - sum(spans[a.id] for a in row[:-1])
        row.clear()

    for item in items:
        if not isinstance(item, ArticleView):
            close_row()
            continue
        columns = _columns_needed(item, grid)
        if sum(spans[a.id] for a in row) + columns > grid.columns:
            close_row()
        spans[item.id] = columns
        row.append(item)
    close_row()
    return spans


def first_row(items: Iterable[Any], spans: dict[str, int], grid: Grid) -> set[str]:
    """The ids of the articles in the page's first row, right under the masthead's rule."""
    ids: set[str] = set()
    used = 0
    for item in items:
        if not isinstance(item, ArticleView) or used + spans[item.id] > grid.columns:
            break
        ids.add(item.id)
        used += spans[item.id]
    return ids


def _columns_needed(article: ArticleView, grid: Grid) -> int:
    lines = sum(math.ceil((len(run) + 2) / COLUMN_EM) for run in article_text(article).split("\n"))
    return max(min(grid.columns, 2), min(grid.columns, math.ceil(lines / MIN_COLUMN_LINES)))


def page_runs(items: Iterable[Any]) -> Iterator[tuple[str, list[Any]]]:
    """The page's items as the printed page groups them: each article alone, consecutive
    stand-alone photos in one row, consecutive loose paragraphs in one block of columns."""
    run: list[Any] = []
    kind = ""
    for item in items:
        item_kind = ("article" if isinstance(item, ArticleView)
                     else "figures" if isinstance(item, FigureView) else "text")
        if run and (item_kind != kind or kind == "article"):
            yield kind, run
            run = []
        kind = item_kind
        run.append(item)
    if run:
        yield kind, run


def attach_figures(items: Iterable[Any]) -> tuple[list[Any], dict[str, list[FigureView]]]:
    """A stand-alone photo between articles is set in the article before it (the one after
    it, at the page's head), as newspapers place a photo with the story it sits by: the
    page's items without them, and each article's photos to add at the end of its body."""
    items = list(items)
    any_article = any(isinstance(item, ArticleView) for item in items)
    kept: list[Any] = []
    extras: dict[str, list[FigureView]] = {}
    waiting: list[FigureView] = []
    previous: ArticleView | None = None
    for item in items:
        if isinstance(item, FigureView) and any_article:
            if previous is not None:
                extras.setdefault(previous.id, []).append(item)
            else:
                waiting.append(item)
            continue
        if isinstance(item, ArticleView):
            if waiting:
                extras.setdefault(item.id, []).extend(waiting)
                waiting = []
            previous = item
        kept.append(item)
    return kept, extras
