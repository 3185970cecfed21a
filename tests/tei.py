"""Reading converted TEI in tests: namespaced XPath and whitespace-free text."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def parse(path: Path | bytes) -> etree._Element:
    if isinstance(path, bytes):
        return etree.fromstring(path)
    return etree.parse(str(path)).getroot()


def xp(node: etree._Element, query: str) -> list:
    return node.xpath(query, namespaces=NS)


def text(node: etree._Element | None) -> str:
    return "" if node is None else "".join("".join(node.itertext()).split())


def texts(node: etree._Element, query: str) -> list[str]:
    return [text(n) for n in xp(node, query)]
