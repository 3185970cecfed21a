"""Segmentation from geometry (teipress.segment.segment_pdf_page) on the test page PDFs,
compared with their gold element by element and scored against the text path.

The PDFs (tests/pdfpages/dev) are typeset by Chromium and by Typst from the text pages'
sources; their gold is the text pages' gold. The text path reads the same PDF's pdftotext
text: the PDF path must never read a page worse.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, load_scorer
from teipress.convert import check_nothing_lost
from teipress.decode.pdf import read_pdf
from teipress.edition import Edition
from teipress.encode.tei import encode_page
from teipress.segment import segment_page, segment_pdf_page
from teipress.segment.model import Article, Figure, Head, Line, Page, Paragraph
from test_convert_pages import HELD_OUT, SIXTH_SET

DEV = ROOT / "tests" / "pdfpages" / "dev"
# the first held-out set, moved to dev after its first score (tests/pdfpages/README.md)
FIRST_HELD_OUT = ROOT / "tests" / "pdfpages" / "heldout"
PDFS = sorted(DEV.glob("*.pdf"))
# The text path's held-out pages (tests/test_convert_pages.py) are typeset as dev PDFs too, but
# neither path is tuned on them, so no floor and no comparison between the paths holds them;
# nor the sixth set's, which only the text path has been tuned on.
TUNED = [pdf for pdf in PDFS + sorted(FIRST_HELD_OUT.glob("*.pdf"))
         if not pdf.stem.startswith(HELD_OUT + SIXTH_SET)]
PAGE_FLOOR = 0.95
MEAN_FLOOR = 0.98
# Pages read to the gold's last element (every component 1.000 when the floor was set).
EXACT = ("national-daily-2023-03-01-p04-chromium", "national-daily-2023-03-01-p04-typst",
         "hebei-daily-2023-07-03-p07-typst", "city-daily-2023-11-03-p02-typst")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def norm(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def model_of(pdf: Path) -> tuple[Page, str]:
    """The page model and the PDF's text layer."""
    page = next(iter(read_pdf(pdf)))
    return segment_pdf_page(page), page.text


def lines_in(page: Page) -> list[Line]:
    def of(item) -> list[Line]:
        if isinstance(item, Article):
            heads = [h for h in (item.kicker, item.headline, item.subtitle) if h]
            return ([line for h in heads for line in h.lines]
                    + [b.line for b in item.bylines + item.trailing]
                    + [line for p in item.paragraphs for line in p.lines]
                    + [line for s in item.sections for line in s.head.lines]
                    + [line for s in item.sections for p in s.paragraphs for line in p.lines]
                    + [line for f in item.figures for line in of(f)])
        if isinstance(item, Figure):
            return ((item.title.lines if item.title else [])
                    + [line for p in item.caption for line in p.lines]
                    + ([item.credit.line] if item.credit else []))
        if isinstance(item, Head | Paragraph):
            return item.lines
        return [item.line]

    return [line for item in page.body for line in of(item)]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_every_character_once_and_every_line_placed(pdf, tmp_path):
    page, text = model_of(pdf)
    data = encode_page(page, Edition(), "p", ("teipress.rng", "teipress.sch"))
    check_nothing_lost(text, data, pdf)  # raises on a character lost or doubled
    assert page.size
    assert page.size[0] > 500
    assert all(item.box is not None for item in page.furniture)
    assert all(line.box is not None and line.size > 0 for line in lines_in(page))


@pytest.mark.parametrize("name", EXACT)
def test_articles_element_by_element(name):
    pdf = DEV / f"{name}.pdf"
    gold = json.loads(pdf.with_suffix(".gold.json").read_text("utf-8"))
    page, _text = model_of(pdf)
    articles = [item for item in page.body if isinstance(item, Article)]
    assert len(articles) == len(gold["articles"])
    by_headline = {norm(a.headline.text if a.headline else ""): a for a in articles}
    for want in gold["articles"]:
        got = by_headline[norm(want["headline"])]
        assert norm(got.kicker.text if got.kicker else None) == norm(want["kicker"])
        assert norm(got.subtitle.text if got.subtitle else None) == norm(want["subtitle"])
        names = [n for b in got.bylines + got.trailing for n in b.names]
        if got.dateline:
            names += got.dateline.names
        assert sorted(names) == sorted(want["bylines"])
        assert [norm(s.head.text) for s in got.sections] == [
            norm(h) for h in want["section_heads"]]
        paragraphs = [p.text for p in got.paragraphs] + [
            p.text for s in got.sections for p in s.paragraphs]
        assert [norm(p) for p in paragraphs] == [norm(p) for p in want["paragraphs"]]
    for item, want in zip((i for i in page.body if isinstance(i, Figure)), gold["figures"],
                          strict=False):
        assert norm("".join(p.text for p in item.caption)) in (norm(want["caption"]), "")


def test_head_roles_from_size():
    """Kicker over the headline, subtitle under it, subheads inside the columns."""
    page, _text = model_of(DEV / "national-daily-2023-03-01-p04-typst.pdf")
    first = next(item for item in page.body if isinstance(item, Article) and item.kicker)
    assert first.kicker.role == "kicker"
    assert first.headline.role == "main"
    assert first.kicker.lines[0].size < first.headline.lines[0].size
    if first.subtitle:
        assert first.subtitle.lines[0].box.y0 > first.headline.lines[-1].box.y0


def test_photos_keep_their_pictures():
    page, _text = model_of(DEV / "youth-daily-2023-09-25-p07-chromium.pdf")
    figures = [item for item in page.body if isinstance(item, Figure)] + [
        f for item in page.body if isinstance(item, Article) for f in item.figures]
    pictured = [f for f in figures if f.image is not None]
    assert pictured
    assert all(f.image.data[:2] == b"\xff\xd8" for f in pictured)
    assert any(f.credit and f.credit.names for f in pictured)


