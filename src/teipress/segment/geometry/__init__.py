"""Segmentation from geometry: a page read from its PDF (``decode.pdf``) → the page model.

``PDF_PASSES`` are the reader's passes over one :class:`GeometryState`, in order, each
drawing on its own module:

1. ``furniture``: the text path's furniture rules, over the lines in printed order, in the
   page's head and foot bands (``masthead`` for a front page's);
2. ``blocks``: lines chained into blocks (one column, one size, one frame); the body size;
3. ``roles``: each block a head, subhead, label, body or small text, against the body size;
   head groups (kicker, headline, subtitle);
4. ``photos``: pictures and credited frames with their captions, credits and titles;
5. ``regions``: the blocks under each head group, and the blocks no head stands over;
6. ``articles`` (``order`` and ``paragraphs``): each region's blocks in reading order (down
   the columns), into paragraphs, subheads and bylines; the articles and photos in page order;
7. ``lists``: lists and tables in the articles' text made blocks (``segment/lists.py``).

What the text says (bylines, credits, datelines, end marks, jump lines) is read with the
text path's patterns, so both readers agree on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from teipress.segment import thresholds as text_thresholds
from teipress.segment.datelines import take_dateline
from teipress.segment.furniture import (
    another_page_number,
    find_furniture,
    first_page_number,
    parse_furniture_line,
    take_furniture,
)
from teipress.segment.geometry import thresholds
from teipress.segment.geometry.blocks import (
    HEADS,
    Block,
    build_blocks,
    commonest_size,
    frame_edges,
    frame_of,
    overlap,
    unbar,
)
from teipress.segment.geometry.masthead import (
    dotted_section,
    in_bands,
    in_folio_row,
    masthead_items,
    over_folio,
)
from teipress.segment.geometry.order import reading_order
from teipress.segment.geometry.paragraphs import ColumnEdges, flush_entries, pieces
from teipress.segment.geometry.photos import Photo, find_photos
from teipress.segment.geometry.regions import Region, find_regions
from teipress.segment.geometry.roles import classify, find_labels, head_groups
from teipress.segment.geometry.state import GeometryState
from teipress.segment.lists import BOOK_CREDIT, article_blocks
from teipress.segment.model import (
    Article,
    Box,
    Byline,
    Figure,
    FurnitureItem,
    Head,
    Line,
    Page,
    Paragraph,
    Section,
)
from teipress.segment.passes import Pass, run_passes
from teipress.segment.patterns import BRIEF_MARKS, DATELINE, is_column_label
from teipress.segment.text import ends_sentence

if TYPE_CHECKING:
    from teipress.decode.pdf import PdfPage

__all__ = ["segment_pdf_page"]


def take_page_furniture(state: GeometryState) -> None:
    """Folio, masthead and editors line, from the page's head and foot bands."""
    pdf_page, page, paper_title = state.pdf, state.page, state.paper_title
    lines = sorted((line for line in pdf_page.lines if line.text.strip()),
                   key=lambda line: (line.placed.y0, line.placed.x0))
    # furniture is printed in the page's head and foot bands, never amid the articles (a
    # chart's 制图 credit halfway down is the chart's)
    height = pdf_page.size[1]
    banded = in_bands(lines, pdf_page.rules, pdf_page.size, thresholds.FURNITURE_BAND)
    found, taken = find_furniture(banded, paper_title)
    masthead = _masthead(banded, found, taken, paper_title, height)
    if masthead:  # in printed order, top down
        found = sorted(found + masthead, key=lambda pair: (pair[0].placed.y0, pair[0].placed.x0))
    in_band = {id(line) for line in banded}
    for line in lines:  # amid the page only a whole editors line is furniture (short pages)
        if id(line) in in_band:
            continue
        items = parse_furniture_line(line.text, paper_title, at_edge=False)
        if items:
            found.append((line, items))
            taken.add(line.number)
    for line, items in found:
        for item in items:
            item.box = line.box
        take_furniture(page, line, items)
    state.lines = [line for line in lines if line.number not in taken]


