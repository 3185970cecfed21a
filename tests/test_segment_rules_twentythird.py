"""Rules for the failure kinds the twenty-third set of test pages showed in its notices, each
on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import FOLIO, NEXT, REPORT, articles, flow, headed, paragraphs

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
    call = headed(page, "书评征集启事")
    assert paragraphs(call) == [
        "为推动全民阅读，市图书馆面向读者征集书评，现将有关事项公告如下。",
        "征集内容：近三年出版的文学、历史类图书。",
        "投稿邮箱：shuping2026@jzlib.cn",
        "截稿日期：2026年8月31日。"]


# A riddle box whose answers the paper prints apart, after the next article: the key is a list
# of the answers in the box that says where they are, never a head of it.
RIDDLES = ("灯谜擂台\n\n"
           "猜字谜 迎新春\n\n"
           "本期选登三则字谜，请读者\n朋友猜射，谜底刊于本版下\n方。\n\n"
           "1．一加一（打一字）\n2．十张口（打一字）\n3．半个月亮（打一字）\n\n")
KEY = "谜底：1．王  2．古  3．胖\n\n"


def test_a_boxs_answer_key_printed_apart_is_a_list_in_the_box_that_names_it():
    page = articles(FOLIO + REPORT + RIDDLES + NEXT + KEY)
    box = headed(page, "猜字谜 迎新春")
    key = flow(box)[-1]
    assert (key.block, key.rows) == ("list", [["谜底：1．王"], ["2．古"], ["3．胖"]])
    assert box.kicker is not None
    assert box.kicker.text == "灯谜擂台"
    police = headed(page, "社区警务室挂牌")
    assert [p.text for p in flow(police)] == ["南湖街道十个社区警务室昨日挂牌，民警每周驻点。"]


def test_a_riddle_boxs_numbered_riddles_are_one_list():
    page = articles(FOLIO + REPORT + RIDDLES + NEXT + KEY)
    box = headed(page, "猜字谜 迎新春")
    assert [(p.block, p.rows) for p in flow(box)] == [
        (None, []),
        ("list", [["1．一加一（打一字）"], ["2．十张口（打一字）"], ["3．半个月亮（打一字）"]]),
        ("list", [["谜底：1．王"], ["2．古"], ["3．胖"]])]
    assert all(not a.sections for a in page)
