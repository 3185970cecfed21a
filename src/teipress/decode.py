"""Decode a page's bytes: detect the encoding extractors and archives really use.

UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are read exactly;
anything else is given to charset-normalizer, and refused unless it reads as text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from teipress.errors import InputError

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a printed page is a few tens of kB; 8 MB is not a page
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings a Chinese page may come in, beyond the exact ones tried first.
_FALLBACKS = ["big5", "big5hkscs", "utf_16_le", "utf_16_be", "gb2312", "hz"]


@dataclass(frozen=True)
class DecodedPage:
    text: str
    encoding: str


def read_page(path: Path) -> DecodedPage:
    """Read and decode one page file, refusing what is not a text page."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a page file")
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is too large for one page "
                f"(limit {MAX_PAGE_BYTES // 1024 // 1024} MB); split it into pages"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return decode_page(raw)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def decode_page(raw: bytes) -> DecodedPage:
    """Decode page bytes; the encoding name says how (``utf-8``, ``gb18030``, ``utf-16-le`` …)."""
    if not raw.strip():
        raise InputError("empty file: there is no text to convert")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw[len(bom):].decode(encoding.removesuffix("-sig")), encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" in raw:
        raise InputError("binary file (it contains NUL bytes), not extracted text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return _checked(raw.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=_FALLBACKS).best()
    if best is None or best.chaos > 0.2:
        raise InputError("cannot detect the encoding: not UTF-8, UTF-16, GB18030 or Big5 text")
    return _checked(str(best), best.encoding)


def _checked(text: str, encoding: str) -> DecodedPage:
    if "\x00" in text:
        raise InputError("binary file (it contains NUL characters), not extracted text")
    controls = sum(1 for ch in text if _is_binary_control(ch))
    if controls > max(8, len(text) // 100):
        raise InputError(f"binary file ({controls} control characters), not extracted text")
    return DecodedPage(text=text, encoding=encoding)


def _is_binary_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= code < 0xA0
