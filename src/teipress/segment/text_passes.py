"""The text reader: a page's extracted text → the page model, pass by pass.

``TEXT_PASSES`` is the whole reasoning, in order; each pass is a function over one
:class:`~teipress.segment.state.TextState` whose docstring says what it decides.
"""

from __future__ import annotations

from teipress.segment.answer_keys import answer_key_lists
from teipress.segment.assemble import (
    fill_empty_sections,
    find_runs,
    group_articles,
    join_headless,
    order_body,
    place_bylines,
    place_heads,
    take_figures,
)
from teipress.segment.endnotes import find_endnotes
from teipress.segment.furniture import find_furniture, take_furniture
from teipress.segment.lists import find_blocks
from teipress.segment.model import Line, Page, Paragraph
from teipress.segment.passes import Pass, run_passes
from teipress.segment.pieces import read_pieces
from teipress.segment.state import TextState


def split_lines(state: TextState) -> None:
    """The page's lines, numbered as printed; a blank line is None."""
    # A form feed is a page or column break and a vertical tab a line break, as printers had it.
    raw_lines = (state.text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
                 .replace("\v", "\n").split("\n"))
    state.lines = [Line(n, line.rstrip()) if line.strip() else None
                   for n, line in enumerate(raw_lines, 1)]


def take_page_furniture(state: TextState) -> None:
    """Folio, editors line and the page's other furniture, taken out of the lines."""
    found, taken = find_furniture([line for line in state.lines if line], state.paper_title)
    for line, items in found:
        take_furniture(state.page, line, items)
    state.lines = [None if line and line.number in taken else line for line in state.lines]


def read_lines(state: TextState) -> None:
    """Lines into paragraphs, heads and bylines, read against the body column's width."""
    state.pieces, state.column = read_pieces(state.lines)
    state.page.explain(f"body column width: about {state.column:g} characters")


def take_lists(state: TextState) -> None:
    """Lists and tables (entries one a line, rows of cells) made blocks of their own, before
    articles are put together: a list's last entry ends no sentence, yet closes its block;
    an article's endnotes (①…, ②…) are one list too."""
    state.pieces = answer_key_lists(find_endnotes(find_blocks(state.pieces)))
    for piece in state.pieces:
        if isinstance(piece, Paragraph) and piece.block:
            state.page.explain(f"line {piece.first_line}: a {piece.block} of "
                               f"{len(piece.rows)} rows")


TEXT_PASSES: tuple[Pass[TextState], ...] = (
    Pass("lines", split_lines),
    Pass("furniture", take_page_furniture),
    Pass("pieces", read_lines),
    Pass("lists", take_lists),
    Pass("figures", take_figures),
    Pass("runs", find_runs),
    Pass("articles", group_articles),
    Pass("heads", place_heads),
    Pass("bylines", place_bylines),
    Pass("headless", join_headless),
    Pass("sections", fill_empty_sections),
    Pass("order", order_body),
)


def segment_page(text: str, paper_title: str = "") -> Page:
    """Read one page's extracted text."""
    state = TextState(text, paper_title)
    run_passes(state, TEXT_PASSES)
    return state.page
