"""IIIF Presentation API 3.0: a manifest per issue and a collection for the edition, so any
IIIF viewer (Mirador, Universal Viewer) or library aggregator opens the printed pages.

A canvas per page that has a page image (the facsimile's ``graphic``), sized as that image;
the image painted on it; each article's and photo's zones as ``commenting`` annotations
whose body is the headline (or photo title) and whose target is the zone's ``#xywh``
region. ``rendering`` links the PDFs (issue and page), ``seeAlso`` each page's TEI,
``homepage`` the HTML pages. Pages without an image have no canvas; an issue with none has
no manifest.

IIIF wants absolute HTTP(S) ids, so manifests are written only when the site's address is
known (``Site.base_url``: ``[site] url`` in ``edition.toml``, ``--base-url``).

Files (from the output root)::

    iiif/collection.json                 the edition: every issue's manifest
    2022-11-22/manifest.json             one issue
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from teipress.fileio import write_atomic
from teipress.render.epaper import page_image_path, site_image
from teipress.render.paths import page_stem
from teipress.render.view import ArticleView, FigureView, PageView, plain_text
from teipress.safepaths import output_path

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
COLLECTION_FILE = "iiif/collection.json"
MANIFEST_NAME = "manifest.json"
TEI_PROFILE = "http://www.tei-c.org/ns/1.0"


@dataclass(frozen=True)
class IssueLinks:
    """What an issue's manifest links besides its pages: from the output root."""

    date: str
    label: str  # 乌海日报 2022年11月22日
    pdf: str = ""  # the issue PDF, when the build makes one
    page_pdfs: bool = False  # a PDF beside every page (NN.pdf)


def manifest_path(date: str) -> str:
    return f"{date}/{MANIFEST_NAME}"


def issue_manifest(base_url: str, issue: IssueLinks, pages: Sequence[PageView], out_dir: Path,
                   lang: str, article_href: Callable[[PageView, ArticleView], str]) -> dict | None:
    """The issue's manifest as a JSON-ready dict; ``None`` when no page has an image."""
    url = _urls(base_url)
    canvases = [c for page in pages
                if (c := _canvas(url, page, out_dir, lang, issue, article_href)) is not None]
    if not canvases:
        return None
    manifest = {
        "@context": CONTEXT,
        "id": url(manifest_path(issue.date)),
        "type": "Manifest",
        "label": {lang: [issue.label]},
        "behavior": ["paged"],
        "viewingDirection": "left-to-right",
        "homepage": [{"id": url(f"{issue.date}/index.html"), "type": "Text",
                      "label": {lang: [issue.label]}, "format": "text/html"}],
        "partOf": [{"id": url(COLLECTION_FILE), "type": "Collection"}],
        "items": canvases,
    }
    if issue.date[:4].isdigit():
        manifest["navDate"] = f"{issue.date}T00:00:00Z"
    if issue.pdf:
        manifest["rendering"] = [_pdf(url(issue.pdf), f"{issue.label} PDF", lang)]
    return manifest


def edition_collection(base_url: str, title: str, manifests: Sequence[tuple[IssueLinks, dict]],
                       lang: str) -> dict:
    """The edition's collection: its issues' manifests, newest first."""
    url = _urls(base_url)
    return {
        "@context": CONTEXT,
        "id": url(COLLECTION_FILE),
        "type": "Collection",
        "label": {lang: [title or "报纸数字版"]},
        "homepage": [{"id": url("index.html"), "type": "Text", "label": {lang: [title or "首页"]},
                      "format": "text/html"}],
        "items": [{"id": m["id"], "type": "Manifest", "label": m["label"],
                   **({"navDate": m["navDate"]} if "navDate" in m else {})}
                  for _issue, m in manifests],
    }


