"""The printed page beside the text: zones for articles, heads, paragraphs and photos, the
schema rules that guard them, and text input left exactly as it was."""

from __future__ import annotations

import math

import pytest
from lxml import etree

from conftest import SAMPLE_TXT
from facsimile_support import A3, laid_out_sample
from tei import parse, text, xp
from teipress.edition import find_edition_file, load_edition
from teipress.encode.facsimile import PageFiles, item_lines, photo_names
from teipress.encode.tei import encode_page
from teipress.segment.model import Article, Box, Figure
from teipress.validate import Validator
from validate_support import tei_all_checker, variant

EDITION = load_edition(find_edition_file(SAMPLE_TXT))


def encoded(page) -> bytes:
    files = PageFiles(("03.page.jpg", 1754, 2481),
                      {figure.ident: name for figure, name in photo_names(page, "03")})
    return encode_page(page, EDITION, "wuhai-daily-2022-11-22-p03", files=files)


@pytest.fixture(scope="module")
def laid_out():
    page = laid_out_sample()
    return page, parse(encoded(page))


def zones(root) -> dict[str, Box]:
    return {z.get("{http://www.w3.org/XML/1998/namespace}id"):
            Box(*(float(z.get(a)) for a in ("ulx", "uly", "lrx", "lry")))
            for z in xp(root, "//t:facsimile/t:surface/t:zone")}


def inside(box: Box, zone: Box) -> bool:
    return (zone.x0 <= box.x0 and zone.y0 <= box.y0 and box.x1 <= zone.x1
            and box.y1 <= zone.y1)


def zones_of(root, element) -> list[Box]:
    found = zones(root)
    return [found[pointer.lstrip("#")] for pointer in element.get("facs").split()]


def test_the_surface_is_the_page_in_points_with_its_image(laid_out):
    _page, root = laid_out
    (surface,) = xp(root, "//t:facsimile/t:surface")
    assert [surface.get(a) for a in ("ulx", "uly", "lrx", "lry")] == ["0", "0", "842", "1191"]
    assert xp(surface, "t:graphic/@url") == ["03.page.jpg"]
    assert (xp(surface, "t:graphic/@width"), xp(surface, "t:graphic/@height")) == (
        ["1754px"], ["2481px"])
    assert xp(root, "//t:body/t:pb/@facs") == ["#surf-3"]
    # the facsimile stands between the header and the registers, as TEI lists resources
    assert [etree.QName(child).localname for child in root] == [
        "teiHeader", "facsimile", "standOff", "text"]


def test_every_line_of_an_article_lies_in_one_of_its_zones_and_no_other_articles(laid_out):
    page, root = laid_out
    articles = [item for item in page.body if isinstance(item, Article)]
    divs = xp(root, "//t:div[@type='article']")
    assert [d.get("{http://www.w3.org/XML/1998/namespace}id") for d in divs] == [
        a.ident for a in articles]
    for article, div in zip(articles, divs, strict=True):
        own = zones_of(root, div)
        for line in item_lines(article):
            assert any(inside(line.box, zone) for zone in own), (article.ident, line.text)
        for other in articles:
            if other is not article:
                for line in item_lines(other):
                    assert not any(inside(line.box, zone) for zone in own), (
                        article.ident, other.ident, line.text)


def test_an_article_run_on_into_the_next_column_has_a_zone_per_block(laid_out):
    page, root = laid_out
    div = xp(root, "//t:div[@xml:id='art-2']")[0]
    columns = {line.box.x0 for line in item_lines(page.body[
        [getattr(i, "ident", "") for i in page.body].index("art-2")])}
    assert len(columns) == 2  # the layout sets art-2 over the foot of one column and the next
    assert div.get("facs") == "#z-art-2 #z-art-2-2"
    assert sorted(zone.x0 for zone in zones_of(root, div)) == sorted(columns)


