"""The PDF path on layouts and forms first met in the third held-out set and the text pages'
seventh set (tests/pdfpages/README.md): each test reads real page PDFs back and compares an
article, a photo or the folio with the page's gold, for one rule of the geometry passes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from pdf_inputs import chromium_pdf
from teipress.decode.pdf import read_pdf
from teipress.edition import Edition
from teipress.encode.tei import encode_page
from teipress.segment import segment_pdf_page
from teipress.segment.model import Article, Figure, Page

PDFPAGES = ROOT / "tests" / "pdfpages"
BOTH = pytest.mark.parametrize("typesetter", ["chromium", "typst"])


def norm(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def page_of(pdf: Path) -> Page:
    """The page model of the PDF's first page, as the PDF path segments it."""
    return segment_pdf_page(next(iter(read_pdf(pdf))))


def printed(html: str, folder: Path) -> Page:
    """``html`` printed by headless Chromium into ``folder`` and read back."""
    return page_of(chromium_pdf(html, folder))


def read(name: str) -> tuple[Page, dict]:
    pdf = next(PDFPAGES.glob(f"*/{name}.pdf"))
    return page_of(pdf), json.loads(pdf.with_suffix(".gold.json").read_text("utf-8"))


def articles_of(page: Page) -> list[Article]:
    return [item for item in page.body if isinstance(item, Article)]


def article(page: Page, headline: str) -> Article:
    return next(item for item in articles_of(page) if item.headline
                and norm(item.headline.text) == norm(headline))


def figures(page: Page) -> list[Figure]:
    return [item for item in page.body if isinstance(item, Figure)] + [
        f for item in articles_of(page) for f in item.figures]


def caption_of(figure: Figure) -> str:
    """A figure's caption as one normalised string, as the gold gives it."""
    return norm("".join(p.text for p in figure.caption))


def assert_as_gold(page: Page, gold: dict, headline: str) -> None:
    """The article under ``headline`` as its gold: heads, bylines, subheads, paragraphs."""
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
    got = article(page, headline)
    for head, wanted in ((got.kicker, want["kicker"]), (got.subtitle, want["subtitle"])):
        assert norm(head.text if head else None) == norm(wanted)
    names = [n for b in got.bylines + got.trailing for n in b.names]
    names += got.dateline.names if got.dateline else []
    assert sorted(names) == sorted(want["bylines"])
    assert [norm(s.head.text) for s in got.sections] == [norm(h) for h in want["section_heads"]]
    paragraphs = [p.text for p in got.paragraphs] + [
        p.text for s in got.sections for p in s.paragraphs]
    assert [norm(p) for p in paragraphs] == [norm(p) for p in want["paragraphs"]]


def assert_encode_valid(pdfs: list[Path]) -> None:
    """Each PDF's page, encoded as the converter writes it, breaks none of the project's
    schema and rules."""
    from teipress.validate import Validator

    validator = Validator.load()
    for pdf in pdfs:
        data = encode_page(page_of(pdf), Edition(), "p", ("teipress.rng", "teipress.sch"))
        errors = [d for d in validator.check_bytes(data) if d.severity == "error"]
        assert not errors, (pdf.stem, errors[:3])


@BOTH
def test_a_head_over_two_columns_heads_an_article_of_its_own(typesetter):
    """A police story's two-line headline under the lead story's text, set far smaller than
    the lead's headline, runs over both its columns: a headline, no subhead of the lead."""
    page, gold = read(f"jiangcheng-metro-2025-08-07-p10-{typesetter}")
    assert_as_gold(page, gold, "民警半小时拦下一笔30万元转账")
    assert not article(page, "积水没过车门 五名路人手拉手救出被困母女").sections


@BOTH
def test_a_byline_whose_second_half_names_no_one_is_the_byline(typesetter):
    """文/都市报记者 某某  图/受访者提供 under the heads: a byline naming the reporter, no
    subtitle; a video still's （视频截图） credits no one and is no part of the caption."""
    page, gold = read(f"jiangcheng-metro-2025-08-07-p10-{typesetter}")
    lead = article(page, "积水没过车门 五名路人手拉手救出被困母女")
    assert lead.subtitle is None
    assert [n for b in lead.bylines for n in b.names] == ["苗一禾"]
    (still,) = [f for f in figures(page) if "被困女孩" in "".join(p.text for p in f.caption)]
    (want,) = [f for f in gold["figures"] if "被困女孩" in f["caption"]]
    assert caption_of(still) == norm(want["caption"])
    assert still.credit is not None
    assert still.credit.names == []