def write_iiif(base_url: str, title: str, issues: Sequence[tuple[IssueLinks, Sequence[PageView]]],
               out_dir: Path, lang: str,
               article_href: Callable[[PageView, ArticleView], str]) -> list[str]:
    """Write every issue's manifest and the collection; returns the paths written."""
    written, manifests = [], []
    for issue, pages in issues:
        manifest = issue_manifest(base_url, issue, pages, out_dir, lang, article_href)
        if manifest is not None:
            path = manifest_path(issue.date)
            write_atomic(output_path(out_dir, path), _json(manifest))
            written.append(path)
            manifests.append((issue, manifest))
    if manifests:
        collection = edition_collection(base_url, title, manifests, lang)
        write_atomic(output_path(out_dir, COLLECTION_FILE), _json(collection))
        written.append(COLLECTION_FILE)
    return written


def _canvas(url: Callable[[str], str], page: PageView, out_dir: Path, lang: str,
            issue: IssueLinks, article_href: Callable[[PageView, ArticleView], str]) -> dict | None:
    facs = page.facsimile
    path = page_image_path(page)
    image = site_image(out_dir, path) if path else None
    if facs is None or image is None:
        return None
    stem = page_stem(page)
    canvas_id = url(f"{stem}/canvas")
    label = f"第{page.number}版 {page.section}".strip() if page.number else page.id
    annotations = []
    for item in page.items:
        if not isinstance(item, ArticleView | FigureView):
            continue
        text = item.title_text if isinstance(item, ArticleView) else (
            plain_text(item.title) or "图片")
        href = (article_href(page, item) if isinstance(item, ArticleView)
                else f"{stem}.html#{item.id}")
        for n, zone in enumerate(facs.zones_of(item.id), 1):
            x, y, w, h = facs.pixels(zone.box, image.width, image.height)
            annotations.append({
                "id": url(f"{stem}/annotation/{item.id}-{n}"),
                "type": "Annotation",
                "motivation": "commenting",
                "body": {"type": "TextualBody", "value": text, "language": lang,
                         "format": "text/plain"},
                "target": f"{canvas_id}#xywh={x},{y},{w},{h}",
                "seeAlso": [{"id": url(href), "type": "Text", "format": "text/html"}],
            })
    canvas: dict = {
        "id": canvas_id,
        "type": "Canvas",
        "label": {lang: [label]},
        "width": image.width,
        "height": image.height,
        "items": [{
            "id": url(f"{stem}/page/painting"),
            "type": "AnnotationPage",
            "items": [{
                "id": url(f"{stem}/annotation/painting"),
                "type": "Annotation",
                "motivation": "painting",
                "body": {"id": url(image.path), "type": "Image", "format": _format(image.path),
                         "width": image.width, "height": image.height},
                "target": canvas_id,
            }],
        }],
        "homepage": [{"id": url(f"{stem}.html"), "type": "Text", "label": {lang: [label]},
                      "format": "text/html"}],
        "seeAlso": [{"id": url(f"{stem}.xml"), "type": "Dataset", "label": {lang: ["TEI P5"]},
                     "format": "application/tei+xml", "profile": TEI_PROFILE}],
    }
    if annotations:
        canvas["annotations"] = [{"id": url(f"{stem}/page/articles"), "type": "AnnotationPage",
                                  "items": annotations}]
    if issue.page_pdfs:
        canvas["rendering"] = [_pdf(url(f"{stem}.pdf"), f"{label} PDF", lang)]
    return canvas


def _pdf(href: str, label: str, lang: str) -> dict:
    return {"id": href, "type": "Text", "label": {lang: [label]}, "format": "application/pdf"}


def _format(path: str) -> str:
    suffix = path.rsplit(".", 1)[-1].lower()
    return {"png": "image/png", "webp": "image/webp", "gif": "image/gif",
            "tif": "image/tiff", "tiff": "image/tiff"}.get(suffix, "image/jpeg")


def _urls(base_url: str) -> Callable[[str], str]:
    base = base_url if base_url.endswith("/") else base_url + "/"
    return lambda path: base + quote(path, safe="/#=,")


def _json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
