"""Noto CJK faces cut down to one page's characters and recast as TrueType, for Chromium.

Chromium's PDF writer (Skia) embeds the CFF-outline Noto CJK fonts as nameless Type 3 fonts:
no font name, no weight, glyph programs instead of a font. Newspaper PDFs carry named
TrueType or CID fonts, which is what the PDF reader must learn from, so the page's fonts are
subset with fontTools (only the characters printed) and their cubic outlines converted to
quadratic TrueType ones; Chromium then embeds named CIDFontType2 subsets. The name table is
kept, so the PDF names the real face (``NotoSerifCJKsc-Bold``…).
"""

from __future__ import annotations

import functools
import io

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

NOTO = "/usr/share/fonts/opentype/noto/Noto{face}CJK-{weight}.ttc"
SC = 2  # the Simplified Chinese member of each Noto CJK collection


def _to_truetype(font: TTFont) -> None:
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    post.glyphOrder = order


@functools.lru_cache(maxsize=64)
def truetype_subset(face: str, weight: str, text: str) -> bytes:
    """``face`` Serif|Sans, ``weight`` Regular|Bold: a TrueType font holding ``text``."""
    font = TTFont(NOTO.format(face=face, weight=weight), fontNumber=SC,
                  recalcTimestamp=False)  # the same bytes on every run
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "0123456789 ")
    subsetter.subset(font)
    _to_truetype(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
