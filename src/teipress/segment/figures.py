"""Photos and charts: a caption, its credit and its title become one Figure.

The caption is the paragraph before the credit (or one that opens with 图为, or a chart's
数据来源 note); the title is a short head right after the credit, or else right before the
caption, that shares the caption's words or sits over a caption set wider than the columns.
A title is a phrase on one line, no wider than the column: extractors print articles'
headlines beside photos (after the text, over the caption), and a photo's title between
two photos, over the next caption, where the stream takes them.
"""

from __future__ import annotations

from collections import Counter
from typing import Literal, TypeGuard

from teipress.segment import thresholds
from teipress.segment.item_forms import is_subtitle
from teipress.segment.model import (
    Byline,
    Figure,
    FurnitureItem,
    Head,
    Item,
    Page,
    Paragraph,
    Piece,
)
from teipress.segment.patterns import PHOTO_LEADIN, SOURCE_NOTE, SUBHEAD_MARK, is_column_label
from teipress.segment.similarity import words
from teipress.segment.text import DASHES, has_cjk_gap, width

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"  # the numbers of a photo series' captions
# Where a head stands over a caption: not right over it, right over it, over a photo series'
# first numbered caption, over a photo that no text follows.
Over = Literal["", "caption", "series", "alone"]


def find_figures(pieces: list[Piece], page: Page, column: float) -> list[Item]:
    """Replace each photo's caption, credit and title by one Figure.

    The caption is the paragraph before the credit (or one that opens with 图为); the title
    is a short head right after the credit, or else right before the caption, that shares
    words with the caption. A photo's title is a phrase: a head set wider than the body
    ``column`` is an article's headline the extractor printed beside the photo (after its
    text, over the caption), never a photo's title.
    """
    items: list[Item] = _series_past_boxes(list(pieces), page)
    n = 0
    i = 0
    while i < len(items):
        piece = items[i]
        credit = piece if isinstance(piece, Byline) and piece.kind == "credit" else None
        lead_in = piece if (isinstance(piece, Paragraph) and (
            PHOTO_LEADIN.match(piece.text) or piece.caption or _over_shared_series(items, i))
                            and not _is_credit(items, i + 1)) else None
        if credit is None and lead_in is None:
            i += 1
            continue
        start, end = i, i + 1
        caption: list[Paragraph] = []
        previous = items[i - 1] if i > 0 else None
        if lead_in is not None:
            caption = [lead_in]
        elif isinstance(previous, Paragraph) and not previous.open and not previous.block:
            caption, start = [previous], i - 1  # (a list or a table captions no photo)
        elif i > 1 and _chart_title_between(note := items[i - 2], items[i - 1]):
            caption, start = [note], i - 2  # source note, title, maker (stream order)
        caption, start, apart = _series_captions(items, caption, start)
        # a series' caption made a photo of its own before: this photo takes its place
        absorbed = [item.ident for k in sorted({*apart, *range(start, i)})
                    if isinstance(item := items[k], Figure)]
        if not absorbed:
            n += 1
        figure = Figure(caption=caption, credit=credit,
                        ident=absorbed[0] if absorbed else f"fig-{n}")
        is_chart = bool(caption) and bool(SOURCE_NOTE.match(caption[0].text))
        caption_words = words("".join(p.text for p in caption))
        after = items[end] if end < len(items) else None
        start = _past_strip_label(items, start, end, page)
        before = items[start - 1] if start > 0 else None
        if start == i - 2 and isinstance(title := items[i - 1], Head) and not apart:
            figure.title = title
        elif not _label_after_series(credit, caption, items[end: end + 2]) \
                and not _over_next_photo(after, items[end + 1: end + 3], caption_words,
                                         credited=credit is not None) \
                and _phrase(after, column) \
                and _is_photo_title(after, caption_words, items[end + 1: end + 3],
                                    after_credit=True):
            figure.title, end = after, end + 1
        elif is_chart and isinstance(before, Head) and not has_cjk_gap(before.text):
            figure.title, start = before, start - 1  # a chart's title over its source note

        elif _phrase(heading := _under_label(before, caption_words), column) and _is_photo_title(
                heading, caption_words, items[start - 2: start - 1] if start > 1 else [],
                after_credit=False, caption_wide=any(p.wide for p in caption),
                over=_set_over(heading, caption, after)):
            figure.title, start = heading, start - 1
            start = _take_title_label(items, start, heading is not before, caption_words, page)
        if figure.title:
            figure.title.role = "title"
        items[start:end] = [figure]
        for k in sorted(apart, reverse=True):
            del items[k]
            start -= 1
        page.explain(
            f"line {figure.first_line}: photo {figure.ident}"
            + (f", title “{figure.title.text}”" if figure.title else ", no title")
            + (f", credit {figure.credit.text}" if figure.credit else ", no credit")
        )
        i = start + 1
    return items


