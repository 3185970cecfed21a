"""The e-paper edition: the printed page with its hotspots, the article's place on it, the
issue's page navigation, downloads and photos — read back as HTML and used in headless
Chromium (screenshots in tests/artifacts/)."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree
from lxml import html as lxml_html
from PIL import Image

from conftest import TEI_ALL
from epaper_support import EPAPER, EPAPER_TEI, NS, XML_ID, epaper_issue
from html_support import assert_same_files, broken_links, nesting_errors
from teipress.errors import InputError
from teipress.render.html import Site, render_html


@pytest.fixture(scope="module")
def issue(tmp_path_factory) -> tuple[list[Path], Path]:
    """Three pages of one issue and a page of the next day, rendered."""
    src = tmp_path_factory.mktemp("epaper-tei")
    pages = epaper_issue(src / "2022-11-22")
    pages += epaper_issue(src / "2022-11-23", (1,), ("要闻",), "2022-11-23")
    out = tmp_path_factory.mktemp("epaper-html")
    render_html(pages, out, Site(title="乌海日报", page_pdfs=True))
    return pages, out


@pytest.mark.skipif(shutil.which("jing") is None, reason="no jing (Debian package jing)")
def test_the_fixture_is_valid_tei():
    """The hand-made facsimile follows TEI P5 (the project's schema gains facsimile with the
    PDF reader's branch)."""
    jing = subprocess.run(["jing", str(TEI_ALL), str(EPAPER_TEI)], capture_output=True,
                          text=True)
    assert jing.returncode == 0, jing.stdout + jing.stderr


def _zones(tei: Path) -> dict[str, list[tuple[float, ...]]]:
    """Element id -> its zones' corners, straight from the TEI (the oracle)."""
    tree = etree.parse(str(tei))
    zones = {z.get(XML_ID): tuple(float(z.get(k)) for k in ("ulx", "uly", "lrx", "lry"))
             for z in tree.iterfind(".//t:zone", NS)}
    return {e.get(XML_ID): [zones[r.removeprefix("#")] for r in e.get("facs").split()]
            for e in tree.xpath("//t:text//*[@facs and @xml:id]", namespaces=NS)}


def _rects(svg) -> list[tuple[float, ...]]:
    return [(float(r.get("x")), float(r.get("y")), float(r.get("x")) + float(r.get("width")),
             float(r.get("y")) + float(r.get("height"))) for r in svg.iter("rect")]


def test_hotspots_are_the_tei_zones_named_by_their_headlines(issue):
    _pages, out = issue
    doc = lxml_html.parse(str(out / "2022-11-22" / "03.html")).getroot()
    svg = doc.find(".//svg[@class='hotspots']")
    assert svg.get("viewbox") == "0.0 0.0 842.0 1191.0"
    zones = _zones(EPAPER_TEI)
    spots = svg.findall("a")
    assert [a.get("data-target") for a in spots] == ["art-1", "art-2", "fig-2"]
    heads = {"art-1": "发展绿色低碳产业 企业在行动（下）", "art-2": "规范有形 提质扩容",
             "fig-2": "发展庭院养殖"}
    for a in spots:
        target = a.get("data-target")
        assert a.get("aria-label") == heads[target] == a.find("title").text
        assert _rects(a) == [pytest.approx(z) for z in zones[target]]
    assert [a.get("href") for a in spots] == [
        "../2022-11-22/03/art-1.html", "../2022-11-22/03/art-2.html", "../2022-11-22/03.html#fig-2"]
    listed = doc.xpath("//nav[@class='page-article-list']//li/a[1]")
    assert [a.text_content() for a in listed] == [heads["art-1"], heads["art-2"]]
    image = doc.find(".//img[@class='page-image']")
    assert (image.get("width"), image.get("height")) == ("702", "993")
    assert (out / "2022-11-22" / unquote(image.get("src"))).resolve().read_bytes() == \
        (EPAPER / "03.page.jpg").read_bytes()


def test_article_page_shows_where_it_stood_and_leads_back(issue):
    _pages, out = issue
    doc = lxml_html.parse(str(out / "2022-11-22" / "03" / "art-2.html")).getroot()
    locator = doc.find(".//aside[@class='locator']")
    assert _rects(locator.find(".//svg")) == [pytest.approx(z)
                                             for z in _zones(EPAPER_TEI)["art-2"]]
    assert locator.find(".//a").get("href") == "../03.html#hs-art-2"
    thumbnail = locator.find(".//img")
    with Image.open(out / "2022-11-22" / "03" / unquote(thumbnail.get("src"))) as small:
        assert small.size == (int(thumbnail.get("width")), int(thumbnail.get("height")))
        assert small.width == 240


def test_pages_without_facsimile_keep_the_text_view(tmp_path):
    from conftest import EXAMPLE_TEI

    render_html([EXAMPLE_TEI], tmp_path)
    doc = lxml_html.parse(str(tmp_path / "2022-11-22" / "03.html")).getroot()
    assert doc.find(".//svg") is None
    assert doc.find(".//img[@class='page-image']") is None
    assert len(doc.findall(".//main//article")) == 2
    assert not (tmp_path / "2022-11-22" / "03" / "images").exists()


def test_downloads_and_photos_are_the_editions_files(issue):
    pages, out = issue
    doc = lxml_html.parse(str(out / "2022-11-22" / "02.html")).getroot()
    links = {a.text_content(): a.get("href") for a in doc.findall(".//ul[@class='downloads']//a")}
    assert links == {"本版 PDF": "../2022-11-22/02.pdf", "版面原图":
                     "../2022-11-22/02/images/03.page.jpg", "本版 TEI": "../2022-11-22/02.xml"}
    assert (out / "2022-11-22" / "02.xml").read_bytes() == pages[1].read_bytes()
    article = lxml_html.parse(str(out / "2022-11-22" / "02" / "art-2.html")).getroot()
    (photo,) = article.xpath("//main//figure/img")
    assert photo.get("loading") == "lazy"
    with Image.open(EPAPER / "03-photo1.jpg") as source:
        assert (int(photo.get("width")), int(photo.get("height"))) == source.size
    issue_page = lxml_html.parse(str(out / "2022-11-22" / "index.html")).getroot()
    thumbnails = issue_page.xpath("//a[@class='page-thumbnail']/img/@src")
    assert thumbnails == [f"../2022-11-22/{n}/images/{n}.thumb.jpg" for n in ("01", "02", "03")]
    photos = issue_page.xpath("//section[@class='issue-photos']//img/@src")
    assert len(photos) == 6  # two photos on each of three pages
    assert [link for link in broken_links(out) if not link.endswith(".pdf")] == []
    for path in sorted(out.rglob("*.html")):
        assert nesting_errors(path) == [], path


def test_the_issue_navigation_lists_its_pages_in_order(issue):
    _pages, out = issue
    text = (out / "2022-11-22" / "pages.js").read_text(encoding="utf-8")
    assert text.startswith("window.TEIPRESS_ISSUE = [")
    import json

    data = json.loads(text.removeprefix("window.TEIPRESS_ISSUE = ").rstrip().rstrip(";"))
    assert [(p["label"], p["href"]) for p in data] == [
        ("第1版 要闻", "2022-11-22/01.html"), ("第2版 综合", "2022-11-22/02.html"),
        ("第3版 经济", "2022-11-22/03.html")]
    assert all((out / p["thumbnail"]).is_file() for p in data)


def test_rendering_the_epaper_twice_gives_identical_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        render_html([EPAPER_TEI], out, Site(title="乌海日报"))
    assert_same_files(first, second)


def test_a_page_image_outside_the_pages_folder_refuses_the_page(tmp_path):
    tree = etree.parse(str(EPAPER_TEI))
    tree.find(".//t:surface/t:graphic", NS).set("url", "../secret.jpg")
    (tmp_path / "secret.jpg").write_bytes((EPAPER / "03.page.jpg").read_bytes())
    (tmp_path / "issue").mkdir()
    tei = tmp_path / "issue" / "03.xml"
    tree.write(str(tei), encoding="UTF-8")
    with pytest.raises(InputError, match=r"graphic/@url '\.\./secret\.jpg'"):
        render_html([tei], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_unreadable_page_image_leaves_the_text_view(tmp_path, warned):
    for image in EPAPER.glob("*.jpg"):
        (tmp_path / image.name).write_bytes(image.read_bytes())
    (tmp_path / "03.page.jpg").write_bytes(b"not a jpeg")
    tei = tmp_path / "03.xml"
    tei.write_bytes(EPAPER_TEI.read_bytes())
    render_html([tei], tmp_path / "out")
    assert warned() == [f"{tei}: image '03.page.jpg' is not a readable image file; not shown"]
    doc = lxml_html.parse(str(tmp_path / "out" / "2022-11-22" / "03.html")).getroot()
    assert doc.find(".//svg") is None
    assert len(doc.findall(".//main//article")) == 2


# in the browser

browser_support = pytest.importorskip("test_render_browser")
Tab = browser_support.Tab
browser = browser_support.browser


def test_hotspots_light_up_and_lead_to_their_articles(browser, issue):
    _pages, out = issue
    tab = Tab(browser, 1280)
    tab.open(out / "2022-11-22" / "03.html")
    spot = tab.page.locator("#hs-art-2")
    listed = tab.page.locator(".page-article-list li[data-target='art-2']")
    spot.locator("rect").first.hover()
    assert "is-active" in listed.get_attribute("class")
    fill = tab.page.evaluate("getComputedStyle(document.querySelector('#hs-art-2 rect')).fill")
    assert fill != "rgba(0, 0, 0, 0)"
    assert fill != "transparent"
    tab.page.mouse.move(0, 0)
    assert "is-active" not in (listed.get_attribute("class") or "")
    # keyboard: the hotspots are links in the tab order, named by their headlines
    names = []
    tab.page.focus("#hs-art-1")
    for _ in range(3):
        names.append(tab.page.evaluate("document.activeElement.getAttribute('aria-label')"))
        tab.page.keyboard.press("Tab")
    assert names == ["发展绿色低碳产业 企业在行动（下）", "规范有形 提质扩容", "发展庭院养殖"]
    tab.page.focus("#hs-art-1")
    assert "is-active" in tab.page.locator(
        ".page-article-list li[data-target='art-1']").get_attribute("class")
    tab.shoot("epaper-page-1280.png")
    spot.locator("rect").last.click()
    tab.page.wait_for_url("**/2022-11-22/03/art-2.html")
    assert tab.page.locator("h1.headline").inner_text() == "规范有形 提质扩容"
    tab.shoot("epaper-article-1280.png")
    tab.page.click(".locator-link")
    tab.page.wait_for_url("**/03.html#hs-art-2")
    stroke = tab.page.evaluate("getComputedStyle(document.querySelector('#hs-art-2 rect')).stroke")
    assert stroke not in ("none", "")  # the article it came from is marked (:target)
    assert tab.errors == []


def test_images_load_and_nothing_comes_from_the_network(browser, issue):
    _pages, out = issue
    tab = Tab(browser, 1280)
    for path in (out / "2022-11-22" / "03.html", out / "2022-11-22" / "03" / "art-2.html",
                 out / "2022-11-22" / "index.html"):
        tab.open(path)
        tab.page.evaluate("""() => Promise.all(Array.from(document.images).map(i => {
            i.loading = 'eager'; return i.decode(); }))""")
        sizes = tab.page.evaluate(
            "Array.from(document.images).map(i => [i.currentSrc, i.naturalWidth])")
        assert sizes, sizes
        assert all(width > 0 for _src, width in sizes), sizes
    assert tab.errors == []
    assert all(url.startswith("file://") for url in tab.requests), tab.requests


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served_issue(issue):
    """The same site over HTTP, as a web server publishes it."""
    _pages, out = issue
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_issue_navigation_and_zoom(browser, issue, served_issue, scheme):
    _pages, out = issue
    tab = Tab(browser, 1280)

    # a browser asks a web server for /favicon.ico; the site has none (nor needs one)
    tab.page.route("**/favicon.ico", lambda route: route.fulfill(status=204))

    def at(path: str) -> None:
        if scheme == "file":
            tab.open(out / path)
        else:
            tab.page.goto(served_issue + path)

    at("2022-11-22/02.html")
    nav = tab.page.locator(".issue-nav")
    assert nav.locator(".issue-pages-nav a").all_inner_texts() == [
        "第1版 要闻", "第2版 综合", "第3版 经济"]
    assert nav.locator("a[aria-current=page]").inner_text() == "第2版 综合"
    assert nav.locator(".issue-pages-nav img").count() == 3
    assert not tab.page.locator(".issue-nav-fallback").is_visible()
    tab.page.click(".page-pager a[rel=next]")
    tab.page.wait_for_url("**/2022-11-22/03.html")
    assert tab.page.locator(".page-pager a[rel=next]").count() == 0
    frame = tab.page.locator(".facsimile-frame")
    before = tab.page.locator(".facsimile-canvas").bounding_box()["width"]
    tab.page.click("button[data-zoom='1']")
    tab.page.click("button[data-zoom='1']")
    after = tab.page.locator(".facsimile-canvas").bounding_box()["width"]
    assert after == pytest.approx(2 * before, rel=0.02)
    assert frame.evaluate("f => f.scrollWidth > f.clientWidth")
    spot = tab.page.locator("#hs-art-2 rect").first.bounding_box()
    assert spot["width"] == pytest.approx(516 / 842 * after, rel=0.02)  # zones zoom along
    tab.shoot(f"epaper-zoomed-{scheme}-1280.png")
    tab.page.click("button[data-zoom='0']")
    assert tab.page.locator(".facsimile-canvas").bounding_box()["width"] == \
        pytest.approx(before, rel=0.01)
    # articles: from a page's first back to the previous page's last, from its last on
    at("2022-11-22/02/art-1.html")
    assert tab.page.locator(".issue-nav a[aria-current=page]").inner_text() == "第2版 综合"
    tab.page.click(".article-pager a[rel=prev]")
    tab.page.wait_for_url("**/2022-11-22/01/art-2.html")
    tab.page.click(".article-pager a[rel=next]")
    tab.page.wait_for_url("**/2022-11-22/02/art-1.html")
    at("2022-11-22/02/art-2.html")
    tab.page.click(".article-pager a[rel=next]")
    tab.page.wait_for_url("**/2022-11-22/03/art-1.html")
    at("2022-11-22/03/art-2.html")
    assert tab.page.locator(".article-pager a[rel=next]").count() == 0  # the issue's last
    assert tab.errors == []
    assert all(url.startswith(f"{scheme}:") for url in tab.requests
               if not url.endswith("/favicon.ico")), tab.requests


def test_narrow_screen_shows_the_page_then_the_list(browser, issue):
    _pages, out = issue
    tab = Tab(browser, 390)
    tab.open(out / "2022-11-22" / "03.html")
    image = tab.page.locator(".facsimile").bounding_box()
    listed = tab.page.locator(".page-article-list").bounding_box()
    assert listed["y"] >= image["y"] + image["height"] - 1
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= 390
    tab.shoot("epaper-page-390.png")


def test_search_shows_the_words_around_the_match_wherever_it_is(browser, tmp_path_factory):
    """The real sample page: for each query every result's excerpt holds the query marked,
    also where it stands far beyond the article's start (the oracle: the TEI's text)."""
    from conftest import SAMPLE_TXT
    from html_support import convert_to
    from teipress.render.view import article_text, load_page

    tei = convert_to(SAMPLE_TXT, tmp_path_factory.mktemp("sample-tei"))
    out = tmp_path_factory.mktemp("sample-search")
    render_html([tei], out)
    texts = {a.id: "".join(article_text(a).split()) for a in load_page(tei).articles}
    tab = Tab(browser, 1280)
    tab.open(out / "search.html")
    deep = 0
    for query in ("营业执照", "家政服务", "乌海", "绿色发展", "帮帮团"):
        tab.search(query)
        items = tab.page.locator("#search-results li")
        assert items.count() > 0, query
        for n in range(items.count()):
            item = items.nth(n)
            href = item.locator("a.result-title").get_attribute("href")
            marks = item.locator(".result-excerpt mark").all_inner_texts()
            assert query in marks, (query, href, item.inner_text())
            article = href.rsplit("/", 1)[1].removesuffix(".html")
            if article in texts and texts[article].find(query) > 90:
                deep += 1
    assert deep >= 2, "no query stood beyond an article's opening: the test shows nothing"
    tab.shoot("search-excerpts-1280.png")
    assert tab.errors == []


def test_a_search_hit_is_marked_on_the_printed_page(browser, issue):
    _pages, out = issue
    tab = Tab(browser, 1280)
    tab.open(out / "search.html", "?q=慕德刚")
    tab.searched("慕德刚")
    results = tab.page.locator("#search-results li")
    assert results.count() == 4  # art-2 on each of the four pages
    first = results.first
    assert "慕德刚" in first.locator(".result-excerpt mark").all_inner_texts()
    first.locator("a.result-on-page").click()
    tab.page.wait_for_url("**#hs-art-2")
    marked = tab.page.evaluate("""() => Array.from(document.querySelectorAll('.hotspots a'))
        .filter(a => a.matches(':target')).map(a => a.getAttribute('aria-label'))""")
    assert marked == ["规范有形 提质扩容"]
    fill = tab.page.evaluate("getComputedStyle(document.querySelector('#hs-art-2 rect')).fill")
    assert fill.startswith("rgba(255, 200, 40")
    tab.shoot("epaper-search-hit-1280.png")
    assert tab.errors == []


def test_a_facsimile_is_read_as_written_and_what_cannot_be_used_is_left_out():
    from lxml import etree as et

    from teipress.render.facsimile import ZoneBox, read_facsimile

    def facsimile(surface: str, body: str = "") -> object:
        return read_facsimile(et.fromstring(
            '<TEI xmlns="http://www.tei-c.org/ns/1.0" '
            'xmlns:xml="http://www.w3.org/XML/1998/namespace">'
            f"<facsimile>{surface}</facsimile><text><body>{body}</body></text></TEI>"))

    facs = facsimile(
        '<surface ulx="0" uly="0" lrx="842" lry="1191"><graphic url="p.jpg" width="2480px" '
        'height="3508px"/><zone xml:id="z1" ulx="36" uly="80" lrx="560" lry="610"/>'
        '<zone xml:id="z2" ulx="x" uly="0" lrx="1" lry="1"/></surface>',
        '<div xml:id="a1" facs="#z1 #z2 #nowhere"/><div facs="#z1"/>')
    assert (facs.image_url, facs.image_width, facs.image_height) == ("p.jpg", 2480, 3508)
    assert [z.id for z in facs.zones] == ["z1"]  # z2's corners are no numbers
    assert facs.zones_of("a1") == (facs.zones[0],)  # unknown zones left out
    assert facs.targets == (("a1", ("z1",)),)  # an element without xml:id cannot be linked
    assert facs.pixels(ZoneBox(36, 80, 560, 610), 2480, 3508) == (106, 236, 1543, 1561)
    assert facsimile('<surface ulx="0" uly="0" lrx="0" lry="0"/>') is None  # no extent
    no_size = facsimile('<surface ulx="0" uly="0" lrx="10" lry="10">'
                        '<graphic url="p.jpg" width="21cm"/></surface>')
    assert (no_size.image_width, no_size.image_height) == (0, 0)


def test_nothing_in_the_tei_text_is_lost_between_page_view_and_article_pages(issue):
    from html_support import main_chars, tei_text_chars

    pages, out = issue
    shown = main_chars(out / "2022-11-22" / "01.html")
    for article in sorted((out / "2022-11-22" / "01").glob("art-*.html")):
        shown += main_chars(article)
    assert not tei_text_chars(pages[0]) - shown


def test_an_svg_photo_is_sized_from_its_own_width_height_or_viewbox(tmp_path):
    from teipress.render.imagesize import image_size

    svg = tmp_path / "a.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40px" height="30"/>')
    assert image_size(svg) == (40, 30)
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80"/>')
    assert image_size(svg) == (120, 80)
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="3cm"/>')
    assert image_size(svg) == (0, 0)  # shown, without a size
    svg.write_text("<html/>")
    assert image_size(svg) is None


def test_an_article_without_headline_is_named_by_its_opening_words(tmp_path):
    for image in EPAPER.glob("*.jpg"):
        (tmp_path / image.name).write_bytes(image.read_bytes())
    tree = etree.parse(str(EPAPER_TEI))
    for head in tree.iterfind(".//t:div[@xml:id='art-2']/t:head", NS):
        head.getparent().remove(head)
    tei = tmp_path / "03.xml"
    tree.write(str(tei), encoding="UTF-8")
    render_html([tei], tmp_path / "out")
    doc = lxml_html.parse(str(tmp_path / "out" / "2022-11-22" / "03.html")).getroot()
    spot = doc.find(".//svg//a[@data-target='art-2']")
    assert spot.get("aria-label") == "协会制定《乌海市家政服务行业自律…"  # 16 characters
