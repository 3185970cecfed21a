"""From lines to pieces: paragraphs, heads, bylines and credits, in the order extracted.

Extractors wrap lines at the column width and may or may not print a blank line between
paragraphs; a column break inside a paragraph often shows as a blank line too. A line is
read against its neighbours: only a paragraph's last line may be short, a paragraph ends on
a sentence-final mark, and heads are short lines that end no sentence. Each block is read
line by line (``head_lines``, ``line_bylines``, ``paragraph_ends``), set apart as a caption
(``captions``), and joined to the paragraph it goes on with across column breaks.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TypeGuard

from teipress.segment import thresholds
from teipress.segment.blocks import side_by_side, split_blocks
from teipress.segment.captions import (
    Captions,
    caption_like,
    in_paragraphs_break,
    over_credit_alone,
    places_people,
    pull_quote,
    set_apart_caption,
    set_apart_flush,
    under_photo_byline,
    wide_caption_block,
    wide_caption_start,
)
from teipress.segment.head_lines import (
    SERIES_TAG,
    add_head_line,
    clauses_under_label,
    head_shaped,
    heads_a_first_line,
    heads_over_dateline,
    is_glued_head,
    is_head_block,
    is_head_line,
    left_head,
    parallel_phrases,
    split_heads,
)
from teipress.segment.line_bylines import (
    bare_name,
    byline_kind,
    byline_names,
    closer_in_flow,
    closer_length,
    split_trailing_byline,
    unit_signature,
    wrapped_byline,
)
from teipress.segment.line_forms import INDENTED, MARKS, NAME_MARKS, Columns, set_width
from teipress.segment.lists import BOOK_CREDIT, block_run
from teipress.segment.model import Byline, Head, Line, Paragraph, Piece
from teipress.segment.paragraph_ends import (
    ends_paragraph,
    ends_signed_quotation,
    make_paragraph,
    opens_listed_item,
    opens_next_clause,
    opens_next_labelled_clause,
)
from teipress.segment.patterns import (
    BRIEF_MARKS,
    CREDIT,
    DATELINE,
    INDEX_ENTRY,
    OPENING_LABEL,
    QR_PROMPT,
    SALUTATION,
    SOURCE_NOTE,
    SUBHEAD_MARK,
    names_in,
)
from teipress.segment.text import DASHES, ends_sentence, has_cjk_gap, join_lines, width


def read_pieces(lines: list[Line | None]) -> tuple[list[Piece], float]:
    """The page's pieces in extracted order, and the body column width they were read with."""
    blocks = split_blocks(side_by_side(lines))
    columns = Columns(blocks)
    pieces: list[Piece] = []
    captions: Captions = {}
    boxes: list[Piece] = []  # boxes printed inside another article's paragraph, read last
    # an extractor printing the indent opens most blocks of text with it (a block may open
    # flush where a paragraph goes on past a column break, or under a subhead)
    texts = [block for block in blocks if len(block) >= 3]
    indented = sum(bool(INDENTED.match(block[0].text)) for block in texts) * 2 > len(texts)
    for b, block in enumerate(blocks):
        # a line of its own over a dateline is a headline, not the open paragraph going on
        # (a column's next brief under a list or a paragraph that ends no sentence)
        over_dateline = len(block) == 1 and b + 1 < len(blocks) and bool(
            DATELINE.match(blocks[b + 1][0].text.strip()))
        after_open = _open_before(pieces, captions) is not None and not over_dateline
        below = blocks[b + 1] if b + 1 < len(blocks) else []
        read = [Head(block)] if _headline_under_label(pieces, block, below) \
            or _headline_over_subtitle(block, below) \
            or (_under_lead_byline(pieces) and _phrases_over_text(block, below, columns)) \
            else _block_pieces(block, columns, after_open)
        # a pull quote in a paragraph's break is set apart as a caption is, with no photo
        pulled = after_open and len(read) == 1 and isinstance(read[0], Paragraph) \
            and in_paragraphs_break(block, below, columns) and pull_quote(block, blocks)
        if len(read) == 1 and isinstance(read[0], Paragraph) and not pulled and (
                set_apart_caption(block, columns, cutting=after_open)
                or (not after_open and indented and set_apart_flush(block, columns))
                or wide_caption_block(block, columns)
                or places_people(read[0])
                or over_credit_alone(read[0], blocks[b + 1] if b + 1 < len(blocks) else [])
                or (after_open and in_paragraphs_break(
                    block, blocks[b + 1] if b + 1 < len(blocks) else [], columns))):
            read[0].caption = True
        for n, piece in enumerate(read):
            following = read[n + 1] if n + 1 < len(read) else None
            before = read[n - 1] if n else (pieces[-1] if pieces else None)
            if isinstance(piece, Paragraph) and under_photo_byline(piece, before, columns):
                piece.caption = True
            if isinstance(piece, Paragraph) and (
                    pulled or caption_like(piece) or piece.caption
                    or (isinstance(following, Byline) and following.kind == "credit")):
                captions[id(piece)] = piece
            if isinstance(piece, Paragraph) and piece.open and pieces \
                    and isinstance(pieces[-1], Head | Byline) \
                    and BOOK_CREDIT.fullmatch(pieces[-1].text.strip()):
                piece.open = False  # a book's data under its credit line (publisher, price)
            box = _resume_past_box(pieces, piece, columns, captions)
            if box:
                boxes.extend(box)
                continue
            _append(pieces, piece, columns, captions)
    read = pieces + boxes
    for amend in (_marked_entries, _term_heads, _bare_name_bylines, _opening_labels,
                  _letter_heads, _heads_over_bylines, _box_source_notes):
        read = amend(read)
    return read, columns.page


