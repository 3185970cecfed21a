"""Lines into blocks: the runs of lines set one under the other in one column and one size.

A block is what a reader's eye takes as one piece of type: a column of body text down to a
gap, a head, a caption. Blocks never run across a rule or out of a frame. The page's body
size is the size most of its characters are set in; every role later is read against it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from teipress.segment.geometry import thresholds
from teipress.segment.model import Box, Line
from teipress.segment.patterns import BRIEF_MARKS
from teipress.segment.text import ends_sentence

# What a block is taken for, against the body size (roles.py); a misspelt role is a type error.
BlockRole = Literal[
    "head",     # set larger than the body: a headline, kicker or subtitle
    "subhead",  # bold at body size
    "body",     # running text
    "small",    # smaller than the body: a caption, a credit
    "label",    # one short line set just left of another block, labelling it: 核心阅读
]
HEADS: tuple[BlockRole, ...] = ("head", "subhead")  # the roles of blocks set as heads
TEXT: tuple[BlockRole, ...] = ("body", "small")  # the roles of blocks set as text


@dataclass
class Block:
    lines: list[Line]
    frame: Box | None = None  # the drawn box it sits in, if any
    role: BlockRole | None = None  # set by later passes (roles.py)
    label: Block | None = None  # a label set at the start of its first line: 核心阅读
    bar: Box | None = None  # the tint it is printed on, drawn tight round its lines (unbar)

    @cached_property  # a block's lines are fixed once it is built
    def box(self) -> Box:
        boxes = [line.placed for line in self.lines]
        return Box(min(box.x0 for box in boxes), min(box.y0 for box in boxes),
                   max(box.x1 for box in boxes), max(box.y1 for box in boxes))

    @cached_property
    def size(self) -> float:
        return commonest_size(self.lines)

    @property
    def bold(self) -> bool:
        return sum(len(line.text) for line in self.lines if line.bold) * 2 > sum(
            len(line.text) for line in self.lines)

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines)


def commonest_size(lines: list[Line]) -> float:
    """The size most characters are set in (ties to the larger)."""
    counts: Counter[float] = Counter()
    for line in lines:
        counts[round(line.size, 1)] += len(line.text.replace(" ", ""))
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0] if counts else 0.0


def inside(box: Box, frame: Box, slack: float = 3.0) -> bool:
    """Within the frame; a quote or bracket hung in the margin may reach past its side."""
    return (box.x0 >= frame.x0 - slack and box.y0 >= frame.y0 - slack
            and box.x1 <= frame.x1 + slack and box.y1 <= frame.y1 + slack)


def frame_of(box: Box, frames: list[Box], slack: float = 3.0) -> Box | None:
    """The smallest frame holding the box: the box or photo it is printed in."""
    holding = [f for f in frames if inside(box, f, slack)]
    return min(holding, key=lambda f: (f.x1 - f.x0) * (f.y1 - f.y0)) if holding else None


def unbar(blocks: list[Block], frames: list[Box]) -> None:
    """A line or two printed on a bar of their own (a kicker, a subhead or a diary's dated
    line reversed out of a tint: the bar drawn tight round those lines) stand in the box the
    bar stands in: the bar sets them apart from the lines round them (they are a block of
    their own), never the article they head from its text."""
    held: Counter[Box] = Counter(block.frame for block in blocks if block.frame is not None)
    bars = {block.frame for block in blocks if block.frame is not None
            and held[block.frame] == 1 and _tight(block, block.frame)}
    if not bars:
        return
    kept = [frame for frame in frames if frame not in bars]
    for block in blocks:
        if block.frame in bars:
            block.bar = block.frame
            if not _labels_a_column(block, block.bar):
                block.frame = frame_of(block.box, kept)


def _tight(block: Block, frame: Box) -> bool:
    """A head's few lines, the frame round them padded by less than a line's height."""
    line = block.lines[0].placed
    return len(block.lines) <= thresholds.MAX_SUBHEAD_LINES and (
        (frame.y1 - frame.y0) - (block.box.y1 - block.box.y0)
        < thresholds.BAR_PADDING * (line.y1 - line.y0))


def _labels_a_column(block: Block, bar: Box) -> bool:
    """A word or two on a tint drawn across the column (要闻简报, 矿区简讯): the column's
    label, kept in its bar as in a box of its own."""
    return bar.x1 - bar.x0 >= thresholds.BAR_WIDTH * (block.box.x1 - block.box.x0) and len(
        block.text.replace(" ", "")) <= thresholds.LABEL_CHARACTERS


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    """The overlap of two intervals as a share of the shorter."""
    shorter = min(a1 - a0, b1 - b0)
    if shorter <= 0:
        return 0.0
    return max(0.0, min(a1, b1) - max(a0, b0)) / shorter


def ruled_apart(upper: Box, lower: Box, rules: list[Box]) -> bool:
    """A horizontal rule runs between two boxes, across the narrower's width; between boxes
    set in different columns, across the white from the one to the other."""
    left, right = max(upper.x0, lower.x0), min(upper.x1, lower.x1)
    if left > right:
        left, right = right, left
    for rule in rules:
        if rule.y1 - rule.y0 > rule.x1 - rule.x0:
            continue
        middle = (rule.y0 + rule.y1) / 2
        if upper.y1 - 1 <= middle <= lower.y0 + 1 and overlap(
                rule.x0, rule.x1, left, right) > 0.5:
            return True
    return False


def frame_edges(frames: list[Box]) -> list[Box]:
    """A frame's four sides, as rules: what is inside a box is cut off from what is outside."""
    edges = []
    for f in frames:
        edges += [Box(f.x0, f.y0, f.x1, f.y0), Box(f.x0, f.y1, f.x1, f.y1),
                  Box(f.x0, f.y0, f.x0, f.y1), Box(f.x1, f.y0, f.x1, f.y1)]
    return edges


