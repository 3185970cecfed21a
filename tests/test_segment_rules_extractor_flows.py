"""Rules for how the extractors' text breaks the twenty-second set's forms (session 11, round 2),
each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import REPORT, articles, blocks, heads, prose
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
