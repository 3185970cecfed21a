"""The HTML edition in a real browser: headless Chromium, driven by Playwright, from file://.

Screenshots land in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree

from conftest import EXAMPLE_TEI, ROOT, SAMPLE_TXT
from html_support import convert_to
from teipress.render.html import render_html
from teipress.render.search import SHARD_BYTES, write_search_index
from teipress.render.view import load_page

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NS = {"t": "http://www.tei-c.org/ns/1.0", "xml": "http://www.w3.org/XML/1998/namespace"}

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright is not installed (pip install playwright)")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"no Chromium at {CHROMIUM} (Debian package chromium)")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """The hand-written example page, rendered."""
    out = tmp_path_factory.mktemp("html")
    render_html([EXAMPLE_TEI], out)
    return out


@pytest.fixture(scope="module")
def sample_tei(tmp_path_factory) -> Path:
    """The real sample page, converted by teipress."""
    return convert_to(SAMPLE_TXT, tmp_path_factory.mktemp("tei"))


@pytest.fixture(scope="module")
def sample(tmp_path_factory, sample_tei) -> Path:
    """The real sample page, rendered."""
    out = tmp_path_factory.mktemp("sample")
    render_html([sample_tei], out)
    return out


class Tab:
    """A browser tab that records console errors, dialogs and every URL it requested."""

    def __init__(self, browser, width: int) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def dismiss(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()
        self.page.on("dialog", dismiss)

    def open(self, path: Path, query: str = "") -> None:
        self.page.goto(path.as_uri() + query)

    def searched(self, query: str) -> None:
        """Wait until the search page shows the results of ``query``."""
        self.page.wait_for_function(
            "q => document.getElementById('search-status').dataset.query === q", arg=query)

    def search(self, query: str) -> None:
        """Type ``query`` into the search page's box, submit, wait for the results."""
        self.page.fill("#search-query", query)
        self.page.press("#search-query", "Enter")
        self.searched(query)

    def shoot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target), full_page=True)
        return target


@pytest.mark.parametrize("width", [1280, 390])
def test_sample_page_loads_cleanly_from_disk_and_is_photographed(browser, sample, width):
    tab = Tab(browser, width)
    for path, name in ((sample / "2022-11-22" / "03.html", "page"),
                       (sample / "2022-11-22" / "03" / "art-3.html", "article"),
                       (sample / "persons.html", "persons"),
                       (sample / "index.html", "home")):
        tab.open(path)
        assert tab.page.locator("main").is_visible()
        assert tab.shoot(f"{name}-{width}.png").stat().st_size > 10_000
    assert tab.errors == []
    assert all(url.startswith("file://") for url in tab.requests), tab.requests
    width_used = tab.page.evaluate("document.documentElement.scrollWidth")
    assert width_used <= width, "the page scrolls sideways"


def test_searching_finds_the_article_from_any_page(browser, sample):
    tab = Tab(browser, 1280)
    tab.open(sample / "2022-11-22" / "03.html")
    tab.page.fill(".site-nav input[name=q]", "家政服务")
    tab.page.press(".site-nav input[name=q]", "Enter")
    tab.page.wait_for_url("**/search.html?q=*")
    tab.searched("家政服务")
    results = tab.page.locator("#search-results li a.result-title")
    assert results.all_inner_texts() == ["规范有形 提质扩容"]
    assert tab.page.locator("#search-results mark").first.inner_text() == "家政服务"
    tab.shoot("search-1280.png")
    results.first.click()
    tab.page.wait_for_url("**/03/art-3.html")
    assert tab.page.locator("h1.headline").inner_text() == "规范有形 提质扩容"
    tab.page.go_back()
    tab.searched("家政服务")
    tab.search("养老保险缴费")  # jieba cut these apart in the text
    found = tab.page.locator("#search-results li a.result-title").all_inner_texts()
    assert found == ["政务服务“帮帮团”便民利企“零距离”"]
    tab.search("没有的词语")
    assert tab.page.locator("#search-results li").count() == 0
    assert "没有找到" in tab.page.locator("#search-status").inner_text()
    assert tab.errors == []


@pytest.mark.parametrize("shard_bytes", [SHARD_BYTES, 4096])
def test_search_finds_exactly_the_documents_holding_the_query(browser, sample, sample_tei,
                                                              shard_bytes, tmp_path):
    """Oracle: the TEI divs and figures whose text contains the query verbatim; with the
    index in one shard and in many."""
    site = tmp_path / "site"
    shutil.copytree(sample, site)
    shards = write_search_index([load_page(sample_tei)], site, shard_bytes=shard_bytes)
    assert (len(shards) > 3) == (shard_bytes < SHARD_BYTES)
    tree = etree.parse(str(sample_tei))
    tab = Tab(browser, 1280)
    tab.open(site / "search.html")
    for query in ("家政服务", "绿色发展", "政服", "色发", "乌海", "帮帮团", "营业执照"):
        expected = set()
        for element in tree.xpath("//t:body/t:div | //t:body/t:figure", namespaces=NS):
            if query in "".join("".join(element.itertext()).split()):
                xml_id = element.get("{http://www.w3.org/XML/1998/namespace}id")
                is_article = element.tag.endswith("div")
                expected.add(f"03/{xml_id}.html" if is_article else f"03.html#{xml_id}")
        assert expected, f"the page does not hold {query}: the query tests nothing"
        tab.search(query)
        hrefs = [a.get_attribute("href") for a in tab.page.locator("#search-results a").all()]
        assert {h.removeprefix("2022-11-22/") for h in hrefs} == expected, query
    assert tab.errors == []


