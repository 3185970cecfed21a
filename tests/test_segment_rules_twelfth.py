"""Rules for the failure kinds the twelfth set of test pages showed (issue #14), each on a
small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, heads, page_figures, paragraphs, subheads
from teipress.segment import segment_page
from teipress.segment.model import Figure

EDITORS = "责任编辑：温　晴\n"


def test_a_folio_setting_its_items_apart_by_diamonds():
    page = segment_page("05 ◆ 城乡·建设\n\n江南建设报 ◆ 2025年3月4日 ◆ 星期二\n\n" + REPORT
                        + EDITORS)
    assert (page.paper, page.section, page.page_number) == ("江南建设报", "城乡·建设", "5")
    assert page.printed_page_number == "05"
    assert page.date is not None
    assert page.date.isoformat() == "2025-03-04"


def test_a_section_between_slashes_is_read_without_them():
    page = segment_page("江南林业报 / 生态保护 / 2025年3月4日 星期二 / 6\n\n" + REPORT + EDITORS)
    assert (page.paper, page.section, page.page_number) == ("江南林业报", "生态保护", "6")


def test_a_page_number_between_dashes_at_the_foot():
    page = segment_page("江南林业报　生态保护\n\n2025年3月4日　星期二\n\n" + REPORT + EDITORS
                        + "\n—7—\n")
    assert page.page_number == "7"


def test_a_brief_closed_by_its_reporters_bare_names_in_a_bracket():
    page = ("南山水库完成除险加固\n\n"
            "本报讯 南山水库日前完成\n除险加固工程，新建溢洪道\n一座，可保护下游农田三万\n"
            "亩。（包尔金 温　晴）\n")
    (article,) = articles(page)
    assert paragraphs(article) == ["南山水库日前完成除险加固工程，新建溢洪道一座，可保护下游农田"
                                   "三万亩。"]
    assert [name for byline in article.trailing for name in byline.names] == ["包尔金", "温晴"]


def test_an_editors_note_label_after_a_photo_is_not_the_photos_title():
    page = segment_page(
        REPORT + "3月2日，村民在新修的道路上散\n步。 通讯员 甘晓岚 摄\n\n"
        "编者按：乡村道路连着千家万户，也连着乡村振\n兴的未来。本报今起推出“四好农村\n路”系列报道，敬请关注。\n\n"
        "村里的路宽了\n\n本报记者 温　晴\n\n"
        "记者在走访中看到，村里的\n道路已经全部硬化，两旁新栽\n了树苗。\n")
    (figure,) = [item for item in page.body if isinstance(item, Figure)]
    assert figure.title is None


def test_numbered_questions_over_their_answers_are_subheads():
    page = (REPORT + "1.老人办卡，需要带哪些材料？\n\n"
            "答：带上身份证和户口本\n即可，社区食堂现场就能办\n理，当天就能用卡。\n\n"
            "2.外地老人来探亲，也能吃吗？\n\n"
            "答：可以。外地老人凭身\n份证登记后，和本地老人享\n受同样的优惠。\n")
    (report,) = articles(page)
    assert subheads(report) == ["1.老人办卡，需要带哪些材料？", "2.外地老人来探亲，也能吃吗？"]
    assert [s.paragraphs[0].text[:2] for s in report.sections] == ["答：", "答："]


def test_a_headline_of_two_clauses_set_wider_than_the_column():
    page = (REPORT + "冬季用电高峰来临，这些安全常识要记牢\n\n本报记者 温　晴\n\n"
            "入冬以来，全市用电负荷持\n续走高，居民家中电暖器、电\n热毯等用电设备使用频繁。\n\n"
            "供电部门提醒，大功率电器\n不要共用一个插座，外出时要\n及时断电。\n")
    _report, safety = articles(page)
    assert heads(safety)[1] == "冬季用电高峰来临，这些安全常识要记牢"
    assert paragraphs(safety)[0].startswith("入冬以来")


def test_an_uncredited_caption_printed_where_a_paragraph_breaks():
    page = ("乡村道路变了样\n\n本报记者 甘晓岚\n\n"
            "记者在走访中看到，村里的\n道路已经全部硬化，两旁新栽\n的树苗有一人多高，村民们把\n\n"
            "南山村新修的环村公路。\n\n"
            "这条路叫作“致富路”，沿路\n的果园和民宿生意越来越好。\n")
    figures = page_figures(page)
    assert [" ".join(p.text for p in f.caption) for f in figures] == ["南山村新修的环村公路。"]
    (article,) = articles(page)
    assert paragraphs(article) == ["记者在走访中看到，村里的道路已经全部硬化，两旁新栽的树苗有"
                                   "一人多高，村民们把这条路叫作“致富路”，沿路的果园和民宿生意"
                                   "越来越好。"]


def test_an_unnumbered_caption_over_a_photo_series_credited_as_a_group():
    page = ("乡村道路变了样\n\n本报记者 甘晓岚\n\n"
            "记者在走访中看到，村里的\n道路已经全部硬化，两旁新栽\n了树苗。\n\n"
            "南山村新修的环村公路。\n\n①村民在路边晾晒玉米。\n\n②孩子们沿着新路去上学。\n\n"
            "以上图片均为通讯员 温　晴 摄\n")
    figures = page_figures(page)
    assert [[p.text for p in f.caption] for f in figures] == [
        ["南山村新修的环村公路。"], ["①村民在路边晾晒玉米。", "②孩子们沿着新路去上学。"]]
    assert [f.credit is None for f in figures] == [True, False]


def test_a_subhead_set_under_the_byline_that_closes_the_heads():
    page = (REPORT + "“山村的路，我来修”\n——记南山村党支部书记温晴\n本报记者 甘晓岚\n"
            "从一条泥巴路说起\n记者在走访中看到，村里\n的道路已经全部硬化，两旁\n新栽了树苗。\n"
            "路宽了心也近了\n村民们说，现在出门再也\n不怕下雨天了。\n")
    _report, feature = articles(page)
    assert heads(feature) == ("", "“山村的路，我来修”", "——记南山村党支部书记温晴")
    assert subheads(feature) == ["从一条泥巴路说起", "路宽了心也近了"]
    assert feature.sections[0].paragraphs[0].text.startswith("记者在走访中看到")


def test_a_subtitle_right_under_its_headline_goes_with_it_whatever_its_words():
    page = (REPORT + "“山村的路，我来修”\n——记社区食堂的老志愿者温晴\n本报记者 甘晓岚\n"
            "从一条泥巴路说起\n记者在走访中看到，村里\n的道路已经全部硬化，两旁\n新栽了树苗。\n")
    report, feature = articles(page)
    assert heads(report)[2] == ""
    assert heads(feature) == ("", "“山村的路，我来修”", "——记社区食堂的老志愿者温晴")


def test_a_readers_letter_signed_under_its_last_sentence():
    page = ("感谢您，温老师\n\n"
            "我常年在外打工，孩子跟\n着爷爷奶奶在村里读书，温\n老师每周都给他补课。\n"
            "希望贵报能转达我们全家\n的感谢。\n南山村学生家长 包尔金\n")
    (letter,) = articles(page)
    assert paragraphs(letter)[-1].endswith("的感谢。")
    assert [name for byline in letter.trailing for name in byline.names] == ["包尔金"]


def test_a_kicker_and_a_headline_spanning_columns_set_line_on_line_over_the_text():
    page = ("社区食堂建设三年行动\n全市新建社区食堂二百余家老人吃饭更方便\n"
            "本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n家，老人在家门口就能吃上热\n"
            "乎饭。\n")
    (article,) = articles(page)
    assert heads(article) == ("社区食堂建设三年行动", "全市新建社区食堂二百余家老人吃饭更方便", "")


def test_an_unbracketed_byline_ending_the_datelines_line():
    page = ("社区食堂开到家门口\n\n本报讯 记者 甘晓岚\n全市新建社区食堂二十多家，\n"
            "老人在家门口就能吃上热乎饭。\n")
    (article,) = articles(page)
    assert article.dateline is not None
    assert article.dateline.names == ["甘晓岚"]
    assert paragraphs(article) == ["全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]
