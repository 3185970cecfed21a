"""The PDF path on forms met in the nineteenth set's PDFs and heldout15 (session 10, round
2): a column of readers' messages, each signed after a dash on a line set flush right; a
timeline's short justified lines, the date parted from its entry by an ideographic space the
browser drew as white; a short line's spaces where a browser sets no glyph for them; a
subtitle wrapped over three lines in a narrow column of heads.
Each test reads a real test PDF and checks one rule of the geometry passes (or of the glyph
reader) against the page's gold.
"""

from __future__ import annotations

import pytest

from test_pdf_layouts import BOTH, article, articles_of, assert_as_gold, norm, read

MESSAGES = "liupan-rural-2026-09-09-p03"


@BOTH
def test_readers_messages_signed_after_a_dash_are_items_of_their_own(typesetter):
    """读者留言 over four messages with no headline, each closed by ——县 某某 set flush
    right on a line of its own (Chromium runs a signature and the next message's first
    line into one block): each message an article of its own, its one paragraph as the
    gold's, its signature a trailing byline naming the writer (拜文军: a Hui surname the
    lists lack, named by the form); the label heads no article."""
    page, gold = read(f"{MESSAGES}-{typesetter}")
    wanted = [a for a in gold["articles"] if a["headline"] is None]
    got = [a for a in articles_of(page) if a.headline is None]
    assert [[norm(p.text) for p in a.paragraphs] for a in got] == [
        [norm(p) for p in a["paragraphs"]] for a in wanted]
    assert [[n for b in a.trailing for n in b.names] for a in got] == [
        a["bylines"] for a in wanted]
    assert all(b.kind == "trail" and b.text.startswith("——") for a in got for b in a.trailing)
    assert [item.text for item in page.furniture if item.kind == "label"] == ["读者留言"]


def test_a_timelines_date_and_entry_are_one_line():
    """A timeline's entry, 1958年10月　株洲 / 机械修配厂建成投产。: Chromium draws no glyph for
    the ideographic space and stretches the short line to its measure, the space's white
    with it, wider than a gutter's reach; the date and the entry's first words are one line
    still, each entry one paragraph as printed."""
    page, gold = read("xiangqi-news-2026-07-15-p02-chromium")
    want = next(a for a in gold["articles"] if a["headline"] == "湘江重工发展大事记")
    timeline = article(page, want["headline"])
    assert [norm(p.text) for p in timeline.paragraphs] == [
        norm(p) for p in want["paragraphs"]]


@pytest.mark.parametrize(("name", "headline"), [
    ("songling-news-2026-11-23-p03-chromium", "镜泊湾冬捕提前备网 老渔把头盼“头鱼”"),
    ("tianshan-morning-2026-09-14-p11-chromium", "天山雪豹主场逆转 升至积分榜第三"),
])
def test_a_short_lines_spaces_where_scripts_meet(name, headline):
    """本报讯 记者 荀　朗 11 / 月22日，…: a column's short last line, a padded name and a date
    set by a browser with no glyph for a space, half its gaps spaces (the median gap one of
    them): each gap wider than the stretch between its ideographs is a space, where they meet
    a digit too (a browser sets nothing more between scripts), so the dateline's reporter is
    read apart from the text."""
    page, gold = read(name)
    want = next(a for a in gold["articles"] if a["headline"] == headline)
    report = article(page, headline)
    assert report.dateline is not None
    assert [norm(n) for n in report.dateline.names] == want["bylines"]
    assert norm(report.paragraphs[0].text) == norm(want["paragraphs"][0])


def test_a_subtitle_wrapped_over_three_lines_beside_the_text():
    """An interview's heads set in a narrow column beside its text: the ——访… subtitle
    wraps over three lines in a smaller size, the byline right under it chained into its
    block. The subtitle's dash lets it run to three lines in the heads' stack, as a subhead
    may; the byline under it is the article's."""
    page, gold = read("longyuan-congress-2026-10-28-p03-chromium")
    assert_as_gold(page, gold, "“群众的事再小也是大事”")
