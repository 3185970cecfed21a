"""Rules for the failure kinds the fifteenth set of test pages showed (issue #14), each on a
small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import (
    REPORT,
    articles,
    blocks,
    figures_of,
    flow,
    heads,
    paragraphs,
    prose,
)
from teipress.segment.lists import entry_name


def _texts(page: str) -> list[str]:
    return [text for article in articles(page) for text in prose(article)]


FOLIO = "江州日报  2026年2月6日  星期五  第4版\n\n"
WANTED = ("协查通告\n\n"
          "江南区公安分局关于协查嫌疑人的通告\n"
          "2026年2月3日，南湖街道一\n家商铺发生盗窃案。为尽快\n破案，现发布协查通告：\n"
          "姓名：甘小东  性别：男\n出生日期：1992年5月8日\n户籍地：江州市南湖区\n"
          "体貌特征：身高约1.75米，\n偏胖，讲本地口音\n奖励金额：人民币1万元\n"
          "凡提供有效线索的，给予\n奖励，并为举报人保密。\n"
          "江南区公安分局\n2026年2月5日\n\n")


def test_a_notices_field_lines_between_its_paragraphs_are_a_list():
    (fields,) = blocks(REPORT + WANTED)
    assert fields.block == "list"
    assert [row[0] for row in fields.rows] == [
        "姓名：甘小东  性别：男", "出生日期：1992年5月8日", "户籍地：江州市南湖区",
        "体貌特征：身高约1.75米，偏胖，讲本地口音", "奖励金额：人民币1万元"]
    notice = articles(REPORT + WANTED)[-1]
    assert heads(notice) == ("协查通告", "江南区公安分局关于协查嫌疑人的通告", "")
    assert prose(notice) == [
        "2026年2月3日，南湖街道一家商铺发生盗窃案。为尽快破案，现发布协查通告：",
        "凡提供有效线索的，给予奖励，并为举报人保密。"]


def test_a_notices_issuer_and_date_under_it_close_it_and_are_no_text():
    page = (FOLIO + REPORT + WANTED
            + "社区警务室挂牌\n\n本报讯 南湖街道十个社区\n警务室昨日挂牌，民警每周\n驻点。\n\n")
    notice = next(a for a in articles(page) if a.headline and "协查" in a.headline.text)
    assert [byline.text for byline in notice.trailing] == ["江南区公安分局 2026年2月5日"]
    assert all(not byline.names for byline in notice.trailing)
    assert "江南区公安分局" not in "".join(_texts(page))
    assert heads(articles(page)[-1])[1] == "社区警务室挂牌"


RECORD = ("档案里的故事\n\n一封家书\n"
          "这封家书写于七十多年前，\n纸页已经发黄，字迹依然清\n晰。\n"
          "【馆藏信息】\n题名：甘振华致家人书信\n形成时间：1951年10月\n档号：J021-7-12\n"
          "保管单位：江州市档案馆\n\n")


def test_an_archive_records_field_lines_are_a_list_not_heads():
    (record,) = blocks(REPORT + RECORD)
    assert [row[0] for row in record.rows] == [
        "题名：甘振华致家人书信", "形成时间：1951年10月", "档号：J021-7-12",
        "保管单位：江州市档案馆"]
    assert heads(articles(REPORT + RECORD)[-1])[1] == "一封家书"


CHRONOLOGY = ("馆史回眸\n\n江州市档案馆的六十年\n"
              "六十年来，市档案馆从\n一间平房起步，馆藏不断丰\n富。\n"
              "1965年  江州市档案馆成立\n1990年  新馆落成，档案向社\n会开放\n"
              "2012年  馆藏档案数字化启动\n2024年  全市档案查询平台\n上线\n\n")


def test_a_chronologys_year_lines_wrapped_in_a_box_are_a_list():
    (years,) = blocks(REPORT + CHRONOLOGY)
    assert [row[0] for row in years.rows] == [
        "1965年  江州市档案馆成立", "1990年  新馆落成，档案向社会开放",
        "2012年  馆藏档案数字化启动", "2024年  全市档案查询平台上线"]
    box = articles(REPORT + CHRONOLOGY)[-1]
    assert heads(box) == ("馆史回眸", "江州市档案馆的六十年", "")
    assert prose(box) == [
        "六十年来，市档案馆从一间平房起步，馆藏不断丰富。"]


NOMINEES = ("公示\n\n江州市2026年“最美护林员”拟表彰人选公示\n"
            "经推荐、评审，拟表彰以下\n4名同志，现予公示。\n"
            "甘晓岚  女，汉族，1986年\n生，江州林场第三护林站护\n林员\n"
            "包尔金  男，蒙古族，1979年\n生，东山林场护林员\n"
            "热依拉·吐尔逊  女，维吾\n尔族，1990年生，南湖林场\n技术员\n"
            "温　晴  男，汉族，1975年生，\n西岭林场护林员\n"
            "如有异议，请在公示期内\n向市林业局反映。\n"
            "江州市林业局\n2026年3月2日\n\n")


def test_a_public_notices_nominees_wrapped_in_a_narrow_box_are_a_list():
    (nominees,) = blocks(REPORT + NOMINEES)
    assert [row[0] for row in nominees.rows] == [
        "甘晓岚  女，汉族，1986年生，江州林场第三护林站护林员",
        "包尔金  男，蒙古族，1979年生，东山林场护林员",
        "热依拉·吐尔逊  女，维吾尔族，1990年生，南湖林场技术员",
        "温　晴  男，汉族，1975年生，西岭林场护林员"]
    assert [entry_name(row[0]) for row in nominees.rows] == [
        "甘晓岚", "包尔金", "热依拉·吐尔逊", "温　晴"]
    notice = articles(REPORT + NOMINEES)[-1]
    assert heads(notice) == ("公示", "江州市2026年“最美护林员”拟表彰人选公示", "")
    assert prose(notice) == [
        "经推荐、评审，拟表彰以下4名同志，现予公示。", "如有异议，请在公示期内向市林业局反映。"]


PRICES = ("蔬菜行情\n\n本周菜价小幅回落\n"
          "随着本地蔬菜大量上市，批\n发市场菜价小幅回落。主要\n品种批发价格如下：\n"
          "西红柿  4.2元/公斤  ↓\n黄瓜  3.6元/公斤  ↓\n土豆  2.8元/公斤  —\n"
          "大白菜  1.5元/公斤  ↑\n\n")


def test_price_lines_with_rise_and_fall_marks_are_a_table():
    (prices,) = blocks(REPORT + PRICES)
    assert prices.block == "table"
    assert prices.rows[0] == ["西红柿", "4.2元/公斤", "↓"]
    assert len(prices.rows) == 4
    box = articles(REPORT + PRICES)[-1]
    assert prose(box) == [
        "随着本地蔬菜大量上市，批发市场菜价小幅回落。主要品种批发价格如下："]


def test_a_head_after_the_list_closing_a_box_opens_other_text():
    # the heads glued over their text, the label wider than a kicker is set (pdftotext)
    after = ("档案小故事\n一张证明补齐了工龄\n"
             "一张工作证明，帮退休职\n工补齐了工龄。查档的人多\n了，档案就活了。\n\n")
    box, story = articles(FOLIO + REPORT + CHRONOLOGY + after)[-2:]
    assert heads(box)[1] == "江州市档案馆的六十年"
    assert [p.block for p in flow(box)] == [None, "list"]
    assert story.headline is not None
    assert story.headline.text.startswith("档案小故事")
    assert "".join(paragraphs(story)).endswith("查档的人多了，档案就活了。")


def test_a_papers_commentator_signing_with_a_name_is_a_byline():
    page = FOLIO + REPORT + ("江州观察\n\n让老人吃上放心饭\n本报评论员 甘晓岚\n"
                             "社区食堂办得好不好，老\n人最有发言权。价格实惠、\n饭菜可口，才能留住人。\n\n")
    comment = articles(page)[-1]
    assert heads(comment) == ("江州观察", "让老人吃上放心饭", "")
    assert [byline.names for byline in comment.bylines] == [["甘晓岚"]]


FEATURE = ("一条街道的“新”模样\n文/本报记者 甘晓岚  图/通讯员 温　晴\n"
           "南湖街道居民在新建的口袋\n公园里散步。\n"
           "新绿地\n"
           "走进南湖街道，一块块闲\n置地变成了口袋公园，老人\n在树荫下下棋聊天。\n"
           "新服务\n"
           "街道还开了便民服务站，\n修鞋、配钥匙都不用出小\n区。\n\n")


def test_a_flush_text_under_a_byline_crediting_the_photos_is_their_caption():
    (figure,) = figures_of(FOLIO + REPORT + FEATURE)
    assert [p.text for p in figure.caption] == ["南湖街道居民在新建的口袋公园里散步。"]
    assert figure.credit is None
    feature = articles(FOLIO + REPORT + FEATURE)[-1]
    assert heads(feature)[1] == "一条街道的“新”模样"
    assert _texts(FOLIO + REPORT + FEATURE)[-2].startswith("走进南湖街道")


def test_a_flush_block_on_a_page_printing_indents_is_a_caption():
    page = FOLIO + ("社区食堂开到家门口\n\n"
                    "　　本报讯（记者 甘晓岚）入冬\n以来，全市新建社区食堂二十\n"
                    "多家，老人吃上热乎饭。\n\n"
                    "南湖社区食堂里，老人们正\n在用餐。\n\n"
                    "　　市民政局介绍，明年还将\n新建食堂三十家，并为高龄\n老人送餐上门。\n\n")
    (figure,) = figures_of(page)
    assert [p.text for p in figure.caption] == ["南湖社区食堂里，老人们正在用餐。"]


def test_a_wide_caption_cutting_a_paragraph_its_credit_wrapped_in_its_role_word():
    page = FOLIO + ("社区食堂开到家门口\n\n"
                    "本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n"
                    "家，老人在家门口就能吃上热\n"
                    "乎饭。市民政局介绍，今年食\n堂已接待老人三十余万人次，\n"
                    "11月20日，老人在城南社区食堂\n用餐，志愿者送上热汤。 通\n讯员 温　晴 摄\n"
                    "明年还将新建食堂三十家。\n\n")
    (figure,) = figures_of(page)
    assert [p.text for p in figure.caption] == [
        "11月20日，老人在城南社区食堂用餐，志愿者送上热汤。"]
    assert figure.credit is not None
    assert figure.credit.names == ["温晴"]
    assert _texts(page)[-1].endswith("今年食堂已接待老人三十余万人次，明年还将新建食堂三十家。")


def test_a_subhead_opened_by_a_mark_after_a_photos_credit_is_no_photo_title():
    page = FOLIO + ("社区食堂开到家门口\n\n"
                    "　　本报讯（记者 甘晓岚）入冬\n以来，全市新建社区食堂二十\n"
                    "多家，老人吃上热乎饭。\n\n"
                    "11月20日，老人在城南社区食堂用\n餐。 本报记者 温　晴\n摄\n\n"
                    "◎老人吃上热乎饭\n\n"
                    "　　家住城南的包尔金老人今\n年八十岁，每天中午都到食\n堂吃饭。\n\n")
    (figure,) = figures_of(page)
    assert figure.title is None
    assert [p.text for p in figure.caption] == ["11月20日，老人在城南社区食堂用餐。"]


def test_a_tables_source_note_wrapped_in_a_narrow_box_closes_it_and_is_no_head():
    box = PRICES.rstrip("\n") + "\n（数据来源：江州市农产品批\n发市场）\n\n"
    after = ("江州观察\n\n让老人吃上放心饭\n本报评论员 甘晓岚\n"
             "社区食堂办得好不好，老\n人最有发言权。价格实惠、\n饭菜可口，才能留住人。\n\n")
    page = FOLIO + REPORT + box + after
    prices, comment = articles(page)[-2:]
    assert heads(prices) == ("蔬菜行情", "本周菜价小幅回落", "")
    notes = prose(prices)
    assert notes[-1] == "（数据来源：江州市农产品批发市场）"
    assert heads(comment) == ("江州观察", "让老人吃上放心饭", "")


def test_a_headline_of_clauses_wider_than_the_column_over_a_marked_bare_name():
    # pdftotext: the commentary's label, headline and author in the flow of its text
    comment = ("江州观察\n让老档案走出库房，也让百姓走进档案馆\n□ 甘晓岚\n"
               "一张工作证明，帮退休职\n工补齐了工龄。档案的价值，\n就藏在这些小事里。\n\n")
    last = articles(FOLIO + REPORT + comment)[-1]
    assert heads(last)[1] == "让老档案走出库房，也让百姓走进档案馆"
    assert [byline.names for byline in last.bylines] == [["甘晓岚"]]
    assert paragraphs(last) == [
        "一张工作证明，帮退休职工补齐了工龄。档案的价值，就藏在这些小事里。"]
