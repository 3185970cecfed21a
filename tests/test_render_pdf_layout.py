"""The printed page checked as a Chinese newspaper desk checks it (W3C clreq), read back with
``pdftotext -bbox-layout``: on the real sample page and every test page (converted by
``teipress convert``, then rendered).

- justified columns: every line of a body paragraph but its last ends within 1 pt of its
  column's right edge (a half-wide closing mark at the end counts as its full em);
- 避头尾: no line of the page starts with a closing mark or ends with an opening one;
- no paragraph of three lines or more ends with a line of one character;
- the text layer is clean: no line of a body paragraph is cut into words the TEI has not;
- the page is filled: the lowest body line within 3 % of the page's height above the foot
  (the editors line) on the sample, which holds a full page of text. The test pages hold a
  fifth to a half of an A3 page's text, too little to fill it with leading and space between
  rows (render/pdf/fill.py caps both); their figures are printed (pytest -s), not asserted.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_TXT
from print_readback import LayoutReport, check_page

TEST_PAGES = sorted((ROOT / "tests" / "pages").glob("*-pdftotext.txt"))

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="needs poppler-utils (pdftotext) to read the PDFs back")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """Each page's TEI and PDF, by name: the sample and the test pages, in an edition with
    the sample's settings (A3)."""
    from teipress.convert import convert_paths
    from teipress.render.pdf import PdfRenderer

    root = tmp_path_factory.mktemp("layout")
    shutil.copy(ROOT / "editions" / "wuhai-daily" / "edition.toml", root / "edition.toml")
    sources = {"sample": SAMPLE_TXT} | {
        path.name.removesuffix("-pdftotext.txt"): path for path in TEST_PAGES}
    renderer = PdfRenderer()
    pages = {}
    for name, source in sources.items():
        tei = root / f"{name}.xml"
        assert convert_paths([source], output=tei) == 0
        pdf = tei.with_suffix(".pdf")
        renderer.write_page(tei, pdf)
        pages[name] = (tei, pdf)
    return pages


@pytest.fixture(scope="module")
def report(printed) -> LayoutReport:
    checked = LayoutReport()
    for tei, pdf in printed.values():
        check_page(pdf, tei, checked)
    return checked


def test_every_body_paragraph_is_found_line_by_line(report: LayoutReport, printed):
    assert len(printed) == len(TEST_PAGES) + 1 >= 17  # the sample and every test page
    assert report.paragraphs > 150
    assert report.paragraphs_found == report.paragraphs


def test_columns_are_justified(report: LayoutReport):
    assert report.non_last_lines > 900
    assert report.flush_share >= 0.99, report.ragged[:20]


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(report: LayoutReport):
    assert report.start_violations == []
    assert report.end_violations == []


def test_no_paragraph_ends_with_a_lone_character(report: LayoutReport):
    assert report.lone_last_lines == []


def test_the_text_layer_has_no_inserted_spaces(report: LayoutReport):
    assert report.split_words == []


def test_the_sample_page_is_filled_to_its_foot(printed):
    tei, pdf = printed["sample"]
    checked = LayoutReport()
    check_page(pdf, tei, checked)
    [gap] = checked.foot_gaps
    assert 0 <= gap <= 0.03
    print("foot gaps:", {name: round(g, 3) for name, g in zip(
        printed, (_gap(*paths) for paths in printed.values()), strict=True)})


def _gap(tei: Path, pdf: Path) -> float:
    checked = LayoutReport()
    check_page(pdf, tei, checked)
    return checked.foot_gaps[0]


def test_the_checks_catch_a_ragged_column(tmp_path: Path):
    """The measure can fail: a paragraph of the sample set by WeasyPrint alone in a 13-em
    column (text-align: justify, its own line breaking) is ragged, as issue #13 found."""
    import weasyprint

    text = ("近年来，随着人民生活水平提高、消费需求持续升级，居家照护老幼病残孕及保洁、烹饪等"
            "家政服务需求旺盛，家政服务业快速发展。市商务局多举措提升家政服务供给能力和水平，"
            "2022年共认定家政企业12家，同比增长50%，带动就业1200余人。")
    tei = tmp_path / "one.xml"
    tei.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>{text}</p>'
                   "</body></text></TEI>", encoding="utf-8")
    pdf = tmp_path / "one.pdf"
    weasyprint.HTML(string=f'<html lang="zh-Hans"><body><div class="editors">责任编辑</div>'
                    f'<p style="width: 13em; text-indent: 2em; text-align: justify; '
                    f'font: 9pt/1.33 \'Noto Serif CJK SC\'">{text}</p></body></html>'
                    ).write_pdf(pdf)
    checked = LayoutReport()
    check_page(pdf, tei, checked)
    assert checked.paragraphs_found == 1
    assert checked.non_last_lines >= 8
    assert checked.flush_share < 0.9


@pytest.fixture(scope="module")
def measure():
    from weasyprint.text.fonts import FontConfiguration

    from teipress.render.pdf.fonts import TEXT_FONT, TextMeasure

    return TextMeasure(FontConfiguration(), TEXT_FONT, 9.0)


