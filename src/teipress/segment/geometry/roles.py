"""What each block is, from how it is set against the page's body text: heads are set
larger (or bold at body size: subheads, photo titles), captions and notes smaller.

A head group is the stack of heads printed together over an article: the largest is the
headline, a head above it the kicker (引题), one under it the subtitle (副题).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from teipress.segment.geometry import thresholds
from teipress.segment.geometry.blocks import HEADS, TEXT, Block, BlockRole, overlap
from teipress.segment.line_bylines import bare_name, byline_kind, closer_length, unit_signature
from teipress.segment.lists import BOOK_CREDIT
from teipress.segment.model import Box, Head
from teipress.segment.patterns import (
    BRIEF_MARKS,
    CONTACT_LINE,
    CREDIT,
    ROLE_ONLY_BYLINE,
    SUBHEAD_MARK,
    is_person_name,
    names_in,
    vouched_name,
)
from teipress.segment.text import join_lines

# Heads end no sentence anywhere (a caption does).
SENTENCE_MARKS = "。！？；"
# What 副刊 and feature pages set before an author's name: a hollow mark, a solid square (■
# 某某 under a feature's head; before a head it marks a brief), or 文/ (图/ is a
# photographer's credit).
AUTHOR_MARK = re.compile(r"^(?:[□◎○◇☆■]|文[/／])")
# An author's two-character name padded to three cells after the mark (□ 某　某: a name
# whatever its surname where vouched_name finds it one).
PADDED_AUTHOR = re.compile(
    r"^(?:[□◎○◇☆]|文\s*[/／])\s*(?P<name>[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff])$")
# A subtitle opens with a dash (——记…, —观…).
DASHES = ("——", "—", "--")
# A head opening with one of these hangs it out into the margin, up to an em.
OPENING_MARKS = "“‘「『《（"
# An author named after the institution they write from: 江州市中级人民法院 韦思齐. The
# endings are the kinds of bodies whose staff write for papers (courts, procuratorates,
# bureaus, institutes, universities, hospitals, banks), and the seats of the members of a
# congress or a consultative conference writing as such (省政协委员 某某, 市人大代表 某某).
INSTITUTION_BYLINE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:法院|检察院|公安局|局|厅|委员会|研究院|研究所|中心|大学|学院|医院"
    r"|银行|协会|委员|代表)\s+(?P<name>[\u4e00-\u9fff]{2,4})$"
)
# An author described before the name, after the mark or the 文/ of a feature page: 文/江州天文馆
# 副研究员 某某 (institution and post in one run, a space before the name).
DESCRIBED_AUTHOR = re.compile(
    r"^(?:[□◎○◇☆]|文\s*[/／])\s*[\u4e00-\u9fff]{2,24}\s+(?P<name>[\u4e00-\u9fff]{2,4})$"
)
# Who made a piece, named with a colon before its byline (主持人：本报记者 某某 over a
# roundtable, 策划：… over a package, 口述：某某  整理：本报记者 某某 over an oral account,
# 推荐人：…馆员 某某 over a book recommended): the roles papers print so (a roundtable's
# moderator, a package's planner or coordinator, who told an account and who wrote it up, who
# recommends a book), one or several on the line.
_MAKERS = r"(?:主持人?|策划|统筹|整理|执笔|口述|推荐人?)\s*[:：]"
MADE_BY = re.compile(rf"^{_MAKERS}\s*")
NEXT_MAKER = re.compile(rf"\s+(?={_MAKERS})")
# A notice's number, on a line of its own under the notice's head: in brackets (公告 /
# （第1号）, 通告 / （第二期）), or the document number official notices bear, the issuer's
# code, the year in 〔〕 and the number (航行警告 / 厦航警〔2026〕3号): the head's subtitle,
# however the text after it runs on.
NOTICE_NUMBER = re.compile(r"[（(]\s*第\s*[0-9〇一二三四五六七八九十百]+\s*[号期][）)]"
                           r"|[\u4e00-\u9fff]{1,10}\s*[〔［\[]\s*\d{4}\s*[〕］\]]\s*\d+\s*号")
# A notice's number wraps in a narrow column over one line more at most (厦航警〔2026〕3 / 号).
NUMBER_LINES = 2
# A byline's second half, after a space: what the pictures are and where they come from.
SOURCE_HALF = re.compile(r"\s+(?=图\s*[/／])")
# The roles of blocks at body size or smaller, which may join a head's stack.
_COMPANIONS: tuple[BlockRole, ...] = (*TEXT, "subhead")


@dataclass
class HeadGroup:
    blocks: list[Block] = field(default_factory=list)

    @property
    def box(self) -> Box:
        box = self.blocks[0].box
        for block in self.blocks[1:]:
            box = box.union(block.box)
        return box

    @property
    def size(self) -> float:
        return max(block.size for block in self.blocks)

    @property
    def frame(self) -> Box | None:
        return self.blocks[0].frame

    def heads(self) -> tuple[Head | None, Head, Head | None]:
        """Kicker, headline and subtitle: the largest is the headline, with the blocks right
        under it in its size (a headline wrapped in lines of unequal measure)."""
        ordered = sorted(self.blocks, key=lambda block: block.box.y0)
        main = max(range(len(ordered)), key=lambda i: (ordered[i].size, -i))
        end = main + 1
        while end < len(ordered) and ordered[end].size * thresholds.SAME_SIZE >= ordered[main].size:
            end += 1
        # a line opening with a dash is a subtitle (——观…有感) wherever it stands: beside a
        # head set vertically it is set over the text, above the head's foot
        dashed = [block for block in ordered[:main] if block.text.lstrip().startswith(DASHES)]
        above = [line for block in ordered[:main] if block not in dashed for line in block.lines]
        below = [line for block in dashed + ordered[end:] for line in block.lines]
        kicker = Head(above, role="kicker") if above else None
        subtitle = Head(below, role="sub") if below else None
        headline = [line for block in ordered[main:end] for line in block.lines]
        return kicker, Head(headline, role="main"), subtitle


def classify(blocks: list[Block], body: float) -> None:
    """Set each block's role: head, subhead (bold at body size), small, or body."""
    for block in blocks:
        size = block.size
        if size >= thresholds.HEAD_SIZE * body:
            block.role = "head"
        elif size < thresholds.SMALL_SIZE * body:
            block.role = "small"
        elif block.bold and _head_shaped(block) and not byline_kind(block.text.strip()):
            block.role = "subhead"
        else:
            block.role = "body"


