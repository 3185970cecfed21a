"""Leave one paper out, shared by ``lopo.py`` (text path) and ``lopo_pdf.py`` (PDF path).

``leave_one_paper_out`` scores every page at each value tried of each threshold (the others
as shipped), fits every threshold on all papers but one (the best mean there; the shipped
value on a tie), scores the paper left out with those values, and ``evidence_table`` writes
the table the thresholds modules quote.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from score_pages import mean

Sweep = dict[tuple[str, float], dict[Path, float]]  # (threshold, value) → page → score
Score = Callable[[list[Path]], dict[Path, float]]  # pages → their scores as configured now


@dataclass
class Lopo:
    """What a run measured: the pages' scores as shipped, at every value tried, the values
    each fold fitted, and each page's score in the fold that left its paper out."""

    base: dict[Path, float]
    sweep: Sweep
    folds: list[dict[str, float]]
    left_out: dict[Path, float]


def leave_one_paper_out(module: ModuleType, grid: dict[str, Sequence[float]],
                        pages: list[Path], paper_of: Callable[[Path], str],
                        score: Score) -> Lopo:
    """Sweep every threshold of ``module`` over its grid, then fit and score each fold; the
    module's values are as shipped again afterwards."""
    shipped = {name: getattr(module, name) for name in grid}
    base = score(pages)
    sweep: Sweep = {}
    try:
        for name, values in grid.items():
            for value in values:
                setattr(module, name, value)
                sweep[name, value] = base if value == shipped[name] else score(pages)
                setattr(module, name, shipped[name])
        folds, left_out = [], {}
        for paper in sorted({paper_of(page) for page in pages}):
            fitted = fit_without(paper, grid, shipped, sweep, paper_of)
            folds.append(fitted)
            for name, value in fitted.items():
                setattr(module, name, value)
            left_out.update(score([page for page in pages if paper_of(page) == paper]))
            for name in grid:
                setattr(module, name, shipped[name])
    finally:
        for name, value in shipped.items():
            setattr(module, name, value)
    return Lopo(base, sweep, folds, left_out)


def fit_without(paper: str, grid: dict[str, Sequence[float]], shipped: dict[str, float],
                sweep: Sweep, paper_of: Callable[[Path], str]) -> dict[str, float]:
    """Each threshold's value fitted on every page but ``paper``'s."""
    fitted = {}
    for name, values in grid.items():
        def train(value: float, name: str = name) -> float:
            return mean(s for p, s in sweep[name, value].items() if paper_of(p) != paper)
        best = max(train(v) for v in values)
        fitted[name] = (shipped[name] if train(shipped[name]) >= best - 1e-9
                        else max(values, key=train))
    return fitted


def evidence_table(grid: dict[str, Sequence[float]], shipped: dict[str, float], run: Lopo
                   ) -> list[str]:
    """The markdown table: each threshold, its value, how many folds keep it (and what the
    others picked), and the all-pages mean at each value tried (the shipped one in bold)."""
    sweep, folds = run.sweep, run.folds
    picks: dict[str, Counter] = defaultdict(Counter)
    for fitted in folds:
        for name, value in fitted.items():
            picks[name][value] += 1
    rows = ["| threshold | value | folds picking it | all-pages mean at each value tried |",
            "| --- | --- | --- | --- |"]
    for name, values in grid.items():
        means = " ".join(
            f"**{short(v)}:{short(mean(sweep[name, v].values()))}**" if v == shipped[name]
            else f"{short(v)}:{short(mean(sweep[name, v].values()))}" for v in values)
        others = ", ".join(f"{short(v)}×{n}" for v, n in picks[name].items()
                           if v != shipped[name])
        rows.append(f"| {name} | {short(shipped[name])} | {picks[name][shipped[name]]}/"
                    f"{len(folds)}{' (' + others + ')' if others else ''} | {means} |")
    return rows


def short(value: float) -> str:
    """A number as short as the table needs: 0.908 → .908, 2.0 → 2."""
    text = f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text[1:] if text.startswith("0.") else text
