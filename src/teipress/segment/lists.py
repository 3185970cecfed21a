"""Lists and tables printed in a paragraph's place: lines set one entry a line.

Papers print names lists and honour rolls one person a line (``石清泉（花垣县供销社）``),
programme listings one programme a line (``2月16日 19:30 《…》``), results one match a line
(``江州队 3:1 临川队``), donors' lists one donor and sum a line (``某某公司  50万元``),
a riddle box one riddle a line (``1．…（打一字）``), and data tables as rows of cells set
apart by wide gaps, figures in them. Such lines are
short, end no sentence and share one form; an extractor prints them as a paragraph's lines
(the line before them often ends in a colon) or as heads. This module finds
runs of them and makes them one :class:`~teipress.segment.model.Paragraph` with ``block`` set
(``list`` or ``table``) and ``rows``, so the rest of the reader keeps treating it as a closed
paragraph in the flow, and the encoder writes ``<list>`` or ``<table>``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from teipress.segment.model import (
    Article,
    BlockKind,
    Byline,
    Head,
    Line,
    Paragraph,
    Piece,
    Section,
)
from teipress.segment.patterns import CONTACT_LABEL
from teipress.segment.text import ends_sentence, width

# A list needs this many entries in a row: two lines of one form happen in prose, three
# opening alike with a time or closing alike with a bracketed unit do not.
MIN_ITEMS = 3
# A table needs this many rows (its header row included) and cells a row: a head set as two
# phrases apart has two.
MIN_ROWS = 2
MIN_CELLS = 3
# The widest a list's title may be (in CJK cells): a channel's or a box's short label.
TITLE_WIDTH = 12

_NAME = r"[\u4e00-\u9fff·•]{2,6}(?:[ \u3000][\u4e00-\u9fff]{1,2})?"
# A name set after its unit: two to four characters, or a transliterated name's parts.
_LAST_NAME = (r"(?:[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
              r"|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+)")
# The forms of an entry, each a whole line. A name and its unit in brackets, or the unit and
# then the name after a gap (an honour roll); a date and/or a time, then what happens then (a
# programme listing, a schedule); two sides and a score between (results).
_FORMS: dict[str, re.Pattern[str]] = {
    "named": re.compile(_NAME + r"[（(][^（）()，。；：]{2,24}[）)]"),
    "unit_named": re.compile(r"[\u4e00-\u9fff（）()]{5,20}[ \u3000]{1,4}" + _LAST_NAME),
    "timed": re.compile(r"(?:\d{1,2}\s?月\s?\d{1,2}\s?日\s*)?\d{1,2}[:：]\d{2}\s*\S.{1,40}"),
    "dated": re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日\s+\S.{1,40}"),
    # a day and its weekday alone (7月25日（星期六）): a schedule's day over its timed entries
    "day": re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日\s*[（(](?:星期|周)[一二三四五六日天][）)]"),
    "scored": re.compile(r"\S{2,12}\s+\d{1,3}\s*[:：]\s*\d{1,3}\s+\S{2,12}"),
    # a donor and the sum given, a gap between (a donors' list: 某某公司  50万元)
    "donated": re.compile(r"[\u4e00-\u9fff·（）()]{2,24}[ \u3000]{2,}\d[\d,.]*\s*[万亿]?元"),
    # a year (and month), a gap, what happened then (a chronology: 1958年  某馆成立)
    "yeared": re.compile(r"\d{4}\s?年(?:\s?\d{1,2}\s?月)?[ \u3000]{1,4}[^\s“”].{1,40}"),
    # a field's label, a colon, its value, maybe a second field after a gap (a notice's or a
    # record's field lines: 姓名：某某  性别：男, 档号：J012-3-45; a road-conditions box's
    # lines, the label a road under its number: G2京沪高速：…, S229省道：…); the value says no
    # sentence
    "fielded": re.compile(r"(?:[A-Z]\d{1,4})?[\u4e00-\u9fff]{2,6}[：:]"
                          r"[^\s“”‘’][^“”。！？；]{0,36}"),
    # a person named, a gap, then sex, a few particulars and the post, one clause each (a
    # public notice of nominees: 某某  女，汉族，1988年生，某团医院护士)
    "nominee": re.compile(_LAST_NAME + r"[ \u3000]{2,}[男女]，(?:[^，。；！？]{1,10}，){1,3}"
                          r"[^，。；！？]{2,40}"),
    # a person named, a gap, who they are, a comma, what they did (an honour roll printed
    # one honouree a line: 某某  某区环卫工，拾到挎包如数归还失主)
    "honoured": re.compile(_LAST_NAME + r"[ \u3000]{2,}[^\s，。；！？]{2,16}，[^，。；！？\s]"
                           r"[^。；！？]{3,40}"),
    # a figure in its unit, a gap, what it counts (a data box's lines: 5216.8亿元  进出口总值,
    # 34.2%  某产品出口增速)
    # a number, then a riddle or a quiz's question and what to guess in brackets (a riddle
    # box's entries: 1．一口咬掉牛尾巴（打一字）): the bracket closes each entry, no sentence
    "riddle": re.compile(r"\d{1,2}\s*[.．、][^\s。！？；，]{2,30}[（(]打[^（）()]{1,8}[）)]"),
    "counted": re.compile(r"[-−+＋]?\d[\d,.]*\s*(?:[%％‰]|[万亿千百]?[\u4e00-\u9fff]{1,2})"
                          r"[ \u3000]{2,}[^\s\d].{1,40}"),
    # a number, then a phrase naming one thing (a notice's materials or conditions set one a
    # line: 1.债权人名称、住所和联系方式): no comma, no sentence, no figure after the number
    "numbered": re.compile(r"\d{1,2}\s*[.．、](?!\d)[^\s，,。！？；;：:“”]{2,40}"),
}
# Cells of a table row are set apart by two spaces or more, or an ideographic space.
# An enumeration's entry: one clause on a line of its own, no comma or colon in it, closed by
# the semicolon that parts the entries (an appointments list's 某某为某厅厅长；, a decision's
# items); the enumeration's last entry closes it with a full stop instead (_LAST_CLAUSE).
_CLAUSE = r"[^\s，,、：:；;。！？“”‘’]{4,40}"
_CLAUSED = re.compile(_CLAUSE + r"[；;]")
_LAST_CLAUSE = re.compile(_CLAUSE + r"。")
# A short label closed by a colon on a line of its own over a list's entries (任命：,
# 免去：, 获奖者：): the list's title, no paragraph.
_COLON_TITLE = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
_CELL_GAP = re.compile(r"\s{2,}|\u3000+")
# (a figure may be a rate, its unit per unit: 26.0元/公斤, 潮高/厘米 is a header's; a range,
# 60—85, 3～5; after the Latin name of the index it gives, as forecasts print it: AQI 60—85)
_FIGURE = r"[-−+＋]?\d[\d,.，．]*\s*[%％‰万亿元吨个人次]*"
_FIGURE_CELL = re.compile(
    rf"(?:[A-Z]{{2,5}}\s*)?{_FIGURE}(?:\s*[—–～~]\s*{_FIGURE})?(?:/[\u4e00-\u9fff]{{1,3}})?")
# A list's closing note in brackets on its own line, which ends no sentence yet closes the
# text (（排名不分先后）, （按姓氏笔画排序）).
_LIST_NOTE = re.compile(r"[（(][^（）()。，]{2,16}[）)]")
# A table's or a list's note printed under it, opening with 注： (注：积分相同时，按…排列名次):
# the block's end note, no paragraph of the text.
_BLOCK_NOTE = re.compile(r"注\s*[:：]")
# A recipe as papers print one under its dish: the ingredients line (食材：…), the steps
# numbered from 1 (1.春笋剥壳…), then maybe a tip (小贴士：…); the labels are the form's own.
_INGREDIENTS = re.compile(r"(?:食材|原料|用料|主料|配料)\s*[:：]")
_STEP = re.compile(r"(\d{1,2})\s*[.．、]")
_TIP = re.compile(r"(?:小贴士|小提示|温馨提示|小窍门)\s*[:：]")
# A notice's how, when and where lines, each opening with its field's label (投票方式：…,
# 投票时间：…, 报名地点：…): under its list or table they are another list, not its text.
_NOTICE_FIELD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:方式|时间|地点|热线|电话)\s*[:：]")
# Any line wholly in brackets, a note however long.
_BRACKETED = re.compile(r"[（(][^（）()]+[）)]")
# A notice's contact line set flush under its table's rows, closing them though it is no
# row (联系电话：（0871）65123456, 咨询热线：…, 联系地址：…): patterns' contact field.
_CONTACT_LINE = re.compile(rf"{CONTACT_LABEL}[^。；！？]{{3,40}}")
# A notice's contact fields set on one line, a gap between (联系人：某某  联系电话：…): a record
# of whom to reach, no sentence of its text (one field alone, 监督电话：…, is printed as text).
_CONTACT_FIELD = rf"{CONTACT_LABEL}[^\s。；！？]{{2,24}}"
_CONTACT_FIELDS = re.compile(rf"{_CONTACT_FIELD}(?:[ \u3000]{{2,}}{_CONTACT_FIELD})+")
# A book's credit line in a notice or under a review's book title: the author spaced from 著
# (编著, 主编), maybe the nationality in 〔〕 first and the translator spaced from 译 after
# (〔美〕某某 著  某某 译): as publishers print a book's credits. Both readers ask it whether
# a whole line is such a credit; encode.bylines' _BOOK_CREDIT_IN_TEXT finds the names in one
# inside a paragraph's running text.
BOOK_CREDIT = re.compile(
    r"(?:[〔［\[][\u4e00-\u9fff]{1,3}[〕］\]]\s*)?"
    r"[\u4e00-\u9fff·]{1,12}(?:[ \u3000][\u4e00-\u9fff]{1,2})?\s+(?:编著|主编|著)"
    r"(?:\s+[\u4e00-\u9fff·]{1,12}(?:[ \u3000][\u4e00-\u9fff])?\s+译)?")
_BOOK_TITLE = re.compile(r"《[^《》]{1,24}》")
# A film's or a stage work's credits line, as a review prints them at its foot under the work's
# title: two roles or more, each with its names after a colon, set apart by gaps (导演：某某
# 编剧：某某  主演：某某、某某); the roles are the credits' fixed words.
_CREDIT_ROLE = r"(?:总导演|导演|编剧|领衔主演|主演|监制|制片人|出品人|摄影|作曲|编舞)"
WORK_CREDIT = re.compile(
    rf"{_CREDIT_ROLE}[：:][^\s：:]{{2,30}}(?:[ \u3000]{{2,}}{_CREDIT_ROLE}[：:][^\s：:]{{2,30}})+")
_DATED_CELL = re.compile(r"\d{4}\s?年(?:\s?\d{1,2}\s?月)?|\d{1,2}\s?月\s?\d{1,2}\s?日"
                         r"|(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")


# A notice's attachments, numbered one a line under its text, the first after the label
# (附件：1．某某报名表 / 2．某某竞赛规程), as official notices list them: a list of two or more
# entries, the label saying what the numbers count (numbered prose needs three, MIN_ITEMS).
_ATTACHMENTS_LABEL = re.compile(r"附件\s*[：:]\s*(?=1\s*[.．、])")
_NUMBERED_ENTRY = re.compile(r"(\d{1,2})\s*[.．、][^\s。！？]{2,40}")


# Forms whose entries run on in one list: a schedule's day lines head its timed entries.
_RUN_FORM = {"day": "timed"}


def line_form(text: str) -> str | None:
    """The entry form a whole line has, or None: a line ending a sentence is prose."""
    stripped = text.strip()
    if _CLAUSED.fullmatch(stripped):
        return "claused"
    if not stripped or ends_sentence(stripped) or stripped.endswith(("，", "、", "：", ":")):
        return None
    return next((name for name, form in _FORMS.items() if form.fullmatch(stripped)), None)


def entry_name(text: str) -> str | None:
    """The name in an entry of a names list (``石清泉`` of ``石清泉（花垣县供销社）``, ``邵永平``
    of ``钻井工程部 邵永平``, a nominee's ``王建新`` of ``王建新  男，汉族，…``), or None for
    an entry of another form: the list vouches for it as a byline does."""
    form = line_form(text)
    if form == "unit_named":
        return re.split(r"[ \u3000]{1,4}(?=\S+(?:[ \u3000]\S)?$)", text.strip())[-1]
    if form in ("nominee", "honoured"):
        return re.split(r"[ \u3000]{2,}", text.strip(), maxsplit=1)[0]
    if form != "named":
        return None
    return re.split(r"[（(]", text.strip(), maxsplit=1)[0].strip() or None


def colon_title(texts: list[str], n: int) -> bool:
    """Whether line ``n`` is a list's label on a line of its own (任命：): a short label and
    its colon, first or after a line closing a sentence or a bracket; after a line going on,
    it is a paragraph's last line leading into the list (…现发布悬 / 赏通告：)."""
    before = texts[n - 1].strip() if n else ""
    return bool(_COLON_TITLE.fullmatch(texts[n].strip())) and (
        not before or ends_sentence(before) or before.endswith(("）", ")")))


def cells(text: str) -> list[str]:
    return [cell for cell in _CELL_GAP.split(text.strip()) if cell]


def table_run(lines: list[Line]) -> tuple[int, int] | None:
    """Where the first run of a table's rows begins and ends: lines split into the same
    number of cells by wide gaps, most of them holding a figure (the header row has none)."""
    n = 0
    while n < len(lines):
        count = len(cells(lines[n].text))
        end = n
        while end < len(lines) and count >= MIN_CELLS and len(cells(lines[end].text)) == count:
            end += 1
        figures = sum(any(_FIGURE_CELL.fullmatch(cell) for cell in cells(line.text))
                      for line in lines[n:end])
        # (or rows as many as a list's entries, each with a date or a clock time in a cell of
        # words: a roll of the dead or the missing, 姓名  籍贯  1979年2月牺牲; a timetable,
        # N1路  火车站—南湖  21:30—00:30  每日)
        dated = end - n >= MIN_ITEMS and all(
            any(_DATED_CELL.search(cell) for cell in cells(line.text)) for line in lines[n:end])
        if end - n >= MIN_ROWS and (figures * 2 > end - n or dated):
            if end < len(lines) and _CONTACT_LINE.fullmatch(lines[end].text.strip()):
                end += 1  # the notice's contact line closes its rows
            return n, end
        n = max(end, n + 1)
    return None


def _entries(texts: list[str]) -> list[tuple[int, int, str | None]]:
    """The lines grouped into entries (start, end, form): a line of an entry's form, or a line
    and the one its entry wraps onto in a narrow box, shorter or closing its marks
    (``天然气事业部 帕尔哈提·阿`` / ``不都``); any other line is an entry of no form."""
    found: list[tuple[int, int, str | None]] = []
    i = 0
    while i < len(texts):
        form = line_form(texts[i])
        if i + 1 < len(texts) and line_form(texts[i + 1]) is None and (
                width(texts[i + 1].strip()) < width(texts[i].strip()) or _unclosed(texts[i])):
            wrapped = line_form(texts[i].strip() + texts[i + 1].strip())
            if wrapped is not None and form in (None, wrapped):
                found.append((i, i + 2, wrapped))
                i += 2
                continue
        wrapped = _three_lines(texts[i:i + 3])
        if wrapped is not None and form in (None, wrapped):
            found.append((i, i + 3, wrapped))
            i += 3
            continue
        found.append((i, i + 1, form))
        i += 1
    return found


def _three_lines(texts: list[str]) -> str | None:
    """The form of an entry a narrow box wraps onto two more lines (a nominee's sex,
    particulars and post: ``某某  女，哈萨`` / ``克族，1985年生，一五〇团十`` / ``二连连长``),
    or None: the lines after the first have no form of their own, the second fills the box
    as the first does (an entry wraps only at the box's width; a paragraph after an entry
    opens indented) and the third is no wider."""
    if len(texts) < 3 or any(line_form(text) is not None for text in texts[1:]):
        return None
    first, second, third = (width(text.strip()) for text in texts[:3])
    if not first - 1 <= second <= first or third > first:
        return None
    return line_form("".join(text.strip() for text in texts))


def _unclosed(text: str) -> bool:
    """A line ending inside a title's or a bracket's marks: the next line goes on with it."""
    return any(text.count(left) > text.count(right) for left, right in ("《》", "（）", "()"))


def list_run(texts: list[str]) -> tuple[int, int] | None:
    """Where the first run of list entries begins and ends (in lines): entries of one form in
    a row."""
    entries = [(start, end, _RUN_FORM.get(form or "", form))
               for start, end, form in _entries(texts)]
    n = 0
    while n < len(entries):
        form = entries[n][2]
        end = n + 1
        while form and end < len(entries) and entries[end][2] == form:
            end += 1
        if form == "claused" and end < len(entries) and entries[end][1] - entries[end][0] == 1 \
                and _LAST_CLAUSE.fullmatch(texts[entries[end][0]].strip()):
            end += 1  # the enumeration's last entry, closed by a full stop
        if form and end - n >= MIN_ITEMS:
            return entries[n][0], _run_end(texts, entries[n:end], form)
        n = end
    return _attachments_run(texts)


def _run_end(texts: list[str], run: list[tuple[int, int, str | None]], form: str) -> int:
    """Where a run of entries ends (in lines): after its last entry, but where every other
    entry is one line and the last has its form on its first line alone, after that line:
    a list set one entry a line wraps none, and the line under its last entry is the next
    thing in the flow (pdftotext prints the issuer right under an honour roll), unless it is
    a note in brackets, which stays with the list it closes (（活动如有调整，以…为准）)."""
    start, end, _form = run[-1]
    one_a_line = all(b - a == 1 for a, b, _f in run[:-1])
    note = _BRACKETED.fullmatch("".join(text.strip() for text in texts[start + 1:end]))
    if end - start > 1 and one_a_line and line_form(texts[start]) == form and not note:
        return start + 1
    return end


def _attachments_run(texts: list[str]) -> tuple[int, int] | None:
    """Where a notice's numbered attachments begin and end (in lines), or None."""
    for start, text in enumerate(texts):
        label = _ATTACHMENTS_LABEL.match(text.strip())
        if label is None:
            continue
        end, number = start, 1
        while end < len(texts):
            entry = _NUMBERED_ENTRY.fullmatch(texts[end].strip()[label.end() if end == start
                                                                  else 0:])
            if entry is None or int(entry.group(1)) != number:
                break
            end, number = end + 1, number + 1
        if end - start >= 2:
            return start, end
    return None


def block_run(lines: list[Line]) -> tuple[int, int, int] | None:
    """Where the first table's rows or list's entries among a block's lines begin and end,
    and where the closing note in brackets under them ends (（排名不分先后）, （数据来源：…）):
    lines no head is made of."""
    run = table_run(lines) or list_run([line.text for line in lines])
    if run is None:
        return None
    start, end = run
    if start and colon_title([line.text for line in lines], start - 1):
        start -= 1  # the list's label (任命：), which split_flow sets over it
    for count in (1, 2):  # (the note may wrap in a narrow box: （数据来源：某某批 / 发市场）)
        note = "".join(line.text.strip() for line in lines[end:end + count])
        if end + count <= len(lines) and _LIST_NOTE.fullmatch(note):
            return start, end, end + count
    return start, end, end


def _offsets(paragraph: Paragraph) -> list[int] | None:
    """Where each of the paragraph's lines starts in its text, or None where the text is not
    its lines joined (a label or a byline was taken off it): such a paragraph is left whole."""
    found, cursor = [], 0
    for line in paragraph.lines:
        start = paragraph.text.find(line.text.strip(), cursor)
        if start < 0 or paragraph.text[cursor:start].strip():
            return None
        found.append(start)
        cursor = start + len(line.text.strip())
    if paragraph.text[cursor:].strip():
        return None
    return found


def _line_texts(paragraph: Paragraph) -> list[str] | None:
    """The paragraph's text cut at its lines, or None (see :func:`_offsets`)."""
    if paragraph.block or paragraph.caption:
        return None
    offsets = _offsets(paragraph)
    if offsets is None:
        return None
    bounds = [*offsets, len(paragraph.text)]
    return [paragraph.text[bounds[i]: bounds[i + 1]] for i in range(len(paragraph.lines))]


def _block(kind: BlockKind, lines: list[Line], texts: list[str]) -> Paragraph:
    if kind == "table":
        rows = [cells(text) for text in texts]
    elif _attachments_run(texts) == (0, len(texts)):
        rows = [[text.strip()] for text in texts]  # one attachment a line, each numbered
    else:
        rows = [["".join(texts[a:b]).strip()] for a, b, _form in _entries(texts)]
    return Paragraph(lines, "".join(texts).strip(), open=False, block=kind, rows=rows)


def split_flow(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs in a row with the lists and tables in their lines made blocks: the lines
    before and after a block stay paragraphs, parted where the paragraphs were; a list's
    entries may run across paragraphs an extractor or a narrow box broke them into."""
    flow: list[tuple[Line, str, int]] = []  # each line, its text, its paragraph
    for n, paragraph in enumerate(paragraphs):
        texts = _line_texts(paragraph)
        if texts is None:  # kept whole: the flow is parted at it
            return [*split_flow(paragraphs[:n]), paragraph, *split_flow(paragraphs[n + 1:])]
        flow += [(line, text, n) for line, text in zip(paragraph.lines, texts, strict=True)]
    if not flow:
        return []
    lines = [line for line, _text, _n in flow]
    texts = [text for _line, text, _n in flow]
    runs: tuple[tuple[BlockKind, tuple[int, int] | None], ...] = (
        ("table", table_run(lines)), ("list", list_run(texts)))
    found: tuple[BlockKind, tuple[int, int]] | None = None
    for kind, run in runs:
        if run is not None and (found is None or run[0] < found[1][0]):
            found = (kind, run)
    if found is None:
        return paragraphs
    kind, (start, end) = found
    block = _block(kind, lines[start:end], texts[start:end])
    first = paragraphs[flow[start][2]]
    if flow[start][2] != (flow[start - 1][2] if start else -1) and first.label is not None:
        block.label = first.label
    if block.label is None and start and colon_title(texts, start - 1):
        block.label = Head([lines[start - 1]])  # 任命： over its entries, maybe run on
        start -= 1
    before = _rebuilt(paragraphs, flow[:start])
    if block.label is None and len(before) >= 2 and _title_shaped(before[-1]):
        title = before.pop()  # a channel's name over its programmes, set as a paragraph
        block.label = Head(title.lines)
    return [*before, block, *split_flow(_rebuilt(paragraphs, flow[end:]))]


def _title_shaped(paragraph: Paragraph) -> bool:
    """One short line ending no sentence and holding no punctuation: a list's title."""
    text = paragraph.text.strip()
    return len(paragraph.lines) == 1 and width(text) <= TITLE_WIDTH and line_form(text) is None \
        and not ends_sentence(text) and not any(mark in text for mark in "，。、；：,;:（）()“”")


def _rebuilt(paragraphs: list[Paragraph], flow: list[tuple[Line, str, int]]) -> list[Paragraph]:
    """The paragraphs that ``flow``'s lines come from, each holding only those lines."""
    out: list[Paragraph] = []
    for n in dict.fromkeys(index for _line, _text, index in flow):
        original = paragraphs[n]
        part = [(line, text) for line, text, index in flow if index == n]
        text = "".join(t for _line, t in part).strip()
        whole = part[-1][0] is original.lines[-1]
        # (wide only where it keeps the line that spanned: a list's rows cut off it may have)
        widest = max(width(line.text) for line in original.lines)
        out.append(Paragraph([line for line, _text in part], text,
                             open=original.open if whole else not ends_sentence(text),
                             wide=original.wide and any(
                                 width(line.text) >= widest for line, _text in part),
                             label=original.label if part[0][0] is original.lines[0] else None))
    return out


def split_paragraph(paragraph: Paragraph) -> list[Paragraph]:
    """The paragraph, or its text before a list or table, the block, and its text after."""
    return split_flow([paragraph])


def _entry_lines(piece: Piece) -> str | None:
    """The one form all of a head's or paragraph's lines have, or None."""
    if not isinstance(piece, Head | Paragraph) or (isinstance(piece, Paragraph) and (
            piece.block or piece.caption or _offsets(piece) is None)):
        return None
    forms = {line_form(line.text) for line in piece.lines}
    return forms.pop() if len(forms) == 1 else None


def _leading_entries(piece: Piece, form: str) -> tuple[list[Line], Paragraph | Head] | None:
    """A paragraph's first lines that are entries of ``form``, and the paragraph after them:
    a head where it is one line ending no sentence and holding no comma (the headline of
    what follows the list, run on by the extractor)."""
    if not isinstance(piece, Paragraph) or piece.block or piece.caption:
        return None
    offsets = _offsets(piece)
    count = 0
    while count < len(piece.lines) and line_form(piece.lines[count].text) == form:
        count += 1
    if offsets is None or not count or count == len(piece.lines):
        return None
    after = piece.lines[count:]
    if len(after) == 1 and not ends_sentence(after[0].text) \
            and not any(mark in after[0].text for mark in "，。、；,;"):
        return piece.lines[:count], Head(after)
    return piece.lines[:count], Paragraph(piece.lines[count:], piece.text[offsets[count]:].strip(),
                                          open=piece.open, wide=piece.wide)


def _join_entries(pieces: list[Piece]) -> list[Piece]:
    """Heads and paragraphs in a row whose lines are all entries of one form (an extractor
    took the first entry for a head, or broke the list in two) become one list; a short head
    right before them, after text, is the list's title (a channel's name, 第25轮赛果)."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        form = _entry_lines(pieces[i])
        end = i + 1
        while form and end < len(pieces) and _entry_lines(pieces[end]) == form:
            end += 1
        run = [piece for piece in pieces[i:end] if isinstance(piece, Head | Paragraph)]
        lines = [line for piece in run for line in piece.lines]
        if not form or len(lines) < MIN_ITEMS or (len(run) == 1 and isinstance(run[0], Paragraph)):
            out.append(pieces[i])
            i += 1
            continue
        rest = _leading_entries(pieces[end], form) if end < len(pieces) else None
        if rest is not None:  # the last entries run on into a paragraph's first lines
            taken, remainder = rest
            lines += taken
            pieces = [*pieces[:end], remainder, *pieces[end + 1:]]
        block = _block("list", lines, [line.text.strip() for line in lines])
        title = out[-1] if out else None
        if isinstance(title, Head) and len(title.lines) == 1 and width(title.text) <= TITLE_WIDTH \
                and len(out) >= 2 and isinstance(out[-2], Paragraph) and title.role is None:
            out.pop()
            block.label = title
        out.append(block)
        i = end
    return out


def _titled_heads(pieces: list[Piece]) -> list[Piece]:
    """A head whose first line is a short title and whose other lines are entries of one
    form (an extractor read ``第25轮赛果`` and the results under it as one head): the title
    and the entries apart."""
    out: list[Piece] = []
    for n, piece in enumerate(pieces):
        if isinstance(piece, Head) and len(piece.lines) >= 2 and piece.role is None:
            title, entries = piece.lines[0], piece.lines[1:]
            forms = {line_form(line.text) for line in entries}
            form = forms.pop() if len(forms) == 1 else None
            following = 0  # entries of the form in the pieces right after: a list after all
            for after in pieces[n + 1:]:
                if form is None or _entry_lines(after) != form \
                        or not isinstance(after, Head | Paragraph):
                    break
                following += len(after.lines)
            titled = line_form(title.text) is None and width(title.text.strip()) <= TITLE_WIDTH
            if titled and form and len(entries) + following >= MIN_ITEMS:
                out += [Head([title]), Head(entries)]
                continue
            if titled and _wrapped_on(entries, pieces[n + 1:]):
                text = "".join(line.text.strip() for line in entries)
                out += [Head([title]), Paragraph(entries, text, open=True)]
                continue
        out.append(piece)
    return out


def _wrapped_on(entries: list[Line], after: list[Piece]) -> bool:
    """Whether a head's last lines open a list whose entries wrap on into the paragraphs after
    it (a narrow box: ``内蒙古卫视`` / ``2月15日 20:00 《2026年内`` over ``蒙古卫视…》``)."""
    texts = [line.text for line in entries]
    for piece in after:
        if not isinstance(piece, Paragraph) or piece.block:
            break
        texts += [line.text for line in piece.lines]
    found = _entries(texts)
    form = found[0][2]
    count = 0
    while count < len(found) and found[count][2] == form:
        count += 1
    return form is not None and count >= MIN_ITEMS and found[0][1] >= len(entries)


def printed_lines(piece: Piece) -> list[Line]:
    """Every line a piece was read from: a paragraph's or head's, a byline's one."""
    return piece.lines if isinstance(piece, Head | Paragraph) else [piece.line]


def book_credit(paragraph: Paragraph) -> bool:
    """A list of one entry, a book's credit line: a new-book notice's, under its title."""
    return paragraph.block == "list" and len(paragraph.lines) == 1 \
        and bool(BOOK_CREDIT.fullmatch(paragraph.text))


def _book_data(piece: Piece | None) -> bool:
    """Lines a book's data may be (its publisher and date, its price): a few, no sentence."""
    return isinstance(piece, Paragraph) and piece.block is None and len(piece.lines) <= 3 \
        and not any(ends_sentence(line.text) or "。" in line.text for line in piece.lines)


def _book_blocks(pieces: list[Piece]) -> list[Piece]:
    """A book's credit line (某某 著  某某 译) read as a head or a byline is a list of one
    entry: it credits the book, no article's head or byline. With the book's data printed
    under it (the publisher and date, the price: no line ending a sentence) and its title
    over it, title, credit and data are one list: a review's data block, not a new-book
    notice's title over its text."""
    out: list[Piece] = []
    for n, piece in enumerate(pieces):
        lines = printed_lines(piece)
        if len(lines) != 1 or not BOOK_CREDIT.fullmatch(lines[0].text.strip()):
            out.append(piece)
            continue
        following = pieces[n + 1] if n + 1 < len(pieces) else None
        title = out[-1] if out else None
        taken = [lines[0]]
        if _book_data(following) and isinstance(title, Head) and len(title.lines) == 1 \
                and _BOOK_TITLE.fullmatch(title.text.strip()):
            taken = [title.lines[0], *taken]
            out.pop()
        out.append(_block("list", taken, [line.text.strip() for line in taken]))
    for n in range(len(out) - 1, 0, -1):  # the data lines join the block over them
        block, under = out[n - 1], out[n]
        if isinstance(block, Paragraph) and block.block == "list" and len(block.lines) > 1 \
                and BOOK_CREDIT.fullmatch(block.lines[-1].text.strip()) \
                and isinstance(under, Paragraph) and _book_data(under):
            lines = block.lines + under.lines
            out[n - 1:n + 1] = [_block("list", lines, [line.text.strip() for line in lines])]
    return out


def entries_list(paragraphs: list[Paragraph]) -> Paragraph:
    """Paragraphs that are one list's entries (a recipe's steps, a notice's fields, numbered
    endnotes) made that list, a paragraph an entry."""
    return Paragraph([line for p in paragraphs for line in p.lines],
                     "".join(p.text for p in paragraphs), open=False, block="list",
                     rows=[[p.text] for p in paragraphs])


def _credit_blocks(pieces: list[Piece]) -> list[Piece]:
    """A work's title and credits lines (《邙山月》 / 导演：某某  编剧：某某  主演：…) read as a
    head or a paragraph are one list: a review's data at its foot, no article's head."""
    out: list[Piece] = []
    for piece in pieces:
        lines = printed_lines(piece)
        if not WORK_CREDIT.fullmatch(lines[-1].text.strip()) or len(lines) > 2 \
                or (len(lines) == 2 and not _BOOK_TITLE.fullmatch(lines[0].text.strip())):
            out.append(piece)
            continue
        title = out[-1] if out else None
        if len(lines) == 1 and isinstance(title, Head) and len(title.lines) == 1 \
                and _BOOK_TITLE.fullmatch(title.text.strip()):
            lines = [title.lines[0], *lines]
            out.pop()
        out.append(_block("list", lines, [line.text.strip() for line in lines]))
    return out


def _recipe_blocks(pieces: list[Piece]) -> list[Piece]:
    """A recipe's ingredients line and the steps numbered under it, each read as a paragraph,
    are one list (the ingredients its first entry, each step one); the tip under the steps is
    the recipe's end note: a recipe has no paragraphs there."""
    out: list[Piece] = []
    n = 0
    while n < len(pieces):
        steps = _steps_after(pieces, n)
        if not steps:
            out.append(pieces[n])
            n += 1
            continue
        out.append(entries_list([p for p in pieces[n:n + 1 + steps]
                                 if isinstance(p, Paragraph)]))
        n += 1 + steps
        tip = pieces[n] if n < len(pieces) else None
        if isinstance(tip, Paragraph) and tip.block is None and len(tip.lines) <= 3 \
                and _TIP.match(tip.text):
            out.append(Byline(tip.lines[0], tip.text, "end"))
            n += 1
    return out


def _steps_after(pieces: list[Piece], n: int) -> int:
    """How many paragraphs numbered 1, 2, … follow an ingredients line at ``n`` (0 for none,
    or one step alone)."""
    first = pieces[n]
    if not isinstance(first, Paragraph) or first.block is not None or len(first.lines) > 3 \
            or not _INGREDIENTS.match(first.text):
        return 0
    count = 0
    for piece in pieces[n + 1:]:
        if not isinstance(piece, Paragraph) or piece.block is not None:
            break
        step = _STEP.match(piece.text)
        if step is None or int(step.group(1)) != count + 1:
            break
        count += 1
    return count if count >= 2 else 0


def find_blocks(pieces: list[Piece]) -> list[Piece]:
    """The pieces with every list and table made one block: runs of entry-shaped heads and
    paragraphs joined, then lists and tables cut out of the paragraphs in a row that hold
    them."""
    out: list[Piece] = []
    run: list[Paragraph] = []
    read = _join_entries(_titled_heads(_book_blocks(_credit_blocks(_recipe_blocks(pieces)))))
    for piece in [*read, None]:
        if isinstance(piece, Paragraph):
            run.append(piece)
            continue
        blocks = split_flow(run)
        title = out[-1] if out else None
        if blocks and blocks[0].block == "list" and blocks[0].label is None \
                and isinstance(title, Head) and len(title.lines) == 1 and title.role is None \
                and width(title.text) <= TITLE_WIDTH \
                and ((len(out) >= 2 and isinstance(out[-2], Paragraph))
                     or bool(_COLON_TITLE.fullmatch(title.text.strip()))) \
                and not BOOK_CREDIT.fullmatch(blocks[0].text):  # a notice's book title heads it
            blocks[0].label = title  # a short head right over the list, after text: its title
            out.pop()
        out += blocks
        for block, after in pairwise(blocks):
            if block.block and len(after.lines) <= 2 and _LIST_NOTE.fullmatch(after.text.strip()):
                after.open = False  # a note closing the list: （排名不分先后）, （数据来源：…）
        out[len(out) - len(blocks):] = _block_notes(_field_lists(blocks))
        run = []
        if piece is not None:
            out.append(piece)
    return out


def _field_lists(pieces: list[Paragraph]) -> list[Paragraph]:
    """Two paragraphs or more right under a list or table, each a notice's field of a few lines
    (投票方式：…, 投票时间：…), are one list, an entry each."""
    out: list[Paragraph] = []
    n = 0
    while n < len(pieces):
        end = n
        if n and pieces[n - 1].block:
            while end < len(pieces) and _notice_field(pieces[end]):
                end += 1
        if end - n < 2:
            out.append(pieces[n])
            n += 1
            continue
        out.append(entries_list(pieces[n:end]))
        n = end
    return out


def _notice_field(paragraph: Paragraph) -> bool:
    return paragraph.block is None and len(paragraph.lines) <= 3 \
        and bool(_NOTICE_FIELD.match(paragraph.text))


def _block_notes(pieces: list[Paragraph]) -> list[Paragraph | Byline]:
    """A paragraph of a line or two opening with 注： right under a list or table is its note,
    and a notice's contact fields on a line of their own (联系人：某某  联系电话：…) are the
    notice's: the text's end note (``end``), no paragraph."""
    out: list[Paragraph | Byline] = list(pieces)
    for n, (block, after) in enumerate(pairwise(pieces), 1):
        if block.block and after.block is None and len(after.lines) <= 2 \
                and _BLOCK_NOTE.match(after.text.strip()):
            out[n] = Byline(after.lines[0], after.text, "end")
    for n, piece in enumerate(pieces):
        if piece.block is None and len(piece.lines) == 1 \
                and _CONTACT_FIELDS.fullmatch(piece.text.strip()):
            out[n] = Byline(piece.lines[0], piece.text, "end")
    return out


def article_blocks(article: Article) -> None:
    """An article's paragraphs (its sections' too) with the lists and tables in them made
    blocks: for a page whose articles were read whole (from a PDF)."""
    article.paragraphs = split_flow(article.paragraphs)
    for section in article.sections:
        section.paragraphs = split_flow(section.paragraphs)
    _titled_sections(article)


def _titled_sections(article: Article) -> None:
    """A section whose text is all one list is the list under its title (a channel's name
    over its programmes): the list goes to the flow before it, headed by the section's head."""
    kept: list[Section] = []
    for section in article.sections:
        if len(section.paragraphs) == 1 and section.paragraphs[0].block == "list" \
                and section.paragraphs[0].label is None and len(section.head.lines) == 1 \
                and width(section.head.text) <= TITLE_WIDTH:
            block = section.paragraphs[0]
            block.label = section.head
            (kept[-1].paragraphs if kept else article.paragraphs).append(block)
        else:
            kept.append(section)
    article.sections = kept
