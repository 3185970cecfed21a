"""Accessibility and reading comfort in headless Chromium: axe-core on every kind of page
(no serious or critical violation), speech unlike links, one column of text on screen."""

from __future__ import annotations

import colorsys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_TXT
from epaper_support import epaper_issue
from html_support import convert_to
from teipress.render.html import Site, render_html

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

browser_support = pytest.importorskip("test_render_browser")
Tab = browser_support.Tab
browser = browser_support.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Every kind of page: the real sample page (text view), the e-paper pages (facsimile)
    of eight issues (so the home page is a calendar), registers, search."""
    root = tmp_path_factory.mktemp("a11y")
    (root / "sample").mkdir()
    pages = [convert_to(SAMPLE_TXT, root / "sample")]
    for day in range(15, 23):
        pages += epaper_issue(root / "tei" / f"2022-10-{day}", (1, 2), ("要闻", "经济"),
                              f"2022-10-{day}")
    out = root / "site"
    render_html(pages, out, Site(title="乌海日报"))
    return out


KINDS = {
    "home (calendar)": "index.html",
    "issue": "2022-10-15/index.html",
    "page (printed page)": "2022-10-15/02.html",
    "article (printed page)": "2022-10-15/02/art-2.html",
    "page (text view)": "2022-11-22/03.html",
    "article (text view)": "2022-11-22/03/art-3.html",
    "register": "persons.html",
    "search": "search.html?q=家政服务",
}


@pytest.mark.skipif(not AXE.exists(), reason=f"no {AXE} (make test runs npm ci)")
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_serious_accessibility_violations(browser, site, kind):
    path, _, query = KINDS[kind].partition("?")
    tab = Tab(browser, 1280)
    tab.open(site / path, f"?{query}" if query else "")
    if query:
        tab.searched("家政服务")
    tab.page.add_script_tag(path=str(AXE))
    # preload off: axe's fetch of the stylesheets (for orientation rules) is refused on file://
    result = tab.page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations'], preload: false})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], kind
    assert tab.errors == []


def _hue_and_saturation(css: str) -> tuple[float, float]:
    red, green, blue = (int(x) / 255 for x in css[css.index("(") + 1:-1].split(",")[:3])
    hue, _lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    return hue * 360, saturation


def test_speech_is_set_in_a_colour_unlike_the_links(browser, site):
    tab = Tab(browser, 1280)
    tab.open(site / "2022-11-22" / "03.html")
    speech = tab.page.evaluate("getComputedStyle(document.querySelector('q.said')).color")
    link = tab.page.evaluate("getComputedStyle(document.querySelector('a.result-title, "
                             ".permalink a')).color")
    speech_hue, _ = _hue_and_saturation(speech)
    link_hue, _ = _hue_and_saturation(link)
    assert not 180 <= speech_hue <= 260, speech  # no blue: blue is what links look like
    assert abs(speech_hue - link_hue) > 90
    assert tab.page.evaluate(
        "getComputedStyle(document.querySelector('.term') || document.body).fontWeight"
    ) in ("400", "normal")


def test_text_reads_down_one_column_and_the_lead_keeps_the_measure(browser, site):
    tab = Tab(browser, 1280)
    tab.open(site / "2022-11-22" / "03.html")
    tops = tab.page.evaluate("""() => Array.from(document.querySelectorAll('.article'))
        .map(a => Array.from(a.querySelectorAll('.article-body p'))
                       .map(p => p.getBoundingClientRect().top))""")
    assert sum(len(t) for t in tops) > 20
    for article in tops:
        assert article == sorted(article), "a paragraph stands above the one before it"
    tab.open(site / "2022-11-22" / "03" / "art-1.html")
    widths = tab.page.evaluate("""() => [document.querySelector('.article-body'),
        document.querySelector('.lead')].map(e => e && e.getBoundingClientRect().width)""")
    if widths[1] is None:
        pytest.skip("the sample's first article has no lead")
    assert widths[0] == pytest.approx(widths[1], abs=1)
