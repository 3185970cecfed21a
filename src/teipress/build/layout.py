"""The edition folder: ``<paper>/edition.toml`` and ``<paper>/<YYYY-MM-DD>/<NN>.txt|.pdf|.xml``.

An issue is a folder of pages; a page is the stem shared by its source (``03.pdf``, the page's
PDF, or ``03.txt``, the text PDF extraction gave; the PDF is read when both are there, since
it carries the layout) and its TEI (``03.xml``, written beside it by the converter and then
the file editors correct). Either may be missing: a page may be TEI made by hand.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from teipress.edition import SETTINGS_NAME
from teipress.errors import UsageError

PAGE_SUFFIXES = (".txt", ".pdf", ".xml")
# The images teipress.pdfconvert writes beside a page's TEI: its page image and its photos.
_PDF_IMAGE = re.compile(r"(.+?)(?:\.page\.jpg|-photo[0-9]+\.(?:jpg|png))")


@dataclass(frozen=True)
class PageSource:
    """One page of an issue: ``rel`` is ``2022-11-22/03``, its name within the edition."""

    rel: str
    text: Path | None  # the page's source: its PDF, else its text
    tei: Path


@dataclass(frozen=True)
class IssueSource:
    """One issue folder and its pages in page order."""

    name: str
    folder: Path
    pages: tuple[PageSource, ...]

    def assets(self) -> list[Path]:
        """The issue folder's other files (photos the TEI may point to), in a stable order.

        The images converting a page PDF writes (``03.page.jpg``, ``03-photo1.jpg``) are left
        out: they follow from the PDF as the TEI does, and counting them would make the
        build that converts a PDF out of date the moment it wrote them."""
        from_pdf = {p.stem for p in self.folder.glob("*.pdf")}
        return sorted(p for p in self.folder.iterdir()
                      if p.is_file() and p.suffix not in PAGE_SUFFIXES
                      and not p.name.startswith(".") and not _made_from_pdf(p.name, from_pdf))


def scan_edition(edition_dir: Path) -> list[IssueSource]:
    """The issues of an edition folder, sorted by folder name (dates sort by time)."""
    edition_dir = Path(edition_dir)
    if not (edition_dir / SETTINGS_NAME).is_file():
        raise UsageError(f"{edition_dir}: not an edition folder (no {SETTINGS_NAME})")
    issues = []
    for folder in sorted(p for p in edition_dir.iterdir()
                         if p.is_dir() and not p.name.startswith(".")):
        stems = sorted({p.stem for p in folder.iterdir()
                        if p.suffix in PAGE_SUFFIXES and p.is_file()
                        and not p.name.startswith(".")}, key=_page_order)
        if not stems:
            continue
        pages = tuple(PageSource(rel=f"{folder.name}/{stem}", text=_source(folder, stem),
                                 tei=folder / f"{stem}.xml") for stem in stems)
        issues.append(IssueSource(folder.name, folder, pages))
    return issues


def _made_from_pdf(name: str, pdf_stems: set[str]) -> bool:
    match = _PDF_IMAGE.fullmatch(name)
    return bool(match) and match.group(1) in pdf_stems


def _source(folder: Path, stem: str) -> Path | None:
    for suffix in (".pdf", ".txt"):
        if (folder / f"{stem}{suffix}").is_file():
            return folder / f"{stem}{suffix}"
    return None


def parse_shard(text: str) -> tuple[int, int]:
    """``K/N`` (1 ≤ K ≤ N) as a pair of ints."""
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise UsageError(f"--shard {text!r}: write K/N, e.g. 1/4") from None
    if not 1 <= k <= n:
        raise UsageError(f"--shard {text!r}: K must be between 1 and N")
    return k, n


def in_shard(issue: IssueSource, shard: tuple[int, int]) -> bool:
    """Whether an issue belongs to shard K of N: by a hash of its folder name, so adding
    issues never moves the others to another shard."""
    k, n = shard
    return zlib.crc32(issue.name.encode("utf-8")) % n == k - 1


def _page_order(stem: str) -> tuple[int, str]:
    return (int(stem), stem) if stem.isdigit() else (10**9, stem)
