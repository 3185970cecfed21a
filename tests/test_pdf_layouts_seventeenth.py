"""The PDF path on forms met in the twentieth set's PDFs, heldout15 and heldout16 (session
10, round 3): a photo credit naming a Mongol correspondent, whose name has no surname and
runs past four characters; a series tag in lenticular brackets set small over a headline,
over a feature and over a brief in a labelled column of briefs; a paragraph running on into
the next column across a column rule drawn between one article's columns.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

from test_pdf_layouts import (
    BOTH,
    article,
    articles_of,
    assert_as_gold,
    caption_of,
    figures,
    norm,
    read,
)

WEATHER = "songling-news-2026-11-23-p03"
SCHEDULE = "silu-travel-2026-07-22-p05"


@BOTH
def test_a_credit_naming_a_mongol_correspondent_ends_the_caption(typesetter):
    """…在雪道上滑行。（通讯员 乌云其其格 摄）glued to the caption's last sentence: a Mongol
    name has no surname and may join two names, five characters here; after the role word in
    the credit's brackets it is the photographer's, so the credit ends the caption and is
    the figure's, not caption text."""
    page, gold = read(f"{WEATHER}-{typesetter}")
    (want,) = gold["figures"]
    (got,) = figures(page)
    assert caption_of(got) == norm(want["caption"])
    assert got.credit is not None
    assert norm(got.credit.text) == "（通讯员乌云其其格摄）"
    assert got.credit.names == [want["credit"]]


@BOTH
def test_a_series_tag_over_a_headline_is_its_kicker(typesetter):
    """【文旅新场景】 set small right over a feature's headline, its bracket hung out of the
    column's edge: a series tag, the head's kicker, not an article of its own (a part's label
    in brackets, 【案情】, opens the text only under the heads)."""
    page, gold = read(f"{SCHEDULE}-{typesetter}")
    want = next(a for a in gold["articles"] if a["kicker"] == "【文旅新场景】")
    feature = article(page, want["headline"])
    assert feature.kicker is not None
    assert norm(feature.kicker.text) == "【文旅新场景】"
    assert "【文旅新场景】" not in [norm(p.text) for a in articles_of(page) for p in a.paragraphs]


@BOTH
def test_a_brief_tagged_by_its_series_under_a_columns_label(typesetter):
    """文旅快讯 boxed over the first of three briefs, the third under its series tag
    【暑期安全】: the tag is that brief's kicker, and a brief with a tag is a brief still, so
    the word over the first is the column's label, no brief's kicker."""
    page, gold = read(f"{SCHEDULE}-{typesetter}")
    for want in gold["articles"][-3:]:
        brief = article(page, want["headline"])
        assert norm(brief.kicker.text if brief.kicker else None) == norm(want["kicker"])
    assert "文旅快讯" in [item.text for item in page.furniture if item.kind == "label"]


@BOTH
def test_a_paragraph_runs_on_across_a_column_rule(typesetter):
    """A feature's heads in its first column, its text in two more: Chromium draws a rule
    between the last two, and the third column, no head over it, starts higher than the
    second's text (level with its subhead). The second column ends in the middle of a
    sentence (…他从小在草原上看星星，) and the third opens with no indent (哪颗星…): the
    paragraph runs on into it, so the column is the feature's, not an article of its own."""
    page, gold = read(f"{SCHEDULE}-{typesetter}")
    assert_as_gold(page, gold, "沙漠露营地里的“星空经济”")
