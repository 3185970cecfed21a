"""Heads among a text's lines: kickers, headlines, subtitles and subheads, in a block of
their own or glued above their paragraph.

Heads are short lines that end no sentence and carry no commas; set as two phrases apart,
after a dash or a mark, over a dateline or over a line set in by the indent, they are heads
wherever they stand.
"""

from __future__ import annotations

import re

from teipress.segment import thresholds
from teipress.segment.item_forms import is_notice_number
from teipress.segment.line_bylines import bare_name, byline_kind
from teipress.segment.line_forms import (
    LAST_BRACKET,
    LATIN_RUN,
    MARKS,
    Columns,
    quoted_head,
    set_width,
)
from teipress.segment.model import Head, Line, Paragraph, Piece
from teipress.segment.patterns import (
    ANSWER_KEY,
    ASKED_QUESTION,
    COMMENTARY_LABEL,
    CONTACT_LINE,
    DATELINE,
    DECIDED,
    HANDLE,
    NOTICE_HEAD,
    SALUTATION,
    SIGNED_QUOTATION,
    SOURCE_NOTE,
    SUBHEAD_MARK,
    TIMELINE_ENTRY,
)
from teipress.segment.text import (
    CJK_GAP,
    DASHES,
    ends_sentence,
    has_cjk_gap,
    join_lines,
    width,
)

# A series tag printed under its headline, in brackets: （评论员观察）, （奋进新征程·…）.
SERIES_TAG = re.compile(r"[（(][^（()）。，]{2,40}[)）]")


def is_head_block(lines: list[Line], columns: Columns, after_open: bool) -> bool:
    """A short block that ends no sentence: a kicker, headline, subhead or photo title.

    Heads carry no commas; a one-line head may be wider than the column (it spans several).
    Full lines after a paragraph left open are that paragraph going on, not a head.
    """
    if len(lines) == 1 and _question_head(lines[0], columns.at(lines[0])):
        return True
    if len(lines) > thresholds.MAX_HEAD_LINES or any(ends_sentence(line.text) for line in lines):
        return False
    texts = [line.text.strip() for line in lines]
    if DATELINE.match(texts[0]) or CONTACT_LINE.match(texts[0]) \
            or ANSWER_KEY.match(texts[0]) or any(SOURCE_NOTE.match(text) for text in texts):
        return False
    if SIGNED_QUOTATION.search(join_lines(texts)):
        return False  # a saying signed by its speaker, a space between post and name
    if texts[-1].endswith(_LEADS_IN) or DECIDED.fullmatch(join_lines(texts)):
        return False  # a sentence leading into a list or table under it (…安排如下：)
    if after_open and width(texts[0]) >= columns.at(lines[0]) - 1:
        return False
    if any(has_cjk_gap(text) or text.startswith(DASHES) for text in texts):
        return True
    if len(lines) == 1 and SUBHEAD_MARK.match(texts[0]):
        return True
    if len(lines) == 1 and quoted_head(texts[0]):
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
    return (len(texts) >= 2 and texts[0].endswith(DASHES) and quoted_head(texts[1])
            and all(SERIES_TAG.fullmatch(text) for text in texts[2:]))


def _over_its_series_tag(texts: list[str]) -> bool:
    """A headline wrapped over lines that end no sentence, closed by its series tag on a line
    of its own (``十八年，他把…邮路`` / ``走成了…“连心路”`` / ``（寻访最美乡邮员·之五）``):
    the headline's commas are a clause's, and no paragraph ends on a bracketed tag."""
    return len(texts) >= 2 and SERIES_TAG.fullmatch(texts[-1]) is not None \
        and not any(ends_sentence(text) or SERIES_TAG.search(text) for text in texts[:-1])


def split_heads(lines: list[Line], column: float) -> list[Piece]:
    """A block of heads alone, line by line. A line set wider than the column under a head
    that fits in one is a headline spanning columns under its kicker: a headline wrapped
    over two lines wraps at its own width, so its first line would span columns too. Under
    a label's few characters (民族观察) a line as wide as the column is its headline too:
    a headline wrapped within the column fills its first line."""
    heads: list[Piece] = []
    for line in lines:
        last = heads[-1] if heads else None
        if isinstance(last, Head) and len(last.lines) == 1 and column and (
                width(last.text) < column < width(line.text.strip())
                or width(last.text) <= thresholds.HEAD_LABEL_WIDTH < column
                <= width(line.text.strip())):
            heads.append(Head([line]))
            continue
        add_head_line(heads, line, label_width=thresholds.BLOCK_LABEL_WIDTH)
    return heads


