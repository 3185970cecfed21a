"""From characters placed on a page to printed lines: which characters share a line, in what
order, and where a space stands between them.

PDFs draw text in whatever order their typesetter chose, mostly a line or a column at a
time, sometimes a word at a time. Runs are taken in drawing order while each character
follows the last on its baseline; runs that then share a baseline and touch are joined, never
across a column gap or a vertical rule. Chinese is set without spaces: between two CJK
characters a space is written only for a visible gap (a headline set as two phrases),
between Latin letters and digits for a gap a word space wide; a space the PDF itself holds is
kept.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from teipress.decode.lines import Box, Line

# A character further than this (in ems of its size) from the last one starts another line:
# column gutters on Chinese pages are an em or more, letter-spaced heads stay under it.
MAX_GAP = 1.1
# Justification stretches a line by at most this many ems a character.
MAX_STRETCH = 0.1
# Chinese punctuation is set tight (or hung in the margin at a line's end): white of half an
# em after it is a column gutter, however narrow.
PUNCTUATION_GAP = 0.3  # between pieces drawn apart
GUTTER_AFTER_PAUSE = 0.5  # within a run drawn in one go, where justification may stretch
PAUSES = "、，。；：！？）》”’"
OPENERS = "“‘（《"
# A bold label closed by a colon at a line's start has at most this many characters.
LABEL_GLYPHS = 6
# A brief's head run in before its text: its mark and a headline's length at most. (The
# segmenters read a brief's head by the same marks: segment.patterns takes them from here.)
BRIEF_MARKS = "●■◆▲□"
BRIEF_HEAD_GLYPHS = 30
# A two-character name padded to three cells (胡　杨) in a justified line parts it by up to
# this many ems: the pad's em and the line's stretch on both sides of it.
PADDED_GAP = 2.0
# Punctuation set in half its cell (，“ compressed) lets the next box overlap by up to an em.
OVERLAP = 1.1
# Pieces of a line drawn apart (a word in another face) touch: a gap over this is a gutter.
JOIN_GAP = 0.6
# A line spread evenly over its measure falls apart into this many runs or more (a line of two
# characters into its first and its last), of this many characters at most each.
SPREAD_RUNS = 2
SPREAD_GLYPHS = 2
# ... and may start a paragraph's indent (two ems) in from the lines around it.
SPREAD_INDENT = 2.0
# Word spaces in Latin text are about a quarter em; kerning and tracking stay well under a fifth.
WORD_SPACE = 0.2
# Between CJK characters (loose boxes: whole cells) a gap over a sixth of an em is a space: a
# space in a CJK font is about a quarter em (bylines, two-phrase heads); justification
# stretches Chinese lines by a few hundredths of an em a character.
CJK_SPACE = 0.15
IDEOGRAPHIC_SPACE = "\u3000"  # a CJK cell of white, drawn as a character
# A short justified line (a timeline's entry) stretches each gap between its characters
# alike, by this many ems at least and at most; an ideographic space there is its em and the
# stretch either side, measured to this many ems.
MIN_SPACE_STRETCH = 0.03
MAX_SPACE_STRETCH = 0.3
SPACE_FIT = 0.02
# ... where the line ends at its column's edge, as a line a few rows from it does; the line may
# open a paragraph, set in by two cells.
SPAN_LINES = 5
INDENT_CELLS = 2
# Bars that part a folio's items (要闻 | 02), set with a space either side in any script.
BARS = frozenset("|｜")
# Two characters share a line when their boxes overlap vertically by this share of the smaller.
SAME_LINE = 0.5
_WIDE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
                   "\u2018\u2019\u201c\u201d\u2026\u2014]")


_IDEOGRAPH = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class Glyph:
    char: str
    box: Box
    size: float
    font: str = ""
    bold: bool = False
    angle: int = 0  # degrees, counter-clockwise; 0 for upright text
    unmapped: bool = False  # PDFium found no Unicode for the glyph
    origin: float = 0.0  # where the pen stood: the glyph's advance starts here


@dataclass
class _Run:
    glyphs: list[Glyph] = field(default_factory=list)
    vertical: bool = False  # upright CJK characters set top to bottom
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    spaces: set[int] = field(default_factory=set)  # indexes of glyphs a real space precedes
    stretch: float | None = None  # the least white between two of its characters (justified)

    def add(self, glyph: Glyph, space: bool = False) -> None:
        if space and self.glyphs:
            self.spaces.add(id(glyph))
        b = glyph.box
        if self.glyphs and not self.vertical:
            white = max(0.0, b.x0 - self.glyphs[-1].box.x1)
            self.stretch = white if self.stretch is None else min(self.stretch, white)
        if not self.glyphs:
            self.x0, self.y0, self.x1, self.y1 = b.x0, b.y0, b.x1, b.y1
        else:
            self.x0, self.y0 = min(self.x0, b.x0), min(self.y0, b.y0)
            self.x1, self.y1 = max(self.x1, b.x1), max(self.y1, b.y1)
        self.glyphs.append(glyph)

    @property
    def size(self) -> float:
        return self.glyphs[-1].size


def build_lines(glyphs: list[Glyph], rules: list[Box]) -> tuple[list[Line], int]:
    """The page's lines, top to bottom and left to right, and how many were set rotated."""
    upright = [g for g in glyphs if g.angle in (0, 359, 1)]
    rotated = [g for g in glyphs if g.angle not in (0, 359, 1)]
    verticals = [r for r in rules if r.x1 - r.x0 < r.y1 - r.y0]
    runs = _spread(_stretched(_merge(_runs(upright, verticals), verticals), verticals))
    runs += _rotated_runs(rotated)
    runs.sort(key=lambda run: (round(run.y0), run.x0))
    between = _script_gap(runs)
    lines = [_line(number, run, between) for number, run in enumerate(runs, 1)]
    return lines, sum(1 for run in runs if run.glyphs[0].angle not in (0, 359, 1))


