"""Rules for the failure kinds the twenty-third set of test pages showed in its notices, each
on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, paragraphs

FOLIO = "江州日报  2026年5月27日  星期三  第3版\n\n"
NEXT = "社区警务室挂牌\n\n本报讯 南湖街道十个社区\n警务室昨日挂牌，民警每周\n驻点。\n\n"

# A library's call for readers' reviews, its labelled clauses printed line on line (no blank
# line between paragraphs, as pdftotext prints a column): the address's last line ends no
# sentence, the next clause's label opens the line under it.
CALL = ("书评征集启事\n\n"
        "为推动全民阅读，市图书馆\n面向读者征集书评，现将有\n关事项公告如下。\n"
        "征集内容：近三年出版的文\n学、历史类图书。\n"
        "投稿邮箱：shuping2026@\njzlib.cn\n"
        "截稿日期：2026年8月31\n日。\n\n")


def test_a_notices_labelled_clause_ending_no_sentence_ends_where_the_next_label_opens():
    page = articles(FOLIO + REPORT + CALL + NEXT)
    call = next(a for a in page if a.headline and a.headline.text == "书评征集启事")
    assert paragraphs(call) == [
        "为推动全民阅读，市图书馆面向读者征集书评，现将有关事项公告如下。",
        "征集内容：近三年出版的文学、历史类图书。",
        "投稿邮箱：shuping2026@jzlib.cn",
        "截稿日期：2026年8月31日。"]