def is_head_line(line: Line, nxt: Line, column: float, pieces: list,
                 below: list[Line] | None = None) -> bool:
    """A line opening a paragraph's place that is a head: glued above its paragraph, set in a
    head's form (two phrases apart, a dash, a mark), or the second line of a label
    (``记者手记：`` / ``民生工程要办到群众心坎上``)."""
    text = line.text.strip()
    if _opens_quoted_sentence(text, [nxt, *(below or [])]) or HANDLE.match(text) \
            or SALUTATION.match(text) or TIMELINE_ENTRY.match(text) or CONTACT_LINE.match(text):
        return False  # (a reader's comment opens with the handle that posted it: @某某：)
    if _question_head(line, column) and not ends_sentence(nxt.text):
        return True  # over the paragraph that answers it
    if is_notice_number(text):
        return True  # a notice's number, under its headline as a subtitle is
    if nxt.text.strip().endswith(_LEADS_IN) and width(nxt.text.strip()) < width(text):
        return False  # a lead-in's first line, wrapped before its close (…安排 / 如下：)
    if ends_sentence(text) or DATELINE.match(text) or SOURCE_NOTE.match(text):
        return False
    following = nxt.text.strip()
    opener = (DATELINE.match(following) or SOURCE_NOTE.match(following)
              or following.startswith(DASHES) or heads_over_dateline(text, nxt, below or []))
    if is_glued_head(line, nxt, column, below) or opener:
        return True  # above its paragraph, a dateline, a chart's source note or a subtitle
    if below and not any(mark in text + following for mark in _PUNCTUATION) \
            and width(following) < width(text) \
            and is_glued_head(nxt, below[0], column, below[1:]):
        # a headline wrapped over two lines glued over its text: its second line is a head
        # set on a paragraph, and no paragraph ends on a line without a sentence's mark
        return True
    if _spans_over_its_text(text, [following, *(line.text.strip() for line in below or [])],
                            column):
        return True
    if bare_name(following) and (not any(mark in text for mark in "，。、；,;") or (
            column and width(text) > column and not ends_sentence(text))):
        # over a commentary's author, a bare name on its own line (岑晓川); a headline of
        # clauses set wider than the column over it too (让档案“活”起来，也要… / □ 某某)
        return True
    # a numbered line as wide as the column is a clause's first line, not a subhead
    short = width(text) < column - thresholds.SHORT_BY
    run = LATIN_RUN.match(following)  # never split: it may not have fitted on this line
    if (run and width(text) + width(run.group()) > column - thresholds.INDENT) \
            or _figure_parted_from_unit(text, following):
        short = False
    numbered = SUBHEAD_MARK.match(text) and (text[0] in MARKS or short) \
        and not _marked_item_runs_on(text, following, below or [])
    if _two_phrases(text) or text.startswith(DASHES) or numbered:
        return True
    last = pieces[-1] if pieces else None
    if clauses_under_label(last, text, line.number) and _opens_box(following, column):
        return True  # a box's headline of clauses under its label (以案说法 / …，… / ■案号)
    return (isinstance(last, Head) and last.text.endswith(("：", ":"))
            and not any(mark in text for mark in "，。、；,;"))


# The units and counters a figure is printed with (7月, 8时, 31起, 120多人次): a line ending on
# a figure whose unit opens the next line was wrapped inside the quantity, where no head ends.
_UNITS = "年月日时分秒号期届岁万亿元角个名人次起处件条家户座辆台吨米里亩多余"


def _figure_parted_from_unit(text: str, following: str) -> bool:
    """A line ending on a figure over a line opening with its unit (``…2026年7`` / ``月6日…``):
    the line was filled to the measure in running text (figures are set narrower than the
    cells the width counts), so it is a clause's first line, whatever its number."""
    return text[-1:].isdigit() and bool(following) and following[0] in _UNITS