def _series_past_boxes(items: list[Item], page: Page) -> list[Item]:
    """The items with each box printed inside a photo series read after the series' credit.

    Extractors that print a page box by box (pdfminer) may print a box set beside a photo
    series (a notice with its head and signature) between two of the series' numbered
    captions (``②…`` / ``招聘启事`` … / ``③…`` and the credit): the box is no part of the
    series, whose text and title stand over its first caption, so it is read after the
    credit and the series' captions come out together. Only a series under its text (and
    title) is so read: captions cutting an article's columns have its text between them."""
    i = 0
    while i < len(items):
        credit, caption = items[i], items[i - 1] if i else None
        if not (isinstance(credit, Byline) and credit.kind == "credit"
                and isinstance(caption, Paragraph) and caption.text[:1] in CIRCLED[1:]):
            i += 1
            continue
        places = [k for k, _ in _earlier_captions(items, i - 1, CIRCLED.index(caption.text[0]))]
        box = items[places[-1] + 1: i - 1] if places else []
        if places and places[0] >= 2 and _series_text(items[places[0] - 1], items[places[0] - 2]) \
                and places == list(range(places[0], places[0] + len(places))) \
                and _box_of_its_own(box):
            items[places[-1] + 1: i + 1] = [caption, credit, *box]
            page.explain(f"line {box[0].first_line}: a box printed inside a photo series, "
                         "read after its credit")
        i += 1
    return items


def _box_of_its_own(box: list[Item]) -> bool:
    """Items between two captions of a photo series that make a box of their own: opened by
    its head, closed (a signature or a finished paragraph last). Text going on from the
    columns a caption cuts opens with no head, or ends open."""
    last = box[-1] if box else None
    return isinstance(box[0] if box else None, Head) and (
        isinstance(last, Byline) or (isinstance(last, Paragraph) and not last.open))


def _series_captions(items: list[Item], caption: list[Paragraph], start: int
                     ) -> tuple[list[Paragraph], int, list[int]]:
    """A photo series' numbered caption (②…) with the series' earlier captions: all its
    captions, where the figure now starts, and where the earlier captions printed away from
    the credit are (to be taken out)."""
    if not caption or caption[0].text[:1] not in CIRCLED[1:]:
        return caption, start, []
    earlier = _earlier_captions(items, start, CIRCLED.index(caption[0].text[0]))
    places = sorted({k for k, _ in earlier})
    numbered = [paragraph for _, paragraph in earlier]
    if places and places == list(range(places[0], start)):
        # printed together (the caption is the paragraph right before the credit): the
        # series' text may stand over them
        start = places[0]
        caption = numbered + caption
        if start >= 2 and _series_text(text := items[start - 1], items[start - 2]):
            start -= 1
            caption.insert(0, text)
        return caption, start, []
    return numbered + caption, start, places


def _chart_title_between(note: Item, head: Item) -> TypeGuard[Paragraph]:
    """A chart printed in content-stream order: its source note, then its title, then the
    maker's credit (``资料来源：…`` / ``今年以来…涨跌幅`` / ``制图：…``)."""
    return isinstance(note, Paragraph) and bool(SOURCE_NOTE.match(note.text)) \
        and isinstance(head, Head) and not has_cjk_gap(head.text) and len(head.lines) <= 2


def _earlier_captions(items: list[Item], start: int, number: int
                      ) -> list[tuple[int, Paragraph]]:
    """The captions numbered before ``number`` (①…) of a photo series and where they are,
    nearest first taken, in printed order; none past another photo's credit. Captions set
    side by side may come out on one line (``①…。 ②…。``): one paragraph holding several.
    An earlier caption set apart in the text's columns was made a photo of its own, with no
    credit (the series' credit comes after its last caption): its captions are the series'."""
    found: list[tuple[int, Paragraph]] = []
    want = number - 1
    k = start - 1
    while k >= 0 and want >= 0:
        item = items[k]
        if isinstance(item, Figure) and _uncredited_captions(item):
            numbered = [p for p in item.caption if CIRCLED[want] in p.text]
            if numbered and item.caption[0].text[0] in CIRCLED[:want + 1]:
                found[:0] = [(k, paragraph) for paragraph in item.caption]
                want = CIRCLED.index(item.caption[0].text[0]) - 1
            k -= 1
            continue
        if isinstance(item, Figure) or (isinstance(item, Byline) and item.kind == "credit"):
            break
        if isinstance(item, Paragraph) and item.text[:1] in CIRCLED[:want + 1] \
                and CIRCLED[want] in item.text:
            found.insert(0, (k, item))
            want = CIRCLED.index(item.text[0]) - 1
        k -= 1
    return found if want < 0 else []


