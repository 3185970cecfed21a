"""An image's size in pixels, for both renderers: the site sets ``width``/``height`` so
nothing jumps while pictures load, the print edition sets a photo's height on its grid."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teipress.render.facsimile import length_px


def image_size(path: Path) -> tuple[int, int] | None:
    """Pixel size of a raster image (Pillow reads the header only), or of an SVG (its
    width and height, else its viewBox; 0 × 0 when it states neither); ``None`` when the
    file is no image."""
    if path.suffix.lower() == ".svg":
        return _svg_size(path)
    from PIL import Image, UnidentifiedImageError  # only for pages that carry images

    try:
        with Image.open(path) as image:
            return image.size
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def _svg_size(path: Path) -> tuple[int, int] | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError):
        return None
    if etree.QName(root).localname != "svg":
        return None
    width, height = length_px(root.get("width")), length_px(root.get("height"))
    if not (width and height):
        box = (root.get("viewBox") or "").replace(",", " ").split()
        width, height = (length_px(box[2]), length_px(box[3])) if len(box) == 4 else (0, 0)
    return width, height
