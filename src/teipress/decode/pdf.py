"""Read a born-digital page PDF: its text as lines with their boxes, the rules and frames
drawn on it, and its pictures.

pypdfium2 (PDFium, the PDF engine of Chromium) reads it: it was the fastest of the candidates
measured and the only one that reports characters whose font maps to no Unicode text
(``bench/bench_pdf_libs.py``). Pages are read one at a time, so a whole issue of two hundred
pages never sits in memory at once.

Coordinates are PDF points with the origin at the top left of the page (the facsimile
surface's system), whatever the page's own ``/Rotate`` says.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from teipress.decode.glyphs import Glyph, build_lines
from teipress.decode.lines import Box, Line, PageImage
from teipress.errors import InputError

# pypdfium2 is imported inside the functions that use it: converting text pages, which
# imports this module too, never loads it.

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument, PdfObject, PdfTextPage
    from pypdfium2 import PdfPage as PdfiumPage

# Where a point of PDF user space lands on the page as displayed (origin top left).
Placer = Callable[[float, float], tuple[float, float]]

# A vector path this thin is a rule; this long, it separates something (shorter is ornament).
RULE_THICKNESS = 3.0
RULE_LENGTH = 12.0
# A filled rectangle covering this share of the page is its background, not a box on it.
BACKGROUND = 0.8
# A picture smaller than this on both sides is an icon or a bullet, not a photo.
MIN_IMAGE = 24.0
# Characters whose text is unknown, or known to be nothing printed: unmapped glyphs come out as
# private-use code points, U+FFFD, or control characters (a font without a ToUnicode map).
_GARBAGE_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0x10FFFF), (0xFFFD, 0xFFFD), (0x0000, 0x0008),
                   (0x000E, 0x001F), (0x007F, 0x009F))
# A bold face is known by its name: PDFium's weight is the font descriptor's stem width
# scaled, which reads 700–1200 for regular CJK faces.
_BOLD_NAMES = ("bold", "heavy", "black", "粗")


class PdfError(InputError):
    """A PDF teipress cannot read as a page: the message says why and what to do."""


class EncryptedPdf(PdfError):
    pass


class DamagedPdf(PdfError):
    pass


class NoTextLayer(PdfError):
    pass


class GarbledText(PdfError):
    pass


@dataclass
class PdfPage:
    """One page as read: its lines (in the order the PDF draws them), rules, frames, pictures."""

    index: int  # 0-based, in the file
    size: tuple[float, float]  # width, height in points
    lines: list[Line]
    rules: list[Box]  # thin vector lines: column rules, article separators
    frames: list[Box] = field(default_factory=list)  # drawn rectangles: boxes, photo frames
    images: list[PageImage] = field(default_factory=list)
    rotated: int = 0  # characters set at an angle, read along their own baseline

    @property
    def text(self) -> str:
        """The page's text layer, a line per line: what the character check counts."""
        return "\n".join(line.text for line in self.lines)


