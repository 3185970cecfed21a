"""TEI namespace helpers shared by the encoder."""

from __future__ import annotations

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei(name: str) -> str:
    """The Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


def xml(name: str) -> str:
    return f"{{{XML_NS}}}{name}"
