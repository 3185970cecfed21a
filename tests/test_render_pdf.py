"""The PDF edition, read back with poppler: fonts, text, metadata, PDF/A, attachment,
bookmarks, images, page size, bleed, reproducibility and the command line."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLE_TEI, ROOT, SAMPLE_TXT
from teipress.cli import main
from teipress.errors import InputError, TeipressError

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
POPPLER = ("pdffonts", "pdftotext", "pdfinfo", "pdfdetach", "pdftoppm", "pdfimages", "pdftohtml")
ARTIFACTS = ROOT / "tests" / "artifacts"
CLOSING_PUNCTUATION = "，。、；：？！”’）》」』】〕"
A3_POINTS = (841.89, 1190.55)

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER),
    reason="needs poppler-utils (pdffonts, pdftotext, pdfinfo, pdfdetach, pdftoppm, pdfimages, "
           "pdftohtml) to read the PDFs back")


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """The example page in an edition folder (with the sample edition's settings: A3), its
    second photo given an image file."""
    from PIL import Image

    root = tmp_path_factory.mktemp("edition")
    shutil.copy(ROOT / "editions" / "wuhai-daily" / "edition.toml", root / "edition.toml")
    issue = root / "2022-11-22"
    issue.mkdir()
    Image.new("RGB", (120, 80), (90, 120, 160)).save(issue / "photo.png")
    tree = etree.parse(str(EXAMPLE_TEI))
    head = tree.find(f".//{TEI}figure[@{{http://www.w3.org/XML/1998/namespace}}id='fig-2']/"
                     f"{TEI}head")
    head.addnext(etree.Element(f"{TEI}graphic", url="photo.png"))
    tree.write(str(issue / "03.xml"), encoding="UTF-8", xml_declaration=True)
    return issue / "03.xml"


@pytest.fixture(scope="module")
def renderer():
    from teipress.render.pdf import PdfRenderer

    return PdfRenderer()


@pytest.fixture(scope="module")
def pdf(edition: Path, renderer) -> Path:
    out = edition.with_suffix(".pdf")
    renderer.write_page(edition, out)
    return out


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory, renderer) -> tuple[Path, Path]:
    """The real sample page, converted to TEI by teipress convert, and its PDF."""
    from teipress.convert import convert_paths

    root = tmp_path_factory.mktemp("sample")
    shutil.copy(ROOT / "editions" / "wuhai-daily" / "edition.toml", root / "edition.toml")
    tei = root / "2022-11-22" / "03.xml"
    tei.parent.mkdir()
    assert convert_paths([SAMPLE_TXT], output=tei) == 0
    out = tei.with_suffix(".pdf")
    renderer.write_page(tei, out)
    return tei, out


def _tei_text_chars(path: Path) -> Counter[str]:
    text = etree.parse(str(path)).find(f"{TEI}text")
    return Counter(c for c in "".join(text.itertext()) if not c.isspace())


def test_every_character_of_the_tei_text_is_printed(edition: Path, pdf: Path):
    printed = Counter(c for c in _run("pdftotext", pdf, "-") if not c.isspace())
    assert _tei_text_chars(edition) - printed == Counter()


def test_fonts_are_the_cjk_fonts_embedded_as_subsets(pdf: Path):
    rows = _run("pdffonts", pdf).splitlines()[2:]
    assert rows
    fonts = {}
    for row in rows:
        match = re.match(r"(\S+)\s+.*?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row)
        assert match, row
        fonts[match[1]] = match.group(2, 3)
    assert all(flags == ("yes", "yes") for flags in fonts.values()), fonts
    families = {name.split("+", 1)[1] for name in fonts}  # subset names carry a XXXXXX+ tag
    assert {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"} <= {f.removesuffix("-Bold")
                                                         for f in families}


def test_metadata_come_from_the_tei(edition: Path, pdf: Path):
    tree = etree.parse(str(edition))
    info = dict(line.split(":", 1) for line in _run("pdfinfo", pdf).splitlines() if ":" in line)
    info = {key: value.strip() for key, value in info.items()}
    assert info["Title"] == tree.findtext(f".//{TEI}titleStmt/{TEI}title").strip()
    paper = tree.findtext(f".//{TEI}monogr/{TEI}title").strip()
    assert info["Subject"].startswith(paper + " ")
    bylined = tree.xpath("//t:div[@type='article']/t:byline[1]//t:persName/text()",
                         namespaces=NS)
    assert info["Author"].split(", ") == list(dict.fromkeys(bylined))
    issue_date = tree.find(f".//{TEI}imprint/{TEI}date").get("when")
    assert issue_date == "2022-11-22"
    assert info["CreationDate"] == info["ModDate"] == "Tue Nov 22 00:00:00 2022 UTC"
    assert info["Pages"] == "1"
    assert tuple(map(float, re.findall(r"[\d.]+", info["Page size"])[:2])) == A3_POINTS


def test_pdfa_3a_identification_and_language(pdf: Path):
    xmp = _run("pdfinfo", "-meta", pdf)
    assert 'pdfaid:part="3"' in xmp
    assert 'pdfaid:conformance="A"' in xmp
    assert "<xmp:CreateDate>2022-11-22T00:00:00Z</xmp:CreateDate>" in xmp
    objects = _pdf_objects(pdf)
    assert re.search(rb"/Lang\s*\(zh-Hans\)", objects)
    assert re.search(rb"/S\s*/GTS_PDFA1", objects)  # the sRGB output intent PDF/A asks for
    assert re.search(rb"/Type\s*/EmbeddedFile\s*/Subtype\s*/(text|application)#2fxml", objects)


def _pdf_objects(pdf: Path) -> bytes:
    """The PDF's bytes with every Flate stream inflated (object streams hold the catalog)."""
    data = pdf.read_bytes()
    inflated = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        with contextlib.suppress(zlib.error):
            inflated.append(zlib.decompressobj().decompress(match[1]))
    return b"\n".join([data, *inflated])


def test_the_pdf_is_tagged_with_the_structure_and_alt_text_from_the_caption(edition: Path,
                                                                          pdf: Path):
    """A screen reader gets the structure tree: articles, headings, paragraphs, and the
    photo as a Figure whose alternative text is its caption."""
    assert "Tagged:          yes" in _run("pdfinfo", pdf)
    objects = _pdf_objects(pdf)
    assert re.search(rb"/MarkInfo\s*<<\s*/Marked\s+true", objects)
    roles = set(re.findall(rb"/S\s*/(\w+)", objects))
    assert {b"Document", b"Art", b"H2", b"P", b"Figure", b"Caption"} <= roles
    alts = []
    for match in re.finditer(rb"/Alt\s*(?:\((.*?)\)|<([0-9A-Fa-f]+)>)", objects, re.DOTALL):
        raw = match[1] if match[1] is not None else bytes.fromhex(match[2].decode())
        alts.append(raw.decode("utf-16") if raw.startswith(b"\xfe\xff") else raw.decode())
    figure = etree.parse(str(edition)).find(
        f".//{TEI}figure[@{{http://www.w3.org/XML/1998/namespace}}id='fig-2']")
    caption = "".join(figure.find(f"{TEI}p").itertext()).strip()
    assert len(alts) == 1
    assert caption in alts[0]


def test_the_tei_is_attached_as_the_source(edition: Path, pdf: Path, tmp_path: Path):
    listing = _run("pdfdetach", "-list", pdf)
    assert "1 embedded files" in listing
    assert "wuhai-daily-2022-11-22-p03.xml" in listing
    saved = tmp_path / "attached.xml"
    _run("pdfdetach", "-save", "1", "-o", saved, pdf)
    assert saved.read_bytes() == edition.read_bytes()
    assert re.search(rb"/AFRelationship\s*/Source", _pdf_objects(pdf))


def test_a_bookmark_for_the_page_and_each_article(edition: Path, pdf: Path):
    outline = etree.fromstring(_run("pdftohtml", "-xml", "-i", "-stdout", "-q", pdf)
                               .encode()).find("outline")
    assert [item.text for item in outline.findall("item")] == ["第3版 经济"]
    headlines = ["".join(h.itertext()) for h in etree.parse(str(edition)).xpath(
        "//t:div[@type='article']/t:head[@type='main']", namespaces=NS)]
    assert [item.text for item in outline.find("outline").findall("item")] == headlines


def test_the_photo_with_a_graphic_shows_its_image(pdf: Path):
    rows = _run("pdfimages", "-list", pdf).splitlines()[2:]
    assert len(rows) == 1
    width, height = rows[0].split()[3:5]
    assert (width, height) == ("120", "80")


def test_a_photo_stands_two_or_three_columns_wide_with_its_caption_under_it(pdf: Path):
    """The image of fig-2 (in a three-column article) is two columns of 13 characters and
    a gap wide; its caption's lines run under it at its width, not in one column."""
    from print_readback import BODY_PT, printed_pages

    png = pdf.with_name("photo-page")
    _run("pdftoppm", "-r", "72", "-png", "-singlefile", pdf, png)
    from PIL import Image

    with Image.open(png.with_suffix(".png")) as image:
        pixels = image.convert("RGB").load()
        blue = [(x, y) for x in range(image.width) for y in range(image.height)
                if pixels[x, y] == (90, 120, 160)]
    left = min(x for x, _ in blue)
    right = max(x for x, _ in blue)
    bottom = max(y for _, y in blue)
    assert right - left + 1 == pytest.approx((2 * 13 + 1.5) * BODY_PT, abs=2)
    [page] = printed_pages(pdf)
    under = [line for line in page.lines if bottom < line.y_min < bottom + 40
             and left - 2 <= line.x_min and line.x_max <= right + 2]
    assert any(line.x_max - line.x_min > 14 * BODY_PT for line in under), under


def test_the_sample_page_is_printed_whole_on_one_a3_page(sample_pdf: tuple[Path, Path]):
    tei, pdf = sample_pdf
    printed = Counter(c for c in _run("pdftotext", pdf, "-") if not c.isspace())
    assert _tei_text_chars(tei) - printed == Counter()
    assert "Pages:           1" in _run("pdfinfo", pdf)
    # a reader searching the PDF finds the paper and the headlines as printed
    text = "".join(_run("pdftotext", pdf, "-").split())
    tree = etree.parse(str(tei))
    wanted = [tree.findtext(f".//{TEI}monogr/{TEI}title")] + [
        "".join("".join(h.itertext()).split())
        for h in tree.xpath("//t:head[@type='main']", namespaces=NS)]
    assert len(wanted) == 4
    assert [w for w in wanted if w not in text] == []


def test_a_front_page_folio_is_printed_without_words_over_words(tmp_path: Path):
    """A front page's folio holds more than a date: the lunar date, the issue line, the
    paper's printed name (the held-out front page, converted from its PDF). Set beside the
    page number on one line it ran into it; read back with poppler, no word covers another."""
    sys.path.insert(0, str(ROOT / "tests" / "pdfpages"))
    from readback import overlapping_words

    source = ROOT / "tests" / "pdfpages" / "heldout2" / "river-daily-2024-04-22-p01-chromium.pdf"
    shutil.copy(source, tmp_path / "01.pdf")
    main(["convert", str(tmp_path / "01.pdf")])  # returns: success (errors exit)
    tei = tmp_path / "01.xml"
    folio = etree.parse(str(tei)).xpath("//t:fw[@type='masthead']", namespaces=NS)
    assert folio, "the front page's folio has items besides number, section and date"
    printed = tmp_path / "printed.pdf"
    main(["render", "pdf", str(tei), "-o", str(printed)])
    assert overlapping_words(printed) == []


def test_no_line_starts_with_closing_punctuation(sample_pdf: tuple[Path, Path]):
    _, pdf = sample_pdf
    lines = [line.strip() for line in _run("pdftotext", pdf, "-").splitlines() if line.strip()]
    assert len(lines) > 300
    assert [line for line in lines if line[0] in CLOSING_PUNCTUATION] == []


def test_page_one_as_png_for_a_look(pdf: Path, sample_pdf: tuple[Path, Path]):
    """tests/artifacts/render-pdf-*.png: look at them after a layout change."""
    from PIL import Image

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, source in (("example", pdf), ("sample", sample_pdf[1])):
        stem = ARTIFACTS / f"render-pdf-{name}"
        _run("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", source, stem)
        with Image.open(stem.with_suffix(".png")) as image:
            assert image.size == (585, 827)  # A3 at 50 dpi
            assert image.convert("L").getextrema()[0] < 50  # ink on the page


def test_rendering_twice_gives_the_same_bytes(edition: Path, pdf: Path, tmp_path: Path):
    """Another process and hash seed, the same bytes; the only dates inside are the issue's."""
    again = tmp_path / "again.pdf"
    env = {**os.environ, "PYTHONHASHSEED": "12345",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-m", "teipress", "render", "pdf", str(edition), "-o",
                    str(again)], check=True, env=env)
    assert again.read_bytes() == pdf.read_bytes()
    dates = set(re.findall(rb"D:(\d{8,14})", _pdf_objects(pdf)))
    dates |= set(re.findall(rb"<xmp:\w+Date>([^<]+)<", _pdf_objects(pdf)))
    assert dates == {b"20221122000000", b"2022-11-22T00:00:00Z"}