def _marked_item_runs_on(text: str, following: str, below: list[Line]) -> bool:
    """A marked line about as wide as a first line against the line under it, which goes on
    unmarked at the full measure: an item of one-sentence news wrapping at its box's
    measure (``■省通信管理局日前开`` / ``展“断卡”专项行动，清理`` / ``涉诈电话卡2.3万张。``), no
    subhead. A subhead is set short of the measure, over a first line set in by the indent
    (extraction drops it), so narrower than the full line under that. A marked line with a
    colon labels its entry (``●某某科技（688216）：``) and is left to the rules for labels."""
    if text[0] not in MARKS or following[:1] in MARKS or ends_sentence(text) or "：" in text:
        return False
    # (a line left short by the ASCII run under it, which moved whole to the next line, is
    # full: ``证一张，证号：`` / ``321002198906154321，…``)
    run = LATIN_RUN.match(below[0].text.strip()) if below else None
    moved = width(run.group()) if run else 0.0
    full = not below or ends_sentence(below[0].text) \
        or width(following) + moved >= set_width(below[0].text) - 0.5
    return full and width(text) >= set_width(following) - thresholds.INDENT - thresholds.SHORT_BY


def _opens_quoted_sentence(text: str, below: list[Line]) -> bool:
    """A line opening a quotation it leaves open, the quotation closing on a sentence's end
    in the lines under it (``“课后服务不能变成第`` / ``二课堂，…和阅读。”——…``): a quoted
    sentence is text; a head quoting words ends no sentence inside its marks."""
    if not text.startswith("“") or "”" in text:
        return False
    going_on = join_lines([line.text for line in below])
    close = going_on.find("”")
    return close > 0 and ends_sentence(going_on[:close])


def _two_phrases(text: str) -> bool:
    """A line set as two phrases apart, a head's form, unless every gap falls inside a
    quotation: a slogan quoted in a paragraph keeps its own gap (``今年晚会以“骏马奔腾 草``)."""
    gaps = [gap.start() for gap in CJK_GAP.finditer(text)]
    return has_cjk_gap(text) and not all(
        text.count("“", 0, at) > text.count("”", 0, at) for at in gaps)


def _spans_over_its_text(text: str, below: list[str], column: float) -> bool:
    """A line of clauses that ends no sentence, set wider than its column by more than a
    hanging mark (or marks: ``…推行“明码标价”，`` is a body line, its ``”，`` both hanging),
    over two lines of the column (the first set in by the indent or full): a
    headline spanning columns over its text with no blank line between (``老楼加装电梯，
    “一楼”的难处怎么解``). A body line is no wider than its column; a caption set to its
    photo's width, or a lead set wider, has its lines all as wide but its last."""
    if not column or ends_sentence(text) or width(text) < column + thresholds.SHORT_BY \
            or set_width(text) <= column + 0.5 or len(below) < 2:
        return False
    first_line = column - thresholds.INDENT - thresholds.SHORT_BY
    return first_line <= set_width(below[0]) <= column + 0.5 \
        and set_width(below[1]) <= column + 0.5


def heads_over_dateline(text: str, nxt: Line, below: list[Line]) -> bool:
    """A line in a stack of heads printed with no blank line over the dateline that opens
    their article (kicker / headline / subtitle / ``本报讯…``): every line down to the
    dateline, this one too, carries no sentence punctuation (but a subtitle under the others,
    whose clauses may part at a comma: ``——“新三样”出口增长超三成，跨境电商成为新引擎``)."""
    stack = [text, nxt.text.strip(), *(line.text.strip() for line in below)]
    for n, line in enumerate(stack[: thresholds.MAX_HEAD_LINES + 1]):
        if n >= 2 and DATELINE.match(line):
            return True
        subtitle = n > 0 and line.startswith(DASHES) and not ends_sentence(line)
        if (any(mark in line for mark in _PUNCTUATION) and not subtitle) or byline_kind(line):
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


def parallel_phrases(text: str, give: int = 1) -> bool:
    """Two parallel phrases parted by one comma, its halves of one length give or take
    ``give`` characters, ending no sentence: a couplet, a subhead's form (既要追刑责，也要修生态,
    白天看沙丘，晚上数星星)."""
    halves = text.strip().split("，")
    return len(halves) == 2 and abs(len(halves[0]) - len(halves[1])) <= give \
        and all(halves) and not any(mark in text for mark in _PUNCTUATION.replace("，", ""))


