"""What a reader gives segmentation: a page's lines, the boxes they stand in, its pictures.

Both readers produce them (``text`` lines without geometry, ``pdf`` lines with their boxes
and the page's pictures); the page model (``segment.model``) is built on them, so they
belong to the reader's side and decode imports nothing from the later stages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A rectangle on the printed page, in PDF points with the origin at the top left
    (the facsimile surface's coordinate system, ENCODING.md)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0),
                   max(self.x1, other.x1), max(self.y1, other.y1))


@dataclass
class Line:
    """One non-blank input line: its number in the file and its text, right-stripped.

    A line read from a PDF also knows where it stands and how it is set; a line of plain
    text has no geometry (``box`` is ``None``, ``size`` 0), and every rule that needs
    geometry falls back to what the text shows.
    """

    number: int
    text: str
    box: Box | None = None
    size: float = 0.0  # the commonest font size of its characters, in points
    bold: bool = False  # set in a bold or heavy face


@dataclass
class PageImage:
    """A picture embedded in the page PDF: where it stands and its bytes as stored."""

    box: Box
    data: bytes
    extension: str  # jpg where the PDF holds a JPEG stream (its original bytes), else png
