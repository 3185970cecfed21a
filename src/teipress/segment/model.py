"""The page model: what segmentation found on a page, before it is encoded as TEI.

Every piece of text keeps its printed characters; the model only says what each piece is
and where it belongs, so the encoder can account for every character of the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

# What a reader gives segmentation; the page model is built on them (re-exported: the
# model's users take them from here).
from teipress.decode.lines import Box as Box
from teipress.decode.lines import Line as Line
from teipress.decode.lines import PageImage as PageImage

# What each piece is, as the segmenters name it; a misspelt name is a type error. An article's
# head roles (kicker, main, sub) and the furniture kinds are printed as they are spelt here, as
# ``head/@type`` and ``fw/@type``: closed lists in schema/teipress.odd.
HeadRole = Literal[
    "kicker",   # over the headline
    "main",     # the headline
    "sub",      # under the headline
    "section",  # a section's head within an article
    "title",    # a photo's title
    "label",    # a box label over a lead: 核心阅读
]
BylineKind = Literal[
    "lead",    # before the text: 本报记者 某某
    "trail",   # after the text: （某某）
    "credit",  # a photo's: 某某摄
    "end",     # an article's end mark: （完）
    "jump",    # a jump line: （下转A05版）
]
FurnitureKind = Literal[
    "pageNum",   # the printed page number
    "header",    # the section name
    "title",     # the paper's name
    "date",      # the date
    "editors",   # the editors line: 责任编辑 某某
    "masthead",  # a front page's masthead text no other kind names (from a PDF)
    "label",     # a column's label over briefs: 体坛简讯, heading no article (from a PDF)
]
# A block set apart from running text in a paragraph's place: printed as ``list`` (one
# ``item`` a row) or ``table`` (a ``row`` of ``cell``\ s), as in schema/teipress.odd.
BlockKind = Literal[
    "list",   # one entry a line: a names list, a programme listing, quotations
    "table",  # rows of cells set apart by wide gaps, figures in them
]


@dataclass
class Paragraph:
    """Running text: lines joined across wraps and column breaks."""

    lines: list[Line]
    text: str
    open: bool = False  # ends mid-sentence: a column break may continue it elsewhere
    wide: bool = False  # set wider than the body columns (a lead, a caption)
    label: Head | None = None  # a lead box's label printed over it: 核心阅读
    caption: bool = False  # set apart as a photo's caption, with no credit of its own
    # A list or table printed in the paragraph's place: ``rows`` hold its entries (a list's
    # rows one cell each), their characters those of ``text`` in order (segment/lists.py).
    block: BlockKind | None = None
    rows: list[list[str]] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.lines[0].number


@dataclass
class Head:
    """A heading printed on one or more lines (kept apart, for ``<lb/>``)."""

    lines: list[Line]
    role: HeadRole | None = None  # None: not yet known (a head in the pool)
    glued: bool = False  # set directly above a paragraph, with no blank line: a subhead
    parallel: bool = False  # one of several subheads run in after a label of one form (现象：…)
    series: bool = False  # a series tag in 【】 set right over a headline: its kicker, no subhead

    @property
    def text(self) -> str:
        return "".join(line.text.strip() for line in self.lines)

    @property
    def first_line(self) -> int:
        return self.lines[0].number


@dataclass
class Byline:
    """A reporters' line: leading (``本报记者 某某``), trailing (``（某某）``), a photo credit,
    or an article's end mark (``（完）``, kind ``end``) or jump line (``（下转A05版）``, kind
    ``jump``), printed where bylines are."""

    line: Line
    text: str
    kind: BylineKind
    names: list[str] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.line.number


@dataclass
class Dateline:
    """A wire or local dateline opening an article: ``新华社北京3月5日电``."""

    text: str
    byline: str = ""  # the reporters' bracket printed right after it: ``（记者 某某）``
    names: list[str] = field(default_factory=list)


@dataclass
class Section:
    head: Head
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Figure:
    caption: list[Paragraph]
    credit: Byline | None = None
    title: Head | None = None
    ident: str = ""
    image: PageImage | None = None  # from a PDF: the photo's own picture and frame

    @property
    def first_line(self) -> int:
        if self.caption:
            return self.caption[0].first_line
        if self.credit is None:
            raise ValueError(f"figure {self.ident} has neither caption nor credit")
        return self.credit.first_line


@dataclass
class Article:
    kicker: Head | None = None
    headline: Head | None = None
    subtitle: Head | None = None
    bylines: list[Byline] = field(default_factory=list)
    dateline: Dateline | None = None
    lead: Paragraph | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    trailing: list[Byline] = field(default_factory=list)
    ident: str = ""

    @property
    def body_paragraphs(self) -> list[Paragraph]:
        """Its paragraphs in reading order: those before any section head, then each
        section's."""
        return [*self.paragraphs, *(p for s in self.sections for p in s.paragraphs)]

    @property
    def first_line(self) -> int:
        body = self.body_paragraphs
        return body[0].first_line if body else 0


# What the text reader's passes carry: the pieces read from lines, then with photos made figures.
Piece = Paragraph | Head | Byline
Item = Paragraph | Head | Byline | Figure


@dataclass
class FurnitureItem:
    """One piece of page furniture, in printed order: ``pageNum``, ``editors``, ``header``
    (the section name), ``date``, ``title`` (the paper's name), ``masthead`` or ``label``."""

    kind: FurnitureKind
    text: str
    editors: list[tuple[str, list[str]]] = field(default_factory=list)
    box: Box | None = None  # from a PDF: where it is printed


@dataclass
class Page:
    furniture: list[FurnitureItem] = field(default_factory=list)
    page_number: str = ""  # in figures, unpadded (6, A7, 4 for 第四版): the page's @n
    printed_page_number: str = ""  # as the folio prints it (06, A07, 四)
    paper: str = ""  # the paper's name where the page prints it
    section: str = ""
    date: date | None = None
    date_text: str = ""
    editors: list[tuple[str, list[str]]] = field(default_factory=list)
    # heads and bylines stand in it only where no article took them (a page with none)
    body: list[Article | Figure | Paragraph | Head | Byline] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the page was read, for --explain
    size: tuple[float, float] | None = None  # from a PDF: width and height in points

    def explain(self, message: str) -> None:
        self.notes.append(message)
