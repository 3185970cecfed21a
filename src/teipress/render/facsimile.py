"""The printed page beside the text: a TEI ``<facsimile>`` read for renderers.

A page read from its PDF records where each thing stood (ENCODING.md, "The printed page
beside the text"): one ``surface`` with the page image (``graphic``: file, pixel size) and
``zone``s in the surface's coordinates (PDF points, origin top left); articles, heads and
photos point at their zones with ``@facs``. Renderers need that as fractions of the page
(a hotspot over an image of any size) and as image pixels (IIIF canvases), so the model
keeps the surface's own numbers and converts on demand.

Nothing here reads files other than the TEI tree it is given; the page image's ``url`` stays
relative to the TEI file, as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass(frozen=True)
class ZoneBox:
    """A rectangle in the surface's coordinates: upper left and lower right corners."""

    ulx: float
    uly: float
    lrx: float
    lry: float

    @property
    def width(self) -> float:
        return self.lrx - self.ulx

    @property
    def height(self) -> float:
        return self.lry - self.uly


@dataclass(frozen=True)
class Zone:
    id: str
    box: ZoneBox


@dataclass(frozen=True)
class Facsimile:
    """One page's surface: its extent, its image and its zones, and which element (by
    ``xml:id``) points at which zones, in the order ``@facs`` lists them."""

    surface: ZoneBox
    image_url: str = ""
    image_width: int = 0  # pixels, from graphic/@width ("2480px"); 0 when not given
    image_height: int = 0
    zones: tuple[Zone, ...] = ()
    targets: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (element id, zone ids)

    def zones_of(self, element_id: str) -> tuple[Zone, ...]:
        """The zones an element (article, head, figure) points at; empty when none."""
        wanted = dict(self.targets).get(element_id, ())
        by_id = {z.id: z for z in self.zones}
        return tuple(by_id[z] for z in wanted if z in by_id)

    def fraction(self, box: ZoneBox) -> ZoneBox:
        """``box`` as fractions (0–1) of the surface: for placing it over the page image."""
        s = self.surface
        if s.width <= 0 or s.height <= 0:
            return ZoneBox(0, 0, 0, 0)
        return ZoneBox(_unit((box.ulx - s.ulx) / s.width), _unit((box.uly - s.uly) / s.height),
                   _unit((box.lrx - s.ulx) / s.width), _unit((box.lry - s.uly) / s.height))

    def pixels(self, box: ZoneBox, width: int, height: int) -> tuple[int, int, int, int]:
        """``box`` as ``x, y, w, h`` on an image of ``width`` × ``height`` pixels showing the
        whole surface (a IIIF canvas's ``#xywh``)."""
        f = self.fraction(box)
        x, y = round(f.ulx * width), round(f.uly * height)
        return (x, y, round(f.lrx * width) - x, round(f.lry * height) - y)


def read_facsimile(root: etree._Element) -> Facsimile | None:
    """The first surface of a TEI tree's ``facsimile``, or ``None`` when it has none (a page
    read from extracted text) or its extent is unusable."""
    surface = root.find(f"{TEI}facsimile/{TEI}surface")
    if surface is None:
        return None
    extent = _box(surface)
    if extent is None or extent.width <= 0 or extent.height <= 0:
        return None
    graphic = surface.find(f"{TEI}graphic")
    zones = tuple(Zone(z.get(XML_ID, ""), box) for z in surface.iter(f"{TEI}zone")
                  if z.get(XML_ID) and (box := _box(z)) is not None)
    known = {z.id for z in zones}
    targets = []
    for element in root.iterfind(f"{TEI}text//*[@facs]"):
        element_id = element.get(XML_ID)
        pointed = tuple(ref.removeprefix("#") for ref in element.get("facs", "").split())
        pointed = tuple(z for z in pointed if z in known)
        if element_id and pointed:
            targets.append((element_id, pointed))
    return Facsimile(
        surface=extent,
        image_url=graphic.get("url", "") if graphic is not None else "",
        image_width=length_px(graphic.get("width") if graphic is not None else None),
        image_height=length_px(graphic.get("height") if graphic is not None else None),
        zones=zones,
        targets=tuple(targets),
    )


def _box(element: etree._Element) -> ZoneBox | None:
    try:
        return ZoneBox(*(float(element.get(k, "")) for k in ("ulx", "uly", "lrx", "lry")))
    except ValueError:
        return None


def length_px(value: str | None) -> int:
    """A length in pixels: ``2480px`` (or ``2480``) as 2480; any other unit or nothing as 0
    (unknown)."""
    text = (value or "").strip().removesuffix("px")
    try:
        return max(0, round(float(text)))
    except ValueError:
        return 0


def _unit(value: float) -> float:
    return min(1.0, max(0.0, value))
