"""The page's number as folios print it (06, A07, 第四版) and as the TEI gives it: ``@n`` on
``biblScope[@unit='page']`` and ``pb`` is the page's number in figures without the zeros that
pad it (6, A7, 4), the printed form stays the ``biblScope``'s content and the ``fw``'s text,
and file names, ids and the site's page order still pad it (06, A07).

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from segment_rules_pages import REPORT
from teipress.edition import Edition
from teipress.encode.pagefile import page_id
from teipress.encode.tei import encode_page
from teipress.render.view import load_page
from teipress.safepaths import padded_page_number
from teipress.segment import segment_page
from teipress.segment.model import Article
from teipress.validate import Validator

NS = {"t": "http://www.tei-c.org/ns/1.0"}
EDITORS = "责任编辑：温　晴\n"


def test_a_page_number_in_chinese_numerals_on_the_folio_line():
    page = segment_page("江州日报  第四版  文化副刊  2026年10月28日  星期三\n\n" + REPORT
                        + EDITORS)
    assert (page.paper, page.page_number, page.printed_page_number, page.section) == (
        "江州日报", "4", "四", "文化副刊")
    assert page.date is not None
    assert page.date.isoformat() == "2026-10-28"
    assert [item.kind for item in page.furniture[:4]] == ["title", "pageNum", "header", "date"]
    assert page.furniture[1].text == "第四版"
    assert [a.headline.text for a in page.body if isinstance(a, Article) and a.headline] == [
        "社区食堂开到家门口"]


@pytest.mark.parametrize(("printed", "number"), [
    ("第十版", "10"), ("第十二版", "12"), ("第二十版", "20"), ("第二十三版", "23"),
    ("第 五 版", "5")])
def test_chinese_numerals_of_every_form_are_the_pages_number(printed, number):
    page = segment_page(f"{printed}  要闻\n\n江州日报  2026年10月28日  星期三\n\n" + REPORT
                        + EDITORS)
    assert (page.page_number, page.section) == (number, "要闻")


def test_a_page_number_in_spaced_numerals_after_the_papers_name():
    """After the paper's name a short word is the section (江州日报  文化): 第 五 版 is not."""
    page = segment_page("江州日报  第 五 版  要闻  2026年10月28日  星期三\n\n" + REPORT + EDITORS)
    assert (page.page_number, page.printed_page_number, page.section) == ("5", "五", "要闻")


def test_a_word_shaped_like_a_section_is_no_page_number():
    """第…版 in words is a page; a section word ending in 版 (文艺版) stays the section."""
    page = segment_page("第3版  文艺版\n\n江州日报  2026年10月28日  星期三\n\n" + REPORT
                        + EDITORS)
    assert (page.page_number, page.section) == ("3", "文艺版")


@pytest.mark.parametrize(("folio", "number", "printed"), [
    ("06  侨乡·文化", "6", "06"), ("A07  城事", "A7", "A07"), ("第05版  要闻", "5", "05"),
    ("12  要闻", "12", "12"), ("A10  城事", "A10", "A10")])
def test_the_pages_number_drops_the_zeros_its_folio_pads_it_with(folio, number, printed):
    page = segment_page(f"{folio}\n\n江州日报  2026年9月23日  星期三\n\n" + REPORT + EDITORS)
    assert (page.page_number, page.printed_page_number) == (number, printed)


def _encoded(folio: str) -> etree._Element:
    page = segment_page(f"江州日报  {folio}  文化副刊  2026年10月28日  星期三\n\n" + REPORT
                        + EDITORS)
    return etree.fromstring(encode_page(page, Edition(), "page"))


@pytest.mark.parametrize(("folio", "n", "content"), [
    ("第四版", "4", "四"), ("06", "6", "06"), ("A07", "A7", "A07"), ("第3版", "3", "3")])
def test_n_is_the_number_and_the_content_is_as_printed(folio, n, content):
    root = _encoded(folio)
    (scope,) = root.xpath("//t:biblScope[@unit='page']", namespaces=NS)
    assert (scope.get("n"), scope.text) == (n, content)
    assert root.xpath("//t:body/t:pb/@n", namespaces=NS) == [n]
    assert root.xpath("//t:fw[@type='pageNum']/text()", namespaces=NS) == [folio]
    assert f"第{n}版" in root.xpath("string(//t:titleStmt/t:title)", namespaces=NS)


@pytest.mark.parametrize("folio", ["第四版", "第二十版", "06", "A07"])
def test_the_encoded_page_is_valid_however_its_number_is_printed(folio):
    data = encode_page(segment_page(f"江州日报  {folio}  文化副刊  2026年10月28日  星期三\n\n"
                                    + REPORT + EDITORS), Edition(), "page")
    assert [d.rule for d in Validator.load().check_bytes(data)] == []


@pytest.mark.parametrize(("number", "padded"), [
    ("6", "06"), ("12", "12"), ("A7", "A07"), ("A07", "A07"), ("A12", "A12"), ("3/4", "3/4"),
    ("../x", "../x")])
def test_file_names_pad_the_number(number, padded):
    assert padded_page_number(number) == padded


def test_a_lettered_pages_id_and_site_name_keep_the_padded_number(tmp_path: Path):
    page = segment_page("A07  城事\n\n江州日报  2026年9月23日  星期三\n\n" + REPORT + EDITORS)
    assert page_id(Edition(), page, Path("x.txt")) == "page-2026-09-23-pA07"
    out = tmp_path / "A07.xml"
    out.write_bytes(encode_page(page, Edition(), "page"))
    view = load_page(out)
    assert (view.number, view.slug) == ("A7", "A07")
