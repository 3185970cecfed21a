"""Segmentation: a page's extracted text → the page model (furniture, articles, photos)."""

from __future__ import annotations

from teipress.segment.assemble import assemble
from teipress.segment.furniture import find_furniture, take_furniture
from teipress.segment.geometry import segment_pdf_page
from teipress.segment.lines import read_pieces
from teipress.segment.model import Line, Page

__all__ = ["Page", "segment_page", "segment_pdf_page"]


def segment_page(text: str, paper_title: str = "") -> Page:
    """Read one page's extracted text."""
    # A form feed is a page or column break and a vertical tab a line break, as printers had it.
    raw_lines = (text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
                 .replace("\v", "\n").split("\n"))
    lines: list[Line | None] = [
        Line(n, line.rstrip()) if line.strip() else None for n, line in enumerate(raw_lines, 1)
    ]
    page = Page()
    found, taken = find_furniture([line for line in lines if line], paper_title)
    for line, items in found:
        take_furniture(page, line, items)
    pieces, column = read_pieces([None if line and line.number in taken else line
                                  for line in lines])
    page.explain(f"body column width: about {column:g} characters")
    assemble(pieces, page, column)
    return page

