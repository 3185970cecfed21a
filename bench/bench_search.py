"""Search for the Chinese HTML edition: our jieba index against Pagefind, measured.

Usage::

    PYTHONPATH=src python bench/bench_search.py [PAGE.xml ...]

Without arguments it converts the sample page editions/wuhai-daily/2022-11-22/03.txt and
the test pages tests/pages/*-pdftotext.txt (five other papers) to TEI; without the
converter it uses tests/data/example-page.xml.
Needs Chromium at /usr/bin/chromium, playwright and pagefind[bin] (``pip install -e
'.[test,bench]'``).

Three systems, one set of rendered pages:

* teipress: ``assets/search-index.js`` and its term shards (jieba words, single
  characters, pairs of neighbouring characters) and ``assets/search.js``, which cuts a
  query by longest match against the index;
* Pagefind over the rendered article pages (its own handling of Chinese), with the
  standard binary of pagefind[bin] and, where the environment variable
  PAGEFIND_EXTENDED names a ``pagefind_extended`` binary, the extended one (it segments
  Chinese itself);
* Pagefind fed records pre-segmented by jieba (words separated by spaces).

Each system answers QUERIES in headless Chromium. A document is relevant to a query when
its text (read from the TEI with lxml, whitespace removed) contains the query verbatim:
an oracle independent of any segmentation. Printed: recall and precision over all
queries, index size on disk and gzipped, bytes a reader downloads for all queries (served
over HTTP, fresh cache: our whole search page; Pagefind's files, on a blank page), time
from navigation start to the first query's results (median of 5), time per further
query, and whether the search runs from file://.
Pagefind is also asked with the query cut by jieba: an upper bound, since a browser has
no jieba.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import http.server
import os
import statistics
import sys
import tempfile
import threading
from pathlib import Path

from lxml import etree

from teipress.render.html import Site, article_path, page_path, render_html
from teipress.render.view import load_page

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Words a reader of this page would look for: names, places, policy terms, topics, and
# strings that cut across jieba's words (政服, 养老保险缴费), which only a character-aware
# search finds.
QUERIES = [
    "家政服务", "绿色发展", "帮帮团", "营业执照", "养老保险", "矿井疏干水", "余热", "灭火救援",
    "外贸", "庭院养殖", "慕德刚", "王大锁", "平沟煤矿", "综合一窗受理", "放管服", "碳达峰",
    "自律公约", "二氧化碳", "政服", "养老保险缴费", "君正集团", "乌海",
]


def default_pages(work: Path) -> list[Path]:
    """The sample page and one extraction of each test page, converted to TEI; the
    hand-written example where no converter exists."""
    try:
        from teipress.convert import convert_file
    except ImportError:
        print("note: teipress.convert not available; benchmarking the example page")
        return [ROOT / "tests" / "data" / "example-page.xml"]
    from teipress.edition import Edition, find_edition_file, load_edition

    sources = [(SAMPLE, load_edition(find_edition_file(SAMPLE)))]
    sources += [(p, Edition()) for p in sorted((ROOT / "tests" / "pages").glob("*-pdftotext.txt"))]
    pages = []
    for source, edition in sources:
        target = work / source.with_suffix(".xml").name
        target.write_bytes(convert_file(source, target, edition)[0])
        pages.append(target)
    return pages


def oracle(pages: list[Path]) -> dict[str, str]:
    """Document url → its text without whitespace, read from the TEI with lxml."""
    docs: dict[str, str] = {}
    for path in pages:
        page = load_page(path)
        body = etree.parse(str(path)).find(f"{TEI}text/{TEI}body")
        for element in body:
            text = "".join(c for c in "".join(element.itertext()) if not c.isspace())
            if element.tag == f"{TEI}div":
                article = next(a for a in page.articles if a.id == element.get(XML_ID))
                docs[article_path(page, article)] = text
            elif element.tag == f"{TEI}figure":
                docs[f"{page_path(page)}#{element.get(XML_ID)}"] = text
    return docs


async def build_pagefind(site: Path, pages: list[Path]) -> list[str]:
    """Pagefind bundles: over the article pages as rendered (standard binary, and the
    extended one where PAGEFIND_EXTENDED names it), and over jieba-cut records."""
    import jieba
    from pagefind.index import IndexConfig, PagefindIndex

    from teipress.render.search import search_documents

    bundles = ["pagefind-html", "pagefind-jieba"]
    builds = [("pagefind-html", None)]
    if os.environ.get("PAGEFIND_EXTENDED"):
        builds.append(("pagefind-html-extended", os.environ["PAGEFIND_EXTENDED"]))
        bundles.insert(1, "pagefind-html-extended")
    for bundle, binary in builds:
        with _binary(binary):
            config = IndexConfig(root_selector="main", output_path=str(site / bundle))
            async with PagefindIndex(config=config) as index:
                await index.add_directory(str(site), glob="*/*/*.html")
    with _binary(None):
        config = IndexConfig(output_path=str(site / "pagefind-jieba"))
        async with PagefindIndex(config=config) as index:
            for url, title, _where, _excerpt, _heads, body in search_documents(
                    [load_page(p) for p in pages]):
                await index.add_custom_record(url=url, language="zh", meta={"title": title},
                                              content=" ".join(jieba.cut_for_search(body)))
    return bundles


@contextlib.contextmanager
def _binary(path: str | None):
    """Run Pagefind's Python API with a given binary (None: the pagefind[bin] one)."""
    saved = os.environ.pop("PAGEFIND_BINARY_PATH", None)
    if path:
        os.environ["PAGEFIND_BINARY_PATH"] = path
    try:
        yield
    finally:
        os.environ.pop("PAGEFIND_BINARY_PATH", None)
        if saved is not None:
            os.environ["PAGEFIND_BINARY_PATH"] = saved


