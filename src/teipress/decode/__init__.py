"""Decode a page: its text file (``text``) or its PDF (``pdf``), into what segmentation reads."""

from __future__ import annotations

from teipress.decode.text import (
    MAX_PAGE_BYTES,
    DecodedPage,
    UnstorableCharacter,
    decode_page,
    read_page,
)

__all__ = ["MAX_PAGE_BYTES", "DecodedPage", "UnstorableCharacter", "decode_page", "read_page"]
