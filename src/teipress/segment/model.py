"""The page model: what segmentation found on a page, before it is encoded as TEI.

Every piece of text keeps its printed characters; the model only says what each piece is
and where it belongs, so the encoder can account for every character of the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# What a reader gives segmentation; the page model is built on them (re-exported: the
# model's users take them from here).
from teipress.decode.lines import Box as Box
from teipress.decode.lines import Line as Line
from teipress.decode.lines import PageImage as PageImage


@dataclass
class Paragraph:
    """Running text: lines joined across wraps and column breaks."""

    lines: list[Line]
    text: str
    open: bool = False  # ends mid-sentence: a column break may continue it elsewhere
    wide: bool = False  # set wider than the body columns (a lead, a caption)
    label: Head | None = None  # a lead box's label printed over it: 核心阅读

    @property
    def first_line(self) -> int:
        return self.lines[0].number


@dataclass
class Head:
    """A heading printed on one or more lines (kept apart, for ``<lb/>``)."""

    lines: list[Line]
    role: str = ""  # kicker | main | sub | section | title (of a photo)
    glued: bool = False  # set directly above a paragraph, with no blank line: a subhead

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
    kind: str  # lead | trail | credit | end | jump
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
        return self.caption[0].first_line if self.caption else self.credit.first_line


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
    def first_line(self) -> int:
        body = self.paragraphs or [p for s in self.sections for p in s.paragraphs]
        return body[0].first_line if body else 0


@dataclass
class FurnitureItem:
    """One piece of page furniture, in printed order: ``pageNum``, ``editors``, ``header``
    (the section name), ``date``, or ``title`` (the paper's name)."""

    kind: str
    text: str
    editors: list[tuple[str, list[str]]] = field(default_factory=list)
    box: Box | None = None  # from a PDF: where it is printed


@dataclass
class Page:
    furniture: list[FurnitureItem] = field(default_factory=list)
    page_number: str = ""
    paper: str = ""  # the paper's name where the page prints it
    section: str = ""
    date: date | None = None
    date_text: str = ""
    editors: list[tuple[str, list[str]]] = field(default_factory=list)
    body: list[Article | Figure | Paragraph] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the page was read, for --explain
    size: tuple[float, float] | None = None  # from a PDF: width and height in points

    def explain(self, message: str) -> None:
        self.notes.append(message)
