"""From pieces to a page: articles, and where each displaced head belongs.

Extractors keep an article's paragraphs together but print its heads where the layout put
them: a headline after its body, a kicker beside another article's byline, a subtitle at
the end of the page. Paragraph runs are grouped into articles first (a trailing byline or a
dateline ends or starts one, an open paragraph continues, shared words join); then every
head, byline and lead goes to the article it shares most words with, near ones preferred.
The public functions are the text reader's passes (``segment.text_passes``), in that order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import combinations, pairwise
from typing import TypeGuard

from teipress.segment import thresholds
from teipress.segment.figures import find_figures
from teipress.segment.model import (
    Article,
    Byline,
    BylineKind,
    Dateline,
    Figure,
    FurnitureItem,
    Head,
    HeadRole,
    Item,
    Page,
    Paragraph,
    Section,
)
from teipress.segment.patterns import (
    ASKED_QUESTION,
    BRIEF_MARKS,
    DATELINE,
    HANDLE,
    SUBHEAD_MARK,
    is_column_label,
    names_in,
)
from teipress.segment.similarity import Vocabulary, words
from teipress.segment.state import ArticleBuilder, TextState
from teipress.segment.text import DASHES, has_cjk_gap, join_lines, width

MAX_EXACT = 12  # articles on a page up to which headlines are assigned exactly
# The heads of the notices a paper prints as items of their own, alone or after what the notice
# is about (更正, 征稿启事, 郑重声明): the kinds of notice Chinese papers print (corrections,
# errata, announcements, statements, obituaries, apologies), from the genre's names, not any page.
_NOTICE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,8}(?:更正|勘误|启事|声明|公告|通告|讣告|致歉)")
# Bylines printed after an article's text, closing it; a jump line also ends its text here.
CLOSING: tuple[BylineKind, ...] = ("trail", "end")
AFTER_TEXT: tuple[BylineKind, ...] = (*CLOSING, "jump")
# A head or lead's fit to an article: fit, shared words, then the tie-breakers (earlier item,
# earlier article), the item's index and the article's.
_Score = tuple[float, float, int, int, int, int]


def take_figures(state: TextState) -> None:
    """Each photo's caption, credit and title made one figure."""
    state.items = find_figures(state.pieces, state.page)


def find_runs(state: TextState) -> None:
    """Runs of body paragraphs, and the words of every item."""
    _mark_parallel_labels(state.items)
    state.texts = [_words(item) for item in state.items]
    state.vocab = Vocabulary(state.texts)
    state.runs = _split_box_runs(state.items, _runs(state.items), state.texts, state.vocab)


def group_articles(state: TextState) -> None:
    """Which runs make one article; each article's paragraphs and subheads, the rest pooled."""
    state.groups = _group_runs(state.items, state.runs, state.texts, state.vocab, state.page,
                               state.column)
    state.builders = [ArticleBuilder(ident=f"art-{n}")
                      for n in range(1, len(state.groups) + 1)]
    run_owner = {k: a for a, group in enumerate(state.groups) for k in group}
    state.placed = _fill_articles(state.items, state.runs, state.groups, state.builders,
                                  state.pool, state.page)
    state.gaps = _gap_neighbours(state.items, state.runs, run_owner)
    for b in state.builders:
        b.words = sum((state.texts[i] for i in b.indexes), Counter())


def place_heads(state: TextState) -> None:
    """Give heads, subtitles and leads to the article they fit best; name kicker and headline."""
    if not state.builders:
        return
    candidates = _label_leads(state, {i: item for i in state.pool
                                      if isinstance(item := state.items[i], Head | Paragraph)})
    _column_labels(state, candidates)
    _head_briefs(state, candidates)
    _side_by_side_heads(state, candidates)
    for limit in (1, thresholds.MAX_HEADS):  # first one head for every article, then kickers
        _take_heads(state, candidates, limit)
    _keep_untaken(state, candidates)


def place_bylines(state: TextState) -> None:
    """Each byline to its article, the closing ones first."""
    if not state.builders:
        return
    _assign_bylines(state, {i: item for i in state.pool
                            if isinstance(item := state.items[i], Byline)})
    for builder in state.builders:
        _photo_title_from_heads(state, builder)
        _name_heads(builder)


def join_headless(state: TextState) -> None:
    """Paragraphs that got no head, byline or dateline go on the article before them."""
    state.builders = _join_headless(state.builders, state.page)


def fill_empty_sections(state: TextState) -> None:
    """A section head printed after its article's text takes the column group it lost."""
    for builder in state.builders:
        _fill_empty_section(builder, state.page)


def order_body(state: TextState) -> None:
    """The articles and stand-alone photos, in the order their text was printed."""
    state.page.body = _reading_order(state.items, state.builders, state.placed, state.page)


def _words(item: Item) -> Counter[str]:
    if isinstance(item, Figure):
        return Counter()
    if isinstance(item, Byline):
        return Counter()
    return words(item.text)


# Articles --------------------------------------------------------------------------------

def _is_body(item: Item) -> TypeGuard[Paragraph]:
    return isinstance(item, Paragraph) and not item.wide