def heads_a_first_line(line: Line, nxt: Line, below: list[Line], under_head: bool = False
                       ) -> bool:
    """A line in a paragraph's place that cannot be a paragraph's first line, printed over one:
    a subhead with no blank line after it, however near the column's width it is set.

    It carries no sentence punctuation and ends no sentence, so it is no one-line paragraph;
    the line under it goes on and is set in by the indent against the full lines below it,
    so that one opens the paragraph (a paragraph's second line is full: only a hanging mark
    or an unbroken Latin run makes it shorter, and then by less than the indent). Set wider
    than the paragraph's full lines it is no line of that paragraph either: a box's headline
    over the box's narrower text (``17日起我省将迎新一轮强降雨`` / ``据省气象台预报，受副``).
    ``under_head``: set right under a head (a box's label): a headline of clauses, its commas
    and all (``寻亲启事`` / ``这些烈士，还在等亲人来看望`` / ``安葬在我省…``). A subhead that is
    one saying in quotation marks ending no sentence keeps its commas too (``“战友们在这里，
    我就在这里”`` / ``今年68岁的…``): a paragraph's first line quoting someone closes the
    sentence inside the marks or goes on past them."""
    text, following = line.text.strip(), nxt.text.strip()
    if _opens_quoted_sentence(text, [nxt, *below]):
        return False
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
    # a subhead of two parallel phrases carries one comma and ends no sentence, as a
    # paragraph's first line may too (今年以来，海区政务服务局确定), its clauses of any length;
    # set as wide as a first line (pdftotext: 白天看沙丘，晚上数星星 / 傍晚8点，…) only halves
    # of exactly one length tell it from a first line broken near its comma (开营仪式上，来自
    # 澳大利亚 / 悉尼的…, the Latin run under it pushed on)
    first_wide = width(text) <= full - thresholds.INDENT + 0.5 and parallel_phrases(text, 0)
    two_phrases = parallel_phrases(text) and (width(text) < full - thresholds.INDENT
                                              or first_wide)
    if (ends_sentence(text) or any(mark in text for mark in "。、；,;")
            or ("，" in text and not two_phrases and not under_head and not quoted_head(text))
            or text[-1] in "：:"
            or DATELINE.match(text) or SOURCE_NOTE.match(text)):
        return False
    indented = full - thresholds.INDENT - thresholds.SHORT_BY <= set_width(following) \
        <= full - thresholds.INDENT + 0.5
    return indented and not ends_sentence(following)


# How a sentence leading into the list or table under it ends (安排如下：, 具体如下：): 如下,
# "as follows", and the colon; a head's label ends on a colon too, never on 如下.
_LEADS_IN = ("如下：", "如下:")
# Words a headline's line cannot end on, the phrase going on in the next (的, 之, 与 …): particles,
# conjunctions and prepositions of modern Chinese grammar.
_GOES_ON = tuple("的之与和及或对把被从向在为让将给")


