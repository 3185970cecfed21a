"""An article's blocks, in reading order, into paragraphs, subheads and bylines.

Chinese body text indents a paragraph's first line by two ems and leaves its last line
short; a paragraph runs on from the foot of one column to the head of the next when the
last line there is full and the next column's first is not indented. Bylines, credits, end
marks and jump lines are known by their forms (``segment.patterns``), as in the text path.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from teipress.segment.geometry.blocks import Block
from teipress.segment.lines import _byline_kind as byline_kind
from teipress.segment.lines import _split_trailing_byline as split_trailing_byline
from teipress.segment.model import Byline, Head, Line, Paragraph
from teipress.segment.patterns import names_in
from teipress.segment.text import ends_sentence, join_lines

Piece = Paragraph | Head | Byline
# A first line set in by this many ems is indented (the custom is two).
INDENT = 1.2
# A line ending this many ems before its column's edge is a paragraph's last line.
SHORT = 0.8
# A column edge is where at least this many lines start (or end).
EDGE_LINES = 3


class ColumnEdges:
    """Where the page's columns start and end: the x positions many lines share."""

    def __init__(self, lines: list[Line]) -> None:
        lefts = Counter(round(line.box.x0) for line in lines)
        rights = Counter(round(line.box.x1) for line in lines)
        self.lefts = sorted(x for x, n in lefts.items() if n >= EDGE_LINES)
        self.rights = sorted(x for x, n in rights.items() if n >= EDGE_LINES)

    def left(self, line: Line) -> float:
        """The column's left edge: the leftmost edge a few ems before the line's start
        (indented first lines share an edge of their own, two ems in)."""
        x0 = line.box.x0
        i = bisect_left(self.lefts, x0 - 4 * line.size)
        if i < len(self.lefts) and self.lefts[i] <= x0 + 1:
            return self.lefts[i]
        return x0

    def right(self, line: Line) -> float:
        i = bisect_left(self.rights, line.box.x1 - 1)
        if i < len(self.rights):
            return self.rights[i]
        return line.box.x1


def pieces(blocks: list[Block], edges: ColumnEdges) -> list[Piece]:
    """Paragraphs, subheads and bylines of an article's blocks, in the blocks' order."""
    out: list[Piece] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = join_lines([line.text for line in current])
            paragraph = Paragraph(list(current), text, open=not ends_sentence(text))
            out.extend(split_trailing_byline(paragraph))
            current.clear()

    previous: Line | None = None
    for block in blocks:
        if block.role in ("head", "subhead"):
            flush()
            if out and isinstance(out[-1], Head) and out[-1].lines[-1].text.endswith(("：", ":")):
                out[-1].lines.extend(block.lines)  # 记者手记： / its title, set apart
            else:
                out.append(Head(list(block.lines)))
            previous = None
            continue
        for line in block.lines:
            text = line.text.strip()
            kind = byline_kind(text)
            if kind and (not current or _ended(previous, edges)):
                flush()
                out.append(Byline(line, text, kind, names_in(text) if kind != "end" else []))
                previous = None
                continue
            if current and (_indented(line, edges) or _ended(previous, edges)):
                flush()
            current.append(line)
            previous = line
    flush()
    return out


def _indented(line: Line, edges: ColumnEdges) -> bool:
    return line.box.x0 - edges.left(line) >= INDENT * line.size


def _ended(line: Line | None, edges: ColumnEdges) -> bool:
    """A paragraph's last line: short of its column's edge."""
    if line is None:
        return True
    return edges.right(line) - line.box.x1 >= SHORT * line.size
