"""The HTML edition, read back as HTML: nothing lost, nothing unescaped, links that resolve."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from lxml import etree
from lxml import html as lxml_html

from conftest import EXAMPLE_TEI
from html_support import assert_same_files, broken_links, main_chars, tei_text_chars
from teipress.cli import cli
from teipress.errors import InputError
from teipress.render.html import Site, render_html

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0", "xml": "http://www.w3.org/XML/1998/namespace"}
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(2)>'


def _edited(tmp_path: Path, edit, name: str = "page.xml") -> Path:
    tree = etree.parse(str(EXAMPLE_TEI))
    edit(tree)
    out = tmp_path / name
    tree.write(str(out), encoding="UTF-8", xml_declaration=True)
    return out


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html")
    render_html([EXAMPLE_TEI], out)
    return out


def test_nothing_in_the_tei_text_is_rendered_away(edition):
    missing = tei_text_chars(EXAMPLE_TEI) - main_chars(edition / "2022-11-22" / "03.html")
    assert not missing


def test_page_view_reads_like_the_printed_page(edition):
    doc = lxml_html.parse(str(edition / "2022-11-22" / "03.html")).getroot()
    assert doc.get("lang") == "zh-Hans"
    masthead = doc.find(".//main/header[@class='masthead']")
    band = " ".join(masthead.text_content().split())
    for printed in ("乌海日报", "2022年11月22日 星期二", "经济", "第3版", "责任编辑：路静"):
        assert printed in band
    heads = [h.text_content() for h in doc.findall(".//main//article//h2")]
    assert heads == ["发展绿色低碳产业 企业在行动（下）", "规范有形 提质扩容"]
    assert doc.find(".//article[@id='art-1']//p[@class='kicker']").text_content() == \
        "学习党的二十大精神·看基层"
    assert [h.text_content() for h in doc.findall(".//article[@id='art-1']//h3")] == [
        "乌海能源平沟煤矿：高标准推进绿色矿山建设", "记者手记：推进产业转型推动绿色发展"]
    policy = doc.find(".//q[@class='quote policy']")
    assert policy.text_content() == "推动绿色发展，促进人与自然和谐共生。"
    assert doc.find(".//q[@class='said']").get("data-who") == "pers-5"
    credit = doc.find(".//figure[@id='fig-2']//span[@class='credit']")
    assert credit.text_content() == "（路静 摄）"
    name = doc.find(".//a[@class='name org']")
    assert name.text_content() == "市商务局"
    assert unquote(name.get("href")) == "../orgs.html#org-市商务局"


def test_article_page_has_semantic_markup_and_json_ld(edition):
    doc = lxml_html.parse(str(edition / "2022-11-22" / "03" / "art-2.html")).getroot()
    assert doc.get("lang") == "zh-Hans"
    article = doc.find(".//main/article")
    assert article.find("header/h1").text_content() == "规范有形 提质扩容"
    assert article.find(".//figure/figcaption") is not None
    assert article.find(".//q") is not None
    (script,) = doc.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "规范有形 提质扩容"
    assert data["author"] == [{"@type": "Person", "name": "路静"}]
    assert (data["datePublished"], data["printPage"], data["printSection"]) == (
        "2022-11-22", "3", "经济")
    assert [a.get("href") for a in doc.xpath("//a[@rel='prev' or @rel='next']")] == [
        "../../2022-11-22/03/art-1.html"]


def test_registers_list_where_each_name_occurs(edition):
    doc = lxml_html.parse(str(edition / "persons.html")).getroot()
    entries = {dt.text_content(): dt.getnext() for dt in doc.iter("dt")}
    assert set(entries) == {"路静", "刘雨佳", "冯立云", "王大锁", "慕德刚"}
    wang = [a.get("href") for a in entries["王大锁"].iter("a")]
    assert wang == ["2022-11-22/03/art-1.html"]
    lu = {a.get("href") for a in entries["路静"].iter("a")}
    assert lu == {"2022-11-22/03.html", "2022-11-22/03/art-1.html", "2022-11-22/03/art-2.html",
                  "2022-11-22/03.html#fig-2"}


def test_every_link_resolves_and_nothing_comes_from_the_network(edition):
    assert broken_links(edition) == []


def test_index_pages_list_issues_and_pages(edition):
    home = lxml_html.parse(str(edition / "index.html")).getroot()
    assert [a.get("href") for a in home.iter("a") if "2022-11-22" in a.get("href")] == [
        "2022-11-22/index.html", "2022-11-22/03.html"]
    issue = lxml_html.parse(str(edition / "2022-11-22" / "index.html")).getroot()
    articles = issue.xpath("//main//ul[@class='page-articles']/li/a")
    assert {a.text_content() for a in articles} == {
        "发展绿色低碳产业 企业在行动（下）", "规范有形 提质扩容"}
    photos = issue.xpath("//section[@class='issue-photos']//li/a")
    assert [(a.text_content(), a.get("href")) for a in photos] == [
        ("发展庭院养殖", "../2022-11-22/03.html#fig-2"),
        ("家政培训", "../2022-11-22/03/art-2.html#fig-1")]


def test_markup_in_the_text_is_shown_as_text(tmp_path):
    def edit(tree):
        tree.find(".//t:div[@xml:id='art-2']/t:p", NS).text = f"协会{XSS_SCRIPT}制定《"
        tree.find(".//t:head[@type='main']", NS).text = f"标题{XSS_ATTR}</script>"
        tree.find(".//t:persName[@ref='#pers-4']", NS).text = XSS_ATTR
        tree.find(".//t:person[@xml:id='pers-4']/t:persName", NS).text = XSS_ATTR
    tei = _edited(tmp_path, edit)
    out = tmp_path / "html"
    render_html([tei], out)
    for path in out.rglob("*.html"):
        doc = lxml_html.parse(str(path)).getroot()
        assert not doc.xpath("//img"), path
        assert not doc.xpath("//*[@onerror]"), path
        for script in doc.iter("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", path
    page = out / "2022-11-22" / "03.html"
    text = lxml_html.parse(str(page)).find(".//main").text_content()
    assert XSS_SCRIPT in text
    assert XSS_ATTR in text
    assert not (tei_text_chars(tei) - main_chars(page))
    article = lxml_html.parse(str(out / "2022-11-22" / "03" / "art-1.html")).getroot()
    (script,) = article.xpath("//script[@type='application/ld+json']")
    assert json.loads(script.text)["headline"] == f"标题{XSS_ATTR}</script>"
    persons = lxml_html.parse(str(out / "persons.html")).getroot()
    assert XSS_ATTR in [dt.text_content() for dt in persons.iter("dt")]


def test_tolerates_a_page_without_kicker_byline_sections_or_furniture(tmp_path):
    def edit(tree):
        for xpath in ("//t:head[@type='kicker']", "//t:div[@type='article']/t:byline",
                      "//t:div[@type='section']", "//t:fw", "//t:argument", "//t:standOff"):
            for element in tree.xpath(xpath, namespaces=NS):
                element.getparent().remove(element)
    tei = _edited(tmp_path, edit)
    out = tmp_path / "html"
    render_html([tei], out)
    page = out / "2022-11-22" / "03.html"
    assert not (tei_text_chars(tei) - main_chars(page))
    band = lxml_html.parse(str(page)).find(".//header[@class='masthead']").text_content()
    assert "第3版" in band
    assert "经济" in band
    assert "2022年11月22日 星期二" in band


def test_images_are_copied_and_remote_ones_refuse_the_page(tmp_path, warned):
    from PIL import Image

    Image.new("RGB", (30, 20), "#336699").save(tmp_path / "photo.png")

    def edit(tree):
        figure = tree.find(".//t:figure[@xml:id='fig-1']", NS)
        figure.insert(1, figure.makeelement(f"{TEI}graphic", url="photo.png"))
        etree.SubElement(tree.find(".//t:figure[@xml:id='fig-2']", NS), f"{TEI}graphic",
                         url="missing.jpg")
    out = tmp_path / "html"
    render_html([_edited(tmp_path, edit)], out)
    warnings = warned()
    doc = lxml_html.parse(str(out / "2022-11-22" / "03.html")).getroot()
    (img,) = doc.xpath("//img")
    assert img.get("src") == "../2022-11-22/03/images/photo.png"
    assert img.get("alt") == "家政培训"
    assert (img.get("width"), img.get("height"), img.get("loading")) == ("30", "20", "lazy")
    assert (out / "2022-11-22" / "03" / "images" / "photo.png").read_bytes().startswith(b"\x89PNG")
    assert len(warnings) == 1
    assert "missing.jpg" in warnings[0]

    def remote(tree):
        etree.SubElement(tree.find(".//t:figure[@xml:id='fig-2']", NS), f"{TEI}graphic",
                         url="https://example.com/x.jpg")
    with pytest.raises(InputError, match=r"graphic/@url 'https://example\.com/x\.jpg' is a URL"):
        render_html([_edited(tmp_path, remote)], tmp_path / "remote")
    assert not (tmp_path / "remote").exists()


def test_rendering_twice_gives_identical_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    render_html([EXAMPLE_TEI], first, Site(title="乌海日报"))
    render_html([EXAMPLE_TEI], second, Site(title="乌海日报"))
    assert_same_files(first, second)


def test_cli_renders_and_reports_bad_input(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["render", "html", str(EXAMPLE_TEI), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "2022-11-22" / "03.html").is_file()
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI>", encoding="utf-8")
    from teipress.cli import main
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "html", str(bad), "-o", str(tmp_path / "p")])
    assert exit_info.value.code == 1


def test_page_language_comes_from_the_tei(tmp_path):
    def edit(tree):
        tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", "zh-Hant")
    out = tmp_path / "html"
    render_html([_edited(tmp_path, edit)], out)
    for path in (out / "2022-11-22" / "03.html", out / "2022-11-22" / "03" / "art-1.html"):
        assert lxml_html.parse(str(path)).getroot().get("lang") == "zh-Hant"
    assert lxml_html.parse(str(out / "index.html")).getroot().get("lang") == "zh-Hans"


def test_a_page_without_number_or_date_is_named_by_its_id(tmp_path):
    def edit(tree):
        for xpath in ("//t:biblScope[@unit='page']", "//t:pb", "//t:fw[@type='pageNum']",
                      "//t:imprint/t:date"):
            for element in tree.xpath(xpath, namespaces=NS):
                element.getparent().remove(element)
        for element in tree.xpath("//t:fw[@type='date']", namespaces=NS):
            element.getparent().remove(element)
    out = tmp_path / "html"
    render_html([_edited(tmp_path, edit)], out)
    page = out / "undated" / "wuhai-daily-2022-11-22-p03.html"
    crumbs = lxml_html.parse(str(page)).find(".//nav[@class='breadcrumbs']").text_content()
    assert "wuhai-daily-2022-11-22-p03 经济" in crumbs
    assert "第版" not in crumbs
    assert broken_links(out) == []


def test_cli_takes_the_title_from_the_nearest_edition_toml(tmp_path):
    issue = tmp_path / "paper" / "2022-11-22"
    issue.mkdir(parents=True)
    (tmp_path / "paper" / "edition.toml").write_text('[paper]\ntitle = "测试日报"\n',
                                                     encoding="utf-8")
    (issue / "03.xml").write_bytes(EXAMPLE_TEI.read_bytes())
    result = CliRunner().invoke(cli, ["render", "html", str(issue / "03.xml"), "-o",
                                      str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    home = lxml_html.parse(str(tmp_path / "out" / "index.html")).getroot()
    assert home.find(".//a[@class='site-title']").text_content() == "测试日报"
    assert home.find(".//h1").text_content().startswith("测试日报")


def test_registers_are_sorted_by_pinyin_under_letter_headings(tmp_path):
    def edit(tree):
        people = tree.find(".//t:listPerson", NS)
        for n, name in enumerate(("曾小红", "单国强", "阿依古丽"), 10):
            person = etree.SubElement(people, f"{TEI}person")
            person.set("{http://www.w3.org/XML/1998/namespace}id", f"pers-{n}")
            etree.SubElement(person, f"{TEI}persName").text = name
    out = tmp_path / "html"
    render_html([_edited(tmp_path, edit)], out)
    doc = lxml_html.parse(str(out / "persons.html")).getroot()
    # read by hand: 阿 a, 冯 feng, 刘 liu, 路 lu, 慕 mu, 单 shan (a surname), 王 wang, 曾 zeng
    assert [dt.text_content() for dt in doc.iter("dt")] == [
        "阿依古丽", "冯立云", "刘雨佳", "路静", "慕德刚", "单国强", "王大锁", "曾小红"]
    assert [h.text_content() for h in doc.xpath("//h2[@class='letter-heading']")] == [
        "A", "F", "L", "M", "S", "W", "Z"]
    assert doc.xpath("//nav[@class='letter-index']//a/@href")[0] == "#letter-A"
    places = lxml_html.parse(str(out / "places.html")).getroot()
    assert [dt.text_content() for dt in places.iter("dt")] == ["乌海"]
