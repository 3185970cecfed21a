"""Segmentation: a page's extracted text or PDF → the page model (furniture, articles, photos).

Each reader is a table of named passes over one page state (``segment.passes``): the text
reader's in ``segment.text_passes``, the PDF reader's in ``segment.geometry``.
"""

from __future__ import annotations

from teipress.segment.geometry import segment_pdf_page
from teipress.segment.model import Page
from teipress.segment.text_passes import segment_page

__all__ = ["Page", "segment_page", "segment_pdf_page"]
