"""From pieces to a page: articles, and where each displaced head belongs.

Extractors keep an article's paragraphs together but print its heads where the layout put
them: a headline after its body, a kicker beside another article's byline, a subtitle at
the end of the page. Paragraph runs are grouped into articles first (a trailing byline or a
dateline ends or starts one, an open paragraph continues, shared words join); then every
head, byline and lead goes to the article it shares most words with, near ones preferred.
The public functions are the text reader's passes (``segment.text_passes``), in that order;
each hands its work to a module with one job: ``item_forms`` (what an item is by its form),
``article_runs`` (which runs of paragraphs make one article), ``side_by_side`` (boxes read
row by row), ``article_text`` (each article's paragraphs and subheads), ``answer_keys``
(a box's answers printed apart), ``datelines``,
``brief_heads`` (columns of briefs), ``article_heads`` (heads and leads by fit) and
``byline_owners``.
"""

from __future__ import annotations

from collections import Counter

from teipress.segment import thresholds
from teipress.segment.answer_keys import keys_to_their_boxes
from teipress.segment.article_heads import (
    bracketed_closes,
    heads_over_labels,
    keep_untaken,
    label_and_headline_over_boxes,
    label_leads,
    name_heads,
    opening_subhead_from_heads,
    photo_title_from_heads,
    take_heads,
)
from teipress.segment.article_runs import (
    group_runs,
    paragraph_runs,
    split_at_blank_lines,
    split_twice_credited,
)
from teipress.segment.article_text import (
    fill_articles,
    fill_empty_section,
    gap_neighbours,
    join_headless_articles,
)
from teipress.segment.brief_heads import column_labels, head_briefs
from teipress.segment.byline_owners import assign_bylines
from teipress.segment.figures import find_figures
from teipress.segment.item_forms import mark_parallel_labels, mark_series_tags
from teipress.segment.model import Article, Byline, Figure, Head, Item, Page, Paragraph
from teipress.segment.side_by_side import side_by_side_heads, split_box_runs
from teipress.segment.similarity import Vocabulary, words
from teipress.segment.state import ArticleBuilder, TextState
from teipress.segment.text import short


def take_figures(state: TextState) -> None:
    """Each photo's caption, credit and title made one figure."""
    state.items = find_figures(state.pieces, state.page, state.column)


def find_runs(state: TextState) -> None:
    """Runs of body paragraphs, and the words of every item."""
    mark_parallel_labels(state.items)
    mark_series_tags(state.items)
    state.texts = [_words(item) for item in state.items]
    state.vocab = Vocabulary(state.texts)
    runs = split_twice_credited(state.items, split_at_blank_lines(
        state.items, paragraph_runs(state.items)), state.texts, state.vocab)
    state.runs = split_box_runs(state.items, runs, state.texts, state.vocab)


def group_articles(state: TextState) -> None:
    """Which runs make one article; each article's paragraphs and subheads, the rest pooled."""
    state.groups = group_runs(state.items, state.runs, state.texts, state.vocab, state.page,
                              state.column)
    state.builders = [ArticleBuilder(ident=f"art-{n}")
                      for n in range(1, len(state.groups) + 1)]
    run_owner = {k: a for a, group in enumerate(state.groups) for k in group}
    state.placed = fill_articles(state.items, state.runs, state.groups, state.builders,
                                 state.pool, state.page)
    keys_to_their_boxes(state.builders, state.items, state.page)
    state.gaps = gap_neighbours(state.items, state.runs, run_owner)
    for b in state.builders:
        b.words = sum((state.texts[i] for i in b.indexes), Counter())


def place_heads(state: TextState) -> None:
    """Give heads, subtitles and leads to the article they fit best; name kicker and headline."""
    if not state.builders:
        return
    candidates = label_leads(state, {i: item for i in state.pool
                                     if isinstance(item := state.items[i], Head | Paragraph)})
    column_labels(state, candidates)
    head_briefs(state, candidates)
    side_by_side_heads(state, candidates)
    heads_over_labels(state, candidates)
    label_and_headline_over_boxes(state, candidates)
    bracketed_closes(state, candidates)
    for limit in (1, thresholds.MAX_HEADS):  # first one head for every article, then kickers
        take_heads(state, candidates, limit)
    keep_untaken(state, candidates)


def place_bylines(state: TextState) -> None:
    """Each byline to its article, the closing ones first."""
    if not state.builders:
        return
    assign_bylines(state, {i: item for i in state.pool
                           if isinstance(item := state.items[i], Byline)})
    for builder in state.builders:
        photo_title_from_heads(state, builder)
        opening_subhead_from_heads(state, builder)
        name_heads(builder)


def join_headless(state: TextState) -> None:
    """Paragraphs that got no head, byline or dateline go on the article before them."""
    state.builders = join_headless_articles(state.builders, state.page)


def fill_empty_sections(state: TextState) -> None:
    """A section head printed after its article's text takes the column group it lost."""
    for builder in state.builders:
        fill_empty_section(builder, state.page)


def order_body(state: TextState) -> None:
    """The articles and stand-alone photos, in the order their text was printed."""
    state.page.body = _reading_order(state.items, state.builders, state.placed, state.page)


def _words(item: Item) -> Counter[str]:
    if isinstance(item, Figure):
        return Counter()
    if isinstance(item, Byline):
        return Counter()
    return words(item.text)


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
                page.explain(f"line {item.first_line}: “{short(item.text)}” left unplaced "
                             "(no article on the page)")
    return [item for _pos, item in sorted(body, key=lambda pair: pair[0])]