def _resume_past_box(pieces: list[Piece], piece: Piece, columns: Columns, captions: Captions
                     ) -> list[Piece] | None:
    """A box (its heads and text) that the extractor printed where an article's paragraph
    breaks from one column to the next: the text after it, opening on a full line (no
    paragraph's first line is full: the indent), goes on the open paragraph before the box.
    The paragraph is joined; the box is taken out of the article's flow and returned (it is
    read after the page's flow). The paragraph cut may be its first line alone, read as a
    head (``_cut_first_line``: exactly a first line's width, ending no sentence). None where
    ``piece`` goes on nothing past a box."""
    if not isinstance(piece, Paragraph) or id(piece) in captions or piece.wide \
            or _open_before(pieces, captions) is not None:
        return None
    first = piece.lines[0]
    text = first.text.strip()
    # as wide as the column (the wider reading: a box near narrows the one around the line)
    full = abs(set_width(text) - max(columns.at(first), columns.page)) <= 0.5
    if INDENTED.match(first.text) or DATELINE.match(text) or not full:
        return None
    # a note closing the box's text (（来源：省气象台）) is the box's and no piece of its count
    notes = 0
    for k in range(len(pieces) - 1, -1, -1):
        if len(pieces) - 1 - k - notes >= thresholds.BOX_PIECES:
            return None
        before = pieces[k]
        if isinstance(before, Byline) and before.kind == "end":
            notes += 1
            continue
        if not isinstance(before, Head | Paragraph):
            return None  # a byline or credit: the box is an article or photo of its own
        cut_open = isinstance(before, Paragraph) and before.open and id(before) not in captions
        if cut_open or (isinstance(before, Head) and _box_under_cut_line(pieces[k + 1:])
                        and _cut_first_line(before, piece, columns.at(before.lines[0]))):
            box = pieces[k + 1:]
            if not (any(isinstance(p, Head) for p in box)
                    and any(isinstance(p, Paragraph) and not p.open for p in box)):
                return None
            pieces[k] = make_paragraph(before.lines + piece.lines, columns.page,
                                       join_lines([before.text, piece.text]))
            del pieces[k + 1:]
            return box
    return None


def _headline_under_label(pieces: list[Piece], block: list[Line], below: list[Line]) -> bool:
    """A box's headline of clauses printed alone between blank lines right under the box's
    label, over the box's text whose first line is set in by the indent (pdfminer prints the
    blank lines a box's heads stand between): a head, not a paragraph left open
    (``寻亲启事`` / ``这些烈士，还在等亲人来看望`` / ``安葬在我省…``)."""
    last = pieces[-1] if pieces else None
    return (len(block) == 1 and isinstance(last, Head) and len(last.lines) == 1
            and not byline_kind(block[0].text.strip()) and len(below) > 2
            and width(last.text) < width(block[0].text)
            and heads_a_first_line(block[0], below[0], below[1:5], under_head=True))


def _headline_over_subtitle(block: list[Line], below: list[Line]) -> bool:
    """A line alone between blank lines right over a block opening with a dash (the
    subtitle) is the headline it subtitles, its commas a clause's (``关掉一家厂，又开了一家店``
    / ``——一位…的二次创业``): a paragraph ending no sentence goes on in words, and a
    quotation signed under its paragraph closes a sentence first."""
    return (len(block) == 1 and bool(below) and below[0].text.strip().startswith(DASHES)
            and not ends_sentence(block[0].text) and not byline_kind(block[0].text.strip()))