def find_blocks(state: GeometryState) -> None:
    """Lines chained into blocks; the body text's size, that of the running columns."""
    pdf_page = state.pdf
    if not state.lines:
        return
    state.blocks = build_blocks(state.lines, pdf_page.rules, pdf_page.frames)
    unbar(state.blocks, pdf_page.frames)
    # the body size is running text's: columns of several lines (a page of photos has more
    # characters in its captions than in its one article)
    running = [line for block in state.blocks if len(block.lines) >= thresholds.RUNNING_LINES
               for line in block.lines]
    state.body = commonest_size(running or state.lines)
    state.page.explain(f"body text: {state.body:g} pt; {len(state.lines)} lines, "
                       f"{len(pdf_page.rules)} rules, {len(pdf_page.frames)} frames, "
                       f"{len(pdf_page.images)} pictures")
    if pdf_page.rotated:
        state.page.explain(f"{pdf_page.rotated} lines set at an angle, read along their baseline")


def find_roles(state: GeometryState) -> None:
    """Each block a head, subhead, label, body or small text; heads stacked into groups."""
    classify(state.blocks, state.body)
    find_labels(state.blocks, state.body)
    state.blocks = [block for block in state.blocks if block.role != "label"]  # now held
    state.groups = head_groups(state.blocks)


def take_photos(state: GeometryState) -> None:
    """Pictures and credited frames, with the blocks that caption, credit and title them."""
    if not state.blocks:
        return  # a page with nothing but its furniture to read
    pdf_page = state.pdf
    # a head set with others (a headline's kicker or subtitle) is no photo's title
    stacked = {id(block) for group in state.groups if len(group.blocks) > 1
               for block in group.blocks}
    state.photos = find_photos(pdf_page.images, pdf_page.frames,
                               [block for block in state.blocks if id(block) not in stacked],
                               state.body, pdf_page.rules)
    in_photos = {id(block) for photo in state.photos for block in photo.blocks}
    state.blocks = [block for block in state.blocks if id(block) not in in_photos]
    state.groups = [group for group in state.groups
                    if not any(id(block) in in_photos for block in group.blocks)]


def find_article_regions(state: GeometryState) -> None:
    """The blocks under each head group, set apart by rules, frames and white space."""
    if not state.blocks:
        return
    state.frames = _article_frames(state.blocks, state.pdf.frames, state.photos)
    regions = find_regions(state.groups, state.blocks,
                           state.pdf.rules + frame_edges(state.frames), state.body,
                           [photo.box for photo in state.photos if photo.image is not None])
    state.regions = _photo_titles(regions, state.photos, state.body)
    for photo in state.photos:
        _series_label(photo.as_figure, state.page)


def read_articles(state: GeometryState) -> None:
    """Each region's blocks in reading order, into an article; articles and photos in page
    order, numbered."""
    if not state.blocks:
        return
    body_items = _articles(state.regions, state.photos, ColumnEdges(state.blocks), state.page)
    _number(body_items)
    state.page.body = [item for item, _box in body_items]


def take_lists(state: GeometryState) -> None:
    """Lists and tables (entries one a line, rows of cells) in the articles' text made blocks
    of their own (segment/lists.py, as on the text path)."""
    edges = ColumnEdges(state.blocks)
    for item in state.page.body:
        if isinstance(item, Article):
            article_blocks(item)
            item.paragraphs = flush_entries(item.paragraphs, edges)
            for section in item.sections:
                section.paragraphs = flush_entries(section.paragraphs, edges)
            for paragraph in item.body_paragraphs:
                if _book_data(paragraph):
                    paragraph.block = "list"
                    paragraph.rows = [[line.text.strip()] for line in paragraph.lines]


def _book_data(paragraph: Paragraph) -> bool:
    """A book's credit line set apart from the text (a new-book notice's 某某 著  某某 译), or
    the book's data block over or under a review (《书名》 / 某某 著 / the publisher and date /
    the price), one item a line: a list, no paragraph; no line of it ends a sentence."""
    return paragraph.block is None and any(
        BOOK_CREDIT.fullmatch(line.text.strip()) for line in paragraph.lines) and not any(
        ends_sentence(line.text) for line in paragraph.lines)


