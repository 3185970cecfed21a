"""The PDF path on forms met in heldout14 and the eighteenth set's PDFs (session 10): briefs
set under a story with no column label over them, a label over a strip of news photos, a
box's opening sentence under its headline, a column level with a profile's columns, and a
photo credit whose 摄 wrapped onto a line of its own.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

from lxml import etree

from teipress.edition import Edition
from teipress.encode.tei import encode_page
from test_pdf_layouts import BOTH, article, articles_of, norm, read

FOURTEENTH = "tianshan-morning-2026-09-14-p11"
BRIEFS = ("■自治区青少年射箭锦标赛落幕", "■社区篮球联赛开赛", "■全民健身步道新增50公里")


@BOTH
def test_marked_briefs_with_no_label_over_them_are_briefs(typesetter):
    """Three ■ briefs set under the football report (Chromium) or across the page's foot
    (Typst), no column label over them: each is an article of its own under its mark head,
    its one paragraph (its dateline taken), none a subhead of the story over it."""
    page, gold = read(f"{FOURTEENTH}-{typesetter}")
    for headline in BRIEFS:
        want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
        brief = article(page, headline)
        assert not brief.sections, headline
        assert [norm(p.text) for p in brief.paragraphs] == [norm(p) for p in want["paragraphs"]]
    football = article(page, "天山雪豹主场逆转 升至积分榜第三")
    assert not football.sections
    heads = [norm(a.headline.text) for a in articles_of(page) if a.headline]
    assert [h for h in heads if h[:1] == "■"] == [norm(h) for h in BRIEFS]


def test_a_label_over_news_photos_heads_no_text():
    """图片新闻 set on a tint right over the strip of photos, the marathon report's first
    column ending just over it: the photos' label (furniture), no subhead of the report."""
    page, gold = read(f"{FOURTEENTH}-chromium")
    report = article(page, "三万名跑者奔跑在天山脚下")
    assert [norm(s.head.text) for s in report.sections] == [
        norm(h) for h in gold["articles"][0]["section_heads"]]
    assert [item.text for item in page.furniture if item.kind == "label"] == ["图片新闻"]


@BOTH
def test_a_boxs_opening_sentence_under_its_headline_is_its_text(typesetter):
    """A data box (数说): its one sentence set right under the headline, its first line
    indented and full, ends in a colon before the figure lines: the box's paragraph, no
    subtitle; the figure lines under it no head either."""
    page, gold = read(f"liaohe-economic-2026-10-20-p03-{typesetter}")
    want = next(a for a in gold["articles"] if a["kicker"] == "数说")
    box = article(page, want["headline"])
    assert box.subtitle is None
    assert norm(box.kicker.text if box.kicker else None) == "数说"
    assert [norm(p.text) for p in box.paragraphs if p.block is None] == [
        norm(p) for p in want["paragraphs"]]
    assert not box.sections


def test_a_column_level_with_the_articles_columns_goes_on_from_them():
    """The profile's last column, set level with its other columns under the lead story's
    picture and text: it goes on from the column left of it (its subhead and text the
    profile's), not to the lead whose wide headline stands far above both."""
    page, gold = read("bashu-health-2026-08-19-p05-typst")
    want = gold["articles"][1]
    profile = article(page, want["headline"])
    assert [norm(s.head.text) for s in profile.sections] == [
        norm(h) for h in want["section_heads"]]
    lead = article(page, gold["articles"][0]["headline"])
    assert not lead.sections


def test_a_credits_wrapped_shot_keeps_the_name_apart():
    """（本报记者 关　月 摄） glued to a caption, the line broken at the space before 摄: the
    credit reads the name whole, and the encoded figure names its photographer."""
    page, gold = read("liaohe-economic-2026-10-20-p03-chromium")
    data = encode_page(page, Edition(), "p")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    names = [norm("".join(e.itertext())) for e in etree.fromstring(data).xpath(
        "//t:figure/t:byline//t:persName", namespaces=ns)]
    assert names == [gold["figures"][0]["credit"]]
