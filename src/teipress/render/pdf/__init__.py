"""The print-ready PDF edition: TEI pages laid out as newspaper pages by WeasyPrint.

Each PDF is PDF/A-3a (tagged: structure tree, reading order, alt text) with the page's TEI
attached as its source, metadata from the TEI (title, paper, date, the bylines' authors,
language), a bookmark per page and per article, and only font subsets embedded. It is
reproducible: the dates inside come from the issue date, never the clock, so the same TEI
gives the same bytes. Body columns are justified to Chinese rules (W3C clreq):
:mod:`~teipress.render.pdf.justify`.

A :class:`PdfRenderer` pays once for WeasyPrint's import, the fonts, the templates and the
stylesheets (``stylesheets/print/``), then renders many pages; the edition build keeps one::

    renderer = PdfRenderer(print_marks=False)      # warnings: logged to teipress.render.pdf
    renderer.write_page(Path("03.xml"), Path("03.pdf"))            # one page
    renderer.write_pages([p1, p2, p3], Path("issue.pdf"))          # one issue, one document
    renderer.write_issue([p1, p2], Path("issue.pdf"), [Path("01.pdf"), Path("02.pdf")])
                                                # both at once, each page laid out once

:func:`render_page_pdf` and :func:`render_pages_pdf` do the same with a renderer of their own.
The page size comes from ``[print] page-size`` in the nearest ``edition.toml`` above the TEI.

Modules: :mod:`.grid` (page sizes, the column grid), :mod:`.fonts` (fonts installed, text
measured as Pango sets it), :mod:`.justify` (line breaking), :mod:`.compose` (articles to rows
and columns), :mod:`.metadata` (what the PDF says about itself), :mod:`.renderer`.
"""

from teipress.render.pdf.compose import article_spans, first_row, page_runs
from teipress.render.pdf.fonts import check_fonts, harfbuzz_subset_available
from teipress.render.pdf.grid import COLUMN_EM, GAP_EM, Grid, page_grid
from teipress.render.pdf.renderer import PdfRenderer, render_page_pdf, render_pages_pdf

__all__ = [
    "COLUMN_EM", "GAP_EM", "Grid", "PdfRenderer", "article_spans", "check_fonts",
    "first_row", "harfbuzz_subset_available", "page_grid", "page_runs", "render_page_pdf",
    "render_pages_pdf",
]