PDF_PASSES: tuple[Pass[GeometryState], ...] = (
    Pass("furniture", take_page_furniture),
    Pass("blocks", find_blocks),
    Pass("roles", find_roles),
    Pass("photos", take_photos),
    Pass("regions", find_article_regions),
    Pass("articles", read_articles),
    Pass("lists", take_lists),
)


def segment_pdf_page(pdf_page: PdfPage, paper_title: str = "") -> Page:
    """Read one page from the lines, rules, frames and pictures of its PDF."""
    state = GeometryState(pdf_page, paper_title, Page(size=pdf_page.size))
    run_passes(state, PDF_PASSES)
    return state.page


def _masthead(banded: list[Line], found: list[tuple[Line, list[FurnitureItem]]],
              taken: set[int], paper_title: str, height: float
              ) -> list[tuple[Line, list[FurnitureItem]]]:
    """The head band's lines that are a front page's masthead (``masthead``), top down: each
    may stand beside the folio line found before it. A section's name of two words joined by
    a dot in the folio's row (要闻·丰收节, often reversed out of a bar) is the section before a
    single word the date line ends in (星期二 秋分: the day's solar term or festival), which
    is left to the masthead. The page has one page number: one the masthead gives besides the
    folio's (the issue's 今日 12 版, a weather line's 2 级 wrapped onto the folio row) is the
    masthead's text, as the text path keeps a second number off the folio."""
    folio = [line for line, _items in found]
    more: list[tuple[Line, list[FurnitureItem]]] = []
    for line in banded:
        if line.number in taken or line.placed.y0 >= thresholds.FURNITURE_BAND * height:
            continue
        headers = [item for _line, items in found + more for item in items
                   if item.kind == "header"]
        beside = in_folio_row(line, folio) or over_folio(line, folio)
        dotted = beside and dotted_section(line.text) and not any(
            dotted_section(item.text) for item in headers)
        items = masthead_items(line.text, paper_title, beside, not headers or dotted)
        if items and dotted and any(item.kind == "header" for item in items):
            for item in headers:
                item.kind = "masthead"
        number = first_page_number(found + more)
        for item in items or []:
            if another_page_number(item, number):
                item.kind = "masthead"
        if items:
            more.append((line, items))
            taken.add(line.number)
            folio.append(line)
    return more


def _photo_titles(regions: list[Region], photos: list[Photo], body: float) -> list[Region]:
    """A head with no text under it, set right over a picture that has no title, titles
    the picture (图片新闻)."""
    kept = []
    for region in regions:
        group = region.group
        photo = None
        if group is not None and not region.blocks:
            head = group.box
            photo = next((p for p in photos if p.as_figure.title is None
                          and 0 <= p.box.y0 - head.y1 + 2 <= thresholds.TITLE_GAP * body
                          and overlap(p.box.x0, p.box.x1, head.x0, head.x1) > 0.5), None)
        if group is None or photo is None:
            kept.append(region)
            continue
        # the heads as printed, top to bottom (a label such as 图片故事 over the title: TEI
        # keeps no loose text between articles, so it stays with its photo)
        photo.as_figure.title = Head([line for b in sorted(group.blocks, key=lambda b: b.box.y0)
                                      for line in b.lines], "title")
    return kept


def _series_label(figure: Figure, page: Page) -> None:
    """A word or two set smaller over a photo's title (图片故事 over a photo series) labels
    the page's column of photos: it is no part of the title (fw ``label``)."""
    title = figure.title
    if title is None or len(title.lines) < 2:
        return
    first, rest = title.lines[0], title.lines[1:]
    smallest = min(line.size for line in rest)
    if _label_text(first.text) and first.size < thresholds.LABEL_SIZE * smallest:
        _take_label(page, Head([first]))
        title.lines = rest


