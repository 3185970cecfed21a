"""The print edition's fonts: checking they are installed, and measuring text as WeasyPrint
will set it.

Lines are broken by :mod:`teipress.render.pdf.justify`, not by WeasyPrint, so the widths it
works with must be the ones WeasyPrint draws: :class:`TextMeasure` asks the same Pango font
map, font and language (``zh-Hans``) WeasyPrint uses, through WeasyPrint's own bindings.
"""

from __future__ import annotations

from typing import Any

from teipress.errors import TeipressError

# WeasyPrint's bindings are imported inside the functions that use them: WeasyPrint starts
# only when a renderer is made (renderer._import_weasyprint turns a missing system library
# into a one-line error), never when this module's names are imported.
TEXT_FONT = "Noto Serif CJK SC"
HEAD_FONT = "Noto Sans CJK SC"
FONT_PACKAGE = "fonts-noto-cjk"
CSS_PX_PER_PT = 4 / 3  # WeasyPrint sizes fonts in CSS px


def check_fonts() -> None:
    """Raise a one-line error naming the package when fontconfig lacks the CJK fonts."""
    from weasyprint.text.ffi import ffi, fontconfig

    for family in (TEXT_FONT, HEAD_FONT):
        pattern = fontconfig.FcPatternCreate()
        try:
            fontconfig.FcPatternAddString(pattern, b"family", family.encode())
            fontconfig.FcConfigSubstitute(ffi.NULL, pattern, fontconfig.FcMatchPattern)
            fontconfig.FcDefaultSubstitute(pattern)
            result = ffi.new("FcResult *")
            match = fontconfig.FcFontMatch(ffi.NULL, pattern, result)
            found = ""
            if match != ffi.NULL:
                name = ffi.new("FcChar8 **")
                if fontconfig.FcPatternGetString(match, b"family", 0, name) == 0:
                    found = ffi.string(name[0]).decode("utf-8", "replace")
                fontconfig.FcPatternDestroy(match)
        finally:
            fontconfig.FcPatternDestroy(pattern)
        if found != family:
            raise TeipressError(f"font {family!r} is not installed "
                                f"(Debian: apt install {FONT_PACKAGE})")


def harfbuzz_subset_available() -> bool:
    """Whether WeasyPrint found libharfbuzz-subset (fast font subsetting), as it checks."""
    from weasyprint.text import ffi

    return ffi.harfbuzz_subset is not None


class TextMeasure:
    """Widths in pt of text in one font family and size, shaped by Pango as WeasyPrint shapes
    it (kerning and all); each distinct string is measured once."""

    def __init__(self, font_config: Any, family: str, size_pt: float,
                 lang: str = "zh-Hans") -> None:
        from weasyprint.text.ffi import TO_UNITS, ffi, gobject, pango, unicode_to_char_p

        self._ffi, self._pango, self._to_text = ffi, pango, unicode_to_char_p
        context = ffi.gc(pango.pango_font_map_create_context(font_config.font_map),
                         gobject.g_object_unref)
        pango.pango_context_set_round_glyph_positions(context, False)
        language, _ = unicode_to_char_p(lang)
        pango.pango_context_set_language(context, pango.pango_language_from_string(language))
        description = ffi.gc(pango.pango_font_description_new(),
                             pango.pango_font_description_free)
        name, _ = unicode_to_char_p(family)
        pango.pango_font_description_set_family(description, name)
        pango.pango_font_description_set_absolute_size(
            description, int(size_pt * CSS_PX_PER_PT * TO_UNITS))
        self._layout = ffi.gc(pango.pango_layout_new(context), gobject.g_object_unref)
        pango.pango_layout_set_font_description(self._layout, description)
        self._rectangle = ffi.new("PangoRectangle *")
        self._cache: dict[str, float] = {}
        self.em = size_pt

    def width(self, text: str) -> float:
        """The advance width of ``text`` in pt."""
        known = self._cache.get(text)
        if known is None:
            from weasyprint.text.ffi import FROM_UNITS

            chars, _ = self._to_text(text)
            self._pango.pango_layout_set_text(self._layout, chars, -1)
            line = self._pango.pango_layout_get_line_readonly(self._layout, 0)
            self._pango.pango_layout_line_get_extents(line, self._ffi.NULL, self._rectangle)
            known = self._cache[text] = self._rectangle.width * FROM_UNITS / CSS_PX_PER_PT
        return known
