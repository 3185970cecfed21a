"""Rules for the failure kinds the twelfth set of test pages showed (issue #14), each on a
small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT
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
