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

from teipress.segment.geometry.blocks import Block, overlap, ruled_apart, ruled_between
from teipress.segment.geometry.roles import HeadGroup
from teipress.segment.model import Box

# A head smaller than this share of the headline above it is a subhead of that article.
SUBHEAD_SHARE = 0.8
# An article's text goes on under or beside its last block within this many ems.
NEIGHBOUR_GAP = 3.0
# A picture's title stands within this many ems over it.
TITLE_GAP = 2.0
# A head's box may reach this share of its size into the text under it (its descent).
OVERHANG = 0.3
# A column starts within this many ems (of the head) under the foot of heads beside it.
LEVEL = 2.0
# A rule this close under a head (in ems of the head) underlines it; it separates nothing.
UNDERLINE = 0.8


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
    # a head group lying in another's region, set smaller, is that article's subhead
    for region in sorted(regions, key=lambda r: r.group.box.y0):
        above = _region_above(region.group.box, region.group.frame, regions, rules,
                              exclude=region)
        if any(_titles(region.group.box, picture, body) for picture in pictures):
            continue  # a head right over a picture titles it (or heads an article under it)
        if above is not None and region.group.size < SUBHEAD_SHARE * above.group.size:
            for block in region.group.blocks:
                block.role = "subhead"
                above.blocks.append(block)
                owner[id(block)] = above
            region.group = None
    regions = [region for region in regions if region.group is not None]
    # a frame holding one article's heads holds that article (its column rules divide nothing)
    for region in regions:
        frame = region.group.frame
        if frame is None or sum(r.group.frame == frame for r in regions) > 1:
            continue
        for block in blocks:
            if block.frame == frame and block.role != "head" and id(block) not in owner:
                region.blocks.append(block)
                owner[id(block)] = region
    orphans: list[Block] = []
    for block in sorted(blocks, key=lambda b: b.box.y0):
        if id(block) in owner or block.role == "head":
            continue
        region = _region_above(block.box, block.frame, regions, rules)
        if region is None:
            orphans.append(block)
            continue
        region.blocks.append(block)
        owner[id(block)] = region
    by_foot = sorted(blocks, key=lambda b: -b.box.y1)
    while orphans:  # each pass places the orphans next to a placed block
        left = []
        for block in orphans:
            region = _neighbour(block, by_foot, owner, regions, rules, body)
            if region is None:
                left.append(block)
            else:
                region.blocks.append(block)
                owner[id(block)] = region
        if len(left) == len(orphans):
            block = left.pop(0)  # none placed: the topmost starts an article of its own
            region = Region(None, [block])
            regions.append(region)
            owner[id(block)] = region
        orphans = left
    return regions


def _region_above(box: Box, frame: Box | None, regions: list[Region], rules: list[Box],
                  exclude: Region | None = None) -> Region | None:
    """The region whose heads stand nearest above the box, over it, in the same frame and
    not ruled off. A head set between them that reaches over the box at all (a headline over
    a picture, its text beside the picture) ends the higher one's region."""
    best, nearer = None, None
    for region in regions:
        if region is exclude or region.group is None or region.group.frame != frame:
            continue
        head = region.group.box
        if not _over(region.group, box):
            continue
        below_head = Box(head.x0, head.y1 + UNDERLINE * region.group.size, head.x1,
                         head.y1 + UNDERLINE * region.group.size)
        if ruled_apart(below_head, box, rules):
            continue
        share = overlap(head.x0, head.x1, box.x0, box.x1)
        if share >= 0.5 and (best is None or head.y1 > best.group.box.y1):
            best = region
        elif 0 < share < 0.5 and (nearer is None or head.y1 > nearer.group.box.y1):
            nearer = region
    if best is not None and nearer is not None and nearer.group.box.y0 > best.group.box.y1:
        return nearer
    if best is not None and any(_band_below(best, other, box, frame) for other in regions
                                if other is not exclude):
        return None  # placed beside the lower band's columns (_neighbour)
    return best


def _band_below(higher: Region, other: Region, box: Box, frame: Box | None) -> bool:
    """Another article's heads stand between the higher heads and the box, left of it, their
    foot level with its top: the box is a column of that lower band, not of the article
    whose wide heads stand far above."""
    if other is higher or other.group is None or other.group.frame != frame:
        return False
    head = other.group.box
    return (head.y0 > higher.group.box.y1 and head.x1 <= box.x0
            and -OVERHANG * other.group.size <= box.y0 - head.y1 <= LEVEL * other.group.size)


def _titles(head: Box, picture: Box, body: float) -> bool:
    return 0 <= picture.y0 - head.y1 + 2 <= TITLE_GAP * body and overlap(
        picture.x0, picture.x1, head.x0, head.x1) > 0.5


def _over(group: HeadGroup, box: Box) -> bool:
    """The heads stand over the box: a large face's box reaches below its baseline, into
    the white over the text under it."""
    head = group.box
    return head.y1 <= box.y0 + max(2.0, OVERHANG * group.size) and head.y0 < box.y0


def _beside(head: Box, box: Box, body: float) -> bool:
    """The box starts right of the heads, its top level with theirs (within two lines)."""
    return head.x1 <= box.x0 + 2 and head.y0 - 2 * body <= box.y0 <= head.y1 + 2 * body


def _neighbour(block: Block, blocks: list[Block], owner: dict[int, Region],
               regions: list[Region], rules: list[Box], body: float) -> Region | None:
    """The region of the block set right above this one in its column; else of heads with no
    text under them set left of it; else of the column right left of it, level with it (an
    article's columns start at one height); else of the head nearest above it that no rule
    cuts off (the article is wider than its headline); else of the block right beside it."""
    b = block.box
    gap = NEIGHBOUR_GAP * body
    for other in blocks:  # lowest first
        o = other.box
        if other is not block and 0 <= b.y0 - o.y1 <= gap and overlap(
                o.x0, o.x1, b.x0, b.x1) > 0.5:
            if id(other) in owner and not ruled_apart(o, b, rules):
                return owner[id(other)]
            break
    beside = [r for r in regions if r.group is not None and not r.blocks
              and r.group.frame == block.frame and _beside(r.group.box, b, body)
              and not ruled_between(r.group.box, b, rules)]
    if beside:  # heads set in a column of their own left of the text, no text under them
        return min(beside, key=lambda r: b.x0 - r.group.box.x1)
    for other in blocks:  # the article's column on the left, its top level with this one's
        o = other.box
        if id(other) in owner and abs(o.y0 - b.y0) <= block.size and (
                0 <= b.x0 - o.x1 <= gap) and not ruled_between(o, b, rules):
            return owner[id(other)]
    heads = [r for r in regions if r.group is not None and _over(r.group, b)
             and r.group.frame == block.frame and not ruled_apart(r.group.box, b, rules)]
    if heads:
        middle = (b.x0 + b.x1) / 2
        return min(heads, key=lambda r: (b.y0 - r.group.box.y1,
                                         abs(middle - (r.group.box.x0 + r.group.box.x1) / 2)))
    for other in blocks:
        o = other.box
        if id(other) not in owner or overlap(o.y0, o.y1, b.y0, b.y1) <= 0.5:
            continue
        if (0 <= b.x0 - o.x1 <= gap and not ruled_between(o, b, rules)) or (
                0 <= o.x0 - b.x1 <= gap and not ruled_between(b, o, rules)):
            return owner[id(other)]
    return None