def _under_lead_byline(pieces: list[Piece]) -> bool:
    """Whether the last piece read is a byline over an article's text (本报记者 某某)."""
    return bool(pieces) and isinstance(pieces[-1], Byline) and pieces[-1].kind == "lead"


def _phrases_over_text(block: list[Line], below: list[Line], columns: Columns) -> bool:
    """A line of two parallel phrases alone in its block (白天看沙丘，晚上数星星), no wider than
    a first line, over a block opening a paragraph (its first line set in, by the indent an
    extractor keeps or short of the full line under it): under the head byline, the text's
    first subhead set off by blank lines (pdfminer, PyMuPDF). A paragraph's first line left
    at a column's foot ends no sentence either, but the paragraph goes on in a full line, not
    in another first line."""
    if len(block) != 1 or len(below) < 2 or not parallel_phrases(block[0].text):
        return False
    column = columns.at(block[0])
    first, second = below[0].text, below[1].text
    set_in = bool(INDENTED.match(first)) or set_width(first) <= set_width(second) - (
        thresholds.INDENT - 0.5)
    return width(block[0].text.strip()) <= column - thresholds.INDENT + 0.5 and set_in \
        and not ends_sentence(first)


def _box_under_cut_line(box: list[Piece]) -> bool:
    """Whether the pieces after a paragraph's first line read as a head are a box printed in
    its break: the box's own head right under the line (a subhead of a first line's width has
    its paragraphs under it), its text last (past a note closing it), no dateline in it (a
    dateline opens an article, not a box), and no head left last (a first line read as a head
    at a column's foot, which ``_append`` joins to the text after it)."""
    text = [piece for piece in box if not (isinstance(piece, Byline) and piece.kind == "end")]
    return bool(text) and isinstance(text[0], Head) and isinstance(text[-1], Paragraph) \
        and not text[-1].open and not any(isinstance(piece, Paragraph)
                                          and DATELINE.match(piece.text) for piece in text)


def _entry_label(piece: Piece) -> str | None:
    """The mark of a head opened by a mark on a line ending in a colon (``●某某科技（688216）：``,
    maybe with its text's first line after it), or None."""
    if not isinstance(piece, Head):
        return None
    first = piece.lines[0].text.strip()
    return first[0] if first[:1] and first[0] in MARKS and first.endswith(("：", ":")) else None


def _marked_entries(pieces: list[Piece]) -> list[Piece]:
    """Heads opened by one mark on a line ending in a colon, two or more on the page, each over
    unmarked text: a digest's entries, each labelled by what it is about (``●某某科技（688216）：``
    / ``公司拟以每10股派发…``), read as heads where an extractor set each entry apart. Each
    entry is one paragraph, its label and its text (a subhead's label opens no run of its
    kind: ``记者手记：`` stands once)."""
    marks = Counter(mark for mark in map(_entry_label, pieces) if mark)
    out: list[Piece] = []
    skip = False
    for n, piece in enumerate(pieces):
        if skip:
            skip = False
            continue
        after = pieces[n + 1] if n + 1 < len(pieces) else None
        mark = _entry_label(piece)
        if mark and marks[mark] >= 2 and isinstance(piece, Head) and isinstance(after, Paragraph) \
                and not after.block and not after.text.lstrip().startswith(tuple(MARKS)):
            label = join_lines([line.text for line in piece.lines])
            out.append(Paragraph([*piece.lines, *after.lines], label + after.text,
                                 open=after.open, wide=after.wide))
            skip = True
            continue
        out.append(piece)
    return out


def _opening_labels(pieces: list[Piece]) -> list[Piece]:
    """A lead set wider than the columns that opens with its box's label run in
    (``编者按：乡村文化是…``): the label heads the lead, as one printed over it does."""
    out: list[Piece] = []
    for piece in pieces:
        label = OPENING_LABEL.match(piece.text) if isinstance(piece, Paragraph) else None
        if label and isinstance(piece, Paragraph) and piece.wide \
                and piece.text[label.end():].strip():
            out.append(Head([Line(piece.lines[0].number, label.group().strip())]))
            piece = Paragraph(piece.lines, piece.text[label.end():].strip(), piece.open,
                              piece.wide)
        out.append(piece)
    return out


def _box_source_notes(pieces: list[Piece]) -> list[Piece]:
    """A source note with no maker's credit next to it (``数据来源：南昌海关``) closes the data
    box over it, as a bracketed one does (``（数据来源：…）``): its end note, no paragraph. A
    chart's note stands by its maker's credit (``制图：某某``), where the chart is read."""
    out = list(pieces)
    for n, piece in enumerate(pieces):
        near = pieces[max(n - 2, 0):n] + pieces[n + 1:n + 3]
        if isinstance(piece, Paragraph) and SOURCE_NOTE.match(piece.text) \
                and len(piece.lines) <= 2 and not any(
                    isinstance(item, Byline) and item.kind == "credit" for item in near):
            out[n] = Byline(piece.lines[0], piece.text, "end")
    return out