def _runs(items: list[Item]) -> list[tuple[int, int]]:
    """Index ranges [start, end) of consecutive body paragraphs; a paragraph opening with a
    dateline starts a run of its own (briefs stacked in one column, each with its dateline)."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, item in enumerate([*items, None]):
        if item is not None and _is_body(item):
            if start is not None and DATELINE.match(item.text):
                runs.append((start, i))
                start = None
            if start is None:
                start = i
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def _split_box_runs(items: list[Item], runs: list[tuple[int, int]],
                    texts: list[Counter[str]], vocab: Vocabulary) -> list[tuple[int, int]]:
    """Boxes set side by side print their heads on shared lines (read box by box) and then
    their texts one after the other: where fewer runs than boxes follow the heads before the
    next head, the first run holds the texts of several boxes, parted where each box's text
    uses its own heads' words best."""
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(runs):
        boxes = _box_heads_before(items, start)
        later = [run for run in runs[k:] if not any(
            isinstance(items[j], Head) for j in range(start, run[0]))]
        if len(boxes) < 2 or len(later) >= len(boxes) or end - start < len(boxes):
            out.append((start, end))
            continue
        heads = [sum((texts[j] for j in box), Counter()) for box in boxes]
        best = max(combinations(range(start + 1, end), len(boxes) - 1),
                   key=lambda cuts: _boxes_fit(heads, (start, *cuts, end), texts, vocab))
        bounds = (start, *best, end)
        out += list(pairwise(bounds))
    return out


def _box_heads_before(items: list[Item], start: int) -> list[list[int]]:
    """The heads right before item ``start`` when they are the heads of boxes side by side
    (each box's heads on the same lines as the others'), box by box; else []."""
    j = start
    while j > 0 and isinstance(items[j - 1], Head):
        j -= 1
    boxes: list[list[int]] = []
    for i in range(j, start):
        if not boxes or items[i].first_line <= items[boxes[-1][-1]].first_line:
            boxes.append([])
        boxes[-1].append(i)
    rows = [[items[i].first_line for i in box] for box in boxes]
    return boxes if len(boxes) >= 2 and all(row == rows[0] for row in rows) else []


def _boxes_fit(heads: list[Counter[str]], bounds: tuple[int, ...], texts: list[Counter[str]],
               vocab: Vocabulary) -> float:
    """How well each box's text, between ``bounds``, uses its own heads' words."""
    return sum(vocab.coverage(head, sum((texts[i] for i in range(a, b)), Counter()))
               for head, (a, b) in zip(heads, pairwise(bounds), strict=True))


def _group_runs(items: list[Item], runs: list[tuple[int, int]], texts: list[Counter[str]],
                vocab: Vocabulary, page: Page, column: float) -> list[list[int]]:
    """Which runs of paragraphs make one article."""
    groups: list[list[int]] = []
    so_far: Counter[str] = Counter()  # the words of the article being grown
    for k, (start, end) in enumerate(runs):
        this: Counter[str] = Counter()
        for i in range(start, end):
            this.update(texts[i])
        if not groups:
            groups.append([k])
            so_far = this
            continue
        prev_end = runs[k - 1][1]
        gap = items[prev_end:start]
        similarity = vocab.cosine(so_far, this)
        first, last = items[start], items[prev_end - 1]
        # the runs are of body paragraphs only
        assert _is_body(first)
        assert _is_body(last)
        between = _past_photos_inside(gap, last)
        head = between[-1] if len(between) == 1 and isinstance(between[-1], Head) else None
        sides = (vocab.coverage(words(head.text), so_far), vocab.coverage(words(head.text), this)) \
            if head is not None else (0.0, 0.0)
        reason, join = _join_reason(gap, first, last, similarity, column, sides)
        page.explain(f"lines {last.first_line}–{first.first_line}: "
                     f"{'same article' if join else 'new article'} ({reason})")
        if join:
            groups[-1].append(k)
            so_far.update(this)
        else:
            groups.append([k])
            so_far = this
    return groups


def _join_reason(gap: list[Item], first: Paragraph, last: Paragraph,
                 similarity: float, column: float,
                 sides: tuple[float, float] = (0.0, 0.0)) -> tuple[str, bool]:
    """Whether two runs of paragraphs are one article, and why. ``sides``: how much of a
    lone head between them the text before and the text after use."""
    if any(isinstance(x, Byline) and x.kind in AFTER_TEXT for x in gap):
        return "a trailing byline ends the article", False
    if DATELINE.match(first.text):
        return "a dateline opens an article", False
    if last.open:
        return "the paragraph before goes on after a column break", True
    if gap and all(isinstance(x, Figure) for x in gap) and \
            max(line.number for line in last.lines) > gap[0].first_line:
        return "the text before goes on past the photo printed in its columns", True
    if any(isinstance(x, Byline) and x.kind == "lead" for x in gap):
        return "a byline opens an article", False
    gap = _past_photos_inside(gap, last)
    closest = gap[-1] if gap else None
    labelled = _labelled_subhead_verdict(gap)
    if labelled is not None:
        return labelled
    boundary = _box_boundary(gap, first, last)
    if boundary:
        return boundary, False
    if len(gap) == 1 and isinstance(closest, Head):
        if _NOTICE_HEAD.fullmatch("".join(closest.text.split())):
            return "a notice's head opens a notice of its own", False
        if _heads_the_text_before(closest, similarity, sides):
            return "the head speaks of the text before it, printed after its article", False
        if _headline_over_the_text_after(closest, similarity, sides):
            return "a headline wrapped over two lines heads unrelated text", False
        if closest.glued and not any(width(line.text) > column for line in closest.lines):
            return "a subhead set on its paragraph", True  # set within the column
        if _is_subhead_shaped(closest) or not _looks_like_headline(closest, column):
            return "only a subhead stands between", True
    verdict = similarity >= thresholds.JOIN_SIMILARITY
    bound = thresholds.JOIN_SIMILARITY
    return f"shared words {similarity:.2f} {'≥' if verdict else '<'} {bound}", verdict


def _past_photos_inside(gap: list[Item], last: Paragraph) -> list[Item]:
    """The gap between two runs without the photos printed inside the paragraph before it
    (a caption the extractor printed where it cut the paragraph): what stands between the
    runs on the page is what follows them, a subhead set on its paragraph (``…他说。`` /
    ``日常生活中怎样预防？``)."""
    end = max(line.number for line in last.lines)
    return [x for x in gap if not (isinstance(x, Figure) and x.first_line < end)]


