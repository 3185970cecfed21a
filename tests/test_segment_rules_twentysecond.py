"""Rules for the failure kinds the twenty-second set of test pages showed in its notices and
columns, each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import FOLIO, NEXT, REPORT, articles, headed, heads, paragraphs, subheads
from teipress.segment import segment_page
from teipress.segment.model import Article
from teipress.segment.patterns import names_in

# A court's service notice: its addressee run in before the text, the court and the date in
# Chinese numerals under it, as courts date their notices.
COURT_NOTICE = ("公告\n\n"
                "钟立群：本院受理原告江州\n市恒达物流有限公司诉你运\n输合同纠纷一案，现依法向\n"
                "你公告送达起诉状副本及开\n庭传票。\n\n"
                "江州市南湖区人民法院\n二〇二六年五月二十日\n\n")


def test_a_notices_court_and_date_in_chinese_numerals_close_it():
    page = articles(FOLIO + REPORT + COURT_NOTICE + NEXT)
    notice = headed(page, "公告")
    assert [byline.text for byline in notice.trailing] == [
        "江州市南湖区人民法院 二〇二六年五月二十日"]
    assert paragraphs(notice) == ["钟立群：本院受理原告江州市恒达物流有限公司诉你运输合同纠纷"
                                  "一案，现依法向你公告送达起诉状副本及开庭传票。"]
    assert heads(page[-1]) == ("", "社区警务室挂牌", "")


def test_a_name_padded_to_three_cells_after_a_role_word_is_a_name_whatever_its_surname():
    # (禤 is a surname the lists lack; the role word says a name is printed there)
    assert names_in("本报记者 禤　珊") == ["禤珊"]
    assert names_in("（通讯员 禤　珊）") == ["禤珊"]


# A traffic notice: its lead-in ending in a colon, numbered clauses each a paragraph; as one
# extractor prints it, a blank line between the paragraphs, a clause's first line ending on a
# figure whose unit opens the next line ...
CLAUSES_APART = ("关于江滨路实施交通管制的通告\n\n"
                 "因江滨路管网改造施工需\n要，决定对该路段实施交通管\n制。现将有关事项通告如下：\n\n"
                 "一、管制时间：2026年5\n月28日至6月10日。\n\n"
                 "二、绕行路线：过往车辆可\n经滨湖大道绕行。\n\n"
                 "江州市公安局交通警察支队\n2026年5月25日\n\n")
# ... and as another prints it, no blank line, a clause's first line set as full as the others.
CLAUSES_RUN = ("关于江滨路实施交通管制的通告\n"
               "因江滨路管网改造施工需\n要，决定对该路段实施交通管\n制。现将有关事项通告如下：\n"
               "一、管制时间：5月28日至6\n月10日，每日8时至18时。\n"
               "二、绕行路线：过往车辆可\n经滨湖大道绕行，货车请提前\n规划路线，避开施工路段。\n"
               "三、施工期间请过往驾驶人\n服从现场交通民警指挥。\n"
               "江州市公安局交通警察支队\n2026年5月25日\n\n")


def test_a_notices_numbered_clauses_stand_apart_from_its_lead_in_and_are_no_subheads():
    notice = headed(articles(FOLIO + REPORT + CLAUSES_APART + NEXT), "通告")
    assert subheads(notice) == []
    assert paragraphs(notice) == [
        "因江滨路管网改造施工需要，决定对该路段实施交通管制。现将有关事项通告如下：",
        "一、管制时间：2026年5月28日至6月10日。",
        "二、绕行路线：过往车辆可经滨湖大道绕行。"]


def test_a_numbered_clause_after_the_one_before_opens_a_paragraph_however_full_its_line():
    notice = headed(articles(FOLIO + REPORT + CLAUSES_RUN + NEXT), "通告")
    assert paragraphs(notice) == [
        "因江滨路管网改造施工需要，决定对该路段实施交通管制。现将有关事项通告如下：",
        "一、管制时间：5月28日至6月10日，每日8时至18时。",
        "二、绕行路线：过往车辆可经滨湖大道绕行，货车请提前规划路线，避开施工路段。",
        "三、施工期间请过往驾驶人服从现场交通民警指挥。"]
    assert [byline.text for byline in notice.trailing] == [
        "江州市公安局交通警察支队 2026年5月25日"]


# A health column under its label: headline, the expert signing with the unit before the name,
# the text; then a box on the expert with the clinic's hours under it, then a column of briefs.
COLUMN = ("健康讲堂\n\n"
          "入冬后老人如何预防跌倒\n\n"
          "江州市人民医院康复科 韦思远\n\n"
          "入冬以后，路面湿滑，老人\n外出时稍不留神就容易摔倒，\n轻则扭伤，重则骨折。\n\n"
          "老人出门最好穿防滑鞋，走\n路放慢速度，雨雪天尽量少\n出门，家里的卫生间要铺上\n防滑垫。\n\n")
BOX_TEXT = "韦思远，主任医师，从事康\n复医学工作二十年，擅长老\n年骨关节疾病的康复治疗。\n"
HOURS = "出诊时间：每周三上午（门诊楼2层康复科专家门诊）\n"
BRIEFS = ("校园快讯\n\n"
          "图书馆延长开放时间\n\n本报讯 即日起，图书馆每\n天开放至晚上十点。\n\n"
          "学生合唱团获省级奖项\n\n本报讯 我校学生合唱团近\n日在省大学生艺术展演中获\n一等奖。\n\n")


def column_page(box: str) -> list[Article]:
    return articles(FOLIO + REPORT + COLUMN + box + BRIEFS)


def test_a_columns_expert_signing_with_the_unit_before_the_name_is_its_byline():
    page = column_page("专家简介\n\n" + BOX_TEXT + "\n" + HOURS + "\n")
    column = headed(page, "入冬后老人如何预防跌倒")
    assert heads(column) == ("健康讲堂", "入冬后老人如何预防跌倒", "")
    assert [(b.text, b.names) for b in column.bylines] == [
        ("江州市人民医院康复科 韦思远", ["韦思远"])]
    assert paragraphs(column)[0].startswith("入冬以后")


def box_texts(box: Article) -> list[str]:
    """The box's texts: its lead (a field set wider than the column reads as one), then its
    paragraphs."""
    return ([box.lead.text] if box.lead else []) + paragraphs(box)


def test_a_profiles_box_is_a_piece_of_its_own_and_its_clinic_hours_no_head():
    page = column_page("专家简介\n\n" + BOX_TEXT + "\n" + HOURS + "\n")
    box = headed(page, "专家简介")
    assert sorted(box_texts(box)) == [
        "出诊时间：每周三上午（门诊楼2层康复科专家门诊）",
        "韦思远，主任医师，从事康复医学工作二十年，擅长老年骨关节疾病的康复治疗。"]
    assert not subheads(box)


def test_of_two_labels_stacked_the_lower_labels_the_briefs():
    # (an extractor printing the box's head after its text, over the briefs' label)
    page = segment_page(FOLIO + REPORT + COLUMN + BOX_TEXT + "\n专家简介\n\n" + BRIEFS)
    assert [item.text for item in page.furniture if item.kind == "label"] == ["校园快讯"]
    assert any(isinstance(item, Article) and item.headline and item.headline.text == "专家简介"
               for item in page.body)


def test_a_field_set_wider_than_the_column_ends_its_paragraph():
    # (an extractor printing the box and the briefs' label in one flow)
    page = column_page("专家简介\n\n" + BOX_TEXT + HOURS)
    box = headed(page, "专家简介")
    assert sorted(box_texts(box)) == [
        "出诊时间：每周三上午（门诊楼2层康复科专家门诊）",
        "韦思远，主任医师，从事康复医学工作二十年，擅长老年骨关节疾病的康复治疗。"]

