"""What the segmentation rule tests read off a small page: its articles, their paragraphs,
lists and heads, its photos, and a plain report to set before the page under test (written for
the tests, not taken from any test page).

The rule tests import these rather than walk the page model each in its own words, so that
every file reads a page the same way. Their pages are written for the rule (none is taken from
a test page): a column of 12 to 14 cells, paragraphs' first lines set in by two (the indent
dropped, as extractors print it), as tests/pages/README.md describes."""

from __future__ import annotations

from teipress.segment import segment_page
from teipress.segment.model import Article, Figure, Paragraph

# A short datelined report that any page may open with, so the form under test is not first.
REPORT = ("社区食堂开到家门口\n\n"
          "本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n家，老人在家门口就能吃上热\n"
          "乎饭。\n\n")
# A folio line to open a page with, and a brief to close it, so the form under test is neither
# first nor last.
FOLIO = "江州日报  2026年5月27日  星期三  第3版\n\n"
NEXT = "社区警务室挂牌\n\n本报讯 南湖街道十个社区\n警务室昨日挂牌，民警每周\n驻点。\n\n"


def articles(text: str) -> list[Article]:
    return [item for item in segment_page(text).body if isinstance(item, Article)]


def headed(page: list[Article], words: str) -> Article:
    """The page's first article whose headline holds these words."""
    return next(a for a in page if a.headline and words in a.headline.text)


def flow(article: Article) -> list[Paragraph]:
    """The article's paragraphs in reading order: those before any subhead, then each
    section's."""
    return [*article.paragraphs, *(p for s in article.sections for p in s.paragraphs)]


def paragraphs(article: Article) -> list[str]:
    return [p.text for p in flow(article)]


def prose(article: Article) -> list[str]:
    """The texts of the article's paragraphs that are no list or table."""
    return [p.text for p in flow(article) if not p.block]


def blocks(text: str) -> list[Paragraph]:
    """The lists and tables of every article on the page."""
    return [p for article in articles(text) for p in flow(article) if p.block]


def page_figures(text: str) -> list[Figure]:
    """The photos set on the page itself (none that an article holds)."""
    return [item for item in segment_page(text).body if isinstance(item, Figure)]


def figures_of(text: str) -> list[Figure]:
    """Every photo of the page: those set on the page, then those its articles hold."""
    body = segment_page(text).body
    return [item for item in body if isinstance(item, Figure)] + [
        figure for item in body if isinstance(item, Article) for figure in item.figures]


def heads(article: Article) -> tuple[str, str, str]:
    """Kicker, headline and subtitle ("" where there is none)."""
    kicker, headline, subtitle = (h.text if h else "" for h in
                                  (article.kicker, article.headline, article.subtitle))
    return kicker, headline, subtitle


def subheads(article: Article) -> list[str]:
    return [s.head.text for s in article.sections if s.head is not None]
