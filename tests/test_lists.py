"""Lists and tables (issue #14, #11): found on real pages by segment/lists.py, encoded as TEI
list/item and table/row/cell in the article's flow, valid against both schemas, and read by
every renderer: the e-paper in Chromium, its search text and registers, print read back with
poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLE_TEI, ROOT
from html_support import convert_to
from teipress.cli import main
from teipress.render.html import render_html
from teipress.render.pdf.renderer import render_page_pdf
from teipress.render.view import article_text, load_page
from teipress.validate import Validator
from validate_support import tei_all_checker

PAGES = ROOT / "tests" / "pages"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
TEI = "{http://www.tei-c.org/ns/1.0}"
CHROMIUM = Path("/usr/bin/chromium")

# Read off the pages' text files by hand.
HONOUR_ROLL = ["石清泉（花垣县供销社）", "向红梅（永顺县供销社）", "刘国栋（安化县供销社）",
               "麻秀珍（凤凰县供销社）", "粟永康（通道县供销社）", "谭卫东（桑植县供销社）"]
CUSTOMS_TABLE = [["项目", "金额（亿元）", "同比（%）"], ["进出口总值", "862.3", "6.8"],
                 ["出口", "531.7", "8.2"], ["进口", "330.6", "4.6"], ["跨境电商", "96.4", "15.3"]]
PROGRAMMES = ["2月15日 20:00 《2026年内蒙古卫视春节联欢晚会》",
              "2月16日 19:30 《那达慕·冰雪季》特别节目",
              "2月17日 21:00 纪录片《骏马》（1—3集）",
              "2月18日 19:30 电视剧《草原上的向阳花》（1—2集）"]
OIL_ROLL = [("克拉采气作业区", "卡德尔·吾甫尔"), ("轮南油气储运中心", "龚国庆"),
            ("油气调控中心", "杭建军"), ("塔中采油作业区", "程晓梅"),
            ("天然气事业部", "帕尔哈提·阿不都"), ("钻井工程部", "邵永平")]


def norm(text: str) -> str:
    return "".join(text.split())


def text_of(element: etree._Element) -> str:
    return norm("".join(element.itertext()))


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    """The honour roll, programme listing and data table pages as pdftotext and pymupdf print
    them, converted by teipress."""
    out = tmp_path_factory.mktemp("lists")
    found = {}
    for page in ("coop-news-2025-10-16-p02", "tv-news-2026-02-11-p05",
                 "customs-news-2026-02-26-p04"):
        for extractor in ("pdftotext", "pymupdf"):
            name = f"{page}-{extractor}"
            found[name] = convert_to(PAGES / f"{name}.txt", out)
    return found


@pytest.fixture(scope="module")
def oil_pdf(tmp_path_factory) -> Path:
    """The oil paper's page PDF (its honour roll in a narrow box, names wrapped), converted."""
    out = tmp_path_factory.mktemp("oil")
    pdf = ROOT / "tests" / "pdfpages" / "heldout9" / "tarim-petro-2025-12-22-p02-typst.pdf"
    assert main(["convert", str(pdf), "-o", str(out)]) in (None, 0)
    return out / "02.xml"


def article_with(tei: Path, words: str) -> etree._Element:
    """The article whose text holds ``words`` (its heads may be misplaced: not at issue here)."""
    root = etree.parse(str(tei)).getroot()
    return next(div for div in root.iterfind(".//t:div[@type='article']", NS)
                if words in text_of(div))


@pytest.mark.parametrize("extractor", ["pdftotext", "pymupdf"])
def test_an_honour_roll_is_a_list_of_its_names_after_the_paragraph_announcing_it(
        converted, extractor):
    article = article_with(converted[f"coop-news-2025-10-16-p02-{extractor}"], "名单如下")
    flow = [child for child in article if child.tag in (f"{TEI}p", f"{TEI}list")]
    assert [child.tag for child in flow] == [f"{TEI}p", f"{TEI}list"]
    assert text_of(flow[0]).endswith("名单如下（按姓氏笔画排序）：")
    items = flow[1].findall("t:item", NS)
    assert [text_of(item) for item in items] == HONOUR_ROLL
    # the list vouches for the names it prints before each unit
    assert [text_of(item.find("t:persName", NS)) for item in items] == \
        [entry.split("（")[0] for entry in HONOUR_ROLL]
    # the commentary after the box is an article of its own, not run on into the list
    assert "农产品卖得出" not in text_of(article)


@pytest.mark.parametrize("extractor", ["pdftotext", "pymupdf"])
def test_a_programme_listing_is_a_list_under_its_channel(converted, extractor):
    root = etree.parse(str(converted[f"tv-news-2026-02-11-p05-{extractor}"])).getroot()
    (listing,) = root.findall(".//t:list", NS)
    assert text_of(listing.find("t:head", NS)) == "内蒙古卫视"
    assert [text_of(item) for item in listing.findall("t:item", NS)] == \
        [norm(entry) for entry in PROGRAMMES]
    assert not any("20:00《" in text_of(head) for head in root.iterfind(".//t:head", NS))


