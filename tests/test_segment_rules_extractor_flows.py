"""Rules for how the extractors' text breaks the twenty-second set's forms (session 11, round 2),
each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import REPORT, articles, blocks, heads, paragraphs, prose, subheads
from teipress.segment.lists import entry_name

# An honour roll: each honouree's name, a gap, who they are and, after a comma, their deed,
# one a line (set wide across the box, no line wrapped), under the sentence announcing them.
HONOURS = ("身边好人\n\n江州市第三季度“江州好人榜”发布\n\n"
           "经群众推荐、社区初审、\n网上公示，以下4人入选第\n三季度“江州好人榜”：\n\n"
           "甘秀英  南湖区环卫工，拾到装有现金的挎包如数归还失主\n"
           "包立军  东山县村民，跳入河中救起两名落水儿童\n"
           "温　晴  西岭镇退休教师，十年义务为留守儿童辅导功课\n"
           "岑晓东  北郊区货车司机，在高速公路上扑灭一辆起火货车\n\n"
           "江州市文明办\n2026年10月20日\n\n")


@pytest.mark.parametrize("page", [HONOURS, HONOURS.replace("\n\n", "\n")],
                         ids=["blocks apart", "one flow"])
def test_an_honour_roll_of_names_and_deeds_is_one_list(page):
    (roll,) = blocks(REPORT + page)
    assert [row[0] for row in roll.rows] == [
        "甘秀英  南湖区环卫工，拾到装有现金的挎包如数归还失主",
        "包立军  东山县村民，跳入河中救起两名落水儿童",
        "温　晴  西岭镇退休教师，十年义务为留守儿童辅导功课",
        "岑晓东  北郊区货车司机，在高速公路上扑灭一辆起火货车"]
    assert [entry_name(row[0]) for row in roll.rows] == ["甘秀英", "包立军", "温　晴", "岑晓东"]
    roll_article = articles(REPORT + page)[-1]
    assert heads(roll_article) == ("身边好人", "江州市第三季度“江州好人榜”发布", "")
    assert prose(roll_article) == [
        "经群众推荐、社区初审、网上公示，以下4人入选第三季度“江州好人榜”："]


# A feature's first subhead, two parallel phrases parted by a comma, right under the head
# byline, over a paragraph opening set in: as pdfminer prints it (blocks apart, the indent
# dropped), as PyMuPDF does (the indent kept) and as pdftotext does (one flow).
FEATURE = ("湖边露营地里的“星空经济”\n\n本报记者 甘晓岚\n\n"
           "白天看湖水，晚上数星星\n\n"
           "{indent}傍晚8点，江州城外的\n湖边上，几十顶白色帐篷一字\n排开。营地主理人正忙着调试\n"
           "天文望远镜。\n\n"
           "星空向导是牧民\n\n"
           "{indent}营地的星空向导是附近来\n的牧民。他从小在草原上看星\n星，讲得头头是道。\n\n")
FEATURE_PAGES = [FEATURE.format(indent=""), FEATURE.format(indent="\u3000\u3000"),
                 FEATURE.format(indent="").replace("\n\n", "\n")]


@pytest.mark.parametrize("page", FEATURE_PAGES, ids=["pdfminer", "pymupdf", "pdftotext"])
def test_a_subhead_of_two_parallel_phrases_over_a_paragraph_is_a_subhead(page):
    feature = articles(REPORT + page)[-1]
    assert heads(feature) == ("", "湖边露营地里的“星空经济”", "")
    assert subheads(feature) == ["白天看湖水，晚上数星星", "星空向导是牧民"]
    assert prose(feature) == [
        "傍晚8点，江州城外的湖边上，几十顶白色帐篷一字排开。营地主理人正忙着调试天文望远镜。",
        "营地的星空向导是附近来的牧民。他从小在草原上看星星，讲得头头是道。"]


# The same feature under its series tag, a page's next article over it: pdfminer prints tag
# and headline in one box, pdftotext the tag, headline, byline and subhead line on line (the
# headline set wider than the column, a head of its own under the tag).
TAGGED = FEATURE.replace("湖边露营地", "【文旅新场景】\n湖边沙漠露营地", 1)
TAGGED_PAGES = [TAGGED.format(indent=""), TAGGED.format(indent="").replace("\n\n", "\n")]


@pytest.mark.parametrize("page", TAGGED_PAGES, ids=["pdfminer", "pdftotext"])
def test_a_subhead_under_the_byline_of_a_tagged_headline_opens_its_text(page):
    schedule = ("活动日程\n\n本周末部分活动安排如下：\n"
                "10:00  “丝路文物里的故事”特展开展  江州市博物馆\n"
                "20:30  《丝路花雨》专场演出  江州大剧院\n"
                "21:00  “星空下的江州”露营音乐会  东湖镇\n\n")
    feature = articles(REPORT + schedule + page)[-1]
    assert heads(feature) == ("【文旅新场景】", "湖边沙漠露营地里的“星空经济”", "")
    assert subheads(feature) == ["白天看湖水，晚上数星星", "星空向导是牧民"]


# A box whose last line ends no sentence (a field's value), then a column label, a brief's
# headline and its dateline, line on line as pdftotext prints a page's one flow.
BOX_THEN_BRIEFS = ("义诊活动\n\n社区义诊本周六举行\n"
                   "市第一医院将组织专家到社\n区开展义诊，为居民免费测量\n血压、血糖。\n"
                   "活动地点：南湖社区服务中心广场东侧\n"
                   "校园快讯\n我校新增两个省级重点实验室\n本报讯（记者 甘晓岚）\n"
                   "近日，省科技厅公布新一批\n省级重点实验室名单，我校\n两个实验室入选。\n\n")


def test_heads_stacked_over_a_dateline_end_the_open_paragraph_above_them():
    *_, box, brief = articles(REPORT + BOX_THEN_BRIEFS)
    assert prose(box)[-1] == "活动地点：南湖社区服务中心广场东侧"
    assert heads(brief)[1] == "我校新增两个省级重点实验室"
    assert prose(brief) == ["近日，省科技厅公布新一批省级重点实验室名单，我校两个实验室入选。"]


def test_a_bracket_left_open_over_heads_and_a_dateline_closes_in_its_paragraph():
    """A trailing byline wrapped inside its bracket (…光荣牌。（岩应罕 玉 / 香）) is no head
    stacked over the next brief's dateline: its line closes the bracket the paragraph opened."""
    briefs = ("快讯\n\n南湖开展“送光荣牌”活动\n本报讯 南湖区退役军人\n事务局近日为120户家庭悬\n"
              "挂光荣牌。（岩应罕 玉\n香）\n江州为烈属发放“优待证”\n本报江州3月27日讯\n"
              "（记者 温晴）江州市3月27\n日集中发放优待证3600张。\n\n")
    texts = [text for article in articles(REPORT + briefs) for text in paragraphs(article)]
    assert any("光荣牌。（岩应罕 玉香）" in text for text in texts)
