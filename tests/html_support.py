"""Reading a rendered HTML edition back: its characters, its links."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml import html as lxml_html

from teipress.convert import convert_file
from teipress.edition import Edition, find_edition_file, load_edition

TEI = "{http://www.tei-c.org/ns/1.0}"


def tei_text_chars(path: Path) -> Counter[str]:
    """The non-whitespace characters inside a TEI file's ``<text>``."""
    text = etree.parse(str(path)).find(f"{TEI}text")
    return Counter(c for c in "".join(text.itertext()) if not c.isspace())


def main_chars(path: Path) -> Counter[str]:
    """The non-whitespace characters inside an HTML page's ``<main>``."""
    main = lxml_html.parse(str(path)).find(".//main")
    return Counter(c for c in main.text_content() if not c.isspace())


def broken_links(folder: Path) -> list[str]:
    """Every link in the folder's HTML that leaves it, or points at a missing file or id."""
    ids: dict[Path, set[str]] = {}

    def ids_of(page: Path) -> set[str]:
        if page not in ids:
            ids[page] = {e.get("id") for e in lxml_html.parse(str(page)).iter() if e.get("id")}
        return ids[page]

    broken = []
    for page in sorted(folder.rglob("*.html")):
        doc = lxml_html.parse(str(page)).getroot()
        for element, attribute, link, _pos in doc.iterlinks():
            if element.tag == "form":
                continue
            url = urlsplit(link)
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if url.scheme or url.netloc or not target.is_file() or (
                    url.fragment and unquote(url.fragment) not in ids_of(target)):
                broken.append(f"{page.relative_to(folder)}: {attribute}={link}")
    return broken


VOID_ELEMENTS = frozenset({"meta", "link", "br", "img", "input", "hr", "wbr", "source"})


class _NestingChecker(HTMLParser):
    """Every element closed, in order: lxml's parser would silently repair what is not."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)

    def handle_endtag(self, tag) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{self.open[-1:]}>")


def assert_same_files(first: Path, second: Path) -> None:
    """Two renderings hold the same files, byte for byte (output is deterministic)."""
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def nesting_errors(path: Path) -> list[str]:
    checker = _NestingChecker()
    checker.feed(path.read_text(encoding="utf-8"))
    checker.close()
    return checker.errors + [f"<{tag}> never closed" for tag in checker.open]


def convert_to(source: Path, folder: Path, edition: Edition | None = None) -> Path:
    """The TEI the converter makes of ``source``, written into ``folder``."""
    edition = edition or load_edition(find_edition_file(source))
    target = folder / source.with_suffix(".xml").name
    data, _encoding = convert_file(source, target, edition)
    target.write_bytes(data)
    return target