def _uncredited_captions(figure: Figure) -> bool:
    """A photo made of numbered captions alone: no credit, no title (a series' caption set
    apart from the others)."""
    return figure.credit is None and figure.title is None and bool(figure.caption) and all(
        paragraph.text[:1] in CIRCLED for paragraph in figure.caption)


def _over_shared_series(items: list[Item], i: int) -> bool:
    """One sentence on a line of its own right over a photo series' first numbered caption
    (①…), the series closed by a credit for all the photos above it (以上图片均为…): the caption
    of one more photo of the group, unnumbered (北岭煤矿智能化综采工作面。 over ①… ②…)."""
    item = items[i]
    if not isinstance(item, Paragraph) or len(item.lines) != 1 or item.open \
            or item.text[:1] in CIRCLED or not item.text.endswith("。"):
        return False
    before = items[i - 1] if i > 0 else None
    if isinstance(before, Paragraph) and before.open:
        return False
    j = i + 1
    while j < len(items) and isinstance(nxt := items[j], Paragraph) and nxt.text[:1] in CIRCLED:
        j += 1
    credit = items[j] if j < len(items) else None
    first = items[i + 1] if j > i + 1 else None
    return isinstance(first, Paragraph) and first.text[:1] == CIRCLED[0] \
        and isinstance(credit, Byline) \
        and credit.kind == "credit" and credit.text.lstrip().startswith(_ABOVE)


_ABOVE = ("以上", "上述")  # a credit for all the photos above it: 以上图片均为…, 上述图片由…


def _series_text(item: Item, above: Item) -> TypeGuard[Paragraph]:
    """A photo series' short text, set under its title and over its numbered captions."""
    return isinstance(item, Paragraph) and not item.open and isinstance(above, Head) \
        and item.text[:1] not in CIRCLED


def _label_after_series(credit: Byline | None, caption: list[Paragraph], after: list[Item]
                        ) -> bool:
    """A head no wider than a column's label (集邮天地), over another head, right after the
    credit closing a photo series' numbered captions (①… ②…): the label of the box that
    follows, over its headline (a series' title is a phrase of its own, 小手种下大希望)."""
    heads = [item for item in after if isinstance(item, Head)]
    return credit is not None and len(caption) > 1 \
        and all(paragraph.text[:1] in CIRCLED for paragraph in caption) \
        and len(heads) == 2 and len(after) == 2 \
        and width(heads[0].text) <= thresholds.HEAD_LABEL_WIDTH


def _is_credit(items: list[Item], i: int) -> bool:
    item = items[i] if i < len(items) else None
    return isinstance(item, Byline) and item.kind == "credit"


def _set_over(head: Item | None, caption: list[Paragraph], after: Item | None) -> Over:
    """A head printed right over the caption: over a photo series' first numbered caption
    (①…), which opens no article's text (``series``), over a photo that no text follows for
    the head to head (``alone``: the next article's head, no subtitle by its dash, another
    photo or the page's end printed after it), or on the line above the caption, no blank
    line between (``caption``); else ``""``."""
    if not isinstance(head, Head) or not caption:
        return ""
    if caption[0].text[:1] == CIRCLED[0]:
        return "series"
    if after is None or isinstance(after, Figure) or (
            isinstance(after, Head) and not after.text.startswith(DASHES)):
        return "alone"
    return "caption" if head.lines[-1].number + 1 == caption[0].first_line else ""


def _past_strip_label(items: list[Item], start: int, end: int, page: Page) -> int:
    """Where a captioned photo starts, taking in the column's label over it where another
    photo (its caption and credit) follows: the label heads a strip of photos (光影椰岭 over
    three), no photo's title, and goes to the page's furniture."""
    label = items[start - 1] if start > 0 else None
    following = items[end: end + 2]
    if not (isinstance(label, Head) and len(label.lines) == 1
            and isinstance(items[start], Paragraph)
            and is_column_label(label.text, thresholds.COLUMN_LABEL_WIDTH)
            and len(following) == 2 and isinstance(following[0], Paragraph)
            and isinstance(following[1], Byline) and following[1].kind == "credit"):
        return start
    page.furniture.append(FurnitureItem("label", label.text.strip()))
    page.explain(f"line {label.first_line}: “{label.text.strip()}” labels a strip of photos: "
                 "no photo's title")
    return start - 1


