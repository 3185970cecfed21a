"""What validation found, and where: a file, a line and a column, as editors and CI expect."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

Severity = Literal["error", "warning"]


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


class SourcePositions:
    """Line and column of an element's start tag.

    libxml2 records only the line of an element; the column is found by counting the start
    tags of the same name on that line, so a diagnostic points at the tag itself.
    """

    def __init__(self, data: bytes, tree: etree._ElementTree) -> None:
        self._data = data
        self._tree = tree
        self._lines: list[str] | None = None

    def of(self, element: etree._Element) -> tuple[int, int]:
        line = element.sourceline or 1
        name = etree.QName(element).localname
        same_line = [e for e in self._tree.getroot().iter(element.tag) if e.sourceline == line]
        index = same_line.index(element) if element in same_line else 0
        tag = re.compile(r"<(?:[\w.-]+:)?" + re.escape(name) + r"(?=[\s/>])")
        starts = [m.start() for m in tag.finditer(self._line(line))]
        column = starts[index] + 1 if index < len(starts) else 1
        return line, column

    def _line(self, number: int) -> str:
        if self._lines is None:
            encoding = self._tree.docinfo.encoding or "utf-8"
            try:
                text = self._data.decode(encoding, "replace")
            except LookupError:
                text = self._data.decode("utf-8", "replace")
            self._lines = text.splitlines()
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""
