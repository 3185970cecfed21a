"""From lines to pieces: paragraphs, heads, bylines and credits, in the order extracted.

Extractors wrap lines at the column width and may or may not print a blank line between
paragraphs; a column break inside a paragraph often shows as a blank line too. A line is
read against its neighbours: only a paragraph's last line may be short, a paragraph ends on
a sentence-final mark, and heads are short lines that end no sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from teipress.lexicon import tokenizer, word_freq, word_tag
from teipress.segment import thresholds
from teipress.segment.model import Byline, BylineKind, Head, Line, Paragraph, Piece
from teipress.segment.patterns import (
    ASKED_QUESTION,
    AUTHOR_NOTE,
    BRIEF_MARKS,
    COMMENTATOR,
    CREDIT,
    DATELINE,
    END_MARK,
    JUMP,
    LEADING_BYLINE,
    OPENING_LABEL,
    PHOTO_LEADIN,
    PHOTO_POSITION,
    RUN_ON_AUTHOR_NOTE,
    RUN_ON_BYLINE,
    SECTIONS,
    SOURCE_NOTE,
    SUBHEAD_MARK,
    TRAILING_BYLINE,
    TRANSLITERATED_NAME,
    is_person_name,
    names_in,
)
from teipress.segment.text import DASHES, ends_sentence, has_cjk_gap, join_lines, width

_LAST_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")
# A letter's signature on a line of its own: who the writer is (a few words, no punctuation),
# a space, the writer's name (学生家长 侯小军, 江州市读者 温晴).
_SIGNATURE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}\s+(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$")
MARKS = "■□●◆◇▲△★☆"
NAME_MARKS = MARKS + "◎○"  # set before an author's bare name under a headline: ◎ 陆知秋
INDENTED = re.compile(r"^[ \t\u3000]{2,}\S")
_LATIN_RUN = re.compile(r"[A-Za-z0-9.%+/:-]+")  # printed unbroken: it moves whole to the next line
HANGING = "，。、；：！？”’）》」』"  # marks that hang past the column's edge


def set_width(text: str) -> float:
    """A line's width against its column: the marks hanging past the column's edge aside."""
    return width(text.strip().rstrip(HANGING))

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SIDE_GAP = re.compile(r"(?<=\S)(?: {3,}|\u3000{2,}|\t+)(?=\S)")  # wider than any head's gap
# A series tag printed under its headline, in brackets: （评论员观察）, （奋进新征程·…）.
SERIES_TAG = re.compile(r"[（(][^（()）。，]{2,40}[)）]")


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
            out.append(lines[i])
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


# The caption paragraphs read so far, by identity. The dict holds each one so that its id can
# not pass to a new piece once the caption leaves the list (ids of freed objects are reused,
# and a set of bare ids made a paragraph read later a caption at random).
Captions = dict[int, Paragraph]


def read_pieces(lines: list[Line | None]) -> tuple[list[Piece], float]:
    """The page's pieces in extracted order, and the body column width they were read with."""
    blocks = split_blocks(side_by_side(lines))
    columns = Columns(blocks)
    pieces: list[Piece] = []
    captions: Captions = {}
    boxes: list[Piece] = []  # boxes printed inside another article's paragraph, read last
    for b, block in enumerate(blocks):
        after_open = _open_before(pieces, captions) is not None
        read = _block_pieces(block, columns, after_open)
        if len(read) == 1 and isinstance(read[0], Paragraph) and (
                _set_apart_caption(block, columns, cutting=after_open)
                or _places_people(read[0])
                or _over_credit_alone(read[0], blocks[b + 1] if b + 1 < len(blocks) else [])
                or (after_open and _in_paragraphs_break(
                    block, blocks[b + 1] if b + 1 < len(blocks) else [], columns))):
            read[0].caption = True
        for n, piece in enumerate(read):
            following = read[n + 1] if n + 1 < len(read) else None
            if isinstance(piece, Paragraph) and (_caption_like(piece) or piece.caption or (
                    isinstance(following, Byline) and following.kind == "credit")):
                captions[id(piece)] = piece
            box = _resume_past_box(pieces, piece, columns, captions)
            if box:
                boxes.extend(box)
                continue
            _append(pieces, piece, columns, captions)
    return _opening_labels(_bare_name_bylines(_term_heads(pieces + boxes))), columns.page


def _resume_past_box(pieces: list[Piece], piece: Piece, columns: Columns, captions: Captions
                     ) -> list[Piece] | None:
    """A box (its heads and text) that the extractor printed where an article's paragraph
    breaks from one column to the next: the text after it, opening on a full line (no
    paragraph's first line is full: the indent), goes on the open paragraph before the box.
    The paragraph is joined; the box is taken out of the article's flow and returned (it is
    read after the page's flow). None where ``piece`` goes on nothing past a box."""
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
        if isinstance(before, Paragraph) and before.open and id(before) not in captions:
            box = pieces[k + 1:]
            if not (any(isinstance(p, Head) for p in box)
                    and any(isinstance(p, Paragraph) and not p.open for p in box)):
                return None
            pieces[k] = _paragraph(before.lines + piece.lines, columns.page,
                                   join_lines([before.text, piece.text]))
            del pieces[k + 1:]
            return box
        if not isinstance(before, Head | Paragraph):
            return None  # a byline or credit: the box is an article or photo of its own
    return None


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