def _under_label(head: Item | None, caption_words: Counter[str]) -> Item | None:
    """A head of two lines whose first is a column's label, shorter than the second and
    sharing no words with the caption (图片故事 over the photo's title, printed line on line by
    pdftotext): its second line alone, as a photo's title is one line; any other item as it
    is (a headline wrapped over two lines speaks of the photo on both)."""
    if isinstance(head, Head) and len(head.lines) == 2 \
            and is_column_label(head.lines[0].text, thresholds.HEAD_LABEL_WIDTH) \
            and width(head.lines[0].text.strip()) < width(head.lines[1].text.strip()) \
            and not words(head.lines[0].text).keys() & caption_words.keys():
        return Head(head.lines[1:], glued=head.glued)
    return head


def _label_over_title(label: Item | None, caption_words: Counter[str], above: Item | None
                      ) -> TypeGuard[Head]:
    """A column's label printed as a head of its own over a photo's title (pdfminer and
    pdfium print each in a box of its own: ``图片故事`` / ``山路上的…``), sharing no words with
    the caption and under no other head (a stack of heads is an article's)."""
    return isinstance(label, Head) and len(label.lines) == 1 and not isinstance(above, Head) \
        and is_column_label(label.text, thresholds.HEAD_LABEL_WIDTH) \
        and not words(label.text).keys() & caption_words.keys()


def _take_title_label(items: list[Item], start: int, split: bool, caption_words: Counter[str],
                      page: Page) -> int:
    """Where a photo whose title is ``items[start]`` starts once the column's label over the
    title is taken as page furniture: printed line on line with the title in one head
    (``split`` off it, still in place), or as a head of its own right over it."""
    title, label = items[start], items[start - 1] if start else None
    if split and isinstance(title, Head):
        _take_label(title, page)
    elif _label_over_title(label, caption_words, items[start - 2] if start > 1 else None):
        _take_label(label, page)
        return start - 1
    return start


def _take_label(label: Head, page: Page) -> None:
    """The photos' column label over their title: page furniture, heading no article."""
    page.furniture.append(FurnitureItem("label", label.lines[0].text.strip()))
    page.explain(f"line {label.first_line}: “{label.lines[0].text.strip()}” "
                 "labels a photo: no article's head")


def _phrase(head: Item | None, column: float) -> bool:
    """A head no wider than the body column: one set wider heads an article."""
    return isinstance(head, Head) and width(head.text) <= column


def _over_next_photo(head: Item | None, beyond: list[Item], caption_words: Counter[str],
                     credited: bool) -> bool:
    """A head after a photo, over the next photo's caption that a credit closes, sharing no
    words with this caption: that photo's title (printed in stream order between two photos:
    春日花海 / 4月7日，市民… / 记者 某某 摄) where it is set on the line over that caption, or
    where this photo has no credit (``credited``) for a title to follow."""
    following = beyond[0] if beyond else None
    then = beyond[1] if len(beyond) > 1 else None
    return isinstance(head, Head) and isinstance(following, Paragraph) \
        and isinstance(then, Byline) and then.kind == "credit" \
        and not words(head.text).keys() & caption_words.keys() \
        and (not credited or following.first_line == head.lines[-1].number + 1)


def _speaks_of(head: str, text: str) -> bool:
    """Whether a headline speaks of a text: a word of both, or two characters of a word of the
    head in the text (天气预报 over …天气转好…: the segmenter keeps a head's compound whole)."""
    head_words = words(head)
    return bool(head_words.keys() & words(text).keys()) or any(
        word[k:k + 2] in text for word in head_words if len(word) > 2
        for k in range(len(word) - 1))