def _head_shaped(block: Block) -> bool:
    """A few lines with no full stop or semicolon: a head may ask or exclaim
    (如何破解“最后一公里”？), it states no sentence."""
    return len(block.lines) <= thresholds.MAX_SUBHEAD_LINES and not any(
        mark in block.text for mark in "。；;")


def lone_byline(text: str) -> bool:
    """A byline with no role word: a name alone under a commentary's head (某某, 热依拉·艾买提),
    maybe after the mark or the 文/ that literary pages set before an author (□ 某某, 文/某某),
    or after the author's institution (江州市中级人民法院 某某), unit and post
    (省农科院植保所研究员 某某) or post after the mark (文/某馆副研究员 某某), or a role alone
    (本报评论员); or a byline whose second half names no one (文/记者 某某  图/受访者提供), or
    one after the roles of who made the piece (主持人：本报记者 某某, 口述：某某  整理：…), or a
    commentator's role and name (本报评论员 某某)."""
    for form in (INSTITUTION_BYLINE, DESCRIBED_AUTHOR):
        match = form.match(text.strip())
        if match and is_person_name(match.group("name")):
            return True
    if unit_signature(text):
        return True
    if MADE_BY.match(text.strip()):
        return all(_made_by(entry) for entry in NEXT_MAKER.split(text.strip()))
    halves = SOURCE_HALF.split(text.strip())
    if len(halves) > 1 and not any(names_in(half) for half in halves[1:]):
        # the picture's source named in the byline after it, naming no one (图/受访者提供)
        return bool(byline_kind(halves[0]) or lone_byline(halves[0]))
    padded = PADDED_AUTHOR.match(text.strip())
    if padded and vouched_name(padded["name"]):
        return True
    parts = text.split()
    if len(parts) > 1 and ROLE_ONLY_BYLINE.match(parts[0]):
        return is_person_name("".join(parts[1:]))  # the role, then the name (本报评论员 某某)
    text = AUTHOR_MARK.sub("", "".join(parts))
    # a name transliterated from Uyghur or Kazakh (热依拉·艾买提) has no Han surname
    return bool(ROLE_ONLY_BYLINE.match(text)) or is_person_name(text) or bare_name(text)


