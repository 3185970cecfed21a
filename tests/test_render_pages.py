"""Real converter output rendered: the sample page and the test pages of other papers,
as one edition of several issues."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from conftest import ROOT, SAMPLE_TXT
from html_support import broken_links, convert_to, main_chars, nesting_errors, tei_text_chars
from teipress.edition import Edition
from teipress.render.html import article_path, page_path, render_html
from teipress.render.search import build_search_index, write_search_index
from teipress.render.view import load_page


def one_page_a_date_and_number(pages: list[Path]) -> list[Path]:
    """An edition holds one page of a date and number (2026-09-09/03.html): of test pages of
    two papers that share both, the first."""
    kept: dict[str, Path] = {}
    for page in pages:
        date_and_number = re.search(r"\d{4}-\d\d-\d\d-p\d+", page.name)
        assert date_and_number, page.name
        kept.setdefault(date_and_number.group(), page)
    return list(kept.values())


# one extraction of each test page, one page a date and number, make one edition
TEST_PAGES = one_page_a_date_and_number(sorted((ROOT / "tests" / "pages").glob("*-pdftotext.txt")))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tei_dir = tmp_path_factory.mktemp("tei")
    pages = [convert_to(SAMPLE_TXT, tei_dir)]
    pages += [convert_to(p, tei_dir, Edition()) for p in TEST_PAGES]
    out = tmp_path_factory.mktemp("html")
    return pages, out, render_html(pages, out)


def test_no_character_of_any_page_is_lost(rendered):
    tei_files, out, pages = rendered
    assert len(pages) == 1 + len(TEST_PAGES) >= 5
    for tei, page in zip(tei_files, pages, strict=True):
        html_page = out / page_path(page)  # a page whose date was not read goes to undated/
        assert not tei_text_chars(tei) - main_chars(html_page), tei.name


def test_the_edition_links_hold_together(rendered):
    _tei, out, pages = rendered
    assert broken_links(out) == []
    for path in sorted(out.rglob("*.html")):
        assert nesting_errors(path) == [], path
    home = lxml_html.parse(str(out / "index.html")).getroot()
    # many issues: a calendar per month, newest month first, every issue's day linked once
    dated = {p.date for p in pages if p.date}
    assert len(dated) >= 8
    days = [a.get("href").split("/")[0] for a in home.xpath("//table[@class='calendar']//a")]
    assert sorted(days) == sorted(dated)
    months = [h.text_content() for h in home.xpath("//section[@class='month']/h2")]
    assert months == sorted({f"{int(d[:4])}年{int(d[5:7])}月" for d in dated},
                            key=lambda m: [int(x) for x in m[:-1].split("年")], reverse=True)


def test_every_article_has_its_page_and_json_ld(rendered):
    _tei, out, pages = rendered
    for page in pages:
        for article in page.articles:
            doc = lxml_html.parse(str(out / article_path(page, article)))
            (script,) = doc.xpath("//script[@type='application/ld+json']")
            data = json.loads(script.text)
            assert data["headline"] == article.title_text
            assert data.get("datePublished", "") == page.date  # none for an undated page


def test_sample_page_is_searchable_by_its_words(rendered):
    tei_files, _out, _pages = rendered
    index = build_search_index([load_page(tei_files[0])])
    urls = [doc[0] for doc in index["docs"]]
    assert "2022-11-22/03/art-3.html" in urls
    hits = {urls[n] for n, _weight in index["terms"]["家政"]}
    assert "2022-11-22/03/art-3.html" in hits
    for char in "规范有形提质扩容":  # every character is a term too: any substring is found
        assert "2022-11-22/03/art-3.html" in {urls[n] for n, _weight in index["terms"][char]}


def test_registers_hold_the_names_of_every_page(rendered):
    _tei, out, pages = rendered
    doc = lxml_html.parse(str(out / "persons.html")).getroot()
    listed = {dt.text_content() for dt in doc.iter("dt")}
    expected = {e.name for p in pages for e in p.registers.persons}
    assert listed == expected
    assert "路静" in listed


def test_edition_paths_do_not_depend_on_where_the_tei_lies(rendered, tmp_path):
    tei_files, out, _pages = rendered
    other = tmp_path / "moved"
    other.mkdir()
    moved = [Path(other / t.name) for t in tei_files]
    for source, target in zip(tei_files, moved, strict=True):
        target.write_bytes(source.read_bytes())
    again = tmp_path / "html"
    render_html(moved, again)
    for file in sorted(out.rglob("*.html")):
        assert (again / file.relative_to(out)).read_bytes() == file.read_bytes(), file


def test_search_shards_hold_every_word_once_and_stale_ones_go(rendered, tmp_path):
    tei_files, _out, _pages = rendered
    pages = [load_page(p) for p in tei_files]
    terms = build_search_index(pages)["terms"]
    many = write_search_index(pages, tmp_path, shard_bytes=8192)
    assert len(many) - 1 >= 8  # the index and its shards
    seen: dict[str, list] = {}
    for shard in many[1:]:
        number, words = shard.read_text(encoding="utf-8").removeprefix(
            "TEIPRESS_SEARCH_TERMS(").removesuffix(");\n").split(", ", 1)
        for word, postings in json.loads(words).items():
            assert ord(word[0]) % (len(many) - 1) == int(number)
            assert word not in seen
            seen[word] = postings
    assert seen == terms
    # room for all in one shard (the test pages grow): the stale shards of the first go
    one = write_search_index(pages, tmp_path, shard_bytes=64 * 1024 * 1024)
    assert sorted((tmp_path / "assets").glob("search-terms-*.js")) == one[1:]
    assert len(one) == 2
