"""Runs of body paragraphs, and which runs make one article.

A trailing byline or a dateline ends or starts an article, an open paragraph continues
one, a subhead between runs joins them, a notice's head or a column's label over a
headline parts them; otherwise shared words decide. Each verdict is explained on the page.
"""

from __future__ import annotations

import re
from collections import Counter

from teipress.segment import thresholds
from teipress.segment.endnotes import is_endnotes
from teipress.segment.item_forms import AFTER_TEXT, is_body, is_labelled_subhead
from teipress.segment.line_bylines import placed_dash_signature
from teipress.segment.line_forms import INDENTED
from teipress.segment.lists import book_credit
from teipress.segment.model import Byline, Figure, Head, Item, Page, Paragraph
from teipress.segment.patterns import (
    BOX_HEAD,
    DATELINE,
    HANDLE,
    INDEX_ENTRY,
    NOTICE_HEAD,
    SUBHEAD_MARK,
    is_column_label,
    names_in,
)
from teipress.segment.similarity import Vocabulary, words
from teipress.segment.text import DASHES, width

# The editor's afterword set under a report (编后, 编后语, 编后记): the editors' own short piece,
# an article of its own however much it speaks of the report over it.
_AFTERWORD_HEAD = re.compile(r"编后(?:语|记|话)?")
# A person's facts as a profile box runs them on in sentences, the name first, then sex (吉克
# 阿依，女，彝族，1982年生，…。): a box's text of its own, never a paragraph of the profile's text
# under a subhead (a card printing a fact a line, ending no sentence, stays with its profile).
_PERSONS_FACTS = re.compile(r"^[\u4e00-\u9fff·]{2,8}，[男女]，.*[。！]$")


def paragraph_runs(items: list[Item]) -> list[tuple[int, int]]:
    """Index ranges [start, end) of consecutive body paragraphs; a paragraph opening with a
    dateline starts a run of its own (briefs stacked in one column, each with its dateline)."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, item in enumerate([*items, None]):
        if item is not None and is_body(item):
            if start is not None and DATELINE.match(item.text):
                runs.append((start, i))
                start = None
            if start is None:
                start = i
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def split_twice_credited(items: list[Item], runs: list[tuple[int, int]],
                         texts: list[Counter[str]], vocab: Vocabulary) -> list[tuple[int, int]]:
    """A run opening with a dateline that credits its reporters, closed by a trailing byline
    crediting others and followed by a head, holds two reports: extractors that print heads
    after their bodies run a short report's text on under the one before it in the column
    (经济日报讯（记者 甲）… / …（记者 乙） / its headline). The run is cut after the last closed
    paragraph that leaves the head's words in the text after it: the shortest text it fits."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        first = items[start]
        opening = DATELINE.match(first.text) if is_body(first) else None
        trailer, late = (items[k] if k < len(items) else None for k in (end, end + 1))
        credited = names_in(opening.group("byline")) if opening and opening.group("byline") \
            else []
        cuts = [k for k in range(start + 1, end)
                if isinstance(before := items[k - 1], Paragraph) and not before.open]
        if not credited or not cuts or not isinstance(late, Head) \
                or not isinstance(trailer, Byline) or trailer.kind not in AFTER_TEXT \
                or not trailer.names or set(trailer.names) & set(credited):
            out.append((start, end))
            continue
        probe = words(late.text)
        fit, cut = max((vocab.coverage(probe, sum(texts[k:end], Counter())), k) for k in cuts)
        out += [(start, cut), (cut, end)] if fit > 0.0 else [(start, end)]
    return out