def test_names_lead_to_their_register_entry(browser, edition):
    tab = Tab(browser, 1280)
    tab.open(edition / "2022-11-22" / "03.html")
    tab.page.click("text=王大锁")
    tab.page.wait_for_url("**/persons.html#*")
    assert unquote(tab.page.url).endswith("persons.html#person-王大锁")
    assert tab.page.locator(":target").inner_text() == "王大锁"


def test_print_stylesheet_hides_navigation(browser, edition):
    tab = Tab(browser, 1280)
    tab.open(edition / "2022-11-22" / "03.html")
    assert tab.page.locator(".site-nav").is_visible()
    tab.page.emulate_media(media="print")
    assert not tab.page.locator(".site-nav").is_visible()
    assert tab.page.locator("article").first.is_visible()
    assert len(tab.page.pdf(format="A4")) > 10_000


def test_markup_in_the_text_runs_nothing(browser, tmp_path):
    tree = etree.parse(str(EXAMPLE_TEI))
    tree.find(".//t:div[@xml:id='art-2']/t:p", NS).text = "<script>alert(1)</script>"
    tree.find(".//t:head[@type='main']", NS).text = '"><img src=x onerror=alert(2)>'
    tei = tmp_path / "page.xml"
    tree.write(str(tei), encoding="UTF-8")
    out = tmp_path / "html"
    render_html([tei], out)
    tab = Tab(browser, 1280)
    for path in (out / "2022-11-22" / "03.html", out / "2022-11-22" / "03" / "art-1.html"):
        tab.open(path)
        assert tab.page.locator("img").count() == 0
    tab.open(out / "search.html", "?q=alert")
    tab.searched("alert")
    assert tab.page.locator("#search-results li").count() == 2
    assert tab.page.locator("#search-results img").count() == 0
    text = tab.page.locator("main").inner_text()
    assert '"><img src=x onerror=alert(2)>' in text
    assert tab.dialogs == []
    assert tab.errors == []



def test_clicking_every_link_of_a_hostile_build_runs_nothing(browser, tmp_path):
    """Issue #15 item 2, in the browser: a build of pages carrying script in every field a
    link or a text is made from (a date ``javascript:…``, markup in a headline) is clicked
    through, link by link, on its home, issue, page and register pages: no dialog opens, no page
    errors, and nothing is requested outside the output folder. Links to downloads (the PDFs,
    the TEI) are left to ``test_security.live_links``: Chromium opens them in its viewer."""
    from teipress.build import build_edition
    from test_security import as_page, with_date
    from validate_support import variant

    edition, out = tmp_path / "edition", tmp_path / "out"
    issue = edition / "2022-11-22"
    issue.mkdir(parents=True)
    (edition / "edition.toml").write_text('[paper]\nid = "test-daily"\ntitle = "测试日报"\n',
                                          encoding="utf-8")
    markup = '<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">'
    escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    (issue / "03.xml").write_text(variant(
        ('<head type="main">规范有形 提质扩容</head>', f'<head type="main">{escaped}</head>')),
        encoding="utf-8")
    (issue / "04.xml").write_text(as_page(with_date("javascript:alert(4)//"), 4), "utf-8")
    summary = build_edition(edition, out, jobs=1)
    assert [Path(p.path).name for p in summary.problems if p.stage != "validate"] == ["04.xml"]
    pages = [out / "index.html", out / "persons.html", *sorted(out.glob("2022-11-22/*.html"))]
    dialogs, errors, requests, clicked = [], [], [], 0
    for page in pages:
        count = Tab(browser, 1280)
        count.open(page)
        hrefs = count.page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
        for i, href in enumerate(hrefs):
            if href.endswith((".pdf", ".xml", ".json")):
                continue
            tab = Tab(browser, 1280)  # a tab per click: no navigation interrupts another
            tab.open(page)
            # HTMLElement.click(): the activation a reader's click gives, javascript: URLs
            # included, for links scrolled out of view or inside a closed menu as well
            tab.page.locator("a[href]").nth(i).evaluate("a => a.click()")
            tab.page.wait_for_timeout(100)  # a javascript: URL would have run by now
            dialogs += tab.dialogs
            errors += tab.errors
            requests += tab.requests
            tab.page.close()
            clicked += 1
        count.page.close()
    assert clicked > 20
    tab = Tab(browser, 1280)
    tab.open(out / "2022-11-22" / "03.html")  # the markup shows as the headline's text
    assert markup in tab.page.locator("body").inner_text()
    assert dialogs == [] and errors == []
    root = out.resolve().as_uri()
    assert [url for url in requests if not url.startswith(root)] == []
