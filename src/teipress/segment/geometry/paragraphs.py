"""An article's blocks, in reading order, into paragraphs, subheads and bylines.

Chinese body text indents a paragraph's first line by two ems and leaves its last line
short; a paragraph runs on from the foot of one column to the head of the next when the
last line there is full and the next column's first is not indented. Bylines, credits, end
marks and jump lines are known by their forms (``segment.patterns``), as in the text path.
"""

from __future__ import annotations

import re

from teipress.segment.geometry import thresholds
from teipress.segment.geometry.blocks import HEADS, Block
from teipress.segment.geometry.roles import lone_byline
from teipress.segment.line_bylines import byline_kind, signature_name, split_trailing_byline
from teipress.segment.lists import BOOK_CREDIT, printed_lines
from teipress.segment.model import Byline, BylineKind, Head, Line, Paragraph, Piece
from teipress.segment.patterns import (
    DATELINE,
    END_MARK,
    NAME,
    OPENING_LABEL,
    POINT_NUMBER,
    TRANSLITERATED_NAME,
    dash_signature,
    is_person_name,
    names_in,
    signed_name,
)
from teipress.segment.text import ends_sentence, join_lines

GAP = "\x00"  # a space to keep where lines are joined (join_lines strips white)
# A reporters' bracket still open: （记者 某某 … （融媒体记者 某某 …
OPEN_REPORTERS = re.compile(r"[（(]\s*[\u4e00-\u9fff]{0,4}?(?:记者|通讯员|实习生)[^）)]*$")
# A name set apart at a line's end: 通讯员 某某
LAST_WORD = re.compile(r"\s(\S{2,4})$")
# The kinds of byline that may be printed in a bracket wrapped over several lines (an end
# note too: （作者单位：… / …）).
# A signature in brackets at a text's end, maybe an end note after it: a transliterated
# name, or names in plain letters, maybe after the writer's place and post and a space (a
# worker's notes signed （某某供电所台区经理 某某）, a short item's （某某 某某）).
_SIGNATURE = re.compile(
    rf"(?P<bracket>[（(]\s*(?:(?P<name>{TRANSLITERATED_NAME})"
    rf"|(?:[\u4e00-\u9fff]{{2,20}}\s+)?(?P<names>{NAME}(?:\s+{NAME})*))\s*[)）])"
                        r"(?P<note>\s*[（(][^（()）]+[)）])?$")
# A list entry's opening label, a word or two before a colon (上联：, 时间：): rows opening
# with the entry's label start entries of their own.
_ENTRY_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{1,6})\s*[:：]")
_BRACKETED: tuple[BylineKind, ...] = ("trail", "lead", "credit", "end")
# A roll's title over its clauses (任命：, 免去：, 决定任命：) or a box's over its points
# (防病要点) is a few words at most.
TITLE_CHARACTERS = 8
# A point's number opening its line: 1. 2、 （3）
POINT = re.compile(rf"{POINT_NUMBER}|[（(](\d{{1,2}})[）)]")