def split_at_blank_lines(items: list[Item], runs: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """A run whose paragraphs keep the indent and follow each other line on line (PyMuPDF
    prints an article's text as one block, no blank line between its paragraphs or
    columns), followed by a head: one blank line inside it parts two blocks of the page, a
    box's text after the article's (a warning box's tips under a report, its head printed
    after them); the run is cut there, and the words of the two parts decide whether they
    are one article."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        run = [item for item in items[start:end] if isinstance(item, Paragraph)]
        following = items[end] if end < len(items) else None
        cuts = [start + k for k in range(1, len(run))
                if run[k].first_line > run[k - 1].lines[-1].number + 1]
        if _heads_or_byline(following) and len(run) == end - start >= 3 and len(cuts) == 1 \
                and all(INDENTED.match(paragraph.lines[0].text) for paragraph in run):
            out += [(start, cuts[0]), (cuts[0], end)]
        else:
            out.append((start, end))
    return out


def _heads_or_byline(item: Item | None) -> bool:
    """A head, or a byline opening an article's heads (本报评论员文章 over an editorial's
    headline), printed after a text: what an article prints over its text."""
    return isinstance(item, Head) or (isinstance(item, Byline) and item.kind == "lead")


def group_runs(items: list[Item], runs: list[tuple[int, int]], texts: list[Counter[str]],
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
        assert is_body(first)
        assert is_body(last)
        between = _past_photos_inside(gap, last)
        head = between[-1] if len(between) == 1 and isinstance(between[-1], Head) else None
        sides = (vocab.coverage(words(head.text), so_far), vocab.coverage(words(head.text), this)) \
            if head is not None else (0.0, 0.0)
        reason, join = (
            ("the article's notes, printed after its author's line", True)
            if is_endnotes(first) and all(isinstance(x, Byline) for x in gap)
            else ("a reader's signed message under its column's label opens an article", False)
            if _message_under_label(between, items, start, end)
            else _listing_verdict(between, last, items[start:end])
            or _join_reason(gap, first, last, similarity, column, sides))
        page.explain(f"lines {last.first_line}–{first.first_line}: "
                     f"{'same article' if join else 'new article'} ({reason})")
        if join:
            groups[-1].append(k)
            so_far.update(this)
        else:
            groups.append([k])
            so_far = this
    return groups


def _message_under_label(gap: list[Item], items: list[Item], start: int, end: int) -> bool:
    """A readers' column's first message under its label (读者留言): a lone label's head over
    a brief's few paragraphs closed by the reader's dash signature (——西吉县 某某). The label
    heads the column, no section of the text before."""
    closing = items[end] if end < len(items) else None
    return len(gap) == 1 and isinstance(head := gap[0], Head) \
        and is_column_label(head.text, thresholds.COLUMN_LABEL_WIDTH) \
        and end - start <= thresholds.BRIEF_PARAGRAPHS \
        and isinstance(closing, Byline) and placed_dash_signature(closing.text) is not None


def _join_reason(gap: list[Item], first: Paragraph, last: Paragraph,
                 similarity: float, column: float,
                 sides: tuple[float, float] = (0.0, 0.0)) -> tuple[str, bool]:
    """Whether two runs of paragraphs are one article, and why. ``sides``: how much of a
    lone head between them the text before and the text after use."""
    if any(isinstance(x, Byline) and x.kind in AFTER_TEXT for x in gap):
        return "a trailing byline ends the article", False
    opening = _opening(gap, first, last)
    if opening:
        return opening, False
    if last.open and not INDENTED.match(first.lines[0].text):
        # (where the extractor keeps the 2em indent, a line set in opens a paragraph: the one
        # left open ends there, on a colon over a list printed before it, say)
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
        piece_of_its_own = _piece_of_its_own(closest) or (
            "a head over a person's facts opens a profile box"
            if _PERSONS_FACTS.match(first.text) else None)
        if piece_of_its_own:
            return piece_of_its_own, False
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


def _box_read_last(gap: list[Item], first: Paragraph, last: Paragraph) -> bool:
    """Whether the text after the gap was printed before the text ahead of it began: a box the
    extractor printed where another article's paragraph breaks between columns (pdfminer's
    box in a profile's columns), taken out of that paragraph and read after the page's flow
    (``pieces``). Its heads are the box's own, not a subhead of the article read before it.
    A table or list so printed (a project table under its title) is left to the other rules:
    it is the article's whose paragraph it cuts, no piece of its own."""
    return any(isinstance(x, Head) for x in gap) and first.block is None and \
        first.first_line < last.first_line


def _heads_past_a_subtitle(gap: list[Item]) -> bool:
    """A subtitle (``——…``) with other heads after it between two runs: a subtitle closes its
    article's heads, so the heads past it are another article's (an extractor printing heads
    after bodies prints one article's headline and subtitle, then the next one's label and
    headline over its text)."""
    heads = [item for item in gap if isinstance(item, Head)]
    dashed = [n for n, head in enumerate(heads) if head.text.lstrip().startswith(DASHES)]
    return bool(dashed) and dashed[0] < len(heads) - 1


def _piece_of_its_own(head: Head) -> str | None:
    """What a head says of the text under it that makes it a piece of its own, if anything."""
    text = "".join(head.text.split())
    if NOTICE_HEAD.fullmatch(text):
        return "a notice's head opens a notice of its own"
    if _AFTERWORD_HEAD.fullmatch(text):
        return "an editor's afterword is an article of its own"
    if BOX_HEAD.fullmatch(text):
        return "a timeline's, a glossary's, a link's or a profile's box is a piece of its own"
    return None


