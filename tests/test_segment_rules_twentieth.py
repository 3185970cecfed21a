"""Rules for the failure kinds the twentieth set of test pages showed, each on a small page of
its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, blocks, heads, paragraphs, prose
from teipress.segment import segment_page
from teipress.segment.lists import split_flow
from teipress.segment.model import Line, Paragraph

# An event schedule: per day a date line with its weekday over lines of a time, a title and a
# place; the day lines belong to the list as its timed lines do.
SCHEDULE = ("本周活动安排如下：\n\n"
            "3月14日（星期六）\n"
            "09:00  春季花卉展开幕  人民公园\n"
            "19:30  民乐专场音乐会  大剧院\n"
            "3月15日（星期日）\n"
            "08:00  环湖健步走  南湖公园\n\n")


def test_a_schedules_day_lines_go_in_its_list_with_the_timed_lines():
    schedule, = blocks(REPORT + SCHEDULE)
    assert schedule.block == "list"
    assert schedule.rows == [["3月14日（星期六）"], ["09:00  春季花卉展开幕  人民公园"],
                             ["19:30  民乐专场音乐会  大剧院"], ["3月15日（星期日）"],
                             ["08:00  环湖健步走  南湖公园"]]


# A series tag in 【】 printed over a feature's headline: in one box with it (no blank line
# between) or as a head of its own (a blank line between); the tag is the kicker.
FEATURE_BODY = ("本报记者 柏晓雯\n\n"
                "清晨6点，湖边的步道上已经\n有不少晨练的市民，新修的栈\n道一直通到湿地深处。\n\n"
                "“以前这里是一片烂泥塘，\n现在成了大家的后花园。”住\n在附近的老周说。\n\n")


def test_a_series_tag_over_a_headline_is_its_kicker():
    for gap in ("\n", "\n\n"):
        page = REPORT + "【城市更新进行时】" + gap + "湿地公园里的“晨练圈”\n\n" + FEATURE_BODY
        _report, feature = articles(page)
        assert heads(feature) == ("【城市更新进行时】", "湿地公园里的“晨练圈”", "")
        assert feature.sections == []


# Briefs under a column label, one of them under a series tag of its own: the tag is that
# brief's kicker, no second label of the column.
BRIEFS = ("本地快讯\n\n"
          "老城区新增停车位三百个\n\n"
          "本报讯 今年以来，老城区利\n用边角地新建停车场6处，新\n增停车位三百个。\n\n"
          "【夏季安全】\n"
          "城南泳池增设救生员\n\n"
          "本报讯 入夏以来，城南各游\n泳场所增设救生员20名，并\n在池边设置急救箱。\n\n"
          "夜市街区开街迎客\n\n"
          "本报讯 城东夜市街区日前开\n街，首批入驻商户六十余家。\n\n")


def test_a_series_tag_over_a_briefs_headline_is_its_kicker():
    _report, *briefs = articles(REPORT + BRIEFS)
    assert [heads(brief) for brief in briefs] == [
        ("", "老城区新增停车位三百个", ""), ("【夏季安全】", "城南泳池增设救生员", ""),
        ("", "夜市街区开街迎客", "")]


# A lost-and-found notice's items, each opened by ●: a line left short because the long
# number under it (an ASCII run, never split) moved whole to the next line is no paragraph
# end, and the item's first line no subhead.
NOTICE = ("遗失声明\n\n"
          "●江州市某某餐饮店遗失食\n品经营许可证正本，声明作废。\n\n"
          "●柏小平遗失江州市居住\n证一张，证号：\n321002198906154321，声明作\n废。\n\n"
          "●江州某某装饰工程有限\n公司遗失公章一枚，声明作废。\n\n")


def test_a_marked_items_line_left_short_by_a_long_number_goes_on():
    _report, notice = articles(REPORT + NOTICE)
    assert heads(notice) == ("", "遗失声明", "")
    assert notice.sections == []
    assert paragraphs(notice) == [
        "●江州市某某餐饮店遗失食品经营许可证正本，声明作废。",
        "●柏小平遗失江州市居住证一张，证号：321002198906154321，声明作废。",
        "●江州某某装饰工程有限公司遗失公章一枚，声明作废。"]


# The advertising desk's hotline printed on its own line under the classifieds, in the middle
# of the page: the paper's furniture, no notice's paragraph.
def test_the_ad_hotline_under_the_classifieds_is_furniture():
    text = REPORT + NOTICE + "广告热线：0514-87361234\n\n" + REPORT
    assert ("masthead", "广告热线：0514-87361234") in [
        (item.kind, item.text) for item in segment_page(text).furniture]
    assert all("热线" not in paragraph
               for article in articles(text) for paragraph in paragraphs(article))


# A commentary's author under a mark on a line of its own, in one box with the headline and
# set apart from the text by a blank line (pdfminer): the byline, no text's first line.
COMMENTARY = ("景区观察\n\n"
              "让游客“留下来”，更要“再回来”\n□ 柏晓川\n\n"
              "暑期的景区一票难求，\n这是好事，也是考题。游客\n从四面八方赶来，记住的却\n"
              "往往是一碗面的价钱。\n\n")


def test_a_marked_authors_name_under_the_headline_is_the_byline():
    _report, commentary = articles(REPORT + COMMENTARY)
    assert [(byline.text, byline.names) for byline in commentary.bylines] == [
        ("□ 柏晓川", ["柏晓川"])]
    assert paragraphs(commentary) == [
        "暑期的景区一票难求，这是好事，也是考题。游客从四面八方赶来，记住的却往往是一碗面的价钱。"]


# A schedule's sentence leading into its rows, wrapped before its close (…安排 / 如下：): a
# sentence, no head, whether set apart from the rows by a blank line (pdfminer) or printed in
# one flow with them (pdftotext).
def test_a_sentence_leading_into_a_list_is_no_head():
    for gap in ("\n\n", "\n"):
        text = REPORT + "活动日程\n\n本周末文化旅游节部分活动安排\n如下：" + gap + SCHEDULE.split(
            "\n\n", 1)[1]
        *_before, schedule = articles(text)
        assert heads(schedule)[1] == "活动日程"
        assert schedule.sections == []
        assert prose(schedule) == ["本周末文化旅游节部分活动安排如下："]
        assert [block.rows[0] for block in blocks(text)] == [["3月14日（星期六）"]]


def test_a_paragraph_cut_off_a_lists_wide_rows_is_not_wide():
    lines = [Line(n, text) for n, text in enumerate(
        ["本周活动安排", "如下：", "3月14日（星期六）", "09:00  春季花卉展开幕  人民公园",
         "19:30  民乐专场音乐会  大剧院", "08:00  环湖健步走  南湖公园"], start=1)]
    paragraph = Paragraph(lines, "".join(line.text for line in lines), open=False, wide=True)
    before, block = split_flow([paragraph])
    assert block.block == "list"
    assert (before.text, before.wide) == ("本周活动安排如下：", False)