def articles_of(page: Page) -> list[Article]:
    return [item for item in page.body if isinstance(item, Article)]


@pytest.mark.parametrize("typesetter", ["chromium", "typst"])
def test_a_front_pages_masthead_is_furniture(typesetter):
    """The paper's name, issue and serial numbers, date, weather, page and section printed
    at a front page's head are furniture, what the furniture rules do not name kept as
    masthead text; no article starts there."""
    page, _text = model_of(FIRST_HELD_OUT / f"jiangzhou-daily-2024-01-15-p01-{typesetter}.pdf")
    kinds = {item.kind for item in page.furniture}
    assert {"title", "date", "pageNum", "header", "editors", "masthead"} <= kinds
    masthead = norm("".join(item.text for item in page.furniture if item.kind == "masthead"))
    assert "第12876期" in masthead
    assert "CN36-0012" in masthead
    assert "今日天气" in masthead
    assert page.page_number == "1"
    assert page.date is not None
    assert [norm(a.headline.text) for a in articles_of(page)] == [
        "全市经济工作会议召开", "以实干实绩开好局起好步", "首批重大项目集中开工"]
    assert ("值班编委", ["钱远舟"]) in page.editors


@pytest.mark.parametrize("typesetter", ["chromium", "typst"])
def test_briefs_stacked_in_one_flow_are_articles_under_their_columns_label(typesetter):
    """Briefs with no head, each opening with its own dateline, set one after another under
    the label 要闻简报: one article each, the label no article's head."""
    page, _text = model_of(DEV / f"border-daily-2024-05-08-p03-{typesetter}.pdf")
    assert [item.text for item in page.furniture if item.kind == "label"] == ["要闻简报"]
    briefs = [a for a in articles_of(page) if a.headline is None]
    assert [a.dateline.names for a in briefs] == [["石一川"], ["贡小棠"], ["石一川", "仇雨晴"]]
    assert all(len(a.paragraphs) == 1 for a in briefs)


@pytest.mark.parametrize("typesetter", ["chromium", "typst"])
def test_a_photo_series_label_is_no_part_of_its_title(typesetter):
    """图片故事 over a series' title labels the page's photos; the title is the series'."""
    page, _text = model_of(DEV / f"farmers-daily-2023-08-17-p06-{typesetter}.pdf")
    (series,) = [f for f in page.body if isinstance(f, Figure) and f.title is not None]
    assert norm(series.title.text) == "山路上的“流动超市”"
    assert [item.text for item in page.furniture if item.kind == "label"] == ["图片故事"]
    # the notice's date, set flush right under its text, closes it: no paragraph
    notice = next(a for a in articles_of(page) if a.headline.text == "招聘启事")
    assert not any("2023年8月15日" in norm(p.text) for p in notice.paragraphs)
    assert [norm(b.text) for b in notice.trailing if b.kind == "end"][-1] == "2023年8月15日"


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


@needs_poppler
def test_the_pdf_path_reads_every_page_at_least_as_well_as_the_text_path(tmp_path):
    scorer = load_scorer()
    scores = []
    for pdf in TUNED:
        txt = tmp_path / f"{pdf.stem}.txt"
        txt.write_text(pdftotext(pdf), "utf-8")
        gold = str(pdf.with_suffix(".gold.json"))
        page, _text = model_of(pdf)
        ours = tmp_path / f"{pdf.stem}.pdf.xml"
        ours.write_bytes(encode_page(page, Edition(), "p", ("a.rng", "a.sch")))
        theirs = tmp_path / f"{pdf.stem}.txt.xml"
        theirs.write_bytes(encode_page(segment_page(txt.read_text("utf-8")), Edition(), "p",
                                       ("a.rng", "a.sch")))
        pdf_score = scorer.score(str(txt), str(ours), gold)["score"]
        text_score = scorer.score(str(txt), str(theirs), gold)["score"]
        assert pdf_score >= min(text_score, 1.0) - 1e-9, pdf.stem
        assert pdf_score >= PAGE_FLOOR, pdf.stem
        scores.append(pdf_score)
    assert sum(scores) / len(scores) >= MEAN_FLOOR


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")
@pytest.mark.parametrize("name", ["theory-daily-2023-10-16-p11-typst",
                                  "provincial-daily-2023-05-12-p05-typst"])
@pytest.mark.parametrize("turn", [90, 270])
def test_a_turned_page_loses_nothing(name, turn, tmp_path):
    """Read sideways, a page's layout is wrong for every rule of the segmenter; still every
    character is placed once (labels, bylines and heads included)."""
    turned = tmp_path / "turned.pdf"
    subprocess.run(["qpdf", str(DEV / f"{name}.pdf"), f"--rotate=+{turn}", str(turned)],
                   check=True)
    page, text = model_of(turned)
    check_nothing_lost(text, encode_page(page, Edition(), "p", ("a.rng", "a.sch")), turned)


def test_the_pages_encode_valid():
    """What the PDF path finds encodes to TEI valid against the project's grammar and rules
    (nothing loose between articles, heads where heads may stand)."""
    from teipress.validate import Validator

    validator = Validator.load()
    for pdf in PDFS:
        page, _text = model_of(pdf)
        data = encode_page(page, Edition(), "p", ("teipress.rng", "teipress.sch"))
        errors = [d for d in validator.check_bytes(data) if d.severity == "error"]
        assert not errors, (pdf.stem, errors[:3])