def _bare_name_bylines(pieces: list[Piece]) -> list[Piece]:
    """A commentary's author printed as a bare name on a line of its own next to the heads
    (``纪闻川`` under the headline) is a byline, not a head or a one-line paragraph. A text
    that is its first line glued under it (``岑晓川`` / ``午饭时间，…``) is split off."""
    out: list[Piece] = []
    # a line printing the heads of boxes set side by side (side_by_side) holds labels, not
    # a name: 劳模说    工匠心语
    rows = Counter(piece.first_line for piece in pieces if isinstance(piece, Head))
    for n, piece in enumerate(pieces):
        beside_head = (n > 0 and isinstance(pieces[n - 1], Head)) or (
            n + 1 < len(pieces) and isinstance(pieces[n + 1], Head))
        after = pieces[n + 1] if n + 1 < len(pieces) else None
        if isinstance(piece, Head) and len(piece.lines) == 1 and beside_head \
                and rows[piece.first_line] == 1 and _bare_name(piece.text) \
                and not _opens_text(piece.text, after):
            line = piece.lines[0]
            out.append(Byline(line, line.text.strip(), "lead", names_in(line.text)))
            continue
        if isinstance(piece, Head) and len(piece.lines) > 1 and _bare_name(
                piece.lines[-1].text) and not _bare_name(piece.lines[-2].text):
            # the name set under the headline with no blank line, read as its last line
            line = piece.lines[-1]
            out += [Head(piece.lines[:-1], piece.role, piece.glued),
                    Byline(line, line.text.strip(), "lead", names_in(line.text))]
            continue
        out.append(piece)
    return out


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


def _bare_names(text: str) -> bool:
    """One person's name or several set a space or a 、 apart and nothing else: a brief's
    reporters closing it, ``…时。（巴特尔 韩　冰）``."""
    names = names_in(text)
    return bool(names) and "".join(names) == re.sub(r"[\s、，,]", "", text) \
        and all(_bare_name(name) for name in names)


def _bare_name(text: str) -> bool:
    """A person's name and nothing else (a mark before it aside: ``◎ 陆知秋``): a known
    surname, no dictionary word."""
    name = "".join(text.split()).lstrip(NAME_MARKS)
    if _TRANSLITERATED.fullmatch(name):
        # 热依拉·艾买提: parts joined by the middle dot, each of syllables or names only (a
        # column tag set so, 创新驱动·城市样本 or 人物·巾帼风采, is made of common words)
        return all(_transliterated_part(part) for part in name.split("·"))
    if not is_person_name(name) or name in SECTIONS:
        return False
    return not word_freq(name) or (word_tag(name) or "").startswith("nr")


_TRANSLITERATED = re.compile(TRANSLITERATED_NAME)


def _transliterated_part(part: str) -> bool:
    """A part of a transliterated name: each word jieba cuts it into is a name (约翰, 努尔)
    or no dictionary word at all (热依拉, 托合|提), never a common word (城市, 调研)."""
    return all(len(word) == 1 or not word_freq(word) or (word_tag(word) or "").startswith("nr")
               for word in tokenizer().lcut(part))


def _set_apart_caption(block: list[Line], columns: Columns, cutting: bool = False) -> bool:
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
    return ends_sentence(text) and not _LAST_BRACKET.search(text) \
        and set_width(text) > first_line + 0.5 \
        and width(text) <= columns.page * thresholds.WIDE_FACTOR


def _over_credit_alone(paragraph: Paragraph, below: list[Line]) -> bool:
    """A short block of sentences over a photo's credit set on a line of its own
    (``本报记者 某某 摄``): the photo's caption, even where an open paragraph goes on after it
    (the extractor printed the caption and its credit where it cut the paragraph)."""
    return len(paragraph.lines) <= thresholds.CAPTION_LINES and ends_sentence(paragraph.text) \
        and len(below) == 1 and byline_kind(below[0].text.strip()) == "credit"


def _in_paragraphs_break(block: list[Line], below: list[Line], columns: Columns) -> bool:
    """One sentence on a line of its own where an open paragraph breaks, the paragraph going
    on under it on a full line (no paragraph's first line is full: the indent): no paragraph
    stands inside another, so it is the caption of a photo set in the column, uncredited
    (北岭煤矿智能化综采工作面。 printed between …作为 and 治本之策，…)."""
    if len(block) != 1 or not below or not columns.wrapped:
        return False
    text, first = block[0].text.strip(), below[0]
    going_on = first.text.strip()
    full = abs(set_width(going_on) - max(columns.at(first), columns.page)) <= 0.5
    return ends_sentence(text) and not _LAST_BRACKET.search(text) and text[:1] not in CIRCLED \
        and full and not INDENTED.match(first.text) and not DATELINE.match(going_on) \
        and not ends_sentence(going_on)