def _heads_over_bylines(pieces: list[Piece]) -> list[Piece]:
    """A line of clauses ending no sentence right over a writer's byline is the headline, its
    comma and all (``三月三，山歌飘过黎寨`` / ``文/某某``): an article's byline stands under its
    heads, and a paragraph's line cut there would close its sentence or go on under it."""
    out = list(pieces)
    for n, piece in enumerate(pieces[1:], 1):
        above = pieces[n - 1]
        if isinstance(piece, Byline) and piece.kind == "lead" \
                and isinstance(above, Paragraph) and above.open and len(above.lines) == 1 \
                and not above.caption and not any(mark in above.text for mark in "。、；;：:"):
            out[n - 1] = Head(above.lines)
    return out


def _letter_heads(pieces: list[Piece]) -> list[Piece]:
    """A line of its own over a letter's salutation (``小区门口的“断头路”何时能打通？`` /
    ``编辑同志：我家住在…``) is the letter's headline, though it asks a question: a letter's
    text opens with its salutation, so nothing of it stands above."""
    out = list(pieces)
    for n, piece in enumerate(pieces[1:], 1):
        above = pieces[n - 1]
        if isinstance(piece, Paragraph) and SALUTATION.match(piece.text) \
                and isinstance(above, Paragraph) and len(above.lines) == 1 \
                and not above.text.endswith(("。", "！", "!", "；", "：", ":")):
            out[n - 1] = Head(above.lines)
    return out


def _bare_name_bylines(pieces: list[Piece]) -> list[Piece]:
    """A commentary's author printed as a bare name on a line of its own next to the heads
    (``纪闻川`` under the headline), or a column's expert signing with the unit before the
    name (``附属第一医院儿科 某某``), is a byline, not a head or a one-line paragraph. A text
    that is its first line glued under it (``岑晓川`` / ``午饭时间，…``) is split off."""
    out: list[Piece] = []
    # a line printing the heads of boxes set side by side (side_by_side) holds labels, not
    # a name: 劳模说    工匠心语
    rows = Counter(piece.first_line for piece in pieces if isinstance(piece, Head))
    for n, piece in enumerate(pieces):
        beside_head = (n > 0 and isinstance(pieces[n - 1], Head)) or (
            n + 1 < len(pieces) and isinstance(pieces[n + 1], Head))
        after = pieces[n + 1] if n + 1 < len(pieces) else None
        if (isinstance(piece, Head) or _marked_author(piece)) and len(piece.lines) == 1 \
                and beside_head and rows[piece.first_line] <= 1 \
                and (bare_name(piece.text) or _expert_signing(pieces, n)) \
                and not _opens_text(piece.text, after):
            line = piece.lines[0]
            out.append(Byline(line, line.text.strip(), "lead", names_in(line.text)))
            continue
        if isinstance(piece, Head) and len(piece.lines) > 1 and bare_name(
                piece.lines[-1].text) and not bare_name(piece.lines[-2].text):
            # the name set under the headline with no blank line, read as its last line
            line = piece.lines[-1]
            out += [Head(piece.lines[:-1], piece.role, piece.glued),
                    Byline(line, line.text.strip(), "lead", names_in(line.text))]
            continue
        out.append(piece)
    return out


def _expert_signing(pieces: list[Piece], n: int) -> bool:
    """A head under a head that signs with the writer's unit, then the name (a column's expert:
    ``附属第一医院儿科 某某``, :func:`unit_signature`): the byline stands under the headline (a
    letter's signature closes the text over the next headline)."""
    return unit_signature(pieces[n].text) is not None and n > 0 \
        and isinstance(pieces[n - 1], Head)


def _marked_author(piece: Piece) -> TypeGuard[Paragraph]:
    """A one-line paragraph of a bare name under a mark (``□ 巫马骁``): an author's line, no
    text to go on with (an extractor may leave it apart from the heads, as a paragraph)."""
    return isinstance(piece, Paragraph) and piece.block is None and len(piece.lines) == 1 \
        and piece.text.strip()[:1] in NAME_MARKS and bare_name(piece.text)


