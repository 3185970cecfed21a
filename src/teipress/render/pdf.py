"""The print-ready PDF edition: TEI pages laid out as newspaper pages by WeasyPrint.

Each PDF is PDF/A-3b with the page's TEI attached as its source, metadata from the TEI
(title, paper, date, the bylines' authors, language), a bookmark per page and per article,
and only font subsets embedded. It is reproducible: the dates inside come from the issue
date, never the clock, so the same TEI gives the same bytes.

A :class:`PdfRenderer` pays once for WeasyPrint's import, the fonts, the templates and the
stylesheets (``stylesheets/print/``), then renders many pages; the edition build keeps one::

    renderer = PdfRenderer(print_marks=False, warn=print)
    renderer.write_page(Path("03.xml"), Path("03.pdf"))            # one page
    renderer.write_pages([p1, p2, p3], Path("issue.pdf"))          # one issue, one document
    renderer.write_issue([p1, p2], Path("issue.pdf"), [Path("01.pdf"), Path("02.pdf")])
                                                # both at once, each page laid out once

:func:`render_page_pdf` and :func:`render_pages_pdf` do the same with a renderer of their own.
The page size comes from ``[print] page-size`` in the nearest ``edition.toml`` above the TEI.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import logging
import math
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from teipress import __version__
from teipress.edition import Edition, find_edition_file, load_edition
from teipress.errors import InputError, TeipressError, UsageError
from teipress.fileio import write_atomic
from teipress.render.view import (
    Article,
    Figure,
    Inlines,
    Page,
    Section,
    article_text,
    load_page,
    plain_text,
)
from teipress.resources import data_dir
from teipress.safepaths import inside

Warn = Callable[[str], None]

TEXT_FONT = "Noto Serif CJK SC"
HEAD_FONT = "Noto Sans CJK SC"
FONT_PACKAGE = "fonts-noto-cjk"
PDF_VARIANT = "pdf/a-3b"
LANG = "zh-Hans"

# The grid print.css is drawn on: keep these in step with its @page margin and font-size.
BODY_PT = 9.0
COLUMN_EM = 13
GAP_EM = 1.5
SIDE_MARGIN_MM = 12.0
MIN_COLUMN_LINES = 14  # a short article is set in fewer columns, at least this deep

PAGE_SIZES_MM = {
    "a5": (148, 210), "a4": (210, 297), "a3": (297, 420), "a2": (420, 594), "a1": (594, 841),
    "b5": (176, 250), "b4": (250, 353), "b3": (353, 500),
    "jis-b5": (182, 257), "jis-b4": (257, 364),
    "letter": (215.9, 279.4), "legal": (215.9, 355.6), "ledger": (279.4, 431.8),
}
_MM = r"(\d+(?:\.\d+)?)\s*(?:mm)?"


@dataclass(frozen=True)
class Grid:
    """The column grid of a page size: ``columns`` columns of :data:`COLUMN_EM` characters,
    ``measure`` em wide in all (gaps included)."""

    page_size: str  # a CSS @page size value, e.g. "A3" or "350mm 500mm"
    columns: int

    @property
    def measure(self) -> float:
        return self.span(self.columns)

    def span(self, columns: int) -> float:
        """The width in em of ``columns`` columns and the gaps between them."""
        return columns * COLUMN_EM + (columns - 1) * GAP_EM


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
    em_mm = BODY_PT * 25.4 / 72
    available = (width - 2 * SIDE_MARGIN_MM) / em_mm
    columns = max(1, int((available + GAP_EM) // (COLUMN_EM + GAP_EM)))
    return Grid(page_size=css, columns=columns)


class PdfRenderer:
    """Renders TEI page files as PDF; build one and reuse it for many pages."""

    def __init__(self, print_marks: bool = False, warn: Warn | None = None) -> None:
        """``print_marks``: 3 mm bleed with crop and cross marks, for the printer."""
        weasyprint = _import_weasyprint()
        from weasyprint.text.fonts import FontConfiguration

        self._warn = warn or (lambda message: None)
        check_fonts()
        if not harfbuzz_subset_available():
            self._warn("libharfbuzz-subset0 is not installed: fonts are subset with fontTools, "
                       "some 20 times slower (Debian: apt install libharfbuzz-subset0)")
        self._weasyprint = weasyprint
        self._font_config = FontConfiguration()
        folder = data_dir("stylesheets") / "print"
        names = ["print.css", "trim.css"] if print_marks else ["print.css"]
        self._own_files = folder  # what WeasyPrint may read besides the page's folder
        self._stylesheets = [weasyprint.CSS(filename=folder / name, font_config=self._font_config,
                                            url_fetcher=self._fetcher(folder))
                             for name in names]
        self._template = _environment(folder).get_template("page.html.j2")
        # images by URL, one cache per page folder: a page never gets another folder's files
        self._image_caches: dict[Path, dict[str, Any]] = {}
        self._editions: dict[Path | None, Edition] = {}

    # one page

    def write_page(self, tei_path: Path, out_path: Path) -> Page:
        """Render one TEI page file to ``out_path`` (written atomically); returns the page."""
        page, data = self.page_pdf(tei_path)
        write_atomic(Path(out_path), data)
        return page

    def page_pdf(self, tei_path: Path) -> tuple[Page, bytes]:
        """One TEI page file as PDF bytes, with the page read from it."""
        page, document = self.layout(tei_path)
        return page, self._write(document, [page], _page_title(page))

    # several pages in one document

    def write_pages(self, tei_paths: Sequence[Path], out_path: Path,
                    title: str | None = None) -> list[Page]:
        """Render several TEI pages (an issue) into one PDF, in the order given."""
        pages, data = self.pages_pdf(tei_paths, title)
        write_atomic(Path(out_path), data)
        return pages

    def pages_pdf(self, tei_paths: Sequence[Path],
                  title: str | None = None) -> tuple[list[Page], bytes]:
        """Several TEI pages as one PDF: a bookmark per page with one per article under it,
        every page's TEI attached. ``title`` defaults to the paper and the first page's date."""
        laid_out = [self.layout(path) for path in tei_paths]
        return [page for page, _ in laid_out], self._issue_pdf(laid_out, title)

    def write_issue(self, tei_paths: Sequence[Path], issue_path: Path | None,
                    page_paths: Sequence[Path | None], title: str | None = None) -> list[Page]:
        """The edition build's call: one PDF per page (``page_paths``, in the order of
        ``tei_paths``) and one for the whole issue, each page laid out only once; a None path
        is a PDF not wanted (up to date). The files are the same bytes that
        :meth:`write_page` and :meth:`write_pages` write."""
        if len(page_paths) != len(tei_paths):
            raise UsageError(f"{len(tei_paths)} pages but {len(page_paths)} page PDF paths")
        laid_out = [self.layout(path) for path in tei_paths]
        for (page, document), out_path in zip(laid_out, page_paths, strict=True):
            if out_path is not None:
                write_atomic(Path(out_path), self._write(document, [page], _page_title(page)))
        if issue_path is not None:
            write_atomic(Path(issue_path), self._issue_pdf(laid_out, title))
        return [page for page, _ in laid_out]

    def _issue_pdf(self, laid_out: Sequence[tuple[Page, Any]], title: str | None) -> bytes:
        if not laid_out:
            raise UsageError("no pages to render")
        pages = [page for page, _ in laid_out]
        names = [_attachment_name(page) for page in pages]
        if len(set(names)) != len(names):
            raise UsageError("two pages have the same TEI id; each page needs its own")
        document = laid_out[0][1].copy([box for _, doc in laid_out for box in doc.pages])
        document.metadata = copy.copy(document.metadata)  # the first page's stays its own
        first = pages[0]
        title = title or " ".join(t for t in (first.paper, first.date_text or first.date) if t)
        return self._write(document, pages, title or first.id)

    # the work

    def layout(self, tei_path: Path) -> tuple[Page, Any]:
        """Read a TEI page file and lay it out: the page and its ``weasyprint.Document``."""
        tei_path = Path(tei_path)
        page = load_page(tei_path)
        edition = self._edition(tei_path)
        grid = page_grid(edition.page_size, str(edition.root / "edition.toml")
                         if edition.root else "page-size")
        spans = article_spans(page.items, grid)
        html = self._template.render(page=page, grid=grid, lang=LANG, title=_page_title(page),
                                     images=self._images(page, tei_path), inline=print_inline,
                                     runs=page_runs, plain_text=plain_text, spans=spans,
                                     first_row=first_row(page.items, spans, grid))
        base_url = tei_path.resolve().parent.as_uri()
        with _weasyprint_log_to(self._warn, f"{tei_path}: "):
            document = self._weasyprint.HTML(
                string=html, base_url=base_url, url_fetcher=self._fetcher(tei_path.parent),
            ).render(
                stylesheets=self._stylesheets, font_config=self._font_config,
                cache=self._image_caches.setdefault(tei_path.resolve().parent, {}))
        return page, document

    def _write(self, document: Any, pages: Sequence[Page], title: str) -> bytes:
        """PDF/A-3b bytes with the TEI files attached and the metadata set for ``pages``."""
        metadata = document.metadata
        metadata.title = title
        metadata.description = (_page_label(pages[0]) if len(pages) == 1 else
                                f"{title}: " + "、".join(map(_page_label_short, pages)))
        metadata.authors = list(_authors(pages))
        metadata.lang = LANG
        metadata.keywords = list(dict.fromkeys(k for page in pages for k in page.keywords))
        metadata.generator = f"teipress {__version__}"
        created = _issue_datetime(pages[0])
        metadata.created = metadata.modified = (
            created.strftime("%Y-%m-%dT%H:%M:%SZ") if pages[0].date else None)
        attachments = [
            self._weasyprint.Attachment(
                string=page.source.read_bytes(), name=_attachment_name(page),
                description=f"TEI P5 source of {_page_title(page)}",
                created=_issue_datetime(page), modified=_issue_datetime(page),
                relationship="Source")
            for page in pages
        ]
        with _weasyprint_log_to(self._warn):
            return document.write_pdf(pdf_variant=PDF_VARIANT, attachments=attachments)

    def _fetcher(self, folder: Path) -> Any:
        """WeasyPrint reads only files inside ``folder`` and teipress's print stylesheets."""
        from teipress.render.fetcher import FolderFetcher

        return FolderFetcher([folder, self._own_files])

    def _edition(self, tei_path: Path) -> Edition:
        settings = find_edition_file(tei_path)
        if settings not in self._editions:
            self._editions[settings] = load_edition(settings)
        return self._editions[settings]

    def _images(self, page: Page, tei_path: Path) -> dict[str, str]:
        """The page's graphic URLs mapped to the file URL of their image; a URL that is not
        a file inside the page's folder refuses the page (:func:`teipress.safepaths.inside`)."""
        found: dict[str, str] = {}
        for figure in _all_figures(page):
            for graphic in figure.graphics:
                if graphic.url in found:
                    continue
                image = inside(tei_path.parent, graphic.url, what=f"{tei_path}: graphic/@url")
                if image.is_file():
                    found[graphic.url] = image.as_uri()
                else:
                    self._warn(f"{tei_path}: graphic {graphic.url}: no such file")
        return found