def _places_people(paragraph: Paragraph) -> bool:
    """A short block of its own that says where people stand (某某（左）): a photo's caption,
    credited or not, even where it cuts a paragraph in two."""
    return len(paragraph.lines) <= thresholds.CAPTION_LINES and ends_sentence(paragraph.text) \
        and bool(PHOTO_POSITION.search(paragraph.text))


def _caption_like(paragraph: Paragraph) -> bool:
    """A photo's caption by its opening: 图为…, ▲…, or a series' number ①…."""
    return bool(PHOTO_LEADIN.match(paragraph.text)) or paragraph.text[:1] in CIRCLED


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


def _open_before(pieces: list[Piece], captions: Captions) -> tuple[int, Paragraph] | None:
    """The open paragraph the next text goes on with, and its index: the last piece, or the
    last before the captions and credits an extractor printed where it jumped from one column
    to the next."""
    for k in range(len(pieces) - 1, -1, -1):
        piece = pieces[k]
        if id(piece) in captions or (isinstance(piece, Byline) and piece.kind == "credit"):
            continue
        return (k, piece) if isinstance(piece, Paragraph) and piece.open else None
    return None


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
    before = _open_before(pieces, captions)
    if isinstance(piece, Paragraph) and id(piece) not in captions and before is not None \
            and not INDENTED.match(piece.lines[0].text) \
            and not _opens_listed_item(before[1].text, piece.text):  # a kept indent opens one
        k, open_one = before
        # join the texts, not the lines: a byline run on at the end was split off the text
        pieces[k] = _paragraph(open_one.lines + piece.lines, column,
                               join_lines([open_one.text, piece.text]))
        return
    cut = _cut_head_before(pieces, captions)
    if isinstance(piece, Paragraph) and id(piece) not in captions and cut is not None \
            and _cut_first_line(cut[1], piece, columns.at(cut[1].lines[0])):
        # (a caption and its credit the extractor printed at the cut stay where they are)
        k, head = cut
        pieces[k] = _paragraph(head.lines + piece.lines, column,
                               join_lines([head.text, piece.text]))
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
    pieces: list[Piece] = []
    text_lines: list[Line] = []

    def flush(above_byline: bool = False) -> None:
        if text_lines:
            read = _text_pieces(text_lines, columns, after_open and not pieces)
            last = read[-1] if read else None
            if above_byline and isinstance(last, Paragraph) and _head_shaped(last):
                read[-1] = Head(last.lines)  # a head set over its byline (kicker, headline)
            first = read[0] if read else None
            after_credit = bool(pieces) and isinstance(pieces[-1], Byline) and (
                pieces[-1].kind == "credit")
            if after_credit and isinstance(first, Head) and len(first.lines) > 1:
                # a photo's title sits alone under its credit; the heads below are another's
                read[0:1] = [Head(first.lines[:1]), Head(first.lines[1:], glued=first.glued)]
            pieces.extend(read)
            text_lines.clear()

    skip = False
    for i, line in enumerate(block):
        if skip:
            skip = False
            continue
        stripped = line.text.strip()
        wrapped = _wrapped_byline(stripped, block[i + 1].text.strip()) if i + 1 < len(
            block) else None
        if wrapped is not None:
            # A credit or byline wrapped onto the next line: ``…作业。 （本报`` / ``记者 某某
            # 摄）``, ``…更舒心。（宁一`` / ``川）``.
            before, text, wrapped_kind = wrapped
            if before:
                text_lines.append(Line(line.number, before))
            flush()
            pieces.append(Byline(line, text, wrapped_kind, names_in(text)))
            skip = True
            continue
        kind = byline_kind(stripped)
        if kind:
            flush(above_byline=kind == "lead")
            pieces.append(Byline(line, stripped, kind, names_in(stripped)))
            continue
        credit = CREDIT.search(stripped)
        if credit and credit.start() > 0 and ends_sentence(stripped[: credit.start()]):
            # A caption's last line with its credit on the same line: ``…成长。 （路静 摄）``.
            caption_part = Line(line.number, stripped[: credit.start()].rstrip())
            text_lines.append(caption_part)
            flush()
            pieces.append(Byline(line, credit.group(), "credit", names_in(credit.group())))
            continue
        text_lines.append(line)
    flush()
    return pieces


def _wrapped_byline(line: str, following: str) -> tuple[str, str, BylineKind] | None:
    """A photo credit or a trailing byline that starts on ``line`` after its text's last
    sentence and ends the next line: the text before it, the credit or byline, its kind."""
    for joined in (join_lines([line, following]), f"{line} {following}"):  # names may wrap
        match = CREDIT.search(joined)
        kind: BylineKind = "credit"
        if not match or match.end() != len(joined):
            match = _LAST_BRACKET.search(joined)
            kind = "trail"
            if not match or not (TRAILING_BYLINE.fullmatch(match.group())
                                 or AUTHOR_NOTE.match(match.group())):
                continue
        if match.start() >= len(line) or len(following) >= len(joined) - match.start():
            continue  # it does not start on this line, or the next line holds it all
        before = joined[: match.start()].rstrip()
        # (a note on the author, （作者系…教 / 授）, names no one; a credit's form, role or
        # name then 摄, says it is one even where the name is none the lists know: 达娃卓嘎)
        if (before and not ends_sentence(before)) or not (
                names_in(match.group()) or AUTHOR_NOTE.match(match.group())
                or kind == "credit"):
            continue
        return before, joined[match.start():], kind
    return None