def ruled_between(left: Box, right: Box, rules: list[Box]) -> bool:
    """A vertical rule runs between two boxes set side by side."""
    for rule in rules:
        if rule.y1 - rule.y0 <= rule.x1 - rule.x0:
            continue
        middle = (rule.x0 + rule.x1) / 2
        if left.x1 - 1 <= middle <= right.x0 + 1 and overlap(
                rule.y0, rule.y1, max(left.y0, right.y0), min(left.y1, right.y1)) > 0.5:
            return True
    return False


def build_blocks(lines: list[Line], rules: list[Box], frames: list[Box]) -> list[Block]:
    """Chain each line to the one set right under it (same column, same size, same frame)."""
    ordered = sorted(lines, key=lambda line: line.placed.y0)
    tops = [line.placed.y0 for line in ordered]
    # a line's quote mark or bracket may hang out of its frame by half an em
    frame = {id(line): frame_of(line.placed, frames, max(3.0, line.size / 2)) for line in ordered}
    below: dict[int, Line] = {}
    run_in = _run_in_heads(ordered, tops)
    # a run-in head is a block of its own, and the text beside it opens a block
    taken: set[int] = {id(text) for text in run_in.values()}
    for line in ordered:
        if id(line) in run_in:
            continue
        box = line.placed
        height = box.y1 - box.y0
        best = None
        start = bisect_left(tops, box.y0 + height * 0.5)
        for other in ordered[start:]:
            obox = other.placed
            if obox.y0 - box.y1 > thresholds.LINE_GAP * max(line.size, 1):
                break
            if id(other) in taken or id(other) in run_in or not _stack(
                    line, other, frame) or _over_a_row(line, other, ordered, tops):
                continue
            if best is None or obox.y0 < best.placed.y0:
                best = other
        if best is not None and not ruled_apart(box, best.placed, rules):
            below[id(line)] = best
            taken.add(id(best))
    blocks = []
    starts = set(map(id, run_in.values()))
    for line in ordered:
        if id(line) in taken and id(line) not in starts:
            continue
        chain = [line]
        while id(chain[-1]) in below:
            chain.append(below[id(chain[-1])])
        blocks += [Block(part, frame[id(line)]) for part in _measures(chain)]
    return blocks