@contextlib.contextmanager
def serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


# Both scripts return {load: ms from navigation start to the first query's results,
# perQuery: mean ms of all queries after it, out: {query: [document url, ...]}}.
OURS_JS = """async (queries) => {
  const urls = r => r.hits.map(n => window.TEIPRESS_SEARCH.docs[n][0]);
  const out = {};
  out[queries[0]] = urls(await window.teipressSearch(queries[0]));
  const load = performance.now(); const t0 = performance.now();
  for (const q of queries) { out[q] = urls(await window.teipressSearch(q)); }
  return {load, perQuery: (performance.now() - t0) / queries.length, out};
}"""

PAGEFIND_JS = """async ([bundle, queries]) => {
  const pf = await import(bundle + "pagefind.js");
  await pf.init();
  const urls = async r => (await Promise.all(r.results.map(x => x.data())))
    .map(d => d.url.replace(/^\\//, ""));
  const out = {};
  out[queries[0]] = await urls(await pf.search(queries[0]));
  const load = performance.now(); const t0 = performance.now();
  for (const q of queries) { out[q] = await urls(await pf.search(q)); }
  return {load, perQuery: (performance.now() - t0) / queries.length, out};
}"""

BLANK_PAGE = "<!DOCTYPE html><html lang=zh-Hans><meta charset=utf-8><title>bench</title>\n"


def score(found: dict[str, list[str]], docs: dict[str, str], queries: list[str],
          ) -> tuple[float, float, int]:
    relevant_total = found_total = hit_total = complete = 0
    for query, asked in zip(QUERIES, queries, strict=True):
        relevant = {url for url, text in docs.items() if query in text}
        got = set(found.get(asked, []))
        relevant_total += len(relevant)
        found_total += len(got)
        hit_total += len(relevant & got)
        complete += relevant <= got
    recall = hit_total / relevant_total if relevant_total else float("nan")
    precision = hit_total / found_total if found_total else float("nan")
    return recall, precision, complete


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return (sum(p.stat().st_size for p in files),
            sum(len(gzip.compress(p.read_bytes(), mtime=0)) for p in files))


