"""The PDF reader (teipress.decode.pdf) on real page PDFs, read back against poppler.

The pages are the test page PDFs (tests/pdfpages/dev: Chromium and Typst); the bad inputs
are made from them with qpdf (encrypted, fonts without ToUnicode, rotated, 200 pages) or
written by Pillow (a scan: a picture and no text).
"""

from __future__ import annotations

import inspect
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT
from pdf_inputs import chromium_pdf, needs_chromium
from teipress.decode.pdf import (
    DamagedPdf,
    EncryptedPdf,
    GarbledText,
    NoTextLayer,
    PdfError,
    page_count,
    read_pdf,
)

DEV = ROOT / "tests" / "pdfpages" / "dev"
PDFS = sorted(DEV.glob("*.pdf"))
CHROMIUM = DEV / "youth-daily-2023-09-25-p07-chromium.pdf"
TYPST = DEV / "youth-daily-2023-09-25-p07-typst.pdf"
IDEOGRAPH = "[\u4e00-\u9fff]"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")


def first_page(path: Path):
    return next(iter(read_pdf(path)))


def poppler_lines(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each line poppler finds: its text without spaces and its box (points, top left)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], check=True,
                         capture_output=True).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True))
    lines = []
    for line in root.iter("{*}line"):
        text = "".join(word.text or "" for word in line.iter("{*}word"))
        box = tuple(float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        lines.append((text, box))
    return lines


@needs_poppler
@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_the_text_layer_is_pdftotexts(pdf):
    page = first_page(pdf)
    got = Counter("".join(page.text.split()))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert got == Counter("".join(text.split()))


@needs_poppler
@pytest.mark.parametrize("pdf", [CHROMIUM, TYPST], ids=lambda p: p.stem)
def test_lines_stand_where_poppler_puts_them(pdf):
    """Lines poppler and the reader both find (same characters) stand in the same place."""
    ours = {"".join(line.text.split()): line.box for line in first_page(pdf).lines}
    matched = 0
    theirs = poppler_lines(pdf)
    for text, (x0, y0, x1, y1) in theirs:
        box = ours.get(text)
        if box is None:
            continue
        matched += 1
        assert abs(box.x0 - x0) < 1.0, text
        assert abs(box.x1 - x1) < 1.0, text
        # heights follow each reader's idea of the font's ascent and descent
        assert abs((box.y0 + box.y1) / 2 - (y0 + y1) / 2) < 0.15 * (y1 - y0), text
    assert matched >= len(theirs) * 0.8


def test_a_known_line_its_characters_size_and_face():
    page = first_page(TYPST)
    assert page.size == (892.91, 1332.28)  # 315 × 470 mm
    folio = [line for line in page.lines if line.text == "2023年9月25日 星期一"]
    assert len(folio) == 1
    assert not folio[0].bold
    # the folio's items are set alike; the headline far larger, in a bold face
    section = [line for line in page.lines if line.text == "体育"]
    assert section
    assert section[0].size == pytest.approx(folio[0].size, rel=0.1)
    heads = [line for line in page.lines if line.text.startswith("门德斯梅开二度")]
    assert heads
    assert all(line.bold and line.size > 1.5 * folio[0].size for line in heads)
    # a character's size is its advance: an ideograph's box is an em wide
    body = next(line for line in page.lines if line.text.startswith("傍晚时分"))
    assert (body.box.x1 - body.box.x0) == pytest.approx(body.size * len(body.text), rel=0.25)


@pytest.mark.parametrize("pdf", [CHROMIUM, TYPST], ids=lambda p: p.stem)
def test_no_space_between_chinese_characters_real_spaces_in_latin(pdf):
    """Lines of running text (inside a gold paragraph) have no space between two Chinese
    characters, however the typesetter spaced them; Latin keeps its word spaces."""
    gold = json.loads(pdf.with_suffix(".gold.json").read_text("utf-8"))
    paragraphs = [p for article in gold["articles"] for p in article["paragraphs"]]
    page = first_page(pdf)
    body = Counter(round(line.size) for line in page.lines).most_common(1)[0][0]
    lines = [line.text for line in page.lines]
    running = [line.text for line in page.lines if len(line.text) > 6
               and round(line.size) == body
               and any("".join(line.text.split()) in p for p in paragraphs)]
    assert len(running) > 20
    assert not [text for text in running if re.search(f"{IDEOGRAPH} +{IDEOGRAPH}", text)]
    on_one_line = any("Carlos Mendes" in text for text in lines)
    wrapped = any(t.endswith("Carlos") for t in lines) and any(
        t.startswith("Mendes") for t in lines)
    assert on_one_line or wrapped


def test_rules_frames_and_the_photo_as_stored():
    page = first_page(CHROMIUM)
    assert page.rules
    assert all(min(r.x1 - r.x0, r.y1 - r.y0) <= 3 for r in page.rules)
    assert len(page.images) == 1
    image = page.images[0]
    assert image.extension == "jpg"
    assert image.data[:3] == b"\xff\xd8\xff"
    assert 0 <= image.box.x0 < image.box.x1 <= page.size[0]


def test_pages_are_read_one_at_a_time(tmp_path):
    pages = read_pdf(CHROMIUM)
    assert inspect.isgenerator(pages)
    assert [page.index for page in pages] == [0]


@needs_qpdf
def test_a_whole_issue_of_200_pages_streams(tmp_path):
    issue = tmp_path / "issue.pdf"
    subprocess.run(["qpdf", "--empty", "--pages", *[str(CHROMIUM)] * 200, "--", str(issue)],
                   check=True)
    assert page_count(issue) == 200
    pages = read_pdf(issue)
    first, second = next(pages), next(pages)
    assert (first.index, second.index) == (0, 1)
    assert first.text == second.text
    pages.close()


@needs_qpdf
def test_a_rotated_page_reads_as_displayed(tmp_path):
    turned = tmp_path / "turned.pdf"
    subprocess.run(["qpdf", str(TYPST), "--rotate=+90", str(turned)], check=True)
    upright, page = first_page(TYPST), first_page(turned)
    assert page.size == (upright.size[1], upright.size[0])
    assert Counter(line.text for line in page.lines) == Counter(
        line.text for line in upright.lines)


def one_line_error(excinfo) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    return message


@needs_qpdf
def test_encrypted(tmp_path):
    locked = tmp_path / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", str(TYPST), str(locked)],
                   check=True)
    with pytest.raises(EncryptedPdf) as excinfo:
        first_page(locked)
    assert "encrypted" in one_line_error(excinfo)
    assert "decrypt" in str(excinfo.value)