def _size(glyph: Glyph) -> float:
    """The font size in points; where PDFium reports 1 (size set by the matrix), the box says."""
    if glyph.size >= 2:
        return glyph.size
    return max(glyph.box.y1 - glyph.box.y0, glyph.box.x1 - glyph.box.x0) / 0.88 or 1.0


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    """How much two intervals overlap, as a share of the shorter one."""
    shorter = min(a1 - a0, b1 - b0)
    if shorter <= 0:
        return 1.0 if max(a0, b0) <= min(a1, b1) else 0.0
    return max(0.0, min(a1, b1) - max(a0, b0)) / shorter


def _ruled_between(x0: float, x1: float, y0: float, y1: float, verticals: list[Box]) -> bool:
    return any(x0 <= (r.x0 + r.x1) / 2 <= x1 and _overlap(r.y0, r.y1, y0, y1) > 0.5
               for r in verticals)


def _runs(glyphs: list[Glyph], verticals: list[Box]) -> list[_Run]:
    """Characters in drawing order, cut where one does not follow the last on its line."""
    runs: list[_Run] = []
    run: _Run | None = None
    space = False
    pad: Box | None = None  # an ideographic space drawn after the run's last character
    for glyph in glyphs:
        if glyph.char.isspace():
            space = True  # a space the PDF holds: kept between the characters around it
            if glyph.char == IDEOGRAPHIC_SPACE and run is not None and not run.vertical:
                pad = glyph.box
            continue
        size = _size(glyph)
        glyph.size = size
        if run is not None and _follows(run, glyph, size, verticals, pad) and not _label_ends(
                run.glyphs, glyph):
            run.add(glyph, space)
        elif run is not None and _below(run, glyph, size):
            run.vertical = True
            run.add(glyph)
        else:
            run = _Run()
            runs.append(run)
            run.add(glyph)
        space, pad = False, None
    return [part for run in runs for part in _confirmed(run)]