def _heads_the_text_before(head: Head, similarity: float, sides: tuple[float, float]) -> bool:
    """A head between two runs of unrelated text that uses the words of the text before it
    and none of the text after: the headline of the article before, printed after its text
    (extractors that print heads after bodies), not a subhead of the text after. A subhead by
    its form (a label and a colon, a number, a mark) stays one."""
    before, after = sides
    return (similarity < thresholds.JOIN_SIMILARITY and after == 0.0
            and before >= thresholds.HEAD_BEFORE_FIT and not _is_subhead_shaped(head)
            and not any(mark in head.text for mark in "：:"))


def _headline_over_the_text_after(head: Head, similarity: float,
                                  sides: tuple[float, float]) -> bool:
    """A head wrapped over two or more lines (a subhead fits on one) between two runs of
    unrelated text, using the words of the text after it and none of the text before: the
    headline of a new article, set on its text with no blank line (智慧路灯点亮 /
    城市“神经末梢”)."""
    before, after = sides
    first = head.lines[0].text.strip()
    return (len(head.lines) >= 2 and similarity < thresholds.JOIN_SIMILARITY
            and before == 0.0 and after >= thresholds.HEAD_BEFORE_FIT
            and not SUBHEAD_MARK.match(first) and not any(m in head.text for m in "：:"))


def _labelled_subhead_verdict(gap: list[Item]) -> tuple[str, bool] | None:
    """Whether a numbered or labelled subhead closing the gap joins the runs, or None where
    it decides nothing (no such subhead, or a photo between: the similarity decides)."""
    closest = gap[-1] if gap else None
    if not isinstance(closest, Head) or not _is_labelled_subhead(closest):
        return None
    if sum(isinstance(x, Head) and not _is_labelled_subhead(x) for x in gap[:-1]) >= 2:
        # a box's label and headline over its text's first part (典型案例 / 督促…案 /
        # 【基本案情】): the heads open an article of their own (one head there may be the
        # headline of the text before, printed after it: pdfminer)
        return "heads stand over the labelled subhead opening the run", False
    if any(isinstance(x, Figure) for x in gap) and not closest.parallel:
        return None  # (labels of one form, 问题：… 对策：…, go on past a photo)
    return "a numbered or labelled subhead opens the run", True


def _box_boundary(gap: list[Item], first: Paragraph, last: Paragraph) -> str:
    """Why the heads between two runs part boxes whatever words they share, or ""."""
    if _label_over_headline(gap):
        return "a column's label over a headline opens a box of its own"
    if gap and isinstance(gap[-1], Head) and HANDLE.match(last.text) \
            and not HANDLE.match(first.text):
        return "a head after readers' comments (@某某：…) opens other text"
    return ""


def _label_over_headline(gap: list[Item]) -> bool:
    """Two heads alone between runs: a column's label (a few characters, maybe letter-spaced:
    网 友 热 议) over a headline, which open a box of their own however near its words are
    to the text before (a subhead stands alone over its paragraph)."""
    if len(gap) != 2 or not all(isinstance(x, Head) for x in gap):
        return False
    label, headline = gap
    assert isinstance(label, Head)
    assert isinstance(headline, Head)
    return len(label.lines) == 1 and is_column_label(label.text, thresholds.COLUMN_LABEL_WIDTH) \
        and not SUBHEAD_MARK.match(label.text) and not _is_subhead_shaped(headline) \
        and not _is_labelled_subhead(headline)


def _is_labelled_subhead(head: Head) -> bool:
    """A subhead by its form alone: numbered, a label ending in a colon (``记者手记：``), a
    short label run in before its phrase (``现象：办卡容易退卡难``, ``对策：…``), or a 问答
    column's question (``问：…？``)."""
    first = head.lines[0].text.strip()
    labelled = len(head.lines) >= 2 and first.endswith(("：", ":"))
    asked = len(head.lines) == 1 and bool(ASKED_QUESTION.match(first))
    return bool(SUBHEAD_MARK.match(first)) or labelled or head.parallel or asked


# A subhead's label and its phrase on one line: two to four characters, then a colon.
_RUN_IN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]\s*[\u4e00-\u9fff“《]")


def _mark_parallel_labels(items: list[Item]) -> None:
    """A report's subheads set in one form, each a label as long as the others run in
    before its phrase (现象：… 原因：… 对策：…): subheads, wherever they fall. One such head
    alone is no sign (青山村：… is a headline's form too)."""
    labelled = [item for item in items if isinstance(item, Head) and len(item.lines) == 1
                and _RUN_IN_LABEL.match(item.text)]
    def label_width(head: Head) -> int:
        return len(re.split("[：:]", head.text, maxsplit=1)[0])

    widths = Counter(label_width(head) for head in labelled)
    for head in labelled:
        head.parallel = widths[label_width(head)] >= 2


def _looks_like_headline(head: Head, column: float) -> bool:
    """Set as a headline: wider than a column. (Two phrases set apart are no sign by
    themselves: subheads within the column are set so too, 老娘舅坐堂 矛盾就地化解.)"""
    return any(width(line.text) > column for line in head.lines)


def _is_subhead_shaped(head: Head) -> bool:
    """Printed like a subhead (小标题): numbered, or over two short lines, or ``记者手记：``."""
    first = head.lines[0].text.strip()
    return bool(SUBHEAD_MARK.match(first)) or len(head.lines) >= 2 or first.endswith(("：", ":"))


