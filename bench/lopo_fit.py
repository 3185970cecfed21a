"""Leave one paper out, shared by ``lopo.py`` (text path) and ``lopo_pdf.py`` (PDF path).

Given every page's score at each value tried of each threshold (the others as shipped), fit
every threshold on all papers but one (the best mean there; the shipped value on a tie), and
print the table of evidence the thresholds modules quote.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from score_pages import mean

Sweep = dict[tuple[str, float], dict[Path, float]]  # (threshold, value) → page → score


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


def evidence_table(grid: dict[str, Sequence[float]], shipped: dict[str, float], sweep: Sweep,
                   folds: list[dict[str, float]]) -> list[str]:
    """The markdown table: each threshold, its value, how many folds keep it (and what the
    others picked), and the all-pages mean at each value tried (the shipped one in bold)."""
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