def test_a_column_beside_a_picture_goes_with_the_heads_over_the_picture():
    """A feature's heads stand over its photo only; its text runs in the column right of the
    photo, its top level with the photo's: that column is the feature's, not the article's
    whose heads stand nearest."""
    page, gold = read("transport-times-2025-03-18-p03-chromium")
    assert_as_gold(page, gold, "凌晨四点的公路港")
    assert_as_gold(page, gold, "长江支线航道整治工程通过交工验收")


def test_a_byline_touching_the_text_over_it_closes_that_brief():
    """（通讯员 某某） on its own line under the last brief, its box touching the brief's:
    it closes that brief, not the one above."""
    page, gold = read("transport-times-2025-03-18-p03-chromium")
    assert_as_gold(page, gold, "■首批新能源重卡换电站投入运营")
    assert_as_gold(page, gold, "■江州至临川城际公交开通")


@BOTH
def test_an_author_described_before_the_name_and_a_bare_photo_credit(typesetter):
    """文/江州天文馆副研究员 某某 under the heads is the byline, no subtitle; 某某 摄 on a line
    of its own under the caption is the photo's credit."""
    page, gold = read(f"science-herald-2025-05-22-p06-{typesetter}")
    essay = article(page, "五月夜空 寻找“大火星”")
    assert essay.subtitle is None
    assert [n for b in essay.bylines for n in b.names] == ["钟一鸣"]
    (sky,) = [f for f in figures(page) if "银河" in "".join(p.text for p in f.caption)]
    assert sky.credit is not None
    assert sky.credit.names == ["钟一鸣"]
    (want,) = [f for f in gold["figures"] if "银河" in f["caption"]]
    assert caption_of(sky) == norm(want["caption"])


def test_a_rule_like_the_articles_own_column_rules_divides_nothing():
    """An essay's four columns under rules of one height: its last column, beside the third
    across such a rule, is the essay's, not the wire story's standing high above it."""
    page, gold = read("science-herald-2025-05-22-p06-chromium")
    assert_as_gold(page, gold, "五月夜空 寻找“大火星”")
    assert_as_gold(page, gold, "我国科学家培育出耐盐碱水稻新品系")


@pytest.mark.parametrize("name", ["science-herald-2025-05-22-p06-chromium",
                                  "railway-news-2025-01-22-p03-chromium"])
def test_a_line_of_short_entries_keeps_its_spaces(name):
    """Editors set as short entries (主编 某某 责编 某某 …): half the gaps are spaces, so the
    line's usual gap is no space; the folio's editors are read, and no article is left."""
    page, gold = read(name)
    assert sorted((role, name) for role, names in page.editors for name in names) == sorted(
        tuple(pair) for pair in gold["page"]["editors"])
    assert len([i for i in page.body if isinstance(i, Article)]) == len(gold["articles"])


@BOTH
def test_a_correspondent_abroad_and_a_joint_statement(typesetter):
    """本报驻德国记者 某某 under the heads beside the body: the byline, no subtitle; the words
    a joint statement 提出 are a policy quote."""
    page, gold = read(f"huaxia-daily-2025-02-26-p17-{typesetter}")
    report = article(page, "德国多地加快建设大型储能电站")
    assert report.subtitle is None
    assert [n for b in report.bylines for n in b.names] == ["岑远舟"]
    data = encode_page(page, Edition(), "p").decode("utf-8")
    quotes = re.findall(r'<quote type="policy">([^<]*)</quote>', data)
    assert quotes == gold["policy_quotes"]


def test_a_headline_wrapped_in_unequal_lines_is_one_headline():
    """A wide headline wrapped over two lines of unequal measure with its series tag on a
    third, all in one size: one headline, no subtitle."""
    page, gold = read("overseas-edition-2025-01-14-p06-chromium")
    want = gold["articles"][0]
    got = article(page, want["headline"])
    assert got.subtitle is None
    assert norm(got.kicker.text if got.kicker else None) == norm(want["kicker"])


def test_briefs_run_across_columns_are_one_paragraph_each():
    """Briefs set across two columns' width, every line flush left: no line of them is
    indented against the narrower column beside, each brief is one paragraph."""
    page, _gold = read("overseas-edition-2025-01-14-p06-typst")
    for headline in ("旅意侨胞举办新春书画展", "南非侨团为困难学生捐赠文具",
                     "曼谷唐人街将办春节庙会"):
        brief = article(page, headline)
        assert len(brief.paragraphs) == 1, headline


def test_pages_read_here_encode_valid():
    assert_encode_valid(sorted((PDFPAGES / "heldout3").glob("*.pdf")))