def _article_frames(blocks: list[Block], frames: list[Box], photos: list[Photo]) -> list[Box]:
    """The frames that set an article apart: those holding heads of their own, or photos.
    A frame around one piece of an article (a lead, a quotation pulled out) is part of the
    article it stands in: its blocks are read as if it were not drawn."""
    keep = [frame for frame in frames
            if any(b.frame == frame and b.role in HEADS for b in blocks)
            or any(photo.box == frame for photo in photos)]
    for block in blocks:
        if block.frame is not None and block.frame not in keep:
            block.frame = frame_of(block.box, keep)
    return keep


def _articles(regions: list[Region], photos: list[Photo], edges: ColumnEdges, page: Page
              ) -> list[tuple[Article | Figure, Box]]:
    placed: list[tuple[Article | Figure, Box]] = []
    homes: dict[int, Article] = {}
    found = [(region, _stacked(_article(region, edges, page))) for region in regions]
    labels = _column_labels(found, page, [photo.box for photo in photos if photo.image])
    for region, articles in found:
        if not articles or id(region) in labels:
            continue
        article = articles[0]
        placed += [(each, region.box) for each in articles]
        body = _body_box(region.blocks)
        for photo in photos:
            if body is not None and id(photo) not in homes and _within(photo.box, body):
                article.figures.append(photo.as_figure)
                homes[id(photo)] = article
    for photo in photos:
        if id(photo) not in homes:
            placed.append((photo.as_figure, photo.box))
    return reading_order(placed, lambda pair: pair[1], columns_first=False)


def _article(region: Region, edges: ColumnEdges, page: Page) -> Article | None:
    ordered = _block_order(region.blocks)
    # captions come from where text stands by a picture (photos.py), never from a credit's
    # neighbour in the column as in the text path
    items = pieces(ordered, edges)
    article = Article()
    if region.group is not None:
        article.kicker, article.headline, article.subtitle = region.group.heads()
    elif not items:
        return None
    section: Section | None = None
    for item in items:
        if isinstance(item, Head):
            section = Section(item)
            article.sections.append(section)
        elif isinstance(item, Figure):
            article.figures.append(item)
        elif isinstance(item, Byline):
            if item.kind == "lead" and not (article.paragraphs or article.sections):
                article.bylines.append(item)
            elif item.kind == "credit":
                article.figures.append(Figure(caption=[], credit=item))
            else:
                article.trailing.append(item)
        elif item.label is not None and article.lead is None and not (
                article.paragraphs or article.sections):
            article.lead = item  # a labelled paragraph over the text: the lead (导语)
        elif item.label is not None:  # a label further down opens a part of the article
            section = Section(item.label, [Paragraph(item.lines, item.text, item.open)])
            article.sections.append(section)
        elif section is not None:
            section.paragraphs.append(item)
        else:
            article.paragraphs.append(item)
    _heads_before_text(article)
    take_dateline(article)
    where = region.box
    page.explain(f"article at ({where.x0:.0f}, {where.y0:.0f}): "
                 + (f"“{article.headline.text}”" if article.headline else "no headline")
                 + f", {len(region.blocks)} blocks")
    return article


def _stacked(article: Article | None) -> list[Article]:
    """An article and the briefs stacked under it in one flow: a paragraph opening with a
    dateline of its own (本报讯（记者 …）) starts the next story, with no head."""
    if article is None:
        return []
    if article.sections:
        return _marked_briefs(article)
    if len(article.paragraphs) < 2:
        return [article]
    signed = _signed_items(article)
    if signed:
        return signed
    out = [article]
    paragraphs, article.paragraphs = article.paragraphs, article.paragraphs[:1]
    trailing, article.trailing = article.trailing, []
    for paragraph in paragraphs[1:]:
        if DATELINE.match(paragraph.text):
            out.append(Article(paragraphs=[paragraph]))
        else:
            out[-1].paragraphs.append(paragraph)
    for byline in trailing:  # a trailing byline closes the story printed over it
        home = max((a for a in out if a.paragraphs[0].first_line <= byline.first_line),
                   key=lambda a: a.paragraphs[0].first_line, default=out[-1])
        home.trailing.append(byline)
    for each in out[1:]:
        take_dateline(each)
    return out


