"""Make the half-width punctuation fonts the print edition compresses marks with (标点挤压).

usage: python stylesheets/print/fonts/make_half_marks.py   (needs fonts-noto-cjk, fontTools)

Chinese fonts set every mark a full em wide; a line is compressed by setting some closing
marks (，。、；：？！）」』”’》…) half an em wide. The font's own ``halt`` feature does it by
moving the next glyph half an em back, over the mark's box, and text extraction (poppler,
viewers) then reads an overlap and cuts the line in two. These fonts hold the same glyphs
(Noto Serif CJK SC and Noto Sans CJK SC, SIL Open Font License 1.1, their copyright kept)
with an advance of half an em, so a compressed mark is drawn and extracted as one half-wide
character. In Simplified Chinese these marks sit in the left half of their em, so nothing
is cut. The output is committed; run this again only to change the marks.
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTCollection

MARKS = "，。、；：？！）」』”’》〉】〕〗］｝"
SOURCES = {
    "teipress-half-marks-serif.otf": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
                                      "Noto Serif CJK SC", "teipress Half Marks Serif"),
    "teipress-half-marks-sans.otf": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                     "Noto Sans CJK SC", "teipress Half Marks Sans"),
}


def make(collection: str, family: str, new_family: str, out: Path) -> None:
    font = next(f for f in TTCollection(collection).fonts
                if f["name"].getDebugName(1) == family)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in MARKS])
    subsetter.subset(font)
    cmap = font.getBestCmap()
    glyphs = font.getGlyphSet()
    half = font["head"].unitsPerEm // 2
    for char in MARKS:
        name = cmap[ord(char)]
        pen = BoundsPen(glyphs)
        glyphs[name].draw(pen)
        if pen.bounds and pen.bounds[2] > half:
            raise SystemExit(f"{char} reaches past the left half of its em in {family}")
        font["hmtx"][name] = (half, font["hmtx"][name][1])
    postscript = new_family.replace(" ", "") + "-Regular"
    names = {1: new_family, 3: f"teipress;{postscript}", 4: new_family, 6: postscript}
    font["name"].names = [r for r in font["name"].names if r.nameID not in (16, 17)]
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    font["CFF "].cff.fontNames = [postscript]
    font["head"].created = font["head"].modified = 0  # reproducible bytes
    font.recalcTimestamp = False
    font.save(str(out))


def main() -> None:
    folder = Path(__file__).resolve().parent
    for name, (collection, family, new_family) in SOURCES.items():
        make(collection, family, new_family, folder / name)
        print(folder / name, (folder / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
