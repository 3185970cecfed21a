"""Chinese line breaking and justification for the print edition (W3C clreq).

WeasyPrint justifies only at spaces (its issue #2269), so a column of Chinese set with
``text-align: justify`` stays ragged. The body's paragraphs are therefore broken into lines
here, with the widths Pango will draw (:class:`~teipress.render.pdf.fonts.TextMeasure`), and
each line is handed to WeasyPrint as a block of its own that already fills the column. The
breaks are those of least cost over the whole paragraph (dynamic programming, after Knuth
and Plass), by these rules:

- **Units that never split** (clreq 3.1.7, 避头尾): a character or a run of Latin letters and
  digits, with the opening marks before it (（「『“…) and the closing marks after it
  (，。、；：？！）」』”…); ``——`` and ``……`` stay whole. Lines break only between units, so no
  line starts with a closing mark or ends with an opening one. An e-mail or web address is
  a unit up to each ``@`` and ``/`` (papers break it there: ``ylxbfk@`` / ``163.com``), a long
  number or code one of each group of four: kept whole, a run wider than the room left would
  push the line before it to stretch far.
- **Compression before stretching** (标点挤压, clreq 3.2.1): a compressed mark costs less
  than a visible stretch, so a line takes one more unit in when setting some of its closing
  marks half wide makes room — the mark at the line's end first, then a mark next to
  another mark (``。”``, ``：“``; one of a pair), then the others. A half-wide mark is the
  same character in a font whose marks are half an em wide (``stylesheets/print/fonts/``),
  so text extraction reads the line as it stands.
  Opening marks keep their width (their ink is in the em's right half).
- **Stretching what is left**: the line's remaining space is spread between all its
  characters (``letter-spacing``, which moves glyphs but inserts no space into the text);
  past a tenth of an em (where pdfminer and viewers read a gap as a space) it costs far more.
- **No spacing at a tenth of an em**: poppler starts a new word at a gap wider than 0.1 em
  (``minWordBreakSpace``) and then puts a space between two words unless every word of the
  line is one character (its line's gaps are all wide and alike: ``TextLine::coalesce``).
  WeasyPrint writes each glyph's advance in whole thousandths of an em (a truncated ``TJ``
  offset), so a gap is the line's spacing give or take 0.002 em: a line spaced within
  0.003 em of the tenth would have some gaps past it and some not, and read as words. The
  breaks keep lines out of that band (it costs more than any stretch up to 0.14 em), and a
  line that has to be in it is set at the band's nearer edge (at most 0.003 em a gap off
  flush).
- **No lone last character**: a paragraph of two lines or more never ends with a line of one
  character (with its marks) or of marks alone (``……``): such a break costs more than anything
  else.

A paragraph's last line (and a line before a TEI ``lb``) is set at its natural width.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from teipress.render.pdf.fonts import TextMeasure

# clreq 3.1.7: marks that may not start a line (they close) and may not end one (they open).
# Full-width forms only: the closing ones are those stylesheets/print/fonts sets half wide.
CLOSING_MARKS = "，。、；：？！）」』”’》〉】〕〗］｝"
OPENING_MARKS = "（「『“‘《〈【〔〖［｛"
# Marks that stick to the unit before them but are never compressed.
NO_START = CLOSING_MARKS + "·．,.;:?!)]}%‰°℃"
# Where an address may break across lines: after these, never between two of them (//).
_ADDRESS_BREAKS = "@/.-_"
# A run of letters and digits longer than this holding a digit is a number or code (an
# 18-character identity card or credit code, a licence number), which may break between
# groups of CODE_GROUP: kept whole, it pushed the line before it to stretch far (an evening
# paper's lost-card notice); a year, an amount or a word is never this long.
LONG_CODE = 8
CODE_GROUP = 4
# Runs kept whole: dashes and ellipses (clreq: 破折号、省略号 are never split).
RUNS = "—…"
_WORD = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９"
            "._-/+&@#'’:,%")


@dataclass
class Unit:
    """Text that is never split across lines, and the space after it (dropped at a line
    end)."""

    text: str
    width: float
    marks: tuple[int, ...]  # offsets in text of the marks that can be set half wide
    space: str = ""
    space_width: float = 0.0


@dataclass(frozen=True)
class Line:
    """One printed line: its text as markup (compressed marks in ``<span class="h">``) and
    the letter spacing in pt that makes it fill the column."""

    markup: Markup
    spacing: float


def units(text: str, measure: TextMeasure) -> list[Unit]:
    """``text`` (no line break in it) cut into units that never split."""
    pieces: list[list[str]] = []  # [text, space]
    pending_open = ""
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            if pieces:
                pieces[-1][1] = " "
            i += 1
            continue
        if char in OPENING_MARKS:
            pending_open += char
            i += 1
            continue
        if char in NO_START and pieces and not pieces[-1][1] and not pending_open:
            pieces[-1][0] += char
            i += 1
            continue
        end = i + 1
        if char in _WORD:
            while end < len(text) and text[end] in _WORD:
                end += 1
            *parts, last = _run_parts(text[i:end])
            for part in parts:
                pieces.append([pending_open + part, ""])
                pending_open = ""
            i = end - len(last)
        elif char in RUNS:
            while end < len(text) and text[end] == char:
                end += 1
        pieces.append([pending_open + text[i:end], ""])
        pending_open = ""
        i = end
    if pending_open:
        if pieces:
            pieces[-1][0] += pending_open
        else:
            pieces.append([pending_open, ""])
    result = []
    for piece, space in pieces:
        marks = tuple(k for k, c in enumerate(piece)
                      if c in CLOSING_MARKS and measure.width(c) >= measure.em * 0.99)
        result.append(Unit(piece, _width(piece, measure), marks, space,
                           measure.width(" ") if space else 0.0))
    return result


def _run_parts(run: str) -> list[str]:
    """A Latin run cut where it may break across lines: an address after its separators, a
    long number or code (a card, licence or account number) between groups of
    ``CODE_GROUP``, as such numbers are read; any other run (a word, a year, an amount) whole."""
    parts = _address_parts(run)
    if len(parts) == 1 and len(run) > LONG_CODE and any(c.isdigit() for c in run) \
            and run.isalnum():
        return [run[k:k + CODE_GROUP] for k in range(0, len(run), CODE_GROUP)]
    return parts


def _address_parts(run: str) -> list[str]:
    """A Latin run cut after each of its ``@ / . - _`` where it is an address (it holds an
    ``@``, or a ``/`` and a ``.``), never between two of them (``//``); else the run whole."""
    if "@" not in run and not ("/" in run and "." in run):
        return [run]
    parts, start = [], 0
    for offset, char in enumerate(run[:-1]):
        if char in _ADDRESS_BREAKS and run[offset + 1] not in _ADDRESS_BREAKS:
            parts.append(run[start:offset + 1])
            start = offset + 1
    return [*parts, run[start:]]


def _width(text: str, measure: TextMeasure) -> float:
    """Width of a unit: CJK characters one by one (cached), Latin runs as Pango shapes them."""
    if len(text) == 1 or not any(c in _WORD for c in text):
        return sum(measure.width(c) for c in text)
    return measure.width(text)


def break_paragraph(text: str, measure: TextMeasure, width: float,
                    first_width: float) -> list[Line]:
    """The lines of a paragraph set ``width`` pt wide (its first line ``first_width``, after
    the indent); a newline in ``text`` is a forced break."""
    lines: list[Line] = []
    segments = text.split("\n")
    for number, segment in enumerate(segments):
        found = units(segment.strip(), measure)
        available = first_width if number == 0 else width
        for start, end, last in _break(found, measure.em, available, width):
            lines.append(_set_line(found[start:end], measure.em,
                                   available if start == 0 else width, last))
    return lines


# The costs lines are chosen by (Knuth and Plass's idea, with clreq's preferences): every
# line costs something, so that a paragraph takes as few lines as it can; a compressed mark
# costs less than a visible stretch; letter spacing past MAX_SPACING (a tenth of an em is
# where text extraction starts reading a gap as a space) costs far more than anything else,
# and a lone last character more still.
LINE_COST = 5.0
MARK_COST = 0.3
MAX_SPACING = 0.095  # em
SPLIT_BAND = (0.097, 0.103)  # em: spacing poppler reads as some gaps wide, some not
BAND_COST = 5e4
LONE_COST = 1e5
FORCED_COST = 1e7  # a unit wider than the line, set alone on it


def _break(found: Sequence[Unit], em: float, first_width: float,
           width: float) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is last) of each line, the breaks of least total cost (dynamic
    programming over the units)."""
    count = len(found)
    widths = [0.0]
    spaces = [0.0]
    chars = [0]
    for unit in found:
        widths.append(widths[-1] + unit.width)
        spaces.append(spaces[-1] + unit.space_width)
        chars.append(chars[-1] + len(unit.text) + (1 if unit.space else 0))
    best = [0.0] + [float("inf")] * count
    previous = [0] * (count + 1)
    for end in range(1, count + 1):
        last = end == count
        for start in range(end - 1, -1, -1):
            available = first_width if start == 0 else width
            natural = widths[end] - widths[start] + spaces[end - 1] - spaces[start]
            if natural > available * 1.5 and start < end - 1:
                break  # no compression makes up for that much
            letters = chars[end] - chars[start] - (1 if found[end - 1].space else 0)
            cost = _line_cost(found[start:end] if natural > available + 0.01 else (),
                              natural, letters, em, available, last)
            if cost == float("inf"):
                continue
            if last and start > 0 and _lone(found[start:end]):
                cost += LONE_COST
            total = best[start] + cost + LINE_COST
            if total < best[end]:
                best[end] = total
                previous[end] = start
    breaks = []
    end = count
    while end > 0:
        breaks.append((previous[end], end))
        end = previous[end]
    breaks.reverse()
    for index, (start, end) in enumerate(breaks):
        yield start, end, index == len(breaks) - 1


def _line_cost(overfull: Sequence[Unit], natural: float, letters: int, em: float,
               available: float, last: bool) -> float:
    """What setting a line of ``natural`` width costs (inf: it cannot be set); ``overfull``
    holds its units where they run past ``available`` (only then are they looked at)."""
    compressed = 0
    if natural > available + 0.01:
        compressed = len(_compressions(overfull, em, available))
        natural -= compressed * em / 2
        if natural > available + 0.01:
            return FORCED_COST if len(overfull) == 1 else float("inf")
    if last:
        return MARK_COST * compressed
    spacing = (available - natural) / em / max(letters - 1, 1)
    cost = MARK_COST * compressed + (spacing * 20) ** 2
    if spacing > MAX_SPACING:
        cost += 1e4 * (spacing - MAX_SPACING) * 100
    if SPLIT_BAND[0] < spacing < SPLIT_BAND[1]:
        cost += BAND_COST
    return cost


def _lone(line: Sequence[Unit]) -> bool:
    """Whether a line holds one character at most beside its marks (``服……”``, ``……``)."""
    marks = CLOSING_MARKS + OPENING_MARKS + NO_START + RUNS
    return sum(c not in marks for unit in line for c in unit.text) <= 1


def _natural(line: Sequence[Unit]) -> float:
    return sum(u.width for u in line) + sum(u.space_width for u in line[:-1])


def _compressions(line: Sequence[Unit], em: float, available: float) -> set[tuple[int, int]]:
    """The marks (unit index, offset) to set half wide so the line fits: the line-end mark
    first, then marks next to another mark, then the others from the line's end."""
    excess = _natural(line) - available
    if excess <= 0.01:
        return set()
    last = len(line) - 1
    candidates = [(u, k) for u, unit in enumerate(line) for k in unit.marks]

    def priority(mark: tuple[int, int]) -> tuple[int, int, int]:
        u, k = mark
        text = line[u].text
        at_end = u == last and k == len(text) - 1
        paired = ((k + 1 < len(text) and k + 1 in line[u].marks)
                  or (k > 0 and k - 1 in line[u].marks)
                  or (k + 1 < len(text) and text[k + 1] in OPENING_MARKS)
                  or (k == len(text) - 1 and u < last and not line[u].space
                      and line[u + 1].text[0] in OPENING_MARKS))
        return (0 if at_end else 1 if paired else 2, -u, -k)

    def neighbours(mark: tuple[int, int]) -> set[tuple[int, int]]:
        u, k = mark
        around = {(u, k - 1), (u, k + 1)}
        if k == 0 and u > 0:
            around.add((u - 1, len(line[u - 1].text) - 1))
        if k == len(line[u].text) - 1 and u < last:
            around.add((u + 1, 0))
        return around

    chosen: set[tuple[int, int]] = set()
    for mark in sorted(candidates, key=priority):
        if excess <= 0.01:
            break
        if neighbours(mark) & chosen:
            continue  # one mark of a pair is enough (and two half marks in a row confuse
            # text extraction)
        chosen.add(mark)
        excess -= em / 2
    return chosen


