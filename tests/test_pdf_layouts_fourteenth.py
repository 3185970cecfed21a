"""The PDF path on forms met in heldout13 and the seventeenth set's PDFs (session 9): a
columnist's portrait captioned beside its foot, a cartoon's credit (漫画：某某), a front
page's masthead set in rows over its folio, and a folio's bar (要闻 | 02). Each test reads a
real test PDF (or a page made for the form with headless Chromium) and checks one rule.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pdf_inputs import chromium_pdf
from teipress.decode.pdf import read_pdf
from teipress.segment import segment_pdf_page
from teipress.segment.model import Article, Figure, Page
from test_pdf_layouts import norm
from test_pdf_layouts_tenth import _photo

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "pdfpages" / "dev"
THIRTEENTH = ROOT / "tests" / "pdfpages" / "heldout13"
MAKERS = ("chromium", "typst")

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Chromium")


def _page(pdf: Path) -> Page:
    return segment_pdf_page(next(iter(read_pdf(pdf))))


def _figures(page: Page) -> list[Figure]:
    return [f for item in page.body if isinstance(item, Article) for f in item.figures] + [
        item for item in page.body if isinstance(item, Figure)]


def _article_text(page: Page) -> dict[str, str]:
    return {norm(item.headline.text if item.headline else ""): norm("".join(
        p.text for p in item.paragraphs + [q for s in item.sections for q in s.paragraphs]))
        for item in page.body if isinstance(item, Article)}


@pytest.mark.parametrize("maker", MAKERS)
def test_a_portrait_captioned_beside_its_foot_leaves_the_column_to_the_article(maker):
    """A columnist's small portrait, its caption (name and post, no credit) set beside its
    foot: the caption ends there, and the column's text under the portrait is the
    commentary's, not the caption's."""
    page = _page(THIRTEENTH / f"yongjiang-daily-2026-03-20-p06-{maker}.pdf")
    (portrait,) = [f for f in _figures(page) if "韦一鸣" in "".join(c.text for c in f.caption)]
    assert [norm(c.text) for c in portrait.caption] == ["韦一鸣本报评论员"]
    texts = _article_text(page)
    assert texts["“一老一小”是最大的民生"].startswith("家里有老人要照顾，有孩子要接送")


# A cartoon set over its caption, the artist's credit flush right on a line of its own.
CARTOON = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 24pt; margin: 0 0 10pt; }
p { width: 30em; margin: 0; text-indent: 2em; line-height: 1.5; }
.fig { width: 80mm; margin: 12pt 0; } .fig img { width: 80mm; display: block; }
.fig p { width: 80mm; text-indent: 0; font-family: 'Noto Sans CJK SC'; font-size: 8pt; }
.fig p.credit { text-align: right; }
</style></head><body>
<h1>菜价行情一查便知</h1>
<p>本报讯 近日，全省农产品价格信息平台上线，菜农和市民用手机就能查到当天各大批发市场的
蔬菜价格。平台每天更新两次，覆盖全省四十多个批发市场。</p>
<div class=fig><img src="{photo}">
<p>卖菜之前，先在手机上查查今天的行情。</p>
<p class=credit>漫画：龚 砚</p></div>
<p>不少菜农说，有了这个平台，卖菜心里更有底了，再也不怕被压价。</p>
</body></html>"""


@needs_chromium
def test_a_cartoons_credit_under_its_caption_credits_the_artist(tmp_path):
    """漫画：某某 set flush right under a cartoon's caption is its credit (a drawing's kind
    and a colon before the name, no 摄): the figure's, not the article's text."""
    page = _page(chromium_pdf(CARTOON.replace("{photo}", _photo()), tmp_path))
    (figure,) = _figures(page)
    assert [norm(c.text) for c in figure.caption] == ["卖菜之前，先在手机上查查今天的行情。"]
    assert figure.credit is not None
    assert figure.credit.names == ["龚砚"]
    assert "漫画" not in "".join(_article_text(page).values())


@pytest.mark.parametrize("maker", MAKERS)
def test_a_masthead_set_in_rows_over_the_folio_is_furniture(maker):
    """A county paper's front page: the masthead's rows (the paper's name, its serial
    number, the issue and the weather) over the date line are masthead, not the first
    article's text."""
    page = _page(DEV / f"yunxi-news-2026-08-18-p01-{maker}.pdf")
    assert page.page_number == "1"
    masthead = norm("".join(item.text for item in page.furniture if item.kind == "masthead"))
    assert "国内统一连续出版物号" in masthead
    assert "今日天气" in masthead
    (first, *_rest) = [item for item in page.body if isinstance(item, Article)]
    assert first.headline is not None
    assert norm(first.headline.text) == "县委常委会研究部署重点项目攻坚"
    assert "云溪报" not in "".join(_article_text(page).values())


def test_a_folios_bar_is_spaced_off_its_items():
    """要闻 | 02 set with spaces half the line's gaps: beside a bar the gaps are measured
    against the line's stretch, not its script spacing, so the section and page number are
    read apart (Typst's date line, its spacing between scripts, keeps reading as set)."""
    folio = next(iter(read_pdf(DEV / "steppe-daily-2026-06-27-p02-chromium.pdf"))).lines[0]
    assert folio.text == "要闻 | 02"
    page = _page(DEV / "steppe-daily-2026-06-27-p02-chromium.pdf")
    assert (page.section, page.page_number, page.printed_page_number) == ("要闻", "2", "02")
