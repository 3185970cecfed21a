"""Photos and charts on a page PDF: the picture (or the frame a picture was set in), its
caption under it or beside it, its credit and its title.

A picture's caption is the text set right under it (or at its side, top-aligned) within its
width; a credit (``（某某 摄）``) ends it. A drawn frame that holds no picture but whose text
ends with a credit is a photo's place too (print layouts that leave the picture out). A
title is a bold or larger line set over the picture or at the top of its frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from teipress.segment.geometry import thresholds
from teipress.segment.geometry.blocks import (
    HEADS,
    Block,
    frame_of,
    inside,
    overlap,
    ruled_apart,
    ruled_between,
)
from teipress.segment.geometry.roles import lone_byline
from teipress.segment.line_bylines import byline_kind
from teipress.segment.model import Box, Byline, Figure, Head, Line, PageImage, Paragraph
from teipress.segment.patterns import CREDIT, is_person_name, names_in
from teipress.segment.text import ends_sentence, join_lines

# A maker's credit under a work shown: the name, then what they did (作 made, 绘/画 painted
# or drew, 书 wrote, 刻 cut, 摄 photographed).
MAKER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})(?:作|绘|画|书|刻|摄影?)$")
# A reproduced work's author on a line of its own under its caption, with the role word a
# museum's label or an exhibition page prints (作者 某某), not what the author did.
AUTHOR = re.compile(r"^作者[:：]?(?P<name>[\u4e00-\u9fff]{2,4})$")
# Under a picture a credit needs no role word: the photographer's unit in its place (an
# enterprise or a school paper's （党委宣传部 某某 摄）), or the name alone run on after the
# caption's last sentence (…现场。 某某 摄), maybe after the wire that sent the photo
# (新华社发 韦　明 摄: the agency's 发 names no role); the name is set apart by a space, and
# a two-character name may be padded to three cells (韦　明). In brackets, after a unit or a
# role word, the name may run past four characters: a Mongol name has no surname and may
# join two names (（通讯员 乌云其其格 摄）).
_UNIT_CREDIT = re.compile(
    r"[（(]\s*(?:[^（()）\s]{2,12}\s+)?(?P<name>[\u4e00-\u9fff]{2,6})\s+摄影?\s*[)）]$")
_BARE_CREDIT = re.compile(
    r"(?:^|(?<=[。！？”’）)]))\s*(?:(?:新华社|中新社)发\s+)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])\s+摄影?$")

# A drawing's credit after its caption, the work's kind and a colon before the name, as a
# cartoon or an illustration is signed (漫画：某某, 插图：某某): no role word, no 摄.
_DRAWN_CREDIT = re.compile(
    r"(?:^|(?<=[。！？”’）)]))\s*(?:漫画|插图|插画|绘图)\s*[:：]\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])$")


# The authors of works shown side by side (a page of paintings or calligraphy), named in one
# line in the order the works are numbered, as an exhibition page prints it: （作者依次为甲、
# 乙、丙，均为…学员）, （作者分别为…）, maybe after which works (（左起作者依次为…）); what
# follows the names says who they are.
_WORKS_CREDIT = re.compile(
    r"[（(]\s*[^（()）作]{0,8}作者(?:依次|分别)(?:为|是)\s*[:：]?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:\s*、\s*[\u4e00-\u9fff]{2,4})+)"
    r"(?:[，,；;][^（()）]{0,40})?[)）]$")


# A credit's closing 摄 wrapped onto a line of its own (（本报记者 关　月 / 摄）).
_WRAPPED_SHOT = re.compile(r"^摄影?\s*[)）]?$")


@dataclass
class Photo:
    box: Box
    image: PageImage | None = None
    blocks: list[Block] = field(default_factory=list)  # title and caption, as printed
    figure: Figure | None = None  # read from its blocks; a photo without one is dropped

    @property
    def as_figure(self) -> Figure:
        """Its figure: every photo ``find_photos`` returns has one."""
        if self.figure is None:
            raise ValueError("a photo without its figure was kept")
        return self.figure


def find_photos(images: list[PageImage], frames: list[Box], blocks: list[Block],
                body: float, rules: list[Box]) -> list[Photo]:
    """Pictures and credited frames with the blocks that caption them (taken from ``blocks``)."""
    photos = [Photo(image.box, image) for image in images]
    for frame in frames:
        if any(inside(image.box, frame) for image in images):
            continue
        held = [b for b in blocks if b.frame == frame]
        if held and _credited(held) and not any(_encloses(frame, other) for other in frames):
            photos.append(Photo(frame, None, held))
    taken = {id(b) for photo in photos for b in photo.blocks}
    for photo in photos:
        if photo.image is None:
            continue
        photo.blocks = _caption_blocks(photo.box, blocks, taken, body, frames)
        taken |= {id(b) for b in photo.blocks}
    for photo in photos:
        photo.figure = _figure(photo)
    photos = [photo for photo in photos if photo.figure is not None]
    taken = {id(b) for photo in photos for b in photo.blocks}
    return _series(photos, [b for b in blocks if id(b) not in taken], body, rules)


def _series(photos: list[Photo], blocks: list[Block], body: float, rules: list[Box]
            ) -> list[Photo]:
    """Pictures set side by side in a grid under one credit are one photo series (组图): one
    figure, its captions joined in reading order (row by row), its one title and credit. The
    credit may be the series' own line under the grid (本版图片均由记者 某某 摄), set apart
    from every caption."""
    pictured = sorted((p for p in photos if p.image is not None),
                      key=lambda p: (round(p.box.y0 / body), p.box.x0))
    groups: list[list[Photo]] = []
    for photo in pictured:
        for group in groups:
            if any(_adjacent(_extent(photo), _extent(other), body, rules) for other in group):
                group.append(photo)
                break
        else:
            groups.append([photo])
    merged: list[Photo] = [p for p in photos if p.image is None]
    for group in groups:
        credits = [p for p in group if p.as_figure.credit is not None]
        titles = [p for p in group if p.as_figure.title is not None]
        if len(group) >= 2 and not credits:
            credits = _grid_credit(group, blocks, rules)
            if credits:
                group.append(credits[0])
        if len(group) < 2 or len(credits) != 1 or len(titles) > 1:
            merged += group
            continue
        group.sort(key=lambda p: (round(p.box.y0 / body), p.box.x0))
        lines = [line for p in group for c in p.as_figure.caption for line in c.lines]
        text = join_lines([c.text for p in group for c in p.as_figure.caption])
        first = group[0]
        first.figure = Figure(caption=[Paragraph(lines, text)] if text else [],
                              credit=credits[0].as_figure.credit,
                              title=titles[0].as_figure.title if titles else None,
                              image=first.image)
        first.blocks = [b for p in group for b in p.blocks]
        first.box = _union([p.box for p in group])
        merged.append(first)
    return merged


def _grid_credit(group: list[Photo], blocks: list[Block], rules: list[Box]) -> list[Photo]:
    """A credit on a line of its own under a grid of pictures, within the grid's width and
    less than a picture's height under its last caption, nothing set between: the series'
    shared credit, as a photo of no picture (taken from ``blocks``)."""
    grid = _union([_extent(photo) for photo in group])
    cell = min(photo.box.y1 - photo.box.y0 for photo in group)
    for block in sorted(blocks, key=lambda b: b.box.y0):
        b = block.box
        if not (0 <= b.y0 - grid.y1 + 2 <= cell and b.x0 >= grid.x0 - 2
                and b.x1 <= grid.x1 + block.size) or len(block.lines) > 2:
            continue
        between = Box(b.x0, grid.y1, b.x1, b.y0)
        if ruled_apart(grid, b, rules) or any(
                o is not block and o.box.y0 >= grid.y1 - 2 and o.box.y1 <= b.y0 + 2
                and overlap(o.box.x0, o.box.x1, between.x0, between.x1) > 0
                for o in blocks):
            continue
        credit = Photo(b, None, [block])
        figure = _figure(credit)
        if figure is not None and figure.credit is not None and not (
                figure.caption or figure.title):
            credit.figure = figure
            blocks.remove(block)
            return [credit]
    return []


def _extent(photo: Photo) -> Box:
    return _union([photo.box] + [b.box for b in photo.blocks])


def _union(boxes: list[Box]) -> Box:
    box = boxes[0]
    for other in boxes[1:]:
        box = box.union(other)
    return box


def _adjacent(a: Box, b: Box, body: float, rules: list[Box]) -> bool:
    """Two pictures (with their captions) set next to each other, edge to edge, no rule
    between them."""
    gap = thresholds.SERIES_GAP * body
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    upper, lower = (a, b) if a.y0 <= b.y0 else (b, a)
    side = overlap(a.y0, a.y1, b.y0, b.y1) > 0.5 and -2 <= right.x0 - left.x1 <= gap \
        and not ruled_between(left, right, rules)
    stacked = overlap(a.x0, a.x1, b.x0, b.x1) > 0.5 and -2 <= lower.y0 - upper.y1 <= gap \
        and not ruled_apart(upper, lower, rules)
    return side or stacked


def _encloses(frame: Box, other: Box) -> bool:
    return other != frame and inside(other, frame)


def _credited(blocks: list[Block]) -> bool:
    last = max(blocks, key=lambda b: b.box.y1).lines[-1].text.strip()
    return photo_credit(last) is not None


def _caption_blocks(box: Box, blocks: list[Block], taken: set[int], body: float,
                    frames: list[Box]) -> list[Block]:
    """The blocks under the picture (or beside it, top-aligned), down to its credit."""
    gap = thresholds.CAPTION_GAP * body
    frame = frame_of(box, frames)
    found: list[Block] = []
    for block in sorted(blocks, key=lambda b: b.box.y0):
        if id(block) in taken or block.frame != frame or (block.role == "head" and found):
            continue
        b = block.box
        captionlike = _captionlike(block, blocks, gap, box)
        # (text going on a caption set under the picture; a caption set beside it, at its
        # foot, ends there: the column's text under a small portrait is the article's)
        under = (0 <= b.y0 - box.y1 + 2 <= gap and overlap(b.x0, b.x1, box.x0, box.x1) > 0.6
                 and (captionlike or any(f.box.y0 >= box.y1 - 2 for f in found)))
        # beside it: top-aligned, or within its height (a wide picture's caption set at its
        # foot in the column next to it; its credit may follow under the picture's foot)
        beside = (0 <= b.x0 - box.x1 + 2 <= gap and captionlike and (
            abs(b.y0 - box.y0) <= gap or (b.y0 >= box.y0 and b.y1 <= box.y1 + 2)))
        above = (0 <= box.y0 - b.y1 + 2 <= gap and overlap(b.x0, b.x1, box.x0, box.x1) > 0.6
                 and _title_shaped(block, box, body))
        # within the picture's width (a credit's bracket may hang out by an em)
        across = b.x0 >= box.x0 - 2 and b.x1 <= box.x1 + block.size
        # (a credit set tight under the caption: loose boxes may touch)
        follows = found and -2 <= b.y0 - found[-1].box.y1 <= gap and (across or overlap(
            b.x0, b.x1, found[-1].box.x0, found[-1].box.x1) > 0.6) and not _credit_end(
            found) and ((_same_size(block, found[-1]) and _goes_on(block, found[-1]))
                        or _credit_under(block, found[-1]))
        # (text in another size is not caption; a credit line set smaller still ends it)
        if under or beside or above or follows:
            found.append(block)
            if _credit_end(found) and not above:
                break
    return found


def _captionlike(block: Block, blocks: list[Block], gap: float, box: Box) -> bool:
    """Set smaller than the text, or short and ended by a credit (on its last line or on a
    line of its own right under it): text in the body's size beside or under a picture is
    the article going on."""
    if block.role == "small":
        return True
    if len(block.lines) > thresholds.MAX_CAPTION_LINES:
        return False
    if photo_credit(join_lines([line.text for line in block.lines[-2:]])):
        return True  # the credit may wrap: （通讯员 蔺 / 晓婷 摄）
    b = block.box
    return any(len(o.lines) == 1 and 0 <= o.box.y0 - b.y1 <= gap and o.box.x0 >= box.x0 - 2
               and o.box.x1 <= box.x1 + o.size and photo_credit(o.lines[0].text.strip()) is not None
               for o in blocks)


def _title_shaped(block: Block, box: Box, body: float) -> bool:
    """A photo's title over it: a head, or a line or two centred on the picture that ends no
    sentence (fonts drawn as Type 3 glyphs say nothing of their weight)."""
    if len(block.lines) > 2 or any(ends_sentence(line.text) for line in block.lines):
        return False
    if byline_kind(block.text.strip()) or lone_byline(block.text):
        return False  # an article's byline (□ 某某) set over a picture in its column
    if block.role == "head":
        return False  # a head set large over a picture heads an article, or, when no text
        # stands under it, the picture: decided once the articles are found
    if block.bar is not None:
        return False  # a label on a tint (矿区简讯) labels the column under it
    if block.role == "subhead":
        return True
    b = block.box
    centred = abs((b.x0 + b.x1) / 2 - (box.x0 + box.x1) / 2) <= body + (box.x1 - box.x0) / 10
    return centred and block.size >= body


def _credit_under(block: Block, caption: Block) -> bool:
    """A line of its own within the caption's width that is a whole credit (本报记者 某某 摄),
    maybe set smaller than the caption."""
    b, c = block.box, caption.box
    if len(block.lines) != 1 or b.x0 < c.x0 - 2 or b.x1 > c.x1 + 2:
        return False
    found = photo_credit(block.lines[0].text.strip())
    return found is not None and found[0] == 0


def _goes_on(block: Block, caption: Block) -> bool:
    """The block goes on the caption over it: set from its start or on its centre, or a
    credit (set flush right). Text starting further in, under a caption that ends its
    sentence, is the next article's (a notice's entry beside the picture's foot)."""
    b, c = block.box, caption.box
    return (not ends_sentence(caption.lines[-1].text) or abs(b.x0 - c.x0) <= block.size
            or abs((b.x0 + b.x1) - (c.x0 + c.x1)) <= 2 * block.size
            or photo_credit(join_lines([line.text for line in block.lines[-2:]])) is not None)