def test_an_issue_is_one_document_with_a_bookmark_per_page(edition: Path, pdf: Path,
                                                           renderer, tmp_path: Path):
    page4 = tmp_path / "04.xml"
    page4.write_bytes(edition.read_bytes().replace(b"wuhai-daily-2022-11-22-p03",
                                                   b"wuhai-daily-2022-11-22-p04")
                      .replace(b'<biblScope unit="page" n="3">3<',
                               b'<biblScope unit="page" n="4">4<'))
    shutil.copy(edition.parent / "photo.png", tmp_path / "photo.png")
    out = tmp_path / "issue.pdf"
    page_pdfs = [tmp_path / "03.pdf", tmp_path / "04.pdf"]
    renderer.write_issue([edition, page4], out, page_pdfs)
    # each page laid out once, the same bytes as rendering the page, or the issue, alone
    assert page_pdfs[0].read_bytes() == pdf.read_bytes()
    assert out.read_bytes() == renderer.pages_pdf([edition, page4])[1]
    assert "Pages:           1" in _run("pdfinfo", page_pdfs[1])
    assert "Pages:           2" in _run("pdfinfo", out)
    listing = _run("pdfdetach", "-list", out)
    assert "p03.xml" in listing
    assert "p04.xml" in listing
    outline = etree.fromstring(_run("pdftohtml", "-xml", "-i", "-stdout", "-q", out)
                               .encode()).find("outline")
    assert [(i.text, i.get("page")) for i in outline.findall("item")] == [
        ("第3版 经济", "1"), ("第4版 经济", "2")]