def _fill_articles(items: list[Item], runs: list[tuple[int, int]], groups: list[list[int]],
                   builders: list[ArticleBuilder], pool: list[int], page: Page) -> set[int]:
    """Put each group's paragraphs (and the subheads between its runs) into its article;
    every other head, byline or lead goes to the pool. Returns the items placed."""
    placed: set[int] = set()
    for group, builder in zip(groups, builders, strict=True):
        article = builder.article
        article.ident = builder.ident
        container = article.paragraphs
        for n, k in enumerate(group):
            start, end = runs[k]
            paragraphs = [items[i] for i in range(start, end)]
            assert _all_body(paragraphs)  # runs are of body paragraphs only
            builder.indexes.extend(range(start, end))
            placed.update(range(start, end))
            opening = items[start - 1] if n == 0 and _subhead_under_byline(items, start) \
                else None
            if isinstance(opening, Head):
                opening.role = "section"
                placed.add(start - 1)
                article.sections.append(Section(opening))
                container = article.sections[-1].paragraphs
                page.explain(f"line {opening.first_line}: subhead “{opening.text}” in "
                             f"{builder.ident} (under the byline that closes the heads)")
            if n > 0:
                prev_end = runs[group[n - 1]][1]
                gap = list(range(prev_end, start))
                nearest = items[gap[-1]] if gap else None
                head = nearest if _is_subhead(nearest) else None
                for i in gap:
                    item = items[i]
                    if isinstance(item, Figure):
                        article.figures.append(item)
                        placed.add(i)
                    elif item is not head:
                        pool.append(i)
                last = container[-1] if container else None
                if last is not None and last.open:
                    container[-1] = _merge(last, paragraphs.pop(0))
                if head is not None:
                    head.role = "section"
                    placed.add(gap[-1])
                    article.sections.append(Section(head))
                    container = article.sections[-1].paragraphs
                    page.explain(
                        f"line {head.first_line}: subhead “{head.text}” in {builder.ident}")
            container.extend(paragraphs)
        take_dateline(article)
    in_gaps = set(pool) | placed
    pool.extend(i for i in range(len(items)) if i not in in_gaps and not _is_body(items[i])
                and not isinstance(items[i], Figure))
    pool.sort()
    return placed


def _subhead_under_byline(items: list[Item], start: int) -> bool:
    """A head between an article's leading byline and the text under it, the article's heads
    set over that byline down to its subtitle (headline, ——subtitle, 本报记者 某某, then
    从…说起): a subtitle closes the heads, so one under the byline opens the text's first
    section. Set line on line (no blank line between byline, head and text), as the extractor
    printed them together. (Under a byline after a kicker alone the head is as likely the next
    article's: 学习党的二十大精神·看基层 / 本报记者 路静 / 优化营商环境进行时.)"""
    if start < 3:
        return False
    head, byline, above = items[start - 1], items[start - 2], items[start - 3]
    return _is_subhead(head) and not head.text.rstrip().endswith((":", "：")) \
        and isinstance(byline, Byline) and byline.kind == "lead" and isinstance(above, Head) \
        and above.text.startswith(DASHES) \
        and head.first_line == byline.first_line + 1 \
        and items[start].first_line == head.lines[-1].number + 1


def _all_body(items: list[Item]) -> TypeGuard[list[Paragraph]]:
    return all(_is_body(item) for item in items)


def _is_subhead(item: Item | None) -> TypeGuard[Head]:
    return isinstance(item, Head) and not item.text.startswith(DASHES)


def _merge(first: Paragraph, second: Paragraph) -> Paragraph:
    lines = first.lines + second.lines
    text = join_lines([first.text, second.text])
    return Paragraph(lines=lines, text=text, open=second.open, wide=first.wide)


def take_dateline(article: Article) -> None:
    """Move a wire or local dateline and its reporters out of the first paragraph."""
    if not article.paragraphs:
        return
    first = article.paragraphs[0]
    text = first.text
    match = DATELINE.match(text)
    if match and not match.group("byline") and text[match.end():].lstrip()[:1] in "（(":
        spaced = _spaced_in_bracket(first)
        again = DATELINE.match(spaced)
        if again and again.group("byline"):
            match, text = again, spaced
    if match and not match.group("byline") and len(first.lines) > 1:
        # 本报讯 记者 钟离悦 / 宁州市…: an unbracketed byline ends its line, the space after
        # the name lost where the lines were joined
        head = first.lines[0].text.strip()
        again = DATELINE.match(f"{head} {text[len(head):]}") if text.startswith(head) else None
        if again and again.group("byline") and again.end() == len(head):
            match, text = again, f"{head} {text[len(head):]}"
    if not match:
        return
    byline = (match.group("byline") or "").strip()
    article.dateline = Dateline(match.group("dateline"), byline, names_in(byline) if byline else [])
    rest = text[match.end():].strip()
    if rest:
        article.paragraphs[0] = Paragraph(first.lines, rest, first.open, first.wide)
    else:
        article.paragraphs.pop(0)


def _spaced_in_bracket(paragraph: Paragraph) -> str:
    """A paragraph's text with a space where a line broke inside its first bracket: a
    dateline's bracket wrapped between two names (``（通讯员 白玛`` / ``龚一帆）``) is set with a
    space there, which joining CJK lines drops; tried only where the joined text reads as a
    dateline whose bracket is no byline (a role word or padded name broken inside itself,
    通 / 讯员, joins whole). Beyond the bracket the text is the paragraph's own."""
    texts = [line.text.strip() for line in paragraph.lines]
    if not texts or "（" not in texts[0] or join_lines(texts) != paragraph.text:
        return paragraph.text
    out = texts[0]
    for text in texts[1:]:
        inside = out.count("（") > out.count("）")
        out = f"{out} {text}" if inside and out[-1:].isalpha() and text[:1].isalpha() \
            else join_lines([out, text])
    return out