def _signed_items(article: Article) -> list[Article]:
    """Short items printed one under another with no heads of their own, each closed by its
    writer's signature on a line of its own (a column of readers' messages or letters: …
    ——西吉县 某某): each item an article, its signature its trailing byline; a word or two
    over them is the column's label (``_over_briefs``). [] where the text is no such column:
    a story closed by one byline, or signed lines that do not each close paragraphs of their
    own."""
    trailing = sorted(article.trailing, key=lambda byline: byline.first_line)
    if len(trailing) < 2 or not all(byline.kind == "trail" and byline.names
                                    for byline in trailing) or (
            article.kicker or article.subtitle or article.bylines or article.dateline
            or article.lead or article.figures) or (
            article.headline is not None and not _label_text(article.headline.text)):
        return []
    items: list[Article] = []
    rest = article.paragraphs
    for byline in trailing:
        signed = [paragraph for paragraph in rest if paragraph.first_line < byline.first_line]
        if not signed or signed != rest[:len(signed)]:
            return []
        items.append(Article(paragraphs=signed, trailing=[byline]))
        rest = rest[len(signed):]
    if rest:
        return []
    items[0].headline = article.headline
    return items


def _marked_briefs(article: Article) -> list[Article]:
    """Briefs set under a story with no column label over them, each under its mark head
    (■…): from the first mark head over a brief's dateline (or the story's own headline, a
    mark head over one) on, every part is headed by a mark and runs a few paragraphs at
    most: each is a brief of its own, its head the headline, its closing byline its own. A
    story's subheads set with a mark (■ 审批提速…) open no dateline; a head over the briefs
    and no text of its own is their column's label (``_briefs_under_label``)."""
    sections = article.sections
    if _marked(article.headline) and article.dateline is not None:
        start = 0
    else:
        start = next((i for i, section in enumerate(sections) if _marked(section.head)
                      and section.paragraphs and DATELINE.match(section.paragraphs[0].text)),
                     len(sections))
    briefs = sections[start:]
    if not (start or article.paragraphs or _marked(article.headline)):
        return [article]  # a column's label over its briefs (_briefs_under_label)
    if not briefs or not all(_marked(section.head) and 1 <= len(section.paragraphs)
                             <= text_thresholds.BRIEF_PARAGRAPHS for section in briefs):
        return [article]
    article.sections = sections[:start]
    out = [article]
    for section in briefs:
        section.head.role = "main"
        out.append(Article(headline=section.head, paragraphs=section.paragraphs))
        take_dateline(out[-1])
    trailing, article.trailing = article.trailing, []
    for byline in trailing:  # a closing byline closes the brief printed over it
        home = max((a for a in out if a.first_line <= byline.first_line),
                   key=lambda a: a.first_line, default=out[-1])
        home.trailing.append(byline)
    return out


def _marked(head: Head | None) -> bool:
    return head is not None and head.text[:1] in BRIEF_MARKS