def _run_in_heads(ordered: list[Line], tops: list[float]) -> dict[int, Line]:
    """Heads run in before their text: a line set bold, opening with a brief's mark, and
    the text in the body's face going on right after it on its baseline (a column of
    one-line briefs: ●名老中医经验传承工作室再添20个 省中医药管理局…). Each head's id
    to the text line beside it."""
    found: dict[int, Line] = {}
    for line in ordered:
        if not line.bold or line.text[:1] not in BRIEF_MARKS:
            continue
        box = line.placed
        start = bisect_left(tops, box.y0 - line.size)
        for other in ordered[start:]:
            if other.placed.y0 > box.y1:
                break
            b = other.placed
            if (not other.bold and 0 <= b.x0 - box.x1 <= thresholds.RUN_IN * line.size
                    and overlap(box.y0, box.y1, b.y0, b.y1) > 0.5):
                found[id(line)] = other
                break
    return found


def _measures(chain: list[Line]) -> list[list[Line]]:
    """Cut a chain where the measure changes: a lead set across the page over the first
    column, a column over a paragraph set wide. A measure is where a part's lines reach at
    the furthest, shown by at least two lines reaching it (a lone short line over a column
    is a paragraph's last line, not a measure); the part above may show it by one line when
    it is the wider."""
    for k in range(1, len(chain)):
        upper, lower = chain[:k], chain[k:]
        wide_upper, wide_lower = _measure(upper), _measure(lower)
        if _reached(lower, wide_lower) < 2:
            continue
        if wide_upper > wide_lower * thresholds.MEASURE or (
                wide_lower > wide_upper * thresholds.MEASURE and _reached(upper, wide_upper) >= 2):
            return [upper, *_measures(lower)]
    return [chain]


def _measure(lines: list[Line]) -> float:
    return max(line.placed.x1 for line in lines) - min(line.placed.x0 for line in lines)


def _reached(lines: list[Line], measure: float) -> int:
    """How many lines run (nearly) the whole measure: punctuation hung in the margin ends a
    full line up to half an em further out."""
    right = min(line.placed.x0 for line in lines) + measure
    return sum(right - line.placed.x1 <= thresholds.HANGING * line.size for line in lines)


def _stack(upper: Line, lower: Line, frame: dict[int, Box | None]) -> bool:
    a, b = upper.placed, lower.placed
    if frame[id(upper)] != frame[id(lower)]:
        return False
    if max(upper.size, lower.size) > thresholds.SAME_SIZE * min(upper.size, lower.size):
        return False
    if upper.bold != lower.bold:
        return False
    # a paragraph's short last line over the next one's indented start share no width
    indent = abs(a.x0 - b.x0) <= thresholds.INDENT_EMS * max(upper.size, lower.size)
    return indent or overlap(a.x0, a.x1, b.x0, b.x1) >= thresholds.UNDER


def _over_a_row(upper: Line, lower: Line, ordered: list[Line], tops: list[float]) -> bool:
    """A line set across the columns, ending its sentence (an editor's note over a
    feature), with the columns' first lines under it: the line in one column is no line of
    its, but that column's head (a subhead, level with the lines opening the next columns).
    A paragraph's short last line has no line level with it under the same line."""
    a, b = upper.placed, lower.placed
    if not ends_sentence(upper.text) or b.x1 - b.x0 >= (a.x1 - a.x0) / 2:
        return False
    slack = thresholds.ROW_LEVEL * lower.size
    start = bisect_left(tops, b.y0 - slack)
    return any(other is not lower and other.placed.y0 <= b.y0 + slack
               and overlap(a.x0, a.x1, other.placed.x0, other.placed.x1) > 0
               and overlap(b.x0, b.x1, other.placed.x0, other.placed.x1) <= 0
               for other in ordered[start:start + 40] if other.placed.y0 >= b.y0 - slack)
