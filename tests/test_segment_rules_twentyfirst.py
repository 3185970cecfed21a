"""Rules for the failure kinds the twenty-first set of test pages showed, each on a small page
of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import (
    FOLIO,
    NEXT,
    REPORT,
    articles,
    figures_of,
    flow,
    headed,
    heads,
    prose,
)

# A tender notice: its headline, its project number under it, numbered clauses, closed by the
# tenderer and its agent, each labelled on a line of its own, and the date.
TENDER = ("采购公告\n项目编号：JZCG-2026-031\n"
          "一、项目概况：对全区二十\n所学校的食堂设备进行检修\n维护，服务期一年。\n"
          "二、报名方式：有意者请于\n6月3日前登录区政府网站报\n名。\n"
          "采购人：江州市南湖区教育局\n采购代理机构：江州建设项目咨询有限公司\n"
          "2026年5月26日\n\n")


def test_a_notices_labelled_issuers_and_date_under_it_close_it_and_are_no_heads():
    tender = headed(articles(FOLIO + REPORT + TENDER + NEXT), "采购公告")
    assert [byline.text for byline in tender.trailing] == [
        "采购人：江州市南湖区教育局 采购代理机构：江州建设项目咨询有限公司 2026年5月26日"]
    assert all(not byline.names for byline in tender.trailing)
    assert prose(tender)[-1] == "二、报名方式：有意者请于6月3日前登录区政府网站报名。"
    assert heads(articles(FOLIO + REPORT + TENDER + NEXT)[-1])[1] == "社区警务室挂牌"


# A notice and its attachments numbered one a line under its text, the issuer and the date
# closing it; pdfminer prints each part as a block of its own.
CONTEST = ("关于举办职工运动会的通知\n\n"
           "各单位：公司定于10月中旬\n举办职工运动会，请各单位\n于9月30日前报名。\n\n"
           "附件：1．职工运动会报名表\n2．职工运动会竞赛规程\n\n"
           "公司工会\n2026年9月10日\n\n")


def test_a_notices_numbered_attachments_are_a_list_not_a_head():
    notice = headed(articles(FOLIO + REPORT + CONTEST + NEXT), "运动会")
    assert heads(notice) == ("", "关于举办职工运动会的通知", "")
    assert prose(notice) == ["各单位：公司定于10月中旬举办职工运动会，请各单位于9月30日前报名。"]
    (attachments,) = [p for p in flow(notice) if p.block]
    assert attachments.block == "list"
    assert [row[0] for row in attachments.rows] == [
        "附件：1．职工运动会报名表", "2．职工运动会竞赛规程"]


# An appointments notice: its label and headline, the sentence saying who decided on a line of
# its own (经…研究决定：), one paragraph a unit; pdfminer prints each as a block of its own.
APPOINTMENTS = ("公告\n\n人事任免\n\n经公司党委研究决定：\n\n"
                "销售公司：任命甘立新为\n经理；免去甘志强的经理\n职务，另有任用。\n\n"
                "物流中心：任命甘小川为\n主任。\n\n")


def test_who_decided_an_appointment_on_a_line_of_its_own_is_its_first_paragraph():
    notice = headed(articles(FOLIO + REPORT + APPOINTMENTS + NEXT), "人事任免")
    assert heads(notice) == ("公告", "人事任免", "")
    assert prose(notice) == ["经公司党委研究决定：",
                             "销售公司：任命甘立新为经理；免去甘志强的经理职务，另有任用。",
                             "物流中心：任命甘小川为主任。"]



def test_a_notices_closer_in_one_flow_with_what_follows_closes_it():
    # pdftotext prints a notice and the briefs after it in one flow, no blank line between
    notice = CONTEST.replace("关于举办职工", "关于举办2026年职工")
    page = FOLIO + REPORT + (notice + "厂区简讯\n" + NEXT).replace("\n\n", "\n")
    (*_, contest, last) = articles(page)
    assert heads(contest) == ("", "关于举办2026年职工运动会的通知", "")
    assert [byline.text for byline in contest.trailing] == ["公司工会 2026年9月10日"]
    assert prose(contest) == ["各单位：公司定于10月中旬举办职工运动会，请各单位于9月30日前报名。"]
    assert heads(last)[1] == "社区警务室挂牌"
    assert last.trailing == []


# PyMuPDF prints an article's text as one block, its paragraphs set in by the indent: a
# report under its heads, then an editorial's text with its label, headline and the paper's
# commentator printed after it, then a feature's heads over its text.
LEAD = ("江州秋粮喜获丰收\n\n"
        "　　本报讯（记者 甘晓岚）今年\n全市秋粮播种面积稳中有增，\n单产创历史新高。\n"
        "　　市农业农村局介绍，全市推\n广良种良法，建成高标准农田\n十万亩。\n"
        "　　据统计，全市秋粮总产量比\n去年增加三万吨。\n\n")
EDITORIAL_TEXT = ("　　办好教育是群众最关心的\n事情。\n"
                  "　　一、把学校建在家门口。孩\n子上学不再跑远路。\n"
                  "　　二、把好老师留在乡村。待\n遇要跟上，成长有通道。\n\n")
EDITORIAL_HEADS = "本报评论员\n\n让每个孩子都能上好学\n\n"
FEATURE = ("山里的“摆渡人”\n\n——记江州市乡村教师甘志远\n\n本报记者 甘小川\n\n"
           "　　清晨六点，甘志远已经站\n在渡口等学生。他在这里摆\n渡了二十年。\n"
           "　　他说，只要孩子们还要过\n河，他就一直划下去。\n\n")


def test_a_text_block_with_its_heads_printed_after_it_is_an_article_of_its_own():
    page = FOLIO + LEAD + EDITORIAL_TEXT + EDITORIAL_HEADS + FEATURE
    lead, editorial, feature = articles(page)
    assert heads(lead)[1] == "江州秋粮喜获丰收"
    assert prose(lead)[-1] == "据统计，全市秋粮总产量比去年增加三万吨。"
    assert heads(editorial)[1] == "让每个孩子都能上好学"
    assert prose(editorial) == ["办好教育是群众最关心的事情。",
                                "一、把学校建在家门口。孩子上学不再跑远路。",
                                "二、把好老师留在乡村。待遇要跟上，成长有通道。"]
    assert heads(feature)[1] == "山里的“摆渡人”"


def test_an_editorials_label_is_its_kicker_not_a_byline():
    # pdftotext glues the label, the headline and the commentator's line over the text
    page = FOLIO + REPORT + ("本报评论员文章\n让每个孩子都能上好学\n本报评论员\n"
                             + EDITORIAL_TEXT.replace("　　", "").replace("\n\n", "\n")) + "\n"
    editorial = articles(page)[-1]
    assert heads(editorial) == ("本报评论员文章", "让每个孩子都能上好学", "")
    assert all(not byline.names for byline in editorial.bylines)
    assert prose(editorial)[0] == "办好教育是群众最关心的事情。"


def test_a_notices_number_under_its_headline_is_its_subtitle():
    # in one flow with the clauses (pdftotext), or a block of its own with the headline
    # (pdfminer)
    number = "项目编号：JZCG-2026-031\n"
    for tender in (TENDER, TENDER.replace(number, number + "\n")):
        notice = headed(articles(FOLIO + REPORT + tender + NEXT), "采购公告")
        assert heads(notice) == ("", "采购公告", "项目编号：JZCG-2026-031")
        assert prose(notice)[0] == \
            "一、项目概况：对全区二十所学校的食堂设备进行检修维护，服务期一年。"


def test_a_notices_label_over_its_headline_in_one_flow_opens_the_notice():
    # pdftotext glues the label, the headline and the text under them
    page = (FOLIO + REPORT + APPOINTMENTS.replace("\n\n", "\n") + "公司党委组织部\n2026年9月8日\n\n"
            + NEXT)
    report, appointments, _next = articles(page)
    assert report.sections == []
    assert heads(appointments) == ("公告", "人事任免", "")
    assert prose(appointments)[0] == "经公司党委研究决定："
    assert [byline.text for byline in appointments.trailing] == ["公司党委组织部 2026年9月8日"]


# PyMuPDF prints a photo's caption and credit, then a weather column's label and headline
# over its text, each a block of its own.
WEATHER = ("甘志远（右）在渡口扶学生上\n船。（甘小川 摄）\n\n江城气象\n\n12月1日至7日天气预报\n\n"
           "本周前期有小雨，气温下降\n5至7℃；后期天气转晴，以\n多云为主。\n\n")


def test_a_columns_label_after_a_photos_credit_over_a_headline_is_no_photo_title():
    page = FOLIO + REPORT + WEATHER
    (photo,) = figures_of(page)
    assert photo.title is None
    forecast = articles(page)[-1]
    assert heads(forecast) == ("江城气象", "12月1日至7日天气预报", "")
    assert prose(forecast) == ["本周前期有小雨，气温下降5至7℃；后期天气转晴，以多云为主。"]


def test_a_head_after_a_photos_credit_over_a_notices_headline_and_number_is_no_title():
    # pdftotext prints a feature's headline after the photo cutting its column, then the
    # notice's headline and number from the column beside it
    photo = "甘志远（右）在渡口扶学生上\n船。 甘小川 摄\n\n山里的“摆渡人”\n\n"
    (figure,) = figures_of(FOLIO + REPORT + photo + TENDER + NEXT)
    assert figure.title is None
