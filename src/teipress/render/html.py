"""The HTML edition: one page view per TEI page, a permalink per article, index pages,
registers of names and a search that works on a static host and from ``file://``.

Layout of an output folder (every link relative, so the folder can be opened from disk)::

    index.html                     the issues by date
    search.html                    search (index in assets/search-index.js)
    persons.html places.html orgs.html     registers from the TEI standOff
    assets/edition.css  assets/search.js  assets/search-index.js
    2022-11-22/index.html          one issue: its pages
    2022-11-22/pages.js            the issue's pages, for every page's 版面导航
    2022-11-22/03.html             one page, as printed (the page image with hotspots
                                   where the TEI has a facsimile: render.epaper)
    2022-11-22/03.xml  03.text.js  the page's TEI; its text for search excerpts
    2022-11-22/03/images/          page image, thumbnail, photos
    2022-11-22/03/art-1.html       one article (NewsArticle JSON-LD)
    2022-11-22/manifest.json       IIIF (render.iiif), when Site.base_url is known

:func:`render_html` does it all for a set of TEI files; the edition build can call the same
pieces: :func:`render_page_html` per page, then :func:`write_index_pages` once for the set
(indexes, registers, search index, assets).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from teipress.errors import UsageError
from teipress.fileio import write_atomic
from teipress.render.calendar import CALENDAR_FROM, WEEKDAY_HEADS, issue_months
from teipress.render.collation import sort_key
from teipress.render.epaper import (
    hotspots,
    image_files,
    issue_pages,
    issue_photos,
    svg_rects,
    write_issue_nav,
    write_page_files,
)
from teipress.render.iiif import IssueLinks, write_iiif
from teipress.render.markup import inline_markup
from teipress.render.paths import article_path, issue_dir, page_name, page_path
from teipress.render.search import DocTerms, write_page_text, write_search_index
from teipress.render.view import (
    ArticleView,
    FigureView,
    Inlines,
    PageView,
    SectionView,
    SpanView,
    load_page,
    plain_text,
)
from teipress.resources import data_dir
from teipress.safepaths import output_path

ASSETS = ("edition.css", "search.js", "epaper.js")
REGISTER_FILES = {"person": "persons.html", "place": "places.html", "org": "orgs.html"}
REGISTER_TITLES = {"person": "人名索引", "place": "地名索引", "org": "机构索引"}


@dataclass(frozen=True)
class Site:
    """What the edition says about itself: its title (the paper's name) and language."""

    title: str = ""
    lang: str = "zh-Hans"
    # issue folder (date) -> its one-document PDF, relative to the issue folder; the issue
    # index page links it (the edition build writes these PDFs)
    issue_pdfs: dict[str, str] = field(default_factory=dict, hash=False)
    # the edition build writes a PDF beside every page (2022-11-22/03.pdf); the page links it
    page_pdfs: bool = False
    # where the site is published (https://paper.example.org/): IIIF manifests need
    # absolute ids, so they are written only when it is known
    base_url: str = ""


def render_html(tei_paths: Sequence[Path], out_dir: Path, site: Site | None = None
                ) -> list[PageView]:
    """Render TEI pages and everything around them (indexes, registers, search, assets)."""
    pages = [load_page(Path(p)) for p in tei_paths]
    _check_unique(pages)
    for page in pages:
        image_files(page)  # every page's images are checked before anything is written
    site = site or Site(title=next((p.paper for p in pages if p.paper), ""))
    for page in pages:
        write_page_html(page, out_dir, site)
    write_index_pages(pages, out_dir, site)
    return pages


def render_page_html(tei_path: Path, out_dir: Path, site: Site) -> PageView:
    """Read one TEI file and write its page view and article pages; returns the page read."""
    page = load_page(Path(tei_path))
    write_page_html(page, out_dir, site)
    return page


def write_page_html(page: PageView, out_dir: Path, site: Site) -> list[str]:
    """Write the page view, one permalink page per article, and the page's files (TEI,
    page image, photos); returns those files' paths from the output root."""
    out_dir = Path(out_dir)
    files = write_page_files(page, out_dir, page_pdf=site.page_pdfs)
    spots = hotspots(page, lambda a: article_path(page, a))
    _write(out_dir, page_path(page), "page.html.j2", site, page=page, files=files,
           images=files.photos, hotspots=spots)
    articles = page.articles
    for n, article in enumerate(articles):
        _write(out_dir, article_path(page, article), "article.html.j2", site, page=page,
               article=article, files=files, images=files.photos,
               spot=next((h for h in spots if h.id == article.id), None),
               json_ld=_json_ld(page, article, site),
               previous=articles[n - 1] if n else None,
               next=articles[n + 1] if n + 1 < len(articles) else None)
    text = write_page_text(page, out_dir)
    return [page_path(page), *(article_path(page, a) for a in articles), *files.written, text]


def write_index_pages(pages: Iterable[PageView], out_dir: Path, site: Site,
                      search_terms: Mapping[Path, list[DocTerms]] | None = None) -> list[str]:
    """Write what belongs to the whole set of pages: the issues index, one index per issue,
    the name registers, the search page and its index, and the assets. ``search_terms``:
    the pages' :func:`~teipress.render.search.page_search_terms` by TEI path, when known.
    Returns the IIIF files written (:mod:`teipress.render.iiif`; none without
    ``site.base_url``)."""
    out_dir = Path(out_dir)
    pages = sorted(pages, key=_page_order)
    issues = [(date, list(group)) for date, group in groupby(pages, key=issue_dir)]
    issues.sort(key=lambda issue: issue[0], reverse=True)  # newest first
    iiif = _write_iiif(issues, out_dir, site) if site.base_url else []
    _write(out_dir, "index.html", "home.html.j2", site, issues=issues,
           months=issue_months([date for date, _ in issues]),
           collection="iiif/collection.json" in iiif)
    for date, pages_of_issue in issues:
        navigation = issue_pages(pages_of_issue, out_dir, page_name, article_path)
        write_issue_nav(date, navigation, out_dir)
        _write(out_dir, f"{date}/index.html", "issue.html.j2", site, date=date,
               pages=pages_of_issue, navigation=navigation,
               photos=issue_photos(pages_of_issue, out_dir, page_name, article_path),
               manifest=f"{date}/manifest.json" in iiif)
    for kind, entries in edition_registers(pages).items():
        _write(out_dir, REGISTER_FILES[kind], "register.html.j2", site, kind=kind,
               title=REGISTER_TITLES[kind], entries=entries)
    _write(out_dir, "search.html", "search.html.j2", site)
    write_search_index(pages, out_dir, known=search_terms)
    for name in ASSETS:
        write_atomic(output_path(out_dir, f"assets/{name}"),
                     (data_dir("stylesheets") / "html" / name).read_bytes())
    return iiif


def _write_iiif(issues: list[tuple[str, list[PageView]]], out_dir: Path, site: Site) -> list[str]:
    links = []
    for date, pages in issues:
        label = f"{pages[0].paper or site.title} {pages[0].date_text or date}".strip()
        pdf = site.issue_pdfs.get(date)
        links.append((IssueLinks(date, label, f"{date}/{pdf}" if pdf else "",
                                 site.page_pdfs or bool(pdf)), pages))
    return write_iiif(site.base_url, site.title, links, out_dir, site.lang, article_path)


def register_anchor(kind: str, name: str) -> str:
    """The id of a name's entry in its register page: ``person-路静``."""
    return f"{kind}-{'_'.join(name.split())}"


@dataclass(frozen=True)
class RegisterLine:
    """One name across the edition, with the places (page, article) it occurs."""

    anchor: str
    name: str
    places: tuple[tuple[str, str, int], ...]  # (path from the output root, label, count)
    letter: str = ""  # the pinyin initial it is filed under (A–Z, # for the rest)


def edition_registers(pages: Iterable[PageView]) -> dict[str, list[RegisterLine]]:
    """Registers of the whole set: entries of equal name on several pages become one line,
    sorted by pinyin (:mod:`teipress.render.collation`)."""
    found: dict[str, dict[str, list[tuple[str, str, int]]]] = {k: {} for k in REGISTER_FILES}
    for page in sorted(pages, key=_page_order):
        where = f"{page.date} {page_name(page)}".strip()
        articles = {a.id: a for a in page.articles}
        for kind, entries in page.registers.by_kind():
            for entry in entries:
                places = found[kind].setdefault(entry.name, [])
                for occ in entry.occurrences:
                    if occ.anchor in articles:
                        path = article_path(page, articles[occ.anchor])
                    else:
                        path = page_path(page) + (f"#{occ.anchor}" if occ.anchor else "")
                    places.append((path, f"{where} · {occ.label}", occ.count))
    registers = {}
    for kind, names in found.items():
        keys = {name: sort_key(name, person=kind == "person") for name in names}
        registers[kind] = [RegisterLine(register_anchor(kind, name), name, tuple(places),
                                        keys[name][1])
                           for name, places in sorted(names.items(), key=lambda n: keys[n[0]])]
    return registers


# templates

@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(data_dir("stylesheets") / "html"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(plain_text=plain_text, page_path=page_path, article_path=article_path,
                       page_name=page_name, svg_rects=svg_rects,
                       calendar_from=CALENDAR_FROM, weekday_heads=WEEKDAY_HEADS,
                       register_files=REGISTER_FILES, register_titles=REGISTER_TITLES)
    env.tests.update(article=lambda x: isinstance(x, ArticleView),
                     figure=lambda x: isinstance(x, FigureView),
                     section=lambda x: isinstance(x, SectionView))
    return env


def _write(out_dir: Path, path: str, template: str, site: Site, **context) -> None:
    root = "../" * path.count("/")
    page: PageView | None = context.get("page")

    def inline(content: Inlines) -> Markup:
        return inline_markup(content, lambda span: _name_href(page, span, root))

    html = _environment().get_template(template).render(
        site=site, root=root, here=path, inline=inline, **context)
    write_atomic(output_path(out_dir, path), html.encode("utf-8"))


def _name_href(page: PageView | None, span: SpanView, root: str) -> str | None:
    entry = page.registers.entry(span.ref) if page else None
    if entry is None:
        return None
    return f"{root}{REGISTER_FILES[entry.kind]}#{quote(register_anchor(entry.kind, entry.name))}"


def _json_ld(page: PageView, article: ArticleView, site: Site) -> Markup:
    """schema.org NewsArticle, escaped so no text can close the ``<script>`` element."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title_text,
        "alternativeHeadline": plain_text(article.subtitle) or None,
        "author": [{"@type": "Person", "name": name} for name in article.authors] or None,
        "datePublished": page.date or None,
        "printPage": page.number or None,
        "printSection": page.section or None,
        "inLanguage": site.lang,
        "isPartOf": {"@type": "Periodical", "name": page.paper} if page.paper else None,
        "publisher": {"@type": "Organization", "name": page.publisher} if page.publisher
        else None,
        "keywords": list(page.keywords) or None,
    }
    text = json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False,
                      indent=2)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def _check_unique(pages: Sequence[PageView]) -> None:
    """Two pages of one date and page number, or a page named like its issue's index page,
    would overwrite each other: refused, naming both."""
    seen: dict[str, Path] = {}
    for page in pages:
        path = page_path(page)
        if path == f"{issue_dir(page)}/index.html":
            raise UsageError(f"{page.source} would be {path}, the issue's index page: check "
                             "its page number")
        if path in seen:
            raise UsageError(f"{page.source} and {seen[path]} are both {path}")
        seen[path] = page.source


def _page_order(page: PageView) -> tuple[str, int, str]:
    number = int(page.number) if page.number.isdigit() else 10**6
    return (issue_dir(page), number, page.slug)