def render_page_pdf(tei_path: Path, out_path: Path, print_marks: bool = False,
                    warn: Warn | None = None) -> Page:
    """Render one TEI page file as a PDF (a renderer of its own; keep a
    :class:`PdfRenderer` for many pages)."""
    return PdfRenderer(print_marks=print_marks, warn=warn).write_page(tei_path, out_path)


def render_pages_pdf(tei_paths: Sequence[Path], out_path: Path, title: str | None = None,
                     print_marks: bool = False, warn: Warn | None = None) -> list[Page]:
    """Render several TEI page files (an issue) into one PDF."""
    return PdfRenderer(print_marks=print_marks, warn=warn).write_pages(tei_paths, out_path, title)


def article_spans(items: Iterable[Any], grid: Grid) -> dict[str, int]:
    """How many of the grid's columns each article takes (by id).

    All of them, unless its text would stand fewer than :data:`MIN_COLUMN_LINES` lines deep in
    each; then as few as make it that deep (two at least). Consecutive short articles share a
    row, the last one widened to fill it; a short article alone in its row takes all columns.
    """
    spans: dict[str, int] = {}
    row: list[Article] = []

    def close_row() -> None:
        if row:
            spans[row[-1].id] = grid.columns - sum(spans[a.id] for a in row[:-1])
        row.clear()

    for item in items:
        if not isinstance(item, Article):
            close_row()
            continue
        columns = _columns_needed(item, grid)
        if sum(spans[a.id] for a in row) + columns > grid.columns:
            close_row()
        spans[item.id] = columns
        row.append(item)
    close_row()
    return spans


