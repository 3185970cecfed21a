"""Edition settings: what a page does not print (paper title, place, publisher, page size)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from teipress.errors import InputError

SETTINGS_NAME = "edition.toml"


@dataclass(frozen=True)
class Edition:
    paper_id: str = ""
    title: str = ""
    place: str = ""
    publisher: str = ""
    page_size: str = "A3"
    root: Path | None = None


def find_edition_file(start: Path) -> Path | None:
    """The nearest ``edition.toml`` in the folders above ``start``."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        settings = candidate / SETTINGS_NAME
        if settings.is_file():
            return settings
    return None


def load_edition(path: Path | None) -> Edition:
    """Read an ``edition.toml``; ``None`` gives empty settings, so conversion still works."""
    if path is None:
        return Edition()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from exc
    paper = data.get("paper", {})
    printing = data.get("print", {})
    return Edition(
        paper_id=str(paper.get("id", path.parent.name)),
        title=str(paper.get("title", "")),
        place=str(paper.get("place", "")),
        publisher=str(paper.get("publisher", "")),
        page_size=str(printing.get("page-size", "A3")),
        root=path.parent,
    )
