"""A front page's masthead: the lines printed at the page's head around the paper's name.

Besides the page number, section, date and the paper's name, a front page's masthead prints
lines the furniture rules do not know (the issue number ``第12876期 今日8版``, the serial
number ``国内统一连续出版物号 CN 36-0012``, the weather, the lunar date). A line of the head
band is masthead where part of it is furniture, as two kinds at least (a date or the paper's
name among them), or where it stands in the folio row beside a furniture line: its known
items keep their kinds, what is left is kept as it is printed (``masthead``). Nothing of a
masthead is a head or a paragraph. Which lines stand in the head and foot bands at all
(``in_bands``) is read here too: a rule across the page closes the folio off.
"""

from __future__ import annotations

import re

from teipress.segment.furniture import parse_furniture_line
from teipress.segment.geometry import thresholds
from teipress.segment.geometry.blocks import overlap
from teipress.segment.model import Box, FurnitureItem, FurnitureKind, Line

# A section's name: a word of two to four characters, maybe two joined by a middle dot, the
# second naming the day's theme (要闻·丰收节, 要闻·中国航天日).
_SECTION_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?")
# The same two words joined by the dot: a section's name in that form and nothing else.
_DOTTED_SECTION = re.compile(r"[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,6}")
# What only a masthead prints, each a paper's fixed item: the serial number (国内统一连续出版物号
# CN 35-0093), the number and page count (第4127期, 今日4版), the day's weather
# (今日天气：…) and the lunar date (农历丙午年七月初六). A line over the folio's row holding
# one is the masthead's, in whatever words the rest of it is printed.
_MASTHEAD_WORD = re.compile(r"CN\s*\d{2}\s*-\s*\d{4}|第\s*\d+\s*期|今日\s*\d+\s*版|天气\s*[:：]"
                            r"|农历")
# Kinds of which one marks a line as the masthead's (a section word or a number alone may
# stand in a headline).
ANCHORS: tuple[FurnitureKind, ...] = ("date", "title")
# Kinds that are furniture wherever they stand in a masthead line (a page number or a
# section word only at its start or end).
_PLACED_ANYWHERE: tuple[FurnitureKind, ...] = (*ANCHORS, "editors")


def in_bands(lines: list[Line], rules: list[Box], size: tuple[float, float], band: float
             ) -> list[Line]:
    """The lines of the page's head and foot bands, where furniture is printed: ``band`` of
    its height at the head and at the foot, and never past a rule across the page that
    closes the folio off (a headline set high under it is the page's first article)."""
    width, height = size
    top, foot = band * height, (1 - band) * height
    across = sorted((r for r in rules if r.x1 - r.x0 >= thresholds.ACROSS * width
                     and r.y1 - r.y0 < r.x1 - r.x0), key=lambda r: r.y0)
    under_folio = [r for r in across if r.y0 < top
                   and any(line.placed.y1 <= r.y0 + 1 for line in lines)]
    if under_folio:
        top = min(top, under_folio[0].y0)
    over_foot = [r for r in across if r.y1 > foot
                 and any(line.placed.y0 >= r.y1 - 1 for line in lines)]
    if over_foot:
        foot = max(foot, over_foot[-1].y1)
    return [line for line in lines if line.placed.y1 <= top + 1 or line.placed.y0 >= foot - 1
            or (not under_folio and line.placed.y0 < top)
            or (not over_foot and line.placed.y1 > foot)]


def masthead_items(text: str, paper_title: str = "", beside_folio: bool = False,
                   unsectioned: bool = False) -> list[FurnitureItem] | None:
    """The items of a masthead line in printed order, or None when the line is no masthead's.
    Known items are found in runs of its words, the longest first; a page number only at the
    line's start or end (a number amid it is an issue's or a serial's). On a page whose
    section is not found yet (``unsectioned``), a word set apart in the folio's row (职工日报
    … 04  劳模风采 LAOMO FENGCAI) is the section, listed or not, as it is beside the folio's
    number on one line."""
    words = text.split()
    items: list[FurnitureItem] = []
    other: list[str] = []

    def keep_other() -> None:
        if len(other) == 1 and beside_folio and unsectioned and _SECTION_WORD.fullmatch(
                other[0]) and not any(item.kind == "header" for item in items):
            items.append(FurnitureItem("header", other.pop()))
        if other:
            items.append(FurnitureItem("masthead", " ".join(other)))
            other.clear()

    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            found = parse_furniture_line(" ".join(words[i:j]), paper_title, at_edge=True)
            if found and _placed(found, i == 0, j == len(words)) and not (
                    found[-1].kind == "pageNum" and words[j:j + 1] and words[j][0] == "期"):
                # (no page number: an issue's number spaced off its 期, 第 186 期)
                keep_other()
                items.extend(found)
                i = j
                break
        else:
            other.append(words[i])
            i += 1
    keep_other()
    kinds = {item.kind for item in items if item.kind != "masthead"}
    if not beside_folio and (len(kinds) < 2 or not kinds & set(ANCHORS)):
        return None
    return items


def dotted_section(text: str) -> bool:
    """The line is a section's name as two words joined by a middle dot (要闻·丰收节)."""
    return _DOTTED_SECTION.fullmatch(text.strip()) is not None


def _placed(items: list[FurnitureItem], first: bool, last: bool) -> bool:
    """A page number or a section word stands at the line's start or end, or beside another
    known item; alone amid the masthead's words it is part of them."""
    if len(items) > 1 or items[0].kind in _PLACED_ANYWHERE:
        return True
    return first or last


def over_folio(line: Line, furniture: list[Line]) -> bool:
    """The line is set over the folio's row and prints what only a masthead prints: a front
    page's masthead set in rows over the date line (its serial number, issue and weather)."""
    return bool(furniture) and line.placed.y1 <= min(
        other.placed.y0 for other in furniture) + 1 and _MASTHEAD_WORD.search(line.text) is not None


def in_folio_row(line: Line, furniture: list[Line]) -> bool:
    """The line is set on the row of a furniture line (beside it, on its baseline)."""
    return any(overlap(line.placed.y0, line.placed.y1, other.placed.y0, other.placed.y1) > 0.5
               for other in furniture if other is not line)
