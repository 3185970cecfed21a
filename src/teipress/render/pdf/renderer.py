"""The renderer: TEI pages laid out as newspaper pages by WeasyPrint, written as PDF.

A :class:`PdfRenderer` pays once for WeasyPrint's import, the fonts, the templates and the
stylesheets (``stylesheets/print/``), then renders many pages. The body's lines are broken
and justified by :mod:`teipress.render.pdf.justify` before WeasyPrint sees them.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import warnings
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from teipress import __version__
from teipress.edition import Edition, Editions
from teipress.errors import TeipressError, UsageError
from teipress.fileio import write_atomic
from teipress.render.imagesize import image_size
from teipress.render.pdf.compose import article_spans, attach_figures, first_row, page_runs
from teipress.render.pdf.fill import LINE_PT, MAX_SETTINGS, REFILL, Fill, page_fill
from teipress.render.pdf.fonts import check_fonts, harfbuzz_subset_available
from teipress.render.pdf.grid import page_grid
from teipress.render.pdf.metadata import (
    LANG,
    PDF_VARIANT,
    attachment_name,
    authors,
    issue_datetime,
    page_label,
    page_label_short,
    page_title,
    set_bleed_box,
)
from teipress.render.pdf.setter import BodySetter, Image, print_inline
from teipress.render.view import (
    ArticleView,
    FigureView,
    PageView,
    SectionView,
    load_page,
    plain_text,
)
from teipress.resources import data_dir
from teipress.safepaths import inside

log = logging.getLogger(__name__)
BODY_SHARE = 0.8  # a body deeper than this share of the page is set in blocks a page can hold


class PdfRenderer:
    """Renders TEI page files as PDF; build one and reuse it for many pages."""

    def __init__(self, print_marks: bool = False) -> None:
        """``print_marks``: a 3 mm bleed, crop and cross marks outside it, for the printer.
        What WeasyPrint warns of, and graphics missing, are logged (warnings)."""
        weasyprint = _import_weasyprint()
        from weasyprint.text.fonts import FontConfiguration

        self._print_marks = print_marks
        check_fonts()
        if not harfbuzz_subset_available():
            log.warning("libharfbuzz-subset0 is not installed: fonts are subset with fontTools, "
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
        self._editions = Editions()
        self._setter = BodySetter(self._font_config)

    # one page

    def write_page(self, tei_path: Path, out_path: Path) -> PageView:
        """Render one TEI page file to ``out_path`` (written atomically); returns the page."""
        page, data = self.page_pdf(tei_path)
        write_atomic(Path(out_path), data)
        return page

    def page_pdf(self, tei_path: Path) -> tuple[PageView, bytes]:
        """One TEI page file as PDF bytes, with the page read from it."""
        page, document = self.layout(tei_path)
        return page, self._write(document, [page], page_title(page))

    # several pages in one document

    def write_pages(self, tei_paths: Sequence[Path], out_path: Path,
                    title: str | None = None) -> list[PageView]:
        """Render several TEI pages (an issue) into one PDF, in the order given."""
        pages, data = self.pages_pdf(tei_paths, title)
        write_atomic(Path(out_path), data)
        return pages

    def pages_pdf(self, tei_paths: Sequence[Path],
                  title: str | None = None) -> tuple[list[PageView], bytes]:
        """Several TEI pages as one PDF: a bookmark per page with one per article under it,
        every page's TEI attached. ``title`` defaults to the paper and the first page's date."""
        laid_out = [self.layout(path) for path in tei_paths]
        return [page for page, _ in laid_out], self._issue_pdf(laid_out, title)

    def write_issue(self, tei_paths: Sequence[Path], issue_path: Path | None,
                    page_paths: Sequence[Path | None], title: str | None = None,
                    edition: Edition | None = None) -> list[PageView]:
        """The edition build's call: one PDF per page (``page_paths``, in the order of
        ``tei_paths``) and one for the whole issue, each page laid out only once; a None path
        is a PDF not wanted (up to date). The files are the same bytes that
        :meth:`write_page` and :meth:`write_pages` write. ``edition``: the settings the build
        read (default: the nearest ``edition.toml`` above each page)."""
        if len(page_paths) != len(tei_paths):
            raise UsageError(f"{len(tei_paths)} pages but {len(page_paths)} page PDF paths")
        laid_out = [self.layout(path, edition) for path in tei_paths]
        for (page, document), out_path in zip(laid_out, page_paths, strict=True):
            if out_path is not None:
                write_atomic(Path(out_path), self._write(document, [page], page_title(page)))
        if issue_path is not None:
            write_atomic(Path(issue_path), self._issue_pdf(laid_out, title))
        return [page for page, _ in laid_out]

    def _issue_pdf(self, laid_out: Sequence[tuple[PageView, Any]], title: str | None) -> bytes:
        if not laid_out:
            raise UsageError("no pages to render")
        pages = [page for page, _ in laid_out]
        names = [attachment_name(page) for page in pages]
        if len(set(names)) != len(names):
            raise UsageError("two pages have the same TEI id; each page needs its own")
        document = laid_out[0][1].copy([box for _, doc in laid_out for box in doc.pages])
        document.metadata = copy.copy(document.metadata)  # the first page's stays its own
        first = pages[0]
        title = title or " ".join(t for t in (first.paper, first.date_text or first.date) if t)
        return self._write(document, pages, title or first.id)

    # the work

    def layout(self, tei_path: Path, edition: Edition | None = None) -> tuple[PageView, Any]:
        """Read a TEI page file and lay it out: the page and its ``weasyprint.Document``;
        the page size from ``edition``, or the nearest ``edition.toml`` above the page."""
        tei_path = Path(tei_path)
        page = load_page(tei_path)
        edition = edition or self._editions.of(tei_path)
        grid = page_grid(edition.page_size, str(edition.settings_file or "page-size"))
        items, extras = attach_figures(page.items)
        spans = article_spans(items, grid)
        images = self._images(page, tei_path)

        def body(article: ArticleView, columns: int) -> Markup:
            return self._setter.body([*article.blocks, *extras.get(article.id, ())], columns,
                                     images, article.lead, article.trailing_bylines)

        def render(air: float, said: bool) -> Any:
            html = self._template.render(
                page=page, grid=grid, lang=LANG, title=page_title(page), inline=print_inline,
                body=body, items=items, air=air,
                loose=lambda run: self._setter.body(run, grid.columns, images),
                runs=page_runs, plain_text=plain_text, spans=spans,
                first_row=first_row(items, spans, grid))
            with _weasyprint_said(said, f"{tei_path}: "):
                return self._weasyprint.HTML(
                    string=html, base_url=base_url, url_fetcher=self._fetcher(tei_path.parent),
                ).render(
                    stylesheets=self._stylesheets, font_config=self._font_config,
                    cache=self._image_caches.setdefault(tei_path.resolve().parent, {}))

        base_url = tei_path.resolve().parent.as_uri()
        self._setter.new_page(max_depth_pt=grid.content_height_pt * BODY_SHARE)
        document = render(0.0, said=True)
        # set again, filled (WeasyPrint's warnings said once): the estimate is tried, and
        # halved towards the last that fitted when rounding pushed it onto a second page;
        # a page still short by more than REFILL of its height is filled again
        fitted = Fill(LINE_PT, 0.0)
        fill = page_fill(document)
        for _ in range(MAX_SETTINGS):
            if fill is None:
                break
            self._setter.new_page(fill.pitch)
            filled = render(fill.air, said=False)
            if len(filled.pages) == 1:
                document, fitted = filled, fill
                fill = page_fill(document, fill, enough=REFILL)
            else:
                fill = Fill((fill.pitch + fitted.pitch) / 2, (fill.air + fitted.air) / 2)
        self._setter.new_page(fitted.pitch)
        return page, document

    def _write(self, document: Any, pages: Sequence[PageView], title: str) -> bytes:
        """PDF/A-3a bytes with the TEI files attached and the metadata set for ``pages``."""
        metadata = document.metadata
        metadata.title = title
        metadata.description = (page_label(pages[0]) if len(pages) == 1 else
                                f"{title}: " + "、".join(map(page_label_short, pages)))
        metadata.authors = list(authors(pages))
        metadata.lang = LANG
        metadata.keywords = list(dict.fromkeys(k for page in pages for k in page.keywords))
        metadata.generator = f"teipress {__version__}"
        created = issue_datetime(pages[0])
        metadata.created = metadata.modified = (
            created.strftime("%Y-%m-%dT%H:%M:%SZ") if pages[0].date else None)
        attachments = [
            self._weasyprint.Attachment(
                string=page.source.read_bytes(), name=attachment_name(page),
                description=f"TEI P5 source of {page_title(page)}",
                created=issue_datetime(page), modified=issue_datetime(page),
                relationship="Source")
            for page in pages
        ]
        finisher = set_bleed_box if self._print_marks else None
        with _weasyprint_said(True):
            return document.write_pdf(pdf_variant=PDF_VARIANT, attachments=attachments,
                                      finisher=finisher)

    def _fetcher(self, folder: Path) -> Any:
        """WeasyPrint reads only files inside ``folder`` and teipress's print stylesheets."""
        # fetcher imports WeasyPrint at its top: it loads with the renderer, never before
        from teipress.render.fetcher import FolderFetcher

        return FolderFetcher([folder, self._own_files])

    def _images(self, page: PageView, tei_path: Path) -> dict[str, Image]:
        """The page's graphic URLs mapped to the file URL and size of their image; a URL that
        is not a file inside the page's folder refuses the page
        (:func:`teipress.safepaths.inside`)."""
        found: dict[str, Image] = {}
        for figure in _all_figures(page):
            for graphic in figure.graphics:
                if graphic.url in found:
                    continue
                image = inside(tei_path.parent, graphic.url, what=f"{tei_path}: graphic/@url")
                if image.is_file():
                    # 4:3 when it cannot be read (WeasyPrint says why) or states no size
                    size = image_size(image)
                    found[graphic.url] = Image(image.as_uri(),
                                               size if size and all(size) else (4, 3))
                else:
                    log.warning("%s: graphic %s: no such file", tei_path, graphic.url)
        return found