def test_cli_print_adds_bleed_and_crop_marks_outside_it(edition: Path, tmp_path: Path):
    out = tmp_path / "print.pdf"
    main(["render", "pdf", str(edition), "-o", str(out), "--print"])  # returns: success
    boxes = {m[1]: tuple(map(float, m[2].split()))
             for m in re.finditer(r"(\w+Box):\s+([-\d. ]+)", _run("pdfinfo", "-box", out))}
    bleed = 3 / 25.4 * 72
    assert boxes["TrimBox"] == pytest.approx((0, 0, *A3_POINTS), abs=0.01)
    assert boxes["BleedBox"] == pytest.approx(
        (-bleed, -bleed, A3_POINTS[0] + bleed, A3_POINTS[1] + bleed), abs=0.05)
    media = boxes["MediaBox"]
    assert media[0] < -bleed - 10
    assert media[2] > A3_POINTS[0] + bleed + 10
    # the marks: ink at the top-left corner outside the bleed, none between bleed and trim
    from PIL import Image

    _run("pdftoppm", "-r", "72", "-png", "-singlefile", "-x", "0", "-y", "0", "-W", "60",
         "-H", "60", out, tmp_path / "corner")
    with Image.open(tmp_path / "corner.png") as image:
        gray = image.convert("L").load()
        margin = -media[0]  # the trim's corner, in px at 72 dpi
        outside = [gray[x, y] for x in range(int(margin - bleed) - 1)
                   for y in range(int(margin - bleed) - 1)]
        outside += [gray[x, int(margin)] for x in range(int(margin - bleed) - 1)]
        band = [gray[x, y] for x in range(int(margin - bleed) + 1, int(margin) - 1)
                for y in range(int(margin - bleed) + 1, int(margin) - 1)]
    assert min(outside) < 220  # a hairline, anti-aliased
    assert min(band) > 250