def _set_line(line: Sequence[Unit], em: float, available: float, last: bool) -> Line:
    half = _compressions(line, em, available)
    width = _natural(line) - len(half) * em / 2
    parts: list[Markup] = []
    chars = 0
    for u, unit in enumerate(line):
        run = ""
        for k, char in enumerate(unit.text):
            if (u, k) in half:
                run += char
                continue
            if run:
                parts.append(Markup('<span class="h">{}</span>').format(run))
                run = ""
            parts.append(escape(char))
        if run:
            parts.append(Markup('<span class="h">{}</span>').format(run))
        chars += len(unit.text)
        if unit.space and u < len(line) - 1:
            parts.append(Markup(" "))
            chars += 1
    slack = available - width
    spacing = 0.0 if (last and slack >= 0) or chars < 2 else slack / (chars - 1)
    return Line(Markup("").join(parts), round(_out_of_band(spacing, em), 3))


def _out_of_band(spacing: float, em: float) -> float:
    """``spacing`` (pt), or the nearer edge of :data:`SPLIT_BAND` when it falls inside."""
    low, high = SPLIT_BAND
    if not low * em < spacing < high * em:
        return spacing
    return low * em if spacing < (low + high) / 2 * em else high * em


def line_html(line: Line, first: bool = False) -> Markup:
    """One printed line as a block of its own (``i``: the paragraph's indented first line),
    with the letter spacing that makes it fill the column."""
    style = f' style="letter-spacing:{line.spacing:.3f}pt"' if line.spacing else ""
    return (Markup(f'<span class="ln{" i" if first else ""}"{style}>') + line.markup
            + Markup("</span>"))
