"""Filling the page: a newspaper page has no empty band above its foot.

After a first layout, the space left between the lowest article and the foot of the page
(the top of the editors line) is given back, as a compositor feathers a page:

1. to the leading of the body, every line a little further apart (at most
   :data:`MAX_EXTRA_LEADING` em), so every column of the page stays on one grid;
2. what is left, to the space between the articles stacked from the page's top down to its
   foot (above each head but the first row's), at most :data:`MAX_AIR_LINES` body lines.

A page holding much less text than it has room for (a few short articles on A3) keeps a band
at its foot: spreading it as holes between the articles would not make a newspaper page.

The page is then set again (and again, a few times at most, if the estimate, which errs on
the short side, left a band, or rounding pushed the page over). Measured in a layout: each
article's place and the depth of its columns in lines, and which articles stand above which
(they move down with them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from teipress.render.pdf.grid import BODY_PT, LINE_HEIGHT

LINE_PT = BODY_PT * LINE_HEIGHT
MAX_EXTRA_LEADING = 0.3  # em: body line-height 1.33 at most 1.63
MAX_AIR_LINES = 4  # body lines of space between two rows, at most: more reads as a hole
PX_PER_PT = 4 / 3
ENOUGH = 0.005  # of the page height: a page this close to full is left as it is
SAFETY_PT = 4.0  # left between the lowest line and the foot, for rounding
REFILL = 0.025  # a filled page with a band still this deep (of its height) is filled again
MAX_SETTINGS = 3  # layouts after the first, at most


@dataclass(frozen=True)
class Fill:
    """How a page is set again: body lines ``pitch`` pt apart, ``air`` pt above each head."""

    pitch: float
    air: float


@dataclass
class _Block:
    """An article (or loose text) as laid out: where it is, in pt, and its body lines."""

    left: float
    right: float
    top: float
    bottom: float
    depth: int = 0  # body lines (of its columns) standing one above the other


def page_fill(document: Any, now: Fill | None = None, enough: float = ENOUGH) -> Fill | None:
    """How to fill the first page of a laid-out ``weasyprint.Document`` set as ``now`` says
    (by default: as first set); None when the band left is at most ``enough`` of the page
    (or the page ran over onto another)."""
    now = now or Fill(LINE_PT, 0.0)
    if len(document.pages) != 1:
        return None
    page_box = document.pages[0]._page_box
    foot = (page_box.content_box_y() + page_box.height) / PX_PER_PT
    blocks: list[_Block] = []
    columns: list[tuple[float, float, int]] = []  # (x, top, depth in lines) of each body
    for box in page_box.descendants():
        element = getattr(box, "element", None)
        if element is None or _anonymous(box):
            continue
        classes = (element.get("class") or "").split()
        if box.element_tag in ("section", "div") and (
                "article" in classes or "loose-text" in classes):
            top, left = box.position_y / PX_PER_PT, box.position_x / PX_PER_PT
            blocks.append(_Block(left, left + box.margin_width() / PX_PER_PT, top,
                                 top + box.margin_height() / PX_PER_PT))
        elif box.element_tag == "div" and "cols" in classes:
            columns.append((box.position_x / PX_PER_PT, box.position_y / PX_PER_PT,
                            round(box.height / PX_PER_PT / now.pitch)))
    if not blocks or foot - max(b.bottom for b in blocks) <= enough * foot:
        return None
    for x, y, depth in columns:
        for block in blocks:
            if block.left - 1 <= x <= block.right and block.top <= y < block.bottom:
                block.depth += depth
                break
    # How far each block moves down per pt of leading and per pt of air: its own, plus the
    # most of the blocks standing above it (the page is a stack of them).
    blocks.sort(key=lambda b: b.top)
    per_leading: list[float] = []
    per_air: list[float] = []
    for number, block in enumerate(blocks):
        above = [i for i in range(number) if blocks[i].top < block.top - 1
                 and blocks[i].left < block.right - 1 and block.left < blocks[i].right - 1]
        per_leading.append(block.depth + max((per_leading[i] for i in above), default=0.0))
        per_air.append((1 if above else 0) + max((per_air[i] for i in above), default=0))
    room = [foot - SAFETY_PT - block.bottom for block in blocks]
    extra = min([LINE_PT + MAX_EXTRA_LEADING * BODY_PT - now.pitch] + [
        r / k for r, k in zip(room, per_leading, strict=True) if k > 0])
    air = min([(r - extra * k) / a for r, k, a in zip(room, per_leading, per_air, strict=True)
               if a > 0], default=0.0)
    fill = Fill(now.pitch + max(extra, 0.0), min(now.air + max(air, 0.0), MAX_AIR_LINES * LINE_PT))
    if fill.pitch - now.pitch < 0.01 and fill.air - now.air < 0.5:
        return None  # as far as it goes
    return fill


def _anonymous(box: Any) -> bool:
    return type(box).__name__.startswith("Anon")