def _made_by(entry: str) -> bool:
    """One maker's entry of a byline naming who made the piece (口述：某某, 整理：本报记者 某某):
    the role and colon, then a byline or a name."""
    role = MADE_BY.match(entry)
    if role is None:
        return False
    rest = entry[role.end():]
    return byline_kind(rest) == "lead" or lone_byline(rest)


def find_labels(blocks: list[Block], body: float) -> None:
    """A word or two set in front of a block's first line, on its baseline, in a face or a
    box of its own (核心阅读, 短评, 编者按) labels that block: it is no head."""
    for block in blocks:
        if len(block.lines) != 1 or len(block.text.replace(" ", "")) > thresholds.LABEL_CHARACTERS:
            continue
        if block.label is not None:
            continue  # labelled itself: text, not a label
        if block.role not in HEADS and block.frame is None:
            continue
        box = block.box
        # loose boxes may touch; a label's closing colon, its white half squeezed out (CJK
        # punctuation compression: 编者按：在…), lets the text start inside its box
        touch = max(2.0, block.size / 2) if block.text.rstrip()[-1:] in "：:" else 2.0
        for other in blocks:
            first = other.lines[0].placed
            if other is block or other.role not in TEXT:
                continue
            if -touch <= first.x0 - box.x1 <= 2 * body and overlap(
                    first.y0, first.y1, box.y0, box.y1) > 0.5:
                block.role = "label"
                other.label = block
                break


def head_groups(blocks: list[Block]) -> list[HeadGroup]:
    """Stack the head blocks set together; a block at body size or smaller joins a stack as
    its kicker or subtitle when it is set right against it and centred on it."""
    heads = sorted((b for b in blocks if b.role == "head"), key=lambda b: b.box.y0)
    groups: list[HeadGroup] = []
    for block in heads:
        for group in groups:
            if _together(group.box, group.size, block):
                group.blocks.append(block)
                break
        else:
            groups.append(HeadGroup([block]))
    _bylines_apart(blocks, groups)
    _number_apart(blocks, groups)
    _beside_a_vertical_head(blocks, groups)
    running = [b for b in blocks if b.role == "body"]
    for block in sorted(blocks, key=lambda b: b.box.y0):
        if block.role not in _COMPANIONS or len(block.lines) > _companion_lines(block) \
                or block.label or _paragraph_start(block):
            continue
        # the column beside it runs on, or is set in its size (columns of a short text)
        if any(b is not block and (len(b.lines) > 2 or b.size == block.size)
               and abs(b.box.y0 - block.box.y0) <= block.size and 0 <= max(
                b.box.x0 - block.box.x1, block.box.x0 - b.box.x1) <= 2 * block.size
                for b in running):
            continue  # level with the top of the column of text next to it: a column's subhead
        text = block.text
        # a text's numbered part or a case's part (【案情】) under a head is the text's first
        # subhead; over a head, a series tag (【文旅新场景】) is its kicker
        part = bool(SUBHEAD_MARK.match(text.strip())) and text.lstrip()[:1] not in (
            BRIEF_MARKS + "◇△★☆")
        kinds = {byline_kind(line.text.strip()) for line in block.lines} | {byline_kind(text)}
        if any(mark in text for mark in SENTENCE_MARKS) or CREDIT.search(text) or (
                kinds - {None, "lead"}) \
                or any(BOOK_CREDIT.fullmatch(line.text.strip()) for line in block.lines) \
                or _contact_entries(text) or _notice_closer(block):
            continue  # a caption, a byline, a notice's contact line or closer: none of its heads
        named = lone_byline(text) or "lead" in kinds
        for group in groups:
            if (named or part) and block.box.y0 >= group.box.y0:
                continue  # a name alone under a head is its byline; over it, a kicker (劳模说,
                # 本报评论员文章: a byline is printed under the heads)
            if _nearer_text_over(block, group, blocks):
                continue
            # any of its lines opening with a mark hangs the head's box out (“团圆味” under
            # its first line)
            hung = any(line.text.lstrip()[:1] in OPENING_MARKS for b in group.blocks
                       for line in b.lines)
            if _together(group.box, group.size, block, companion=True, hung=hung):
                group.blocks.append(block)
                block.role = "head"
                break
    return groups


