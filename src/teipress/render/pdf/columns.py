"""An article's body set in columns the way a newspaper sets them: on a grid of whole body
lines, balanced, with its photo two or three columns wide at the head of the columns.

Every piece of a body is a whole number of body lines high (a line of text one, a subhead
two or three, a photo's box as many as it needs), so the columns can be balanced here, line
by line, and handed to WeasyPrint as fixed columns side by side: WeasyPrint's own balancing
lays each multi-column block out many times over, and cannot put a photo across columns.

Filling runs down each column in turn; the columns are as short as lets everything fit, a
paragraph may go on in the next column (its lines there are not indented), a subhead keeps
at least two lines of its text under it, a photo's box is never split.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from teipress.render.pdf.grid import BODY_PT, COLUMN_EM, GAP_EM, LINE_HEIGHT
from teipress.render.pdf.justify import Line, line_html

LINE_PT = BODY_PT * LINE_HEIGHT
COLUMN_PT = COLUMN_EM * BODY_PT


@dataclass
class Piece:
    """Something set in a column: ``lines`` body lines high. A paragraph's piece holds its
    printed lines and may be split between them; the others are set whole."""

    kind: str  # "text" (a paragraph's lines), "block" (set whole)
    lines: int
    text: list[Line] = field(default_factory=list)
    css_class: str = "p"
    markup: Markup = field(default_factory=Markup)
    keep_with_next: int = 0  # lines of what follows that must share its column
    continued: bool = False  # the rest of a paragraph begun in an earlier block of columns


@dataclass(frozen=True)
class Photo:
    """A photo set at the head of the columns: its box (image and caption) and its size."""

    markup: Markup
    lines: int
    columns: int


def paragraph_piece(lines: list[Line], css_class: str) -> Piece:
    return Piece("text", len(lines), lines, css_class)


def block_piece(markup: Markup, lines: int, keep_with_next: int = 0) -> Piece:
    return Piece("block", lines, markup=markup, keep_with_next=keep_with_next)


def lines_for(height_pt: float, pitch: float = LINE_PT) -> int:
    """Body lines (``pitch`` pt apart) a box ``height_pt`` high takes."""
    return max(1, math.ceil(height_pt / pitch - 0.02))


def photo_columns(columns: int) -> int:
    """How many columns a photo spans in an article of ``columns``: two or three, never all
    of a wide article (the text runs beside it)."""
    return columns if columns <= 2 else 2 if columns <= 4 else 3


Column = list[tuple[Piece, int, int]]  # (piece, first line, end line)


def fill(pieces: Sequence[Piece], columns: int,
         photo: Photo | None = None) -> tuple[int, list[Column]]:
    """The column depth in lines and each column's share of the pieces: the shallowest depth
    that holds everything."""
    total = sum(p.lines for p in pieces)
    covered = photo.lines * photo.columns if photo else 0
    low = max(math.ceil((total + covered) / columns), photo.lines + 1 if photo else 1, 1)
    high = low + total + (photo.lines if photo else 0) + 2
    for height in range(low, high + 1):
        placed, rest = _place(pieces, columns, height, photo)
        if rest is None:
            return height, placed
    return high * 4, _place(pieces, columns, high * 4, photo)[0]


def _place(pieces: Sequence[Piece], columns: int, height: int, photo: Photo | None
           ) -> tuple[list[Column], tuple[int, int] | None]:
    """The pieces placed at this depth, and where the first one left over starts (piece,
    line), or None when all fit."""
    result: list[Column] = [[] for _ in range(columns)]
    column = 0
    room = height - (photo.lines if photo and photo.columns > 0 else 0)
    for number, piece in enumerate(pieces):
        start = 0
        while start < piece.lines:
            if column >= columns:
                return result, (number, start)
            need = piece.lines - start if piece.kind == "block" else 1
            if piece.keep_with_next and start == 0:
                following = pieces[number + 1].lines if number + 1 < len(pieces) else 0
                need += min(piece.keep_with_next, following)
            if room < need or room <= 0:
                column += 1
                room = height - (photo.lines if photo and column < photo.columns else 0)
                if column < columns and room < need and piece.kind == "block":
                    return result, (number, start)  # taller than a column at this depth
                continue
            take = piece.lines - start if piece.kind == "block" else min(room, piece.lines - start)
            if piece.kind == "text" and 0 < piece.lines - start - take < 2 <= take and \
                    piece.lines >= 3:
                take -= 1  # no paragraph's last line alone at the head of a column
            result[column].append((piece, start, start + take))
            room -= take
            start += take
    return result, None


def columns_html(pieces: Sequence[Piece], columns: int, photo: Photo | None = None,
                 pitch: float = LINE_PT, max_depth: int | None = None) -> Markup:
    """The body as markup: ``columns`` fixed columns side by side, the photo at the head of
    the first ones, lines ``pitch`` pt apart. A body deeper than ``max_depth`` lines goes on
    in further blocks of columns under it, so that pages break between them."""
    parts = []
    remaining = list(pieces)
    while True:
        height, placed = fill(remaining, columns, photo)
        rest = None
        if max_depth is not None and height > max_depth:
            cut, rest = _place(remaining, columns, max_depth, photo)
            if rest is not None and any(cut):
                height, placed = max_depth, cut
            else:
                rest = None  # nothing fits that deep: one block, however deep
        parts.append(_block_html(placed, height, photo, pitch))
        if rest is None:
            return Markup("").join(parts)
        number, start = rest
        head = remaining[number]
        if start:
            head = Piece("text", head.lines - start, head.text[start:], head.css_class,
                         continued=True)
        remaining = [head, *remaining[number + 1:]]
        photo = None


def _block_html(placed: list[Column], height: int, photo: Photo | None,
                pitch: float) -> Markup:
    parts = [Markup(f'<div class="cols" style="height:{height * pitch:.3f}pt;'
                    f'line-height:{pitch:.3f}pt">')]
    for number, column in enumerate(placed):
        beneath = photo is not None and 0 < number < photo.columns
        parts.append(Markup('<div class="col beneath">' if beneath else '<div class="col">'))
        if photo and number == 0:
            parts.append(photo.markup)
        elif photo and number < photo.columns:
            parts.append(Markup(f'<div class="under-photo" style="height:'
                                f'{photo.lines * pitch:.3f}pt"></div>'))
        for piece, start, end in column:
            if piece.kind == "block":
                parts.append(piece.markup)
                continue
            first = start == 0 and not piece.continued
            classes = piece.css_class + ("" if first else " cont")
            parts.append(Markup(f'<p class="{classes}">'))
            for index in range(start, end):
                parts.append(line_html(piece.text[index], first and index == 0))
            parts.append(Markup("</p>"))
        parts.append(Markup("</div>"))
    parts.append(Markup("</div>"))
    return Markup("").join(parts)


def span_pt(columns: int) -> float:
    """Width in pt of ``columns`` columns and the gaps between them."""
    return (columns * COLUMN_EM + (columns - 1) * GAP_EM) * BODY_PT
