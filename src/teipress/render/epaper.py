"""What makes the HTML edition a newspaper's digital edition (数字报) rather than an
article archive: the printed page with its articles as hotspots, photos as real images, the
page's files to download, and the issue's pages to move between.

Every file comes from the TEI: the page image is the facsimile surface's ``graphic``, a photo
a figure's ``graphic``, both relative to the TEI file and resolved by
:func:`teipress.safepaths.inside` (a reference leading outside the page's folder refuses
the page; nothing outside it is read). They are
copied into the site beside the page's HTML; a thumbnail of the page image is made once
(Pillow, JPEG draft mode: the decoder scales while it reads, a few milliseconds a page).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from markupsafe import Markup

from teipress.fileio import write_atomic
from teipress.render.facsimile import ZoneBox
from teipress.render.imagesize import image_size
from teipress.render.paths import page_stem
from teipress.render.view import ArticleView, FigureView, PageView, article_text, plain_text
from teipress.safepaths import inside, output_path

log = logging.getLogger(__name__)
THUMBNAIL_WIDTH = 240  # pixels: the issue's page strip shows it at 80 CSS px, the locator at 240
ISSUE_NAV_FILE = "pages.js"  # in each issue folder: the issue's pages, for 版面导航
LABEL_CHARS = 16  # the opening words that name an article printed without a headline


@dataclass(frozen=True)
class SiteImage:
    """An image copied into the site: its path from the output root and its pixel size
    (written as width/height so nothing moves while it loads)."""

    path: str
    width: int
    height: int


@dataclass(frozen=True)
class PageFiles:
    """A page's files in the site, from the output root: photos by ``graphic/@url``, the
    page image and its thumbnail, the TEI copy, the page PDF (when the build makes one)."""

    photos: dict[str, SiteImage] = field(default_factory=dict)
    page_image: SiteImage | None = None
    thumbnail: SiteImage | None = None
    tei: str = ""
    pdf: str = ""

    @property
    def written(self) -> list[str]:
        """The files copied or made into the site (the PDF is the build's own output)."""
        images = [*self.photos.values(), self.page_image, self.thumbnail]
        return sorted({self.tei, *(i.path for i in images if i)})


@dataclass(frozen=True)
class Hotspot:
    """One article or photo on the page image: where it links and its zones (surface
    coordinates, drawn in an SVG whose viewBox is the surface)."""

    id: str
    label: str
    href: str  # from the output root
    boxes: tuple[ZoneBox, ...]
    kind: str  # article | figure


def write_page_files(page: PageView, out_dir: Path, page_pdf: bool = False) -> PageFiles:
    """Copy the page's TEI, page image and photos into the site and make the thumbnail; an
    image that cannot be shown is logged (warning) and left out."""
    stem = page_stem(page)
    images = PurePosixPath(stem, "images")
    photos: dict[str, SiteImage] = {}
    figures = [*page.figures, *(f for a in page.articles for f in a.figures)]
    for graphic in (g for f in figures for g in f.graphics):
        copied = _copy_image(page, graphic.url, images, out_dir)
        if copied:
            photos[graphic.url] = copied
    page_image = thumbnail = None
    facs = page.facsimile
    if facs and facs.image_url:
        page_image = _copy_image(page, facs.image_url, images, out_dir)
        if page_image:
            thumbnail = _thumbnail(out_dir, page_image, thumbnail_path(page))
    tei = f"{stem}.xml"
    write_atomic(output_path(out_dir, tei), page.source.read_bytes())
    return PageFiles(photos, page_image, thumbnail, tei, f"{stem}.pdf" if page_pdf else "")


def hotspots(page: PageView, article_href: Callable[[ArticleView], str]) -> list[Hotspot]:
    """The page's articles and stand-alone photos that have zones, in reading order."""
    facs = page.facsimile
    if facs is None:
        return []
    spots = []
    for item in page.items:
        if isinstance(item, ArticleView | FigureView):
            boxes = tuple(z.box for z in facs.zones_of(item.id))
            if not boxes:
                continue
            if isinstance(item, ArticleView):
                spots.append(Hotspot(item.id, _article_label(item), article_href(item), boxes,
                                     "article"))
            else:
                label = plain_text(item.title) or "图片"
                spots.append(Hotspot(item.id, label, f"{page_stem(page)}.html#{item.id}", boxes,
                                     "figure"))
    return spots


def _article_label(article: ArticleView) -> str:
    """The headline; for an article printed without one, its opening words (an accessible
    name must say which article the link leads to, never its id)."""
    if article.title_text != article.id:
        return article.title_text
    opening = "".join(article_text(article).split())
    return opening[:LABEL_CHARS] + ("…" if len(opening) > LABEL_CHARS else "") or "文章"


@dataclass(frozen=True)
class IssuePage:
    """A page as the issue's navigation shows it."""

    href: str  # from the output root
    label: str  # 第3版 经济
    number: str
    section: str
    thumbnail: str  # from the output root; empty when the page has no image
    articles: tuple[tuple[str, str], ...] = ()  # (href from the output root, headline)


def issue_pages(pages: Sequence[PageView], out_dir: Path, label: Callable[[PageView], str],
                article_href: Callable[[PageView, ArticleView], str]) -> list[IssuePage]:
    """The issue's pages as its navigation shows them; a thumbnail where the page's
    rendering made one; the articles, for moving from a page's last to the next's first."""
    found = []
    for page in pages:
        thumbnail = thumbnail_path(page)
        found.append(IssuePage(f"{page_stem(page)}.html", label(page), page.number,
                               page.section,
                               thumbnail if (Path(out_dir) / thumbnail).is_file() else "",
                               tuple((article_href(page, a), a.title_text)
                                     for a in page.articles)))
    return found


@dataclass(frozen=True)
class IssuePhoto:
    href: str  # from the output root: the article holding it, or the page
    label: str
    where: str
    image: SiteImage | None


def issue_photos(pages: Sequence[PageView], out_dir: Path, label: Callable[[PageView], str],
                 article_href: Callable[[PageView, ArticleView], str]) -> list[IssuePhoto]:
    """Every photo of the issue with the image its page's rendering copied, if any."""
    found = []
    for page in pages:
        held: list[tuple[FigureView, ArticleView | None]] = [(f, None) for f in page.figures]
        held += [(f, a) for a in page.articles for f in a.figures]
        for figure, article in held:
            href = (article_href(page, article) if article else f"{page_stem(page)}.html")
            image = next((site_image(out_dir, f"{page_stem(page)}/images/"
                                                f"{unquote(g.url)}")
                          for g in figure.graphics), None)
            title = plain_text(figure.title) or (
                plain_text(figure.caption[0].content) if figure.caption else "图片")
            found.append(IssuePhoto(f"{href}#{figure.id}", title, label(page), image))
    return found


def site_image(out_dir: Path, path: str) -> SiteImage | None:
    """An image the page rendering put into the site, with its size; ``None`` if absent."""
    size = image_size(Path(out_dir) / path) if (Path(out_dir) / path).is_file() else None
    return SiteImage(path, *size) if size else None


def page_image_path(page: PageView) -> str:
    """Where the page image goes in the site (from the output root); empty without one."""
    facs = page.facsimile
    return f"{page_stem(page)}/images/{unquote(facs.image_url)}" if facs and facs.image_url \
        else ""


def thumbnail_path(page: PageView) -> str:
    return f"{page_stem(page)}/images/{page.slug}.thumb.jpg"


def write_issue_nav(date: str, pages: Sequence[IssuePage], out_dir: Path) -> str:
    """Write the issue's page list as a script (``fetch()`` of JSON is refused on
    ``file://``, a script is not); the page views' 版面导航 is built from it. Returns the
    path written, from the output root."""
    data = [{"href": p.href, "label": p.label, "number": p.number, "section": p.section,
             "thumbnail": p.thumbnail, "articles": [list(a) for a in p.articles]}
            for p in pages]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    path = f"{date}/{ISSUE_NAV_FILE}"
    write_atomic(output_path(out_dir, path), f"window.TEIPRESS_ISSUE = {text};\n".encode())
    return path


def svg_rects(boxes: Sequence[ZoneBox]) -> Markup:
    """``<rect>`` elements for zones, in the surface's coordinates."""
    return Markup("").join(
        Markup('<rect x="{}" y="{}" width="{}" height="{}"/>').format(
            _num(b.ulx), _num(b.uly), _num(b.width), _num(b.height)) for b in boxes)


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def image_files(page: PageView) -> dict[str, Path]:
    """Every image the page's TEI names (photos, page image) and the file it resolves to.
    A ``@url`` must name a file inside the page's folder: anything else (a URL, an absolute
    path, ``..``, a symlink leading away) refuses the page (:func:`safepaths.inside`)."""
    base = page.source.parent.resolve()
    figures = [*page.figures, *(f for a in page.articles for f in a.figures)]
    urls = [g.url for f in figures for g in f.graphics]
    if page.facsimile and page.facsimile.image_url:
        urls.append(page.facsimile.image_url)
    return {url: inside(base, url, what=f"{page.source}: graphic/@url") for url in urls}


def _copy_image(page: PageView, url: str, folder: PurePosixPath, out_dir: Path
                ) -> SiteImage | None:
    """Copy one image named in the TEI into the site, keeping its folders below the page's
    (two ``a.jpg`` in two folders stay two); ``None`` and a warning when the file is missing
    or no image a browser can show."""
    base = page.source.parent.resolve()
    source = inside(base, url, what=f"{page.source}: graphic/@url")
    if not source.is_file():
        log.warning("%s: image %r: no such file; not shown", page.source, url)
        return None
    size = image_size(source)
    if size is None:
        log.warning("%s: image %r is not a readable image file; not shown", page.source, url)
        return None
    target = (folder / source.relative_to(base).as_posix()).as_posix()
    write_atomic(output_path(out_dir, target), source.read_bytes())
    return SiteImage(target, *size)


def _thumbnail(out_dir: Path, image: SiteImage, target: str) -> SiteImage | None:
    from PIL import Image  # only for pages that carry images

    height = max(1, round(image.height * THUMBNAIL_WIDTH / max(1, image.width)))
    try:
        with Image.open(out_dir / image.path) as source:
            source.draft("RGB", (THUMBNAIL_WIDTH, height))  # JPEG: decode at a fraction
            small = source.convert("RGB").resize((THUMBNAIL_WIDTH, height),
                                                 Image.Resampling.LANCZOS)
    except OSError:
        return None
    buffer = BytesIO()
    small.save(buffer, "JPEG", quality=80, optimize=True)
    write_atomic(output_path(out_dir, target), buffer.getvalue())
    return SiteImage(target, THUMBNAIL_WIDTH, height)
