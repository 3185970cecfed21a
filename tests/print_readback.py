"""Reading a printed page back as a production desk would check it: the lines poppler finds
(``pdftotext -bbox-layout``), matched to the TEI's body paragraphs by their text, measured
against the column grid.

The grid is the print edition's specification, not the renderer's arithmetic: body text is
9 pt, a column 13 characters (117 pt) wide, a paragraph's first line indented 2 characters.
A line's column is found from where the line starts (flush left, or indented), so the check
needs no knowledge of where the renderer put the articles.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

BODY_PT = 9.0
COLUMN_PT = 13 * BODY_PT
INDENT_PT = 2 * BODY_PT
TOLERANCE_PT = 1.0
# The rules (clreq 3.1.7): no line starts with a closing mark, none ends with an
# opening one.
CLOSING = "，。、；：？！）」』”"
OPENING = "（「『“"
PUNCTUATION = set(CLOSING + OPENING + "’‘《》〈〉【】·—…")
TEI = "{http://www.tei-c.org/ns/1.0}"
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass
class PrintedLine:
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    words: list[str]

    @property
    def text(self) -> str:
        return "".join(self.words)


@dataclass
class PrintedPage:
    width: float
    height: float
    lines: list[PrintedLine] = field(default_factory=list)


def printed_pages(pdf: Path) -> list[PrintedPage]:
    """Every text line of every page, as poppler groups them."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True, huge_tree=True))
    pages = []
    for number, page in enumerate(root.iter(f"{_XHTML}page")):
        printed = PrintedPage(float(page.get("width")), float(page.get("height")))
        for line in page.iter(f"{_XHTML}line"):
            words = [w.text or "" for w in line.iter(f"{_XHTML}word")]
            printed.lines.append(PrintedLine(number, *(float(line.get(k)) for k in (
                "xMin", "yMin", "xMax", "yMax")), words))
        pages.append(printed)
    return pages


def body_paragraphs(tei: Path) -> list[str]:
    """The text (whitespace collapsed to one space) of each body paragraph: every ``p`` of
    the TEI text outside photos (their captions are set in the photo's box, not the
    columns)."""
    tree = etree.parse(str(tei))
    texts = []
    for p in tree.find(f"{TEI}text").iter(f"{TEI}p"):
        if any(a.tag == f"{TEI}figure" for a in p.iterancestors()):
            continue
        text = " ".join("".join(p.itertext()).split())
        if text:
            texts.append(text)
    return texts


def match_paragraphs(paragraphs: list[str],
                     lines: list[PrintedLine]) -> list[list[PrintedLine]]:
    """For each paragraph the printed lines whose texts, in order, make it up (depth-first,
    each line used once); a paragraph not found whole gets no lines."""
    index: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        index.setdefault(line.text, []).append(number)
    used: set[int] = set()
    found = []

    def search(text: str, position: int, chosen: list[int]) -> list[int] | None:
        if position == len(text):
            return chosen
        for length in range(min(len(text) - position, 60), 0, -1):
            for number in index.get(text[position:position + length], ()):
                if number in used or number in chosen:
                    continue
                result = search(text, position + length, [*chosen, number])
                if result is not None:
                    return result
        return None

    for spaced in paragraphs:
        text = "".join(spaced.split())
        chosen = search(text, 0, []) or []
        used.update(chosen)
        found.append([lines[n] for n in chosen])
    return found


@dataclass
class LayoutReport:
    """What the desk checks, counted over one or more PDFs."""

    paragraphs: int = 0
    paragraphs_found: int = 0
    non_last_lines: int = 0
    flush_lines: int = 0
    ragged: list[str] = field(default_factory=list)
    start_violations: list[str] = field(default_factory=list)
    end_violations: list[str] = field(default_factory=list)
    lone_last_lines: list[str] = field(default_factory=list)
    foot_gaps: list[float] = field(default_factory=list)  # fraction of the page height
    split_words: list[str] = field(default_factory=list)  # lines the text layer cuts in two

    @property
    def flush_share(self) -> float:
        return self.flush_lines / self.non_last_lines if self.non_last_lines else 1.0


def check_page(pdf: Path, tei: Path, report: LayoutReport) -> None:
    """Add one single-page PDF of ``tei`` to ``report``."""
    [page] = printed_pages(pdf)
    paragraphs = body_paragraphs(tei)
    matched = match_paragraphs(paragraphs, page.lines)
    report.paragraphs += len(paragraphs)
    report.paragraphs_found += sum(1 for m in matched if m)
    body: list[PrintedLine] = []
    for lines in matched:
        body.extend(lines)
        for number, line in enumerate(lines[:-1]):
            left = line.x_min - (INDENT_PT if number == 0 else 0)
            if number == 0 and len(lines) > 1:
                # a first line starts indented unless it is the column's flush left edge
                following = lines[1].x_min
                left = following if abs(line.x_min - INDENT_PT - following) < 2 else left
            right = left + COLUMN_PT
            report.non_last_lines += 1
            overshoot = line.x_max - right
            hanging = line.text[-1] in CLOSING and abs(overshoot - BODY_PT / 2) <= TOLERANCE_PT
            if abs(overshoot) <= TOLERANCE_PT or hanging:
                report.flush_lines += 1
            else:
                report.ragged.append(f"{pdf.name}: {line.text} ({overshoot:+.1f} pt)")
        if len(lines) >= 3:
            last = lines[-1].text
            if len([c for c in last if c not in PUNCTUATION]) <= 1:
                report.lone_last_lines.append(f"{pdf.name}: {last}")
    for line in page.lines:
        if line.text and line.text[0] in CLOSING:
            report.start_violations.append(f"{pdf.name}: {line.text}")
        if line.text and line.text[-1] in OPENING:
            report.end_violations.append(f"{pdf.name}: {line.text}")
    for spaced, lines in zip(paragraphs, matched, strict=True):
        for line in lines:  # words apart where the TEI has no space: the layout put it there
            if len(line.words) > 1 and " ".join(line.words) not in spaced:
                report.split_words.append(f"{pdf.name}: {' '.join(line.words)}")
    if body:
        foot = max(line.y_min for line in page.lines)  # the editors line, at the foot
        lowest = max(line.y_max for line in body)
        report.foot_gaps.append((foot - lowest) / page.height)