def main(argv: list[str]) -> None:
    import jieba
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = [Path(a) for a in argv] or default_pages(work)
        site = work / "site"
        render_html(pages, site, Site(title="bench"))
        bundles = asyncio.run(build_pagefind(site, pages))
        (site / "blank.html").write_text(BLANK_PAGE, encoding="utf-8")  # hosts Pagefind
        docs = oracle(pages)
        jieba_queries = [" ".join(jieba.cut(q)) for q in QUERIES]
        answerable = sum(any(q in t for t in docs.values()) for q in QUERIES)
        print(f"corpus: {len(pages)} page(s), {len(docs)} documents (articles and photos), "
              f"{sum(map(len, docs.values()))} characters; {len(QUERIES)} queries, "
              f"{answerable} with at least one relevant document")

        ours = site / "assets"
        ours_files = [ours / "search-index.js", ours / "search.js",
                      *sorted(ours.glob("search-terms-*.js"))]
        ours_size = (sum(p.stat().st_size for p in ours_files),
                     sum(len(gzip.compress(p.read_bytes(), mtime=0)) for p in ours_files))
        rows = []
        with sync_playwright() as pw, serve(site) as base:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            _session(browser, base + "index.html", None, [])  # warm the browser up
            for where, url in (("http", base + "search.html"),
                               ("file", (site / "search.html").as_uri())):
                result = _median_run(browser, url, OURS_JS, QUERIES)
                rows.append((f"teipress index ({where})", *score(result["out"], docs, QUERIES),
                             *ours_size, result["loaded"] or ours_size[0], result["load"],
                             result["perQuery"], "yes"))
            for bundle in bundles:
                size = folder_size(site / bundle)
                file_ok = _pagefind_from_file(browser, site, bundle)
                for label, queries in (("query as typed", QUERIES),
                                       ("query cut by jieba", jieba_queries)):
                    result = _median_run(browser, base + "blank.html", PAGEFIND_JS,
                                         [f"/{bundle}/", queries])
                    rows.append((f"{bundle}, {label}", *score(result["out"], docs, queries),
                                 *size, result["loaded"], result["load"], result["perQuery"],
                                 file_ok))
            browser.close()

        header = ("system", "recall", "precision", "complete", "index bytes", "gzip",
                  "bytes loaded", "load ms", "ms/query", "file://")
        print(" | ".join(header))
        print(" | ".join("---" for _ in header))
        for name, recall, precision, complete, size, gz, loaded, load, per_query, ok in rows:
            print(f"{name} | {recall:.2f} | {precision:.2f} | {complete}/{len(QUERIES)} | "
                  f"{size:,} | {gz:,} | {loaded:,} | {load:.0f} | {per_query:.2f} | {ok}")


def _session(browser, url: str, script: str | None, argument) -> dict:
    """One fresh tab (empty cache): open ``url``, run ``script``; count the bytes served."""
    context = browser.new_context()
    tab = context.new_page()
    loaded = [0]
    tab.on("response", lambda r: loaded.__setitem__(
        0, loaded[0] + int(r.headers.get("content-length", 0))))
    tab.goto(url)
    result = tab.evaluate(script, argument) if script else {}
    context.close()
    return {**result, "loaded": loaded[0]}


def _median_run(browser, url: str, script: str, argument, runs: int = 5) -> dict:
    results = [_retried(browser, url, script, argument) for _ in range(runs)]
    results.sort(key=lambda r: r["load"])
    middle = results[len(results) // 2]
    middle["perQuery"] = statistics.median(r["perQuery"] for r in results)
    return middle


def _retried(browser, url: str, script: str, argument, attempts: int = 3) -> dict:
    """A session, tried again when the page fails (Pagefind's worker sometimes fails to
    load its metadata on a busy machine); the last failure is raised."""
    for attempt in range(attempts):
        try:
            return _session(browser, url, script, argument)
        except Exception as exc:
            if attempt == attempts - 1:
                raise
            print(f"note: retrying {url}: {str(exc).splitlines()[0]}", file=sys.stderr)
    raise AssertionError("unreachable")


def _pagefind_from_file(browser, site: Path, bundle: str) -> str:
    """Whether a Pagefind bundle can be loaded by a page opened from disk."""
    try:
        _session(browser, (site / "blank.html").as_uri(),
                 "async (b) => { const pf = await import(b); await pf.init(); "
                 "await pf.search('乌海'); return {}; }", f"./{bundle}/pagefind.js")
    except Exception as exc:
        message = str(exc).splitlines()[0].removeprefix("Page.evaluate: ")
        return f"no ({message[:48]})"
    return "yes"


if __name__ == "__main__":
    main(sys.argv[1:])