def test_a_paragraph_half_an_em_too_long_is_compressed_not_broken(measure):
    """Twelve characters and two commas are 14 em; with both commas half wide they fill one
    13-em line, which beats a second line (that would hold one lone character)."""
    from teipress.render.pdf.justify import break_paragraph

    lines = break_paragraph("一二三四，五六七八，九十一二", measure, 117.0, 117.0)
    assert [str(line.markup) for line in lines] == [
        '一二三四<span class="h">，</span>五六七八<span class="h">，</span>九十一二']


def test_numbers_and_latin_words_are_never_split(measure):
    from teipress.render.pdf.justify import break_paragraph

    text = "全年接待游客12306万人次，同比增长CPI指数与GDP增速均高于预期水平，2023年" * 3
    lines = break_paragraph(text, measure, 117.0, 99.0)
    printed = ["".join(c for c in str(line.markup) if c not in "<>/=\"") for line in lines]
    for number in ("12306", "CPI", "GDP", "2023"):
        assert all(not line.endswith(number[:k]) or line.endswith(number)
                   for line in printed for k in range(1, len(number)))


@pytest.mark.parametrize("text", [
    "来稿请发送至本报电子邮箱readers2026@example-news.cn，并注明作者真实姓名、通讯地址和联系"
    "电话，以便编辑联系。",
    "详情可登录网站https://www.example-news.cn/readers/2026查询，也可拨打热线电话咨询，"
    "工作人员将一一解答。",
])
def test_an_address_breaks_at_its_separators_not_stretching_the_line_before(measure, text):
    """An e-mail or web address wider than a line's room is broken after its @ / . - _ (as
    papers print ylxbfk@ / 163.com), so no line is left spread far wider than its characters
    (kept whole, the line before it stretched past 0.5 em a gap)."""
    from teipress.render.pdf.justify import break_paragraph

    lines = break_paragraph(text, measure, 117.0, 99.0)
    assert "".join(re.sub(r"<[^>]+>", "", str(line.markup)) for line in lines) == text
    assert max(line.spacing for line in lines[:-1]) <= 0.14 * 9.0


@pytest.mark.parametrize("text", [
    "本人不慎遗失居民身份证一张，证号：320102198503150012，声明作废。",
    "本店不慎遗失营业执照副本一份，统一社会信用代码：91321000MA1XK2P57Q，声明作废。",
])
def test_a_long_number_breaks_between_its_groups_not_stretching_the_line_before(measure, text):
    """An identity card's or a licence's number wider than a line's room breaks between
    groups of four (kept whole, the line before it spread its characters apart, which
    poppler reads as words: an evening paper's lost-card notice)."""
    from teipress.render.pdf.justify import break_paragraph

    lines = break_paragraph(text, measure, 117.0, 99.0)
    assert "".join(re.sub(r"<[^>]+>", "", str(line.markup)) for line in lines) == text
    assert max(line.spacing for line in lines[:-1]) <= 0.14 * 9.0


def test_a_paragraph_never_ends_on_an_ellipsis_alone(measure):
    """A closing ellipsis (……), alone or after one character, is no last line of its own:
    clreq counts it with the lone last character (a transport paper's comment ended so)."""
    from teipress.render.pdf.justify import break_paragraph

    prose = "车过山口，路面平整宽阔，司机放慢了车速，沿途的风景一一映入眼帘，" * 4
    for n in range(24, 64):  # three to five lines of 13 em
        text = prose[:n].rstrip("，") + "……"
        lines = break_paragraph(text, measure, 117.0, 117.0)
        last = re.sub(r"<[^>]+>", "", str(lines[-1].markup))
        assert len(last.strip("…")) > 1, (n, len(lines))


def test_an_article_longer_than_a_page_goes_on_over_the_pages(printed, tmp_path: Path):
    """The first article of the sample, its paragraphs seven times over (about 14,000
    characters), runs on over pages in blocks of columns: every character printed, in three
    pages, not one column a page as fixed columns taller than a page would be."""
    import copy
    import subprocess
    from collections import Counter

    from lxml import etree

    from teipress.render.pdf import PdfRenderer

    tei_ns = "{http://www.tei-c.org/ns/1.0}"
    tei, _ = printed["sample"]
    tree = etree.parse(str(tei))
    article = tree.find(f".//{tei_ns}div[@type='article']")
    paragraphs = article.findall(f".//{tei_ns}p")
    for _ in range(6):
        for paragraph in paragraphs:
            article.append(copy.deepcopy(paragraph))
    long_tei = tei.parent / "long.xml"
    tree.write(str(long_tei), encoding="UTF-8", xml_declaration=True)
    pdf = tmp_path / "long.pdf"
    PdfRenderer().write_page(long_tei, pdf)
    text = "".join(tree.find(f"{tei_ns}text").itertext())
    printed_text = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                  capture_output=True, text=True).stdout
    assert Counter(c for c in text if not c.isspace()) - Counter(
        c for c in printed_text if not c.isspace()) == Counter()
    assert printed_text.count("\f") == 3
