"""Where each encoded thing stands on the printed page: the TEI ``<facsimile>``.

A page read from its PDF knows the box of every line and photo. The encoder asks this module
for the zones of an article, a head, a paragraph or a photo; each becomes one ``<zone>`` per
printed block (ENCODING.md, "The printed page beside the text"), and the element points at
them with ``@facs``. A page read from text has no geometry and gets no facsimile at all.

Coordinates are the surface's: PDF points (1/72 inch), origin at the top left of the page,
y growing downwards, written as whole points rounded outwards and clamped to the page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from teipress.encode.xml import tei, xml
from teipress.segment.model import Article, Box, Byline, Figure, Head, Line, Page, Paragraph

# What the page model prints on lines of its own.
Printed = Article | Figure | Paragraph | Head | Byline

# A line of another element counts as inside a block only when the block covers this much
# of its height: the boxes of neighbouring lines overlap by their ascenders and descenders.
_FOREIGN_OVERLAP = 0.3
# Lines of one column block follow each other with at most this many line heights between
# them (a blank line, a paragraph gap); more is another block.
_BLOCK_GAP = 1.5


@dataclass(frozen=True)
class PageFiles:
    """The image files written beside the TEI, as the TEI names them (relative URLs)."""

    page_image: tuple[str, int, int] | None = None  # url, width and height in pixels
    photos: dict[str, str] = field(default_factory=dict)  # figure xml:id → url


def photo_names(page: Page, stem: str) -> list[tuple[Figure, str]]:
    """The page's photos that carry their picture, in document order, each with the file
    name it is written under beside the TEI: ``03-photo1.jpg``, ``03-photo2.png`` …"""
    figures = []
    for item in page.body:
        if isinstance(item, Article):
            figures.extend(item.figures)
        elif isinstance(item, Figure):
            figures.append(item)
    with_image = [(figure, figure.image) for figure in figures if figure.image is not None]
    return [(figure, f"{stem}-photo{k}.{image.extension}")
            for k, (figure, image) in enumerate(with_image, 1)]


def surface_id(page: Page) -> str:
    """``surf-3`` for page 3: the page's surface, named after its printed number."""
    number = re.sub(r"[^\w.-]", "-", page.page_number) if page.page_number else "1"
    return f"surf-{number}"


class Facsimile:
    """The zones of one page, collected as the encoder walks it, and the ``<facsimile>``."""

    def __init__(self, page: Page, files: PageFiles) -> None:
        assert page.size is not None, "a facsimile needs the page's size"
        self.files = files
        self.surface = surface_id(page)
        self.width, self.height = (max(1, round(v)) for v in page.size)
        self.zones: list[tuple[str, tuple[int, int, int, int]]] = []
        self._used: set[str] = set()
        self._boxes = list(_page_boxes(page))

    def surface_pointer(self) -> str:
        return f"#{self.surface}"

    def pointer(self, name: str, lines: Iterable[Line], images: Iterable[Box] = ()) -> str | None:
        """``@facs`` for what is printed on ``lines`` (and in ``images``): one zone per block,
        named ``z-NAME``, ``z-NAME-2`` …; None when none of it has a box."""
        own = [(line, line.box) for line in lines if line.box is not None]
        images = list(images)
        boxes = [box for _, box in own] + images
        if not boxes:
            return None
        owned = {id(line) for line, _ in own} | {id(box) for box in images}
        blocks = _blocks(boxes, lambda: [b for key, b in self._boxes if key not in owned])
        pointers = []
        for n, block in enumerate(blocks, 1):
            ident = self._unique(f"z-{name}" if n == 1 else f"z-{name}-{n}")
            self.zones.append((ident, self._clamped(block)))
            pointers.append(f"#{ident}")
        return " ".join(pointers)

    def element(self) -> etree._Element:
        facsimile = etree.Element(tei("facsimile"))
        surface = etree.SubElement(facsimile, tei("surface"))
        surface.set(xml("id"), self.surface)
        _coordinates(surface, (0, 0, self.width, self.height))
        if self.files.page_image:
            url, width, height = self.files.page_image
            etree.SubElement(surface, tei("graphic"), url=url, width=f"{width}px",
                             height=f"{height}px")
        for ident, coordinates in self.zones:
            zone = etree.SubElement(surface, tei("zone"))
            zone.set(xml("id"), ident)
            _coordinates(zone, coordinates)
        return facsimile

    def _unique(self, ident: str) -> str:
        """``ident``, or ``ident.2`` … where two things would share a name."""
        base, n = ident, 1
        while ident in self._used:
            n += 1
            ident = f"{base}.{n}"
        self._used.add(ident)
        return ident

    def _clamped(self, box: Box) -> tuple[int, int, int, int]:
        """Whole points rounded outwards, inside the surface, never empty."""
        ulx = min(max(0, math.floor(box.x0)), self.width - 1)
        uly = min(max(0, math.floor(box.y0)), self.height - 1)
        lrx = max(min(self.width, math.ceil(box.x1)), ulx + 1)
        lry = max(min(self.height, math.ceil(box.y1)), uly + 1)
        return ulx, uly, lrx, lry