def test_cli_not_well_formed_tei_is_one_error_line(tmp_path: Path, capsys):
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "pdf", str(broken), "-o", str(tmp_path / "broken.pdf")])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"teipress: error: {broken}: not well-formed XML")
    assert not (tmp_path / "broken.pdf").exists()


@pytest.mark.parametrize(("size", "css", "columns"), [
    ("A3", "a3", 6), ("A4", "a4", 4), ("B4 landscape", "b4 landscape", 7),
    ("390 540", "390mm 540mm", 8),
])
def test_page_sizes_and_their_column_grid(size: str, css: str, columns: int):
    from teipress.render.pdf import COLUMN_EM, GAP_EM, page_grid

    grid = page_grid(size)
    assert (grid.page_size, grid.columns) == (css, columns)
    assert grid.measure == columns * COLUMN_EM + (columns - 1) * GAP_EM


def test_a_page_size_not_understood_is_an_input_error():
    from teipress.render.pdf import page_grid

    with pytest.raises(InputError, match="page-size 'A3; color: red'"):
        page_grid("A3; color: red")


def test_a_missing_font_is_named_with_its_package(monkeypatch):
    from teipress.render.pdf import fonts

    monkeypatch.setattr(fonts, "TEXT_FONT", "Noto Serif CJK XX Missing")
    with pytest.raises(TeipressError, match="fonts-noto-cjk"):
        fonts.check_fonts()