def _label_ends(glyphs: list[Glyph], glyph: Glyph) -> bool:
    """A word or two set bold at a line's start and closed by a colon (编者按：, 短评：) is a
    label: the text after it, in the body's face, is a line of its own. So is a brief's
    head run in before its text, set bold after a brief's mark (●名老中医经验传承工作室再添
    20个  省中医药管理局…, a column of one-line briefs)."""
    if glyph.bold or not all(g.bold for g in glyphs):
        return False
    return ((len(glyphs) <= LABEL_GLYPHS and glyphs[-1].char in "：:")
            or (len(glyphs) <= BRIEF_HEAD_GLYPHS and glyphs[0].char in BRIEF_MARKS))


def _confirmed(run: _Run) -> list[_Run]:
    """Two characters one over the other are a line's end over the next line's start; only
    three or more stacked make a vertical line."""
    if not run.vertical or len(run.glyphs) > 2:
        return [run]
    parts = []
    for glyph in run.glyphs:
        part = _Run()
        part.add(glyph)
        parts.append(part)
    return parts


def _follows(run: _Run, glyph: Glyph, size: float, verticals: list[Box],
             pad: Box | None = None) -> bool:
    """The character goes on the run's line: on its baseline, close after its last one. An
    ideographic space drawn right after that one (a name padded to three cells, 贝　宁)
    is part of the line: the gap is measured from its end."""
    if run.vertical:
        return False
    last = run.glyphs[-1].box
    b = glyph.box
    if _overlap(last.y0, last.y1, b.y0, b.y1) < SAME_LINE:
        return False
    end = last.x1
    if pad is not None and _overlap(last.y0, last.y1, pad.y0, pad.y1) >= SAME_LINE and (
            -OVERLAP * size <= pad.x0 - last.x1 <= CJK_SPACE * size):
        end = max(end, pad.x1)
    gap = b.x0 - end
    if abs(b.x0 - last.x0) < 0.1 and abs(b.x1 - last.x1) < 0.1:
        return True  # one glyph printing two characters (a ligature, ``——`` as one dash)
    # a justified line adds its stretch after every character (and after a name's padding,
    # 仲　夏, where the pad is no glyph): a gutter is measured without it
    stretch = 2 * min(run.stretch or 0.0, MAX_STRETCH * size)
    if gap < -OVERLAP * size or gap - stretch > MAX_GAP * max(size, run.size):
        return False
    if gap > GUTTER_AFTER_PAUSE * size and run.glyphs[-1].char in PAUSES:
        return False  # after a comma the next character follows at once: this is a gutter
    return not _ruled_between(end, b.x0, b.y0, b.y1, verticals)


def _below(run: _Run, glyph: Glyph, size: float) -> bool:
    """The next character of a vertical line: right under the last, the same width."""
    if len(run.glyphs) > 1 and not run.vertical:
        return False
    last, b = run.glyphs[-1].box, glyph.box
    if not (_WIDE.match(glyph.char) and _WIDE.match(run.glyphs[-1].char)):
        return False
    if abs(glyph.size - run.glyphs[-1].size) > 0.1 * size:
        return False
    return (_overlap(last.x0, last.x1, b.x0, b.x1) > 0.6
            and -0.2 * size <= b.y0 - last.y1 <= 0.5 * size)


def _merge(runs: list[_Run], verticals: list[Box]) -> list[_Run]:
    """Join runs that share a baseline and touch: a line drawn in several pieces."""
    runs = sorted(runs, key=lambda run: run.x0)
    open_by_row: dict[int, list[_Run]] = {}
    kept: list[_Run] = []
    for run in runs:
        if run.vertical:
            kept.append(run)
            continue
        row = round(run.y1)
        target = None
        for key in (row - 2, row - 1, row, row + 1, row + 2):
            for other in open_by_row.get(key, ()):
                if _joins(other, run, verticals):
                    target = other
                    break
            if target:
                break
        if target is None:
            kept.append(run)
            open_by_row.setdefault(row, []).append(run)
            continue
        for glyph in run.glyphs:
            target.add(glyph)
        target.spaces |= run.spaces
    return kept


