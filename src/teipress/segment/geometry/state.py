"""The PDF reader's page state: what its passes (``segment.geometry.PDF_PASSES``) read and fill.

A field is empty until the pass that makes it has run; the table of passes says which that is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from teipress.segment.geometry.blocks import Block
from teipress.segment.geometry.photos import Photo
from teipress.segment.geometry.regions import Region
from teipress.segment.geometry.roles import HeadGroup
from teipress.segment.model import Box, Line, Page

if TYPE_CHECKING:
    from teipress.decode.pdf import PdfPage


@dataclass
class GeometryState:
    """One page read from its PDF on its way to the page model."""

    pdf: PdfPage
    paper_title: str = ""
    page: Page = field(default_factory=Page)
    # furniture: the text lines in printed order (top down, left to right), furniture taken out
    lines: list[Line] = field(default_factory=list)
    # blocks: lines chained into blocks, and the body text's size in points
    blocks: list[Block] = field(default_factory=list)
    body: float = 0.0
    # roles: the head blocks stacked into head groups (kicker, headline, subtitle)
    groups: list[HeadGroup] = field(default_factory=list)
    # photos: pictures with their captions, credits and titles (their blocks taken out)
    photos: list[Photo] = field(default_factory=list)
    # regions: the frames that set articles apart, and each head group's region of blocks
    frames: list[Box] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
