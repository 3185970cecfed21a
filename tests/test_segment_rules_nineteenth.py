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
