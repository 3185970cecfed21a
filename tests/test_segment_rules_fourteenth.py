"""Rules for the failure kinds the fourteenth set of test pages showed (issue #14), each on a
small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import REPORT, articles, paragraphs
from teipress.encode.bylines import byline_names
from teipress.segment import segment_page
from teipress.segment.model import Figure

MARKET = ("春耕备耕物资供应充足\n\n"
          "本报讯 连日来，城郊农资市\n场迎来购销旺季，化肥、种子\n等物资货足价稳。\n"
          "市农业农村局副局长甘晓岚\n\n"
          "3月18日，农民在城郊一家农\n资店选购种子。 {credit}\n\n"
          "说，今年已储备化肥三万余\n吨，能满足全市春耕需要。\n\n")


@pytest.mark.parametrize("credit", ["新华社发 温　晴 摄", "中新社发 包尔金 摄"])
def test_an_agencys_photo_credit_naming_its_photographer_unbracketed(credit):
    page = REPORT + MARKET.format(credit=credit)
    (figure,) = [item for item in segment_page(page).body if isinstance(item, Figure)]
    assert [p.text for p in figure.caption] == ["3月18日，农民在城郊一家农资店选购种子。"]
    assert figure.credit is not None
    assert figure.credit.text.strip() == credit
    market = articles(page)[-1]
    assert paragraphs(market)[-1] == ("市农业农村局副局长甘晓岚说，今年已储备化肥三万余吨，"
                                      "能满足全市春耕需要。")


@pytest.mark.parametrize(("credit", "name"), [("新华社发 温　晴 摄", "温晴"),
                                              ("中新社发 包尔金 摄", "包尔金")])
def test_the_agencys_word_is_no_part_of_the_photographers_name(credit, name):
    assert [mention.name for mention in byline_names(credit)] == [name]


@pytest.mark.parametrize("section", ["帮扶·关爱", "政法·综合"])
def test_a_section_of_two_words_joined_by_a_dot_under_the_folio_line(section):
    page = f"江州老年报  2026年3月4日  星期三  第3版\n\n{section}\n\n" + REPORT
    read = segment_page(page)
    assert read.section == section
    assert articles(page)[0].headline is not None
    assert articles(page)[0].headline.text == "社区食堂开到家门口"