def _fill_empty_section(builder: ArticleBuilder, page: Page) -> None:
    """A section head printed after its article's last paragraph has lost its text to the
    extractor, which printed those paragraphs as a column group of their own before the
    article's heads: in the opening run, from the first paragraph that a column break cuts
    (printed at a column's foot, going on at the next one's head) to the run's end.

    A section is never empty in print, and the opening keeps at least its first paragraph;
    with no column break to go by, the section stays as printed.
    """
    article = builder.article
    if not article.sections or article.sections[-1].paragraphs or len(article.paragraphs) < 2:
        return
    cut = next((n for n, par in enumerate(article.paragraphs[1:], 1) if _column_break(par)),
               None)
    if cut is None:
        return
    section = article.sections[-1]
    section.paragraphs, article.paragraphs = article.paragraphs[cut:], article.paragraphs[:cut]
    page.explain(f"line {section.head.first_line}: subhead “{_short(section.head.text)}” "
                 f"takes the {len(section.paragraphs)} paragraphs printed from line "
                 f"{section.paragraphs[0].first_line} (a column group of its own)")


def _column_break(paragraph: Paragraph) -> bool:
    """A paragraph printed in two pieces: a blank line (a column break) inside it."""
    numbers = [line.number for line in paragraph.lines]
    return any(b - a > 1 for a, b in pairwise(numbers))


def _gap_neighbours(items: list[Item], runs: list[tuple[int, int]], run_owner: dict[int, int]
                    ) -> list[tuple[int | None, int | None]]:
    """For each item, the articles whose paragraphs come right before and right after it."""
    ends = [end for _start, end in runs]
    starts = [start for start, _end in runs]
    neighbours: list[tuple[int | None, int | None]] = []
    for i in range(len(items)):
        before = bisect_right(ends, i) - 1  # the last run ending at or before i
        after = bisect_left(starts, i + 1)  # the first run starting after i
        neighbours.append((run_owner[before] if before >= 0 else None,
                           run_owner[after] if after < len(runs) else None))
    return neighbours


def _label_leads(state: TextState, candidates: dict[int, Head | Paragraph]
                 ) -> dict[int, Head | Paragraph]:
    """A box label over a lead (核心阅读, 导读) labels it: the candidates less the labels."""
    items = state.items
    for i, item in list(candidates.items()):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (isinstance(item, Head) and isinstance(nxt, Paragraph) and nxt.wide
                and (i + 1) in candidates and width(item.text) <= thresholds.BOX_LABEL_WIDTH):
            nxt.label = item
            item.role = "label"
            del candidates[i]
            state.page.explain(f"line {item.first_line}: “{item.text}” labels the lead below it")
    return candidates


