"""The PDF path on forms first met in the ninth held-out PDF set (tests/pdfpages/heldout9):
each test reads real page PDFs back and compares an article's heads, sections or the page's
articles with the page's gold, for one rule of the geometry passes.
"""

from __future__ import annotations

import pytest

from teipress.segment.model import Article
from test_pdf_layouts import BOTH, article, figures, norm, read

OIL = "tarim-petro-2025-12-22-p02"
KIDS = "chunmiao-kids-2025-05-30-p04"
FIRE = "jingchu-fire-2025-11-10-p03"
TEA = "dianqian-tea-2026-04-20-p05"


def heads_as_gold(page, want: dict) -> None:
    got = article(page, want["headline"])
    assert norm(got.kicker.text if got.kicker else None) == norm(want["kicker"])
    assert norm(got.subtitle.text if got.subtitle else None) == norm(want["subtitle"])
    assert [norm(s.head.text) for s in got.sections if s.head] == [
        norm(h) for h in want["section_heads"]]


@pytest.mark.parametrize("name", [OIL, KIDS, FIRE])
@BOTH
def test_a_kicker_on_a_bar_keeps_the_lead_its_heads_over_a_photo(name, typesetter):
    """冬季保供进行时 reversed out of a red bar over the lead's headline and subtitle, all
    three over a photo with the text beside it, its subheads on dark bars: the bar sets the
    kicker apart, never the heads from their text; the heads are the lead's, not the
    photo's title, and the subheads on bars head the lead's sections."""
    page, gold = read(f"{name}-{typesetter}")
    heads_as_gold(page, gold["articles"][0])


@BOTH
def test_a_diarys_dated_lines_on_bars_are_its_sections(typesetter):
    """井队日记: each day's date and weather (12月16日 晴 -18℃) reversed out of a dark bar
    opens a section of the one diary, never an article of its own."""
    page, gold = read(f"{OIL}-{typesetter}")
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm("零下二十度的钻台"))
    heads_as_gold(page, want)
    assert not any(isinstance(item, Article) and item.headline is not None
                   and norm(item.headline.text).startswith("12月") for item in page.body)


def test_a_label_on_a_bar_across_a_column_heads_its_box_of_briefs():
    """茶讯 on a tint drawn across its column, at the top of a column of ◆ briefs set level
    with the columns of the article on its left (no rule between): the briefs are articles
    of their own under the label, not sections of that article."""
    page, gold = read(f"{TEA}-typst")
    for want in gold["articles"]:
        if want["headline"].startswith("◆"):
            got = article(page, want["headline"])
            assert [norm(p.text) for p in got.paragraphs] == [
                norm(p) for p in want["paragraphs"]]
    left = article(page, "黔南茶叶出口首季增长三成")
    assert not left.sections


@BOTH
def test_a_pupils_drawing_signed_with_school_and_class_under_its_caption(typesetter):
    """我的梦想号飞船 (蜡笔画) with 江城实验小学二年级 霍小米 on a line of its own under it:
    the pupil is the drawing's credit, the school and class no part of its caption."""
    page, gold = read(f"{KIDS}-{typesetter}")
    want = next(f for f in gold["figures"] if f["title"] == "我的梦想号飞船")
    got = next(f for f in figures(page) if f.title and norm(f.title.text) == norm(want["title"]))
    assert norm(" ".join(p.text for p in got.caption)) == norm(want["caption"])
    assert got.credit is not None
    assert got.credit.names == [want["credit"]]