def _column_labels(found: list[tuple[Region, list[Article]]], page: Page,
                   pictures: list[Box]) -> set[int]:
    """A word or two with no text of its own, set over a column of stacked briefs (省内简讯,
    要闻简报), or over the first of them as its kicker (a ■ brief has none), or over a row of
    pictures that no title of its own heads (汛情速递 over the news photos), labels the column:
    it heads no article, and is kept with the page's furniture (``label``). The regions it
    stood alone in."""
    alone: set[int] = set()
    for region, articles in found:
        briefs = _briefs_under_label(articles)
        if briefs and (label := articles[0].headline) is not None:
            _take_label(page, label)
            articles[:] = briefs
            continue
        first = articles[0] if articles else None
        if first is not None and first.kicker is not None and first.headline is not None and (
                _label_text(first.kicker.text)) and (first.headline.text[:1] in BRIEF_MARKS or (
                _boxed_kicker(region) and _heads_alike_under(region, first.headline, found))):
            _take_label(page, first.kicker)
            first.kicker = None
        tag = _boxed_tag_lines(region)
        if first is not None and first.kicker is not None and first.headline is not None and (
                0 < tag < len(first.kicker.lines)) and _label_text(
                "".join(line.text.strip() for line in first.kicker.lines[:tag])) and (
                _heads_alike_under(region, first.headline, found)):
            _take_label(page, Head(first.kicker.lines[:tag], role="kicker"))
            first.kicker.lines = first.kicker.lines[tag:]  # the story's own kicker stays
        if first is not None and first.headline is not None and _over_briefs(articles):
            _take_label(page, first.headline)  # its label boxed over the column's first brief
            first.headline = None
        if not (len(articles) == 1 and articles[0].headline is not None and not (
                articles[0].paragraphs or articles[0].sections or articles[0].bylines
                or articles[0].kicker or articles[0].subtitle)):
            continue
        head = articles[0].headline
        if not _label_text(head.text):
            continue
        box = region.box
        under = [(r, a) for r, a in found if r is not region and a
                 and 0 <= r.box.y0 - box.y1 <= thresholds.LABEL_GAP * head.lines[0].size
                 and overlap(r.box.x0, r.box.x1, box.x0, box.x1) > 0.5]
        pictured = region.group is None and any(
            0 <= picture.y0 - box.y1 <= thresholds.LABEL_GAP * head.lines[0].size
            and overlap(picture.x0, picture.x1, box.x0, box.x1) > 0.5 for picture in pictures)
        if pictured or (under and _stories_under(under[0], found)):
            _take_label(page, head)
            alone.add(id(region))
    return alone


def _stories_under(under: tuple[Region, list[Article]],
                   found: list[tuple[Region, list[Article]]]) -> bool:
    """The region under a lone word or two holds briefs (two or more, or one headed by a
    brief's mark), or one story with another set right under it, headed alike (a notice
    over the briefs, 电网快讯 on a bar over both): a column of stories, which it labels."""
    region, articles = under
    headline = articles[0].headline
    return len(articles) >= 2 or (headline is not None and (
        headline.text[:1] in BRIEF_MARKS or _heads_alike_under(region, headline, found)))


def _briefs_under_label(articles: list[Article]) -> list[Article]:
    """A word or two over briefs whose heads are set much smaller than it (read as its
    subheads), each brief opening with its own dateline (本报讯…, 新华社…电) or headed by a
    brief's mark (●, ■; a brief closed by its reporter's name has no dateline): the column's
    label over headed briefs, one article each; [] when the article is no such column. The
    first brief opens with a dateline, or the word or two is set no larger than the heads
    under it (a headline is never smaller than its subheads: a label in a tinted band)."""
    if len(articles) != 1:
        return []
    column = articles[0]
    if (column.headline is None or not _label_text(column.headline.text) or column.kicker
            or column.subtitle or column.bylines or column.paragraphs or column.lead
            or len(column.sections) < 2 or not all(
                section.paragraphs and (DATELINE.match(section.paragraphs[0].text)
                                        or section.head.text[:1] in BRIEF_MARKS)
                for section in column.sections)
            or not (DATELINE.match(column.sections[0].paragraphs[0].text) or all(
                section.head.lines[0].size >= column.headline.lines[0].size
                for section in column.sections))):
        return []
    briefs = []
    for section in column.sections:
        section.head.role = "main"
        briefs.append(Article(headline=section.head, paragraphs=section.paragraphs))
    for byline in column.trailing:  # a trailing byline closes the brief printed over it
        home = max((a for a in briefs if a.paragraphs[0].first_line <= byline.first_line),
                   key=lambda a: a.paragraphs[0].first_line, default=briefs[-1])
        home.trailing.append(byline)
    briefs[0].figures = column.figures
    for brief in briefs:
        take_dateline(brief)
    return briefs


def _boxed_kicker(region: Region) -> bool:
    """The top head is printed in a box of its own (a tinted tag), apart from the heads
    under it."""
    if region.group is None or len(region.group.blocks) < 2:
        return False
    top, *rest = sorted(region.group.blocks, key=lambda block: block.box.y0)
    return top.bar is not None or (
        top.frame is not None and all(block.frame != top.frame for block in rest))