def test_a_paragraph_across_a_column_break_has_two_zones_and_one_p(laid_out):
    _page, root = laid_out
    split = [p for p in xp(root, "//t:p[@facs]") if len(p.get("facs").split()) == 2]
    assert split, "the layout breaks some paragraph across columns"
    for p in split:
        first, second = zones_of(root, p)
        assert second.x0 > first.x1
        assert second.y0 < first.y0


def test_heads_paragraphs_photos_and_furniture_point_at_their_own_zones(laid_out):
    page, root = laid_out
    assert xp(root, "//t:head[@type='main']/@facs")[0] == "#z-art-1-main"
    box = page.body[0].headline.lines[0].box  # whole points, rounded outwards
    assert zones_of(root, xp(root, "//t:head[@type='main']")[0]) == [
        Box(math.floor(box.x0), math.floor(box.y0), math.ceil(box.x1), math.ceil(box.y1))]
    assert all(p.get("facs") for p in xp(root, "//t:text//t:p"))
    assert all(h.get("facs") for h in xp(root, "//t:text//t:head"))
    assert all(fw.get("facs") for fw in xp(root, "//t:fw"))
    pointers = [token for element in xp(root, "//t:text//*[@facs]")
                for token in element.get("facs").split()]
    assert len(pointers) == len(set(pointers))  # a zone frames one thing
    assert {token.lstrip("#") for token in pointers} == set(zones(root)) | {"surf-3"}


def test_a_photo_points_at_its_frame_and_names_its_picture_file(laid_out):
    page, root = laid_out
    figures = xp(root, "//t:figure")
    assert [xp(f, "t:graphic/@url") for f in figures] == [
        ["03-photo1.jpg"], ["03-photo2.jpg"], ["03-photo3.jpg"], ["03-photo4.jpg"]]
    assert etree.QName(figures[0][-1]).localname == "graphic"  # after title, caption, credit
    model = {f.ident: f for item in page.body
             for f in (item.figures if isinstance(item, Article) else [item])
             if isinstance(f, Figure)}
    for figure in figures:
        frame = model[figure.get("{http://www.w3.org/XML/1998/namespace}id")].image.box
        assert zones_of(root, figure) == [Box(frame.x0, frame.y0, frame.x1, frame.y1)]


def test_a_page_with_photos_but_no_pictures_frames_them_by_their_text():
    page = laid_out_sample(photos=False)
    root = parse(encode_page(page, EDITION, "p03"))
    figure = xp(root, "//t:figure")[0]
    assert not xp(figure, "t:graphic")
    assert figure.get("facs") == "#z-fig-1"
    assert not xp(root, "//t:surface/t:graphic")  # no page image was made


def test_the_text_is_the_same_with_or_without_the_facsimile(laid_out):
    from teipress.segment import segment_page

    _page, root = laid_out

    text_page = segment_page(SAMPLE_TXT.read_text("utf-8"), "乌海日报")
    text_root = parse(encode_page(text_page, EDITION, "wuhai-daily-2022-11-22-p03"))
    assert text(xp(root, "t:text")[0]) == text(xp(text_root, "t:text")[0])


def test_text_input_gets_no_facsimile_and_no_facs():
    from teipress.segment import segment_page

    page = segment_page(SAMPLE_TXT.read_text("utf-8"), "乌海日报")
    data = encode_page(page, EDITION, "p03")
    assert b"facs" not in data
    assert b"<facsimile" not in data
    assert b"<zone" not in data


def test_laid_out_page_is_valid_against_the_project_schemas(laid_out):
    page, _root = laid_out
    result = Validator.load().check_bytes(encoded(page))
    assert [str(d) for d in result] == []


def test_laid_out_page_is_valid_against_tei_all(laid_out, tmp_path):
    page, _root = laid_out
    target = tmp_path / "03.xml"
    target.write_bytes(encoded(page))
    assert tei_all_checker()([target]) == {target.resolve(): []}