def _head_shaped(paragraph: Paragraph) -> bool:
    """One or two lines that end no sentence and carry no commas: a head, not text."""
    if paragraph.open and _over_its_series_tag([line.text.strip() for line in paragraph.lines]):
        return True
    return (paragraph.open and len(paragraph.lines) <= 2
            and not any(mark in paragraph.text for mark in "，。、；,;"))


def byline_kind(text: str) -> BylineKind | None:
    """What a bylines' line is (``credit``, ``lead``, ``trail``, ``end``, ``jump``), or None:
    both readers ask it of the lines they find."""
    credit = CREDIT.search(text)
    if credit and credit.start() == 0:
        return "credit"
    if (LEADING_BYLINE.match(text) and names_in(text)) or COMMENTATOR.match(text):
        return "lead"
    if TRAILING_BYLINE.match(text) and names_in(text):
        return "trail"
    if AUTHOR_NOTE.match(text):
        return "trail"
    if END_MARK.fullmatch(text):
        return "end"
    if JUMP.fullmatch(text):
        return "jump"
    return None


def _text_pieces(lines: list[Line], columns: Columns, after_open: bool) -> list[Piece]:
    """Split a block's text lines into heads and paragraphs."""
    table = _table_rows(lines)
    if table is not None:
        # (the page model holds no table: its rows are kept as one closed paragraph)
        start, end = table
        rows = Paragraph(lines[start:end], join_lines([line.text for line in lines[start:end]]),
                         open=False)
        return [*(_text_pieces(lines[:start], columns, after_open) if start else []), rows,
                *(_text_pieces(lines[end:], columns, False) if end < len(lines) else [])]
    if _is_head_block(lines, columns, after_open):
        return _split_heads(lines, columns.at(lines[0]))
    pieces: list[Piece] = []
    current: list[Line] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        column = columns.at(line)
        heads_first_line = nxt is not None and i + 2 < len(lines) and not (
            i == 0 and after_open) and _heads_a_first_line(line, nxt, lines[i + 2: i + 5])
        if not current and nxt is not None and (
                heads_first_line or _is_head_line(line, nxt, column, pieces,
                                                  lines[i + 2: i + 6])):
            head = _add_head_line(pieces, line, column=column)
            head.glued = not _is_glued_head(nxt, lines[i + 2], column) if i + 2 < len(
                lines) else True
            continue
        if not current and nxt is None and pieces and isinstance(pieces[-1], Paragraph) \
                and _left_head(line, column):
            pieces.append(Head([line]))
            continue
        if current and INDENTED.match(line.text):  # an extractor that keeps the 2em indent
            pieces.extend(split_trailing_byline(_paragraph(current, columns.page)))
            current = []
        current.append(line)
        after = lines[i + 2] if i + 2 < len(lines) else None
        if nxt is None or _ends_paragraph(line, nxt, column, columns.at(nxt), len(current) == 1,
                                          after):
            pieces.extend(split_trailing_byline(_paragraph(current, columns.page)))
            current = []
    return pieces


def _left_head(line: Line, column: float) -> bool:
    """A block's last line after a paragraph's end, short of a first line and with no
    sentence punctuation: a subhead whose text the extractor printed in the next block
    (``…持续入场。`` / ``板块：科技股领涨两市``), not a paragraph's first line left at a foot."""
    text = line.text.strip()
    if ends_sentence(text) or any(mark in text for mark in "，。、；,;") or DATELINE.match(
            text) or SOURCE_NOTE.match(text) or byline_kind(text) or _LAST_BRACKET.search(text):
        return False
    return width(text) < column - thresholds.INDENT - thresholds.HEAD_SHORT_BY


