"""Segmentation as named passes over one page state, applied in order.

Each reader lists its passes in one table (``segment.text_passes.TEXT_PASSES``,
``segment.geometry.PDF_PASSES``), the way Docutils lists its transforms: a pass reads what the
passes before it left in the state and adds its own part, so the order of the table is the
order of the reasoning, and ``--explain`` tells which pass decided what.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from teipress.segment.model import Page

log = logging.getLogger(__name__)


class PageState(Protocol):
    """What every reader's state holds: the page being filled."""

    page: Page


State = TypeVar("State", bound=PageState)


@dataclass(frozen=True)
class Pass(Generic[State]):
    """One step of a reader: its name (as ``--explain`` prints it) and what it does."""

    name: str
    run: Callable[[State], None]

    @property
    def purpose(self) -> str:
        """The first line of the pass's docstring: what it decides."""
        return (self.run.__doc__ or "").strip().split("\n")[0]


def run_passes(state: State, passes: Sequence[Pass[State]]) -> None:
    """Apply the passes in order; each note a pass leaves on the page is marked with its name."""
    notes = state.page.notes
    for step in passes:
        log.debug("segment pass %s", step.name)
        before = len(notes)
        step.run(state)
        notes[before:] = [f"{step.name}: {note}" for note in notes[before:]]
