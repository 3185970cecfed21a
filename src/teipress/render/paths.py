"""Where things go in the site, as paths from the output root, and how a reader names a
page: the page view, its article pages and its files all hang off the issue's folder."""

from __future__ import annotations

from teipress.render.view import ArticleView, PageView
from teipress.safepaths import file_stem, issue_folder


def issue_dir(page: PageView) -> str:
    return issue_folder(page.date)


def page_stem(page: PageView) -> str:
    return f"{issue_dir(page)}/{page.slug}"


def page_path(page: PageView) -> str:
    return f"{issue_dir(page)}/{page.slug}.html"


def article_path(page: PageView, article: ArticleView) -> str:
    return f"{issue_dir(page)}/{page.slug}/{file_stem(article.id, 'article')}.html"


def page_name(page: PageView) -> str:
    """How a reader names the page: ``第3版 经济`` (the TEI id where no number is printed)."""
    name = f"第{page.number}版" if page.number else page.id
    return f"{name} {page.section}" if page.section else name

