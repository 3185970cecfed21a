"""What WeasyPrint may read while it lays a page out: files inside the page's folder and
teipress's own stylesheets, and ``data:`` URLs — never the network, never another file.

WeasyPrint fetches every URL a page names, and an SVG image names its own (``<image
href="http://…">``, ``file:///etc/…``); its default fetcher would follow them all. A
refused URL is an error WeasyPrint reports as a warning ("Failed to load image"), which the
renderer passes on; the page is printed without it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from teipress.safepaths import is_inside


class FolderFetcher(URLFetcher):
    """A WeasyPrint URL fetcher serving ``file:`` URLs inside ``roots`` and ``data:``."""

    def __init__(self, roots: list[Path]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self.roots = [Path(root).resolve() for root in roots]

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file" or parts.netloc not in ("", "localhost"):
            raise ValueError(f"not fetched: {url} (only files inside the edition)")
        path = Path(unquote(parts.path)).resolve()
        if not any(is_inside(root, path) for root in self.roots) or not path.is_file():
            raise ValueError(f"not fetched: {url} (only files inside the edition)")
        return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                  headers={"Content-Type": _content_type(path)})


def _content_type(path: Path) -> str:
    """WeasyPrint sniffs raster images itself but needs to be told what SVG and CSS are."""
    return {".svg": "image/svg+xml", ".css": "text/css"}.get(path.suffix.lower(),
                                                              "application/octet-stream")
