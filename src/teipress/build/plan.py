"""What decides whether an output is rebuilt: the keys of each step's inputs, and where
the outputs go.

A key is a hash of everything the step reads: the page's TEI (or text, for conversion), the
templates and CSS, the schema files, ``edition.toml``, the issue folder's images, and
teipress itself (its version and the hash of its code and data, so an upgraded or edited
teipress rebuilds what it would now make differently).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teipress import __version__
from teipress.build.manifest import STATE_DIR, Manifest, digest
from teipress.resources import data_dir, package_dir
from teipress.safepaths import issue_folder


@dataclass(frozen=True)
class Fingerprints:
    """Hashes of what every page's steps share, taken once per build."""

    code: str
    html_style: str
    print_style: str
    schema: str
    edition: str

    @classmethod
    def take(cls, manifest: Manifest, edition_file: Path) -> Fingerprints:
        return cls(
            code=digest(__version__, manifest.tree_hash(package_dir())),
            html_style=manifest.tree_hash(data_dir("stylesheets") / "html"),
            print_style=manifest.tree_hash(data_dir("stylesheets") / "print"),
            schema=manifest.tree_hash(data_dir("schema")),
            edition=manifest.file_hash(edition_file),
        )

    def convert(self, text_hash: str) -> str:
        return digest("convert", self.code, self.edition, text_hash)

    def validate(self, tei_hash: str) -> str:
        return digest("validate", self.code, self.schema, tei_hash)

    def html(self, tei_hash: str, assets: str) -> str:
        return digest("html", self.code, self.html_style, self.edition, tei_hash, assets)

    def pdf(self, tei_hash: str, assets: str) -> str:
        return digest("pdf", self.code, self.print_style, self.edition, tei_hash, assets)

    def issue_pdf(self, tei_hashes: list[str], assets: str) -> str:
        return digest("issue-pdf", self.code, self.print_style, self.edition, assets, *tei_hashes)

    def index(self, paper_id: str, html_keys: list[str]) -> str:
        return digest("index", self.code, self.html_style, self.edition, paper_id, *html_keys)


def cache_file(code: str, rel: str, tei_hash: str) -> str:
    """Where a page read and its search words are kept, from the output folder: named after
    what they are read from (the page, its TEI's content, the code reading it)."""
    return f"{STATE_DIR}/pages/{digest(code, rel, tei_hash)}.json"


def page_pdf_file(date: str, slug: str) -> str:
    """Beside the page's HTML: ``2022-11-22/03.pdf``."""
    return f"{issue_folder(date)}/{slug}.pdf"


def issue_pdf_file(paper_id: str, date: str) -> str:
    """Beside the issue's index page: ``2022-11-22/wuhai-daily-2022-11-22.pdf``."""
    return f"{issue_folder(date)}/{issue_pdf_name(paper_id, date)}"


def issue_pdf_name(paper_id: str, date: str) -> str:
    return f"{paper_id}-{issue_folder(date)}.pdf"