def _opening(gap: list[Item], first: Paragraph, last: Paragraph) -> str | None:
    """What opens an article at the run after the gap, if anything does."""
    if DATELINE.match(first.text):
        return "a dateline opens an article"
    if INDEX_ENTRY.match(first.text) and not INDEX_ENTRY.match(last.text):
        return "a front page's index is an article of its own"
    if _heads_past_a_subtitle(gap):
        return "a subtitle with heads past it: two articles' heads stand between"
    if book_credit(first) and any(isinstance(x, Head) for x in gap):
        return "a book's credit line under its title opens a notice"
    if _box_read_last(gap, first, last):
        return "a box printed in another article's paragraph break is a piece of its own"
    return None


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
    if not isinstance(closest, Head) or not is_labelled_subhead(closest):
        return None
    above = gap[-2] if len(gap) == 2 else None
    if isinstance(above, Head) and len(above.lines) == 1 and len(closest.lines) == 1 \
            and is_column_label(above.text, thresholds.COLUMN_LABEL_WIDTH) \
            and not SUBHEAD_MARK.match(above.text) and closest.text.strip()[:1] in _BRIEF_MARKS:
        # a column's label over a brief's head marked ■ (体坛简讯 / ■某某…): a column of
        # briefs opens; a subhead of the text before stands under no label
        return "a column's label over a marked brief's head opens briefs", False
    if sum(isinstance(x, Head) and not is_labelled_subhead(x) for x in gap[:-1]) >= 2:
        # a box's label and headline over its text's first part (典型案例 / 督促…案 /
        # 【基本案情】): the heads open an article of their own (one head there may be the
        # headline of the text before, printed after it: pdfminer)
        return "heads stand over the labelled subhead opening the run", False
    if any(isinstance(x, Figure) for x in gap) and not closest.parallel:
        return None  # (labels of one form, 问题：… 对策：…, go on past a photo)
    return "a numbered or labelled subhead opens the run", True


_BRIEF_MARKS = "■□●◆◇▲△★☆"  # the marks briefs' heads open with (SUBHEAD_MARK's symbols)


def _listing_verdict(gap: list[Item], last: Paragraph, run: list[Item]
                     ) -> tuple[str, bool] | None:
    """A head alone over a run of one sentence introducing a list or table, then the list (a
    calendar of events, a roll of honour), after text that ends: a listing, a box of its own
    under its head, as papers set them; no subhead of the text before."""
    head = gap[0] if len(gap) == 1 else None
    # (the list may come first, where an extractor reads the box's table before its text)
    listing = len(run) == 2 and all(isinstance(item, Paragraph) for item in run) \
        and sorted(item.block is None for item in run if isinstance(item, Paragraph)) == [
            False, True]
    if isinstance(head, Head) and listing and not last.open \
            and not SUBHEAD_MARK.match(head.text.strip()):
        return "a head over a sentence and the list it introduces opens a listing", False
    return None


def _box_boundary(gap: list[Item], first: Paragraph, last: Paragraph) -> str:
    """Why the heads between two runs part boxes whatever words they share, or ""."""
    if label_over_headline(gap):
        return "a column's label over a headline opens a box of its own"
    if gap and isinstance(gap[-1], Head) and HANDLE.match(last.text) \
            and not HANDLE.match(first.text):
        return "a head after readers' comments (@某某：…) opens other text"
    if len(gap) == 1 and isinstance(gap[0], Head) and last.block is not None \
            and not SUBHEAD_MARK.match(gap[0].text.strip()):
        # a box prints its list or table last (a chronology, a record's fields, prices)
        return "a head after the list or table closing a text opens other text"
    return ""


def label_over_headline(gap: list[Item]) -> bool:
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
        and not is_labelled_subhead(headline)


def _looks_like_headline(head: Head, column: float) -> bool:
    """Set as a headline: wider than a column. (Two phrases set apart are no sign by
    themselves: subheads within the column are set so too, 老娘舅坐堂 矛盾就地化解.)"""
    return any(width(line.text) > column for line in head.lines)


def _is_subhead_shaped(head: Head) -> bool:
    """Printed like a subhead (小标题): numbered, or over two short lines, or ``记者手记：``."""
    first = head.lines[0].text.strip()
    return bool(SUBHEAD_MARK.match(first)) or len(head.lines) >= 2 or first.endswith(("：", ":"))
