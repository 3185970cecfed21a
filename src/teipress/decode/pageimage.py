"""The page image of the facsimile: each PDF page rendered once, for the HTML edition.

PDFium (pypdfium2, which reads the PDF's text too) renders the page as displayed (its
``/Rotate`` applied) at 150 pixels per inch: an A3 page is 1754 × 2481 pixels, enough to read
body text on a screen at 100 %, about 0.5–1 MB as JPEG. The same PDF gives the same bytes
(same PDFium and Pillow): no time or randomness goes into the file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

PAGE_IMAGE_PPI = 150
PAGE_IMAGE_QUALITY = 85  # JPEG quality: text edges stay clean, a dense page stays under 1 MB
PAGE_IMAGE_EXTENSION = "jpg"


@dataclass(frozen=True)
class RenderedPage:
    data: bytes
    width: int  # pixels
    height: int


class PageImages:
    """Renders the pages of one PDF, opened once, on the first page asked for (after the
    reader has checked the file): ``with PageImages(path) as images:``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._pdf = None

    def __enter__(self) -> PageImages:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def render(self, index: int) -> RenderedPage:
        """Page ``index`` (0-based) as a JPEG at :data:`PAGE_IMAGE_PPI`."""
        if self._pdf is None:
            import pypdfium2 as pdfium  # as in decode.pdf: only when a PDF is read

            self._pdf = pdfium.PdfDocument(str(self.path))
        page = self._pdf[index]
        try:
            bitmap = page.render(scale=PAGE_IMAGE_PPI / 72, may_draw_forms=False)
            image = bitmap.to_pil().convert("RGB")
        finally:
            page.close()
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=PAGE_IMAGE_QUALITY, optimize=True)
        return RenderedPage(out.getvalue(), image.width, image.height)
