"""Rules for the failure kinds the nineteenth set of test pages showed, each on a small page of
its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, heads, paragraphs
from teipress.encode.bylines import byline_names
from teipress.segment import segment_page
from teipress.segment.patterns import names_in

# A readers' column under its label: short messages without heads, each signed on a line of
# its own with where the reader lives and the reader's name after a dash (surnames the lists
# lack among them: 拜, 喇); pdfminer sets each piece apart with a blank line, pdftotext
# prints the column as one flow.
MESSAGES = (
    ("群众留言", "村口的路灯修好了，晚上\n出门再也不用摸黑了。", "——江州县 拜德明"),
    ("希望多登些养殖技术，我们\n照着学，心里更有底。", "——临川区 喇秀兰"),
    ("建议在村里多办几期电商\n培训，教年轻人卖山货。", "——石门镇 周建国"),
)


def _column(gap: str) -> str:
    return gap.join(piece for message in MESSAGES for piece in message) + "\n\n"


def test_a_readers_column_prints_each_signed_message_as_an_article_of_its_own():
    for gap in ("\n", "\n\n"):
        page = segment_page(REPORT + _column(gap))
        report, *messages = articles(REPORT + _column(gap))
        assert paragraphs(report) == [
            "入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]
        assert ("label", "群众留言") in [(item.kind, item.text) for item in page.furniture]
        assert [heads(message) for message in messages] == [("", "", "")] * 3
        assert [paragraphs(message) for message in messages] == [
            ["村口的路灯修好了，晚上出门再也不用摸黑了。"],
            ["希望多登些养殖技术，我们照着学，心里更有底。"],
            ["建议在村里多办几期电商培训，教年轻人卖山货。"]]
        assert [[(byline.text, byline.names) for byline in message.trailing]
                for message in messages] == [[("——江州县 拜德明", ["拜德明"])],
                                             [("——临川区 喇秀兰", ["喇秀兰"])],
                                             [("——石门镇 周建国", ["周建国"])]]


def test_a_dash_signatures_place_is_no_name_in_the_tei():
    assert [m.name for m in byline_names("——临川区 喇秀兰")] == ["喇秀兰"]
    assert [m.name for m in byline_names("——江州县 周　敏")] == ["周敏"]


# A feature's head byline naming a reporter whose surname the lists lack (a Hui 喇): the role
# word says a name follows, so the line is the byline, no head.
FEATURE = ("羊圈里养出“好日子”\n\n——江州县拜家村养殖合作社见闻\n\n本报记者 喇德明\n\n"
           "天刚亮，合作社的羊圈里就\n热闹起来，饲养员忙着添料、\n清圈。\n\n")


def test_a_reporters_name_after_the_role_word_is_one_whatever_its_surname():
    assert names_in("本报记者 喇德明") == ["喇德明"]
    assert names_in("（记者 拜秀兰 通讯员 周建国）") == ["拜秀兰", "周建国"]
    assert names_in("本报记者 报道") == []
    _report, feature = articles(REPORT + FEATURE)
    assert heads(feature) == ("", "羊圈里养出“好日子”", "——江州县拜家村养殖合作社见闻")
    assert [byline.names for byline in feature.bylines] == [["喇德明"]]


# A timeline box (大事记) under its heading: dated entries, the date set a full-width space
# from what happened, each wrapped at the box's measure and ending its sentence; pdftotext
# prints the box as one flow, pdfminer sets each entry apart with a blank line.
TIMELINE = ("江州机床厂大事记", "1956年3月　江州机床修\n造厂建成投产。",
            "1985年10月　更名为江州\n机床厂，开始批量生产数\n控车床。",
            "2010年6月　首台五轴数\n控机床下线。")


def test_a_timelines_dated_entries_are_each_a_paragraph():
    for gap in ("\n", "\n\n"):
        _report, timeline = articles(REPORT + gap.join(TIMELINE) + "\n\n")
        assert heads(timeline) == ("", "江州机床厂大事记", "")
        assert timeline.sections == []
        assert paragraphs(timeline) == [
            "1956年3月　江州机床修造厂建成投产。",
            "1985年10月　更名为江州机床厂，开始批量生产数控车床。",
            "2010年6月　首台五轴数控机床下线。"]


# A glossary box (名词解释) set under a report: its terms each a paragraph opened by the term and
# a colon; the report's words fill it, yet it is a piece of its own, no section of the report.
GLOSSARY = ("名词解释\n\n"
            "数控机床：一种装有程序控\n制系统的自动化机床，能按\n编好的程序加工零件。\n\n"
            "五轴联动：机床的五个坐标\n轴同时运动，可加工形状复\n杂的零件。\n\n")
MACHINES = ("江州机床厂数控机床出口增长\n\n"
            "本报讯（记者 甘晓岚）今年\n上半年，江州机床厂数控机床\n出口同比增长三成，五轴联动\n"
            "机床首次销往欧洲。\n\n")


def test_a_glossary_box_under_a_report_is_a_piece_of_its_own():
    report, glossary = articles(MACHINES + GLOSSARY)
    assert paragraphs(report) == [
        "今年上半年，江州机床厂数控机床出口同比增长三成，五轴联动机床首次销往欧洲。"]
    assert report.sections == []
    assert heads(glossary) == ("", "名词解释", "")
    assert paragraphs(glossary) == [
        "数控机床：一种装有程序控制系统的自动化机床，能按编好的程序加工零件。",
        "五轴联动：机床的五个坐标轴同时运动，可加工形状复杂的零件。"]


# A public notice (公示) closed by its contact details, each on a line of its own and ending no
# sentence, then its issuer and date: pdfminer sets each line apart with a blank line,
# pdftotext prints them as one flow. (The page's date is in its folio, over the report.)
FOLIO = "03  综合新闻\n\n江州日报  2026年5月8日  星期五\n\n"
NOTICE = ("关于2026年度江州市拟表彰先进个人的公示",
          "经各单位推荐、审核，拟对\n以下3名同志予以表彰，现\n予公示。",
          "监督电话：0571-8765432", "通信地址：江州市东湖路\n8号",
          "江州市人民政府表彰工作办公室\n2026年5月6日")


def test_a_notices_contact_details_are_each_a_paragraph_of_its_text():
    for gap in ("\n", "\n\n"):
        _report, notice = articles(FOLIO + REPORT + gap.join(NOTICE) + "\n\n")
        assert heads(notice) == ("", "关于2026年度江州市拟表彰先进个人的公示", "")
        assert paragraphs(notice) == [
            "经各单位推荐、审核，拟对以下3名同志予以表彰，现予公示。",
            "监督电话：0571-8765432", "通信地址：江州市东湖路8号"]
        assert [byline.text for byline in notice.trailing] == [
            "江州市人民政府表彰工作办公室 2026年5月6日"]