def _column_labels(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """A column's label over the briefs stacked under it (法治动态, 要闻简报) heads none of
    them: a short one-line head with two or more briefs (a paragraph opening with its own
    dateline, or a head marked ■) printed under it, with nothing but the briefs' heads,
    paragraphs and closing bylines between. It goes to the page's furniture (``label``),
    taken from the candidates."""
    items = state.items
    for i, item in list(candidates.items()):
        if not (isinstance(item, Head) and len(item.lines) == 1
                and is_column_label(item.text, thresholds.COLUMN_LABEL_WIDTH)):
            continue
        briefs, end = _briefs_under(items, i + 1)
        if briefs >= 2:
            # the briefs' heads are printed in their stack: none from elsewhere on the page
            for a, builder in enumerate(state.builders):
                if builder.indexes and i < min(builder.indexes) and max(builder.indexes) < end:
                    state.stacked[a] = (i + 1, end)
            del candidates[i]
            item.role = "label"
            state.page.furniture.append(FurnitureItem("label", item.text))
            state.page.explain(f"line {item.first_line}: “{item.text}” labels a column of "
                              f"{briefs} briefs: no article's head")


def _briefs_under(items: list[Item], start: int) -> tuple[int, int]:
    """How many briefs are stacked from ``start``, and where the stack ends: each opens with a
    dateline or a ■ head (the first within a head of the start); a figure, a head byline or a
    wide text ends the stack, and so does a run of more paragraphs than a brief has."""
    count, plain = 0, 0
    j = start
    for j in range(start, len(items)):
        item = items[j]
        opens = (_is_body(item) and bool(DATELINE.match(item.text))) or (
            isinstance(item, Head) and item.text[:1] in BRIEF_MARKS)
        if opens:
            count, plain = count + 1, 0
            continue
        if count == 0 and (j - start >= 2 or _is_body(item)):
            return 0, j  # text that is no brief before the first: no column of briefs
        if isinstance(item, Figure) or (isinstance(item, Byline) and item.kind in (
                "lead", "credit")) or (isinstance(item, Paragraph) and item.wide):
            return count, j
        if _is_body(item):
            plain += 1
            if plain > thresholds.BRIEF_PARAGRAPHS:
                return count, j
    return count, len(items)



def _head_briefs(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """A ■… head over a brief that a closing byline parts from the last heads that brief
    (taken from the candidates); so does a ◆… head right under the column's label or right
    over a brief's dateline."""
    items, builders = state.items, state.builders
    _heads_after_briefs(state, candidates)
    starts = {min(b.indexes): a for a, b in enumerate(builders) if b.indexes}
    for i, item in list(candidates.items()):
        before = items[i - 1] if i > 0 else None
        after = items[i + 1] if i + 1 < len(items) else None
        closed = isinstance(before, Byline) and before.kind in CLOSING
        if isinstance(item, Head) and item.text[:1] in BRIEF_MARKS and (
                (isinstance(before, Head) and before.role == "label")
                or (after is not None and _is_body(after) and DATELINE.match(after.text))):
            closed = True
        if isinstance(item, Head) and SUBHEAD_MARK.match(item.text) and closed \
                and (i + 1) in starts and not builders[starts[i + 1]].heads:
            builders[starts[i + 1]].heads.append((i, item))
            state.owner[i] = starts[i + 1]
            del candidates[i]
            state.page.explain(f"line {item.first_line}: “{_short(item.text)}” heads the brief "
                              f"below it ({builders[starts[i + 1]].ident})")


def _heads_after_briefs(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """Briefs under a column's label whose mark heads (◆…) the extractor printed after their
    texts: the label is followed by a brief's text, not a head, and a mark head closes the
    column; there each mark head heads the brief printed before it (taken from the
    candidates), where every brief gets one."""
    items, builders = state.items, state.builders
    text_of = {i: a for a, b in enumerate(builders) for i in b.indexes}
    for label, item in enumerate(items):
        if not (isinstance(item, Head) and item.role == "label") or label + 1 >= len(items) \
                or label + 1 not in text_of:
            continue
        marks: list[int] = []
        briefs: list[int] = []
        j = label + 1
        while j < len(items):
            piece = items[j]
            if isinstance(piece, Head) and piece.text[:1] in BRIEF_MARKS and j in candidates:
                marks.append(j)
            elif j in text_of:
                if not briefs or briefs[-1] != text_of[j]:
                    briefs.append(text_of[j])
            elif not (isinstance(piece, Byline) and piece.kind in CLOSING):
                break
            j += 1
        if not marks or marks[-1] != j - 1 or len(marks) != len(briefs) \
                or any(builders[a].heads for a in briefs):
            continue
        owners = [text_of[max(k for k in text_of if k < m and k > label)] for m in marks]
        if owners != briefs:
            continue  # a mark with no brief of its own before it
        for m, a in zip(marks, briefs, strict=True):
            head = candidates.pop(m)
            assert isinstance(head, Head)  # (the marks are heads among the candidates)
            builders[a].heads.append((m, head))
            state.owner[m] = a
            state.page.explain(f"line {head.first_line}: “{_short(head.text)}” heads "
                               f"the brief printed before it ({builders[a].ident})")


def _side_by_side_heads(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """Boxes set side by side print their heads on shared lines (``劳模说    工匠心语`` over
    ``手艺要在干中学    每一针都要对得起用户``), read box by box before the boxes' texts,
    which follow in the same order: the k-th box's heads head the k-th article after them
    (each taken from the candidates), where that many articles with no heads yet follow."""
    items, builders = state.items, state.builders
    starts = sorted((min(b.indexes), a) for a, b in enumerate(builders) if b.indexes)
    i = 0
    while i < len(items):
        boxes: list[list[tuple[int, Head]]] = []
        j = i
        while j < len(items) and j in candidates and isinstance(head := items[j], Head):
            if not boxes or head.first_line <= boxes[-1][-1][1].first_line:
                boxes.append([])  # the row's lines again: the next box's heads
            boxes[-1].append((j, head))
            j += 1
        rows = {head.first_line for _k, head in boxes[-1]} if boxes else set()
        if boxes:  # a head printed before the row (a headline after its text) is not the row's
            while boxes[0] and boxes[0][0][1].first_line not in rows:
                del boxes[0][0]
        if len(boxes) < 2 or any({head.first_line for _k, head in box} != rows
                                 for box in boxes):
            i = j + 1 if j == i else j
            continue
        after = [a for start, a in starts if start >= j][:len(boxes)]
        if len(after) == len(boxes) and not any(builders[a].heads for a in after):
            for box, a in zip(boxes, after, strict=True):
                for k, head in box:
                    builders[a].heads.append((k, head))
                    state.owner[k] = a
                    del candidates[k]
                state.page.explain(f"line {box[0][1].first_line}: heads of boxes side by "
                                   f"side: “{_short(box[-1][1].text)}” → {builders[a].ident}")
        i = j


def _take_heads(state: TextState, candidates: dict[int, Head | Paragraph], limit: int) -> None:
    """One pass giving heads and leads to articles, best fit first, up to ``limit`` heads
    an article."""
    items, builders, owner = state.items, state.builders, state.owner
    texts, vocab, gaps = state.texts, state.vocab, state.gaps
    scores = sorted(  # best fit first; on a tie, the article sharing more words
        ((_fit(texts[i], b, vocab, gaps[i], a) + _beside_bonus(items, i, a, owner),
          vocab.coverage(texts[i], b.words), -i, -a, i, a)
         for i in candidates if i not in owner for a, b in enumerate(builders)
         if a not in state.stacked or state.stacked[a][0] <= i < state.stacked[a][1]),
        reverse=True,
    )
    matched = _best_headlines(items, candidates, owner, scores) \
        if limit == 1 and thresholds.GLOBAL_HEADLINES else None
    for score, _coverage, _i, _a, i, a in scores:
        if i in owner:
            continue
        item, builder = candidates[i], builders[a]
        if limit == 1 and isinstance(item, Head) and item.text.startswith(DASHES):
            continue  # subtitles once the articles have their heads and leads
        if matched is not None and _plain_head(item) and matched.get(i) != a:
            continue  # the headline goes where the page's best assignment puts it
        if _take(builder, i, item, limit):
            owner[i] = a
            state.page.explain(f"line {item.first_line}: “{_short(item.text)}” → "
                              f"{builder.ident} (fit {score:.2f})")
    for i, a in owner.items():  # what an article took speaks for it in the next pass
        builders[a].words.update(state.texts[i])


def _take(builder: ArticleBuilder, i: int, item: Head | Paragraph, limit: int) -> bool:
    """Whether the article takes item ``i``: as its lead, a numbered subhead, its subtitle
    or one of up to ``limit`` heads."""
    article = builder.article
    if isinstance(item, Paragraph):
        if article.lead is not None:
            return False
        article.lead = item
    elif _is_labelled_subhead(item):
        item.role = "section"
        article.sections.append(Section(item))
    elif item.text.startswith(DASHES):
        if article.subtitle is not None:
            return False
        item.role = "sub"
        article.subtitle = item
    elif len(builder.heads) < limit:
        builder.heads.append((i, item))
    else:
        return False
    return True


def _keep_untaken(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """More heads than articles take: keep each as a subhead of the nearest article."""
    for i, item in candidates.items():
        if i in state.owner:
            continue
        a = _nearest(state.gaps[i])
        article = state.builders[a].article
        if isinstance(item, Head) and _stacked_with_full_heads(state, i, a):
            # kicker, headline, subtitle in the order printed
            builder = state.builders[a]
            stack = sorted([*builder.heads, (i, item)], key=lambda pair: pair[0])
            builder.heads, (_k, subtitle) = stack[:-1], stack[-1]
            subtitle.role = "sub"
            article.subtitle = subtitle
            state.owner[i] = a
            state.page.explain(f"line {subtitle.first_line}: “{_short(subtitle.text)}” is "
                              f"{builder.ident}'s subtitle (the last of three heads over it)")
            continue
        if isinstance(item, Head):
            item.role = "section"
            article.sections.append(Section(item))
        else:  # a lead no article took reads as a paragraph, its label as a subhead
            if item.label is not None:
                item.label.role = "section"
                article.sections.append(Section(item.label))
                item.label = None
            article.paragraphs.append(item)
        state.owner[i] = a
        state.page.explain(f"line {item.first_line}: “{_short(item.text)}” kept in "
                          f"{state.builders[a].ident} as a subhead (no article took it as a head)")


def _stacked_with_full_heads(state: TextState, i: int, a: int) -> bool:
    """A head no article took, printed in one stack with an article's two heads right over
    its text: three heads over an article are kicker, headline and subtitle (副题), the
    last printed without a dash (a subhead stands under the text's first paragraph, never
    between the heads and the dateline)."""
    builder, article = state.builders[a], state.builders[a].article
    stack = sorted([i, *(j for j, _head in builder.heads)])
    return (article.subtitle is None and len(builder.heads) == thresholds.MAX_HEADS
            and stack == list(range(stack[0], stack[0] + len(stack)))
            and all(state.gaps[j][1] == a for j in stack)
            and stack[-1] + 1 in builder.indexes)


def _assign_bylines(state: TextState, bylines: dict[int, Byline]) -> None:
    """Each byline to its article, the closing ones first."""
    builders = state.builders
    for i, item in sorted(bylines.items(), key=lambda pair: pair[1].kind == "lead"):
        a = _byline_owner(state, i, item)
        target = builders[a].article
        closing = item.kind in CLOSING or (item.kind == "jump" and not _jumps_in(item))
        (target.trailing if closing else target.bylines).append(item)
        state.owner[i] = a
        state.page.explain(f"line {item.first_line}: byline “{item.text}” → {builders[a].ident}")


def _join_headless(builders: list[ArticleBuilder], page: Page) -> list[ArticleBuilder]:
    """An article is printed with a head, a byline or a dateline: paragraphs that got none
    of them once every head was given out are the article printed before them going on
    (its text resumed under a photo set in its columns)."""
    kept: list[ArticleBuilder] = []
    for builder in sorted(builders, key=lambda b: min(b.indexes, default=0)):
        art = builder.article
        bare = not (art.kicker or art.headline or art.subtitle or art.bylines or art.dateline
                    or art.lead or art.trailing or art.sections)
        if not (bare and kept):
            kept.append(builder)
            continue
        before = kept[-1]
        target = before.article.sections[-1].paragraphs if before.article.sections \
            else before.article.paragraphs
        paragraphs = list(art.paragraphs)
        if target and target[-1].open and paragraphs:
            target[-1] = _merge(target[-1], paragraphs.pop(0))
        target.extend(paragraphs)
        before.article.figures.extend(art.figures)
        before.indexes.extend(builder.indexes)
        page.explain(f"line {art.first_line}: paragraphs with no head, byline or dateline "
                     f"go on {before.ident}")
    kept.sort(key=lambda b: builders.index(b))
    if len(kept) < len(builders):  # number the articles left as before, 1, 2, …
        for n, builder in enumerate(kept, 1):
            builder.ident = builder.article.ident = f"art-{n}"
    return kept


def _plain_head(item: Item) -> bool:
    """A head that may be an article's headline or kicker (not a subtitle or a subhead)."""
    return isinstance(item, Head) and not item.text.startswith(DASHES) \
        and not _is_labelled_subhead(item)


def _best_headlines(items: list[Item], candidates: dict[int, Head | Paragraph],
                    owner: dict[int, int], scores: list[_Score]) -> dict[int, int] | None:
    """One headline for each article, chosen for the page as a whole: the assignment of
    plain heads to articles (each at most once) with the greatest total fit, instead of
    taking the best-fitting pair first. Exact over subsets of articles; None (the pairs
    are then taken best first) where a page has too many articles for that."""
    heads = [i for i in candidates if i not in owner and _plain_head(items[i])]
    fit = {(i, a): score for score, _c, _i, _a, i, a in scores}
    articles = sorted({a for _i, a in fit})
    if len(articles) > MAX_EXACT or not heads:
        return None
    column = {a: k for k, a in enumerate(articles)}
    best: dict[int, tuple[float, tuple[tuple[int, int], ...]]] = {0: (0.0, ())}
    for i in heads:  # each head takes a free article or none
        step = dict(best)
        for mask, (total, pairs) in best.items():
            for a in articles:
                bit = 1 << column[a]
                if mask & bit or fit.get((i, a), 0.0) <= 0.0:
                    continue  # a head sharing no word with an article, printed away from it
                candidate = (total + fit[i, a], (*pairs, (i, a)))
                if candidate[0] > step.get(mask | bit, (-1.0, ()))[0] + 1e-12:
                    step[mask | bit] = candidate
        best = step
    # the most articles headed first (every article wants a headline), then the best fit
    _total, pairs = max(best.values(), key=lambda tp: (len(tp[1]), tp[0]))
    return dict(pairs)


def _fit(probe: Counter[str], builder: ArticleBuilder, vocab: Vocabulary,
         neighbours: tuple[int | None, int | None], a: int) -> float:
    before, after = neighbours
    # print sets heads above their text: with nothing else to go by, the article below wins
    bonus = thresholds.NEAR_BONUS
    near = bonus + thresholds.HEADS_ABOVE if a == after else bonus if a == before else 0.0
    return vocab.coverage(probe, builder.words) + near


def _beside_bonus(items: list[Item], i: int, a: int, owner: dict[int, int]) -> float:
    """A kicker printed right above (or below) a head already given to an article goes there;
    a subtitle goes by its words, since extractors print it far from its headline, unless
    it comes right under a head (——记… under its headline: the article's heads as set)."""
    item = items[i]
    if not isinstance(item, Head):
        return 0.0
    for j in (i - 1,) if item.text.startswith(DASHES) else (i - 1, i + 1):
        other = items[j] if 0 <= j < len(items) else None
        # printed above it or below it: heads of boxes set side by side, read box by box,
        # neighbour a head of the other box printed on the same lines
        placed = isinstance(other, Head) and (
            other.lines[-1].number < item.first_line if j < i
            else other.first_line > item.lines[-1].number)
        if placed and owner.get(j) == a:
            return thresholds.BESIDE_BONUS
    return 0.0


def _nearest(neighbours: tuple[int | None, int | None]) -> int:
    before, after = neighbours
    return before if before is not None else after if after is not None else 0


def _byline_owner(state: TextState, i: int, item: Byline) -> int:
    """A leading byline (item ``i``) is printed with its article's heads, above or below
    it; else it opens the next article. A trailing one closes the article before. An article
    that already names its reporters (a byline, a dateline's bracket) passes it on to a
    neighbour that names none."""
    items, owner, gaps = state.items, state.owner, state.gaps
    before, after = gaps[i]
    if item.kind == "end" or (item.kind == "jump" and not _jumps_in(item)):
        return before if before is not None else _nearest(gaps[i])
    if item.kind == "jump":
        return after if after is not None else _nearest(gaps[i])
    if item.kind == "trail":
        near = [before, after]
    else:
        near = [_head_owner(items, i, -1, owner), _head_owner(items, i, 1, owner), after, before]
    choices = [a for a in near if a is not None] or [_nearest(gaps[i])]
    for a in choices:
        article = state.builders[a].article
        named = article.dateline is not None and bool(article.dateline.names)
        if not (article.bylines or article.trailing or named):
            return a
    return choices[0]


def _jumps_in(mark: Byline) -> bool:
    """（上接A01版） says where an article comes from; （下转A05版） where it goes on."""
    return "上" in mark.text or "接" in mark.text


def _head_owner(items: list[Item], i: int, step: int, owner: dict[int, int]) -> int | None:
    """The article of the head next to item ``i`` (other bylines passed over), if any."""
    j = i + step
    while 0 <= j < len(items) and isinstance(items[j], Byline):
        j += step
    if 0 <= j < len(items) and isinstance(items[j], Head):
        return owner.get(j)
    return None


def _photo_title_from_heads(state: TextState, builder: ArticleBuilder) -> None:
    """Of an article's two heads, one printed right after the credit of a photo with no
    title, apart from the other head and with a paragraph (not a byline or a head) after it,
    is that photo's title: a kicker is printed with its headline (送清凉 after its photo's
    credit, where the extractor prints heads after their text)."""
    if len(builder.heads) != 2:
        return
    (i, first), (j, second) = sorted(builder.heads, key=lambda pair: pair[0])
    if j - i == 1 or second.first_line - first.lines[-1].number <= 2:
        return  # set together: a kicker over its headline
    items = state.items
    for k, head in ((i, first), (j, second)):
        photo = items[k - 1] if k > 0 else None
        following = items[k + 1] if k + 1 < len(items) else None
        if isinstance(photo, Figure) and photo.title is None and photo.credit is not None \
                and isinstance(following, Paragraph) and len(head.lines) <= 2 \
                and not has_cjk_gap(head.text) \
                and width(head.text) <= thresholds.PHOTO_TITLE_WIDTH:
            builder.heads.remove((k, head))
            photo.title, head.role = head, "title"
            state.page.explain(f"line {head.first_line}: “{_short(head.text)}” is the title "
                              f"of photo {photo.ident}, printed after its credit")
            return



def _name_heads(builder: ArticleBuilder) -> None:
    """Two heads: the first printed is the kicker (引题), the other the headline."""
    heads = [head for _i, head in sorted(builder.heads, key=lambda pair: pair[0])]
    article = builder.article
    if len(heads) == 1:
        article.headline = heads[0]
    elif len(heads) == 2:
        article.kicker, article.headline = heads
    roles: tuple[tuple[Head | None, HeadRole], ...] = (
        (article.kicker, "kicker"), (article.headline, "main"))
    for head, role in roles:
        if head is not None:
            head.role = role


def _reading_order(items: list[Item], builders: list[ArticleBuilder], placed: set[int],
                   page: Page) -> list[Article | Item]:
    """Articles and stand-alone photos in the order their text was printed."""
    placed_figures = {id(f) for b in builders for f in b.article.figures}
    body: list[tuple[int, Article | Item]] = []
    for builder in builders:
        first = min(builder.indexes) if builder.indexes else 0
        body.append((first, builder.article))
    for i, item in enumerate(items):
        if isinstance(item, Figure) and id(item) not in placed_figures:
            body.append((i, item))
    if not builders:
        for i, item in enumerate(items):
            if not isinstance(item, Figure):
                body.append((i, item))
                page.explain(f"line {item.first_line}: “{_short(item.text)}” left unplaced "
                             "(no article on the page)")
    return [item for _pos, item in sorted(body, key=lambda pair: pair[0])]


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
