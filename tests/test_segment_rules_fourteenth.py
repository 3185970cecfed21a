"""Rules for the failure kinds the fourteenth set of test pages showed (issue #14), each on a
small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import (
    REPORT,
    articles,
    figures_of,
    heads,
    page_figures,
    paragraphs,
    subheads,
)
from teipress.encode.bylines import byline_names
from teipress.segment import segment_page
from teipress.segment.model import Article, Figure

MARKET = ("春耕备耕物资供应充足\n\n"
          "本报讯 连日来，城郊农资市\n场迎来购销旺季，化肥、种子\n等物资货足价稳。\n"
          "市农业农村局副局长甘晓岚\n\n"
          "3月18日，农民在城郊一家农\n资店选购种子。 {credit}\n\n"
          "说，今年已储备化肥三万余\n吨，能满足全市春耕需要。\n\n")


@pytest.mark.parametrize("credit", ["新华社发 温　晴 摄", "中新社发 包尔金 摄"])
def test_an_agencys_photo_credit_naming_its_photographer_unbracketed(credit):
    page = REPORT + MARKET.format(credit=credit)
    (figure,) = page_figures(page)
    assert [p.text for p in figure.caption] == ["3月18日，农民在城郊一家农资店选购种子。"]
    assert figure.credit is not None
    assert figure.credit.text.strip() == credit
    market = articles(page)[-1]
    assert paragraphs(market)[-1] == ("市农业农村局副局长甘晓岚说，今年已储备化肥三万余吨，"
                                      "能满足全市春耕需要。")


@pytest.mark.parametrize(("credit", "name"), [("新华社发 温　晴 摄", "温晴"),
                                              ("中新社发 包尔金 摄", "包尔金")])
def test_the_agencys_word_is_no_part_of_the_photographers_name(credit, name):
    assert [mention.name for mention in byline_names(credit)] == [name]


@pytest.mark.parametrize("section", ["帮扶·关爱", "政法·综合"])
def test_a_section_of_two_words_joined_by_a_dot_under_the_folio_line(section):
    page = f"江州老年报  2026年3月4日  星期三  第3版\n\n{section}\n\n" + REPORT
    read = segment_page(page)
    assert read.section == section
    assert articles(page)[0].headline is not None
    assert articles(page)[0].headline.text == "社区食堂开到家门口"


PHOTO = ("社区食堂开到家门口\n\n"
         "本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n家，老人在家门口就能吃上热\n"
         "乎饭。\n\n"
         "市民政局介绍，明年还将新\n建食堂三十家，并为高龄老人\n提供送餐上门服务。\n\n"
         "11月20日，老人在城南社区食\n堂用餐。\n本报记者 温　晴 摄\n\n")
FEATURE_HEADS = "“能帮上别人，我很高兴”\n——记社区志愿者包尔金\n本报记者 甘晓岚\n"
FEATURE_TEXT = ("一次偶然的报名\n"
                "　　去年春天，刚退休的包尔\n金在社区看到招募志愿者的通\n知，当天就报了名。\n\n"
                "　　他说，退休后在家闲不住，\n能为邻居做点事，心里踏实。\n\n"
                "老伴成了好帮手\n\n"
                "　　起初，老伴担心他累着。后\n来，老伴也跟着一起去食堂帮\n忙分餐。\n\n"
                "　　如今，老两口每周有三天\n在食堂里忙碌，街坊们都认识\n了他们。\n\n")


def _photo_and_feature(page: str) -> tuple[Figure, Article]:
    (figure,) = figures_of(page)
    return figure, articles(page)[-1]


def test_a_head_over_a_dash_subtitle_after_a_photos_credit_is_the_next_headline():
    figure, feature = _photo_and_feature(PHOTO + FEATURE_HEADS + FEATURE_TEXT)
    assert figure.title is None
    assert heads(feature) == ("", "“能帮上别人，我很高兴”", "——记社区志愿者包尔金")


def test_a_subhead_after_a_photos_credit_opens_the_feature_whose_heads_come_last():
    # (an extractor printing the feature's heads after its text, in the order they were set)
    figure, feature = _photo_and_feature(PHOTO + FEATURE_TEXT + FEATURE_HEADS.replace("\n", "\n\n"))
    assert figure.title is None
    assert heads(feature) == ("", "“能帮上别人，我很高兴”", "——记社区志愿者包尔金")
    assert subheads(feature) == ["一次偶然的报名", "老伴成了好帮手"]
    assert not feature.paragraphs


ROLL = ("烈士寻亲\n"
        "他们在等亲人来接\n"
        "安葬在江州烈士陵园的部\n分烈士至今没有找到亲属，\n请知情者与市退役军人事务\n局联系。\n"
        "李长顺  河南省新县人  1948年10月牺牲\n"
        "马新民  山东省莒县人  1949年4月牺牲\n"
        "周德才  湖北省红安县人  1951年2月牺牲\n\n")


@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_roll_of_rows_of_words_each_with_a_date_is_a_table(blank):
    page = REPORT + ROLL.replace("\n", "\n\n", 2).replace("联系。\n", "联系。\n" + blank)
    roll = articles(page)[-1]
    assert heads(roll) == ("烈士寻亲", "他们在等亲人来接", "")
    (table,) = [p for p in roll.paragraphs if p.block]
    assert table.block == "table"
    assert [row[0] for row in table.rows] == ["李长顺", "马新民", "周德才"]
    assert paragraphs(roll)[0] == ("安葬在江州烈士陵园的部分烈士至今没有找到亲属，请知情者与市"
                                   "退役军人事务局联系。")
    assert not roll.sections


@pytest.mark.parametrize("label", ["访谈", "对　话"])
def test_a_column_label_over_a_stack_of_heads_after_a_photos_credit_is_their_kicker(label):
    interview = (f"{label}\n\n“让老人吃上放心饭”\n\n——访城南敬老院院长\n\n本报记者 甘晓岚\n\n"
                 "　　记者：社区食堂今年建了\n多少家？\n\n"
                 "　　答：今年全市新建社区食\n堂二十多家，明年再建三十家。\n\n")
    figure, article = _photo_and_feature(PHOTO + interview)
    assert figure.title is None
    assert heads(article) == (label, "“让老人吃上放心饭”", "——访城南敬老院院长")


def test_a_line_left_short_by_a_quotation_mark_pushed_to_the_next_goes_on():
    # (the opening mark may not end a line: it went on with the character before it)
    keeper = ("守桥二十年的老人\n\n"
              "本报讯 今年七十一岁的包尔\n金是护林员，退伍后一直住在村\n"
              "里。前些年村里修起一座吊桥，\n"
              "需要有人看护，他报了名。\n“桥在这里，我就在这里。”这\n一守，就是二十多年。\n\n"
              "吊桥长一百多米。每天清晨，\n包尔金都要把桥面走一遍，再\n把松动的木板钉牢。\n\n")
    assert paragraphs(articles(REPORT + keeper)[-1]) == [
        "今年七十一岁的包尔金是护林员，退伍后一直住在村里。前些年村里修起一座吊桥，"
        "需要有人看护，他报了名。“桥在这里，我就在这里。”这一守，就是二十多年。",
        "吊桥长一百多米。每天清晨，包尔金都要把桥面走一遍，再把松动的木板钉牢。"]


def test_a_subhead_and_first_line_at_a_columns_foot_the_text_going_on_past_a_hanging_mark():
    page = ("年轻人爱上夜校\n\n下班后去学一门手艺，\n正成为年轻人的新选择，报\n"
            "名通道开放不到十分钟就被\n抢空。\n\n“小课堂”开张\n社区在晚上空闲的时间\n\n"
            "又开起了“剪纸”“茶艺”\n等课程，学员们学完还成了\n朋友，课程一开就报满。\n")
    (school,) = articles(page)
    assert [section.head.text for section in school.sections] == ["“小课堂”开张"]
    assert paragraphs(school)[-1] == ("社区在晚上空闲的时间又开起了“剪纸”“茶艺”等课程，学员们学完"
                                      "还成了朋友，课程一开就报满。")


def test_a_subhead_over_a_features_opening_text_under_its_byline_is_no_headline():
    feature = ("看桥三十年的老人\n\n——记江州市南门桥管护员包尔金\n\n本报记者 甘晓岚\n\n"
               "“桥在这里，我就在这里”\n\n"
               "今年七十一岁的包尔金是\n护林员，退伍后一直住在村\n里，前些年报名看护吊桥。\n\n"
               "一本越记越厚的日记\n\n"
               "包尔金有一个日记本，上\n面记着每天过桥的人数和天\n气，已经记了五本。\n\n")
    (article,) = articles(feature)
    assert heads(article) == ("", "看桥三十年的老人", "——记江州市南门桥管护员包尔金")
    assert subheads(article) == ["“桥在这里，我就在这里”", "一本越记越厚的日记"]


def test_a_donors_list_one_donor_and_sum_a_line_after_its_notice():
    thanks = ("致谢\n\n"
              "“情暖冬日”活动开展以来，\n社会各界踊跃捐赠。现将捐\n赠名单公布如下：\n"
              "江州市恒达建材有限公司  10万元\n南湖区百姓大药房  3万元\n甘晓岚  2000元\n"
              "包尔金  1500元\n\n")
    flow = [p for article in articles(REPORT + thanks)
            for p in [*article.paragraphs, *(p for s in article.sections for p in s.paragraphs)]]
    (donors,) = [p for p in flow if p.block]
    assert donors.block == "list"
    assert [row[0] for row in donors.rows] == ["江州市恒达建材有限公司  10万元",
                                               "南湖区百姓大药房  3万元", "甘晓岚  2000元",
                                               "包尔金  1500元"]
    assert flow[flow.index(donors) - 1].text == ("“情暖冬日”活动开展以来，社会各界踊跃捐赠。"
                                                 "现将捐赠名单公布如下：")


def test_a_headline_of_clauses_under_a_boxs_label_over_its_first_line():
    box = ("\n安全小课堂\n冬季取暖，记住这三件事\n"
           "一查：检查炉具和烟道\n是否完好，及时清理烟道里\n的积灰。\n"
           "二开：屋里生火要开窗\n通风，防止一氧化碳中毒。\n")
    boxed = articles(REPORT + box)[-1]
    assert heads(boxed) == ("安全小课堂", "冬季取暖，记住这三件事", "")
    assert paragraphs(boxed) == ["一查：检查炉具和烟道是否完好，及时清理烟道里的积灰。",
                                 "二开：屋里生火要开窗通风，防止一氧化碳中毒。"]


def test_a_lists_closing_note_in_brackets_closes_the_list():
    thanks = ("致谢\n\n"
              "“情暖冬日”活动开展以来，\n社会各界踊跃捐赠。现将捐\n赠名单公布如下：\n"
              "江州市恒达建材有限公司  10万元\n南湖区百姓大药房  3万元\n甘晓岚  2000元\n"
              "（排名不分先后）\n\n安全小课堂\n冬季取暖，记住这三件事\n"
              "一查：检查炉具和烟道\n是否完好，及时清理烟道里\n的积灰。\n")
    flow = [p for article in articles(REPORT + thanks)
            for p in [*article.paragraphs, *(p for s in article.sections for p in s.paragraphs)]]
    assert "（排名不分先后）" in [p.text for p in flow]
