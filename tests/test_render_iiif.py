"""IIIF Presentation 3.0 manifests and collection: checked against the TEI they come from,
validated with iiif-prezi3, and opened in Mirador in headless Chromium over HTTP."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

from conftest import ROOT
from epaper_support import epaper_issue
from teipress.render.html import Site, render_html

MIRADOR = ROOT / "node_modules" / "mirador" / "dist" / "mirador.min.js"
HEADS = {"art-1": "发展绿色低碳产业 企业在行动（下）", "art-2": "规范有形 提质扩容",
         "fig-2": "发展庭院养殖"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A site of two issues served over HTTP, rendered with the server's address."""
    root = tmp_path_factory.mktemp("iiif")
    site = root / "site"
    site.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    pages = epaper_issue(root / "tei" / "2022-11-22", (1, 2), ("要闻", "经济"))
    pages += epaper_issue(root / "tei" / "2022-11-23", (1,), ("要闻",), "2022-11-23")
    render_html(pages, site, Site(title="乌海日报", base_url=base, page_pdfs=True,
                                  issue_pdfs={"2022-11-22": "wuhai-daily-2022-11-22.pdf"}))
    yield base, site
    server.shutdown()


def _manifest(site: Path, date: str = "2022-11-22") -> dict:
    return json.loads((site / date / "manifest.json").read_text(encoding="utf-8"))


def test_a_canvas_per_page_with_its_image_and_the_articles_zones(served):
    base, site = served
    manifest = _manifest(site)
    assert manifest["id"] == f"{base}2022-11-22/manifest.json"
    assert manifest["type"] == "Manifest"
    assert manifest["label"] == {
        "zh-Hans": ["乌海日报 2022年11月22日"]}
    canvases = manifest["items"]
    assert [c["label"]["zh-Hans"] for c in canvases] == [["第1版 要闻"], ["第2版 经济"]]
    canvas = canvases[1]
    assert (canvas["width"], canvas["height"]) == (702, 993)  # the page image's pixels
    (painting,) = canvas["items"][0]["items"]
    assert painting["motivation"] == "painting"
    assert painting["target"] == canvas["id"]
    assert painting["body"]["id"] == f"{base}2022-11-22/02/images/03.page.jpg"
    notes = canvas["annotations"][0]["items"]
    assert [(n["body"]["value"], n["target"].split("#")[1]) for n in notes] == [
        # zones in PDF points on an 842 × 1191 surface, scaled to 702 × 993 pixels by hand
        (HEADS["art-1"], "xywh=30,52,207,81"), (HEADS["art-1"], "xywh=30,133,207,102"),
        (HEADS["art-2"], "xywh=242,52,430,48"), (HEADS["art-2"], "xywh=237,100,435,63"),
        (HEADS["fig-2"], "xywh=30,237,642,40")]
    assert all(n["target"].startswith(canvas["id"] + "#") for n in notes)
    assert notes[2]["seeAlso"][0]["id"] == f"{base}2022-11-22/02/art-2.html"
    assert canvas["seeAlso"][0]["id"] == f"{base}2022-11-22/02.xml"
    assert canvas["seeAlso"][0]["format"] == "application/tei+xml"
    assert canvas["rendering"][0]["id"] == f"{base}2022-11-22/02.pdf"
    assert manifest["rendering"][0]["id"] == f"{base}2022-11-22/wuhai-daily-2022-11-22.pdf"
    for linked in (painting["body"]["id"], canvas["seeAlso"][0]["id"],
                   canvas["homepage"][0]["id"], notes[2]["seeAlso"][0]["id"]):
        assert (site / linked.removeprefix(base)).is_file(), linked


def test_the_collection_holds_every_issue_newest_first(served):
    base, site = served
    collection = json.loads((site / "iiif" / "collection.json").read_text(encoding="utf-8"))
    assert collection["type"] == "Collection"
    assert [m["id"] for m in collection["items"]] == [
        f"{base}2022-11-23/manifest.json", f"{base}2022-11-22/manifest.json"]
    assert _manifest(site)["partOf"][0]["id"] == collection["id"]
    from lxml import html as lxml_html

    home = lxml_html.parse(str(site / "index.html")).getroot()
    assert home.xpath("//p[@class='edition-iiif']/a/@href") == ["iiif/collection.json"]
    issue = lxml_html.parse(str(site / "2022-11-22" / "index.html")).getroot()
    assert issue.xpath("//p[@class='issue-iiif']/a/@href") == ["manifest.json"]


def test_manifests_and_collection_are_valid_presentation_3(served):
    prezi3 = pytest.importorskip("iiif_prezi3", reason="iiif-prezi3 is not installed")
    _base, site = served
    for date in ("2022-11-22", "2022-11-23"):
        manifest = prezi3.Manifest(**_manifest(site, date))
        assert len(manifest.items) == (2 if date == "2022-11-22" else 1)
    collection = json.loads((site / "iiif" / "collection.json").read_text(encoding="utf-8"))
    assert len(prezi3.Collection(**collection).items) == 2
    broken = _manifest(site)
    broken["id"] = "manifest.json"  # not an absolute URI: the validator must say so
    with pytest.raises(ValueError, match="valid URL"):
        prezi3.Manifest(**broken)


