"""A photo's caption among a text's blocks: extractors print it where they cut an article's
paragraph, so a caption must be told from a paragraph by how it is set (apart, wider than a
first line, over its credit, placing people) before the paragraph is joined across it.
"""

from __future__ import annotations

import re

from teipress.segment import thresholds
from teipress.segment.line_bylines import byline_kind
from teipress.segment.line_forms import (
    CIRCLED,
    INDENTED,
    LAST_BRACKET,
    Columns,
    set_width,
)
from teipress.segment.model import Byline, Line, Paragraph
from teipress.segment.patterns import DATELINE, PHOTO_LEADIN, PHOTO_POSITION
from teipress.segment.text import ends_sentence, width

# The caption paragraphs read so far, by identity. The dict holds each one so that its id can
# not pass to a new piece once the caption leaves the list (ids of freed objects are reused,
# and a set of bare ids made a paragraph read later a caption at random).
Captions = dict[int, Paragraph]
# A byline's credit for the photos' own maker (图/通讯员 某某): the photos under the heads are
# theirs. (文/图 某某 may sign an article whose photo stands elsewhere.)
_PHOTOS_BY = re.compile(r"图\s*[/／]")


def set_apart_caption(block: list[Line], columns: Columns, cutting: bool = False) -> bool:
    """A sentence on a line of its own, set apart, wider than any paragraph's first line in
    the column around it (the indent is never printed, so a one-line paragraph is at least
    that much short): a caption set to its photo's width, with no credit of its own (the
    article's 文/图 byline credits it). ``cutting``: it stands where an open paragraph goes
    on; it is no line of that paragraph only where it is wider than the column itself."""
    text = block[0].text.strip()
    if len(block) != 1 or not columns.wrapped or INDENTED.match(block[0].text) \
            or text[:1] in CIRCLED:
        return False  # (a photo series' numbered captions go with their shared credit)
    first_line = columns.at(block[0]) - (0 if cutting else thresholds.INDENT)
    return ends_sentence(text) and not LAST_BRACKET.search(text) \
        and set_width(text) > first_line + 0.5 \
        and width(text) <= columns.page * thresholds.WIDE_FACTOR


def wide_caption_block(block: list[Line], columns: Columns) -> bool:
    """A block of two or three lines set apart, its lines before the last set wider than the
    column around it and the page's column (to its photo's width), ending its one sentence on
    the last line: a photo's caption, uncredited (the article's 文/图 byline credits it),
    wherever the extractor printed it, in a paragraph's break or after the text
    (``某区一栋老楼新装的电梯投`` / ``入使用，居民乘电梯下楼。``). No paragraph's line is wider
    than its column; a lead set wider spans columns, past ``WIDE_FACTOR``."""
    if not 2 <= len(block) <= thresholds.CAPTION_LINES or not columns.wrapped \
            or INDENTED.match(block[0].text) or block[0].text.strip()[:1] in CIRCLED:
        return False
    texts = [line.text.strip() for line in block]
    wide = all(max(columns.at(line), columns.page) + 0.5 < set_width(text)
               <= columns.page * thresholds.WIDE_FACTOR
               for line, text in zip(block[:-1], texts, strict=False))
    return wide and ends_sentence(texts[-1]) \
        and not any(ends_sentence(text) for text in texts[:-1]) \
        and not LAST_BRACKET.search(texts[-1]) and not DATELINE.match(texts[0])


def under_photo_byline(paragraph: Paragraph, before: object, columns: Columns) -> bool:
    """A short text opening flush right under a head byline that credits the photos
    (``文/本报记者 某某  图/通讯员 某某``): the caption of the photo set under the heads, not
    the article's first paragraph (which opens indented)."""
    return isinstance(before, Byline) and before.kind == "lead" \
        and bool(_PHOTOS_BY.search(before.text)) \
        and set_apart_flush(paragraph.lines, columns)