def _coordinates(element: etree._Element, box: tuple[int, int, int, int]) -> None:
    for name, value in zip(("ulx", "uly", "lrx", "lry"), box, strict=True):
        element.set(name, str(value))


def _page_boxes(page: Page) -> Iterable[tuple[int, Box]]:
    """Every box printed on the page, keyed by the identity of its line or picture."""
    for furniture in page.furniture:
        if furniture.box is not None:
            yield id(furniture.box), furniture.box
    for item in page.body:
        for line in item_lines(item):
            if line.box is not None:
                yield id(line), line.box
        for box in item_images(item):
            yield id(box), box


def _children(item: Printed) -> Iterator[Printed]:
    """The parts of a model item that hold lines of their own."""
    if isinstance(item, Article):
        yield from (h for h in (item.kicker, item.headline, item.subtitle) if h is not None)
        yield from item.bylines
        if item.lead is not None:
            yield item.lead
            if item.lead.label is not None:
                yield item.lead.label
        yield from item.paragraphs
        for section in item.sections:
            yield section.head
            yield from section.paragraphs
        yield from item.figures
        yield from item.trailing
    elif isinstance(item, Figure):
        if item.title is not None:
            yield item.title
        yield from item.caption
        if item.credit is not None:
            yield item.credit
    elif isinstance(item, Paragraph) and item.label is not None:
        yield item.label


def item_lines(item: Printed) -> list[Line]:
    """Every line an article, photo, paragraph, head or byline is printed on, in order."""
    found: list[Line] = list(getattr(item, "lines", ()))
    if isinstance(item, Byline):
        found.append(item.line)
    for child in _children(item):
        found.extend(item_lines(child))
    return list({id(line): line for line in found}.values())


def item_images(item: Printed) -> list[Box]:
    """The frames of the pictures an article or photo holds."""
    if isinstance(item, Figure):
        return [item.image.box] if item.image is not None else []
    if isinstance(item, Article):
        return [box for figure in item.figures for box in item_images(figure)]
    return []


def _blocks(boxes: list[Box], foreign_boxes: Callable[[], list[Box]]) -> list[Box]:
    """The printed blocks ``boxes`` form: runs of lines down one column, then any blocks whose
    common rectangle holds nothing else printed merged into one."""
    runs: list[Box] = []
    for box in boxes:
        if runs and _continues(runs[-1], box):
            runs[-1] = runs[-1].union(box)
        else:
            runs.append(box)
    if len(runs) == 1:
        return runs
    whole = runs[0]
    for run in runs[1:]:
        whole = whole.union(run)
    foreign = [box for box in foreign_boxes() if _covers(whole, box)]
    merged = True
    while merged and len(runs) > 1:
        merged = False
        for i in range(len(runs)):
            for j in range(i + 1, len(runs)):
                union = runs[i].union(runs[j])
                if not any(_covers(union, box) for box in foreign):
                    runs[i] = union
                    del runs[j]
                    merged = True
                    break
            if merged:
                break
    return runs


def _continues(run: Box, box: Box) -> bool:
    """Whether ``box`` is the next line down the column of ``run``."""
    overlap = min(run.x1, box.x1) - max(run.x0, box.x0)
    narrower = min(run.x1 - run.x0, box.x1 - box.x0)
    height = max(box.y1 - box.y0, 1.0)
    return (overlap >= 0.5 * narrower and box.y0 >= run.y0 - height / 2
            and box.y0 - run.y1 <= _BLOCK_GAP * height)


def _covers(block: Box, box: Box) -> bool:
    """Whether ``block`` takes in a real part of ``box`` (more than touching its edge)."""
    width = min(block.x1, box.x1) - max(block.x0, box.x0)
    height = min(block.y1, box.y1) - max(block.y0, box.y0)
    return (width > min(1.0, (box.x1 - box.x0) / 2)
            and height > _FOREIGN_OVERLAP * max(box.y1 - box.y0, 0.1))