def _term_heads(pieces: list[Piece]) -> list[Piece]:
    """A box's label and the term it explains read as one head (``链接`` / ``苗绣``, no
    wider than the label): the term opens the text under it, so it is a head of its own, the
    line over it the box's label."""
    out: list[Piece] = []
    for n, piece in enumerate(pieces):
        after = pieces[n + 1] if n + 1 < len(pieces) else None
        if isinstance(piece, Head) and len(piece.lines) == 2 \
                and _opens_text(piece.lines[-1].text, after):
            out += [Head(piece.lines[:1], piece.role, piece.glued),
                    Head(piece.lines[1:], piece.role, piece.glued)]
            continue
        out.append(piece)
    return out


def _opens_text(head: str, after: Piece | None) -> bool:
    """A head whose words open the text under it: the term a box explains (``苗绣`` /
    ``苗绣是苗族民间…``, a 链接 or 名词解释 box's headline), not its author, whom the text
    never opens with."""
    return isinstance(after, Paragraph) and after.text.startswith("".join(head.split()))


def _cut_first_line(head: Head, paragraph: Paragraph, column: float) -> bool:
    """A paragraph's first line (or first two) left alone at a column's foot reads like a
    head; it is not one when it is exactly a first line's width (the column less the indent),
    a second line is a full one, and the text it goes on with opens with a full line, which
    no paragraph's first line is."""
    if len(head.lines) > 2 or head.glued or paragraph.wide or has_cjk_gap(head.text):
        return False  # a two-phrase headline over a wide caption stays a head
    if DATELINE.match(paragraph.text) or head.text[:1] in BRIEF_MARKS:
        return False  # a brief's ◆ head, or any head over the dateline opening an article

    def full(line: Line) -> bool:
        return set_width(line.text) >= column - 0.5

    # (its first two lines, the second a full one: a head's lines never fill the column)
    text = head.lines[0].text.strip()
    first = abs(width(text) - (column - thresholds.INDENT)) <= 0.5
    return first and all(map(full, head.lines[1:])) and full(paragraph.lines[0]) \
        and not ends_sentence(head.text) and not INDENTED.match(paragraph.lines[0].text)


def _first_line_under_subhead(head: Head, paragraph: Paragraph, column: float) -> bool:
    """A subhead and its paragraph's first line left together at a column's foot read as a
    head of two lines (``在兴趣里找到同伴`` / ``土家族姑娘冉冬梅在夜校``): the second is exactly a
    first line's width, the subhead shorter than that, and the text going on opens with a
    line wider than a first line (full, or short of it only by a closing mark hanging past
    the edge: ``问题入手，把农村集体“三资”``), which no paragraph's first line is."""
    if len(head.lines) != 2 or paragraph.wide or DATELINE.match(paragraph.text):
        return False
    subhead, first = (line.text.strip() for line in head.lines)
    first_line = column - thresholds.INDENT
    return abs(width(first) - first_line) <= 0.5 and not has_cjk_gap(first) \
        and width(subhead) < first_line - thresholds.HEAD_SHORT_BY \
        and set_width(paragraph.lines[0].text) > first_line + 0.5 \
        and not INDENTED.match(paragraph.lines[0].text)


def _open_before(pieces: list[Piece], captions: Captions) -> tuple[int, Paragraph] | None:
    """The open paragraph the next text goes on with, and its index: the last piece, or the
    last before the captions and credits an extractor printed where it jumped from one column
    to the next (or a QR code's prompt set beside the columns: 扫描二维码  观看…)."""
    for k in range(len(pieces) - 1, -1, -1):
        piece = pieces[k]
        if id(piece) in captions or (isinstance(piece, Byline) and piece.kind == "credit") \
                or (isinstance(piece, Byline) and QR_PROMPT.match(piece.text)):
            continue
        return (k, piece) if isinstance(piece, Paragraph) and piece.open \
            and not _marked_author(piece) else None
    return None


def _full_before_photo(pieces: list[Piece], piece: Piece, columns: Columns, captions: Captions
                       ) -> tuple[int, Paragraph] | None:
    """The paragraph a photo's caption cuts where it ends a sentence on a full line: the text
    after the caption goes on with it where it opens on a full line (no paragraph's first line
    is full: the indent), as an open paragraph's does (…到合作社看一看。 / the caption /
    联络站建起来以后，群众有事…). The paragraph and its index, or None."""
    if not isinstance(piece, Paragraph) or not _full(piece.lines[0], columns):
        return None
    k = len(pieces) - 1
    while k >= 0 and (id(pieces[k]) in captions or _is_credit(pieces[k])):
        k -= 1
    cut = pieces[k] if 0 <= k < len(pieces) - 1 else None
    if isinstance(cut, Paragraph) and not cut.block and _full(cut.lines[-1], columns):
        return k, cut
    return None


