"""Each article's text: its runs' paragraphs and subheads, and what no head claims.

The groups of runs become articles (the subheads between runs their sections, the rest
pooled for the heads' and bylines' passes); paragraphs left with no head, byline or
dateline join the article before; a section printed after its text takes it back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import TypeGuard

from teipress.segment.datelines import take_dateline
from teipress.segment.item_forms import is_body
from teipress.segment.model import Byline, Figure, Head, Item, Page, Paragraph, Section
from teipress.segment.patterns import BOX_TAG
from teipress.segment.state import ArticleBuilder
from teipress.segment.text import DASHES, join_lines, short


def fill_articles(items: list[Item], runs: list[tuple[int, int]], groups: list[list[int]],
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
                if last is not None and paragraphs and _goes_on_into(last, paragraphs[0]):
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
    pool.extend(i for i in range(len(items)) if i not in in_gaps and not is_body(items[i])
                and not isinstance(items[i], Figure))
    pool.sort()
    return placed


def _subhead_under_byline(items: list[Item], start: int) -> bool:
    """A head between an article's leading byline and the text under it, the article's heads
    set over that byline down to its subtitle (headline, ——subtitle, 本报记者 某某, then
    从…说起): a subtitle closes the heads, so one under the byline opens the text's first
    section. Set line on line (no blank line between byline, head and text), as the extractor
    printed them together. A kicker and its headline set line on line over the byline close
    the heads too (【文旅新场景】 / 沙漠露营地里的“星空经济” / 本报记者 某某 / 白天看沙丘，晚上
    数星星): an article has no more heads than those two. (Under a byline after a kicker alone
    the head is as likely the next article's: 学习党的二十大精神·看基层 / 本报记者 路静 /
    优化营商环境进行时.)"""
    if start < 3:
        return False
    head, byline, gap = items[start - 1], items[start - 2], _heads_closed(items, start - 3)
    return _is_subhead(head) and not head.text.rstrip().endswith((":", "：")) \
        and isinstance(byline, Byline) and byline.kind == "lead" and gap > 0 \
        and head.first_line - byline.first_line <= gap \
        and items[start].first_line - head.lines[-1].number <= gap


def _heads_closed(items: list[Item], at: int) -> int:
    """How far (in lines) byline, head and text may stand apart under the head at ``at``, or
    0 where it does not close an article's heads: a subtitle, set line on line with them; a
    headline under its kicker (set right under it, or in one box with the series tag over
    it, 【文旅新场景】 / 沙漠露营地里的“星空经济”), line on line or one blank line apart as
    pdfminer and PyMuPDF part every block."""
    above = items[at]
    if not isinstance(above, Head):
        return 0
    if above.text.startswith(DASHES):
        return 1
    kicker = items[at - 1] if at else None
    tagged = len(above.lines) >= 2 and bool(BOX_TAG.fullmatch(above.lines[0].text.strip()))
    under_kicker = isinstance(kicker, Head) and not kicker.text.startswith(DASHES) \
        and kicker.lines[-1].number + 1 == above.first_line
    return 2 if tagged or under_kicker else 0


def _all_body(items: list[Item]) -> TypeGuard[list[Paragraph]]:
    return all(is_body(item) for item in items)


def _is_subhead(item: Item | None) -> TypeGuard[Head]:
    return isinstance(item, Head) and not item.text.startswith(DASHES)


def _goes_on_into(first: Paragraph, second: Paragraph) -> bool:
    """An open paragraph goes on in the next one, but never into a list or a table nor one
    under a label of its own (安全标兵： over its names): a block is no running text's
    continuation, and the join would drop its label and rows."""
    return first.open and not first.block and not second.block and second.label is None


def _merge(first: Paragraph, second: Paragraph) -> Paragraph:
    lines = first.lines + second.lines
    text = join_lines([first.text, second.text])
    return Paragraph(lines=lines, text=text, open=second.open, wide=first.wide)


def gap_neighbours(items: list[Item], runs: list[tuple[int, int]], run_owner: dict[int, int]
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


def nearest_article(neighbours: tuple[int | None, int | None]) -> int:
    before, after = neighbours
    return before if before is not None else after if after is not None else 0


def join_headless_articles(builders: list[ArticleBuilder], page: Page) -> list[ArticleBuilder]:
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
        if target and paragraphs and _goes_on_into(target[-1], paragraphs[0]):
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


def fill_empty_section(builder: ArticleBuilder, page: Page) -> None:
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
    page.explain(f"line {section.head.first_line}: subhead “{short(section.head.text)}” "
                 f"takes the {len(section.paragraphs)} paragraphs printed from line "
                 f"{section.paragraphs[0].first_line} (a column group of its own)")


def _column_break(paragraph: Paragraph) -> bool:
    """A paragraph printed in two pieces: a blank line (a column break) inside it."""
    numbers = [line.number for line in paragraph.lines]
    return any(b - a > 1 for a, b in pairwise(numbers))
