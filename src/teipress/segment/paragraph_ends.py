"""Where a paragraph ends among lines printed with no blank line between paragraphs: only a
paragraph's last line is short, its first is short by the indent, it ends on a
sentence-final mark; a table's rows and a list's ordinals (一是…) end one too.
"""

from __future__ import annotations

import re

from teipress.segment import thresholds
from teipress.segment.line_forms import (
    CIRCLED,
    HANGING,
    INDENTED,
    LAST_BRACKET,
    LATIN_RUN,
    quoted_head,
    set_width,
)
from teipress.segment.model import Line, Paragraph
from teipress.segment.patterns import (
    ASKED_QUESTION,
    CONTACT_LINE,
    DATELINE,
    DECIDED,
    POINT_NUMBER,
    SIGNED_QUOTATION,
    SOURCE_NOTE,
    SUBHEAD_MARK,
    TIMELINE_ENTRY,
)
from teipress.segment.text import CJK_GAP, ends_sentence, join_lines, width


def ends_paragraph(line: Line, nxt: Line, column: float, next_column: float,
                   first: bool, after: Line | None = None) -> bool:
    """A sentence-final line ends its paragraph when it is short (a first line is short by
    its indent already), or when the next line is short without ending a sentence: that is
    a first line, set in by the indent — unless it is short only because the Latin run that
    opens the line after it (``50.3%``), never split, did not fit on it."""
    if SOURCE_NOTE.match(nxt.text.strip()) or opens_listed_item(line.text, nxt.text) \
            or DECIDED.fullmatch(line.text.strip()):
        return True  # (who decided a notice's list stands on its own line, over the list)
    if CONTACT_LINE.match(nxt.text.strip()) and not ends_sentence(nxt.text) and (
            CONTACT_LINE.match(line.text.strip()) or _closes_text(line.text)):
        # a notice's contact detail set as a field (监督电话：… / 通信地址：…), not a sentence
        # of the paragraph (…，请来电反映。 / 联系电话：（0993）2012345。)
        return True
    if CONTACT_LINE.match(line.text.strip()) and set_width(line.text) > column + 0.5:
        return True  # a field set wider than the column is one line of its own (出诊时间：…)
    if not _closes_text(line.text):
        return False
    if DATELINE.match(nxt.text.strip()):  # the next brief opens with its own dateline
        return True
    if TIMELINE_ENTRY.match(nxt.text.strip()):  # a timeline's next entry opens with its date
        return True
    if after is not None and DATELINE.match(after.text.strip()) and not ends_sentence(nxt.text):
        return True  # the next brief's headline over its dateline, however wide it is set
    if nxt.text.strip()[:1] in CIRCLED:  # a photo series' next numbered caption (②…)
        return True
    if ASKED_QUESTION.match(nxt.text.strip()) or _quoted_head_over_text(nxt, after, next_column):
        return True  # a 问答 column's next question, a quoted subhead over its text
    # a first line may end in a mark hanging past the column's edge: measure it without
    set_in = width(nxt.text.rstrip()[:-1] if nxt.text.rstrip()[-1:] in HANGING else nxt.text)
    # a line short by a character or two over one opening with a quotation mark and set wider
    # than a first line: the mark may not end a line, so it went on to the next with the
    # character before it (…他第一个报了名。 / “战友们在这里，我就在这里。”): the paragraph goes on
    quote_pushed = nxt.text.strip()[:1] == "“" and not INDENTED.match(nxt.text) \
        and set_in > next_column - thresholds.INDENT + 0.5 \
        and width(line.text) >= column - thresholds.SHORT_BY - (thresholds.INDENT if first else 0)
    # a line short only because the Latin run opening the next (1896家…), never split, did
    # not fit on it (…占比62.5%； / 1896家公司…): the line under it decides, below
    opening = LATIN_RUN.match(nxt.text.strip())
    run_pushed = opening is not None and width(line.text) + width(opening.group()) > column
    if width(line.text) < column - thresholds.SHORT_BY / 2 - (thresholds.INDENT if first else 0) \
            and not quote_pushed and not run_pushed:
        return True
    # a column's line, then one wider than the column, its hanging marks aside (a body line
    # may hang two: …推行“明码标价”，): a caption set to its photo's width
    if set_width(nxt.text) > next_column + 0.5 \
            and width(line.text.rstrip(HANGING)) <= column + 0.5 and not quote_pushed:
        return True
    numbered = SUBHEAD_MARK.match(nxt.text.strip())  # 三、… opens a clause whatever its width
    run = LATIN_RUN.match(after.text.strip()) if after is not None and not numbered else None
    if run and width(nxt.text) + width(run.group()) > next_column:
        return False  # the run could not have fitted even on a full line
    if set_in > next_column - thresholds.SHORT_BY:
        return False
    return not ends_sentence(nxt.text) or _first_line_of_one_sentence(set_in, after, next_column)


def _quoted_head_over_text(nxt: Line, after: Line | None, column: float) -> bool:
    """A quotation whole on its line, ending no sentence, over a line set in by the indent
    (``“多看一眼，就多一分安全”`` / ``查验看似简单，实则要有``): a subhead over its paragraph's
    first line, however wide it is set, not the paragraph going on (a quotation pushed onto
    the next line runs on in the paragraph's words and closes on a sentence)."""
    return quoted_head(nxt.text.strip()) and after is not None \
        and set_width(after.text) <= column - thresholds.INDENT + 0.5


