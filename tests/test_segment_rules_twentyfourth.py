"""Rules for the failure kinds the twenty-fourth set of test pages showed in its body text
and its boxes, each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import FOLIO, NEXT, REPORT, articles, headed, paragraphs

# A report whose second paragraph has a line closing on a quotation and a comma, both marks
# hanging past the column's edge (a column of 13 cells; the line is 15 wide).
MARKET = ("菜市场改造完成\n\n"
          "本报讯（记者 甘晓岚）城南菜\n市场改造昨日完成，新增摊位\n八十多个，市民买菜更方便。\n\n"
          "不只是蔬菜，肉类和水产\n摊位也都翻新了，通道更宽。\n"
          "市场对各摊位推行“明码标价”，\n每个摊位都挂上了醒目的价格\n公示牌，方便市民比价选购。\n\n")


def test_a_body_line_hanging_two_marks_is_no_headline_and_goes_on_with_its_paragraph():
    page = articles(FOLIO + REPORT + MARKET + NEXT)
    market = headed(page, "菜市场改造完成")
    assert paragraphs(market) == [
        "城南菜市场改造昨日完成，新增摊位八十多个，市民买菜更方便。",
        "不只是蔬菜，肉类和水产摊位也都翻新了，通道更宽。市场对各摊位推行“明码标价”，每个摊位"
        "都挂上了醒目的价格公示牌，方便市民比价选购。"]
    assert [a.headline.text for a in page if a.headline] == [
        "社区食堂开到家门口", "菜市场改造完成", "社区警务室挂牌"]