def split_trailing_byline(paragraph: Paragraph) -> list[Paragraph | Byline]:
    """A reporter's bracket or an end mark run on after the last sentence:
    ``…跑得快了。（本报记者 程远航）``, ``…攻关。（完）``."""
    if TRAILING_BYLINE.fullmatch(paragraph.text) and names_in(paragraph.text):
        # a trailing byline wrapped over several lines: （作者：甲、乙，分别系…）
        return [Byline(paragraph.lines[0], paragraph.text, "trail", names_in(paragraph.text))]
    if (signature := _SIGNATURE.match(paragraph.text)) and len(paragraph.lines) == 1 \
            and _bare_name(signature["name"]):
        # a reader's letter signed under its last sentence: 石桥村学生家长 侯小军
        return [Byline(paragraph.lines[0], paragraph.text, "trail",
                       ["".join(signature["name"].split())])]
    if AUTHOR_NOTE.match(paragraph.text):  # a note on the author wrapped over lines
        return [Byline(paragraph.lines[0], paragraph.text, "trail", names_in(paragraph.text))]
    jump = JUMP.match(paragraph.text)
    if jump:  # ``（上接A01版）据介绍，…``: where the article comes from
        rest = paragraph.text[jump.end():].lstrip()
        mark = Byline(paragraph.lines[0], jump.group(), "jump")
        if not rest:
            return [mark]
        return [mark, *split_trailing_byline(
            Paragraph(paragraph.lines, rest, paragraph.open, paragraph.wide))]
    jump = JUMP.search(paragraph.text)
    if jump and jump.end() == len(paragraph.text) and jump.start():  # ``…，（下转A05版）``
        body = Paragraph(paragraph.lines, paragraph.text[: jump.start()], True, paragraph.wide)
        return [body, Byline(paragraph.lines[-1], jump.group(), "jump")]
    end = END_MARK.search(paragraph.text)
    if end and end.start() and ends_sentence(paragraph.text[: end.start()]):
        body = Paragraph(paragraph.lines, paragraph.text[: end.start()], False, paragraph.wide)
        return [*split_trailing_byline(body),
                Byline(paragraph.lines[-1], end.group(), "end")]
    note = RUN_ON_AUTHOR_NOTE.search(paragraph.text)
    if note and note.start() and ends_sentence(paragraph.text[: note.start()]):
        # …日常。（作者系江州大学社会学院教授）: the note closes the commentary
        body = Paragraph(paragraph.lines, paragraph.text[: note.start()], False, paragraph.wide)
        return [*split_trailing_byline(body),
                Byline(paragraph.lines[-1], note.group(), "trail", names_in(note.group()))]
    match = RUN_ON_BYLINE.search(paragraph.text)
    if not match or not match.start() or not names_in(match.group()):
        match = _LAST_BRACKET.search(paragraph.text)  # a box's author: …检验。（闻一舟）
        if not match or not match.start() or not _bare_names(match.group()[1:-1]):
            return [paragraph]
    if not ends_sentence(paragraph.text[: match.start()]):
        return [paragraph]
    text = paragraph.text[: match.start()]
    body = Paragraph(paragraph.lines, text, open=False, wide=paragraph.wide)
    return [body, Byline(paragraph.lines[-1], match.group(), "trail", names_in(match.group()))]


def _is_head_block(lines: list[Line], columns: Columns, after_open: bool) -> bool:
    """A short block that ends no sentence: a kicker, headline, subhead or photo title.

    Heads carry no commas; a one-line head may be wider than the column (it spans several).
    Full lines after a paragraph left open are that paragraph going on, not a head.
    """
    if len(lines) == 1 and _question_head(lines[0], columns.at(lines[0])):
        return True
    if len(lines) > thresholds.MAX_HEAD_LINES or any(ends_sentence(line.text) for line in lines):
        return False
    texts = [line.text.strip() for line in lines]
    if DATELINE.match(texts[0]) or any(SOURCE_NOTE.match(text) for text in texts):
        return False
    if after_open and width(texts[0]) >= columns.at(lines[0]) - 1:
        return False
    if any(has_cjk_gap(text) or text.startswith(DASHES) for text in texts):
        return True
    if len(lines) == 1 and SUBHEAD_MARK.match(texts[0]):
        return True
    if len(lines) == 1 and _quoted_head(texts[0]):
        return True
    if _head_wrapped_at_its_dash(texts) or _over_its_series_tag(texts):
        return True
    if any(mark in text for text in texts for mark in "，。、；,;"):
        # short of the column, or one line set wider than the column that ends no sentence
        # (a box's headline of two clauses over its text: 春节自驾出行，车险理赔这些事要知道;
        # a body line is no wider than its column but for a hanging mark)
        room = columns.at(lines[0]) - thresholds.INDENT - thresholds.SHORT_BY
        spans = width(texts[0]) >= columns.at(lines[0]) + thresholds.SHORT_BY
        return len(lines) == 1 and (width(texts[0]) < room or spans)
    if len(lines) == 1:
        return True
    return True  # two or three lines with no sentence punctuation at all


def _head_wrapped_at_its_dash(texts: list[str]) -> bool:
    """A profile's headline in two parts, who the person is and what they say, broken at the
    dash between them (``…高级工程师阮秀梅——`` / ``“堤在人在，这是我们的本分”``), maybe with
    its series tag under it: the quotation's commas are the quoted words', not a paragraph's
    (a paragraph's line ending at a dash runs on into words, not into one whole quotation)."""
    return (len(texts) >= 2 and texts[0].endswith(DASHES) and _quoted_head(texts[1])
            and all(SERIES_TAG.fullmatch(text) for text in texts[2:]))


