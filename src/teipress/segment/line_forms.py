"""How a line is set against its column: the width around it, the indent, the marks hanging
past the column's edge, and the marks and brackets that open or close a line.

Extractors wrap lines at the column width and drop the 2em indent, so a line's width read
against the column around it says where it stands in its paragraph (the other line modules,
``head_lines``, ``paragraph_ends``, ``captions``, read lines by these measures).
"""

from __future__ import annotations

import re
from collections import Counter

from teipress.segment import thresholds
from teipress.segment.model import Line
from teipress.segment.text import ends_sentence, width

# A bracket closing a line: a reporter, a source, an end mark (…因素。（完）).
LAST_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")
MARKS = "■□●◆◇▲△★☆"  # set before a subhead: ■ 一线直击
NAME_MARKS = MARKS + "◎○"  # set before an author's bare name under a headline: ◎ 陆知秋
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # a photo series' numbered captions
INDENTED = re.compile(r"^[ \t\u3000]{2,}\S")  # the 2em indent, where an extractor keeps it
LATIN_RUN = re.compile(r"[A-Za-z0-9.%+/:-]+")  # printed unbroken: it moves whole to the next line
HANGING = "，。、；：！？”’）》」』"  # marks that hang past the column's edge


def set_width(text: str) -> float:
    """A line's width against its column: the marks hanging past the column's edge aside."""
    return width(text.strip().rstrip(HANGING))


def quoted_head(text: str) -> bool:
    """A head printed as one quotation, commas and all: an interview's headline
    (“让老街区留住烟火气，也长出新业态”), which ends no sentence inside its marks."""
    return (text.startswith("“") and text.endswith("”") and text.count("“") == 1
            and not ends_sentence(text))


class Columns:
    """The column width around each line: articles on one page are set in different widths."""

    def __init__(self, blocks: list[list[Line]]) -> None:
        self.page = body_width(blocks)
        # whether wrapped paragraphs show the column at all (a page of one-line texts does not)
        self.wrapped = any(len(block) >= 3 for block in blocks)
        widths = [width(line.text) for block in blocks for line in block]
        numbers = [line.number for block in blocks for line in block]
        self._at = {number: self._near(widths, i) for i, number in enumerate(numbers)}

    def at(self, line: Line) -> float:
        """The 75th percentile of the body lines' widths near ``line`` (itself left out)."""
        return self._at.get(line.number, self.page)

    def _near(self, widths: list[float], i: int) -> float:
        window = thresholds.COLUMN_WINDOW
        first = max(0, i - window)
        near = sorted(w for j, w in enumerate(widths[first: i + window + 1], start=first)
                      if j != i and w <= self.page * thresholds.WIDE_FACTOR)
        return near[int(len(near) * thresholds.COLUMN_PERCENTILE)] if len(near) >= 4 else self.page


def body_width(blocks: list[list[Line]]) -> float:
    """The page's commonest column width: the mode of wrapped lines' widths."""
    widths = Counter(
        round(width(line.text)) for block in blocks if len(block) >= 3 for line in block[:-1]
    )
    if not widths:
        widths = Counter(round(width(line.text)) for block in blocks for line in block)
    return float(max(widths.items(), key=lambda kv: (kv[1], kv[0]))[0]) if widths else 0.0
