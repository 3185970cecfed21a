"""Page sizes and the column grid the printed page is drawn on.

Body text is :data:`BODY_PT` pt on a grid of whole characters: a column is :data:`COLUMN_EM`
characters wide, :data:`GAP_EM` em from the next; ``stylesheets/print/print.css`` is drawn on
the same numbers (its ``@page`` margin and ``font-size``), keep them in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teipress.errors import InputError

BODY_PT = 9.0
LINE_HEIGHT = 1.33  # body leading, in em
COLUMN_EM = 13
GAP_EM = 1.5
SIDE_MARGIN_MM = 12.0
TOP_MARGIN_MM = 10.0
BOTTOM_MARGIN_MM = 14.0

PAGE_SIZES_MM = {
    "a5": (148, 210), "a4": (210, 297), "a3": (297, 420), "a2": (420, 594), "a1": (594, 841),
    "b5": (176, 250), "b4": (250, 353), "b3": (353, 500),
    "jis-b5": (182, 257), "jis-b4": (257, 364),
    "letter": (215.9, 279.4), "legal": (215.9, 355.6), "ledger": (279.4, 431.8),
}
_MM = r"(\d+(?:\.\d+)?)\s*(?:mm)?"
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Grid:
    """The column grid of a page size: ``columns`` columns of :data:`COLUMN_EM` characters,
    ``measure`` em wide in all (gaps included)."""

    page_size: str  # a CSS @page size value, e.g. "A3" or "350mm 500mm"
    columns: int
    height_mm: float = 420.0

    @property
    def measure(self) -> float:
        return self.span(self.columns)

    def span(self, columns: int) -> float:
        """The width in em of ``columns`` columns and the gaps between them."""
        return columns * COLUMN_EM + (columns - 1) * GAP_EM

    @property
    def content_height_pt(self) -> float:
        """The height of the page's content area (between the @page margins), in pt."""
        return (self.height_mm - TOP_MARGIN_MM - BOTTOM_MARGIN_MM) * PT_PER_MM


def page_grid(page_size: str, source: str = "page-size") -> Grid:
    """The grid for an ``edition.toml`` page size: a name (``A3``, ``B4 landscape``) or
    ``WIDTH HEIGHT`` in mm."""
    words = page_size.strip().lower().split()
    sized = re.fullmatch(rf"{_MM}\s+{_MM}", page_size.strip().lower())
    if sized:
        width, height = float(sized[1]), float(sized[2])
        css = f"{sized[1]}mm {sized[2]}mm"
    elif words and words[0] in PAGE_SIZES_MM and words[1:] in ([], ["portrait"], ["landscape"]):
        width, height = PAGE_SIZES_MM[words[0]]
        if words[1:] == ["landscape"]:
            width, height = height, width
        css = " ".join(words)
    else:
        raise InputError(f"{source}: page-size {page_size!r}: use a name ("
                         f"{', '.join(n.upper() for n in PAGE_SIZES_MM)}) or 'WIDTH HEIGHT' in mm")
    if not (50 <= width <= 2000 and 50 <= height <= 2000):
        raise InputError(f"{source}: page-size {page_size!r}: out of range (50 to 2000 mm)")
    em_mm = BODY_PT / PT_PER_MM
    available = (width - 2 * SIDE_MARGIN_MM) / em_mm
    columns = max(1, int((available + GAP_EM) // (COLUMN_EM + GAP_EM)))
    return Grid(page_size=css, columns=columns, height_mm=float(height))