def _over_its_series_tag(texts: list[str]) -> bool:
    """A headline wrapped over lines that end no sentence, closed by its series tag on a line
    of its own (``十八年，他把…邮路`` / ``走成了…“连心路”`` / ``（寻访最美乡邮员·之五）``):
    the headline's commas are a clause's, and no paragraph ends on a bracketed tag."""
    return len(texts) >= 2 and SERIES_TAG.fullmatch(texts[-1]) is not None \
        and not any(ends_sentence(text) or SERIES_TAG.search(text) for text in texts[:-1])


def _quoted_head(text: str) -> bool:
    """A head printed as one quotation, commas and all: an interview's headline
    (“让老街区留住烟火气，也长出新业态”), which ends no sentence inside its marks."""
    return (text.startswith("“") and text.endswith("”") and text.count("“") == 1
            and not ends_sentence(text))


def _split_heads(lines: list[Line], column: float) -> list[Piece]:
    """A block of heads alone, line by line. A line set wider than the column under a head
    that fits in one is a headline spanning columns under its kicker: a headline wrapped
    over two lines wraps at its own width, so its first line would span columns too."""
    heads: list[Piece] = []
    for line in lines:
        last = heads[-1] if heads else None
        if isinstance(last, Head) and len(last.lines) == 1 and column and \
                width(last.text) < column < width(line.text.strip()):
            heads.append(Head([line]))
            continue
        _add_head_line(heads, line, label_width=thresholds.BLOCK_LABEL_WIDTH)
    return heads


def _is_head_line(line: Line, nxt: Line, column: float, pieces: list,
                  below: list[Line] | None = None) -> bool:
    """A line opening a paragraph's place that is a head: glued above its paragraph, set in a
    head's form (two phrases apart, a dash, a mark), or the second line of a label
    (``记者手记：`` / ``民生工程要办到群众心坎上``)."""
    text = line.text.strip()
    if _question_head(line, column) and not ends_sentence(nxt.text):
        return True  # over the paragraph that answers it
    if ends_sentence(text) or DATELINE.match(text) or SOURCE_NOTE.match(text):
        return False
    following = nxt.text.strip()
    opener = (DATELINE.match(following) or SOURCE_NOTE.match(following)
              or following.startswith(DASHES) or _heads_over_dateline(text, nxt, below or []))
    if _is_glued_head(line, nxt, column, below) or opener:
        return True  # above its paragraph, a dateline, a chart's source note or a subtitle
    if not any(mark in text for mark in "，。、；,;") and _bare_name(following):
        return True  # over a commentary's author, a bare name on its own line (岑晓川)
    # a numbered line as wide as the column is a clause's first line, not a subhead
    short = width(text) < column - thresholds.SHORT_BY
    run = _LATIN_RUN.match(following)  # never split: it may not have fitted on this line
    if run and width(text) + width(run.group()) > column - thresholds.INDENT:
        short = False
    numbered = SUBHEAD_MARK.match(text) and (text[0] in MARKS or short)
    if has_cjk_gap(text) or text.startswith(DASHES) or numbered:
        return True
    last = pieces[-1] if pieces else None
    return (isinstance(last, Head) and last.text.endswith(("：", ":"))
            and not any(mark in text for mark in "，。、；,;"))


def _heads_over_dateline(text: str, nxt: Line, below: list[Line]) -> bool:
    """A line in a stack of heads printed with no blank line over the dateline that opens
    their article (kicker / headline / subtitle / ``本报讯…``): every line down to the
    dateline, this one too, carries no sentence punctuation."""
    stack = [text, nxt.text.strip(), *(line.text.strip() for line in below)]
    for n, line in enumerate(stack[: thresholds.MAX_HEAD_LINES + 1]):
        if n >= 2 and DATELINE.match(line):
            return True
        if any(mark in line for mark in _PUNCTUATION) or byline_kind(line):
            return False
    return False


def _question_head(line: Line, column: float) -> bool:
    """A question set as a subhead (``结核病离我们远吗？``): one phrase ending in a question
    mark, no other punctuation, on a line of its own short of the column. A paragraph's
    question carries its clauses' commas or is asked by someone (``记者：…？``); a one-phrase
    question alone between paragraphs is the head of the answer under it (a health or
    explainer page's 问答 subheads)."""
    text = line.text.strip()
    if ASKED_QUESTION.match(text):
        return True
    if not text.endswith(("？", "?")) or any(mark in text[:-1] for mark in _PUNCTUATION):
        return False
    return width(text) < column



# Marks inside a sentence or closing one: a head's single phrase carries none of them.
_PUNCTUATION = "，。、；：！？,;:!?…"