def _is_credit(piece: Piece) -> bool:
    return isinstance(piece, Byline) and piece.kind == "credit"


def _full(line: Line, columns: Columns) -> bool:
    """A line as wide as its column, the marks hanging past the edge aside."""
    return abs(set_width(line.text) - columns.at(line)) <= 0.5


def _cut_head_before(pieces: list[Piece], captions: Captions) -> tuple[int, Head] | None:
    """Where the last head stands, past the captions and credits printed after it: a
    paragraph's first line left at a column's foot, read as a head, may be followed by the
    photo the extractor printed before the column the paragraph goes on in."""
    for k in range(len(pieces) - 1, -1, -1):
        piece = pieces[k]
        if id(piece) in captions or (isinstance(piece, Byline) and piece.kind == "credit"):
            continue
        return (k, piece) if isinstance(piece, Head) else None
    return None


def _append(pieces: list[Piece], piece: Piece, columns: Columns, captions: Captions) -> None:
    """Add a piece, continuing the previous paragraph across a column break where it is open."""
    column = columns.page
    last = pieces[-1] if pieces else None
    before = _open_before(pieces, captions) or _full_before_photo(pieces, piece, columns, captions)
    if isinstance(piece, Paragraph) and id(piece) not in captions and before is not None \
            and not INDENTED.match(piece.lines[0].text) and not SOURCE_NOTE.match(piece.text) \
            and not opens_listed_item(before[1].text, piece.text):  # a kept indent opens one
        k, open_one = before
        # join the texts, not the lines: a byline run on at the end was split off the text
        pieces[k] = make_paragraph(open_one.lines + piece.lines, column,
                                   join_lines([open_one.text, piece.text]))
        return
    cut = _cut_head_before(pieces, captions)
    if isinstance(piece, Paragraph) and id(piece) not in captions and cut is not None \
            and _cut_first_line(cut[1], piece, columns.at(cut[1].lines[0])):
        # (a caption and its credit the extractor printed at the cut stay where they are)
        k, head = cut
        pieces[k] = make_paragraph(head.lines + piece.lines, column,
                                   join_lines([head.text, piece.text]))
        return
    if isinstance(piece, Paragraph) and id(piece) not in captions and cut is not None \
            and _first_line_under_subhead(cut[1], piece, columns.at(cut[1].lines[-1])):
        k, head = cut  # the subhead stays; its paragraph's first line goes on with the text
        pieces[k:k + 1] = [Head(head.lines[:1], head.role, glued=True),
                           make_paragraph(head.lines[1:] + piece.lines, column,
                                          join_lines([head.lines[1].text, piece.text]))]
        return
    if isinstance(piece, Head) and isinstance(last, Head) and SERIES_TAG.fullmatch(piece.text):
        last.lines.extend(piece.lines)  # （评论员观察） printed under its headline
        return
    if isinstance(piece, Head) and isinstance(last, Head) and _subtitle_goes_on(last, piece):
        last.lines.extend(piece.lines)  # ——看一座…在存量空间里 / 培育新动能
        return
    if isinstance(piece, Head) and isinstance(last, Head) and _continues_head(last, piece):
        last.lines.extend(piece.lines)
        last.glued = piece.glued
        return
    pieces.append(piece)


def _subtitle_goes_on(subtitle: Head, head: Head) -> bool:
    """A subtitle (``——…``) wrapped onto the line right under it: the line is its end, not
    a head of its own (no dash, not two phrases apart, within a head's lines)."""
    text = head.text.strip()
    return (subtitle.text.startswith(DASHES) and len(head.lines) == 1
            and head.lines[0].number == subtitle.lines[-1].number + 1
            and not text.startswith(DASHES) and not has_cjk_gap(text)
            and len(subtitle.lines) + 1 <= thresholds.MAX_HEAD_LINES)


def _continues_head(first: Head, second: Head) -> bool:
    """A head whose line ends with a colon goes on in the next head (``记者手记：`` / …)."""
    fits = len(first.lines) + len(second.lines) <= thresholds.MAX_HEAD_LINES
    return first.text.endswith(("：", ":")) and fits


def _block_pieces(block: list[Line], columns: Columns, after_open: bool) -> list[Piece]:
    """A block's pieces; the issuer and date closing a notice at its foot one trailing line."""
    closer = closer_length([line.text for line in block])
    if not closer:
        return _lines_pieces(block, columns, after_open)
    text = block[:-closer]
    return [*(_lines_pieces(text, columns, after_open) if text else []),
            _closing_line(block[-closer:])]


