"""Decode a page's bytes: detect the encoding extractors and archives really use.

UTF-8 (with or without BOM) and UTF-16/32 with BOM are read exactly. Other bytes are read
as each Chinese encoding that decodes them (GB18030/GBK, Big5, UTF-16 without BOM), and the
reading whose characters are the ones Chinese text is made of wins: Big5 bytes also decode
as GB18030, but into kana, Cyrillic and rare characters. When two readings are equally
plausible (a few characters) the page is refused rather than guessed; what reads as none of
them is given to charset-normalizer, and refused unless it reads as text.
A decoded page must be storable in XML 1.0: a stray control character is refused with its
line and column rather than dropped, since nothing printed may be lost silently.
"""

from __future__ import annotations

import codecs
import contextlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from teipress.errors import InputError
from teipress.xmlchars import NOT_XML, unstorable

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
# Encodings a Chinese page may come in, beyond the exact ones tried first.
_FALLBACKS = ["big5", "big5hkscs", "utf_16_le", "utf_16_be", "gb2312", "hz"]
# Each group is one reading: its first encoding that decodes the bytes (Big5-HKSCS reads
# Hong Kong characters Big5 lacks, but reads Big5's own symbols such as ① differently).
_CHINESE = (("gb18030",), ("big5", "big5hkscs"), ("utf-16-le",), ("utf-16-be",))
_UTF16 = (("utf-16-le",), ("utf-16-be",))
_NAMES = {"gb18030": "GB18030", "big5": "Big5", "big5hkscs": "Big5-HKSCS",
          "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}
# A reading is plausible when at most this share of its non-ASCII characters is outside the
# characters Chinese text is made of; real pages stay under 1 %, Big5 read as GB18030 and
# GB18030 read as Big5 come out near 50 %.
_MAX_UNCOMMON = 0.1


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
    if b"\x00" in raw:  # UTF-16 without BOM has NULs (in ASCII characters); binary files too
        reading = _plausible_reading(raw, _UTF16)
        if reading is None:
            raise InputError("binary file (it contains NUL bytes), not extracted text")
        return _checked(*reading)
    try:
        return _checked(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = exc
    if _damaged_utf8(raw, not_utf8):
        raise InputError(f"UTF-8 text with a broken character ({_where(raw, not_utf8)}): "
                         "the file seems cut off or damaged")
    reading = _plausible_reading(raw, _CHINESE)
    if reading is not None:
        return _checked(*reading)
    from charset_normalizer import from_bytes  # only for a text in none of the above

    best = from_bytes(raw, cp_isolation=_FALLBACKS).best()
    if best is None or best.chaos > 0.2:
        raise InputError("cannot detect the encoding: not UTF-8, UTF-16, GB18030 or Big5 text"
                         f" ({_where(raw, not_utf8)})")
    return _checked(str(best), best.encoding)


def _plausible_reading(raw: bytes, groups: tuple[tuple[str, ...], ...]
                       ) -> tuple[str, str] | None:
    """The one reading of ``raw`` (text, encoding) whose characters are those Chinese text is
    made of; None when no reading is; an error when two are, and nothing tells them apart."""
    readings = []
    for group in groups:
        decoded = _first_decoding(raw, group)
        if decoded is None:
            continue
        text, encoding = decoded
        wide = [ch for ch in text if ord(ch) > 0x7F]
        if not wide:
            continue
        common = _common_characters()
        uncommon = sum(1 for ch in wide if ch not in common)
        if uncommon <= _MAX_UNCOMMON * len(wide):
            readings.append((uncommon, encoding, text))
    if not readings:
        return None
    readings.sort()
    (fewest, encoding, text), *others = readings
    # another reading is as plausible unless it has clearly more odd characters
    if others and others[0][0] < fewest + max(3, fewest):
        names = " and as ".join(_NAMES[e] for _u, e, _t in readings[:2])
        raise InputError(f"cannot tell the encoding: the text reads as {names} alike "
                         "(too few characters to decide); save it as UTF-8")
    return text, encoding


def _first_decoding(raw: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    for encoding in encodings:
        if encoding.startswith("utf-16") and len(raw) % 2:
            continue
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding), encoding
    return None


@cache
def _common_characters() -> frozenset[str]:
    """The characters Chinese text is made of, by the standards' own lists: GB2312's 6,763
    hanzi, Big5's 5,401 frequent hanzi, and both standards' punctuation and full-width forms."""
    def table(encoding: str, leads: range, trails: list[int]) -> set[str]:
        found = set()
        for lead in leads:
            for trail in trails:
                with contextlib.suppress(UnicodeDecodeError):
                    found.add(bytes((lead, trail)).decode(encoding))
        return found

    gb_trails = list(range(0xA1, 0xFF))
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    common = table("gb2312", range(0xB0, 0xF8), gb_trails)  # hanzi, levels 1 and 2
    common |= table("gb2312", range(0xA1, 0xA4), gb_trails)  # punctuation, full-width forms
    big5 = table("big5", range(0xA4, 0xC7), big5_trails)  # frequent hanzi, A440–C67E
    common |= {ch for ch in big5 if ch.encode("big5") <= b"\xc6\x7e"}
    common |= table("big5", range(0xA1, 0xA4), big5_trails)  # punctuation, full-width forms
    return frozenset(common | {"\ufeff", "\u3000", "\xa0", "\u2028", "\x85"})


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
    if bad := NOT_XML.search(text):
        line, column = _position(text, bad.start())
        raise UnstorableCharacter(line, column, unstorable(bad.group()))
    if not text.strip():
        raise InputError(_EMPTY)
    return DecodedPage(text=text, encoding=encoding)


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``; CR LF, CR and LF each end a line."""
    before = text[:index].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def _is_binary_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= code < 0xA0