def _heads_a_first_line(line: Line, nxt: Line, below: list[Line]) -> bool:
    """A line in a paragraph's place that cannot be a paragraph's first line, printed over one:
    a subhead with no blank line after it, however near the column's width it is set.

    It carries no sentence punctuation and ends no sentence, so it is no one-line paragraph;
    the line under it goes on and is set in by the indent against the full lines below it,
    so that one opens the paragraph (a paragraph's second line is full: only a hanging mark
    or an unbroken Latin run makes it shorter, and then by less than the indent). Set wider
    than the paragraph's full lines it is no line of that paragraph either: a box's headline
    over the box's narrower text (``17日起我省将迎新一轮强降雨`` / ``据省气象台预报，受副``)."""
    text, following = line.text.strip(), nxt.text.strip()
    going_on: list[float] = []  # the full lines of the paragraph under it
    for other in below:
        # (a sentence may end at the end of the paragraph's second line, a full one, its
        # closing marks hanging, and the paragraph go on: 党的…《决定》 / 提出，“完善…制度”。 /
        # 案件办结后，…; a short line ending a sentence ends the paragraph)
        full_line = width(other.text) >= set_width(following) + thresholds.INDENT - 0.5
        if ends_sentence(other.text) and (going_on or not full_line):
            break
        going_on.append(set_width(other.text))
    if not going_on:
        return False
    full = max(going_on)
    # a subhead of two parallel phrases (既要追刑责，也要修生态: a couplet, its halves of one
    # length give or take a character) carries one comma and ends no sentence, as a
    # paragraph's first line may too (今年以来，海区政务服务局确定), its clauses of any length
    halves = text.split("，")
    two_phrases = len(halves) == 2 and abs(len(halves[0]) - len(halves[1])) <= 1 \
        and width(text) < full - thresholds.INDENT
    if (ends_sentence(text) or any(mark in text for mark in "。、；,;")
            or ("，" in text and not two_phrases) or text[-1] in "：:"
            or DATELINE.match(text) or SOURCE_NOTE.match(text)):
        return False
    indented = full - thresholds.INDENT - thresholds.SHORT_BY <= set_width(following) \
        <= full - thresholds.INDENT + 0.5
    return indented and not ends_sentence(following)


# Words a headline's line cannot end on, the phrase going on in the next (的, 之, 与 …): particles,
# conjunctions and prepositions of modern Chinese grammar.
_GOES_ON = tuple("的之与和及或对把被从向在为让将给")


def _add_head_line(pieces: list[Piece], line: Line, label_width: float | None = None,
                   column: float = 0.0) -> Head:
    """A head line joins the head before it unless it starts a new one: a dash, two phrases
    set apart, or — where no blank line sets heads apart — a longer line under a short label
    (``短评`` / the headline). In a block of heads alone (``label_width`` given) only a
    label shorter than any headline's first line stands apart (``面对面`` / ``“…”``)."""
    last = pieces[-1] if pieces else None
    text = line.text.strip()
    widest = thresholds.HEAD_LABEL_WIDTH if label_width is None else label_width
    label = isinstance(last, Head) and len(last.lines) == 1 and (
        width(last.text) <= widest < width(text)
        or (label_width is None and "·" in last.text))  # a column kicker
    # a headline set as two phrases is whole on its line
    label = label or (isinstance(last, Head) and has_cjk_gap(last.lines[-1].text))
    # a headline opening with a quotation starts its own line under a kicker that is whole
    # and no wider (防汛一线 / “雨再大，…”); a headline's first line wrapping before a
    # quotation ends on a word that goes on (一条生产线的 / “数字蝶变”)
    label = label or (isinstance(last, Head) and len(last.lines) == 1 and text[:1] == "“"
                      and not last.text.endswith(_GOES_ON) and width(text) >= width(last.text))
    # set over its text (``column`` given): a line spanning columns under a head that fits in
    # one is a headline under its kicker, as in a block of heads alone (_split_heads)
    label = label or (isinstance(last, Head) and len(last.lines) == 1 and bool(column)
                      and width(last.text) <= column < width(text))
    starts_new = (text.startswith(DASHES) or has_cjk_gap(text) or label) \
        and not SERIES_TAG.fullmatch(text)
    if isinstance(last, Head) and not starts_new and len(last.lines) < thresholds.MAX_HEAD_LINES:
        last.lines.append(line)
        return last
    head = Head([line])
    pieces.append(head)
    return head


def _is_glued_head(line: Line, nxt: Line, column: float, below: list[Line] | None = None
                   ) -> bool:
    """A short line above a paragraph with no blank line between: a subhead.

    A paragraph's first line is short only by its indent (2em, which extraction drops), and
    a head carries no sentence punctuation; a line shorter than that is a head. But a line
    exactly as wide as a first line of the paragraph's own column, where its wrapped lines
    show one (a box set narrower than the page's columns; ``below``: the lines after
    ``nxt``), is that paragraph's first line.
    """
    text = line.text.strip()
    if ends_sentence(text) or any(mark in text for mark in "，。、；,;") or DATELINE.match(text):
        return False
    own = _own_column([nxt, *(below or [])])
    if own is not None and abs(width(text) - (own - thresholds.INDENT)) <= 0.5 \
            and not has_cjk_gap(text):
        return False
    # the line below measured without the marks hanging past the column's edge
    going_on = set_width(nxt.text)
    room = max(going_on, column) - thresholds.INDENT - thresholds.HEAD_SHORT_BY
    return width(text) < room