def _closing_line(closer: list[Line]) -> Byline:
    """A notice's issuer (or labelled issuers) and date: one trailing line naming no one."""
    return Byline(closer[0], " ".join(line.text.strip() for line in closer), "trail")


def _lines_pieces(block: list[Line], columns: Columns, after_open: bool) -> list[Piece]:
    pieces: list[Piece] = []
    text_lines: list[Line] = []

    def flush(above_byline: bool = False) -> None:
        if text_lines:
            read = _text_pieces(text_lines, columns, after_open and not pieces)
            last = read[-1] if read else None
            if above_byline and isinstance(last, Paragraph) and (head_shaped(last) or (
                    len(last.lines) == 1 and clauses_under_label(
                        read[-2] if len(read) > 1 else None, last.text, last.first_line))):
                read[-1] = Head(last.lines)  # a head set over its byline (kicker, headline)
            first = read[0] if read else None
            after_credit = bool(pieces) and isinstance(pieces[-1], Byline) and (
                pieces[-1].kind == "credit")
            if after_credit and isinstance(first, Head) and len(first.lines) > 1:
                # a photo's title sits alone under its credit; the heads below are another's
                read[0:1] = [Head(first.lines[:1]), Head(first.lines[1:], glued=first.glued)]
            pieces.extend(read)
            text_lines.clear()

    def flush_caption(credit: bool = True) -> None:
        """The text over a credit: a caption set wider than the column is no line of the
        paragraph it cuts."""
        start = wide_caption_start(text_lines, columns) if credit else None
        if start is not None:
            caption = text_lines[start:]
            del text_lines[start:]
            flush()
            text_lines.extend(caption)
        flush()

    skip = False
    for i, line in enumerate(block):
        if skip:
            skip = False
            continue
        stripped = line.text.strip()
        wrapped = wrapped_byline(stripped, block[i + 1].text.strip()) if i + 1 < len(
            block) else None
        if wrapped is not None:
            # A credit or byline wrapped onto the next line: ``…作业。 （本报`` / ``记者 某某
            # 摄）``, ``…更舒心。（宁一`` / ``川）``.
            before, text, wrapped_kind = wrapped
            if before:
                text_lines.append(Line(line.number, before))
            flush_caption(wrapped_kind == "credit")
            pieces.append(Byline(line, text, wrapped_kind, names_in(text)))
            skip = True
            continue
        kind = byline_kind(stripped)
        if kind:
            flush(above_byline=kind == "lead")
            pieces.append(Byline(line, stripped, kind, byline_names(stripped)))
            continue
        credit = CREDIT.search(stripped)
        if credit and credit.start() > 0 and ends_sentence(stripped[: credit.start()]):
            # A caption's last line with its credit on the same line: ``…成长。 （路静 摄）``.
            caption_part = Line(line.number, stripped[: credit.start()].rstrip())
            text_lines.append(caption_part)
            flush_caption()
            pieces.append(Byline(line, credit.group(), "credit", names_in(credit.group())))
            continue
        text_lines.append(line)
    flush()
    return pieces


# A bracket opened by a label and its colon credits or sources (（作者：…）, （点评专家：…）,
# （数据来源：…）): the readers of bylines and notes take it, no note of this kind.
_LABELLED_BRACKET = re.compile(r"[（(][^（）()：:，。]{1,8}[：:]")


def _bracket_note(lines: list[Line]) -> tuple[int, int] | None:
    """Where a note in brackets wrapped over whole lines begins and ends, first in its block or
    under the heads over it (a list's or a document's ``（某年某月某日某会议通过）``): heads
    never wrap inside a bracket, so the note is text, not a head."""
    for start in range(len(lines) - 1):
        if not lines[start].text.strip().startswith(("（", "(")):
            continue
        depth = 0
        for end in range(start, len(lines)):
            text = lines[end].text.strip()
            depth += text.count("（") + text.count("(") - text.count("）") - text.count(")")
            if depth <= 0:
                closed = text.endswith(("）", ")")) and depth == 0 and end > start
                labelled = _LABELLED_BRACKET.match(lines[start].text.strip())
                return (start, end + 1) if closed and not labelled else None
        return None
    return None


def _marks_left_open(lines: list[Line]) -> bool:
    """Whether the lines open a bracket, quotation or title they do not close."""
    text = "".join(line.text for line in lines)
    return any(text.count(left) > text.count(right) for left, right in ("（）", "()", "“”", "《》"))


def _numbered_indented(line: Line) -> bool:
    """A numbered line set in by the indent an extractor keeps (``　　1.凡是…``): a numbered
    point's first line, as a paragraph opens; a numbered subhead is not set in."""
    return bool(INDENTED.match(line.text)) and bool(SUBHEAD_MARK.match(line.text.strip()))