def set_apart_flush(block: list[Line], columns: Columns) -> bool:
    """A block of two or three lines set apart, where no open paragraph goes on, opening on a
    line as wide as the column and ending its one sentence on the last, on a page whose
    extractor prints the indent (``　　``: no paragraph opens flush): a caption set in the
    column, uncredited (the article's 图/ byline credits it), not a paragraph
    (``某团职工在日光温室`` / ``里采摘葡萄。``). (Where the indent is dropped, such a block is as
    often a paragraph going on past a column break.)"""
    if not 2 <= len(block) <= thresholds.CAPTION_LINES or not columns.wrapped \
            or INDENTED.match(block[0].text) or block[0].text.strip()[:1] in CIRCLED:
        return False
    texts = [line.text.strip() for line in block]
    # (wider than a first line, which is the indent short: the column's width counts the
    # marks hanging past its edge)
    full = [set_width(text) > columns.at(line) - thresholds.INDENT + 0.5
            for line, text in zip(block, texts, strict=True)]
    return all(full[:-1]) and not full[-1] and ends_sentence(texts[-1]) \
        and not any(ends_sentence(text) for text in texts[:-1]) \
        and not LAST_BRACKET.search(texts[-1]) and not DATELINE.match(texts[0])


def wide_caption_start(lines: list[Line], columns: Columns) -> int | None:
    """Where a caption over a credit run on after it starts among a text's lines, or None:
    at the lines set wider than the column (to the photo's width), its last line maybe
    short, after text that goes on (the extractor printed the caption where it cut a
    paragraph: ``…命案现案连续`` / ``1月5日，民警在某村寨向村`` / ``民讲解…知识。 通`` /
    ``讯员 某某 摄``)."""
    start = len(lines) - 1
    while start > 0 and set_width(lines[start - 1].text) > columns.at(lines[start - 1]) + 0.5:
        start -= 1
    if start == len(lines) - 1 or start == 0 or ends_sentence(lines[start - 1].text):
        return None
    return start


def over_credit_alone(paragraph: Paragraph, below: list[Line]) -> bool:
    """A short block of sentences over a photo's credit set on a line of its own
    (``本报记者 某某 摄``): the photo's caption, even where an open paragraph goes on after it
    (the extractor printed the caption and its credit where it cut the paragraph)."""
    return len(paragraph.lines) <= thresholds.CAPTION_LINES and ends_sentence(paragraph.text) \
        and len(below) == 1 and byline_kind(below[0].text.strip()) == "credit"


def in_paragraphs_break(block: list[Line], below: list[Line], columns: Columns) -> bool:
    """One sentence on a line of its own where an open paragraph breaks, the paragraph going
    on under it on a full line (no paragraph's first line is full: the indent): no paragraph
    stands inside another, so it is the caption of a photo set in the column, uncredited
    (北岭煤矿智能化综采工作面。 printed between …作为 and 治本之策，…)."""
    if len(block) != 1 or not below or not columns.wrapped:
        return False
    text, first = block[0].text.strip(), below[0]
    going_on = first.text.strip()
    full = abs(set_width(going_on) - max(columns.at(first), columns.page)) <= 0.5
    return ends_sentence(text) and not LAST_BRACKET.search(text) and text[:1] not in CIRCLED \
        and full and not INDENTED.match(first.text) and not DATELINE.match(going_on) \
        and not ends_sentence(going_on)


def pull_quote(block: list[Line], blocks: list[list[Line]]) -> bool:
    """A sentence on a line of its own that the page's other text says word for word: a pull
    quote (a sentence of the article set large between rules), which the extractor prints
    where it meets it, often in a paragraph's break. It is no photo's caption, and the
    paragraph goes on past it."""
    said = "".join(block[0].text.split())
    rest = "".join("".join(line.text.split()) for other in blocks if other is not block
                   for line in other)
    return len(block) == 1 and len(said) >= thresholds.PULL_QUOTE_CHARS and said in rest


def places_people(paragraph: Paragraph) -> bool:
    """A short block of its own that says where people stand (某某（左）): a photo's caption,
    credited or not, even where it cuts a paragraph in two."""
    return len(paragraph.lines) <= thresholds.CAPTION_LINES and ends_sentence(paragraph.text) \
        and bool(PHOTO_POSITION.search(paragraph.text))


def caption_like(paragraph: Paragraph) -> bool:
    """A photo's caption by its opening: 图为…, ▲…, or a series' number ①…."""
    return bool(PHOTO_LEADIN.match(paragraph.text)) or paragraph.text[:1] in CIRCLED
