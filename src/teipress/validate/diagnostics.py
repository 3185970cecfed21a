"""What validation found, and where: a file, a line and a column, as editors and CI expect."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

Severity = Literal["error", "warning"]
# The rule of a diagnostic that reports a bug in teipress met on a file, not a fault of the file.
INTERNAL_ERROR = "internal-error"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in one file; ``rule`` is the Schematron assertion's id, or empty."""

    line: int
    column: int
    severity: Severity
    message: str
    rule: str = ""


@dataclass
class FileResult:
    """Every diagnostic for one file, sorted by position."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def met_a_bug(self) -> bool:
        return any(d.rule == INTERNAL_ERROR for d in self.diagnostics)


class SourcePositions:
    """Line and column of an element's start tag.

    libxml2 records only the line of an element; the column is found by counting the start
    tags of the same name on that line, so a diagnostic points at the tag itself. Elements are
    counted, and lines searched, once per page: a page written on one line with thousands of
    errors costs no more than a short one.
    """

    def __init__(self, data: bytes, tree: etree._ElementTree) -> None:
        self._data = data
        self._tree = tree
        self._lines: list[str] | None = None
        self._ordinals: dict[etree._Element, int] | None = None
        self._starts: dict[tuple[int, str], list[int]] = {}

    def of(self, element: etree._Element) -> tuple[int, int]:
        line = element.sourceline or 1
        name = etree.QName(element).localname
        index = self._ordinal(element)
        starts = self._starts.get((line, name))
        if starts is None:
            tag = re.compile(r"<(?:[\w.-]+:)?" + re.escape(name) + r"(?=[\s/>])")
            starts = [m.start() for m in tag.finditer(self._line(line))]
            self._starts[(line, name)] = starts
        column = starts[index] + 1 if index < len(starts) else 1
        return line, column

    def _ordinal(self, element: etree._Element) -> int:
        """How many elements of the same local name start before ``element`` on its line."""
        if self._ordinals is None:
            self._ordinals = {}
            seen: dict[tuple[int, str], int] = {}
            for node in self._tree.getroot().iter():
                if isinstance(node.tag, str):
                    key = (node.sourceline or 1, etree.QName(node).localname)
                    self._ordinals[node] = seen.get(key, 0)
                    seen[key] = self._ordinals[node] + 1
        return self._ordinals.get(element, 0)

    def _line(self, number: int) -> str:
        if self._lines is None:
            encoding = self._tree.docinfo.encoding or "utf-8"
            try:
                text = self._data.decode(encoding, "replace")
            except LookupError:
                text = self._data.decode("utf-8", "replace")
            self._lines = text.splitlines()
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""