def _text_pieces(lines: list[Line], columns: Columns, after_open: bool) -> list[Piece]:
    """Split a block's text lines into heads and paragraphs."""
    closer = closer_in_flow([line.text for line in lines])
    if closer is not None:
        # a notice's issuer and date in a flow: the notice's closing line, text after it
        start, end = closer
        return [*(_text_pieces(lines[:start], columns, after_open) if start else []),
                _closing_line(lines[start:end]),
                *(_text_pieces(lines[end:], columns, False) if end < len(lines) else [])]
    table = block_run(lines)
    if table is not None:
        # a table's rows (a list's entries) are kept as one closed paragraph, which
        # segment/lists.py makes a table (a list): an entry is no head
        start, end, noted = table
        rows = [Paragraph(part, join_lines([line.text for line in part]), open=False)
                for part in (lines[start:end], lines[end:noted]) if part]
        return [*(_text_pieces(lines[:start], columns, after_open) if start else []), *rows,
                *(_text_pieces(lines[noted:], columns, False) if noted < len(lines) else [])]
    entry = next((i for i, line in enumerate(lines) if INDEX_ENTRY.match(line.text.strip())),
                 None)
    if entry is not None:
        # an index's entry is a paragraph of its own, whatever its block holds besides
        return [*(_text_pieces(lines[:entry], columns, after_open) if entry else []),
                Paragraph([lines[entry]], join_lines([lines[entry].text]), open=False),
                *(_text_pieces(lines[entry + 1:], columns, False) if entry + 1 < len(lines)
                  else [])]
    note = _bracket_note(lines)
    if note is not None and (not note[0] or is_head_block(lines[:note[0]], columns, after_open)):
        start, end = note
        return [*(split_heads(lines[:start], columns.at(lines[0])) if start else []),
                Paragraph(lines[start:end], join_lines([line.text for line in lines[start:end]]),
                          open=False),
                *(_text_pieces(lines[end:], columns, False) if end < len(lines) else [])]
    if is_head_block(lines, columns, after_open):
        # measured against the body column where the lines near the heads (the headline
        # itself, the short last line of an editor's note set across the columns) widen the
        # measure there: a headline wider than a column is under its kicker (理论视野 / …)
        return split_heads(lines, min(columns.at(lines[0]), columns.page))
    pieces: list[Piece] = []
    current: list[Line] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        column = columns.at(line)
        under_head = bool(pieces) and isinstance(pieces[-1], Head) \
            and pieces[-1].lines[-1].number == line.number - 1
        heads_first_line = nxt is not None and i + 2 < len(lines) and not (
            i == 0 and after_open) and heads_a_first_line(line, nxt, lines[i + 2: i + 5],
                                                          under_head)
        if current and nxt is not None and not _marks_left_open(current) \
                and heads_over_dateline(line.text.strip(), nxt, lines[i + 2: i + 6]):
            # heads stacked over the next brief's dateline (校园快讯 / its headline / 本报讯…,
            # line on line in pdftotext) end the paragraph before them, however it ends: no
            # paragraph's text runs on in lines of no punctuation into a dateline (but the
            # bracket it opened closes on its own line: …困难。（岩温香 刀玉 / 兰）)
            pieces.extend(split_trailing_byline(make_paragraph(current, columns.page)))
            current = []
        if not current and nxt is not None and not _numbered_indented(line) and (
                heads_first_line or is_head_line(line, nxt, column, pieces,
                                                 lines[i + 2: i + 6])):
            head = add_head_line(pieces, line, column=column)
            head.glued = not is_glued_head(nxt, lines[i + 2], column) if i + 2 < len(
                lines) else True
            continue
        if not current and nxt is None and pieces and isinstance(pieces[-1], Paragraph) \
                and left_head(line, column):
            pieces.append(Head([line]))
            continue
        if current and INDENTED.match(line.text):  # an extractor that keeps the 2em indent
            pieces.extend(split_trailing_byline(make_paragraph(current, columns.page)))
            current = []
        current.append(line)
        after = lines[i + 2] if i + 2 < len(lines) else None
        if nxt is None or ends_signed_quotation(current, nxt) \
                or opens_next_clause(current[0].text, line.text, nxt.text) \
                or opens_next_labelled_clause(current[0].text, line.text, nxt.text, column) \
                or ends_paragraph(
                    line, nxt, column, columns.at(nxt), len(current) == 1, after):
            pieces.extend(split_trailing_byline(make_paragraph(current, columns.page)))
            current = []
    return pieces
