"""What the segmentation rule tests read off a small page: its articles, their paragraphs and
heads, and a plain report to set before the page under test (written for the tests, not taken
from any test page)."""

from __future__ import annotations

from teipress.segment import segment_page
from teipress.segment.model import Article

# A short datelined report that any page may open with, so the form under test is not first.
REPORT = ("社区食堂开到家门口\n\n"
          "本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n家，老人在家门口就能吃上热\n"
          "乎饭。\n\n")


def articles(text: str) -> list[Article]:
    return [item for item in segment_page(text).body if isinstance(item, Article)]


def paragraphs(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs] + [
        p.text for s in article.sections for p in s.paragraphs]


def heads(article: Article) -> tuple[str, str, str]:
    """Kicker, headline and subtitle ("" where there is none)."""
    kicker, headline, subtitle = (h.text if h else "" for h in
                                  (article.kicker, article.headline, article.subtitle))
    return kicker, headline, subtitle


def subheads(article: Article) -> list[str]:
    return [s.head.text for s in article.sections if s.head is not None]
