"""The PDF path on forms first met in the fifth held-out set and the text pages' ninth set
(tests/pdfpages/README.md): each test reads real page PDFs back and compares an article, a
photo or a column's label with the page's gold, for one rule of the geometry passes or one
pattern both readers share.
"""

from __future__ import annotations

from test_pdf_layouts import BOTH, article, assert_as_gold, caption_of, figures, norm, read

WUYUE = "wuyue-travel-2025-04-30-p08"
SOUTHEAST = "southeast-eco-2025-06-05-p02"
ENERGY = "energy-guide-2025-06-18-p05"
DONGJIANG = "dongjiang-cppcc-2025-01-16-p03"
UNIVERSITY = "university-news-2025-11-20-p02"


@BOTH
def test_a_photo_series_credited_in_brackets_after_its_last_caption(typesetter):
    """Four photos in a grid, each with its numbered caption, the series' credit in brackets
    after the last (（本组图片均为本报记者 某某 摄））: one photo, its title, the captions in
    order without the credit, the photographer credited."""
    page, gold = read(f"{WUYUE}-{typesetter}")
    (want,) = [f for f in gold["figures"] if f["title"] == "白鹿村的春日"]
    (series,) = [f for f in figures(page) if f.title and norm(f.title.text) == "白鹿村的春日"]
    assert caption_of(series) == norm(want["caption"])
    assert series.credit is not None
    assert series.credit.names == [want["credit"]]
    assert len(figures(page)) == len(gold["figures"])


@BOTH
def test_a_byline_naming_the_writer_and_the_photographer(typesetter):
    """本报记者 某某 文  某某 摄 under the heads (each role word after its name): the byline
    naming both, no part of the subtitle."""
    page, gold = read(f"{WUYUE}-{typesetter}")
    headline = "跟着一首唐诗 去青崖山看杜鹃"
    assert norm(article(page, headline).subtitle.text) == norm("——青崖山古道春日行走记")
    assert_as_gold(page, gold, headline)


def test_marked_briefs_under_a_label_one_closed_by_its_reporters_name():
    """Four briefs headed ● under the label 环保快讯 boxed across the column, three opening
    with a dateline, the last closed by （通讯员 某某） set flush right under its one short
    line: the label heads no brief, each brief is an article with its reporters. (Chromium
    sets the label in a box of its own size and the briefs as heads, read so before.)"""
    page, gold = read(f"{SOUTHEAST}-typst")
    assert [item.text for item in page.furniture if item.kind == "label"] == ["环保快讯"]
    for want in gold["articles"]:
        if want["headline"].startswith("●"):
            assert_as_gold(page, gold, want["headline"])


def test_heads_with_their_byline_in_a_column_left_of_the_text():
    """Kicker, headline and byline set in a column of their own, the text's columns beside
    them, level with their top: one article, its subheads and paragraphs under its heads."""
    page, gold = read(f"{SOUTHEAST}-chromium")
    assert_as_gold(page, gold, "四个看点读懂《方案》")


def test_heads_set_left_of_their_columns_under_another_articles_text():
    """A story's heads set in a column of their own under the lead's last column, its text's
    columns starting level with them on the right: an article of its own, no subhead of the
    lead; the chart's title over its chart stays the chart's."""
    page, gold = read(f"{ENERGY}-typst")
    assert_as_gold(page, gold, "东江抽水蓄能电站首台机组投产发电")
    assert not any(norm(s.head.text) == "东江抽水蓄能电站首台机组投产发电"
                   for s in article(page, "东江电网最大负荷有望突破6500万千瓦").sections)
    (chart,) = [f for f in figures(page) if f.title is not None]
    assert norm(chart.title.text) == norm("数读·前5个月全国可再生能源新增装机（万千瓦）")


@BOTH
def test_a_member_writing_under_her_seat_is_the_byline(typesetter):
    """省政协委员 某某 under a column's heads: the byline naming her, no subtitle."""
    page, gold = read(f"{DONGJIANG}-{typesetter}")
    essay = article(page, "让协商多一些“泥土味”")
    assert essay.subtitle is None
    assert_as_gold(page, gold, "让协商多一些“泥土味”")


@BOTH
def test_a_campus_papers_student_reporters(typesetter):
    """学生记者 某某 is a reporter's role: under the heads a byline, no part of the subtitle;
    in brackets after a brief's last sentence its closing byline."""
    page, gold = read(f"{UNIVERSITY}-{typesetter}")
    assert_as_gold(page, gold, "“实验室的灯，我想一直亮下去”")
    assert_as_gold(page, gold, "▲第四十届秋季田径运动会闭幕")
