"""The edition folder: ``<paper>/edition.toml`` and ``<paper>/<YYYY-MM-DD>/<NN>.txt|.pdf|.xml``.

An issue is a folder of pages; a page is the stem shared by its source (``03.pdf``, the page's
PDF, or ``03.txt``, the text PDF extraction gave; the PDF is read when both are there, since
it carries the layout) and its TEI (``03.xml``, written beside it by the converter and then
the file editors correct). Either may be missing: a page may be TEI made by hand.
"""

from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from teipress.edition import SETTINGS_NAME
from teipress.errors import UsageError
from teipress.safepaths import is_inside

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
        """The issue folder's other files, in its subfolders too (photos the TEI may point
        to), in a stable order; hidden ones and links leading out of the folder left out.

        The images converting a page PDF writes (``03.page.jpg``, ``03-photo1.jpg``) are left
        out too: they follow from the PDF as the TEI does, and counting them would make the
        build that converts a PDF out of date the moment it wrote them."""
        from_pdf = {p.stem for p in self.folder.glob("*.pdf")}
        found: list[Path] = []
        for folder, subfolders, files in os.walk(self.folder):  # links to folders not followed
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            found.extend(Path(folder, name) for name in files if not name.startswith("."))
        return sorted(p for p in found if p.suffix not in PAGE_SUFFIXES
                      and not (p.parent == self.folder and _made_from_pdf(p.name, from_pdf))
                      and is_inside(self.folder, p) and p.is_file())


def scan_edition(edition_dir: Path) -> tuple[list[IssueSource], list[Path]]:
    """The issues of an edition folder, sorted by folder name (dates sort by time), and the
    folders and pages left out because they are links leading outside the edition: nothing
    outside it is read."""
    edition_dir = Path(edition_dir)
    if not (edition_dir / SETTINGS_NAME).is_file():
        raise UsageError(f"{edition_dir}: not an edition folder (no {SETTINGS_NAME})")
    issues: list[IssueSource] = []
    refused: list[Path] = []
    for folder in sorted(p for p in edition_dir.iterdir()
                         if p.is_dir() and not p.name.startswith(".")):
        if not is_inside(edition_dir, folder):
            refused.append(folder)
            continue
        files = {p.name: p for p in folder.iterdir() if p.suffix in PAGE_SUFFIXES
                 and p.is_file() and not p.name.startswith(".")}
        outside = {name for name, p in files.items() if not is_inside(folder, p)}
        refused.extend(files[name] for name in sorted(outside))
        usable = {name: p for name, p in files.items() if name not in outside}
        stems = sorted({p.stem for p in usable.values()}, key=_page_order)
        pages = tuple(
            PageSource(rel=f"{folder.name}/{stem}",
                       text=usable.get(f"{stem}.pdf") or usable.get(f"{stem}.txt"),
                       tei=folder / f"{stem}.xml")
            for stem in stems if f"{stem}.xml" not in outside)
        if pages:
            issues.append(IssueSource(folder.name, folder, pages))
    return issues, refused


def _made_from_pdf(name: str, pdf_stems: set[str]) -> bool:
    match = _PDF_IMAGE.fullmatch(name)
    return match is not None and match.group(1) in pdf_stems


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