def _same_size(block: Block, other: Block) -> bool:
    return abs(block.size - other.size) <= 0.1 * max(block.size, other.size)


def photo_credit(text: str) -> tuple[int, str, list[str]] | None:
    """A credit ending a picture's text: where it starts, its words and its names."""
    match = CREDIT.search(text)
    if match:
        return match.start(), match.group(), names_in(match.group())
    match = _WORKS_CREDIT.search(text)
    if match and len(names_in(match["name"])) == match["name"].count("、") + 1:
        return match.start(), match.group(), names_in(match["name"])
    match = (_UNIT_CREDIT.search(text) or _BARE_CREDIT.search(text)
             or _DRAWN_CREDIT.search(text))
    name = "".join(match["name"].split()) if match else ""
    if match and names_in(name) == [name]:
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        return start, text[start:], [name]
    return None


def _credit_end(blocks: list[Block]) -> bool:
    return bool(blocks) and photo_credit(
        join_lines([line.text for line in blocks[-1].lines[-2:]])) is not None


def _maker(text: str) -> bool:
    """A line of its own under a caption naming who made the work shown: a painting's,
    a drawing's or a calligraphy's artist (何远山 作, 某某 绘, 某某 书, 作者 某某), a
    photographer with no role word (某某 摄), a pupil after the school and class
    (江城实验小学二年级 某某)."""
    match = MAKER.match("".join(text.split())) or AUTHOR.match("".join(text.split()))
    if match is not None and is_person_name(match.group("name")):
        return True
    return byline_kind(text.strip()) == "lead" and len(names_in(text)) == 1 and text.split(
        )[-1] == names_in(text)[0]


