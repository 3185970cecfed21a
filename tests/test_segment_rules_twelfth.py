"""Rules for the failure kinds the twelfth set of test pages showed (issue #14), each on a
small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, paragraphs
from teipress.segment import segment_page

EDITORS = "责任编辑：温　晴\n"


def test_a_folio_setting_its_items_apart_by_diamonds():
    page = segment_page("05 ◆ 城乡·建设\n\n江南建设报 ◆ 2025年3月4日 ◆ 星期二\n\n" + REPORT
                        + EDITORS)
    assert (page.paper, page.section, page.page_number) == ("江南建设报", "城乡·建设", "05")
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
