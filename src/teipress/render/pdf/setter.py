"""Setting an article's body: its paragraphs broken into justified lines, its subheads, lead,
photos and bylines turned into pieces a whole number of body lines high, and the pieces set
in columns (:mod:`teipress.render.pdf.columns`).

A photo with an image file stands at the head of the article's columns, two or three columns
wide, its caption under it at its width. A photo without one is a compact box in the flow
of its column: title, caption, credit, never a strip across the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from teipress.render.pdf.columns import (
    COLUMN_PT,
    LINE_PT,
    Photo,
    Piece,
    block_piece,
    columns_html,
    lines_for,
    paragraph_piece,
    photo_columns,
    span_pt,
)
from teipress.render.pdf.fonts import HEAD_FONT, TEXT_FONT, TextMeasure
from teipress.render.pdf.grid import BODY_PT
from teipress.render.pdf.justify import Line, break_paragraph, line_html
from teipress.render.view import FigureView, Inlines, ParagraphView, SectionView, plain_text

CAPTION_PT = 8.0
CAPTION_LEADING = 1.35
TITLE_PT = 9.5
BOX_INSET_PT = 1.5 * 72 / 25.4 + 0.6  # the caption box's padding and border
PHOTO_MAX_RATIO = 0.8  # a photo is at most this high for its width (landscape crop)


@dataclass(frozen=True)
class Image:
    """An image file a graphic names: its URI for WeasyPrint and its size in pixels."""

    uri: str
    size: tuple[int, int]


class BodySetter:
    """Sets bodies for one renderer: the fonts measured once, for every page."""

    def __init__(self, font_config: Any) -> None:
        self.text = TextMeasure(font_config, TEXT_FONT, BODY_PT)
        self.lead = TextMeasure(font_config, HEAD_FONT, BODY_PT)
        self.caption = TextMeasure(font_config, TEXT_FONT, CAPTION_PT)
        self.head = TextMeasure(font_config, HEAD_FONT, TITLE_PT)
        self.pitch = LINE_PT  # body lines apart, in pt: more to fill a short page
        self.max_depth_pt = 0.0  # a body deeper than this goes on in further blocks
        self._lines_cache: dict[tuple[int, str, float], list[Line]] = {}

    def new_page(self, pitch: float = LINE_PT, max_depth_pt: float | None = None) -> None:
        """Start a page (or set it again) with body lines ``pitch`` pt apart; bodies deeper
        than ``max_depth_pt`` are set in several blocks of columns, one under the other."""
        if pitch == LINE_PT:
            self._lines_cache.clear()
        self.pitch = pitch
        if max_depth_pt is not None:
            self.max_depth_pt = max_depth_pt

    def _break(self, content: Inlines, measure: TextMeasure, width: float,
               first_width: float) -> list[Line]:
        """A paragraph's lines (kept while the page is set again with another pitch)."""
        text = _lines_text(content)
        key = (id(measure), text, width)
        if key not in self._lines_cache:
            self._lines_cache[key] = break_paragraph(text, measure, width, first_width)
        return self._lines_cache[key]

    def body(self, blocks: Iterable[Any], columns: int, images: Mapping[str, Image],
             lead: Iterable[ParagraphView] = (), trailing: Iterable[Inlines] = ()) -> Markup:
        """The body as fixed, balanced columns; its first photo with an image at their head."""
        pieces: list[Piece] = []
        photo: Photo | None = None
        lead = list(lead)
        if lead:
            pieces.append(self._lead(lead))
        for block in _flat(blocks):
            if isinstance(block, FigureView):
                image = next((images[g.url] for g in block.graphics if g.url in images), None)
                if image is not None and photo is None:
                    photo = self._photo(block, image, photo_columns(columns))
                    continue
                pieces.append(self._box(block, image))
            elif isinstance(block, SectionView):
                pieces.append(self._subhead(block.heading))
            else:
                pieces.append(self._paragraph(block))
        for byline in trailing:
            markup = Markup('<p class="byline trailing">{}</p>').format(print_inline(byline))
            pieces.append(block_piece(markup, self._lines(plain_text(byline), self.text,
                                                          COLUMN_PT)))
        return columns_html(pieces, columns, photo, self.pitch,
                            int(self.max_depth_pt / self.pitch) if self.max_depth_pt else None)

    # pieces

    def _paragraph(self, paragraph: ParagraphView) -> Piece:
        if paragraph.rows:
            return self._entries(paragraph)
        if paragraph.kind not in ("p", "quote"):
            text = plain_text(paragraph.content)
            return block_piece(Markup('<p class="{} fixed">{}</p>').format(
                paragraph.kind, print_inline(paragraph.content)),
                self._lines(text, self.text, COLUMN_PT))
        lines = self._break(paragraph.content, self.text, COLUMN_PT,
                                COLUMN_PT - 2 * BODY_PT)
        return paragraph_piece(lines, f"{paragraph.kind} set")

    def _entries(self, block: ParagraphView) -> Piece:
        """A list or table as one block, kept whole in a column: its title, then a line an
        entry (a table's cells set apart), each as many lines as its text needs."""
        count = 0
        parts = []
        if block.heading:
            count += self._lines(plain_text(block.heading), self.text, COLUMN_PT)
            parts.append(Markup('<p class="list-head">{}</p>').format(print_inline(block.heading)))
        for row in block.rows:
            count += self._lines("　".join(plain_text(cell) for cell in row), self.text, COLUMN_PT)
            cells = Markup("").join(Markup('<span class="cell">{}</span>').format(
                print_inline(cell)) for cell in row)
            parts.append(Markup('<p class="entry">{}</p>').format(cells))
        return block_piece(Markup('<div class="{} fixed">').format(block.kind)
                           + Markup("").join(parts) + Markup("</div>"), count)

    def _lead(self, paragraphs: list[ParagraphView]) -> Piece:
        parts = []
        count = 0
        for paragraph in paragraphs:
            lines = self._break(paragraph.content, self.lead, COLUMN_PT,
                                    COLUMN_PT - 2 * BODY_PT)
            count += len(lines)
            parts.append(Markup('<p class="p set">') + Markup("").join(
                line_html(line, i == 0) for i, line in enumerate(lines)) + Markup("</p>"))
        height = count + 1
        return block_piece(Markup(f'<div class="lead" style="height:{height * self.pitch:.3f}pt">')
                           + Markup("").join(parts) + Markup("</div>"), height)

    def _subhead(self, heading: Inlines) -> Piece:
        text = plain_text(heading)
        rows = max(1, -(-int(self.head.width(text) * 1.05) // int(COLUMN_PT)))
        height = rows + 1
        leading = height * self.pitch / rows
        return block_piece(Markup(
            f'<h3 class="subhead" style="height:{height * self.pitch:.3f}pt;'
            f'line-height:{leading:.3f}pt">') + print_inline(heading) + Markup("</h3>"),
            height, keep_with_next=2)

    def _caption(self, figure: FigureView, width: float) -> tuple[Markup, float]:
        """The caption (title, text, credit) set ``width`` pt wide, and its height in pt."""
        parts = []
        height = 0.0
        if figure.title:
            rows = self._rows(plain_text(figure.title), self.head, width, 1.08)
            parts.append(Markup('<span class="photo-title">{}</span>').format(
                print_inline(figure.title)))
            height += rows * TITLE_PT * 1.3 + 0.8 * 72 / 25.4
        for paragraph in figure.caption:
            lines = self._break(paragraph.content, self.caption, width,
                                    width - 2 * CAPTION_PT)
            parts.append(Markup('<span class="caption">') + Markup("").join(
                line_html(line, i == 0) for i, line in enumerate(lines)) + Markup("</span>"))
            height += len(lines) * CAPTION_PT * CAPTION_LEADING
        if figure.credit:
            rows = self._rows(plain_text(figure.credit), self.caption, width)
            parts.append(Markup('<span class="credit">{}</span>').format(
                print_inline(figure.credit)))
            height += rows * CAPTION_PT * CAPTION_LEADING
        return Markup("<figcaption>") + Markup("").join(parts) + Markup("</figcaption>"), height

    def _box(self, figure: FigureView, image: Image | None) -> Piece:
        """A photo set in its column: a framed box, the image (if any) at the column's width."""
        inner = COLUMN_PT - 2 * BOX_INSET_PT
        caption, height = self._caption(figure, inner)
        img = Markup("")
        if image is not None:
            image_height = min(inner * image.size[1] / max(image.size[0], 1),
                               inner * PHOTO_MAX_RATIO * 1.5)
            img = _img(figure, image, inner, image_height)
            height += image_height + 1.5 * 72 / 25.4
        lines = lines_for(height + 2 * BOX_INSET_PT + self.pitch / 2, self.pitch)
        box = lines * self.pitch - self.pitch / 2
        return block_piece(Markup(
            f'<figure class="photo box" id="{escape(figure.id)}" style="height:{box:.3f}pt">')
            + img + caption + Markup("</figure>"), lines)

    def _photo(self, figure: FigureView, image: Image, columns: int) -> Photo:
        """A photo at the head of the columns, ``columns`` wide, the caption under it."""
        width = span_pt(columns)
        image_height = min(width * image.size[1] / max(image.size[0], 1),
                           width * PHOTO_MAX_RATIO)
        caption, height = self._caption(figure, width)
        lines = lines_for(image_height + 1.5 * 72 / 25.4 + height + self.pitch / 2, self.pitch)
        box = lines * self.pitch - self.pitch / 2
        markup = (Markup(f'<figure class="photo lead-photo" id="{escape(figure.id)}" style="'
                         f'width:{width:.3f}pt;height:{box:.3f}pt">')
                  + _img(figure, image, width, image_height) + caption + Markup("</figure>"))
        return Photo(markup, lines, columns)

    def _rows(self, text: str, measure: TextMeasure, width: float,
              factor: float = 1.0) -> int:
        return max(1, -(-int(measure.width(text) * factor) // max(int(width), 1)))

    def _lines(self, text: str, measure: TextMeasure, width: float) -> int:
        return self._rows(text, measure, width)


def _img(figure: FigureView, image: Image, width: float, height: float) -> Markup:
    """The image, cropped to its box (``object-fit``), with the caption as its alt text."""
    described = next((g.description for g in figure.graphics if g.description), "")
    alt = described or " ".join(t for t in [plain_text(figure.title)]
                                + [plain_text(p.content) for p in figure.caption] if t)
    return Markup('<img src="{}" alt="{}" style="width:{:.3f}pt;height:{:.3f}pt">').format(
        image.uri, alt or figure.id, width, height)


def _flat(blocks: Iterable[Any]) -> Iterable[Any]:
    """Blocks with each section's subhead before its own blocks (a section is set flat)."""
    for block in blocks:
        if isinstance(block, SectionView):
            if block.heading:
                yield SectionView(heading=block.heading)
            yield from _flat(block.blocks)
        else:
            yield block


def _lines_text(content: Inlines) -> str:
    """Inline content as the text printed: a newline for ``lb``, the rest as it stands."""
    return "".join(item if isinstance(item, str)
                   else ("\n" if item.tag == "lb" else "") + _lines_text(item.children)
                   for item in content)


def print_inline(content: Inlines) -> Markup:
    """Inline content as the printed page sets it: the text, and a line break for ``lb``.

    Print styles no name, quote or term (their marks are in the text), and every inline
    element is a box WeasyPrint has to break lines around: leaving them out makes layout
    about 15 % faster. (The HTML edition keeps them: :mod:`teipress.render.markup`.)
    """
    return Markup("").join(
        escape(item) if isinstance(item, str)
        else (Markup("<br>") if item.tag == "lb" else Markup("")) + print_inline(item.children)
        for item in content)