def add_head_line(pieces: list[Piece], line: Line, label_width: float | None = None,
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
    # a headline of clauses under a shorter label of one phrase (急救小课堂 / 遇到有人倒地，记住
    # 这四步): a head wrapped onto a second line breaks at its width, not short of it
    label = label or (isinstance(last, Head) and len(last.lines) == 1 and label_width is None
                      and "，" in text and not any(mark in last.text for mark in "，、")
                      and width(last.text) < width(text) and not last.text.endswith(_GOES_ON))
    # set over its text (``column`` given): a line spanning the column (or wider) under a
    # shorter head is a headline under its kicker, as in a block of heads alone (split_heads):
    # a headline wrapped within the column fills its first line, not its second (清明祭英烈 /
    # 全省烈士纪念设施迎来祭扫高峰, glued by pdftotext). A label's colon or a word that goes on
    # ends no head: the line under it carries on what it opens (先进班组： / 南宁供电局…班)
    label = label or (isinstance(last, Head) and len(last.lines) == 1 and bool(column)
                      and width(last.text) < column <= width(text)
                      and not last.text.endswith(("：", ":", *_GOES_ON)))
    # a line opening with a mark (■…, 【…】) opens a head of its own: no head wraps onto one;
    # an editorial's label (本报评论员文章) and a notice's (公告) are whole on their line
    label = label or text[:1] in _BOX_MARKS or (
        isinstance(last, Head) and len(last.lines) == 1
        and bool(COMMENTARY_LABEL.match(last.text.strip())
                 or NOTICE_HEAD.fullmatch("".join(last.text.split()))))
    starts_new = (text.startswith(DASHES) or is_notice_number(text) or has_cjk_gap(text) or label) \
        and not SERIES_TAG.fullmatch(text)
    if isinstance(last, Head) and not starts_new and len(last.lines) < thresholds.MAX_HEAD_LINES:
        last.lines.append(line)
        return last
    if isinstance(last, Head) and text.startswith(DASHES) and _kicker_over_headline(last, line):
        pieces[-1:] = [Head(last.lines[:1]), Head(last.lines[1:])]
    head = Head([line])
    pieces.append(head)
    return head


def _kicker_over_headline(head: Head, subtitle: Line) -> bool:
    """Two lines of a head printed line on line right over a subtitle (pdftotext's one flow):
    a kicker and its headline, not a headline wrapped. A report is headed in three parts,
    kicker, headline and subtitle (引题, 主题, 副题), each part set on its own line and the
    headline, in the largest type, on one (前8个月全省外贸运行观察 / 全省进出口总值同比增长8.6% /
    ——…), wider than its kicker: a headline wrapped fills its first line, not its second."""
    numbers = [line.number for line in head.lines]
    return numbers == [numbers[0], numbers[0] + 1] and subtitle.number == numbers[1] + 1 \
        and width(head.lines[0].text.strip()) < width(head.lines[1].text.strip())


def is_glued_head(line: Line, nxt: Line, column: float, below: list[Line] | None = None
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


def clauses_under_label(above: Piece | None, text: str, number: int) -> bool:
    """A box's headline of clauses on one line (``春节自驾出行，车险理赔这些事要知道``) that
    pdftotext prints right under the box's label (a head on the line over it) and over what
    opens the box: no sentence ends in it, so it is no one-line paragraph, and it carries no
    clause mark a headline does not (、；). ``number``: its line's number."""
    return isinstance(above, Head) and above.lines[-1].number == number - 1 \
        and len(above.lines) == 1 and not ends_sentence(text) \
        and not any(mark in text for mark in "。、；;")


def _opens_box(following: str, column: float) -> bool:
    """A line that opens a box's text and goes on from no line above it: a line opening
    with a mark (■案号…, 【案情】; a figure may be a number going on: 41.2%…) or a letter's
    salutation alone (编辑同志：), short of the column."""
    return following[:1] in _BOX_MARKS or (
        following.endswith(("：", ":")) and width(following) < column / 2)


_BOX_MARKS = "■□●◆◇▲△★☆【"  # marks a box's first line may open with (SUBHEAD_MARK's)


def head_shaped(paragraph: Paragraph) -> bool:
    """One or two lines that end no sentence and carry no commas: a head, not text."""
    if paragraph.open and _over_its_series_tag([line.text.strip() for line in paragraph.lines]):
        return True
    return (paragraph.open and len(paragraph.lines) <= 2
            and not any(mark in paragraph.text for mark in "，。、；,;"))


def left_head(line: Line, column: float) -> bool:
    """A block's last line after a paragraph's end, short of a first line and with no
    sentence punctuation: a subhead whose text the extractor printed in the next block
    (``…持续入场。`` / ``板块：科技股领涨两市``), not a paragraph's first line left at a foot.
    A head printed as one quotation (``“好日子是织出来的”``) need only be shorter than a first
    line: no paragraph's first line is one whole quotation ending no sentence."""
    text = line.text.strip()
    if ends_sentence(text) or any(mark in text for mark in "，。、；,;") or DATELINE.match(
            text) or SOURCE_NOTE.match(text) or byline_kind(text) or LAST_BRACKET.search(text):
        return False
    if quoted_head(text) and width(text) < column - thresholds.INDENT - 0.5:
        return True
    return width(text) < column - thresholds.INDENT - thresholds.HEAD_SHORT_BY