def page_count(path: Path) -> int:
    """How many pages the PDF has (opened and checked as :func:`read_pdf` does)."""
    pdf = _open(Path(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def read_pdf(path: Path) -> Iterator[PdfPage]:
    """The PDF's pages one at a time; bad input raises a :class:`PdfError` naming the file."""
    path = Path(path)
    pdf = _open(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                yield _read_page(page, index, path)
            finally:
                page.close()
    finally:
        pdf.close()


def _open(path: Path) -> PdfDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if path.is_dir():
        raise PdfError(f"{path}: is a folder, not a PDF")
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
            handle.seek(0, io.SEEK_END)
            handle.seek(max(0, handle.tell() - 2048))
            tail = handle.read()
    except OSError as exc:
        raise PdfError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if b"%PDF-" not in head:
        raise DamagedPdf(f"{path}: not a PDF (no %PDF- header)")
    if b"%%EOF" not in tail:
        raise DamagedPdf(f"{path}: damaged PDF: it ends before its end-of-file marker "
                         "(cut off while copying?)")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdf(f"{path}: encrypted PDF (it needs a password): decrypt it first, "
                               "e.g. qpdf --decrypt --password=… IN.pdf OUT.pdf") from None
        if exc.err_code == raw.FPDF_ERR_SECURITY:
            raise EncryptedPdf(f"{path}: encrypted with a security handler PDFium does not "
                               "support: decrypt it first") from None
        raise DamagedPdf(f"{path}: damaged PDF: PDFium cannot read it ({exc})") from None
    if len(pdf) == 0:
        pdf.close()
        raise DamagedPdf(f"{path}: damaged PDF: it has no pages")
    return pdf


def _read_page(page: PdfiumPage, index: int, path: Path) -> PdfPage:
    import pypdfium2.raw as raw

    size = page.get_size()  # as displayed: PDFium turns it by /Rotate
    rotation = page.get_rotation() % 360
    width, height = (size[1], size[0]) if rotation in (90, 270) else size
    # lines are built as the text was set, on the unturned page; then turned as displayed
    to_top_left = _orientation(0, width, height)
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage, to_top_left)
    finally:
        textpage.close()
    rules, frames, images = [], [], []
    for obj, matrix in _objects(page):
        kind = obj.type
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        box = _box(obj.get_bounds(), matrix, to_top_left)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            thin = min(box.x1 - box.x0, box.y1 - box.y0)
            long = max(box.x1 - box.x0, box.y1 - box.y0)
            if thin <= RULE_THICKNESS and long >= RULE_LENGTH:
                rules.append(box)
            elif thin > RULE_THICKNESS and _stroked_or_tinted(obj) and (
                    (box.x1 - box.x0) * (box.y1 - box.y0) < BACKGROUND * width * height):
                frames.append(box)  # (a rectangle under the whole page is its paper)
        elif box.x1 - box.x0 >= MIN_IMAGE and box.y1 - box.y0 >= MIN_IMAGE:
            images.append(_image(obj, box))
    frames += _ruled_frames(rules, width * height)
    where = f"{path}: page {index + 1}"
    _check_text(glyphs, images, where)
    # a line never runs across a rule or out of a frame (a label boxed at a paragraph's start)
    sides = [Box(x, f.y0, x, f.y1) for f in frames for x in (f.x0, f.x1)]
    lines, rotated = build_lines(glyphs, rules + sides)
    if rotation:
        turn = _turner(rotation, width, height)
        for line in lines:
            line.box = turn(line.placed)
        rules, frames = [turn(box) for box in rules], [turn(box) for box in frames]
        for image in images:
            image.box = turn(image.box)
        lines.sort(key=lambda line: (round(line.placed.y0), line.placed.x0))
    return PdfPage(index, (round(size[0], 2), round(size[1], 2)), lines, rules, frames, images,
                   rotated)


def _ruled_frames(rules: list[Box], page_area: float) -> list[Box]:
    """Boxes drawn as four rules (a browser draws a CSS border as one filled strip a side):
    two horizontal rules of one length, joined at both ends by vertical rules as tall.
    Rules are looked up by where they start and end, so a ruled table stays quick."""
    slack = RULE_THICKNESS
    spans: dict[tuple[int, int], list[Box]] = {}  # horizontal rules by their ends, top down
    for rule in sorted(rules, key=lambda r: r.y0):
        if rule.x1 - rule.x0 > rule.y1 - rule.y0:
            spans.setdefault((round(rule.x0 / slack), round(rule.x1 / slack)), []).append(rule)
    sides: dict[tuple[int], list[Box]] = {}  # vertical rules by where they stand
    for rule in rules:
        if rule.y1 - rule.y0 > rule.x1 - rule.x0:
            sides.setdefault((round((rule.x0 + rule.x1) / 2 / slack),), []).append(rule)

    def near(table: dict[Any, list[Box]], key: tuple[int, ...]) -> list[Box]:
        steps = itertools.product((-1, 0, 1), repeat=len(key))
        return [r for step in steps
                for r in table.get(tuple(k + d for k, d in zip(key, step, strict=True)), ())]

    def side(x: float, top: float, bottom: float) -> bool:
        return any(abs((r.x0 + r.x1) / 2 - x) <= slack and abs(r.y0 - top) <= slack
                   and abs(r.y1 - bottom) <= slack for r in near(sides, (round(x / slack),)))

    found = []
    for key, tops in spans.items():
        lows = sorted(near(spans, key), key=lambda r: r.y0)
        for top in tops:
            for bottom in lows:
                if bottom.y0 - top.y1 <= slack or abs(bottom.x0 - top.x0) > slack or abs(
                        bottom.x1 - top.x1) > slack:
                    continue
                box = Box(top.x0, top.y0, top.x1, bottom.y1)
                if side(box.x0, box.y0, box.y1) and side(box.x1, box.y0, box.y1) and (
                        (box.x1 - box.x0) * (box.y1 - box.y0) < BACKGROUND * page_area):
                    found.append(box)
                    break  # the nearest bottom closes the box
    return found


def _glyphs(textpage: PdfTextPage, to_top_left: Placer) -> list[Glyph]:
    """Every character PDFium found, in drawing order, with its box and face."""
    import pypdfium2.raw as raw

    handle = textpage.raw
    rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    faces: dict[int, tuple[str, bool]] = {}
    glyphs = []
    for i in range(textpage.count_chars()):
        if raw.FPDFText_IsGenerated(handle, i):
            continue  # a space or line break PDFium made up: spacing is ours to decide
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in (0x0D, 0x0A) or code == 0x02:  # PDFium's own line ends and hyphen markers
            continue
        # the loose box: the advance width and the font's ascent and descent, so that
        # punctuation set in half its cell still measures a whole cell
        raw.FPDFText_GetLooseCharBox(handle, i, rect)
        box = _box((rect.left, rect.bottom, rect.right, rect.top), None, to_top_left)
        obj = raw.FPDFText_GetTextObject(handle, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        face = faces.get(key)
        if face is None:
            raw.FPDFText_GetFontInfo(handle, i, name, 256, flags)
            font = name.value.decode("latin-1").split("+", 1)[-1]
            face = faces[key] = (font, _bold_name(font))
        angle = raw.FPDFText_GetCharAngle(handle, i)
        # the size as printed: the font size times the scale of the character's matrix
        # (text and page matrices: browsers draw in px and scale the page by 0.75)
        raw.FPDFText_GetMatrix(handle, i, matrix)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        raw.FPDFText_GetCharOrigin(handle, i, origin_x, origin_y)
        glyphs.append(Glyph(
            char=chr(code), box=box, size=raw.FPDFText_GetFontSize(handle, i) * scale,
            font=face[0],
            bold=face[1], angle=round(math.degrees(angle)) % 360 if angle > 0 else 0,
            unmapped=raw.FPDFText_HasUnicodeMapError(handle, i) == 1,
            origin=to_top_left(origin_x.value, origin_y.value)[0],
        ))
    return glyphs


def _bold_name(font: str) -> bool:
    lowered = font.lower()
    return any(word in lowered for word in _BOLD_NAMES) or lowered.endswith(("-b", ",bold"))


def _check_text(glyphs: list[Glyph], images: list[PageImage], where: str) -> None:
    printed = [g for g in glyphs if not g.char.isspace()]
    if not printed:
        if images:
            raise NoTextLayer(f"{where}: no text layer, only pictures (a scan?): run OCR on it "
                              "first (e.g. ocrmypdf), then convert the result")
        raise NoTextLayer(f"{where}: no text on the page (blank, or text drawn as outlines): "
                          "nothing to convert")
    bad = [g for g in printed if g.unmapped or _garbage(g.char)]
    if bad:
        first = bad[0]
        raise GarbledText(
            f"{where}: {len(bad)} of {len(printed)} characters map to no real text (font "
            f"{first.font or '?'} has no usable ToUnicode map; first at x={first.box.x0:.0f} "
            f"y={first.box.y0:.0f}): its text cannot be read reliably, so nothing is written")


def _garbage(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _GARBAGE_RANGES)


def _stroked_or_tinted(obj: PdfObject) -> bool:
    """A rectangle drawn as a frame or a tint: a box on the page, not a glyph's outline."""
    import pypdfium2.raw as raw

    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj.raw, mode, stroke):
        return False
    return bool(stroke.value) or mode.value != 0


def _objects(page: PdfiumPage) -> Iterator[tuple[PdfObject, list[tuple] | None]]:
    """Page objects with the form matrices that place them (forms nest: newest first)."""
    import pypdfium2.raw as raw

    def walk(form: PdfObject | None, matrices: list[tuple]
             ) -> Iterator[tuple[PdfObject, list[tuple] | None]]:
        objects = page.get_objects(form=form, max_depth=1) if form else \
            page.get_objects(max_depth=1)
        for obj in objects:
            if obj.type == raw.FPDF_PAGEOBJ_FORM:
                yield from walk(obj, [obj.get_matrix().get(), *matrices])
            else:
                yield obj, matrices or None

    yield from walk(None, [])


def _orientation(rotation: int, width: float, height: float) -> Placer:
    """Map PDF user space (origin bottom left) to the page as displayed, origin top left."""
    if rotation == 90:
        return lambda x, y: (y, x)
    if rotation == 180:
        return lambda x, y: (width - x, y)
    if rotation == 270:
        return lambda x, y: (height - y, width - x)
    return lambda x, y: (x, height - y)


def _turner(rotation: int, width: float, height: float) -> Callable[[Box], Box]:
    """Turn a box on the unturned page (origin top left) as the page is displayed."""
    display = _orientation(rotation, width, height)

    def turn(box: Box) -> Box:
        points = [display(x, height - y) for x in (box.x0, box.x1) for y in (box.y0, box.y1)]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return Box(round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))

    return turn


def _box(bounds: tuple[float, float, float, float], matrices: list[tuple] | None,
         to_top_left: Placer) -> Box:
    x0, y0, x1, y1 = bounds
    corners = [(x0, y0), (x0, y1), (x1, y0), (x1, y1)]
    for a, b, c, d, e, f in matrices or ():
        corners = [(a * x + c * y + e, b * x + d * y + f) for x, y in corners]
    points = [to_top_left(x, y) for x, y in corners]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Box(round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))


def _image(obj: PdfObject, box: Box) -> PageImage:
    """The picture's bytes: the stored JPEG where the stream is one, else a PNG of its pixels."""
    filters = obj.get_filters()
    if filters == ["DCTDecode"]:
        return PageImage(box, bytes(obj.get_data(decode_simple=False)), "jpg")
    image = obj.get_bitmap(render=False).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return PageImage(box, out.getvalue(), "png")

