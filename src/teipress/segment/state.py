"""The text reader's page state: what its passes (``segment.text_passes``) read and fill.

A field is empty until the pass that makes it has run; the table of passes says which that is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from teipress.segment import thresholds
from teipress.segment.model import Article, Head, Item, Line, Page, Piece
from teipress.segment.similarity import Vocabulary
from teipress.segment.text import DASHES


@dataclass
class ArticleBuilder:
    """An article being put together: its items (by index) and the words they share."""

    ident: str
    article: Article = field(default_factory=Article)
    indexes: list[int] = field(default_factory=list)  # items that are its text
    heads: list[tuple[int, Head]] = field(default_factory=list)
    words: Counter[str] = field(default_factory=Counter)

    def full(self, item: Head) -> bool:
        if item.text.startswith(DASHES):
            return self.article.subtitle is not None
        return len(self.heads) >= thresholds.MAX_HEADS


@dataclass
class TextState:
    """One page's extracted text on its way to the page model."""

    text: str
    paper_title: str = ""
    page: Page = field(default_factory=Page)
    # lines: the page's lines, a blank one None (furniture: its lines taken out)
    lines: list[Line | None] = field(default_factory=list)
    # pieces: paragraphs, heads and bylines in the order extracted, and the body column's width
    pieces: list[Piece] = field(default_factory=list)
    column: float = 0.0
    # figures: the pieces with each photo's caption, credit and title made one Figure
    items: list[Item] = field(default_factory=list)
    # runs: index ranges [start, end) of consecutive body paragraphs, the words of each item
    runs: list[tuple[int, int]] = field(default_factory=list)
    texts: list[Counter[str]] = field(default_factory=list)
    vocab: Vocabulary = field(default_factory=lambda: Vocabulary([]))
    # articles: which runs make one article, and the articles being built
    groups: list[list[int]] = field(default_factory=list)
    builders: list[ArticleBuilder] = field(default_factory=list)
    placed: set[int] = field(default_factory=set)  # items an article holds as its text
    pool: list[int] = field(default_factory=list)  # heads, bylines and leads still to place
    # for each item, the articles whose paragraphs come right before and right after it
    gaps: list[tuple[int | None, int | None]] = field(default_factory=list)
    owner: dict[int, int] = field(default_factory=dict)  # pool item → the article it went to
    # heads: briefs stacked under a column's label → the items of their stack
    stacked: dict[int, tuple[int, int]] = field(default_factory=dict)