def test_without_harfbuzz_subset_the_renderer_warns(monkeypatch, warned):
    from weasyprint.text import ffi

    from teipress.render.pdf import PdfRenderer

    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    PdfRenderer()
    assert len(warned()) == 1
    assert "libharfbuzz-subset0" in warned()[0]
    monkeypatch.undo()
    PdfRenderer()
    assert len(warned()) == 1


def test_cli_refuses_to_write_the_pdf_over_a_tei_page(edition: Path, capsys):
    before = edition.read_bytes()
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "pdf", str(edition), "-o", str(edition)])
    assert exit_info.value.code == 2
    assert "would overwrite it" in capsys.readouterr().err
    assert edition.read_bytes() == before


def test_cli_several_pages_need_an_output(edition: Path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "pdf", str(edition), str(edition)])
    assert exit_info.value.code == 2
    assert "-o ISSUE.pdf" in capsys.readouterr().err


def test_short_articles_share_a_row_and_a_lone_one_takes_the_page_width():
    from teipress.render.pdf import article_spans, page_grid
    from teipress.render.view import ArticleView, FigureView, ParagraphView

    def article(name: str, lines: int) -> ArticleView:
        """An article ``lines`` lines long in 13-em columns (each paragraph: one line)."""
        return ArticleView(id=name, headline=(name,),
                       blocks=tuple(ParagraphView(("字" * 11,)) for _ in range(lines - 1)))

    items = [article("long", 200), article("a", 27), article("b", 20), article("c", 10),
             FigureView(id="fig-1"), article("d", 40), article("e", 40), article("f", 20),
             FigureView(id="fig-2"), article("g", 30)]
    assert article_spans(items, page_grid("A3")) == {
        "long": 6,                  # deep enough across all six columns
        "a": 2, "b": 2, "c": 2,     # a row of three short ones (c needs 1, gets the minimum 2)
        "d": 3, "e": 3,             # a row of two
        "f": 6,                     # no room left in that row, and alone in the next
        "g": 6,                     # alone after a photo row
    }


def test_an_image_weasyprint_cannot_read_is_warned_about(edition: Path, tmp_path: Path,
                                                        warned):
    from teipress.render.pdf import PdfRenderer

    page = tmp_path / "03.xml"
    page.write_bytes(edition.read_bytes().replace(b'url="photo.png"', b'url="photo.jpg"'))
    (tmp_path / "photo.jpg").write_text("not a JPEG", encoding="utf-8")
    PdfRenderer().page_pdf(page)
    assert any(w.startswith(f"{page}: WeasyPrint: Failed to load image") for w in warned()), \
        warned()