def _boxed_tag_lines(region: Region) -> int:
    """How many of the kicker's lines are the top head printed in a box of its own
    (``_boxed_kicker``), over a kicker of the story's own set under it (电网快讯 in a tint
    over 计划检修 / 停电公告): 0 when the top head is not boxed."""
    if region.group is None or not _boxed_kicker(region):
        return 0
    return len(min(region.group.blocks, key=lambda block: block.box.y0).lines)


# A series tag in lenticular brackets over a story's headline (【暑期安全】): a brief carries
# one as a feature does, so a kicker of this form says nothing of the story's kind.
_SERIES_TAG = re.compile(r"^【[\u4e00-\u9fff]{2,8}】$")


def _heads_alike_under(region: Region, headline: Head,
                       found: list[tuple[Region, list[Article]]]) -> bool:
    """Another story stands right under the region in its column, its headline set like
    this one's and with no kicker but a series tag: a column of briefs."""
    size = headline.lines[0].size
    box = region.box
    return any(
        r is not region and articles and (under := articles[0]).headline is not None
        and (under.kicker is None or _SERIES_TAG.match("".join(under.kicker.text.split())))
        and abs(under.headline.lines[0].size - size) <= 0.1 * size
        and 0 <= r.box.y0 - box.y1 <= thresholds.LABEL_GAP * size
        and overlap(r.box.x0, r.box.x1, box.x0, box.x1) > 0.5
        for r, articles in found)


def _over_briefs(articles: list[Article]) -> bool:
    """A word or two over a flow of briefs, each opening with its own dateline, or over a
    column of items each closed by its writer's signature (``_signed_items``): no headline of
    the first, the column's label."""
    first = articles[0]
    return (len(articles) >= 2 and first.headline is not None
            and _label_text(first.headline.text)
            and not (first.kicker or first.subtitle or first.bylines)
            and (all(a.dateline is not None for a in articles)
                 or all(not a.dateline and len(a.trailing) == 1 and a.trailing[0].names
                        for a in articles))
            and all(a.headline is None for a in articles[1:]))


def _label_text(text: str) -> bool:
    return is_column_label(text, thresholds.LABEL_CHARACTERS)


def _take_label(page: Page, head: Head) -> None:
    box = head.lines[0].placed
    for line in head.lines[1:]:
        box = box.union(line.placed)
    page.furniture.append(FurnitureItem("label", head.text, box=box))
    page.explain(f"“{head.text}” labels a column (briefs, photos): no article's head")


def _block_order(blocks: list[Block]) -> list[Block]:
    """Down the columns, left to right; what stands above all the rest (a byline, a lead
    under the heads) first, top to bottom."""
    rest = sorted(blocks, key=lambda block: (block.box.y0, block.box.x0))
    above: list[Block] = []
    while len(rest) > 1 and rest[0].box.y1 <= min(b.box.y0 for b in rest[1:]) + 2:
        above.append(rest.pop(0))
    return above + reading_order(rest, lambda block: block.box, columns_first=True)


def _heads_before_text(article: Article) -> None:
    """A subhead printed before any text opens the article (a second kicker line, a label):
    with no headline it is the headline; otherwise its section stays as printed."""
    if article.headline is None and article.sections and not article.paragraphs:
        first = article.sections.pop(0)
        first.head.role = "main"
        article.headline = first.head
        article.paragraphs = first.paragraphs


def _body_box(blocks: list[Block]) -> Box | None:
    if not blocks:
        return None
    box = blocks[0].box
    for block in blocks[1:]:
        box = box.union(block.box)
    return box


def _within(inner: Box, outer: Box) -> bool:
    return (inner.x0 >= outer.x0 - 2 and inner.x1 <= outer.x1 + 2
            and inner.y0 >= outer.y0 - 2 and inner.y1 <= outer.y1 + 2)


def _number(items: list[tuple[Article | Figure, Box]]) -> None:
    articles = figures = 0
    for item, _box in items:
        if isinstance(item, Article):
            articles += 1
            item.ident = f"art-{articles}"
            for figure in item.figures:
                figures += 1
                figure.ident = f"fig-{figures}"
        elif isinstance(item, Figure):
            figures += 1
            item.ident = f"fig-{figures}"