def test_encoding_a_laid_out_page_is_deterministic():
    assert encoded(laid_out_sample()) == encoded(laid_out_sample())


def test_zones_stay_inside_a_page_whose_lines_overhang_it():
    page = laid_out_sample()
    line = page.body[0].headline.lines[0]
    line.box = Box(-3.2, 1180.4, A3[0] + 9, A3[1] + 4)
    root = parse(encoded(page))
    (zone,) = zones_of(root, xp(root, "//t:head[@type='main']")[0])
    assert zone == Box(0, 1180, 842, 1191)


# --- the rules ----------------------------------------------------------------------------------

FACSIMILE = """<facsimile><surface xml:id="surf-3" ulx="0" uly="0" lrx="842" lry="1191">
    <graphic url="03.page.jpg" width="1754px" height="2481px"/>
    <zone xml:id="z-fw-1" ulx="30" uly="40" lrx="60" lry="60"/>
    <zone xml:id="z-art-1" ulx="30" uly="80" lrx="400" lry="600"/>
    <zone xml:id="z-art-1-2" ulx="410" uly="80" lrx="800" lry="300"/>
  </surface></facsimile>
  """


def with_facsimile(*replacements: tuple[str, str]) -> str:
    return variant(("<standOff>", FACSIMILE + "<standOff>"),
                   ('<pb n="3"/>', '<pb n="3" facs="#surf-3"/>'),
                   ('<fw type="pageNum">3</fw>', '<fw type="pageNum" facs="#z-fw-1">3</fw>'),
                   ('<div type="article" xml:id="art-1">',
                    '<div type="article" xml:id="art-1" facs="#z-art-1 #z-art-1-2">'),
                   *replacements)


def problems(text: str) -> list[tuple[str, str]]:
    return [(d.severity, d.rule) for d in Validator.load().check_bytes(text.encode("utf-8"))]


def test_an_example_page_with_a_facsimile_is_valid():
    assert problems(with_facsimile()) == []


def test_an_example_page_with_a_facsimile_is_valid_tei(tmp_path):
    target = tmp_path / "page.xml"
    target.write_text(with_facsimile(), "utf-8")
    assert tei_all_checker()([target]) == {target.resolve(): []}


@pytest.mark.parametrize(("old", "new", "rule"), [
    ('facs="#z-art-1 #z-art-1-2"', 'facs="#z-art-1 #z-art-9"', "facs-resolves"),
    ('facs="#z-art-1 #z-art-1-2"', 'facs="#z-art-1 #z-art-1"', "facs-resolves"),
    ('<pb n="3" facs="#surf-3"/>', '<pb n="3" facs="#pers-1"/>', "facs-resolves"),
    ('<pb n="3" facs="#surf-3"/>', '<pb n="3" facs="#surf-9"/>', "facs-resolves"),
    ('facs="#z-art-1 #z-art-1-2"', 'facs="#z-art-1 #pers-1"', "facs-resolves"),
    ('lrx="800" lry="300"', 'lrx="900" lry="300"', "zone-inside-surface"),
    ('ulx="30" uly="80" lrx="400" lry="600"', 'ulx="30" uly="600" lrx="400" lry="80"',
     "coordinates-ordered"),
])
def test_facsimile_rules_fire(old, new, rule):
    assert problems(with_facsimile((old, new))) == [("error", rule)]


@pytest.mark.parametrize(("old", "new"), [
    ('lry="60"/>', 'lry="60">text</zone>'),  # a zone holds no transcription
    ('width="1754px"', 'width="1754"'),  # the image's size is in pixels
    ('facs="#z-fw-1"', 'facs="z-fw-1"'),  # a pointer into the file
    ('uly="40"', 'uly="-4"'),  # no coordinate lies above or left of the page
])
def test_facsimile_grammar_rejects(old, new):
    assert ("error", "") in problems(with_facsimile((old, new)))