def test_no_manifest_without_the_sites_address_or_a_page_image(tmp_path):
    from conftest import EXAMPLE_TEI

    pages = epaper_issue(tmp_path / "tei", (3,), ("经济",))
    render_html(pages, tmp_path / "no-base", Site(title="乌海日报"))
    assert not list((tmp_path / "no-base").rglob("manifest.json"))
    render_html([EXAMPLE_TEI], tmp_path / "no-image", Site(base_url="https://example.org/"))
    assert not list((tmp_path / "no-image").rglob("*.json"))


browser_support = pytest.importorskip("test_render_browser")
Tab = browser_support.Tab
browser = browser_support.browser


@pytest.mark.skipif(not MIRADOR.exists(), reason=f"no {MIRADOR} (make test runs npm ci)")
def test_mirador_opens_the_manifest_with_its_canvases_and_annotations(browser, served):
    base, site = served
    shutil.copy(MIRADOR, site / "mirador.min.js")
    manifest_id = f"{base}2022-11-22/manifest.json"
    (site / "mirador.html").write_text(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mirador</title></head><body>
<div id="viewer" style="position:absolute;inset:0"></div>
<script src="mirador.min.js"></script>
<script>
window.viewer = Mirador.viewer({{id: "viewer",
  windows: [{{manifestId: "{manifest_id}"}}],
  window: {{sideBarOpenByDefault: true, defaultSideBarPanel: "annotations", allowClose: false}},
  workspaceControlPanel: {{enabled: false}}}});
</script></body></html>""", encoding="utf-8")
    tab = Tab(browser, 1280)
    tab.page.goto(f"{base}mirador.html")
    tab.page.get_by_text(HEADS["fig-2"]).first.wait_for(timeout=20_000)
    state = tab.page.evaluate("""id => {
        const s = window.viewer.store.getState();
        const m = s.manifests[id];
        return {error: m.error || null, canvases: m.json.items.map(c => c.id),
                shown: Object.values(s.windows).map(w => w.canvasId)};
    }""", manifest_id)
    assert state["error"] is None
    assert state["canvases"] == [f"{base}2022-11-22/01/canvas", f"{base}2022-11-22/02/canvas"]
    assert state["shown"] == [state["canvases"][0]]
    listed = tab.page.locator("main").inner_text()
    for head in HEADS.values():
        assert head in listed
    assert "Showing 5 annotations" in listed
    tab.page.wait_for_function(
        "() => Array.from(document.querySelectorAll('canvas')).some(c => c.width > 0)")
    tab.shoot("iiif-mirador-1280.png")
    image_loaded = [url for url in tab.requests if url.endswith("01/images/03.page.jpg")]
    assert image_loaded


def test_the_build_writes_manifests_where_edition_toml_gives_the_sites_address(tmp_path):
    from teipress.build import build_edition

    edition = tmp_path / "wuhai-daily"
    epaper_issue(edition / "2022-11-22", (1, 2), ("要闻", "经济"))
    (edition / "edition.toml").write_text(
        '[paper]\nid = "wuhai-daily"\ntitle = "乌海日报"\n\n'
        '[site]\nurl = "https://paper.example.org/wuhai"\n', encoding="utf-8")
    out = tmp_path / "out"
    build_edition(edition, out, jobs=1)
    manifest = _manifest(out)
    assert manifest["id"] == "https://paper.example.org/wuhai/2022-11-22/manifest.json"
    assert [c["rendering"][0]["id"].rsplit("/", 1)[1] for c in manifest["items"]] == [
        "01.pdf", "02.pdf"]
    assert (out / "2022-11-22" / "01.pdf").is_file()
    recorded = json.loads((out / ".teipress" / "manifest.json").read_text(encoding="utf-8"))
    assert "2022-11-22/manifest.json" in json.dumps(recorded)
    assert "iiif/collection.json" in json.dumps(recorded)


def test_a_site_address_that_is_no_web_address_is_refused(tmp_path):
    from teipress.edition import load_edition
    from teipress.errors import InputError

    settings = tmp_path / "edition.toml"
    settings.write_text('[site]\nurl = "javascript:alert(1)"\n', encoding="utf-8")
    with pytest.raises(InputError, match="must be an http:// or https:// address"):
        load_edition(settings)


def test_the_command_line_takes_the_sites_address(tmp_path, capsys):
    from teipress.cli import main

    pages = epaper_issue(tmp_path / "tei", (3,), ("经济",))
    main(["render", "html", str(pages[0]), "-o", str(tmp_path / "site"),
          "--base-url", "https://paper.example.org/"])
    assert _manifest(tmp_path / "site")["id"] == \
        "https://paper.example.org/2022-11-22/manifest.json"
    with pytest.raises(SystemExit) as done:
        main(["render", "html", str(pages[0]), "-o", str(tmp_path / "other"),
              "--base-url", "ftp://example.org/"])
    assert done.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert error == ["teipress: error: --base-url 'ftp://example.org/' must be an http:// "
                     "or https:// address"]
    assert not (tmp_path / "other").exists()
