"""The sample page as if read from its PDF: segmented from its text, then every line given a
box by setting the page in columns, as a typesetter would, so the facsimile has real geometry
to work from before (and beside) the PDF reader.

The layout: an A3 page (842 × 1191 pt), furniture along the top, then the body items in
reading order poured down six columns of 12 pt lines; a head takes a line of its own, a photo
a 96 pt frame above its caption. Articles therefore run from the foot of one column to the
top of the next, as on a real page.
"""

from __future__ import annotations

from conftest import SAMPLE_TXT
from teipress.encode.facsimile import item_lines
from teipress.segment import segment_page
from teipress.segment.model import Article, Box, Figure, Line, Page, PageImage

A3 = (842.0, 1191.0)
TOP, BOTTOM, LEFT = 100.0, 1160.0, 30.0
COLUMN, GUTTER, LEADING, FRAME = 125.0, 5.0, 12.0, 96.0
# A tiny JPEG's first bytes stand for a photo's picture: the encoder only names the file.
JPEG = b"\xff\xd8\xff\xe0photo"


class _Setter:
    def __init__(self) -> None:
        self.column, self.y = 0, TOP

    def place(self, height: float) -> Box:
        if self.y + height > BOTTOM:
            self.column, self.y = self.column + 1, TOP
        assert self.column < 6, "the sample no longer fits six columns"
        x0 = LEFT + self.column * (COLUMN + GUTTER)
        box = Box(x0, self.y, x0 + COLUMN, self.y + height - 2)
        self.y += height
        return box


def laid_out_sample(photos: bool = True) -> Page:
    """The sample page with a box on every line, the page's size, and (``photos``) a picture
    in the frame above each photo's caption."""
    page = segment_page(SAMPLE_TXT.read_text("utf-8"), "乌海日报")
    page.size = A3
    for n, item in enumerate(page.furniture):
        item.box = Box(LEFT + 130 * n, 40, LEFT + 130 * n + 120, 60)
    setter = _Setter()
    laid: set[int] = set()

    def lay(lines: list[Line]) -> None:
        for line in lines:
            if id(line) not in laid:
                laid.add(id(line))
                line.box = setter.place(LEADING)

    for item in page.body:
        figures = item.figures if isinstance(item, Article) else [item]
        for figure in (f for f in figures if isinstance(f, Figure)):
            if photos:
                figure.image = PageImage(setter.place(FRAME), JPEG, "jpg")
            lay(item_lines(figure))
        lay(item_lines(item))
    return page
