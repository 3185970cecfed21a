"""A page's lines into blocks, the runs between blank lines, and a line printing the heads
of boxes set side by side into one block per box (a label beside its own headline into
the two lines it stands for).
"""

from __future__ import annotations

import re

from teipress.segment import thresholds
from teipress.segment.model import Line
from teipress.segment.patterns import is_column_label
from teipress.segment.text import ends_sentence, width

SIDE_GAP = re.compile(r"(?<=\S)(?: {3,}|\u3000{2,}|\t+)(?=\S)")  # wider than any head's gap


def side_by_side(lines: list[Line | None]) -> list[Line | None]:
    """Heads of two boxes set side by side come out on one line, far apart
    (``今日谈    快评``): such lines are read box by box, the left parts first, each part
    a block of its own. A run of them may have blank lines between."""
    out: list[Line | None] = []
    i = 0
    while i < len(lines):
        run: list[list[str]] = []
        j = i
        while j < len(lines):
            line = lines[j]
            parts = _side_parts(line.text) if line is not None else None
            if line is None and run:
                j += 1
                continue
            if parts is None or (run and len(parts) != len(run[0])):
                break
            run.append(parts)
            j += 1
        numbers = [line.number for line in lines[i:j] if line is not None]
        if not run:
            out.extend(_label_beside_headline(lines[i]))
            i += 1
            continue
        while j > i and lines[j - 1] is None:  # trailing blank lines stay as printed
            j -= 1
        for box in range(len(run[0])):  # each a head of its own: a label, a headline
            for number, parts in zip(numbers, run, strict=True):
                out += [Line(number, parts[box]), None]
        i = j
    return out


def _side_parts(text: str) -> list[str] | None:
    """The parts of a line that prints two or more heads side by side, or None."""
    parts = [part.strip() for part in SIDE_GAP.split(text.strip())]
    if len(parts) < 2 or any(not part or ends_sentence(part) or width(part) > 20
                             or any(mark in part for mark in "，。、；,;") for part in parts):
        return None
    return parts


def _label_beside_headline(line: Line | None) -> list[Line | None]:
    """A column's label printed on its headline's line, far apart (``百姓话题    老楼加装电梯，
    “一楼”的难处怎么解``; a headline of clauses, unlike a box's head beside another box's):
    the label over the headline, as where they are printed line on line."""
    parts = [part.strip() for part in SIDE_GAP.split(line.text.strip())] if line else []
    if line is None or len(parts) != 2 or not is_column_label(
            parts[0], thresholds.HEAD_LABEL_WIDTH) or ends_sentence(parts[1]) \
            or "，" not in parts[1]:
        return [line]
    return [Line(line.number, parts[0]), None, Line(line.number, parts[1])]


def split_blocks(lines: list[Line | None]) -> list[list[Line]]:
    """Runs of non-blank lines; ``None`` stands for a blank line."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]
