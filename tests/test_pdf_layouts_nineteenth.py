"""The PDF path on forms met in the twenty-second set's PDFs (session 11, round 2): a column of
a lower band set under the upper article's column, going on from its own article's text; a
column label boxed over a story's own kicker, or on a bar over a notice and the briefs under
it; a notice's issuer and date over the next story's head; a box's last line set nearer its
text than the next story's head; and, from heldout17, a list whose entries open alike, each
closed by a bracket hung in the margin.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

from test_pdf_layouts import BOTH, article, articles_of, assert_as_gold, norm, read

POWER = "hehuang-power-2026-06-10-p03"
MEDICAL = "minnan-medical-2026-11-18-p03"


def labels(page) -> list[str]:
    return [norm(item.text) for item in page.furniture if item.kind == "label"]


def assert_text_as_gold(page, gold: dict, headline: str) -> None:
    """The article's subheads and paragraphs as its gold (its names are the encoder's)."""
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
    got = article(page, headline)
    assert [norm(s.head.text) for s in got.sections] == [norm(h) for h in want["section_heads"]]
    paragraphs = [p.text for p in got.paragraphs] + [
        p.text for s in got.sections for p in s.paragraphs]
    assert [norm(p) for p in paragraphs] == [norm(p) for p in want["paragraphs"]]


def test_a_lower_bands_column_under_the_upper_articles_goes_on_from_its_own_text():
    """The profile's heads set left of its columns, level with the top of the bottom band;
    its third column stands right under the report's second column (white between the
    bands) and opens mid-sentence (册》，…): it goes on from the profile's text (…《故障查找手),
    not from the report over it, whose column goes on at the top of its next column."""
    page, gold = read(f"{POWER}-chromium")
    assert_text_as_gold(page, gold, "高原农村电网改造提前两月完工")
    assert_text_as_gold(page, gold, "风雪路上的“光明使者”")


def test_a_label_boxed_over_a_storys_own_kicker_labels_the_column():
    """电网快讯 in a box of its own over 计划检修 / 停电公告, briefs headed alike under the
    notice: the boxed word labels the column; 计划检修 stays the notice's kicker."""
    page, _gold = read(f"{POWER}-chromium")
    assert "电网快讯" in labels(page)
    got = article(page, "停电公告").kicker
    assert got is not None
    assert norm(got.text) == "计划检修"


def test_a_label_on_a_bar_over_a_notice_and_briefs_labels_the_column():
    """电网快讯 on a bar across the column, over one notice and the briefs headed alike under
    it: it labels the column and heads no article of its own."""
    page, gold = read(f"{POWER}-typst")
    assert "电网快讯" in labels(page)
    assert len(articles_of(page)) == len(gold["articles"])


def test_a_notices_issuer_and_date_over_the_next_head_close_the_notice():
    """国网西宁供电公司 / 2026年6月9日 flush right under the notice, right over the next
    brief's head: the notice's issuer and date, no kicker of the brief."""
    page, _gold = read(f"{POWER}-typst")
    assert article(page, "“网上国网”办电业务突破10万笔").kicker is None
    assert [norm(b.text) for b in article(page, "停电公告").trailing][-2:] == [
        "国网西宁供电公司", "2026年6月9日"]


@BOTH
def test_a_boxs_last_line_nearer_its_text_than_the_next_head_is_no_kicker(typesetter):
    """The expert-bio box's 出诊时间：… line, set right under the bio and further over the next
    brief's head: the box's last line, no kicker of the brief; the box's head then has the
    column's boxed label over it alone, and the label heads nothing."""
    page, gold = read(f"{MEDICAL}-{typesetter}")
    assert_as_gold(page, gold, "我校新增两个省级重点实验室")
    assert article(page, "专家简介").kicker is None
    assert "校园快讯" in labels(page)


def test_entries_of_one_form_each_closed_in_the_margin_are_a_list():
    """春联选登's five couplets in smaller type, each 上联：… 下联：… / … 横批：…（某县 某某）,
    its bracket hung past the text's edge: each row opening with 上联： starts an entry, so the
    couplets are a list of five, no end note of one run-on row."""
    page, _gold = read("jinnan-laonian-2026-02-10-p07-typst")
    got = article(page, "春联选登")
    (listed,) = [p for p in got.paragraphs if p.block == "list"]
    assert len(listed.rows) == 5
    assert all(norm(row[0]).startswith("上联：") for row in listed.rows)
    assert norm(listed.rows[0][0]).endswith("横批：马到成功（盐湖区裴守仁）")
    assert not got.trailing