def _own_column(lines: list[Line]) -> float | None:
    """The width a paragraph's wrapped lines share (its column), or None where fewer than
    three of them show it: every line before its last is full, hanging marks aside."""
    widths = []
    for line in lines:
        if ends_sentence(line.text):
            break
        widths.append(set_width(line.text))
    if len(widths) < 3 or max(widths) - min(widths) > 1:
        return None
    return max(widths)


def _ends_paragraph(line: Line, nxt: Line, column: float, next_column: float,
                    first: bool, after: Line | None = None) -> bool:
    """A sentence-final line ends its paragraph when it is short (a first line is short by
    its indent already), or when the next line is short without ending a sentence: that is
    a first line, set in by the indent — unless it is short only because the Latin run that
    opens the line after it (``50.3%``), never split, did not fit on it."""
    if SOURCE_NOTE.match(nxt.text.strip()) or _opens_listed_item(line.text, nxt.text):
        return True
    if not _closes_text(line.text):
        return False
    if DATELINE.match(nxt.text.strip()):  # the next brief opens with its own dateline
        return True
    if after is not None and DATELINE.match(after.text.strip()) and not ends_sentence(nxt.text):
        return True  # the next brief's headline over its dateline, however wide it is set
    if nxt.text.strip()[:1] in CIRCLED:  # a photo series' next numbered caption (②…)
        return True
    if ASKED_QUESTION.match(nxt.text.strip()):  # a 问答 column's next question
        return True
    if width(line.text) < column - thresholds.SHORT_BY / 2 - (thresholds.INDENT if first else 0):
        return True
    # a first line may end in a mark hanging past the column's edge: measure it without
    set_in = width(nxt.text.rstrip()[:-1] if nxt.text.rstrip()[-1:] in HANGING else nxt.text)
    # a column's line, then one wider than the column: a caption set to its photo's width
    if set_in > next_column + 0.5 and width(line.text.rstrip(HANGING)) <= column + 0.5:
        return True
    numbered = SUBHEAD_MARK.match(nxt.text.strip())  # 三、… opens a clause whatever its width
    run = _LATIN_RUN.match(after.text.strip()) if after is not None and not numbered else None
    if run and width(nxt.text) + width(run.group()) > next_column:
        return False  # the run could not have fitted even on a full line
    return not ends_sentence(nxt.text) and set_in <= next_column - thresholds.SHORT_BY


# A table's row as extractors print it: cells set apart by two spaces or more, a figure in one.
_CELL_GAP = re.compile(r"[ \u3000]{2,}")
_FIGURE_CELL = re.compile(r"[+\-－]?\d+(?:\.\d+)?%?")


def _table_rows(lines: list[Line]) -> tuple[int, int] | None:
    """Where the first run of a table's rows in a block begins and ends: two or more lines in
    a row split into the same number of cells (three or more) by wide gaps, most of them
    holding a figure in a cell (``进出口总值  862.3  6.8``; the header row has none). A head
    set as two phrases apart has two cells and no figure cell."""
    def cells(line: Line) -> list[str]:
        return _CELL_GAP.split(line.text.strip())

    n = 0
    while n < len(lines):
        count = len(cells(lines[n]))
        end = n
        while end < len(lines) and count >= 3 and len(cells(lines[end])) == count:
            end += 1
        figures = sum(any(_FIGURE_CELL.fullmatch(cell) for cell in cells(line))
                      for line in lines[n:end])
        if end - n >= 2 and figures * 2 > end - n:
            return n, end
        n = max(end, n + 1)
    return None


# What opens each measure of a list that a sentence ending in a colon announces: 一是, 第一，,
# 首先， (the ordinals of Chinese official prose).
_LISTED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，|首先，)")


def _opens_listed_item(before: str, text: str) -> bool:
    """Text opening with a list's first ordinal (一是…) under text ending in a colon
    (…集中的问题：): the measures are paragraphs of their own, the colon ends the one before
    (one answer listing 一是…；二是… runs them on after the colon, inside its lines)."""
    return before.rstrip().endswith(("：", ":")) and bool(_LISTED_ITEM.match(text.strip()))


def _closes_text(text: str) -> bool:
    """A line that ends a sentence, or a sentence and the bracket run on after it: an end
    mark, a reporter, a source (``…因素。（完）``, ``…心坎上。（摘编自《浙江日报》）``)."""
    if ends_sentence(text):
        return True
    bracket = _LAST_BRACKET.search(text.rstrip())
    return bracket is not None and bracket.start() > 0 \
        and ends_sentence(text[: bracket.start()])


def _paragraph(lines: list[Line], column: float, text: str | None = None) -> Paragraph:
    if text is None:
        text = join_lines([line.text for line in lines])
    widest = max(width(line.text) for line in lines)
    is_note = bool(SOURCE_NOTE.match(text))  # a source note ends without a full stop
    return Paragraph(lines=list(lines), text=text, open=not (ends_sentence(text) or is_note),
                     wide=bool(column) and widest > column * thresholds.WIDE_FACTOR)