def _caption_text(texts: list[str]) -> str:
    """A caption's lines joined as running text. Where a credit's closing 摄 wrapped onto the
    last line, the space that set it apart from the name fell at the line's end: it is set
    back, so the name reads whole (关　月 摄, not 关　月摄)."""
    if len(texts) > 1 and _WRAPPED_SHOT.match(texts[-1].strip()):
        return f"{join_lines(texts[:-1])} {texts[-1].strip()}"
    return join_lines(texts)


def _printed_lines(block: Block) -> list[Line]:
    """The block's lines after its label's (find_labels took the label out of the page's
    blocks: whatever the block is made, a title or a caption, the label goes with it)."""
    return [*(block.label.lines if block.label else []), *block.lines]


def _over(block: Block, photo: Photo) -> bool:
    return photo.image is not None and block.box.y1 <= photo.box.y0 + 2


def _figure(photo: Photo) -> Figure | None:
    """Title, caption and credit from the photo's blocks."""
    blocks = sorted(photo.blocks, key=lambda b: b.box.y0)
    title_lines: list[Line] = []
    while blocks and (_over(blocks[0], photo) or (blocks[0].role in HEADS and (
            blocks[0].box.y1 <= min((b.box.y0 for b in blocks[1:]), default=float("inf")) + 1))):
        title_lines += _printed_lines(blocks.pop(0))
    lines = [line for block in blocks for line in _printed_lines(block)]
    text = _caption_text([line.text for line in lines])
    credit = None
    found = photo_credit(text)
    if found and lines:
        start, words, names = found
        credit = Byline(lines[-1], words, "credit", names)
        text = text[:start].rstrip()
    elif lines and (byline_kind(lines[-1].text.strip()) == "credit"
                    or (len(lines) > 1 and _maker(lines[-1].text))):
        credit = Byline(lines[-1], lines[-1].text.strip(), "credit",
                        names_in(lines[-1].text))
        lines, text = lines[:-1], join_lines([line.text for line in lines[:-1]])
    if not text and credit is None and not title_lines and photo.image is None:
        return None
    caption = [Paragraph(lines, text)] if text else []
    title = Head(title_lines, role="title") if title_lines else None
    return Figure(caption=caption, credit=credit, title=title, image=photo.image)