def _first_line_of_one_sentence(set_in: float, after: Line | None, column: float) -> bool:
    """A line short by the indent that ends a sentence, over a full line: a paragraph's first
    line (…中使用。 / 混改也让职工得到了实惠。 / 集团推行岗位分红和项目跟投，…), as a last line
    is followed by the next paragraph's first line, set in, never by a full one. (A line
    spread to the full measure, spaces between its characters, is a short line justified.)"""
    return after is not None and not INDENTED.match(after.text) \
        and not CJK_GAP.search(after.text.strip()) \
        and set_in >= column - thresholds.INDENT - 1 \
        and set_width(after.text) > column - thresholds.INDENT


# What opens each measure of a list that a sentence ending in a colon announces: 一是, 第一，,
# 首先， (the ordinals of Chinese official prose), a notice's numbered clause (…通告如下： /
# 一、管制时间：…), or a tip's number (POINT_NUMBER).
_LISTED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，|首先，"
                          r"|[一二三四五六七八九十]、"
                          rf"|{POINT_NUMBER})")


def opens_listed_item(before: str, text: str) -> bool:
    """Text opening with a list's first ordinal (一是…) under text ending in a colon
    (…集中的问题：): the measures are paragraphs of their own, the colon ends the one before
    (one answer listing 一是…；二是… runs them on after the colon, inside its lines)."""
    return before.rstrip().endswith(("：", ":")) and bool(_LISTED_ITEM.match(text.strip()))


def ends_signed_quotation(lines: list[Line], nxt: Line) -> bool:
    """A column of sayings printed with no blank line between them: a paragraph that is a
    quotation signed by its speaker (``SIGNED_QUOTATION``) ends where the next line opens
    the next saying's quotation."""
    return nxt.text.strip()[:1] == "“" and bool(
        SIGNED_QUOTATION.search(join_lines([line.text for line in lines])))


# A clause's number opening its line: 三、 （三） 3. 3、 (the forms SUBHEAD_MARK reads).
_CLAUSE_NUMBER = re.compile(
    r"^(?:(?P<cn>[一二三四五六七八九十])、|[（(](?P<paren>[一二三四五六七八九十])[)）]"
    r"|(?P<figure>\d{1,2})[.．、](?!\d))")
_ORDINALS = "一二三四五六七八九十"


def _clause_number(text: str) -> tuple[str, int] | None:
    """A numbered clause's form and number (``三、…``: ``("cn", 3)``), or None."""
    match = _CLAUSE_NUMBER.match(text.strip())
    if match is None:
        return None
    form = next(name for name, value in match.groupdict().items() if value)
    value = match[form]
    return form, int(value) if form == "figure" else _ORDINALS.index(value) + 1


def opens_next_clause(first: str, line: str, nxt: str) -> bool:
    """A line opening with the number after the one that opened the paragraph, under a line
    ending a sentence (``三、绕行路线：…`` … ``…通行。`` / ``四、施工期间…``): numbered clauses
    each stand as a paragraph of their own, however full the next clause's first line is set
    (a notice's clauses; the indent that would show it is lost in extraction)."""
    opened, following = _clause_number(first), _clause_number(nxt)
    return opened is not None and following is not None and ends_sentence(line) \
        and following == (opened[0], opened[1] + 1)


# A notice's labelled clause opening its line: a label of a few characters and a colon
# (征文主题：…, 截稿日期：…, 评奖办法：…), as calls, notices and announcements print each item.
_CLAUSE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*\S")


def opens_next_labelled_clause(first: str, line: str, nxt: str, column: float) -> bool:
    """A line opening with a label and a colon under a short line, in a paragraph that opened
    with a label too (``投稿邮箱：lhjy2026@`` / ``xxlyb.cn`` / ``截稿日期：…``): a notice prints
    each labelled clause as a paragraph of its own, and its last line may end no sentence (an
    address, a number), so only its shortness shows where it ends."""
    return bool(_CLAUSE_LABEL.match(first.strip())) and bool(_CLAUSE_LABEL.match(nxt.strip())) \
        and width(line) < column - thresholds.SHORT_BY / 2


def _closes_text(text: str) -> bool:
    """A line that ends a sentence, or a sentence and the bracket run on after it: an end
    mark, a reporter, a source (``…因素。（完）``, ``…心坎上。（摘编自《浙江日报》）``)."""
    if ends_sentence(text):
        return True
    bracket = LAST_BRACKET.search(text.rstrip())
    return bracket is not None and bracket.start() > 0 \
        and ends_sentence(text[: bracket.start()])


def make_paragraph(lines: list[Line], column: float, text: str | None = None) -> Paragraph:
    """A paragraph of ``lines``: open where its text ends no sentence (a source note or a
    contact detail aside),
    wide where a line spans more than the ``column``."""
    if text is None:
        text = join_lines([line.text for line in lines])
    widest = max(width(line.text) for line in lines)
    # a source note, a notice's contact detail and who decided its list end without a full stop
    is_note = bool(SOURCE_NOTE.match(text) or CONTACT_LINE.match(text) or DECIDED.fullmatch(text))
    closed = ends_sentence(text) or is_note or bool(SIGNED_QUOTATION.search(text))
    return Paragraph(lines=list(lines), text=text, open=not closed,
                     wide=bool(column) and widest > column * thresholds.WIDE_FACTOR)
