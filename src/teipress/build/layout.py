"""The edition folder: ``<paper>/edition.toml`` and ``<paper>/<YYYY-MM-DD>/<NN>.txt|.xml``.

An issue is a folder of pages; a page is the stem shared by its text (``03.txt``, what PDF
extraction gave) and its TEI (``03.xml``, written beside the text by the converter and then
the file editors correct). Either may be missing: a page may be TEI made by hand.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from teipress.edition import SETTINGS_NAME
from teipress.errors import UsageError
from teipress.safepaths import is_inside

PAGE_SUFFIXES = (".txt", ".xml")


@dataclass(frozen=True)
class PageSource:
    """One page of an issue: ``rel`` is ``2022-11-22/03``, its name within the edition."""

    rel: str
    text: Path | None
    tei: Path


@dataclass(frozen=True)
class IssueSource:
    """One issue folder and its pages in page order."""

    name: str
    folder: Path
    pages: tuple[PageSource, ...]

    def assets(self) -> list[Path]:
        """The issue folder's other files, in its subfolders too (photos the TEI may point
        to), in a stable order; hidden ones and links leading out of the folder left out."""
        found = []
        for folder, subfolders, files in os.walk(self.folder):  # links to folders not followed
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            found.extend(Path(folder, name) for name in files if not name.startswith("."))
        return sorted(p for p in found if p.suffix not in PAGE_SUFFIXES
                      and is_inside(self.folder, p) and p.is_file())


def scan_edition(edition_dir: Path,
                 refuse: Callable[[Path], None] = lambda path: None) -> list[IssueSource]:
    """The issues of an edition folder, sorted by folder name (dates sort by time). A
    folder or page that is a link leading outside the edition is left out and given to
    ``refuse``: nothing outside the edition is read."""
    edition_dir = Path(edition_dir)
    if not (edition_dir / SETTINGS_NAME).is_file():
        raise UsageError(f"{edition_dir}: not an edition folder (no {SETTINGS_NAME})")
    issues = []
    for folder in sorted(p for p in edition_dir.iterdir()
                         if p.is_dir() and not p.name.startswith(".")):
        if not is_inside(edition_dir, folder):
            refuse(folder)
            continue
        files = {p.name: p for p in folder.iterdir() if p.suffix in PAGE_SUFFIXES
                 and p.is_file() and not p.name.startswith(".")}
        outside = {name for name, p in files.items() if not is_inside(folder, p)}
        for name in sorted(outside):
            refuse(files[name])
        stems = sorted({p.stem for name, p in files.items() if name not in outside},
                       key=_page_order)
        pages = tuple(
            PageSource(rel=f"{folder.name}/{stem}",
                       text=files.get(f"{stem}.txt") if f"{stem}.txt" not in outside else None,
                       tei=folder / f"{stem}.xml")
            for stem in stems if f"{stem}.xml" not in outside)
        if pages:
            issues.append(IssueSource(folder.name, folder, pages))
    return issues


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
