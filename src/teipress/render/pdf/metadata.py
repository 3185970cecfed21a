"""What the PDF says about itself: title, subject, authors and dates, all from the TEI; the
only date a reproducible PDF may carry is the issue's."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import Any

from teipress.render.view import PageView
from teipress.safepaths import file_stem

# PDF/A-3 level A: archival (fonts embedded, colours defined, the TEI attached as its
# source, which PDF/A-3 alone allows) and accessible (tagged: structure tree, reading order,
# alt text, Unicode for every glyph). WeasyPrint's "pdf/ua-1" cannot also claim PDF/A, and
# "pdf/a-3u" or "3b" are not tagged; level A asks for both at once.
PDF_VARIANT = "pdf/a-3a"
LANG = "zh-Hans"
BLEED_MM = 3.0


def page_title(page: PageView) -> str:
    return page.title or page_label(page)


def page_label(page: PageView) -> str:
    """Paper, printed date, page and section: ``乌海日报 2022年11月22日 星期二 第3版 经济``."""
    parts = (page.paper, page.date_text or page.date,
             f"第{page.number}版" if page.number else "", page.section)
    return " ".join(p for p in parts if p) or page.id


def page_label_short(page: PageView) -> str:
    return " ".join(p for p in (f"第{page.number}版" if page.number else page.id,
                                page.section) if p)


def authors(pages: Iterable[PageView]) -> Iterator[str]:
    """The bylines' authors of the pages, each once, in order."""
    seen: dict[str, None] = {}
    for page in pages:
        for article in page.articles:
            seen.update(dict.fromkeys(article.authors))
    return iter(seen)


def issue_datetime(page: PageView) -> _dt.datetime:
    """Midnight (UTC) of the issue date: the only date a reproducible PDF may carry."""
    try:
        day = _dt.date.fromisoformat(page.date)
    except ValueError:
        day = _dt.date(1970, 1, 1)
    return _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC)


def attachment_name(page: PageView) -> str:
    return f"{file_stem(page.id, page.slug)}.xml"


def set_bleed_box(document: Any, pdf: Any) -> None:
    """A WeasyPrint finisher: each page's BleedBox :data:`BLEED_MM` outside its TrimBox,
    where the print shop cuts; the crop marks stand further out (``trim.css``)."""
    import pydyf  # WeasyPrint's PDF writer: loaded with it, only when a PDF is written

    bleed = BLEED_MM * 72 / 25.4
    for pdf_object in pdf.objects:
        if isinstance(pdf_object, dict) and pdf_object.get("Type") == "/Page" \
                and "TrimBox" in pdf_object:
            left, top, right, bottom = pdf_object["TrimBox"]
            pdf_object["BleedBox"] = pydyf.Array(
                [left - bleed, top - bleed, right + bleed, bottom + bleed])
