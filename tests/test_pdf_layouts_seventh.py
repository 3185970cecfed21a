"""The PDF path on forms first met in the seventh held-out set and the text pages' eleventh
set (tests/pdfpages/README.md): each test reads real page PDFs back and compares a photo, an
article, the page's furniture or a paragraph with the page's gold, for one rule of the
geometry passes (or a pattern both readers share).
"""

from __future__ import annotations

import pytest

from teipress.segment.model import Article
from test_pdf_layouts import BOTH, article, assert_as_gold, caption_of, figures, norm, read

JINYANG = "jinyang-heritage-2025-09-24-p05"
XINAN = "xinan-aviation-2026-02-03-p02"
JIANGHUAI = "jianghuai-statistics-2025-07-17-p03"
LINGNAN = "lingnan-forestry-2026-03-12-p03"
AUDIT = "audit-news-2025-12-10-p03"


@pytest.mark.parametrize("name", [JINYANG, XINAN])
@BOTH
def test_a_wide_photos_caption_beside_it_at_its_foot(name, typesetter):
    """A titled photo several columns wide, its caption set in the column right of it, level
    with its foot, the credit on a line of its own under the caption (set smaller): one
    figure with its title, caption and credit; the caption in no article."""
    page, gold = read(f"{name}-{typesetter}")
    want = next(f for f in gold["figures"] if f["title"])
    (figure,) = [f for f in figures(page) if f.title and norm(f.title.text) == norm(want["title"])]
    assert caption_of(figure) == norm(want["caption"])
    assert figure.credit is not None
    assert figure.credit.names == [want["credit"]]
    assert not any(norm(want["caption"]) in norm(p.text) for item in page.body
                   if isinstance(item, Article) for p in item.paragraphs)


@BOTH
def test_editors_roles_parted_from_names_by_a_bar(typesetter):
    """责任编辑｜温书雅  美术编辑｜阙小满  校对｜鲍　晴 over the folio: the page's editors."""
    page, gold = read(f"{JIANGHUAI}-{typesetter}")
    assert [(role, "".join(names)) for role, names in page.editors] == [
        (role, norm(name)) for role, name in gold["page"]["editors"]]


@BOTH
def test_a_commentators_line_under_the_heads_is_its_byline(typesetter):
    """特约评论员 庞　宇 under a commentary's headline: its byline, no subtitle."""
    page, gold = read(f"{JIANGHUAI}-{typesetter}")
    assert_as_gold(page, gold, "守住统计数据的真实性")


@BOTH
def test_heads_beside_the_columns_with_the_authors_line_under_them(typesetter):
    """A commentary's kicker, headline and □ 某某 set in a column of their own left of its
    six columns: one article with all its paragraphs, no headless articles."""
    page, gold = read(f"{LINGNAN}-{typesetter}")
    assert_as_gold(page, gold, "种树更要“种”好管护机制")
    assert all(item.headline is not None for item in page.body if isinstance(item, Article))


@BOTH
def test_a_data_boxs_figures_join_no_paragraph(typesetter):
    """数说: a lead sentence ending 主要数据如下： and under it a list of figures set smaller:
    the sentence is the box's paragraph, the figures no part of it."""
    page, gold = read(f"{LINGNAN}-{typesetter}")
    want = next(a for a in gold["articles"] if a["kicker"] == "数说")
    got = article(page, want["headline"])
    assert norm(got.paragraphs[0].text) == norm(want["paragraphs"][0])


@BOTH
def test_a_supplements_special_issue_is_the_pages_section(typesetter):
    """国土绿化·植树节特刊 in the folio: the section (a 特刊 like a 专刊)."""
    page, gold = read(f"{LINGNAN}-{typesetter}")
    assert norm(page.section) == norm(gold["page"]["section"])


@BOTH
def test_a_folio_parted_by_middle_dots(typesetter):
    """江南审计报·2025年12月10日·星期三: the paper's name and the issue date."""
    page, gold = read(f"{AUDIT}-{typesetter}")
    assert page.date is not None
    assert page.date.isoformat() == gold["page"]["date"]


@BOTH
def test_a_name_wrapped_at_the_end_of_a_subtitle_stays_in_it(typesetter):
    """——访省审计厅副厅长哈斯 / 巴根 with 本报记者 某某 under it: the subtitle names the
    interviewee whole; the reporter is the byline."""
    page, gold = read(f"{AUDIT}-{typesetter}")
    assert_as_gold(page, gold, "推动审计整改“见底清零”")
