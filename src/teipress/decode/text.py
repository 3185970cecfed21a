"""Decode a page's bytes: detect the encoding extractors and archives really use.

UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are read exactly;
anything else is given to charset-normalizer, and refused unless it reads as text.
A decoded page must be storable in XML 1.0: a stray control character is refused with its
line and column rather than dropped, since nothing printed may be lost silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from teipress.errors import InputError

# A printed page is a few tens of kB; 512 kB is ten dense pages. Up to it, a page converts
# within a minute even in the costliest shape (bench/large_pages.py: about 30 s for 512 kB of
# tiny articles, where heads are scored against every article).
MAX_PAGE_BYTES = 512 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_EMPTY = "empty file: there is no text to convert"
# What XML 1.0 cannot carry: C0 controls other than tab, LF and CR, lone surrogates,
# U+FFFE and U+FFFF. Form feed and vertical tab are layout (page and line breaks), which
# segmentation reads as line breaks, so they are let through.
_NOT_XML = re.compile("[^\t\n\r\f\v\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Encodings a Chinese page may come in, beyond the exact ones tried first.
_FALLBACKS = ["big5", "big5hkscs", "utf_16_le", "utf_16_be", "gb2312", "hz"]


class UnstorableCharacter(InputError):
    """A character XML cannot carry, at a line and column of the page."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.line, self.column, self.message = line, column, message


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
        with path.open("rb") as page:  # read no more than a page: the file may be /dev/zero
            raw = page.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_PAGE_BYTES:
        raise InputError(f"{path}: more than {MAX_PAGE_BYTES // 1024} kB is too large for one "
                         "page; split it into pages")
    try:
        return decode_page(raw)
    except UnstorableCharacter as exc:
        raise InputError(f"{path}:{exc.line}:{exc.column}: {exc.message}") from None
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def decode_page(raw: bytes) -> DecodedPage:
    """Decode page bytes; the encoding name says how (``utf-8``, ``gb18030``, ``utf-16-le`` …)."""
    if not raw.strip():
        raise InputError(_EMPTY)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw[len(bom):].decode(encoding.removesuffix("-sig")), encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" in raw:
        raise InputError("binary file (it contains NUL bytes), not extracted text")
    try:
        return _checked(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = exc
    if _damaged_utf8(raw, not_utf8):
        raise InputError(f"UTF-8 text with a broken character ({_where(raw, not_utf8)}): "
                         "the file seems cut off or damaged")
    try:
        return _checked(raw.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=_FALLBACKS).best()
    if best is None or best.chaos > 0.2:
        raise InputError("cannot detect the encoding: not UTF-8, UTF-16, GB18030 or Big5 text"
                         f" ({_where(raw, not_utf8)})")
    return _checked(str(best), best.encoding)


def _damaged_utf8(raw: bytes, error: UnicodeDecodeError) -> bool:
    """UTF-8 with a few bad bytes (a file cut off midway, a damaged byte), which GB18030 would
    silently misread; text in another encoding breaks as UTF-8 almost everywhere."""
    if error.reason == "unexpected end of data":
        return True
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good >= 10 * bad


def _where(raw: bytes, error: UnicodeDecodeError) -> str:
    """Where UTF-8 decoding failed, for a user to look at (often a file cut off midway)."""
    line_start = raw.rfind(b"\n", 0, error.start) + 1
    column = len(raw[line_start:error.start].decode("utf-8")) + 1
    line = raw.count(b"\n", 0, error.start) + 1
    return f"byte 0x{raw[error.start]:02X} at line {line}, column {column} is not UTF-8"


def _checked(text: str, encoding: str) -> DecodedPage:
    if "\x00" in text:
        raise InputError("binary file (it contains NUL characters), not extracted text")
    controls = sum(1 for ch in text if _is_binary_control(ch))
    if controls > max(8, len(text) // 100):
        raise InputError(f"binary file ({controls} control characters), not extracted text")
    if bad := _NOT_XML.search(text):
        line, column = _position(text, bad.start())
        raise UnstorableCharacter(line, column, unstorable(bad.group()))
    if not text.strip():
        raise InputError(_EMPTY)
    return DecodedPage(text=text, encoding=encoding)


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``; CR LF, CR and LF each end a line."""
    before = text[:index].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def unstorable(text: str) -> str:
    """What in ``text`` XML 1.0 cannot carry, said for a user; empty when there is nothing."""
    bad = _NOT_XML.search(text)
    if bad is None:
        return ""
    code = ord(bad.group())
    if 0xD800 <= code <= 0xDFFF:
        kind = "lone surrogate"
    elif code in (0xFFFE, 0xFFFF):
        kind = "non-character"
    else:
        kind = "control character"
    return f"{kind} U+{code:04X} cannot be stored in XML"


def _is_binary_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= code < 0xA0
