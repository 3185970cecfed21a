"""Rules for the failure kinds the thirteenth set of test pages showed (issue #14), each on a
small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import articles, heads, page_figures, paragraphs

REPRINTED = ("南湖边的读书角\n\n"
             "清晨的南湖公园里，一间\n玻璃小屋已经坐满了读者。\n书架上的两千多册图书，都\n"
             "是附近居民捐出来的。\n\n"
             "管理员说，读书角每天开\n放十二个小时，周末还请作\n家来讲故事。\n\n")
NEXT = ("城南新开一家社区书店\n\n本报讯 城南街道的社区\n书店日前开门迎客，店里设\n"
        "了儿童阅读区。\n")


@pytest.mark.parametrize(("note", "names"), [
    ("（摘自《江南晚报》3月2日\n文/甘晓岚 温　晴）", ["甘晓岚", "温晴"]),
    ("（摘自《读书周刊》2026年第\n3期 作者：包尔金）", ["包尔金"]),
    ("（摘自《江南晚报》3月2日\n记者 甘晓岚）", ["甘晓岚"]),
])
@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_digests_reprint_note_naming_its_writers_closes_the_article(note, names, blank):
    page = REPRINTED.replace("\n\n", "\n" + blank) + note + "\n\n" + NEXT
    reprinted, following = articles(page)[-2:]
    assert [name for byline in reprinted.trailing for name in byline.names] == names
    assert paragraphs(reprinted)[-1].endswith("周末还请作家来讲故事。")
    assert heads(following) == ("", "城南新开一家社区书店", "")


SAYINGS = ("一周语录\n\n"
           "“社区食堂不能只管吃\n饱，还要让老人吃得好、吃\n得放心。”——社区党委书\n记 温　晴\n\n"
           "“每天多走一千步，身体\n就多一分硬朗。”——退休教\n师 甘晓岚\n\n"
           "“读书角开到了家门口，\n孩子放学有了好去处。”——\n居民 包尔金\n\n"
           "（本报综合）\n\n")


@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_column_of_sayings_each_signed_after_a_dash(blank):
    page = REPRINTED + "（摘自《江南晚报》3月2日 记者 甘晓岚）\n\n" + SAYINGS.replace(
        "\n\n", "\n" + blank) + NEXT
    sayings = next(a for a in articles(page)
                   if a.headline is not None and a.headline.text == "一周语录")
    assert paragraphs(sayings) == [
        "“社区食堂不能只管吃饱，还要让老人吃得好、吃得放心。”——社区党委书记 温　晴",
        "“每天多走一千步，身体就多一分硬朗。”——退休教师 甘晓岚",
        "“读书角开到了家门口，孩子放学有了好去处。”——居民 包尔金",
    ]
    assert not sayings.sections
    assert [byline.kind for byline in sayings.trailing] == ["end"]


ELEVATOR_TEXT = ("老旧小区加装电梯，高\n层住户盼了多年，低层住户\n却担心采光和噪声，不少项\n"
                 "目卡在了“最后一票”上。\n")


def test_a_columns_label_printed_beside_its_headline_of_clauses():
    page = (REPRINTED + "（记者 甘晓岚）\n\n百姓话题    老楼加装电梯，一楼住户的难处怎么解\n\n"
            + ELEVATOR_TEXT)
    elevator = articles(page)[-1]
    assert heads(elevator) == ("百姓话题", "老楼加装电梯，一楼住户的难处怎么解", "")
    assert paragraphs(elevator) == ["老旧小区加装电梯，高层住户盼了多年，低层住户却担心采光和噪声，"
                                    "不少项目卡在了“最后一票”上。"]


def test_a_headline_of_clauses_spanning_columns_over_its_text_with_no_blank_line():
    page = (REPRINTED + "（记者 甘晓岚）\n\n百姓话题\n老楼加装电梯，一楼住户的难处怎么解\n"
            + ELEVATOR_TEXT)
    elevator = articles(page)[-1]
    assert heads(elevator) == ("百姓话题", "老楼加装电梯，一楼住户的难处怎么解", "")
    assert paragraphs(elevator)[0].startswith("老旧小区加装电梯")


def test_a_paragraphs_first_line_quoting_a_slogan_with_its_own_gap_is_no_head():
    page = (REPRINTED + "（记者 甘晓岚）\n\n春晚今晚播出\n\n本报讯 今年春晚已完成\n"
            "全部录制，今晚在卫视播出。\n\n"
            "今年晚会以“骏马奔腾 草\n原新春”为主题，分为三个\n篇章，共有节目二十八个。\n")
    gala = articles(page)[-1]
    assert not gala.sections
    assert paragraphs(gala)[-1] == ("今年晚会以“骏马奔腾 草原新春”为主题，分为三个篇章，"
                                    "共有节目二十八个。")


def test_a_byline_naming_its_work_names_a_writer_the_surname_lists_do_not_know():
    page = (REPRINTED + "（记者 甘晓岚）\n\n荧屏新作\n\n《草原上的向阳花》开播\n\n"
            "本报记者 萨仁高娃 文/图\n\n"
            "三十集电视剧《草原上的向\n阳花》将于本月起在卫视播出。\n")
    drama = articles(page)[-1]
    assert heads(drama) == ("荧屏新作", "《草原上的向阳花》开播", "")
    assert [byline.text for byline in drama.bylines] == ["本报记者 萨仁高娃 文/图"]


DRAMA = ("牧区教师上荧屏\n\n本报讯 讲述牧区教师的电\n视剧《草原花》今晚开播，\n"
         "剧组在牧区学校拍了三个月。\n\n")
COMMENTS = ("“看预告片就想起了老师”\n\n"
            "@河畔的风：我小时候就\n在牧区学校读书，老师每天\n骑车接我们上学。\n\n"
            "@雪原：我的老\n师也在牧区，看预告片就\n想起了她。\n\n")
NOTICE = ("节目预告\n\n春节假期，卫视将推出一批\n特别节目，播出时间以当天\n为准。\n")


@pytest.mark.parametrize("label", ["网 友 热 议\n\n", "网友热议\n"])
def test_readers_comments_under_a_label_and_headline_make_a_box_of_their_own(label):
    page = DRAMA + label + COMMENTS + NOTICE
    drama, comments, notice = articles(page)
    assert not drama.sections
    assert "".join(heads(comments)[0].split()) == "网友热议"
    assert heads(comments)[1] == "“看预告片就想起了老师”"
    assert [text[:4] for text in paragraphs(comments)] == ["@河畔的", "@雪原："]
    assert not comments.sections
    assert heads(notice)[1] == "节目预告"


def test_a_compiled_reports_dateline_names_no_place():
    page = REPRINTED + "（记者 甘晓岚）\n\n全省秋粮收购过半\n\n本报综合消息 金秋时节，\n" \
        "全省各地秋粮陆续上市，收\n购已经过半。\n"
    grain = articles(page)[-1]
    assert grain.dateline is not None
    assert grain.dateline.text == "本报综合消息"
    assert paragraphs(grain) == ["金秋时节，全省各地秋粮陆续上市，收购已经过半。"]


def test_a_subhead_and_its_paragraphs_first_line_left_at_a_columns_foot():
    page = ("年轻人爱上夜校\n\n下班后去学一门手艺，\n正成为年轻人的新选择，报\n"
            "名通道开放不到十分钟就被\n抢空。\n\n在兴趣里找到同伴\n土家族姑娘冉冬梅在夜\n\n"
            "校教织锦。她说，来上课的\n大多是年轻人，很多学员学\n完还成了朋友。\n")
    (school,) = articles(page)
    assert [section.head.text for section in school.sections] == ["在兴趣里找到同伴"]
    assert paragraphs(school)[-1] == ("土家族姑娘冉冬梅在夜校教织锦。她说，来上课的大多是年轻人，"
                                      "很多学员学完还成了朋友。")


def test_a_columns_label_after_a_photos_credit_is_the_next_articles_kicker():
    page = (REPRINTED + "（记者 甘晓岚）\n\n"
            "3月2日，读者在南湖边的读书角\n里看书。 记者 温　晴 摄\n\n社会热点\n\n"
            "年轻人为何爱上夜校\n\n"
            "下班后去夜校学一门手\n艺，正成为年轻人的新选择，\n夜校的课程报名就被抢空。\n")
    (figure,) = page_figures(page)
    assert figure.title is None
    assert heads(articles(page)[-1]) == ("社会热点", "年轻人为何爱上夜校", "")


def test_a_subhead_printed_as_one_quotation_left_at_a_blocks_end():
    page = ("轮椅上的织锦能手\n\n本报记者 温　晴\n\n"
            "　　如今，工坊已吸纳二十三\n名残疾人就业，人均月收入\n两千八百元。\n"
            "“日子是织出来的”\n\n"
            "　　每逢圩日，她都会把织好\n的壮锦摆到镇上的展销点。\n")
    (weaver,) = articles(page)
    assert [section.head.text for section in weaver.sections] == ["“日子是织出来的”"]
    assert paragraphs(weaver)[-1] == "每逢圩日，她都会把织好的壮锦摆到镇上的展销点。"
