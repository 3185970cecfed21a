"""``teipress build`` on a small edition: two issues, three pages, built as a user builds them.

One edition is built once from its text (``-j 2``, through the command line); the other tests
copy it, built, and change what a user would change: nothing, one TEI file corrected by
hand, a bad page added. Outputs are read back: TEI and HTML parsed, PDFs with poppler.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree, html

from conftest import ROOT, SAMPLE_TXT
from teipress.build import build_edition

TEI = "{http://www.tei-c.org/ns/1.0}"
PAGES = ("2022-11-22/03", "2022-11-22/04", "2022-11-24/03")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdfinfo", "pdftohtml", "pdftotext")),
    reason="needs poppler-utils (pdfinfo, pdftohtml, pdftotext)")


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "teipress", *args], capture_output=True,
                          text=True, env=env, timeout=600)


def make_edition(root: Path) -> Path:
    """wuhai-daily: 2022-11-22 pages 3 and 4, 2022-11-24 page 3: the sample page, and its
    top (60 lines, to save time) with the page number or the date changed as printed."""
    edition = root / "wuhai-daily"
    sample = SAMPLE_TXT.read_text("utf-8")
    top = "".join(sample.splitlines(keepends=True)[:60])
    texts = {
        "2022-11-22/03": sample,
        "2022-11-22/04": top.replace("3责任编辑", "4责任编辑", 1),
        "2022-11-24/03": top.replace("2022年11月22日 星期二", "2022年11月24日 星期四"),
    }
    for rel, text in texts.items():
        (edition / rel).parent.mkdir(parents=True, exist_ok=True)
        (edition / f"{rel}.txt").write_text(text, "utf-8")
    shutil.copy(SAMPLE_TXT.parents[1] / "edition.toml", edition / "edition.toml")
    return edition


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    root = tmp_path_factory.mktemp("built")
    edition = make_edition(root)
    result = run("build", str(edition), "-o", str(root / "out"), "-j", "2")
    return edition, root / "out", result


@pytest.fixture
def copy(built, tmp_path) -> tuple[Path, Path]:
    """The built edition and its output, copied (modification times kept)."""
    edition, out, _ = built
    shutil.copytree(edition, tmp_path / "wuhai-daily")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "wuhai-daily", tmp_path / "out"


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".teipress" not in p.parts}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file() and ".teipress" not in p.parts}


def pdf_outline(pdf: Path) -> list[str]:
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf)],
                         capture_output=True, check=True).stdout
    outline = etree.fromstring(xml).find("outline")
    return [item.text for item in outline.findall("item")]


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines()
                    if line.startswith("Pages:")))


def test_the_edition_is_converted_validated_and_rendered(built):
    edition, out, result = built
    assert result.returncode == 0, result.stderr
    assert "3 page(s) in 2 issue(s): 3 converted, 3 valid, 0 invalid" in result.stderr
    for rel in PAGES:  # the TEI beside its text, for the page the text prints
        root = etree.parse(str(edition / f"{rel}.xml")).getroot()
        date, number = rel.split("/")
        assert root.find(f".//{TEI}imprint/{TEI}date").get("when") == date
        assert root.find(f".//{TEI}biblScope[@unit='page']").get("n") == str(int(number))
    for rel in PAGES:
        page = html.parse(str(out / f"{rel}.html")).getroot()
        articles = [a.get("href") for a in page.iter("a") if "/art-" in (a.get("href") or "")]
        assert articles
        assert all((out / rel).joinpath(Path(h).name).is_file() for h in articles)
    home = html.parse(str(out / "index.html")).getroot()
    assert {a.get("href") for a in home.iter("a")} >= {"2022-11-22/index.html",
                                                       "2022-11-24/index.html"}
    for name in ("persons.html", "search.html", "assets/search-index.js"):
        assert (out / name).stat().st_size > 0


@needs_poppler
def test_each_page_and_each_issue_is_a_pdf_the_issue_page_links(built):
    edition, out, _ = built
    for rel in PAGES:
        assert pdf_pages(out / f"{rel}.pdf") == 1
    issue_pdf = out / "2022-11-22" / "wuhai-daily-2022-11-22.pdf"
    assert pdf_pages(issue_pdf) == 2
    assert pdf_outline(issue_pdf) == ["第3版 经济", "第4版 经济"]  # one bookmark per page
    assert pdf_pages(out / "2022-11-24" / "wuhai-daily-2022-11-24.pdf") == 1
    issue_page = html.parse(str(out / "2022-11-22" / "index.html")).getroot()
    links = [a.get("href") for a in issue_page.iter("a") if a.get("href", "").endswith(".pdf")]
    assert links == ["wuhai-daily-2022-11-22.pdf", "03.pdf", "04.pdf"]
    page = html.parse(str(out / "2022-11-22" / "03.html")).getroot()
    downloads = {a.text_content(): a.get("href") for a in page.xpath("//ul[@class='downloads']//a")}
    assert downloads == {"本版 PDF": "../2022-11-22/03.pdf", "本版 TEI": "../2022-11-22/03.xml"}
    assert (out / "2022-11-22" / "03.xml").read_bytes() == \
        (edition / "2022-11-22" / "03.xml").read_bytes()


def test_a_second_build_rebuilds_nothing(copy):
    edition, out = copy
    before, tei_before = mtimes(out), mtimes(edition)
    summary = build_edition(edition, out, jobs=1)
    assert summary.ok, summary.problems
    assert (summary.converted, summary.rendered) == (0, 0)
    assert summary.skipped == 3 + 3 + 3 + 2 + 1  # validations, HTML, page PDFs, issues, index
    assert "0 rendered, 12 skipped (up to date)" in summary.line()
    assert mtimes(out) == before
    assert mtimes(edition) == tei_before


@needs_poppler
def test_a_hand_correction_rebuilds_its_page_and_issue_and_is_kept(copy):
    edition, out = copy
    tei = edition / "2022-11-22" / "03.xml"
    tree = etree.parse(str(tei))
    head = tree.find(f".//{TEI}head[@type='main']")
    head.text, old = "改正后的标题", "".join(head.itertext())
    for child in head:
        head.remove(child)
    tree.write(str(tei), encoding="UTF-8", xml_declaration=True)
    corrected = tei.read_bytes()
    before = mtimes(out)

    summary = build_edition(edition, out, jobs=1)

    assert summary.ok, summary.problems
    assert tei.read_bytes() == corrected  # never overwritten
    changed = {name for name, mtime in mtimes(out).items() if before.get(name) != mtime}
    assert {"2022-11-22/03.html", "2022-11-22/03.pdf", "2022-11-22/wuhai-daily-2022-11-22.pdf",
            "index.html", "2022-11-22/index.html"} <= changed
    assert not {"2022-11-22/04.html", "2022-11-22/04.pdf", "2022-11-24/03.html",
                "2022-11-24/03.pdf", "2022-11-24/wuhai-daily-2022-11-24.pdf"} & changed
    page = html.parse(str(out / "2022-11-22" / "03.html")).getroot()
    heads = ["".join(h.itertext()).strip() for h in page.iter("h1", "h2", "h3")]
    assert "改正后的标题" in heads
    assert old not in heads
    issue_text = subprocess.run(["pdftotext", str(out / "2022-11-22" /
                                                  "wuhai-daily-2022-11-22.pdf"), "-"],
                                capture_output=True, text=True, check=True).stdout
    assert "改正后的标题" in issue_text


def test_a_changed_text_is_reported_and_its_tei_kept(copy, warned):
    edition, out = copy
    text, tei = edition / "2022-11-22" / "04.txt", edition / "2022-11-22" / "04.xml"
    corrected = tei.read_bytes()
    text.write_text(text.read_text("utf-8") + "\n补充的一段。\n", "utf-8")
    summary = build_edition(edition, out, jobs=1)
    warnings = warned()

    assert summary.ok
    assert (summary.converted, summary.rendered) == (0, 0)
    assert warnings == [f"{text} changed since 04.xml was made from it; 04.xml is kept (it "
                        "may hold hand corrections): delete it to convert the text again"]
    assert tei.read_bytes() == corrected


def test_an_issue_filed_under_another_date_is_published_under_its_own_and_said(copy, warned):
    edition, out = copy
    shutil.rmtree(out)
    (edition / "2022-11-24").rename(edition / "2022-11-25")  # its page prints 2022-11-24
    summary = build_edition(edition, out, jobs=1)

    assert summary.problems == []
    assert warned() == ["2022-11-25/03: prints the date 2022-11-24, not its folder's "
                        "2022-11-25; published under 2022-11-24"]
    assert (out / "2022-11-24" / "03.html").is_file()
    assert not (out / "2022-11-25").exists()


def test_a_page_or_issue_taken_out_of_the_edition_leaves_the_site(copy):
    edition, out = copy
    shutil.rmtree(edition / "2022-11-24")
    for suffix in (".txt", ".xml"):
        (edition / "2022-11-22" / f"04{suffix}").unlink()

    summary = build_edition(edition, out, jobs=1)

    assert summary.ok, summary.problems
    assert not list(out.glob("2022-11-24*"))
    assert not list(out.glob("2022-11-22/04*"))
    assert {"2022-11-22/03.html", "2022-11-22/03.pdf", "index.html"} <= set(outputs(out))
    home = html.parse(str(out / "index.html")).getroot()
    assert "2022-11-24/index.html" not in {a.get("href") for a in home.iter("a")}


def test_bad_pages_are_reported_and_the_rest_is_built(copy):
    edition, out = copy
    (edition / "2022-11-22" / "05.txt").write_bytes(b"\x00\x01binary\xff\xfe" * 50)
    (edition / "2022-11-24" / "06.xml").write_text("<TEI><text>unclosed", "utf-8")
    shutil.rmtree(out / "2022-11-24")  # the bad TEI's issue is built again, beside it

    result = run("build", str(edition), "-o", str(out), "-j", "2")

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"teipress: {edition}/2022-11-22/05.txt: convert: binary file")
               for line in lines), result.stderr
    assert any(line.startswith(f"teipress: {edition}/2022-11-24/06.xml: html: not well-formed")
               for line in lines), result.stderr
    assert any(line.startswith(f"teipress: {edition}/2022-11-24/06.xml: validate: 1 error")
               for line in lines), result.stderr
    assert "5 page(s) in 2 issue(s)" in result.stderr
    assert "2 failed" in result.stderr
    done = [line.split("] ", 1)[1] for line in lines if "] " in line]  # progress lines
    assert sorted(done) == ["convert 2022-11-22/05 failed", "index pages", "page 2022-11-24/03",
                            "page 2022-11-24/06", "pdf 2022-11-24"]  # the rest is up to date
    for rel in PAGES:
        assert (out / f"{rel}.html").is_file()
        assert (out / f"{rel}.pdf").is_file()
    assert (out / "2022-11-24" / "wuhai-daily-2022-11-24.pdf").stat().st_size > 0
    assert (out / "2022-11-24" / "index.html").is_file()
    assert not (edition / "2022-11-22" / "05.xml").exists()

    again = run("build", str(edition), "-o", str(out), "-j", "2")  # still reported, not redone
    assert again.returncode == 1
    assert "0 rendered" in again.stderr
    assert "2 failed" in again.stderr
    assert sorted(again.stderr.splitlines()[:-1]) == sorted(
        line for line in lines if ": convert: " in line or ": html: " in line
        or ": validate: " in line)


@needs_poppler
def test_two_pages_printing_the_same_page_number_are_reported(copy):
    edition, out = copy
    issue = edition / "2022-11-22"
    (issue / "05.txt").write_bytes((issue / "04.txt").read_bytes())  # prints 第4版 too

    summary = build_edition(edition, out, jobs=1)

    assert sorted(str(p) for p in summary.problems) == [  # neither may stand for the other
        f"{issue}/04.xml: html: prints the same date and page number as 2022-11-22/05.xml "
        "(2022-11-22/04.html): check its furniture",
        f"{issue}/05.xml: html: prints the same date and page number as 2022-11-22/04.xml "
        "(2022-11-22/04.html): check its furniture"]
    assert pdf_pages(out / "2022-11-22" / "wuhai-daily-2022-11-22.pdf") == 1
    assert not (out / "2022-11-22" / "04.html").exists()
    assert not (out / "2022-11-22" / "04.pdf").exists()


def test_shards_build_disjoint_parts_and_the_index_is_made_last(copy, tmp_path):
    edition, full = copy
    parts = []
    for k in (1, 2):
        out = tmp_path / f"shard-{k}"
        assert build_edition(edition, out, shard=(k, 2), jobs=1).ok
        parts.append(set(outputs(out)))
    assert parts[0]
    assert parts[1]
    assert not parts[0] & parts[1]
    index_files = {"index.html", "search.html", "persons.html", "places.html", "orgs.html",
                   "assets/edition.css", "assets/search.js", "assets/search-index.js",
                   "assets/epaper.js", "2022-11-22/index.html", "2022-11-24/index.html",
                   "2022-11-22/pages.js", "2022-11-24/pages.js",
                   *(name for name in outputs(full) if name.startswith("assets/search-terms-"))}
    assert parts[0] | parts[1] == set(outputs(full)) - index_files

    merged = tmp_path / "merged"  # shards share one output folder on a cluster
    for k in (1, 2):
        shutil.copytree(tmp_path / f"shard-{k}", merged, dirs_exist_ok=True)
    summary = build_edition(edition, merged, index_only=True, jobs=1)
    assert summary.ok
    assert summary.rendered == 1
    assert outputs(merged) == outputs(full)


def test_one_or_two_workers_give_the_same_bytes(built, copy, tmp_path):
    edition, _ = copy
    _, full, _ = built
    summary = build_edition(edition, tmp_path / "one", jobs=1)
    assert summary.ok
    assert summary.rendered == 3 + 3 + 2 + 1
    assert outputs(tmp_path / "one") == outputs(full)


def test_usage_errors(tmp_path):
    assert run("build", str(tmp_path), "-o", str(tmp_path / "out")).returncode == 2
    edition = make_edition(tmp_path)
    result = run("build", str(edition), "-o", str(tmp_path / "out"), "--shard", "3/2")
    assert result.returncode == 2
    assert "--shard" in result.stderr


def test_more_jobs_than_cores_use_the_cores_and_say_so(copy, warned):
    edition, out = copy
    cores = len(os.sched_getaffinity(0))
    summary = build_edition(edition, out, jobs=1000)
    warnings = warned()

    assert summary.ok, summary.problems
    assert warnings == [f"-j 1000: using {cores} worker processes, the number of cores available"]