def first_row(items: Iterable[Any], spans: dict[str, int], grid: Grid) -> set[str]:
    """The ids of the articles in the page's first row, right under the masthead's rule."""
    ids: set[str] = set()
    used = 0
    for item in items:
        if not isinstance(item, Article) or used + spans[item.id] > grid.columns:
            break
        ids.add(item.id)
        used += spans[item.id]
    return ids


def _columns_needed(article: Article, grid: Grid) -> int:
    lines = sum(math.ceil((len(run) + 2) / COLUMN_EM) for run in article_text(article).split("\n"))
    return max(min(grid.columns, 2), min(grid.columns, math.ceil(lines / MIN_COLUMN_LINES)))


def page_runs(items: Iterable[Any]) -> Iterator[tuple[str, list[Any]]]:
    """The page's items as the printed page groups them: each article alone, consecutive
    stand-alone photos in one row, consecutive loose paragraphs in one block of columns."""
    run: list[Any] = []
    kind = ""
    for item in items:
        item_kind = ("article" if isinstance(item, Article)
                     else "figures" if isinstance(item, Figure) else "text")
        if run and (item_kind != kind or kind == "article"):
            yield kind, run
            run = []
        kind = item_kind
        run.append(item)
    if run:
        yield kind, run


def check_fonts() -> None:
    """Raise a one-line error naming the package when fontconfig lacks the CJK fonts."""
    from weasyprint.text.ffi import ffi, fontconfig

    for family in (TEXT_FONT, HEAD_FONT):
        pattern = fontconfig.FcPatternCreate()
        try:
            fontconfig.FcPatternAddString(pattern, b"family", family.encode())
            fontconfig.FcConfigSubstitute(ffi.NULL, pattern, fontconfig.FcMatchPattern)
            fontconfig.FcDefaultSubstitute(pattern)
            result = ffi.new("FcResult *")
            match = fontconfig.FcFontMatch(ffi.NULL, pattern, result)
            found = ""
            if match != ffi.NULL:
                name = ffi.new("FcChar8 **")
                if fontconfig.FcPatternGetString(match, b"family", 0, name) == 0:
                    found = ffi.string(name[0]).decode("utf-8", "replace")
                fontconfig.FcPatternDestroy(match)
        finally:
            fontconfig.FcPatternDestroy(pattern)
        if found != family:
            raise TeipressError(f"font {family!r} is not installed "
                                f"(Debian: apt install {FONT_PACKAGE})")


