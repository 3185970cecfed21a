"""What a page's TEI file carries beside the page itself, the same for a text page and a
page PDF: its ``xml:id``, where its ``xml-model`` instructions point, and the check that it
holds every character of the input exactly once."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from teipress.edition import Edition
from teipress.errors import InternalError
from teipress.resources import schema_file
from teipress.safepaths import padded_page_number

if TYPE_CHECKING:
    from teipress.segment.model import Page


def page_id(edition: Edition, page: Page, source: Path) -> str:
    """A stable xml:id for the page: paper, issue date and page number where known."""
    parts = [edition.paper_id or "page"]
    if page.date:
        parts.append(page.date.isoformat())
    number = page.page_number
    parts.append(f"p{padded_page_number(number)}" if number else _ncname(source.stem))
    return _ncname("-".join(parts))


def _ncname(text: str) -> str:
    cleaned = re.sub(r"[^\w.-]", "-", text)
    return cleaned if re.match(r"[^\W\d]", cleaned) else "p-" + cleaned


def schema_hrefs(folder: Path) -> tuple[str, str]:
    """Where the TEI file's ``xml-model`` instructions point: the project's schema files,
    relative to the file, so XML editors find them in a checkout or an installed package."""
    hrefs = []
    for name in ("teipress.rng", "teipress.sch"):
        try:
            target = schema_file(name)
        except FileNotFoundError:
            hrefs.append(name)
            continue
        hrefs.append(Path(os.path.relpath(target, folder.resolve())).as_posix())
    return hrefs[0], hrefs[1]


def check_nothing_lost(text: str, data: bytes, source: Path | str) -> None:
    """Every non-whitespace character of the input sits in ``<text>`` exactly once."""
    root = etree.fromstring(data)
    body = root.find("{http://www.tei-c.org/ns/1.0}text")
    if body is None:
        raise InternalError(f"{source}: the encoder wrote no <text>; this is a bug in "
                            "teipress, please report it")
    got = Counter("".join("".join(body.itertext()).split()))
    want = Counter("".join(text.split()))
    if got != want:
        missing = "".join(sorted((want - got).elements()))[:20]
        extra = "".join(sorted((got - want).elements()))[:20]
        raise InternalError(f"{source}: conversion would change the text (missing {missing!r}, "
                            f"extra {extra!r}); this is a bug in teipress, please report it")
