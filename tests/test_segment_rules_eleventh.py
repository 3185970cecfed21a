"""Rules for the failure kinds the eleventh set of test pages showed (issue #14), each on a
small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, page_figures, paragraphs, subheads
from teipress.segment import segment_page
from teipress.segment.model import Figure

EDITORS = "责任编辑：温　晴\n"


def test_a_folio_joining_the_papers_name_date_and_weekday_by_middle_dots():
    page = segment_page("07 | 城乡建设\n\n江南建设报·2025年3月4日·星期二\n\n" + REPORT + EDITORS)
    assert (page.paper, page.section, page.page_number) == ("江南建设报", "城乡建设", "7")
    assert page.printed_page_number == "07"
    assert page.date is not None
    assert page.date.isoformat() == "2025-03-04"


def test_a_section_beside_the_papers_name_and_a_page_number_alone_at_the_foot():
    page = segment_page("江南林业报  生态保护\n\n2025年3月4日 星期二\n\n" + REPORT + EDITORS
                        + "\n5\n")
    assert (page.paper, page.section, page.page_number) == ("江南林业报", "生态保护", "5")


def test_a_section_word_before_the_page_number_on_a_folio_line_of_its_own():
    page = segment_page("江南林业报\n\n2025年3月4日  星期二\n\n林业·草原  06\n\n" + REPORT
                        + EDITORS)
    assert (page.section, page.page_number, page.printed_page_number) == ("林业·草原", "6", "06")


def test_a_credit_wrapped_inside_its_bracket_naming_a_name_no_list_knows():
    page = ("乡村道路变了样\n\n本报记者 甘晓岚\n\n"
            "记者在走访中看到，村里的\n道路已经全部硬化，两旁新栽\n的树苗有\n\n"
            "3月2日，村民在新修的道路\n上散步。（通讯员 格桑拉姆\n摄）\n\n"
            "一人多高。\n")
    figures = page_figures(page)
    assert [" ".join(p.text for p in f.caption) for f in figures] == [
        "3月2日，村民在新修的道路上散步。"]
    (article,) = articles(page)
    assert paragraphs(article) == ["记者在走访中看到，村里的道路已经全部硬化，两旁新栽的树苗有"
                                   "一人多高。"]


def test_a_subhead_of_two_parallel_phrases_glued_on_its_paragraph():
    page = ("乡村道路变了样\n\n本报记者 甘晓岚\n\n"
            "记者在走访中看到，村里的\n道路已经全部硬化，两旁新栽了\n树苗。\n"
            "既要修新路，也要管好路\n"
            "村里成立了护路队，每周\n巡查一次路面，发现问题及时修\n补，确保道路安全通畅。\n")
    (article,) = articles(page)
    assert subheads(article) == ["既要修新路，也要管好路"]
    assert article.sections[-1].paragraphs[0].text.startswith("村里成立了护路队")


def test_a_headline_with_a_comma_closed_by_its_series_tag():
    page = (REPORT + "二十年，她把小小的书屋\n办成了村民的“加油站”\n（寻访最美乡村书屋·之三）\n\n"
            "本报记者 甘晓岚\n\n"
            "早上八点，书屋的门已经打\n开了。来借书的村民说，这里\n是大家的“加油站”。\n")
    profile = articles(page)[-1]
    assert profile.headline is not None
    assert profile.headline.text == ("二十年，她把小小的书屋办成了村民的“加油站”"
                                     "（寻访最美乡村书屋·之三）")
    assert paragraphs(profile)[0].startswith("早上八点")


def test_a_label_after_the_credit_closing_a_numbered_photo_series_is_no_photo_title():
    page = ("乡村书屋热起来\n\n本报记者 甘晓岚\n\n"
            "村里的书屋每天都有人来借\n书，周末更是坐满了孩子。\n（甘晓岚）\n\n"
            "①村民在书屋里读书。\n\n②孩子们在书屋里写作业。\n\n"
            "以上图片均为本报记者 甘晓岚 摄\n\n"
            "书香天地\n\n《乡村振兴读本》出版发行\n\n"
            "日前，《乡村振兴读本》由\n省农业出版社出版发行，全书\n共分十二章。\n")
    titles = [item.title.text for item in segment_page(page).body
              if isinstance(item, Figure) and item.title is not None]
    assert "书香天地" not in titles
    book = articles(page)[-1]
    assert book.kicker is not None
    assert book.kicker.text == "书香天地"


def test_a_correction_notice_is_an_item_of_its_own():
    page = (REPORT + "更正\n\n本报3月1日第2版《社区食\n堂开到家门口》一文中，“二\n"
            "十多家”应为“三十多家”。\n特此更正。\n")
    notice = articles(page)[-1]
    assert notice.headline is not None
    assert notice.headline.text == "更正"
    assert len(articles(page)) == 2


def test_measures_listed_as_paragraphs_under_a_sentence_ending_in_a_colon():
    page = ("乡村道路变了样\n\n本报记者 甘晓岚\n\n"
            "县交通局负责人介绍，今年\n将从三个方面推进农村公路建\n设，主要措施包括以下几个：\n"
            "一是加快道路硬化，年内完\n成新改建公路一百公里。\n"
            "二是加强日常养护，落实路\n长责任。\n")
    (article,) = articles(page)
    assert [text[:2] for text in paragraphs(article)] == ["县交", "一是", "二是"]


def test_a_data_tables_rows_are_no_heads():
    page = ("数说消费\n\n一季度消费市场回暖\n\n"
            "据市统计局统计，一季度全\n市社会消费品零售总额同比增\n长，市场运行平稳。\n"
            "项目  金额（亿元）  同比（%）\n"
            "零售总额  862.3  6.8\n"
            "餐饮收入  96.4  15.3\n"
            "（数据来源：市统计局）\n")
    (article,) = articles(page)
    assert subheads(article) == []
    assert paragraphs(article)[1].startswith("项目")


def test_a_case_boxs_bracketed_labels_are_its_subheads():
    page = ("乡村道路变了样\n\n本报记者 甘晓岚\n\n"
            "记者在走访中看到，村里的道\n路已经全部硬化，两旁新栽了\n树苗。\n\n"
            "典型案例\n\n督促整治农村道路违规占用案\n\n【基本案情】\n\n"
            "某村村民在道路两侧违规堆\n放杂物，影响通行安全。\n\n【检察履职】\n\n"
            "县检察院向有关部门制发检\n察建议，督促及时清理。\n")
    box = articles(page)[-1]
    assert box.headline is not None
    assert box.headline.text == "督促整治农村道路违规占用案"
    assert sorted(subheads(box)) == sorted(["【基本案情】", "【检察履职】"])
