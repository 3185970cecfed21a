"""Rules for the failure kinds the twenty-sixth set of test pages showed in its notices, each
on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import (
    FOLIO,
    NEXT,
    REPORT,
    articles,
    figures_of,
    headed,
    heads,
    paragraphs,
    subheads,
)

HEADLINE = "江州市某某建材有限公司注销公告\n\n"
OPENING = ("本公司已决定注销，请债权\n人自本公告发布之日起45日\n内申报债权，并提供以下材\n"
           "料：\n\n")
NUMBERED = ("1.债权人名称和联系方式\n"
            "2.合同、发票等债权凭证\n"
            "3.营业执照或身份证复印件\n\n")
CLAUSES = ("一、申报地点：本公司办公\n室。\n\n"
           "二、申报期限届满后，本公\n司将依法处理。\n\n")
CONTACT = "联系人：方明远  联系电话：13800000000\n\n"
CLOSER = "江州市某某建材有限公司\n2026年5月27日\n\n"
# The briefs' column label under the notice, over the next brief.
LABEL = "商务快讯\n\n"


def test_numbered_phrases_one_a_line_are_a_list_and_the_contact_line_its_end_note():
    notice = headed(articles(FOLIO + REPORT + HEADLINE + OPENING + NUMBERED + CONTACT + CLOSER
                             + NEXT), "注销公告")
    assert [(p.block, p.rows) for p in notice.paragraphs] == [
        (None, []),
        ("list", [["1.债权人名称和联系方式"], ["2.合同、发票等债权凭证"],
                  ["3.营业执照或身份证复印件"]])]
    assert [(b.kind, b.text) for b in notice.trailing] == [
        ("end", "联系人：方明远  联系电话：13800000000"),
        ("trail", "江州市某某建材有限公司 2026年5月27日")]


def test_a_contact_persons_line_under_a_notices_clauses_is_its_end_note_no_head():
    page = articles(FOLIO + REPORT + HEADLINE + OPENING + CLAUSES + CONTACT + CLOSER + LABEL
                    + NEXT)
    notice = headed(page, "注销公告")
    assert heads(notice) == ("", "江州市某某建材有限公司注销公告", "")
    assert paragraphs(notice)[-1] == "二、申报期限届满后，本公司将依法处理。"
    assert [(b.kind, b.text) for b in notice.trailing] == [
        ("end", "联系人：方明远  联系电话：13800000000"),
        ("trail", "江州市某某建材有限公司 2026年5月27日")]


def test_a_notices_closer_under_its_contact_line_closes_it_in_one_flow():
    flow = "".join(part.replace("\n\n", "\n") for part in (
        HEADLINE, OPENING, NUMBERED, CONTACT, CLOSER, LABEL)) + "\n"
    page = articles(FOLIO + REPORT + flow + NEXT)
    notice = headed(page, "注销公告")
    assert heads(notice) == ("", "江州市某某建材有限公司注销公告", "")
    assert notice.trailing[-1].text == "江州市某某建材有限公司 2026年5月27日"
    assert heads(headed(page, "警务室")) == ("商务快讯", "社区警务室挂牌", "")


# A road-conditions box: a sentence, then one road a line under its number, a colon and the
# advice (a comma inside), then the enquiry line.
ROADS = ("节日路况提示\n\n"
         "假期车流较大，请合理安排\n出行时间。\n\n"
         "G15沈海高速：江州收费站车流较大，建议错峰出行\n"
         "S301省道：南湖镇区段施工，请减速慢行\n"
         "城区人民路：晚间禁止货车通行\n\n")


def test_road_lines_under_their_numbers_are_one_list():
    roads = headed(articles(FOLIO + REPORT + ROADS + NEXT), "路况提示")
    assert [(p.block, p.rows) for p in roads.paragraphs] == [
        (None, []),
        ("list", [["G15沈海高速：江州收费站车流较大，建议错峰出行"],
                  ["S301省道：南湖镇区段施工，请减速慢行"], ["城区人民路：晚间禁止货车通行"]])]


# A profile under a headline of two clauses and its dash subtitle, each between blank lines,
# then the head byline and two subheads glued to their paragraphs.
PROFILE = ("关掉一家店，又开了一家厂\n\n——一位女店主的二次创业\n\n本报记者 甘晓岚\n\n"
           "体面地退出\n两年前，她经营的小店因\n订单减少陷入困境，她依法\n清算，结清了全部欠款。\n\n"
           "她说，欠别人的钱一分不能\n少，这是做人的本分。\n\n"
           "重新站起来\n店关了以后，她没有消沉，\n在老街开了一家刺绣工作\n室。\n\n")


def test_a_line_of_clauses_over_its_dash_subtitle_is_the_headline():
    page = articles(FOLIO + REPORT + PROFILE + NEXT)
    profile = headed(page, "又开了一家厂")
    assert heads(profile) == ("", "关掉一家店，又开了一家厂", "——一位女店主的二次创业")
    assert [b.text for b in profile.bylines] == ["本报记者 甘晓岚"]
    assert subheads(profile) == ["体面地退出", "重新站起来"]
    assert paragraphs(headed(page, "社区食堂")) == [
        "入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]


# A photo's caption with its credit run on, then a profile's headline that shares a word with
# the caption (路口), its dash subtitle and its head byline.
CAPTIONED = ("交警在城区路口疏导假期前的晚高\n峰车流。 甘晓岚 摄\n\n"
             "守在路口的“夜巡人”\n\n——记市交警大队中队长方明远\n\n本报记者 甘晓岚\n\n"
             "晚上十点，中队的警车又驶\n上了高速。方明远已经在这条\n路上巡逻了整整十年。\n\n")


def test_a_headline_over_its_dash_subtitle_is_no_photos_title_whatever_it_shares():
    page = articles(FOLIO + REPORT + CAPTIONED + NEXT)
    profile = headed(page, "夜巡人")
    assert heads(profile) == ("", "守在路口的“夜巡人”", "——记市交警大队中队长方明远")
    assert [f.title for f in figures_of(FOLIO + REPORT + CAPTIONED + NEXT)] == [None]
