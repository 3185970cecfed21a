"""Parse XML that may come from anywhere: no DTD, no entity expansion, no network.

A TEI page never needs a DOCTYPE, so one is refused outright, before libxml2 sees it:
that closes XXE (external entities reading local files or URLs) and entity-expansion
bombs (billion laughs) whatever the parser's defaults are.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

# Whitespace, the XML declaration, processing instructions and comments may precede a DOCTYPE.
_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_BOM = b"\xef\xbb\xbf"
# A converted page is at most a few MB of TEI (the converter takes up to 512 kB of text); a
# file much larger is not a page, and reading it whole could exhaust memory (/dev/zero never
# ends), so validate and the renderers read no more than this. Hand-made pages with facsimile
# zones stay far below it too.
MAX_TEI_BYTES = 16 * 1024 * 1024
_POSITION_SUFFIX = re.compile(r"\s*, line \d+, column \d+$")


class PageTooLarge(Exception):
    """A file holds more than ``MAX_TEI_BYTES``: not a page (or /dev/zero)."""

    def __init__(self) -> None:
        super().__init__(f"more than {MAX_TEI_BYTES // 2**20} MB is too large for a TEI page")


def read_page_bytes(path: Path) -> bytes:
    """A TEI page's bytes, read no further than a page can hold (PageTooLarge beyond);
    OSError as the system gives it."""
    with Path(path).open("rb") as file:
        data = file.read(MAX_TEI_BYTES + 1)
    if len(data) > MAX_TEI_BYTES:
        raise PageTooLarge
    return data


class NotWellFormed(Exception):
    """The bytes are not an acceptable XML document; ``line``/``column`` are 1-based."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        # Duplicate xml:id values are a rule of the schema (reported with its id), not a
        # parse failure; libxml2 would otherwise abort on them.
        collect_ids=False,
    )


_PARSER = _parser()


def parse_bytes(data: bytes) -> etree._ElementTree:
    """Parse ``data`` as one XML document, refusing any DOCTYPE and any entity expansion."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    prolog = _PROLOG.match(data, start)
    assert prolog is not None  # the pattern matches the empty string too
    prolog_end = prolog.end()
    if data.startswith(b"<!DOCTYPE", prolog_end):
        line, column = _position(data, prolog_end)
        raise NotWellFormed("DOCTYPE not allowed (no DTDs or entities in a TEI page)", line, column)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        # libxml2 ends some messages with a line break (``… range\n, line 1, column 6``)
        message = _POSITION_SUFFIX.sub("", " ".join((exc.msg or str(exc)).split()))
        raise NotWellFormed(message, line or 1, max(column, 1)) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        # Reached only by encodings the byte scan cannot read (UTF-16); nothing was expanded.
        raise NotWellFormed("DOCTYPE not allowed (no DTDs or entities in a TEI page)", 1, 1)
    return tree


def _position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
    return line, column