def _nearer_text_over(block: Block, group: HeadGroup, blocks: list[Block]) -> bool:
    """The block stands over the heads, nearer the text right over it in its column than
    the heads: the last line of the text over it (a box's 出诊时间：… line over the next
    story), not a kicker, which is set with its headline, the white above it."""
    b, head = block.box, group.box
    if b.y1 > head.y0 + 2:
        return False
    gaps = [b.y0 - other.box.y1 for other in blocks if other.role in TEXT
            and other is not block and b.y0 - other.box.y1 >= -2
            and overlap(other.box.x0, other.box.x1, b.x0, b.x1) > 0.5]
    return bool(gaps) and min(gaps) < head.y0 - b.y1


def _contact_entries(text: str) -> bool:
    """A notice's contact line: entries spaced apart, one of them a telephone, an address or
    a mailbox (联系人：某某  电话：13899621047), set under the notice's text; over the next
    story's head it is still the notice's, no kicker."""
    return any(CONTACT_LINE.match(entry) for entry in text.split())


def _notice_closer(block: Block) -> bool:
    """A notice's issuer over the date it was issued (国网某供电公司 / 2026年6月9日), set flush
    right under the notice's text: over the next story's head it is still the notice's."""
    texts = [line.text for line in block.lines]
    return closer_length(texts) == len(texts)


def _companion_lines(block: Block) -> int:
    """How many lines a kicker or subtitle at body size may run to: two, or as many as a
    subhead where it opens with a subtitle's dash (——访…, wrapped in the narrow column of
    heads set beside their text)."""
    if block.text.lstrip().startswith(DASHES):
        return thresholds.MAX_SUBHEAD_LINES
    return 2


def _paragraph_start(block: Block) -> bool:
    """The block's first line is set in from the next by a paragraph's indent and runs to
    its end or further: running text (a box's opening sentence under its headline,
    今年前三季度…如下：), no head's kicker or subtitle, whose lines are centred or flush. The
    next line stands under the first (a subtitle's dash read apart stands in its row)."""
    if len(block.lines) < 2:
        return False
    first, second = block.lines[0].placed, block.lines[1].placed
    return (second.y0 >= first.y1 - thresholds.OVERHANG * block.size
            and first.x0 - second.x0 >= thresholds.INDENT * block.size
            and first.x1 >= second.x1 - block.size)


def _bylines_apart(blocks: list[Block], groups: list[HeadGroup]) -> None:
    """A line or two set right under a head's stack (its box may reach into them by its
    descent) and the byline right under them, in one size, chain into one block: the byline
    is a block of its own (``blocks`` is changed in place), so that the lines over it may
    join the stack as its subtitle."""
    for block in list(blocks):
        if block.role not in _COMPANIONS or not 2 <= len(block.lines) <= _companion_lines(
                block) + 1 or block.label:
            continue
        *over, last = (line.text.strip() for line in block.lines)
        if not (byline_kind(last) or lone_byline(last)) or any(map(byline_kind, over)) or not any(
                -thresholds.OVERHANG * group.size <= block.box.y0 - group.box.y1
                <= thresholds.GROUP_GAP * block.size
                for group in groups) or _signed_under(block, blocks):
            continue
        at = blocks.index(block)
        blocks[at:at + 1] = [Block(block.lines[:-1], block.frame, block.role),
                             Block(block.lines[-1:], block.frame, block.role)]


def _number_apart(blocks: list[Block], groups: list[HeadGroup]) -> None:
    """A notice's number on the first line of a block right under a head (or wrapped over
    two), the text set flush under it (公告 / （第1号） / 省第十四届…), is a block of its own
    (``blocks`` is changed in place), so that it may join the stack as its subtitle."""
    for block in list(blocks):
        count = _number_lines(block)
        if block.role not in _COMPANIONS or not count or block.label or not any(
                -thresholds.OVERHANG * group.size <= block.box.y0 - group.box.y1
                <= thresholds.GROUP_GAP * block.size for group in groups):
            continue
        at = blocks.index(block)
        blocks[at:at + 1] = [Block(block.lines[:count], block.frame, block.role),
                             Block(block.lines[count:], block.frame, block.role)]