class ColumnEdges:
    """Where each line's column starts and ends: where the lines of its block start and end
    at the furthest (a block holds full lines as well as indented and short ones); a block
    of a line or two takes the edges of the nearest longer block in its column.

    Edges are never taken from where many lines of the page start or end: centred bylines
    and short last lines sit on the character grid and would make false edges.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self._edges: dict[int, tuple[float, float]] = {}
        long = [b for b in blocks if len(b.lines) >= thresholds.EDGE_LINES]
        for block in blocks:
            box = block.box
            edges = (box.x0, box.x1)
            if len(block.lines) < thresholds.EDGE_LINES:
                # in its column: over most of the block's own width (a line run across two
                # columns, a brief's, takes no edges from one of them)
                same = [b for b in long if block.frame == b.frame and min(
                    b.box.x1, box.x1) - max(b.box.x0, box.x0) > 0.5 * (box.x1 - box.x0)]
                if same:
                    near = min(same, key=lambda b: abs(b.box.y0 - box.y0)).box
                    edges = (min(box.x0, near.x0), max(box.x1, near.x1))
            for line in block.lines:
                self._edges[id(line)] = edges

    def left(self, line: Line) -> float:
        return self._edges.get(id(line), (line.placed.x0, line.placed.x1))[0]

    def right(self, line: Line) -> float:
        return self._edges.get(id(line), (line.placed.x0, line.placed.x1))[1]


def _apart(previous: Line, block: Block) -> bool:
    """The block goes on no paragraph of the line before it: white between two blocks of one
    column after a full stop, or text set smaller than the text over it (a data box's figures
    under its lead sentence, 主要数据如下：)."""
    if _below_in_column(previous, block) and ends_sentence(previous.text):
        return True
    return block.role == "small" and previous.size >= block.size / thresholds.SMALL_SIZE


def pieces(blocks: list[Block], edges: ColumnEdges) -> list[Piece]:
    """Paragraphs, subheads and bylines of an article's blocks, in the blocks' order."""
    out: list[Piece] = []
    current: list[Line] = []

    label: list[Head] = []  # a block's label, waiting for the paragraph it opens

    def flush() -> None:
        if current:
            out.extend(_paragraph(current, label))
            current.clear()

    def unlabelled() -> None:
        """A label whose block opened with no paragraph (a byline) stands as a head."""
        if label:
            out.append(label.pop())

    indents = _indent_style(blocks, edges)
    previous: Line | None = None
    for block in blocks:
        if previous is not None and _apart(previous, block):
            flush()
        _unbold_byline(block, out)
        if block.role in HEADS:
            flush()
            unlabelled()
            _add_heads(out, block)
            previous = None
            continue
        if block.label is not None:
            flush()  # a labelled block opens a paragraph of its own
            unlabelled()
            label.append(Head(list(block.label.lines)))
        wrapped_byline = None if current else _wrapped_head_byline(block, out)
        if wrapped_byline is not None:
            flush()
            unlabelled()
            out.append(wrapped_byline)
            previous = None
            continue
        justified = _justified(block, edges)
        wrapped = 0
        for i, line in enumerate(block.lines):
            if wrapped:  # the next lines of a byline read with its first
                wrapped -= 1
                continue
            byline, more = _line_byline(block.lines, i, bool(current), previous, out, edges)
            if byline is not None:
                wrapped = more
                flush()
                unlabelled()
                out.append(byline)
                previous = None
                continue
            if current and _starts_paragraph(line, previous, edges, indents, justified):
                flush()
            current.append(line)
            previous = line
    flush()
    unlabelled()
    _wrapped_signature(out, edges)
    _set_small_after(out, edges)
    _closing_lines(out, edges)
    _signed_after_the_text(out)
    return out


def _replace(out: list[Piece], start: int, new: list[Piece]) -> None:
    """``out[start:]`` made ``new``, keeping every label the pieces taken out held: a
    label is held by the paragraph its block opened (find_labels took it out of the page's
    blocks); where ``new`` holds it no more (the paragraph made a trailing byline, an end mark
    or a list's entries), it stands as a head in front of the piece that shows the
    paragraph's first line, so no printed word is lost."""
    held = {id(piece.label) for piece in new if isinstance(piece, Paragraph)}
    for piece in out[start:]:
        if not isinstance(piece, Paragraph) or piece.label is None or id(piece.label) in held:
            continue
        first = piece.lines[0]
        at = next((i for i, shown in enumerate(new)
                   if any(line is first for line in _shown_lines(shown))), 0)
        new.insert(at, Head(list(piece.label.lines)))
    out[start:] = new


def _shown_lines(piece: Piece) -> list[Line]:
    """The printed lines a piece shows: a paragraph's with its label's, a byline's first."""
    if isinstance(piece, Paragraph) and piece.label is not None:
        return [*piece.label.lines, *piece.lines]
    return printed_lines(piece)


def _set_small_after(out: list[Piece], edges: ColumnEdges) -> None:
    """A box's entries printed after its text in a smaller size (a navigation warning's
    points, a sailing schedule's or a job listing's rows, a notice's candidates, a
    roundtable's guests), none ending a sentence, are a list, an entry a printed row (cells
    set side by side on one baseline read as one row; a bracket left open goes on to the next
    row); the lines set flush right after them (an issuer, a date) are left to close the
    text, and a lone note (（演出信息如有变动…）, 咨询电话：…) closes it too: no paragraph."""
    text = [line.size for piece in out if isinstance(piece, Paragraph) for line in piece.lines]
    if not text:
        return
    # the text's size: that of the lines set near the largest (the entries may be many)
    text = sorted(s for s in text if s >= thresholds.SIGNED * max(text)) or [max(text)]
    size = text[len(text) // 2]
    start = len(out)
    while start > 0 and _small_piece(out[start - 1], size):
        start -= 1
    if start > 0 and isinstance(last := out[start - 1], Paragraph) and last.block is None:
        # the entries run on from the text's last line, which ends in a colon or a sentence,
        # or closes a note in brackets (（…会议通过）)
        k = len(last.lines)
        while k > 0 and last.lines[k - 1].size < thresholds.SIGNED * size:
            k -= 1
        end = last.lines[k - 1].text.rstrip() if k else ""
        if 0 < k < len(last.lines) and (end.endswith(("：", ":")) or ends_sentence(end) or (
                end.endswith(("）", ")"))
                and _open_bracket(_joined(last.lines[:k]).rstrip()[:-1]))):
            out[start - 1:start] = [Paragraph(last.lines[:k], _joined(last.lines[:k]),
                                              label=last.label),
                                    Paragraph(last.lines[k:], _joined(last.lines[k:]))]
    if start == len(out) or not any(
            isinstance(piece, Paragraph) and piece.lines[0].size >= thresholds.SIGNED * size
            for piece in out[:start]):
        return
    lines = [line for piece in out[start:] for line in _text_lines(piece)]
    notes = [piece for piece in out[start:] if isinstance(piece, Byline)]
    if not lines:
        return
    rows = _printed_rows(lines, [line for piece in out[:start] if isinstance(piece, Paragraph)
                                 for line in piece.lines])
    if any(ends_sentence(line.text) for line in lines):
        rows = _clause_rows(lines)
        if not _clause_roll(rows):
            rows = _numbered_points(lines)
            if not rows:
                return
    closing = len(rows)
    while closing > 0 and len(rows[closing - 1]) == 1 and (
            _flush_right(rows[closing - 1][0], edges)
            or _signed(rows[closing - 1][0], edges, size)):
        closing -= 1
    if not closing or (closing == 1 and BOOK_CREDIT.fullmatch(join_lines(
            [line.text for line in rows[0]]).strip())):
        return  # (a book's credit line under its notice is the book's data: lists' rules)
    entries: list[Piece]
    listed = [line for row in rows[:closing] for line in row]
    if closing == 1:
        entries = [Byline(listed[0], _entry_text(listed), "end")]
    else:
        entries = [Paragraph(listed, "".join(line.text for line in listed), block="list",
                             rows=[[_entry_text(row)] for row in rows[:closing]])]
    _replace(out, start, entries + notes + [_closer(row[0]) for row in rows[closing:]])


def _clause_rows(lines: list[Line]) -> list[list[Line]]:
    """The lines as a roll's rows: a row ends at a line closed by a colon, a semicolon or a
    full stop (a clause filling its line to the edge still ends there)."""
    rows: list[list[Line]] = [[]]
    for line in lines:
        rows[-1].append(line)
        if line.text.rstrip()[-1:] in "：:；;。":
            rows.append([])
    return [row for row in rows if row]


def _numbered_points(lines: list[Line]) -> list[list[Line]]:
    """The lines as a box's numbered points (1.… 2.… 3.…, maybe under a short title: 防病要点),
    a row a point, its wrapped lines with it; [] where they are not such points (numbered
    from 1 on, one after another, two at least)."""
    rows: list[list[Line]] = []
    text = lines[0].text.strip()
    if not POINT.match(text) and len(text) <= TITLE_CHARACTERS and not ends_sentence(text):
        rows.append([lines[0]])
    numbers = []
    for line in lines[len(rows):]:
        point = POINT.match(line.text.strip())
        if point:
            numbers.append(int(next(n for n in point.groups() if n)))
            rows.append([line])
        elif numbers:
            rows[-1].append(line)
        else:
            return []
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return []
    return rows


def _clause_roll(rows: list[list[Line]]) -> bool:
    """The rows are a roll of clauses under titles ending in a colon (an appointments list:
    任命： / 某某为某厅厅长； / 某某为某委主任。 / 免去： / …): the first row a title, every
    entry one clause closed by a semicolon, the last under each title by a full stop, no
    sentence ended inside one. The text path reads a roll from lines (lists' "claused"
    entries under colon_title: a clause a line, no comma in it); here a row joins a clause's
    wrapped lines, so an entry may hold commas."""
    texts = [_entry_text(row).strip() for row in rows]
    if len(texts) < 3 or not texts[0].endswith(("：", ":")):
        return False
    for text, after in zip(texts, [*texts[1:], None], strict=True):
        if text.endswith(("：", ":")) and len(text) <= TITLE_CHARACTERS:
            continue
        last = text[-1:]
        closes = after is None or after.endswith(("：", ":"))
        if last not in "；;。" or (last == "。") != closes or any(
                mark in text[:-1] for mark in "。！？；;!?"):
            return False
    return True


def _small_piece(piece: Piece, size: float) -> bool:
    """Set smaller than the text: a paragraph or subhead read from such lines, or an end
    note (which stays as read: its text may run over lines)."""
    lines = [piece.line] if isinstance(piece, Byline) and piece.kind == "end" else _text_lines(
        piece)
    return bool(lines) and (not isinstance(piece, Paragraph) or piece.block is None) and all(
        line.size < thresholds.SIGNED * size for line in lines)


def _text_lines(piece: Piece) -> list[Line]:
    """The lines of a paragraph or subhead; a byline (an end note, a signature) has none of
    the text's, unlike its :func:`~teipress.segment.lists.printed_lines`."""
    return [] if isinstance(piece, Byline) else printed_lines(piece)


def _printed_rows(lines: list[Line], text: list[Line]) -> list[list[Line]]:
    """The lines as entries, in the order read: a line set on a row's baseline just right of
    it (a cell of a grid read down its columns) is that row's; a row wraps onto the next
    where it leaves a bracket open, or where the next row starts at the column's start and
    its first word (a figure, a Latin word, or one character) would not have fitted in the
    room the row leaves before the edge of the text (``text``) over it, unless it opens with
    the label the entry opens with (上联：…, the row before ending at the edge or past it, a
    closing bracket hung in the margin)."""
    rows: list[list[Line]] = []
    for line in lines:
        row = next((row for row in rows
                    if abs(row[0].placed.y1 - line.placed.y1) < 0.3 * line.size
                    and 0 <= line.placed.x0 - max(other.placed.x1 for other in row)
                    <= thresholds.CELL_GAP * line.size), None)
        if row is not None:
            row.append(line)
        else:
            rows.append([line])
    left = min(line.placed.x0 for line in lines)
    entries: list[list[Line]] = []
    for row in rows:
        if entries and (_open_bracket("".join(line.text for line in entries[-1])) or (
                _wraps_onto(entries[-1], row[0], left, text)
                and not _opens_alike(entries[-1][0], row[0]))):
            entries[-1] += row
        else:
            entries.append(list(row))
    return entries


def _opens_alike(first: Line, line: Line) -> bool:
    """The line opens with the label the entry's first line opens with (上联：…): the next
    entry of a list whose entries are all of one form."""
    label, other = _ENTRY_LABEL.match(first.text), _ENTRY_LABEL.match(line.text)
    return label is not None and other is not None and label[1] == other[1]


def _entry_text(entry: list[Line]) -> str:
    """An entry's text: its cells on one baseline set apart by a space, its wrapped lines
    joined as running text (a name broken at the box's edge reads whole)."""
    printed: list[list[Line]] = []
    for line in entry:
        if printed and abs(printed[-1][0].placed.y1 - line.placed.y1) < 0.3 * line.size:
            printed[-1].append(line)
        else:
            printed.append([line])
    return join_lines([" ".join(line.text.strip() for line in row) for row in printed])


def _wraps_onto(entry: list[Line], line: Line, left: float, text: list[Line]) -> bool:
    words = line.text.strip()
    over = [other for other in text if other.placed.x0 < line.placed.x1
            and other.placed.x1 > line.placed.x0]
    if not words or not over or line.placed.x0 - left > line.size:
        return False
    right = max(other.placed.x1 for other in over)
    first = words.split()[0] if words[0].isascii() else words[0]
    width = (line.placed.x1 - line.placed.x0) * len(first) / len(words)
    row = [other for other in entry if abs(other.placed.y1 - entry[-1].placed.y1) < line.size]
    return right - max(other.placed.x1 for other in row) < width


def _open_bracket(text: str) -> bool:
    return any(text.count(left) > text.count(right) for left, right in ("（）", "()"))


def _wrapped_signature(out: list[Piece], edges: ColumnEdges) -> None:
    """A letter's signature wrapped in a narrow column, the name's last characters on a short
    line set flush right under it (石桥村学生家长 侯小 / 军): that line ends the signature's
    name, no paragraph of its own."""
    for i, piece in enumerate(out[:-1]):
        after = out[i + 1]
        if not (isinstance(piece, Byline) and piece.kind == "trail"
                and isinstance(after, Paragraph) and len(after.lines) == 1
                and _flush_right(after.lines[0], edges)):
            continue
        joined = join_lines([piece.text, after.text])
        name = signature_name(joined)
        if name is not None and signature_name(piece.text) is not None:
            out[i:i + 2] = [Byline(piece.line, joined, "trail", [name])]
            return


def _signed_after_the_text(out: list[Piece]) -> None:
    """A name alone in brackets after the text's last sentence (…干出名堂。（米热古丽·艾买提）,
    …节电180万千瓦时。（巴特尔 韩 冰）), or a worker's place and post before the name, maybe
    with an end note after it, signs the article: a trailing byline. The bracket may wrap
    onto a short line of its own, read as an end mark (（…台区经理 井春 / 梅）). (Over the
    text, such a bracket is a series' tag; the patterns leave it.)"""
    last = max((i for i, piece in enumerate(out) if isinstance(piece, Paragraph)), default=None)
    if last is None:
        return
    paragraph = out[last]
    assert isinstance(paragraph, Paragraph)
    wrapped = [p for p in out[last + 1:] if isinstance(p, Byline) and p.kind == "end"]
    if len(wrapped) != len(out) - last - 1:
        wrapped = []
    # the bracket wrapped inside the name (井春 / 梅）) or before it (护林员 / 某某）)
    for text in (join_lines([paragraph.text, *(p.text for p in wrapped)]),
                 " ".join([paragraph.text, *(p.text for p in wrapped)])):
        match = _SIGNATURE.search(text)
        if not match or (match["note"] and not END_MARK.fullmatch(match["note"].strip())):
            continue
        names = [match["name"]] if match["name"] else names_in(match["bracket"])
        if match["name"] or (names and all(is_person_name(n, in_byline=True) for n in names)):
            break
    else:
        return
    before = text[:match.start()].rstrip()
    if before and not ends_sentence(before):
        return
    line = paragraph.lines[-1]
    signed: list[Piece] = [Byline(line, match["bracket"], "trail", names)]
    if match["note"]:
        signed.append(Byline(line, match["note"].strip(), "end"))
    if before:
        signed.insert(0, Paragraph(paragraph.lines, before, open=False, wide=paragraph.wide,
                                   label=paragraph.label, caption=paragraph.caption))
    _replace(out, last, signed)


def _closing_lines(out: list[Piece], edges: ColumnEdges) -> None:
    """Short lines set flush right after an article's text, ending no sentence (a notice's
    issuer and date, a 扫码观看… line) close it: no paragraph, an end mark (``trailer``); one
    that reads as a byline (a composition's 指导老师 某某) is a trailing byline naming them."""
    end = len(out)
    text = [line.size for piece in out if isinstance(piece, Paragraph) for line in piece.lines]
    size = sorted(text)[len(text) // 2] if text else 0.0
    while end > 1 and isinstance(last := out[end - 1], Paragraph) and (all(
            _flush_right(line, edges) or _signed(line, edges, size) for line in last.lines
    )) and not ends_sentence(last.text):
        end -= 1
    if end == len(out) or not any(isinstance(piece, Paragraph) for piece in out[:end]):
        return
    if isinstance(before := out[end - 1], Paragraph) and _open_bracket(before.text) \
            and not _open_bracket(join_lines([before.text, *(p.text for p in out[end:])])) \
            and before.text.lstrip()[:1] in "（(" and re.search(r"[:：]", before.text) \
            and end > 1:
        # a labelled note in brackets whose last line is set flush right (a reply's answering
        # office: （答复单位：省社会保险 / 事业管理中心）) closes the text too (a signature
        # wrapped so, （护林员 / 某某）, is left to _signed_after_the_text)
        end -= 1
        wrapped = [line for piece in out[end + 1:] for line in _text_lines(piece)]
        _replace(out, end, [Paragraph(before.lines + wrapped,
                                      join_lines([before.text, *(p.text for p in out[end + 1:])]))])
    _replace(out, end, [_closer(piece.lines[0], piece.text) if isinstance(piece, Paragraph)
                        else piece for piece in out[end:]])


def _closer(line: Line, text: str | None = None) -> Byline:
    """A line closing the text: an end mark, or a trailing byline where it reads as one."""
    text = line.text if text is None else text
    signed = byline_kind(text) == "lead"
    return Byline(line, text, "trail" if signed else "end", names_in(text) if signed else [])


def _signed(line: Line, edges: ColumnEdges, size: float) -> bool:
    """A line set smaller than the text and flush right: an issuer signing a notice, too
    long to stand well in from the column's start."""
    return (line.size < thresholds.SIGNED * size
            and edges.right(line) - line.placed.x1 <= thresholds.SHORT * line.size
            and line.placed.x0 - edges.left(line) > 0)


def _flush_right(line: Line, edges: ColumnEdges) -> bool:
    return (edges.right(line) - line.placed.x1 <= thresholds.SHORT * line.size
            and line.placed.x0 - edges.left(line) >= thresholds.FLUSH_RIGHT * line.size)


def _joined(lines: list[Line]) -> str:
    """The lines' text joined as running text. A line that ends inside an opening
    dateline's reporters' bracket may end between two of its names (本报讯（记者 隗　晨 /
    通讯员 邝小雅）), or end with the last name of reporters set without brackets (本报讯
    记者 某某 通讯员 某某 / text): a space there, where the reporters then read whole."""
    texts = [line.text for line in lines]
    plain = join_lines(texts)
    for i, text in enumerate(texts[:-1]):
        so_far = join_lines(texts[: i + 1])
        if OPEN_REPORTERS.search(so_far) or _ends_with_reporter(so_far):
            texts[i] = text.rstrip() + GAP
    spaced = join_lines(texts).replace(GAP, " ")
    # (the spaces put in lengthen the text: only reporters read further than that count)
    if spaced != plain and _reporters(spaced) - (len(spaced) - len(plain)) > _reporters(plain):
        return spaced
    return plain


def _ends_with_reporter(text: str) -> bool:
    """The text is an opening dateline that ends with it (its reporters on the next line),
    or whose reporters, set apart by spaces, end with it."""
    alone = DATELINE.match(text)
    if alone and not alone.group("byline") and alone.end() == len(text.rstrip()):
        return True
    last = LAST_WORD.search(text)
    return bool(last and is_person_name(last.group(1))) and _reporters(text + " ") >= len(text)


def _reporters(text: str) -> int:
    """Where the opening dateline's reporters end (0: no reporters named)."""
    match = DATELINE.match(text)
    return match.end() if match and match.group("byline") else 0


def _bracket_closed(lines: list[Line], i: int) -> tuple[int, str]:
    """How many lines after line ``i`` its open bracket runs on to (a few at most), and the
    text to its close: a byline wrapped over lines."""
    texts = [lines[i].text]
    for k in range(i + 1, min(i + 1 + thresholds.MAX_WRAPPED, len(lines))):
        texts.append(lines[k].text)
        if "）" in lines[k].text:
            return k - i, join_lines(texts)
    return 0, ""


def _paragraph(lines: list[Line], label: list[Head]) -> list[Piece]:
    """The lines as a paragraph, headed by the label waiting in ``label`` (taken from it) or
    by one set inline (编者按：…), with a trailing byline split off."""
    text = _joined(lines)
    opening = None if label else OPENING_LABEL.match(text)
    if opening:  # 编者按：… set inline: the label heads the paragraph
        first = lines[0]
        label.append(Head([Line(first.number, opening.group().strip(), first.box,
                                first.size, first.bold)]))
        text = text[opening.end():].lstrip()
    paragraph = Paragraph(list(lines), text, open=not ends_sentence(text))
    parts: list[Piece] = []
    split = split_trailing_byline(paragraph)  # (makes new paragraphs: label them after)
    if label:
        opened = next((part for part in split if isinstance(part, Paragraph)), None)
        if opened is not None:
            opened.label = label.pop()
        else:
            parts.append(label.pop())
    return parts + split


def _starts_paragraph(line: Line, previous: Line | None, edges: ColumnEdges, indents: bool,
                      justified: bool) -> bool:
    """Indenting papers start a paragraph at an indent; a short line after a full stop ends
    one too where the column is justified (ragged columns are short anywhere). A line opening
    with a dateline after a full stop starts the next brief, however the lines are set
    (briefs run across a band, every line indented alike). A line set right under a
    sentence's end and starting further right than it (a signature set flush right under a
    one-line brief) follows a line that was not full, whatever edges its column was given."""
    if previous is not None and ends_sentence(previous.text) and (
            DATELINE.match(line.text) or _right_under(line, previous)):
        return True
    ended = _ended(previous, edges)
    if indents:
        return _indented(line, edges) or (justified and ended)
    return ended


def _right_under(line: Line, previous: Line) -> bool:
    """The line is the next row under ``previous`` and starts past its end."""
    return (0 <= line.placed.y0 - previous.placed.y1 <= line.size
            and line.placed.x0 > previous.placed.x1)


def _wrapped_head_byline(block: Block, out: list[Piece]) -> Byline | None:
    """A head byline wrapped in a narrow column, before any text: 青年报·青年网记者 苑 / 青禾."""
    joined = join_lines([line.text for line in block.lines])
    if 1 < len(block.lines) <= thresholds.MAX_WRAPPED and not any(
            isinstance(piece, Paragraph) for piece in out) and (
            byline_kind(joined) == "lead" or lone_byline(joined)):
        return Byline(block.lines[0], joined, "lead", names_in(joined))
    return None


def _unbold_byline(block: Block, out: list[Piece]) -> None:
    """A one-line subhead before any text that reads as a byline is a byline set bold over
    the text: body text, not a subhead."""
    alone = block.lines[0].text.strip()
    if block.role == "subhead" and len(block.lines) == 1 and not any(
            isinstance(piece, Paragraph) for piece in out) and (
            byline_kind(alone) or lone_byline(alone)):
        block.role = "body"


def _add_heads(out: list[Piece], block: Block) -> None:
    """A head block (after its label, if it has one); a head ending with a colon goes on in it
    (记者手记： / its title, set apart)."""
    if block.label is not None:
        out.append(Head(list(block.label.lines)))
    last = out[-1] if out else None
    if isinstance(last, Head) and last.lines[-1].text.endswith(("：", ":")):
        last.lines.extend(block.lines)
    else:
        out.append(Head(list(block.lines)))


def _byline_at(lines: list[Line], i: int, before_text: bool, edges: ColumnEdges
               ) -> tuple[BylineKind | None, str, int]:
    """Line ``i`` as a byline: its kind (None for none), its text, and how many of the lines
    after it its bracket runs over (（记者 某某 通讯 / 员 某某）). ``before_text``: no
    paragraph has started yet, where a name alone on its line is the byline."""
    text = lines[i].text.strip()
    kind = byline_kind(text)
    if not kind and (len(lines) == 1 or (i == 0 and _ended(lines[i], edges))) and (
            lone_byline(text)) and before_text:
        return "lead", text, 0  # a name (or 本报评论员) alone over the article's text
    if not kind and "（" in text and "）" not in text:
        more, joined = _bracket_closed(lines, i)
        if more and byline_kind(joined) in _BRACKETED:
            return byline_kind(joined), joined, more
    return kind, text, 0


def _line_byline(lines: list[Line], i: int, in_paragraph: bool, previous: Line | None,
                 out: list[Piece], edges: ColumnEdges) -> tuple[Byline | None, int]:
    """Line ``i`` of a block as a byline standing on its own (None where it is text), and how
    many of the lines after it its bracket runs over. ``in_paragraph``: lines of a paragraph
    are waiting, which only a line that ends it lets a byline follow."""
    signature = _dash_signature(lines[i], previous, edges)
    if signature is not None:
        return signature, 0
    kind, text, more = _byline_at(
        lines, i, not in_paragraph and not any(isinstance(p, Paragraph) for p in out), edges)
    # a trailing byline may open a line of its own right after a full line's full stop, its
    # bracket wrapped onto the next line (（记者 某某 通讯员 某 / 某）)
    if kind and (not in_paragraph or _ended(previous, edges) or (
            more and kind == "trail" and previous is not None
            and ends_sentence(previous.text))):
        return Byline(lines[i], text, kind, names_in(text) if kind != "end" else []), more
    return None, 0


def _dash_signature(line: Line, previous: Line | None, edges: ColumnEdges) -> Byline | None:
    """A signature after a dash (——西吉县 某某, ——某某: patterns.dash_signature) set flush
    right under a sentence's end signs the text over it: a trailing byline naming the writer.
    Where it is set tells it from a subtitle, so the name may stand alone after the dash."""
    text = line.text.strip()
    signature = dash_signature(text)
    if signature is None or previous is None or not ends_sentence(previous.text) \
            or not _flush_right(line, edges):
        return None
    return Byline(line, text, "trail", [signed_name(signature)])


def _justified(block: Block, edges: ColumnEdges) -> bool:
    """Most of the block's lines run to its column's right edge (a ragged column's do not)."""
    lines = block.lines[:-1]
    full = sum(edges.right(line) - line.placed.x1 <= thresholds.SHORT * line.size for line in lines)
    return len(lines) >= 2 and full * 3 >= len(lines) * 2


def _indent_style(blocks: list[Block], edges: ColumnEdges) -> bool:
    """Whether the article marks its paragraphs by indenting their first lines (most Chinese
    papers): then only an indent starts one, and a short line (ragged or kinsoku) does not.
    Otherwise a paragraph ends on a short line after a full stop."""
    lines = [line for block in blocks if block.role not in HEADS
             for line in block.lines[1:]]
    # a block's first line counts where the block is running text (a column's top line, the
    # line under a subhead); a line alone (a byline centred over the text) does not
    firsts = [block.lines[0] for block in blocks
              if block.role not in HEADS and len(block.lines) > 1]
    indented = sum(_indented(line, edges) for line in lines + firsts)
    return indented >= 1 and indented * 2 >= sum(_ended(line, edges) for line in lines)


def _below_in_column(line: Line, block: Block) -> bool:
    first = block.lines[0].placed
    return first.y0 > line.placed.y1 and abs(first.x0 - line.placed.x0) <= 3 * line.size


def _indented(line: Line, edges: ColumnEdges) -> bool:
    return line.placed.x0 - edges.left(line) >= thresholds.INDENT * line.size


def _ended(line: Line | None, edges: ColumnEdges) -> bool:
    """A paragraph's last line: short of its column's edge."""
    if line is None:
        return True
    shortfall = (edges.right(line) - line.placed.x1) / line.size
    # line breaking keeps closing punctuation off a line's start by leaving the line before
    # a character or two short: without a full stop, only a line well short is a last line
    return shortfall >= thresholds.SHORT and (
        ends_sentence(line.text) or shortfall >= thresholds.SHORT_UNENDED)


def flush_entries(paragraphs: list[Paragraph], edges: ColumnEdges) -> list[Paragraph]:
    """A box's entries set one a line after its text (a search notice's martyrs, a donors'
    list, an exhibition notice's 展期： 地点： 主办：, a timeline), set flush where the text's
    paragraphs are indented and none ending a sentence: two or more of them in a row, read as
    paragraphs or as one paragraph's lines each short of the column's edge, are a list (an
    item an entry), after a paragraph of the same article."""
    out: list[Paragraph] = []
    run: list[Paragraph] = []
    indented = any(_indented(p.lines[0], edges) for p in paragraphs if p.block is None)
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and indented and out and paragraph.block is None \
                and paragraph.label is None and not _indented(paragraph.lines[0], edges) \
                and not any(ends_sentence(line.text) for line in paragraph.lines):
            run.append(paragraph)
            continue
        rows = [row for p in run for row in _entry_rows(p, paragraphs, edges)]
        if len(rows) >= 2:
            out.append(Paragraph([line for p in run for line in p.lines],
                                 "".join(p.text for p in run), block="list", rows=rows))
        else:
            out += run
        run = []
        if paragraph is not None:
            out.append(paragraph)
    return out


def _entry_rows(paragraph: Paragraph, paragraphs: list[Paragraph], edges: ColumnEdges
                ) -> list[list[str]]:
    """An entry a line where every line stops short of the column's edge (the furthest any
    line of the article's text in that column reaches), else the paragraph one entry
    (wrapped)."""
    def right(line: Line) -> float:
        return max(edges.right(other) for p in paragraphs for other in p.lines
                   if abs(edges.left(other) - edges.left(line)) < line.size)

    if len(paragraph.lines) > 1 and all(
            (right(line) - line.placed.x1) / line.size >= thresholds.SHORT
            for line in paragraph.lines):
        return [[line.text.strip()] for line in paragraph.lines]
    return [[paragraph.text]]