def _is_photo_title(item: Item | None, caption_words: Counter[str], beyond: list[Item],
                    after_credit: bool, caption_wide: bool = False,
                    over: Over = "") -> TypeGuard[Head]:
    """A short head about the caption's subject, not an article head.

    Right after the credit, a head is the title if it shares the caption's words, or unless
    body text or a byline follows it (an article starting); before the caption it must share
    the caption's words and not be set as a two-phrase headline, unless it stands over a
    photo series' first numbered caption (``over`` "series": ①… opens no article's text),
    whose title is often set as two phrases (重阳登高 老当益壮), or over a photo no text
    follows for a headline to head (``alone``). ``beyond``: the items on the far side of the
    head from the caption, nearest first.
    """
    following = beyond[0] if beyond else None
    then = beyond[1] if len(beyond) > 1 else None
    if not isinstance(item, Head) or item.text.startswith(DASHES) or len(item.lines) > 1:
        return False
    if item.text.rstrip().endswith((":", "：")):
        return False  # a label opening the text after it (编者按：), not a photo's title
    if SUBHEAD_MARK.match(item.text.strip()) or item.text.strip().startswith("◎"):
        return False  # a subhead by its mark (■…, 一、…, ◎告别小渔船), no photo's title
    shares = bool(words(item.text).keys() & caption_words.keys())
    starts_article = (isinstance(following, Byline) and following.kind == "lead") or (
        isinstance(following, Paragraph) and not following.wide)
    if after_credit:
        subtitled = isinstance(following, Head) and following.text.startswith(DASHES) \
            and following.first_line <= item.lines[-1].number + 2
        if subtitled and isinstance(then, Byline) and then.kind == "lead":
            # over a subtitle opening with a dash (——记…) and the head byline under it: an
            # article's heads, whatever words its headline shares with the caption
            return False
        # the first of a cluster of heads set line under line is an article's kicker; so is
        # one a blank line over a headline set as an article's (two phrases, or two lines)
        # (or one over a headline that its article's byline follows: 学习体会 / 把…办 / 诸葛宁,
        # or its subtitle: 招标公告 / 项目编号：…)
        heads_follow = isinstance(following, Head) and not following.text.startswith(
            DASHES) and (following.first_line == item.lines[-1].number + 1 or (
                following.first_line == item.lines[-1].number + 2
                and (has_cjk_gap(following.text) or len(following.lines) > 1
                     or (isinstance(then, Byline) and then.kind == "lead")
                     or (isinstance(then, Head) and is_subtitle(then)
                         and then.first_line == following.lines[-1].number + 1))))
        # (a column's label, a few characters, over a headline of one phrase and the text it
        # speaks of: 社会热点 / 年轻人为何爱上“夜校” / 下班后去学…夜校…; a photo story's title
        # stands over the story's own heads, set as two phrases or over other text)
        heads_follow = heads_follow or (
            isinstance(following, Head) and len(item.lines) == 1
            and is_column_label(item.text, thresholds.HEAD_LABEL_WIDTH)
            and following.first_line == item.lines[0].number + 2
            and not has_cjk_gap(following.text) and isinstance(then, Paragraph)
            and not then.wide and then.first_line == following.lines[-1].number + 2
            and _speaks_of(following.text, then.text))
        # (or one of two boxes' labels printed on one line, side by side: 表扬名单    社务简讯)
        heads_follow = heads_follow or (
            isinstance(following, Head) and following.first_line == item.lines[-1].number)
        # (a column's label a blank line over a stack of heads: 书评 / headline / the book's
        # title, or the book's data block, a list: a photo's title stands over no heads of three)
        heads_follow = heads_follow or (
            isinstance(following, Head) and len(item.lines) == 1
            and is_column_label(item.text, thresholds.HEAD_LABEL_WIDTH)
            and following.first_line == item.lines[0].number + 2
            and (isinstance(then, Head) or (isinstance(then, Paragraph) and then.block == "list"))
            and then.first_line <= following.lines[-1].number + 2)
        # over a subtitle opening with a dash (——记…): an article's headline, as a photo's
        # title never has one
        heads_follow = heads_follow or subtitled
        # set line on line over a paragraph it speaks of (no blank line between): it heads
        # that text, not the photo
        over_text = item.glued and isinstance(following, Paragraph) and not following.wide \
            and following.first_line == item.lines[-1].number + 1 \
            and bool(words(item.text).keys() & words(following.text).keys())
        return not over_text and (
            shares or not (starts_article or heads_follow or has_cjk_gap(item.text)))
    if isinstance(following, Byline) and following.kind == "lead":
        return False
    # (an article's subtitle over it, opening with a dash, closes that article's heads; a head
    # over it speaking of other things than the caption does not, where the title is short and
    # speaks of the caption: the article before's headline, printed after its text)
    apart = isinstance(following, Head) and shares and width(item.text) <= \
        thresholds.PHOTO_TITLE_WIDTH and not words(following.text).keys() & caption_words.keys()
    if (has_cjk_gap(item.text) and over not in ("series", "alone")) \
            or (isinstance(following, Head) and not following.text.startswith(DASHES)
                and not apart):
        return False
    if caption_wide or over:  # a short title set over a wide caption, or right over it
        return shares or width(item.text) <= thresholds.PHOTO_TITLE_WIDTH
    return shares