def _stretched(runs: list[_Run], verticals: list[Box]) -> list[_Run]:
    """Join two runs on one baseline parted after a pause mark by less than a gutter, or
    inside a name padded to three cells (``（通讯员 胡`` then ``杨 记者``), where together
    they span exactly the line above or below them: a justified line with few places to
    stretch (``0.53%，`` then ``深证成指涨``) widens the white after its comma, and a padded
    name's pad with it; a padded name's second half may end the line, flush at the column's
    edge (``本报讯 记者 郇`` then ``莉``). A column's end and the next column's start never
    span one line of their own."""
    rows = sorted((run for run in runs if not run.vertical), key=lambda r: (round(r.y0), r.x0))
    gone: set[int] = set()
    for left, right in itertools.pairwise(rows):
        size = max(left.size, right.size)
        gap = right.x0 - left.x1
        if (id(left) in gone or _overlap(left.y0, left.y1, right.y0, right.y1) < SAME_LINE
                or _ruled_between(left.x1, right.x0, right.y0, right.y1, verticals)):
            continue
        paused = (GUTTER_AFTER_PAUSE * size < gap <= MAX_GAP * size
                  and left.glyphs[-1].char in PAUSES)
        spaced = 0 < gap <= PADDED_GAP * size and _ideographic_space(left, right, gap, size)
        name_ends = 0 < gap <= PADDED_GAP * size and _padded_name_ends(left, right)
        if not paused and not spaced and not name_ends and not (
                0 < gap <= PADDED_GAP * size and _padded_name(left, right)):
            continue
        height = left.y1 - left.y0
        if any(other is not left and other is not right and not other.vertical
               and abs(other.x0 - left.x0) <= 1 and abs(other.x1 - right.x1) <= 1
               and 0 < abs(other.y0 - left.y0) <= 1.8 * height for other in rows) or (
                (spaced or name_ends) and _ends_its_column(left, right, rows)):
            for glyph in right.glyphs:
                left.add(glyph)
            left.spaces |= right.spaces
            gone.add(id(right))
    return [run for run in runs if id(run) not in gone]


def _padded_name(left: _Run, right: _Run) -> bool:
    """The left run ends in a lone character after a space and the right one starts with a
    lone character before one: the halves of a two-character name padded to three cells."""
    if len(left.glyphs) < 2 or len(right.glyphs) < 2:
        return False
    before, last = left.glyphs[-2:]
    first, after = right.glyphs[:2]
    return (bool(_IDEOGRAPH.match(last.char)) and bool(_IDEOGRAPH.match(first.char))
            and _spaced(before, last) and _spaced(first, after))


def _padded_name_ends(left: _Run, right: _Run) -> bool:
    """The left run ends in a lone character after a space, the right one is a lone
    character: a two-character name padded to three cells that ends its line (a dateline's
    reporter, 本报讯 记者 郇　莉), its second half set flush at the column's edge."""
    if len(left.glyphs) < 2 or len(right.glyphs) != 1:
        return False
    before, last = left.glyphs[-2:]
    return (bool(_IDEOGRAPH.match(last.char)) and bool(_IDEOGRAPH.match(right.glyphs[0].char))
            and _spaced(before, last))


def _ends_its_column(left: _Run, right: _Run, rows: list[_Run]) -> bool:
    """The right run ends where a line near it ends, one that starts where the left run
    starts or an indent further out (the left run opens a paragraph): together they fill the
    column's measure."""
    size = max(left.size, right.size)
    return any(other is not left and other is not right and not other.vertical
               and 0 < abs(other.y0 - left.y0) <= SPAN_LINES * (left.y1 - left.y0)
               and abs(other.x1 - right.x1) <= 1
               and 0 <= left.x0 - other.x0 <= INDENT_CELLS * size + 1 for other in rows)