def test_truncated(tmp_path):
    cut = tmp_path / "cut.pdf"
    data = TYPST.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedPdf) as excinfo:
        first_page(cut)
    assert "damaged" in one_line_error(excinfo)


def test_not_a_pdf(tmp_path):
    fake = tmp_path / "page.pdf"
    fake.write_text("本报讯 这不是 PDF\n", encoding="utf-8")
    with pytest.raises(DamagedPdf, match="not a PDF"):
        first_page(fake)
    with pytest.raises(PdfError, match="folder"):
        first_page(tmp_path)


def test_a_scan_has_no_text_layer(tmp_path):
    from PIL import Image

    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (800, 1100), (230, 230, 220)).save(scan, "PDF", resolution=100)
    with pytest.raises(NoTextLayer) as excinfo:
        first_page(scan)
    assert "OCR" in one_line_error(excinfo)


@needs_qpdf
def test_fonts_without_unicode_maps_are_refused(tmp_path):
    """A font with no ToUnicode map gives glyph numbers, not text: refused, never written."""
    qdf, broken, fixed = tmp_path / "q.pdf", tmp_path / "b.pdf", tmp_path / "f.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(TYPST), str(qdf)],
                   check=True)
    broken.write_bytes(qdf.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
    with fixed.open("wb") as out:
        subprocess.run(["fix-qdf", str(broken)], stdout=out, check=True)
    with pytest.raises(GarbledText) as excinfo:
        first_page(fixed)
    assert "ToUnicode" in one_line_error(excinfo)


VERTICAL_PAGE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 15mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
.wrap { display: flex; gap: 12pt; }
.vhead { writing-mode: vertical-rl; font-family: 'Noto Sans CJK SC'; font-size: 26pt; }
.cols { column-count: 2; column-gap: 1.5em; text-indent: 2em; flex: 1; }
.label { transform: rotate(-90deg); transform-origin: left top; position: absolute;
         left: 20pt; top: 500pt; font-size: 9pt; }
</style></head><body><div class=wrap><div class=vhead>春风吹绿千里堤</div>
<div class=cols><p>本报讯（记者 王小明）近日，记者走进黄河岸边，只见大堤两侧绿意盎然，护堤林带
郁郁葱葱。今年以来，当地持续推进堤防绿化工程，新植树木十余万株。</p></div></div>
<div class=label>版面设计：张三</div></body></html>"""


@needs_chromium
def test_a_vertical_head_and_a_label_up_the_margin(tmp_path):
    """A headline set top to bottom reads top to bottom; a label turned to read up the
    margin reads bottom to top, as a line of its own."""
    pdf = chromium_pdf(VERTICAL_PAGE, tmp_path)
    page = first_page(pdf)
    texts = [line.text for line in page.lines]
    assert "春风吹绿千里堤" in texts
    assert "版面设计：张三" in texts
    head = page.lines[texts.index("春风吹绿千里堤")].box
    assert head.y1 - head.y0 > 5 * (head.x1 - head.x0)  # a tall, narrow line
    assert page.rotated == 1


@needs_chromium
def test_a_picture_not_stored_as_jpeg_comes_out_as_png(tmp_path):
    import base64
    import io

    from PIL import Image

    picture = Image.new("RGB", (120, 80), (200, 30, 30))
    picture.paste((20, 200, 20), (10, 10, 60, 50))
    stored = io.BytesIO()
    picture.save(stored, "PNG")
    src = "data:image/png;base64," + base64.b64encode(stored.getvalue()).decode()
    pdf = chromium_pdf(f"<!doctype html><meta charset=utf-8><p>图表说明文字。</p>"
                    f"<img style='width:240px;height:160px' src='{src}'>", tmp_path)
    first, again = first_page(pdf), first_page(pdf)
    [image] = first.images
    assert image.extension == "png"
    assert image.data == again.images[0].data
    decoded = Image.open(io.BytesIO(image.data)).convert("RGB")
    assert decoded.size == (120, 80)
    assert decoded.getpixel((30, 30)) == (20, 200, 20)
    assert image.box.x1 - image.box.x0 == pytest.approx(180, abs=1)  # 240 CSS px in points


TURNED_PAGE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 15mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; }
div { position: absolute; transform-origin: left top; }
.cw { left: 100pt; transform: rotate(90deg); }
.ccw { left: 300pt; top: 300pt; transform: rotate(-90deg); }
</style></head><body><div class=cw style="top: 100pt">版面设计：张三</div>
<div class=ccw>本版责编：李四</div>
<div class=cw style="top: 600pt; width: 200pt">
顺时针转的两行文字，第一行在这里结束，第二行继续往下</div>
</body></html>"""


@needs_chromium
def test_lines_turned_either_way_read_along_their_baseline(tmp_path):
    """Text turned clockwise reads top to bottom, counter-clockwise bottom to top; two turned
    lines on one baseline far apart (a label up the margin, a paragraph under it) are two
    lines, and a turned paragraph's lines stay apart."""
    pdf = chromium_pdf(TURNED_PAGE, tmp_path)
    page = first_page(pdf)
    assert sorted(line.text for line in page.lines) == sorted(
        ["版面设计：张三", "本版责编：李四", "顺时针转的两行文字，第一行在",
         "结束，第二行继续往下"])
    assert page.rotated == 4