def render_page_pdf(tei_path: Path, out_path: Path, print_marks: bool = False) -> PageView:
    """Render one TEI page file as a PDF (a renderer of its own; keep a
    :class:`PdfRenderer` for many pages)."""
    return PdfRenderer(print_marks=print_marks).write_page(tei_path, out_path)


def render_pages_pdf(tei_paths: Sequence[Path], out_path: Path, title: str | None = None,
                     print_marks: bool = False) -> list[PageView]:
    """Render several TEI page files (an issue) into one PDF."""
    return PdfRenderer(print_marks=print_marks).write_pages(tei_paths, out_path, title)


@contextlib.contextmanager
def _weasyprint_said(said: bool, prefix: str = "") -> Iterator[None]:
    """Pass WeasyPrint's warnings and errors (an image it cannot read, CSS it ignores) on as
    teipress warnings, when ``said`` (a page set again says nothing new): WeasyPrint logs
    them to a logger of its own that, left alone, says nothing."""

    class Forward(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if said:
                log.warning("%sWeasyPrint: %s", prefix, record.getMessage())

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
    env.tests.update(section=lambda x: isinstance(x, SectionView),
                     figure=lambda x: isinstance(x, FigureView))
    return env


def _all_figures(page: PageView) -> Iterator[FigureView]:
    for item in page.items:
        if isinstance(item, FigureView):
            yield item
        elif isinstance(item, ArticleView):
            yield from item.figures
