"""Article regions: which blocks of the page belong to which article.

An article is printed under its heads: every block below a head group, within its width and
not cut off from it by a rule or a frame, belongs to the nearest such group above it. A
smaller head inside that region is a subhead, not a new article. A block no head stands over
(the article turned a corner around a photo, went on in the next column) joins the article
printed right above it in its column, or the one beside it; failing both it is an article
of its own, with no headline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from teipress.segment.geometry import thresholds
from teipress.segment.geometry.blocks import HEADS, Block, overlap, ruled_apart, ruled_between
from teipress.segment.geometry.roles import HeadGroup, lone_byline
from teipress.segment.line_bylines import byline_kind, closer_length
from teipress.segment.model import Box
from teipress.segment.text import ends_sentence


class _Marks(NamedTuple):
    """What the page prints besides its text: rules (frames' sides too), the body size,
    the pictures."""

    rules: list[Box]
    body: float
    pictures: list[Box]


@dataclass
class Region:
    group: HeadGroup | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def box(self) -> Box:
        boxes = [block.box for block in self.blocks]
        if self.group is not None:
            boxes.append(self.group.box)
        box = boxes[0]
        for other in boxes[1:]:
            box = box.union(other)
        return box


def find_regions(groups: list[HeadGroup], blocks: list[Block], rules: list[Box],
                 body: float, pictures: list[Box]) -> list[Region]:
    """Each head group's region with its blocks; blocks under no head join a neighbour."""
    regions = [Region(group) for group in groups]
    owner: dict[int, Region] = {}
    # a head lying in another's region, set smaller, is that article's subhead (heads
    # stacked with a kicker or subtitle head an article of their own)
    for region, group in sorted(zip(regions, groups, strict=True), key=lambda pair: pair[1].box.y0):
        above = _region_above(group.box, group.frame, regions, rules, exclude=region)
        if any(_titles(group.box, picture, body) for picture in pictures):
            continue  # a head right over a picture titles it (or heads an article under it)
        if (above is not None and above.group is not None and len(group.blocks) == 1
                and group.size < thresholds.SUBHEAD_SHARE * above.group.size
                and not _across_columns(group, blocks)
                and not _heads_beside_text(group, blocks)):
            for block in group.blocks:
                block.role = "subhead"
                above.blocks.append(block)
                owner[id(block)] = above
            region.group = None
    headed = [(region, region.group) for region in regions if region.group is not None]
    regions = [region for region, _ in headed]
    # a frame holding one article's heads holds that article (its column rules divide nothing)
    for region, group in headed:
        frame = group.frame
        if frame is None or sum(other.frame == frame for _, other in headed) > 1:
            continue
        for block in blocks:
            if block.frame == frame and block.role != "head" and id(block) not in owner:
                region.blocks.append(block)
                owner[id(block)] = region
    orphans: list[Block] = []
    for block in sorted(blocks, key=lambda b: b.box.y0):
        if id(block) in owner or block.role == "head":
            continue
        found = _region_above(block.box, block.frame, regions, rules)
        if found is None or _goes_on_elsewhere(block, found, blocks, owner, rules, body):
            orphans.append(block)
            continue
        found.blocks.append(block)
        owner[id(block)] = found
    _place_orphans(orphans, blocks, owner, regions, _Marks(rules, body, pictures))
    return regions


def _across_columns(group: HeadGroup, blocks: list[Block]) -> bool:
    """The head runs over two columns of text or more set right under it: an article's
    headline over its columns. A subhead stands in its column, over that column's text."""
    head = group.box
    under = [block.box for block in blocks if block.role not in ("head", "subhead")
             and -2 <= block.box.y0 - head.y1 <= thresholds.LEVEL * group.size
             and overlap(block.box.x0, block.box.x1, head.x0, head.x1) > 0.5]
    columns: list[Box] = []
    for box in sorted(under, key=lambda box: box.x0):
        if all(box.x0 >= other.x1 - 2 for other in columns):
            columns.append(box)
    return len(columns) >= 2 and head.x1 >= columns[1].x0


def _heads_beside_text(group: HeadGroup, blocks: list[Block]) -> bool:
    """Heads set in a column of their own, nothing under them in it, their text's columns
    starting level with them on the right: an article's heads beside its text. A subhead
    stands over its column's text."""
    head = group.box
    size = group.size
    under = any(block.role not in ("head", "subhead")
                and 0 <= block.box.y0 - head.y1 <= thresholds.LEVEL * size
                and overlap(block.box.x0, block.box.x1, head.x0, head.x1) > 0.5
                for block in blocks)
    return not under and any(block.role not in ("head", "subhead")
                             and 0 <= block.box.x0 - head.x1 <= thresholds.LEVEL * size
                             and abs(block.box.y0 - head.y0) <= size for block in blocks)


def _goes_on_elsewhere(block: Block, found: Region, blocks: list[Block],
                       owner: dict[int, Region], rules: list[Box], body: float) -> bool:
    """The text right above the block in its column is not the found region's (no head's,
    or another article's): the column goes on from there, not from heads further up."""
    b = block.box
    above = [other for other in blocks if other is not block and other.role != "head"
             and -2 <= b.y0 - other.box.y1 <= thresholds.NEIGHBOUR_GAP * body
             and overlap(other.box.x0, other.box.x1, b.x0, b.x1) > 0.5]
    if not above:
        return False
    nearest = max(above, key=lambda other: other.box.y1)
    between = Box(b.x0, nearest.box.y1, b.x1, b.y0)
    if any(other.role == "head" and between.y0 - 1 <= other.box.y0 <= between.y1 + 1
           and overlap(other.box.x0, other.box.x1, b.x0, b.x1) > 0 for other in blocks):
        return False  # a head stands between: the text under it is its own
    return owner.get(id(nearest)) is not found and not ruled_apart(nearest.box, b, rules)


def _place_orphans(orphans: list[Block], blocks: list[Block], owner: dict[int, Region],
                   regions: list[Region], marks: _Marks) -> None:
    """Blocks under no head join a neighbour's region; failing that, the topmost starts an
    article of its own (added to ``regions``), as a label on a bar does at once."""
    by_foot = sorted(blocks, key=lambda b: -b.box.y1)
    for block in [block for block in orphans if _heads_a_box(block, blocks, marks)
                  or _labels_pictures(block, marks)]:
        region = Region(None, [block])
        regions.append(region)
        owner[id(block)] = region
        orphans.remove(block)
    while orphans:  # each pass places the orphans next to a placed block
        left = _place_beside(orphans, by_foot, owner, regions, marks, near=True)
        if len(left) == len(orphans):  # none beside a placed column: heads over them count
            left = _place_beside(orphans, by_foot, owner, regions, marks, near=False)
        if len(left) == len(orphans):
            block = left.pop(0)  # none placed: the topmost starts an article of its own
            region = Region(None, [block])
            regions.append(region)
            owner[id(block)] = region
        orphans = left


def _place_beside(orphans: list[Block], blocks: list[Block], owner: dict[int, Region],
                  regions: list[Region], marks: _Marks, near: bool) -> list[Block]:
    """Place each orphan with its neighbour's region (``_neighbour``); those left. Near:
    only by the text and pictures around it, so that a column level with a column not yet
    placed waits for it rather than going to heads standing far over both."""
    left: list[Block] = []
    for block in orphans:
        found = _neighbour(block, blocks, owner, regions, marks, near)
        if found is None:
            left.append(block)
        else:
            found.blocks.append(block)
            owner[id(block)] = found
    return left


def _heads_a_box(block: Block, blocks: list[Block], marks: _Marks) -> bool:
    """A label on a bar drawn across its column, the bar twice as wide as the label or more,
    at the column's top (茶讯 on a tint over a box of briefs): it heads the box under it,
    whatever stands beside. A subhead's bar is drawn round its words, or the column's text
    goes on right over it."""
    bar, b = block.bar, block.box
    if bar is None or block.role not in HEADS or (
            bar.x1 - bar.x0 < thresholds.BAR_WIDTH * (b.x1 - b.x0)):
        return False
    gap = thresholds.NEIGHBOUR_GAP * marks.body
    return not any(other is not block and -2 <= b.y0 - other.box.y1 <= gap
                   and overlap(other.box.x0, other.box.x1, b.x0, b.x1) > 0.5
                   and not ruled_apart(other.box, b, marks.rules) for other in blocks)


def _labels_pictures(block: Block, marks: _Marks) -> bool:
    """A one-line head set right over a picture, under no head of its own (图片新闻 over a
    strip of news photos): it labels the pictures, however close the column of text over it
    ends; it starts a region of its own, not the text's."""
    return block.role in HEADS and len(block.lines) == 1 and _titling(
        block.box, marks.pictures, marks.body)


def _region_above(box: Box, frame: Box | None, regions: list[Region], rules: list[Box],
                  exclude: Region | None = None) -> Region | None:
    """The region whose heads stand nearest above the box, over it, in the same frame and
    not ruled off. A head set between them that reaches over the box at all (a headline over
    a picture, its text beside the picture) ends the higher one's region."""
    best: tuple[Region, Box] | None = None  # a region and its heads' box
    nearer: tuple[Region, Box] | None = None
    for region in regions:
        group = region.group
        if region is exclude or group is None or group.frame != frame:
            continue
        head = group.box
        if not _over(group, box):
            continue
        below_head = Box(head.x0, head.y1 + thresholds.UNDERLINE * group.size, head.x1,
                         head.y1 + thresholds.UNDERLINE * group.size)
        if ruled_apart(below_head, box, rules):
            continue
        share = overlap(head.x0, head.x1, box.x0, box.x1)
        if share >= 0.5 and (best is None or head.y1 > best[1].y1):
            best = (region, head)
        elif 0 < share < 0.5 and (nearer is None or head.y1 > nearer[1].y1):
            nearer = (region, head)
    if best is not None and nearer is not None and nearer[1].y0 > best[1].y1:
        return nearer[0]
    if best is not None and any(_band_below(best[0], other, box, frame) for other in regions
                                if other is not exclude):
        return None  # placed beside the lower band's columns (_neighbour)
    return best[0] if best is not None else None


def _band_below(higher: Region, other: Region, box: Box, frame: Box | None) -> bool:
    """Another article's heads stand between the higher heads and the box, left of it, their
    foot (or, heads set beside their columns, their top) level with its top: the box is a
    column of that lower band, not of the article whose wide heads stand far above."""
    if other is higher or other.group is None or higher.group is None \
            or other.group.frame != frame:
        return False
    head = other.group.box
    size = other.group.size
    return head.y0 > higher.group.box.y1 and head.x1 <= box.x0 and (
        -thresholds.OVERHANG * size <= box.y0 - head.y1 <= thresholds.LEVEL * size
        or abs(box.y0 - head.y0) <= size)


def _dividing(rules: list[Box], region: Region) -> list[Box]:
    """The rules that may divide the region from what stands beside it: not those like the
    rules between its own columns (one article's column rules run one height)."""
    inside = [rule for rule in rules if rule.y1 - rule.y0 > rule.x1 - rule.x0 and any(
        ruled_between(left.box, right.box, [rule]) for left in region.blocks
        for right in region.blocks)]
    return [rule for rule in rules if not any(
        abs(rule.y0 - other.y0) <= 2 and abs(rule.y1 - other.y1) <= 2 for other in inside)]


def _titles(head: Box, picture: Box, body: float) -> bool:
    return 0 <= picture.y0 - head.y1 + 2 <= thresholds.TITLE_GAP * body and overlap(
        picture.x0, picture.x1, head.x0, head.x1) > 0.5


def _over(group: HeadGroup, box: Box) -> bool:
    """The heads stand over the box: a large face's box reaches below its baseline, into
    the white over the text under it."""
    head = group.box
    return head.y1 <= box.y0 + max(2.0, thresholds.OVERHANG * group.size) and head.y0 < box.y0


def _beside(head: Box, box: Box, body: float) -> bool:
    """The box starts right of the heads, its top level with theirs (within two lines)."""
    return head.x1 <= box.x0 + 2 and head.y0 - 2 * body <= box.y0 <= head.y1 + 2 * body


def _column_between(head: Box, block: Block, blocks: list[Block]) -> bool:
    """Text stands between the heads and the block, level with it: the heads' first column
    is that one, and the block goes on from it (or is another article's)."""
    b = block.box
    return any(other is not block and other.role != "head" and head.x1 - 2 <= other.box.x0
               and other.box.x1 <= b.x0 + 2 and overlap(other.box.y0, other.box.y1, b.y0, b.y1) > 0
               for other in blocks)


def _titling(head: Box, pictures: list[Box], body: float) -> bool:
    """The heads stand right over a picture: its title (or the headline of the text under
    it), never a column of heads beside the text."""
    return any(_titles(head, picture, body) for picture in pictures)


def _boxed_label(block: Block) -> bool:
    """A line in a box of its own (a column's label printed in a tint): its box's foot
    divides nothing from the column under it."""
    return block.frame is not None and len(block.lines) == 1 and (
        block.frame.y1 - block.frame.y0 < 2 * (block.box.y1 - block.box.y0))


def _no_text(region: Region) -> bool:
    """Nothing but heads, or heads and the reporters' or the author's line set under them in
    their column (本报记者 某某, a commentary's □ 某某): their text is set beside them."""
    return all(len(block.lines) <= 2 and (byline_kind(block.text.strip()) == "lead"
                                          or lone_byline(block.text))
               for block in region.blocks)


def _closing_byline(block: Block) -> bool:
    """A reporter's name in brackets on a line of its own (（通讯员 某某）, set flush right),
    or a notice's issuer over the date it was issued (公司工会 / 2026年8月10日, flush right):
    it closes the text right over it, however short that text's last line."""
    if len(block.lines) == 2 and closer_length([line.text for line in block.lines]) == 2:
        return True
    return len(block.lines) == 1 and byline_kind(block.text.strip()) == "trail"


def _open_right(text: Block, byline: Block, blocks: list[Block]) -> bool:
    """Nothing stands between the text's last line and the byline set under it far to the
    right (a box's one-line briefs, the last one's reporter flush right under it at the
    box's edge): no other block beside the text, over the byline."""
    t, b = text.box, byline.box
    return not any(other is not text and other is not byline
                   and overlap(other.box.x0, other.box.x1, t.x1, b.x1) > 0
                   and other.box.x1 > t.x1 and other.box.y1 > t.y0 and other.box.y0 < b.y0
                   for other in blocks)


def _column_level(head: Box, block: Block, blocks: list[Block]) -> bool:
    """The block's column starts level with the heads (a label over briefs beside a titled
    photo): the heads stand beside that column, not over it."""
    b = block.box
    return any(other is not block and overlap(other.box.x0, other.box.x1, b.x0, b.x1) > 0.5
               and other.box.y1 <= b.y0 + 2 and head.y0 - 2 <= other.box.y0 <= head.y1
               for other in blocks)


def _neighbour(block: Block, blocks: list[Block], owner: dict[int, Region],
               regions: list[Region], marks: _Marks, near: bool = False) -> Region | None:
    """The region of the block set right above this one in its column (a reporter's closing
    line: the text right over it); else of heads with no text under them (a byline at most)
    set left of it; else of the column right left of it, level with it (an article's columns
    start at one height); else of the head nearest above it that no rule cuts off (the
    article is wider than its headline); else of the block right beside it; else of the
    column left of it across a rule (``_column_left``). Near: the first five only: the
    column left of it whose sentence it goes on (``_runs_on_from_left``) is the fourth."""
    rules, body, pictures = marks
    b = block.box
    gap = thresholds.NEIGHBOUR_GAP * body
    closing = _closing_byline(block)
    for other in blocks:  # lowest first
        o = other.box
        if other is not block and -2 <= b.y0 - o.y1 <= gap and (overlap(
                o.x0, o.x1, b.x0, b.x1) > 0.5 or (closing and o.x0 <= b.x0 and (
                    b.x0 <= o.x1 + gap or _open_right(other, block, blocks)))):
            if _boxed_label(other) or not (ruled_apart(o, b, rules)
                                           or _starts_a_band(block, owner.get(id(other)),
                                                             regions)):
                # it goes with the block over it (a label boxed over its column), once placed
                return owner.get(id(other))
            break
    # the regions with heads in the block's frame, each with its heads' box
    headed = [(r, group, group.box) for r in regions
              if (group := r.group) is not None and group.frame == block.frame]
    beside = [(r, head) for r, _, head in headed if _no_text(r) and _beside(head, b, body)
              and not ruled_between(head, b, rules) and not _titling(head, pictures, body)
              and not _column_between(head, block, blocks)]
    if beside:  # heads set in a column of their own left of the text, no text under them
        return min(beside, key=lambda pair: b.x0 - pair[1].x1)[0]
    for other in blocks:  # the article's column on the left, its top level with this one's
        o = other.box
        if id(other) in owner and abs(o.y0 - b.y0) <= block.size and (
                0 <= b.x0 - o.x1 <= gap) and not ruled_between(
                o, b, _dividing(rules, owner[id(other)])):
            return owner[id(other)]
    found = _runs_on_from_left(block, blocks, owner, gap, rules)
    if found is not None:
        return found
    found = _picture_left(block, regions, marks)
    if found is not None or near:
        return found
    heads = [(r, head) for r, group, head in headed
             if _over(group, b) and not ruled_apart(head, b, rules)
             and not _column_level(head, block, blocks)]
    if heads:  # the heads over some of its width first, then the nearest
        middle = (b.x0 + b.x1) / 2
        return min(heads, key=lambda pair: (overlap(pair[1].x0, pair[1].x1, b.x0, b.x1) == 0,
                                            b.y0 - pair[1].y1,
                                            abs(middle - (pair[1].x0 + pair[1].x1) / 2)))[0]
    for other in blocks:
        o = other.box
        if id(other) not in owner or overlap(o.y0, o.y1, b.y0, b.y1) <= 0.5:
            continue
        if (0 <= b.x0 - o.x1 <= gap and not ruled_between(o, b, rules)) or (
                0 <= o.x0 - b.x1 <= gap and not ruled_between(b, o, rules)):
            return owner[id(other)]
    return _column_left(block, blocks, owner, gap)


def _starts_a_band(block: Block, above: Region | None, regions: list[Region]) -> bool:
    """Another article's heads stand left of the block, level with its top, under the heads
    of the region of the text over it (``_band_below``): the block is a column of that lower
    band, set under the upper article's column across the white between the bands."""
    return above is not None and any(_band_below(above, other, block.box, block.frame)
                                     for other in regions)


def _runs_on_from_left(block: Block, blocks: list[Block], owner: dict[int, Region],
                       gap: float, rules: list[Box]) -> Region | None:
    """The column right left of the block, level with it, ends (its blocks followed down
    to its foot) in the middle of a sentence, and the block's first line opens with no
    indent: the text runs on into it, across the column rule some layouts draw between one
    article's columns."""
    b = block.box
    if block.lines[0].placed.x0 > b.x0 + block.size / 2:
        return None  # an indented first line opens a paragraph of its own
    beside = [other for other in blocks if id(other) in owner
              and 0 <= b.x0 - other.box.x1 <= gap and overlap(
                  other.box.y0, other.box.y1, b.y0, b.y1) > 0.5]
    if not beside:
        return None
    foot = _column_foot(min(beside, key=lambda other: other.box.y0), blocks, owner, gap, rules)
    return None if ends_sentence(foot.lines[-1].text) else owner[id(foot)]


def _column_foot(top: Block, blocks: list[Block], owner: dict[int, Region], gap: float,
                 rules: list[Box]) -> Block:
    """The last block of the column going down from ``top``: each next one set right under
    the one before, in its column and its region, no rule between them."""
    foot = top
    while True:
        under = [other for other in blocks if id(other) in owner
                 and owner[id(other)] is owner[id(foot)] and other.box.y0 > foot.box.y0
                 and -2 <= other.box.y0 - foot.box.y1 <= gap
                 and overlap(other.box.x0, other.box.x1, foot.box.x0, foot.box.x1) > 0.5
                 and not ruled_apart(foot.box, other.box, rules)]
        if not under:
            return foot
        foot = min(under, key=lambda other: other.box.y0)


def _picture_left(block: Block, regions: list[Region], marks: _Marks) -> Region | None:
    """The region of the heads over a picture on the left, its top level with the column's."""
    b = block.box
    for picture in marks.pictures:
        if abs(picture.y0 - b.y0) <= 2 * block.size \
                and 0 <= b.x0 - picture.x1 <= thresholds.NEIGHBOUR_GAP * marks.body \
                and not ruled_between(picture, b, marks.rules):
            found = _region_above(picture, block.frame, regions, marks.rules)
            if found is not None:
                return found
    return None


def _column_left(block: Block, blocks: list[Block], owner: dict[int, Region], gap: float
                 ) -> Region | None:
    """A column no head stands over goes on from the column right left of it, its top level
    with this one's, across the rule between them, where that column's heads are set beside
    it: a headline set left of its columns, ruled apart like the page's."""
    b = block.box
    for other in blocks:
        o = other.box
        if id(other) not in owner or abs(o.y0 - b.y0) > block.size or not 0 <= b.x0 - o.x1 <= gap:
            continue
        group = owner[id(other)].group
        if group is not None and _beside(group.box, o, block.size):
            return owner[id(other)]
    return None
