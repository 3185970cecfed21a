"""Pages in the encodings Chinese text comes in are read exactly, whatever their bytes also
decode as; where two readings are equally plausible the page is refused in one line."""

from __future__ import annotations

import pytest

from conftest import ROOT, SAMPLE_TXT
from teipress.decode import decode_page
from teipress.errors import InputError

SIMPLIFIED = [SAMPLE_TXT, *sorted((ROOT / "tests" / "pages").glob("*.txt"))]
TRADITIONAL = sorted((ROOT / "tests" / "data" / "traditional").glob("*.txt"))


def read(path):
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", TRADITIONAL, ids=lambda p: p.stem)
def test_big5_pages_are_read_as_big5(path):
    text = read(path)
    raw = text.encode("big5")
    assert raw.decode("gb18030")  # the bytes GB18030 used to read, and garble
    decoded = decode_page(raw)
    assert decoded.encoding == "big5"
    assert decoded.text == text


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("path", SIMPLIFIED, ids=lambda p: p.stem)
def test_simplified_pages_are_read_exactly(path, encoding):
    text = read(path)
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{path.name} has characters GBK lacks")  # GB18030 covers them all
    decoded = decode_page(raw)
    assert decoded.encoding == ("gb18030" if encoding == "gbk" else encoding)
    assert decoded.text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("path", TRADITIONAL, ids=lambda p: p.stem)
def test_utf16_without_bom_is_text_not_binary(path, encoding):
    text = read(path)
    assert b"\x00" in text.encode(encoding)
    assert decode_page(text.encode(encoding)).text == text


@pytest.mark.parametrize(("text", "encoding"), [
    ("经济", "gb18030"),  # BEAD BCC3: also Big5 for two frequent traditional characters
    ("條", "big5"),
])
def test_a_few_characters_that_read_alike_in_both_are_refused(text, encoding):
    raw = text.encode(encoding)
    assert raw.decode("gb18030")
    assert raw.decode("big5")
    with pytest.raises(InputError, match=r"^cannot tell the encoding: the text reads as "
                                         r"(GB18030|Big5) and as (GB18030|Big5) alike"):
        decode_page(raw)


def test_a_short_page_is_read_when_only_one_reading_is_chinese():
    assert decode_page("正文一段。".encode("gb18030")).encoding == "gb18030"
    assert decode_page("正文一段。".encode("big5")).encoding == "big5"


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,  # NULs at every parity: binary, not UTF-16
    b"\x00\x01\x02\x03" * 100,
    "正文".encode("utf-16-le") + b"\x00\xd8" * 50,  # lone surrogates: no UTF-16 reading
])
def test_binary_with_nul_bytes_is_still_binary(data):
    with pytest.raises(InputError, match=r"^binary file"):
        decode_page(data)