def _ideographic_space(left: _Run, right: _Run, gap: float, size: float) -> bool:
    """The runs are parted by one ideographic space (a cell of white: a timeline's date, then
    its entry, 1958年10月　株洲…) that the line's justification widened by its stretch on both
    sides, as it widened every gap between the line's characters alike: a short line of few
    characters stretched to its measure (a browser draws no glyph for the space). Two
    columns' lines side by side are stretched each its own way, their gutter by neither."""
    whites = _stretches(left) + _stretches(right)
    if not _stretches(left) or not _stretches(right):
        return False
    stretch = sorted(whites)[len(whites) // 2]
    return (MIN_SPACE_STRETCH * size <= stretch <= MAX_SPACE_STRETCH * size
            and max(whites) - min(whites) <= SPACE_FIT * size
            and abs(gap - size - 2 * stretch) <= SPACE_FIT * size)


def _stretches(run: _Run) -> list[float]:
    """The white between the run's characters where an ideograph meets an ideograph, a digit
    or a letter: justification's stretch (punctuation's boxes may be narrower)."""
    return [glyph.box.x0 - prev.box.x1 for prev, glyph in itertools.pairwise(run.glyphs)
            if prev.char.isalnum() and glyph.char.isalnum()
            and (_IDEOGRAPH.match(prev.char) or _IDEOGRAPH.match(glyph.char))]


def _spaced(prev: Glyph, glyph: Glyph) -> bool:
    """A space drawn, or white of a space, between two characters of a line."""
    return prev.char.isspace() or glyph.char.isspace() or (
        glyph.box.x0 - prev.box.x1 > CJK_SPACE * max(prev.size, glyph.size))


def _spread(runs: list[_Run]) -> list[_Run]:
    """Join the pieces of a line justified by spreading its few characters evenly (投 稿 邮
    箱 ：, stretched over the measure): two or more runs of a character or two on one
    baseline, parted by one gap, spanning exactly the line above or below them. Columns
    never leave runs so short that together span a line of their own."""
    rows = sorted((run for run in runs if not run.vertical), key=lambda r: (round(r.y0), r.x0))
    gone: set[int] = set()
    i = 0
    while i < len(rows):
        chain = [rows[i]]
        for run in rows[i + 1:] if len(rows[i].glyphs) <= SPREAD_GLYPHS else ():
            last = chain[-1]
            if len(run.glyphs) > SPREAD_GLYPHS or _overlap(
                    last.y0, last.y1, run.y0, run.y1) < SAME_LINE or run.x0 <= last.x1:
                break
            if len(chain) > 1 and abs((run.x0 - last.x1) - (chain[1].x0 - chain[0].x1)) > 1:
                break
            chain.append(run)
        if len(chain) >= SPREAD_RUNS and _spans_a_line(chain[0].x0, chain[-1].x1, chain[0],
                                                       rows):
            for run in chain[1:]:
                for glyph in run.glyphs:
                    chain[0].add(glyph)
                gone.add(id(run))
            i += len(chain)
        else:
            i += 1
    return [run for run in runs if id(run) not in gone]


def _spans_a_line(x0: float, x1: float, run: _Run, rows: list[_Run]) -> bool:
    """A line right above or below the run ends where the run's line does and starts where
    it does, or up to a paragraph's indent before it (a paragraph's first line, indented,
    spread over the rest of the measure: ● 海 瑞 医 药 over the entry it opens)."""
    height = run.y1 - run.y0
    indent = SPREAD_INDENT * run.size + 1
    return any(other is not run and not other.vertical and -1 <= x0 - other.x0 <= indent
               and abs(other.x1 - x1) <= 1 and 0 < abs(other.y0 - run.y0) <= 1.8 * height
               for other in rows)


def _joins(left: _Run, right: _Run, verticals: list[Box]) -> bool:
    size = max(left.size, right.size)
    if max(left.size, right.size) > 1.3 * min(left.size, right.size):
        return False
    if _overlap(left.y0, left.y1, right.y0, right.y1) < 0.6:
        return False
    gap = right.x0 - left.x1
    if gap < -OVERLAP * size or gap > JOIN_GAP * size:
        return False
    if gap > PUNCTUATION_GAP * size and (
            left.glyphs[-1].char in PAUSES or right.glyphs[0].char in OPENERS):
        return False  # punctuation is set tight: white beside it is a gutter
    if _label_ends(left.glyphs, right.glyphs[0]):
        return False
    return not _ruled_between(left.x1, right.x0, right.y0, right.y1, verticals)


def _rotated_runs(glyphs: list[Glyph]) -> list[_Run]:
    """Rotated characters (a label set up the margin): a line per angle and baseline (the
    characters' middles across the line within half an em), in the order of the baseline."""
    by_angle: dict[int, list[tuple[float, Glyph]]] = {}
    for glyph in glyphs:
        if glyph.char.isspace():
            continue
        glyph.size = _size(glyph)
        b = glyph.box
        upright_line = 45 <= glyph.angle <= 135 or 225 <= glyph.angle <= 315
        across = (b.x0 + b.x1) / 2 if upright_line else (b.y0 + b.y1) / 2
        by_angle.setdefault(glyph.angle, []).append((across, glyph))
    runs = []
    for angle, placed in sorted(by_angle.items()):
        placed.sort(key=lambda pair: pair[0])
        lines: list[list[Glyph]] = [[placed[0][1]]]
        start = placed[0][0]
        for across, glyph in placed[1:]:
            if across - start > glyph.size / 2:
                lines.append([])
                start = across
            lines[-1].append(glyph)
        for group in lines:
            # PDFium measures the angle clockwise
            if 45 <= angle <= 135:  # turned clockwise: reads top to bottom
                group.sort(key=lambda g: g.box.y0)
            elif 225 <= angle <= 315:  # turned counter-clockwise: reads bottom to top
                group.sort(key=lambda g: -g.box.y1)
            else:  # upside down
                group.sort(key=lambda g: -g.box.x1)
            runs += _cut_along(group, angle)
    return runs


def _cut_along(glyphs: list[Glyph], angle: int) -> list[_Run]:
    """Turned characters on one baseline, in reading order, as runs cut where the white
    along the line is a gutter (two turned lines set on one baseline far apart)."""
    runs: list[_Run] = []
    for glyph in glyphs:
        b, gap = glyph.box, 0.0
        if runs:
            a = runs[-1].glyphs[-1].box
            if 45 <= angle <= 135:  # read top to bottom
                gap = b.y0 - a.y1
            elif 225 <= angle <= 315:  # bottom to top
                gap = a.y0 - b.y1
            else:  # right to left
                gap = a.x0 - b.x1
        if not runs or gap > MAX_GAP * max(glyph.size, runs[-1].size):
            runs.append(_Run())
        runs[-1].add(glyph)
    return runs


def _script_gap(runs: list[_Run]) -> float:
    """The white the typesetter adds where scripts meet (an ideograph beside a digit or a
    letter) over the stretch of the line's ideographs, in ems: the page's usual one there
    (Typst sets a quarter em, a browser none)."""
    gaps: list[float] = []
    for run in runs:
        if run.vertical:
            continue
        glyphs = sorted(run.glyphs, key=lambda g: g.origin)
        low = _ideographs_gap(glyphs)
        if low is None:
            continue
        gaps += [(_gap(prev, glyph) - low) / min(prev.size, glyph.size)
                 for prev, glyph in itertools.pairwise(glyphs) if _scripts_meet(prev, glyph)]
    return sorted(gaps)[len(gaps) // 2] if gaps else 0.0


def _ideographs_gap(glyphs: list[Glyph]) -> float | None:
    """The line's low gap between two ideographs (its justification's stretch; a short line
    may have spaces in half its gaps), None where no two stand side by side."""
    gaps = sorted(_gap(prev, glyph) for prev, glyph in itertools.pairwise(glyphs)
                  if _IDEOGRAPH.match(prev.char) and _IDEOGRAPH.match(glyph.char))
    return gaps[len(gaps) // 4] if gaps else None


def _scripts_meet(prev: Glyph, glyph: Glyph) -> bool:
    """An ideograph beside a digit or a letter."""
    return prev.char.isalnum() and glyph.char.isalnum() \
        and bool(_IDEOGRAPH.match(prev.char)) != bool(_IDEOGRAPH.match(glyph.char))


def _line(number: int, run: _Run, between: float) -> Line:
    glyphs = run.glyphs
    if run.vertical:
        glyphs = sorted(glyphs, key=lambda g: g.box.y0)
    elif glyphs[0].angle in (0, 359, 1):
        # by the pen, not the box: compressed punctuation's box may start before the
        # character drawn ahead of it
        glyphs = sorted(glyphs, key=lambda g: g.origin)
    text = glyphs[0].char
    pairs = list(itertools.pairwise(glyphs))
    gaps = [_gap(prev, glyph) for prev, glyph in pairs]
    # a justified line stretches every gap alike: only a gap wider than the line's usual
    # one is a space (``本 报 讯`` set loose to fill its line is one word). In a line of CJK
    # alone the usual gap is a low one, since a line of short entries (主编 某某 责编 某某) has
    # spaces in half its gaps; where scripts meet, the typesetter's spacing between them
    # (Typst's, in 2023年9月25日) is the line's usual gap
    ordered = sorted(gaps)
    cjk_only = all(_WIDE.match(g.char) for g in glyphs)
    usual = ordered[len(gaps) // (4 if cjk_only else 2)] if len(gaps) >= 4 else 0.0
    # ... but no typesetter spaces a bar between a folio's items (要闻 | 02): beside one the
    # usual gap is that of the line's characters of one script, its stretch alone
    same = sorted(gap for (prev, glyph), gap in zip(pairs, gaps, strict=True)
                  if bool(_WIDE.match(prev.char)) == bool(_WIDE.match(glyph.char))
                  and not {prev.char, glyph.char} & BARS)
    stretch = same[len(same) // 2] if same else 0.0
    low = None if cjk_only else _ideographs_gap(glyphs)
    if low is not None:
        # ... no wider than the line's low gap between ideographs and the page's spacing
        # where scripts meet: a short line of a byline (本报讯 记者 某　某 11) has spaces in
        # half its gaps too
        usual = min(usual, low + max(between, 0.0) * glyphs[0].size)
    for (prev, glyph), gap in zip(pairs, gaps, strict=True):
        beside_bar = prev.char in BARS or glyph.char in BARS
        if _space_between(prev, glyph, gap - max(stretch if beside_bar else usual, 0.0),
                          id(glyph) in run.spaces, run.vertical):
            text += " "
        text += glyph.char
    sizes = Counter(round(g.size, 1) for g in glyphs)
    size = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    bold = sum(g.bold for g in glyphs) * 2 > len(glyphs)
    return Line(number, text, Box(round(run.x0, 2), round(run.y0, 2), round(run.x1, 2),
                                  round(run.y1, 2)), size, bold)


def _gap(prev: Glyph, glyph: Glyph) -> float:
    """The white between two characters of a line. A Chinese character advances one em from
    its origin; its box may be narrower where a subset font lost its widths, so the pen,
    not the box, says where it ends."""
    ends = prev.origin + prev.size if _IDEOGRAPH.match(prev.char) else prev.box.x1
    starts = glyph.origin if _IDEOGRAPH.match(glyph.char) else glyph.box.x0
    return starts - ends


def _space_between(prev: Glyph, glyph: Glyph, gap: float, printed: bool,
                   vertical: bool) -> bool:
    if printed or vertical or prev.angle not in (0, 359, 1):
        return printed
    wide = _WIDE.match(prev.char) or _WIDE.match(glyph.char)
    return gap > (CJK_SPACE if wide else WORD_SPACE) * min(prev.size, glyph.size)
