"""Segmentation: a page's extracted text → the page model (furniture, articles, photos)."""

from __future__ import annotations

from teipress.segment.assemble import assemble
from teipress.segment.furniture import find_furniture, issue_date, page_number_of
from teipress.segment.geometry import segment_pdf_page
from teipress.segment.lines import read_pieces
from teipress.segment.model import FurnitureItem, Line, Page

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


def take_furniture(page: Page, line: Line, items: list[FurnitureItem]) -> None:
    """Put a furniture line's items on the page: both readers find them the same way."""
    page.explain(f"line {line.number}: page furniture: "
                 + ", ".join(f"{item.kind} “{item.text}”" for item in items))
    for item in items:
        page.furniture.append(item)
        if item.kind == "pageNum" and not page.page_number:
            page.page_number = page_number_of(item.text)
        elif item.kind == "header" and not page.section:
            page.section = "".join(item.text.split())  # 评　论 set letter-spaced
        elif item.kind == "title" and not page.paper and not item.text.isascii():
            page.paper = item.text  # 人民日报, not its pinyin masthead
        elif item.kind == "date" and page.date is None:
            page.date, page.date_text = issue_date(item.text), item.text
        elif item.kind == "editors":
            page.editors.extend(item.editors)