@pytest.mark.parametrize("extractor", ["pdftotext", "pymupdf"])
def test_a_data_table_is_rows_of_cells_not_a_paragraph(converted, extractor):
    article = article_with(converted[f"customs-news-2026-02-26-p04-{extractor}"], "862.3")
    (table,) = article.findall(".//t:table", NS)
    assert [[text_of(cell) for cell in row.findall("t:cell", NS)]
            for row in table.findall("t:row", NS)] == CUSTOMS_TABLE
    assert all("862.3" not in text_of(p) for p in article.iterfind(".//t:p", NS))


def test_a_pdf_honour_roll_wrapped_in_a_narrow_box_is_one_list_with_its_zone(oil_pdf):
    root = etree.parse(str(oil_pdf)).getroot()
    article = article_with(oil_pdf, "特予表彰")
    (roll,) = article.findall("t:list", NS)
    items = roll.findall("t:item", NS)
    assert [text_of(item) for item in items] == [unit + name for unit, name in OIL_ROLL]
    assert [text_of(item.find("t:persName", NS)) for item in items] == \
        [name for _unit, name in OIL_ROLL]
    zones = {zone.get("{http://www.w3.org/XML/1998/namespace}id"): zone
             for zone in root.iterfind(".//t:zone", NS)}
    pointed = roll.get("facs").split()
    assert pointed
    assert all(pointer.removeprefix("#") in zones for pointer in pointed)


def test_pages_with_lists_and_tables_are_valid_against_both_schemas(converted, oil_pdf):
    pages = [*converted.values(), oil_pdf]
    validator = Validator.load()
    for page in pages:
        result = validator.check_file(page)
        assert [str(d) for d in result.diagnostics if d.severity == "error"] == [], page
    assert tei_all_checker()(pages) == {page.resolve(): [] for page in pages}


def hand_written(folder: Path) -> Path:
    """The hand-written example page with a list (a title, an entry naming a person of the
    page's register) and a table added to its first article by hand."""
    tree = etree.parse(str(EXAMPLE_TEI))
    article = tree.find(".//t:div[@xml:id='art-1']",
                        {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})
    paragraph = article.find("t:p", NS)
    added = etree.fromstring(
        '<wrap xmlns="http://www.tei-c.org/ns/1.0">'
        '<list><head>节能改造清单</head>'
        '<item>余热回收 <persName ref="#pers-4">王大锁</persName></item>'
        '<item>光伏车棚 1.2万千瓦</item><item>电锅炉替代燃煤锅炉</item></list>'
        '<table><row><cell>项目</cell><cell>减排（吨）</cell></row>'
        '<row><cell>余热回收</cell><cell>3600</cell></row></table></wrap>')
    for element in reversed(list(added)):
        paragraph.addnext(element)
    target = folder / "03.xml"
    tree.write(str(target), encoding="UTF-8", xml_declaration=True)
    return target


def test_a_hand_written_list_and_table_are_valid_and_read_into_the_view(tmp_path):
    tei = hand_written(tmp_path)
    assert [str(d) for d in Validator.load().check_file(tei).diagnostics
            if d.severity == "error"] == []
    assert tei_all_checker()([tei]) == {tei.resolve(): []}
    page = load_page(tei)
    article = page.articles[0]
    listing, table = (block for block in article.blocks
                      if getattr(block, "kind", "") in ("list", "table"))
    assert listing.kind == "list"
    assert len(listing.rows) == 3
    assert table.kind == "table"
    assert len(table.rows) == 2
    assert len(table.rows[0]) == 2
    text = article_text(article).split("\n")
    assert "节能改造清单" in text
    assert "余热回收 王大锁" in text
    assert "余热回收 3600" in text
    occurrences = page.registers.entry("pers-4").occurrences
    assert sum(o.count for o in occurrences if o.anchor == "art-1") == 2  # its item and its p


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
def test_the_e_paper_shows_lists_and_tables_in_chromium(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    out = tmp_path / "html"
    render_html([hand_written(tmp_path)], out)
    (article_page,) = out.glob("*/03/art-1.html")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--headless", "--no-sandbox", "--disable-gpu"])
        tab = browser.new_page()
        tab.goto(article_page.as_uri())
        items = tab.locator("article .tei-list li").all_inner_texts()
        heading = tab.locator("article .tei-list .list-head").inner_text()
        cells = [row.locator("td").all_inner_texts()
                 for row in tab.locator("article table.tei-table tr").all()]
        named = tab.locator("article .tei-list li a.name").all_inner_texts()
        browser.close()
    assert heading == "节能改造清单"
    assert items == ["余热回收 王大锁", "光伏车棚 1.2万千瓦", "电锅炉替代燃煤锅炉"]
    assert cells == [["项目", "减排（吨）"], ["余热回收", "3600"]]
    assert named == ["王大锁"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_print_sets_an_entry_a_line_and_a_row_on_one_line(tmp_path):
    pdf = tmp_path / "03.pdf"
    render_page_pdf(hand_written(tmp_path), pdf)
    lines = [norm(line) for line in subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout.splitlines()]
    for entry in ("节能改造清单", "余热回收王大锁", "光伏车棚1.2万千瓦", "电锅炉替代燃煤锅炉",
                  "项目减排（吨）", "余热回收3600"):
        assert any(line.endswith(entry) or line.startswith(entry) or entry in line
                   for line in lines), entry