def harfbuzz_subset_available() -> bool:
    """Whether WeasyPrint found libharfbuzz-subset (fast font subsetting), as it checks."""
    from weasyprint.text import ffi

    return ffi.harfbuzz_subset is not None


@contextlib.contextmanager
def _weasyprint_log_to(warn: Warn, prefix: str = "") -> Iterator[None]:
    """Pass WeasyPrint's warnings and errors (an image it cannot read, CSS it ignores) on to
    ``warn``: WeasyPrint logs them to a logger that, left alone, says nothing."""

    class Forward(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            warn(f"{prefix}WeasyPrint: {record.getMessage()}")

    logger = logging.getLogger("weasyprint")
    handler = Forward(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def _import_weasyprint() -> Any:
    """Import WeasyPrint; its own warning about HarfBuzz-Subset is replaced by ours."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset")
        try:
            import weasyprint
        except OSError as exc:  # a system library (Pango) is missing
            raise TeipressError(f"WeasyPrint cannot start: {exc}") from exc
    return weasyprint


@cache
def _environment(folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plain_text"] = plain_text
    env.tests.update(section=lambda x: isinstance(x, Section),
                     figure=lambda x: isinstance(x, Figure))
    return env


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


def _page_title(page: Page) -> str:
    return page.title or _page_label(page)


def _page_label(page: Page) -> str:
    """Paper, printed date, page and section: ``乌海日报 2022年11月22日 星期二 第3版 经济``."""
    parts = (page.paper, page.date_text or page.date,
             f"第{page.number}版" if page.number else "", page.section)
    return " ".join(p for p in parts if p) or page.id


def _page_label_short(page: Page) -> str:
    return " ".join(p for p in (f"第{page.number}版" if page.number else page.id,
                                page.section) if p)


def _authors(pages: Iterable[Page]) -> Iterator[str]:
    """The bylines' authors of the pages, each once, in order."""
    seen: dict[str, None] = {}
    for page in pages:
        for article in page.articles:
            seen.update(dict.fromkeys(article.authors))
    return iter(seen)


def _issue_datetime(page: Page) -> _dt.datetime:
    """Midnight (UTC) of the issue date: the only date a reproducible PDF may carry."""
    try:
        day = _dt.date.fromisoformat(page.date)
    except ValueError:
        day = _dt.date(1970, 1, 1)
    return _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC)


def _attachment_name(page: Page) -> str:
    stem = "".join(c if c.isalnum() or c in "-_." else "-" for c in page.id) or page.slug
    return f"{stem}.xml"


def _all_figures(page: Page) -> Iterator[Figure]:
    for item in page.items:
        if isinstance(item, Figure):
            yield item
        elif isinstance(item, Article):
            yield from item.figures