def _number_lines(block: Block) -> int:
    """How many of the block's first lines print a notice's number, text set under them
    (0: none)."""
    texts = [line.text.strip() for line in block.lines]
    return next((count for count in range(1, min(NUMBER_LINES, len(texts) - 1) + 1)
                 if NOTICE_NUMBER.fullmatch(join_lines(texts[:count]))), 0)


def _vertical(group: HeadGroup) -> bool:
    """A head set vertically (竖排): a column of lines of one character each, or a line
    many times taller than it is wide."""
    lines = [line for block in group.blocks for line in block.lines]
    box = group.box
    return (len(lines) >= 3 and all(len("".join(line.text.split())) == 1 for line in lines)) \
        or box.y1 - box.y0 >= thresholds.VERTICAL_HEAD * (box.x1 - box.x0)


def _beside_a_vertical_head(blocks: list[Block], groups: list[HeadGroup]) -> None:
    """A head set vertically beside its text in a box (a commentary's 竖排 title) has no room
    for a kicker over it: the column's label and the byline are set at the top of the text
    beside it (地质论坛 / □ 某某), maybe chained into one block. The byline is a block of its
    own, the lines over it the head's kicker, or its subtitle if they open with a dash (lines
    set in a head's size there stand in a group of their own, which goes); ``blocks`` and
    ``groups`` are changed in place."""
    for group in list(groups):
        if group not in groups or group.frame is None or not _vertical(group):
            continue
        head = group.box
        # at the box's top, over the text beside the head (never under the head's top)
        alone = {id(block) for other in groups if other is not group and all(
                 block.frame == group.frame and block.box.y0 <= head.y0 + group.size
                 for block in other.blocks) for block in other.blocks}
        top = sorted((b for b in blocks if (b.role in _COMPANIONS or id(b) in alone)
                      and len(b.lines) <= 3
                      and not b.label and b.frame == group.frame
                      and b.box.y0 <= head.y0 + group.size
                      and max(head.x0 - b.box.x1, b.box.x0 - head.x1) >= 0),
                     key=lambda b: b.box.y0)
        lines = [line for b in top for line in b.lines]
        signed = next((n for n, line in enumerate(lines) if byline_kind(line.text.strip())
                       or lone_byline(line.text.strip())), None)
        if not signed or signed > 2 or any(mark in line.text for line in lines[:signed]
                                           for mark in SENTENCE_MARKS):
            continue
        owner = next(b for b in top if lines[signed] in b.lines)
        over = [Block([line], group.frame, "head") for line in lines[:signed]]
        rest = [line for line in owner.lines if line not in lines[:signed]]
        for b in top[:top.index(owner)]:
            blocks.remove(b)
            groups[:] = [other for other in groups if b not in other.blocks]
        at = blocks.index(owner)
        blocks[at:at + 1] = [*over, Block(rest, owner.frame, owner.role)]
        group.blocks += over


def _signed_under(block: Block, blocks: list[Block]) -> bool:
    """A byline of its own stands right under the block: the heads' one byline, so a name
    ending the block is a wrapped subtitle's last word (——访…副厅长哈斯 / 巴根)."""
    b = block.box
    return any(other is not block and len(other.lines) == 1
               and 0 <= other.box.y0 - b.y1 <= thresholds.GROUP_GAP * block.size
               and overlap(b.x0, b.x1, other.box.x0, other.box.x1) > 0.5
               and byline_kind(other.text.strip()) == "lead" for other in blocks)


def _together(box: Box, size: float, block: Block, companion: bool = False,
              hung: bool = False) -> bool:
    """A head block set with the group: right above or under it, over the same width; a
    smaller line (a kicker, a subtitle at body size) centred on it or set flush left with it,
    within an em of its own size."""
    other = block.box
    gap = max(other.y0 - box.y1, box.y0 - other.y1)
    if companion:
        own = block.size
        middle, head_middle = (other.x0 + other.x1) / 2, (box.x0 + box.x1) / 2
        centred = abs(middle - head_middle) <= (box.x1 - box.x0) / 6 + own
        # flush left with the head, whose box may start further out (a hung quote mark)
        flush = abs(other.x0 - box.x0) <= max(own, size / 2) + (size / 2 if hung else 0)
        return gap <= thresholds.GROUP_GAP * own and (centred or flush)
    if gap > thresholds.GROUP_GAP * size:
        return False
    return overlap(box.x0, box.x1, other.x0, other.x1) >= 0.3
