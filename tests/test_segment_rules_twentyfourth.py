"""Rules for the failure kinds the twenty-fourth set of test pages showed in its body text
and its boxes, each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import (
    FOLIO,
    NEXT,
    REPORT,
    articles,
    blocks,
    headed,
    heads,
    paragraphs,
    subheads,
)

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


# A bus timetable under its notice: one route a line, its cells apart (number, route, first
# and last bus), a clock time in every row and no figure cell; the enquiry line under it.
TIMETABLE = ("公交新开两条夜间线路\n\n"
             "本报讯 本月起，市公交集团\n新开夜间线路三条，发车时\n刻如下。\n\n"
             "N1路  火车站—南湖  21:30—00:30  每日\n"
             "N2路  东站—大学城  22:00—01:00  每日\n"
             "N3路  西站—开发区  21:00—23:30  周五至周日\n\n"
             "咨询电话：0571-6170000\n\n")


def test_a_timetables_rows_with_a_clock_time_in_a_cell_are_one_table():
    page = articles(FOLIO + REPORT + TIMETABLE + NEXT)
    bus = headed(page, "公交新开两条夜间线路")
    [table] = blocks(FOLIO + REPORT + TIMETABLE + NEXT)
    assert table.block == "table"
    assert table.rows[:3] == [["N1路", "火车站—南湖", "21:30—00:30", "每日"],
                              ["N2路", "东站—大学城", "22:00—01:00", "每日"],
                              ["N3路", "西站—开发区", "21:00—23:30", "周五至周日"]]
    assert [p.text for p in bus.paragraphs if not p.block] == [
        "本月起，市公交集团新开夜间线路三条，发车时刻如下。"]
    assert not bus.sections


# A profile printed as pdftotext gives a column, no blank line between paragraphs: a quoted
# subhead as wide as the column (13) under a paragraph's last line a cell short of it, over a
# first line set in.
PROFILE = ("护林员的一天\n\n本报记者 甘晓岚\n\n"
           "天刚亮，老周就背上水壶\n出门了，他要沿着山脊走上一\n圈，看看林子里有没有火情，\n"
           "一直走到中午才回护林站。\n"
           "“多走一步路，就少一分险”\n"
           "巡山看着轻松，其实要有\n一双好眼力。去年秋天，老周\n在山坳里发现一处烟头，及时\n"
           "扑灭了火苗。\n\n")


def test_a_quoted_subhead_over_a_set_in_first_line_ends_the_paragraph_above_it():
    page = articles(FOLIO + REPORT + PROFILE + NEXT)
    ranger = headed(page, "护林员的一天")
    assert subheads(ranger) == ["“多走一步路，就少一分险”"]
    assert paragraphs(ranger) == [
        "天刚亮，老周就背上水壶出门了，他要沿着山脊走上一圈，看看林子里有没有火情，一直走到中午"
        "才回护林站。",
        "巡山看着轻松，其实要有一双好眼力。去年秋天，老周在山坳里发现一处烟头，及时扑灭了火苗。"]


# A feature whose first subhead stands right under the byline (pdfminer glues it on its
# paragraph), and whose headline shares more words with the reader's letter under it than
# with its own text.
FEATURE = ("周末去山坡上“当农民”\n\n——记南湖村共享菜园\n\n本报记者 甘晓岚\n\n"
           "菜园开进了村里\n在南湖村的一片山坡上，\n几十块菜地整整齐齐，种着\n青菜和萝卜。这里是村里的\n"
           "共享菜园，城里人可以认领。\n\n"
           "菜园负责人老周说，认领\n菜地的人越来越多，周末来\n种菜的家庭有五六十户。\n\n"
           "孩子们学会了种菜\n每到周末，孩子们跟着大\n人来到菜园，浇水、拔草，\n忙得不亦乐乎。\n\n")
LETTER = ("读者来信\n\n菜地里的蜗牛越来越多怎么办？\n\n"
          "编辑同志：我周末常去山\n坡上的菜地当农民，最近发现\n蜗牛特别多，青菜叶子被啃\n"
          "得全是洞。请问怎么办？\n\n（南湖村读者 周大林）\n\n"
          "专家回复\n\n市农科院研究员 陈立新\n\n"
          "蜗牛喜欢潮湿的环境，要\n及时清除菜地周边的杂草，\n傍晚在菜地撒一些石灰，蜗\n"
          "牛就不敢来了。\n\n")


@pytest.mark.parametrize("feature", [FEATURE, FEATURE.replace("村里\n", "村里\n\n", 1)])
def test_a_head_right_under_its_byline_is_a_subhead_not_a_headline(feature: str):
    page = articles(FOLIO + REPORT + feature + LETTER + NEXT)
    feature = headed(page, "当农民")
    assert heads(feature) == ("", "周末去山坡上“当农民”", "——记南湖村共享菜园")
    assert subheads(feature) == ["菜园开进了村里", "孩子们学会了种菜"]
    assert [heads(a) for a in page[2:4]] == [
        ("读者来信", "菜地里的蜗牛越来越多怎么办？", ""), ("", "专家回复", "")]
