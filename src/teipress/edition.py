"""Edition settings: what a page does not print (paper title, place, publisher, page size).

``edition.toml`` is read in one place, into one :class:`Edition`, once per edition: a command
keeps an :class:`Editions` (the settings of each edition its inputs belong to), the build
reads its edition's once and passes it down with each job.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from teipress.errors import InputError
from teipress.safepaths import UnsafePath, file_stem, safe_name
from teipress.xmlchars import unstorable

SETTINGS_NAME = "edition.toml"


@dataclass(frozen=True)
class Edition:
    """The settings of one edition; the defaults are an edition without ``edition.toml``."""

    paper_id: str = ""  # [paper] id, else the edition folder's name: names the issue PDFs
    title: str = ""  # [paper] title
    place: str = ""  # [paper] place
    publisher: str = ""  # [paper] publisher
    page_size: str = "A3"  # [print] page-size
    site_url: str = ""  # [site] url: where the HTML edition is published (IIIF ids)
    root: Path | None = None  # the folder of its edition.toml

    @property
    def settings_file(self) -> Path | None:
        return self.root / SETTINGS_NAME if self.root else None


class Editions:
    """The settings of each edition met, each ``edition.toml`` read once (a command given
    pages of several editions, or many pages of one). ``fixed``: the one edition every
    page belongs to (``convert --edition``)."""

    def __init__(self, fixed: Edition | None = None) -> None:
        self._fixed = fixed
        self._read: dict[Path | None, Edition] = {}

    def of(self, path: Path) -> Edition:
        """The settings of the edition ``path`` belongs to: the nearest ``edition.toml``
        above it, or empty settings when there is none."""
        if self._fixed is not None:
            return self._fixed
        settings = find_edition_file(path)
        if settings not in self._read:
            self._read[settings] = load_edition(settings)
        return self._read[settings]


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
    paper, printing = _table(data, "paper", path), _table(data, "print", path)
    site = _table(data, "site", path)
    return Edition(
        paper_id=_paper_id(paper, path),
        title=str(paper.get("title", "")),
        place=str(paper.get("place", "")),
        publisher=str(paper.get("publisher", "")),
        page_size=str(printing.get("page-size", "A3")),
        site_url=_site_url(site, path),
        root=path.parent,
    )


def _paper_id(paper: dict, path: Path) -> str:
    """``[paper] id`` names the issue PDFs, so it must be a plain file name; without one,
    the edition folder's name made into one."""
    if "id" not in paper:
        return file_stem(path.parent.name, "edition", dots=False)
    try:
        return safe_name(str(paper["id"]), what="paper.id")
    except UnsafePath as exc:
        raise InputError(f"{path}: {exc}") from None


def _site_url(site: dict, path: Path) -> str:
    """``[site] url``: an absolute http(s) address, kept with a final ``/``."""
    url = str(site.get("url", "")).strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query \
            or parts.fragment:
        raise InputError(f"{path}: site.url {url!r} must be an http:// or https:// address")
    return url if url.endswith("/") else url + "/"


def _table(data: dict, name: str, path: Path) -> dict:
    """A ``[name]`` table of the settings (empty when absent)."""
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise InputError(f"{path}: '{name}' must be a table of settings ([{name}])")
    for key, value in table.items():
        if isinstance(value, str) and (bad := unstorable(value)):
            raise InputError(f"{path}: {name}.{key}: {bad}")
    return table
