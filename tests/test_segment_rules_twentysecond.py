"""Rules for the failure kinds the twenty-second set of test pages showed in its notices and
columns, each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, heads, paragraphs, subheads
from teipress.segment.patterns import names_in

FOLIO = "江州日报  2026年5月27日  星期三  第3版\n\n"
NEXT = "社区警务室挂牌\n\n本报讯 南湖街道十个社区\n警务室昨日挂牌，民警每周\n驻点。\n\n"

# A court's service notice: its addressee run in before the text, the court and the date in
# Chinese numerals under it, as courts date their notices.
COURT_NOTICE = ("公告\n\n"
                "钟立群：本院受理原告江州\n市恒达物流有限公司诉你运\n输合同纠纷一案，现依法向\n"
                "你公告送达起诉状副本及开\n庭传票。\n\n"
                "江州市南湖区人民法院\n二〇二六年五月二十日\n\n")


def test_a_notices_court_and_date_in_chinese_numerals_close_it():
    page = articles(FOLIO + REPORT + COURT_NOTICE + NEXT)
    notice = next(a for a in page if a.headline and a.headline.text == "公告")
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
    notice = next(a for a in articles(FOLIO + REPORT + CLAUSES_APART + NEXT)
                  if a.headline and "通告" in a.headline.text)
    assert subheads(notice) == []
    assert paragraphs(notice) == [
        "因江滨路管网改造施工需要，决定对该路段实施交通管制。现将有关事项通告如下：",
        "一、管制时间：2026年5月28日至6月10日。",
        "二、绕行路线：过往车辆可经滨湖大道绕行。"]


def test_a_numbered_clause_after_the_one_before_opens_a_paragraph_however_full_its_line():
    notice = next(a for a in articles(FOLIO + REPORT + CLAUSES_RUN + NEXT)
                  if a.headline and "通告" in a.headline.text)
    assert paragraphs(notice) == [
        "因江滨路管网改造施工需要，决定对该路段实施交通管制。现将有关事项通告如下：",
        "一、管制时间：5月28日至6月10日，每日8时至18时。",
        "二、绕行路线：过往车辆可经滨湖大道绕行，货车请提前规划路线，避开施工路段。",
        "三、施工期间请过往驾驶人服从现场交通民警指挥。"]
    assert [byline.text for byline in notice.trailing] == [
        "江州市公安局交通警察支队 2026年5月25日"]
