"""The view model read from TEI files: what renderers see, checked against the TEI itself."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from conftest import EXAMPLE_TEI
from teipress.errors import InputError
from teipress.render.markup import inline_markup
from teipress.render.view import (
    ArticleView,
    FigureView,
    ParagraphView,
    SectionView,
    SpanView,
    load_page,
    plain_text,
)

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _edited(tmp_path: Path, edit) -> Path:
    """A copy of the example page after ``edit(tree)``: TEI a person might hand-correct."""
    tree = etree.parse(str(EXAMPLE_TEI))
    edit(tree)
    out = tmp_path / "page.xml"
    tree.write(str(out), encoding="UTF-8", xml_declaration=True)
    return out


def _remove(tree, xpath: str) -> None:
    for element in tree.xpath(xpath, namespaces=NS):
        parent = element.getparent()
        if element.tail and element.tail.strip():
            raise AssertionError("test edit would drop text")
        parent.remove(element)


def test_header_facts_come_from_the_tei():
    page = load_page(EXAMPLE_TEI)
    assert (page.paper, page.date, page.weekday, page.section, page.number) == (
        "乌海日报", "2022-11-22", "星期二", "经济", "3")
    assert page.editors == (("责任编辑", "路静"), ("制图", "刘雨佳"), ("审校", "冯立云"))
    assert page.keywords == ("家政服务", "绿色发展")
    assert [f.type for f in page.furniture] == ["pageNum", "editors", "editors", "header", "date"]
    assert page.slug == "03"


def test_articles_follow_the_tei_element_by_element():
    page = load_page(EXAMPLE_TEI)
    tree = etree.parse(str(EXAMPLE_TEI))
    divs = tree.xpath("//t:body/t:div[@type='article']", namespaces=NS)
    assert [a.id for a in page.articles] == [d.get("{http://www.w3.org/XML/1998/namespace}id")
                                             for d in divs]
    for article, div in zip(page.articles, divs, strict=True):
        def head(kind, div=div):
            return "".join(div.xpath(f"t:head[@type='{kind}']//text()", namespaces=NS))
        assert plain_text(article.kicker) == head("kicker")
        assert plain_text(article.headline) == head("main")
        assert plain_text(article.subtitle) == head("sub")
    first, second = page.articles
    assert first.authors == ("路静",)
    assert [type(b) for b in first.blocks] == [ParagraphView, SectionView, SectionView]
    assert plain_text(first.blocks[1].heading) == "乌海能源平沟煤矿：高标准推进绿色矿山建设"
    assert SpanView("lb") in first.blocks[1].heading
    assert plain_text(first.lead[0].content).startswith("绿色发展，动能澎湃。")
    assert [plain_text(b) for b in second.trailing_bylines] == ["(路静)"]
    assert [f.id for f in second.figures] == ["fig-1"]
    assert [f.id for f in page.figures] == ["fig-2"]
    assert plain_text(page.figures[0].credit) == "（路静 摄）"


def test_registers_say_where_each_name_occurs():
    registers = load_page(EXAMPLE_TEI).registers
    assert [e.name for e in registers.persons] == ["路静", "刘雨佳", "冯立云", "王大锁", "慕德刚"]
    lu = registers.entry("#pers-1")
    assert {o.anchor: o.count for o in lu.occurrences} == {None: 1, "art-1": 1, "art-2": 2,
                                                           "fig-2": 1}
    assert [o.anchor for o in registers.entry("org-1").occurrences] == ["art-2"]


def test_every_character_of_the_text_is_in_the_model():
    page = load_page(EXAMPLE_TEI)
    tei = etree.parse(str(EXAMPLE_TEI)).find("{http://www.tei-c.org/ns/1.0}text")
    expected = Counter(c for c in "".join(tei.itertext()) if not c.isspace())
    parts = [plain_text(f.content) for f in page.furniture]

    def block_text(block):
        if isinstance(block, ParagraphView):
            return [plain_text(block.content)]
        if isinstance(block, FigureView):
            return [plain_text(block.title), *(plain_text(p.content) for p in block.caption),
                    plain_text(block.credit)]
        return [plain_text(block.heading), *(t for b in block.blocks for t in block_text(b))]

    for item in page.items:
        if isinstance(item, ArticleView):
            parts += [plain_text(item.kicker), plain_text(item.headline), plain_text(item.subtitle)]
            parts += [plain_text(b) for b in (*item.bylines, *item.trailing_bylines)]
            parts += [plain_text(p.content) for p in item.lead]
            parts += [t for b in item.blocks for t in block_text(b)]
        else:
            parts += block_text(item)
    assert Counter(c for c in "".join(parts) if not c.isspace()) == expected


def test_tolerates_what_tei_allows(tmp_path):
    def edit(tree):
        _remove(tree, "//t:head[@type='kicker'] | //t:div[@type='article']/t:byline"
                      " | //t:div[@type='section'] | //t:argument")
        body = tree.find(".//t:body", NS)
        loose = etree.SubElement(body, "{http://www.tei-c.org/ns/1.0}p")
        loose.text = "版面上的一段话"
    page = load_page(_edited(tmp_path, edit))
    first = page.articles[0]
    assert first.kicker == () and first.bylines == () and first.lead == ()
    assert all(isinstance(b, ParagraphView) for b in first.blocks)
    assert first.authors == ()
    assert plain_text(page.items[-1].content) == "版面上的一段话"


def test_unnamed_articles_and_figures_get_ids_that_do_not_collide(tmp_path):
    def edit(tree):
        for element in tree.xpath("//t:div[@type='article'][2] | //t:figure",
                                  namespaces=NS):
            del element.attrib["{http://www.w3.org/XML/1998/namespace}id"]
    page = load_page(_edited(tmp_path, edit))
    ids = [a.id for a in page.articles] + [f.id for a in page.articles for f in a.figures]
    ids += [f.id for f in page.figures]
    assert len(set(ids)) == len(ids)
    assert "art-1" in ids


@pytest.mark.parametrize("content", ["<p>x", "<root/>"])
def test_non_tei_input_is_an_input_error(tmp_path, content):
    bad = tmp_path / "bad.xml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        load_page(bad)


def test_inline_markup_escapes_every_text_node():
    content = ("a<b>&", SpanView("persName", ('"><img src=x onerror=alert(2)>',), ref="p1"),
               SpanView("quote", ("<script>alert(1)</script>",), type="policy"), SpanView("lb"))
    html = str(inline_markup(content, lambda span: f'persons.html#"{span.ref}'))
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "a&lt;b&gt;&amp;" in html
    assert 'href="persons.html#&#34;p1"' in html
    assert '<q class="quote policy">&lt;script&gt;' in html
    assert html.endswith("<br>")


CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from('<>&"\'/=')


@given(st.text(CHARS), st.text(CHARS, min_size=1))
def test_inline_markup_keeps_any_text_as_text(text, href):
    content = (text, SpanView("persName", (text,), ref="p"), SpanView("quote", (text,), type=href))
    html = inline_markup(content, lambda span: href)
    paragraph = lxml_html.fragment_fromstring(f"<p>{html}</p>")
    assert paragraph.text_content() == text * 3
    assert [a.get("href") for a in paragraph.iter("a")] == [href]
    assert [e.tag for e in paragraph.iter()] == ["p", "a", "q"]


def test_furniture_inside_an_article_is_not_read_as_content(tmp_path):
    def edit(tree):
        article = tree.find(".//t:div[@type='article']", NS)
        fw = etree.SubElement(article, "{http://www.tei-c.org/ns/1.0}fw", type="pageNum")
        fw.text = "3"
    page = load_page(_edited(tmp_path, edit))
    assert [f.type for f in page.furniture].count("pageNum") == 2
    assert all(not isinstance(b, ParagraphView) or b.kind != "fw" for b in page.articles[0].blocks)
