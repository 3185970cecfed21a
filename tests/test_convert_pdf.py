"""``teipress convert PAGE.pdf`` end to end, on PDFs made as users get them: the sample page
and a two-page issue printed by teipress's renderer, a page with a photo, a report, and the
bad inputs of issue #11. Outputs are read back: the TEI element by element and against the
schemas, the text against poppler's ``pdftotext``, the images with Pillow."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

import pdf_inputs as pdfs
from conftest import TEI_ALL
from tei import parse, text, texts, xp
from teipress.cli import main
from teipress.errors import EXIT_FAILED
from teipress.validate import Validator
from validate_support import tei_all_checker

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    """The PDFs, made once: the sample page, an issue of pages 3 and 4, two pages that both
    print 3, the sample with a photo in it, a report, and the bad ones."""
    folder = tmp_path_factory.mktemp("pdfs")
    issue = pdfs.sample_edition(folder / "edition", {"04.txt": pdfs.page_four()})
    page3, page4 = issue / "03.xml", issue / "04.xml"
    found = {
        "page": pdfs.rendered([page3], folder / "page.pdf"),
        "issue": pdfs.rendered([page3, page4], folder / "issue.pdf"),
        "report": pdfs.report(folder / "report.pdf"),
        "label": pdfs.report(folder / "label.pdf", turned_label="本报调研组专题报道"),
    }
    photo = issue / "photo.jpg"
    _picture().save(photo, quality=90)
    tree = etree.parse(str(page3))
    figure = xp(tree.getroot(), "//t:figure")[0]
    figure.insert(0, figure.makeelement("{http://www.tei-c.org/ns/1.0}graphic", url="photo.jpg"))
    with_photo = issue / "photo-page.xml"
    tree.write(str(with_photo), encoding="UTF-8", xml_declaration=True)
    found["photo"] = pdfs.rendered([with_photo], folder / "photo.pdf")
    found["photo.jpg"] = photo
    found["twice"] = pdfs.repeated(found["page"], folder / "twice.pdf", 2)
    found["encrypted"] = pdfs.encrypted(found["page"], folder / "encrypted.pdf")
    found["scan"] = pdfs.scanned(folder / "scan.pdf")
    found["cut"] = pdfs.cut_off(found["page"], folder / "cut.pdf")
    found["garbled"] = pdfs.without_tounicode(found["page"], folder / "garbled.pdf")
    found["turned"] = pdfs.turned(found["page"], folder / "turned.pdf")
    found["edition.toml"] = pdfs.EDITION_TOML
    return found


def _picture():
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 300), (30, 120, 200))
    ImageDraw.Draw(image).ellipse((50, 50, 350, 250), fill=(240, 200, 40))
    return image


def run(capsys, *args: str) -> tuple[int, list[str]]:
    """The command line in this process: exit code and stderr lines."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err.splitlines()


def in_issue(tmp_path: Path, made: dict[str, Path], *names: str) -> Path:
    """An issue folder of an edition (so its edition.toml applies) holding copies of PDFs."""
    issue = tmp_path / "wuhai-daily" / "2022-11-22"
    issue.mkdir(parents=True)
    shutil.copy(made["edition.toml"], tmp_path / "wuhai-daily" / "edition.toml")
    for name in names:
        shutil.copy(made[name], issue / made[name].name)
    return issue


def pdftotext(pdf: Path, page: int = 1) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                           str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def body_chars(tei: Path) -> Counter:
    return Counter(text(xp(parse(tei), "t:text")[0]))


def listing(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` (hidden staging folders included)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# --- a page ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def converted_page(made, tmp_path_factory) -> Path:
    issue = in_issue(tmp_path_factory.mktemp("page"), made, "page")
    from teipress.convert import convert_paths

    assert convert_paths([issue / "page.pdf"]) == 0
    return issue


def test_a_page_pdf_gives_its_tei_named_by_the_printed_number_and_its_page_image(
        converted_page):
    assert listing(converted_page) == ["03.page.jpg", "03.xml", "page.pdf"]
    root = parse(converted_page / "03.xml")
    assert xp(root, "//t:biblScope[@unit='page']/@n") == ["3"]
    assert texts(root, "//t:sourceDesc//t:monogr/t:title") == ["乌海日报"]  # edition.toml
    assert xp(root, "//t:body/t:pb/@facs") == ["#surf-3"]


def test_every_character_of_the_text_layer_is_in_the_tei_once(converted_page):
    assert body_chars(converted_page / "03.xml") == Counter(
        "".join(pdftotext(converted_page / "page.pdf").split()))


def test_the_page_reads_as_articles_with_heads_and_photos(converted_page):
    root = parse(converted_page / "03.xml")
    heads = texts(root, "//t:div[@type='article']/t:head[@type='main']")
    assert "发展绿色低碳产业企业在行动（下）" in heads
    assert "规范有形提质扩容" in heads
    assert texts(root, "//t:figure/t:head") == [
        "学习党的二十大精神", "发展庭院养殖", "外贸产品畅销", "灭火救援演练"]


def test_the_surface_is_the_page_and_its_graphic_the_page_image(converted_page):
    from PIL import Image

    root = parse(converted_page / "03.xml")
    (surface,) = xp(root, "//t:facsimile/t:surface")
    # an A3 page is 841.89 × 1190.55 points
    assert [surface.get(a) for a in ("ulx", "uly", "lrx", "lry")] == ["0", "0", "842", "1191"]
    (graphic,) = xp(surface, "t:graphic")
    assert graphic.get("url") == "03.page.jpg"
    with Image.open(converted_page / "03.page.jpg") as image:
        assert image.format == "JPEG"
        assert (graphic.get("width"), graphic.get("height")) == (
            f"{image.width}px", f"{image.height}px")
        assert image.width == round(841.89 * 150 / 72)  # 150 pixels per inch


def test_zones_frame_what_pdftotext_finds_there(converted_page):
    """Every main head's zone holds that head's text and nothing else: the words poppler finds
    (``pdftotext -bbox``, read independently of teipress) whose centre lies in the zone. Centres,
    because the zones of lines set close together overlap by their ascenders."""
    root = parse(converted_page / "03.xml")
    zones = {z.get(XML_ID): z for z in xp(root, "//t:zone")}
    words = printed_words(converted_page / "page.pdf")
    for head in xp(root, "//t:div[@type='article']/t:head[@type='main']"):
        (pointer,) = head.get("facs").split()
        zone = zones[pointer[1:]]
        x, y, x1, y1 = (int(zone.get(a)) for a in ("ulx", "uly", "lrx", "lry"))
        inside = [word for word, cx, cy in words if x <= cx <= x1 and y <= cy <= y1]
        assert "".join(inside) == text(head)


def printed_words(pdf: Path) -> list[tuple[str, float, float]]:
    """Each word poppler reads on the page, with the centre of its box, in reading order."""
    xhtml = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
                           capture_output=True, check=True).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    return [(word.text or "",
             (float(word.get("xMin")) + float(word.get("xMax"))) / 2,
             (float(word.get("yMin")) + float(word.get("yMax"))) / 2)
            for word in etree.fromstring(xhtml).iterfind(".//h:word", ns)]


def test_a_page_pdf_is_valid_against_the_project_schemas(converted_page):
    result = Validator.load().check_file(converted_page / "03.xml")
    assert [str(d) for d in result.diagnostics if d.severity == "error"] == []


def test_a_page_pdf_is_valid_tei(converted_page):
    target = converted_page / "03.xml"
    assert tei_all_checker()([target]) == {target.resolve(): []}


def test_converting_a_pdf_again_gives_the_same_bytes(converted_page, made, tmp_path):
    again = in_issue(tmp_path, made, "page")
    from teipress.convert import convert_paths

    assert convert_paths([again / "page.pdf"]) == 0
    for name in ("03.xml", "03.page.jpg"):
        assert (again / name).read_bytes() == (converted_page / name).read_bytes(), name


def test_explain_tells_how_each_page_was_read_and_writes_nothing(made, capsys):
    try:
        main(["convert", "--explain", str(made["issue"])])
    except SystemExit as exc:
        assert exc.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{made['issue']} page 1 (printed page 3) → 03.xml" in lines
    assert f"{made['issue']} page 2 (printed page 4) → 04.xml" in lines
    assert any("page furniture" in line and "责任编辑：路静" in line for line in lines)
    assert not (made["issue"].parent / "03.xml").exists()


# --- photos, issues, names ------------------------------------------------------------------------

def test_a_photo_is_written_beside_the_tei_with_its_original_bytes(made, tmp_path, capsys):
    issue = in_issue(tmp_path, made, "photo")
    code, err = run(capsys, "convert", str(issue / "photo.pdf"), "-o", str(tmp_path / "out"))
    assert (code, err) == (0, [])
    out = tmp_path / "out"
    assert (out / "03-photo1.jpg").read_bytes() == made["photo.jpg"].read_bytes()
    root = parse(out / "03.xml")
    figure = next(f for f in xp(root, "//t:figure") if xp(f, "t:graphic"))
    assert xp(figure, "t:graphic/@url") == ["03-photo1.jpg"]
    zone = xp(root, f"//t:zone[@xml:id='{figure.get('facs')[1:]}']")[0]
    width, height = int(zone.get("lrx")) - int(zone.get("ulx")), int(
        zone.get("lry")) - int(zone.get("uly"))
    assert abs(width / height - 400 / 300) < 0.05  # the zone is the photo's frame


def test_an_issue_pdf_gives_one_tei_per_printed_page(made, tmp_path, capsys):
    out = tmp_path / "out"
    code, err = run(capsys, "-v", "convert", str(made["issue"]), "-o", str(out))
    assert code == 0, err
    assert listing(out) == ["03.page.jpg", "03.xml", "04.page.jpg", "04.xml"]
    assert xp(parse(out / "04.xml"), "//t:biblScope[@unit='page']/@n") == ["4"]
    assert body_chars(out / "04.xml") == Counter("".join(pdftotext(made["issue"], 2).split()))
    assert any("03.xml" in line and "04.xml" in line for line in err)  # -v says what was made


def test_two_pages_printing_one_number_are_an_error_naming_both(made, tmp_path, capsys):
    out = tmp_path / "out"
    code, err = run(capsys, "convert", str(made["twice"]), "-o", str(out))
    assert code == EXIT_FAILED
    assert len(err) == 1 and err[0].startswith("teipress: error: ")
    assert "pages 1 and 2 both print page number 3" in err[0] and "03.xml" in err[0]
    assert not out.exists() or listing(out) == []


def test_several_pages_cannot_go_into_one_file(made, tmp_path, capsys):
    code, err = run(capsys, "convert", str(made["issue"]), "-o", str(tmp_path / "one.xml"))
    assert code == EXIT_FAILED
    assert err == [f"teipress: error: {made['issue']}: has 2 pages, which need an output "
                   "folder (-o FOLDER), not one file"]
    assert listing(tmp_path) == []


def test_one_page_into_a_named_file_names_its_images_after_it(made, tmp_path, capsys):
    code, err = run(capsys, "convert", str(made["page"]), "-o", str(tmp_path / "x" / "p.xml"))
    assert (code, err) == (0, [])
    assert listing(tmp_path / "x") == ["p.page.jpg", "p.xml"]
    assert xp(parse(tmp_path / "x" / "p.xml"), "//t:surface/t:graphic/@url") == ["p.page.jpg"]


def test_existing_files_are_kept_without_force_and_nothing_else_is_written(made, tmp_path,
                                                                            capsys):
    issue = in_issue(tmp_path, made, "issue")
    corrected = b"<TEI>hand corrected</TEI>"
    (issue / "04.xml").write_bytes(corrected)
    code, err = run(capsys, "convert", str(issue / "issue.pdf"))
    assert code == 0
    assert err == [f"teipress: warning: {issue / '04.xml'}: exists (it may hold hand "
                   "corrections); nothing of issue.pdf written. Use --force to overwrite"]
    assert listing(issue) == ["04.xml", "issue.pdf"]
    assert (issue / "04.xml").read_bytes() == corrected
    assert run(capsys, "convert", "--force", str(issue / "issue.pdf")) == (0, [])
    assert listing(issue) == ["03.page.jpg", "03.xml", "04.page.jpg", "04.xml", "issue.pdf"]


def test_a_folder_with_text_and_pdf_of_a_page_reads_the_pdf(made, tmp_path, capsys):
    issue = in_issue(tmp_path, made, "page")
    (issue / "page.pdf").rename(issue / "03.pdf")
    shutil.copy(pdfs.SAMPLE_TXT, issue / "03.txt")
    code, err = run(capsys, "-v", "convert", str(issue))
    assert code == 0, err
    assert f"{issue / '03.txt'}: 03.pdf is read instead" in err
    assert xp(parse(issue / "03.xml"), "//t:facsimile/t:surface/@xml:id") == ["surf-3"]


# --- documents that are no newspaper page ------------------------------------------------------

def test_a_report_is_converted_as_plain_articles(made, tmp_path, capsys):
    code, err = run(capsys, "convert", str(made["report"]), "-o", str(tmp_path))
    assert (code, err) == (0, [])
    root = parse(tmp_path / "report.xml")  # no printed page number: named after the file
    assert xp(root, "//t:div[@type='article']")
    assert "关于城市公共交通发展情况的调研报告" in texts(root, "//t:head")
    assert body_chars(tmp_path / "report.xml") == Counter(
        "".join(pdftotext(made["report"]).split()))
    assert Validator.load().check_file(tmp_path / "report.xml").valid


def test_text_set_at_an_angle_is_read_and_kept(made, tmp_path, capsys):
    code, err = run(capsys, "convert", str(made["label"]), "-o", str(tmp_path))
    assert (code, err) == (0, [])
    body = text(xp(parse(tmp_path / "label.xml"), "t:text")[0])
    assert "本报调研组专题报道" in body
    assert Counter(body) == Counter("".join(pdftotext(made["label"]).split()))


def test_a_turned_page_reads_as_the_page_it_shows(made, converted_page, tmp_path, capsys):
    code, err = run(capsys, "convert", str(made["turned"]), "-o", str(tmp_path))
    assert (code, err) == (0, [])
    root = parse(tmp_path / "03.xml")
    (surface,) = xp(root, "//t:facsimile/t:surface")
    assert (surface.get("lrx"), surface.get("lry")) == ("1191", "842")  # landscape
    assert body_chars(tmp_path / "03.xml") == body_chars(converted_page / "03.xml")


# --- bad input: one line, exit 1, nothing written ---------------------------------------------

@pytest.mark.parametrize(("name", "says"), [
    ("encrypted", "encrypted PDF"),
    ("scan", "no text layer"),
    ("cut", "damaged PDF"),
    ("garbled", "map to no real text"),
])
def test_a_bad_pdf_is_one_line_and_nothing_is_written(made, tmp_path, capsys, name, says):
    source = tmp_path / made[name].name
    shutil.copy(made[name], source)
    code, err = run(capsys, "convert", str(source))
    assert code == EXIT_FAILED
    assert len(err) == 1, err
    assert err[0].startswith(f"teipress: error: {source}") and says in err[0]
    assert "Traceback" not in err[0]
    assert listing(tmp_path) == [source.name]


def test_a_scan_says_ocr_comes_first(made, tmp_path, capsys):
    _code, err = run(capsys, "convert", str(made["scan"]), "-o", str(tmp_path))
    assert "OCR" in err[0]


def test_a_bad_pdf_does_not_stop_the_other_pages(made, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(made["encrypted"], folder / "01.pdf")
    shutil.copy(made["page"], folder / "03.pdf")
    code, err = run(capsys, "convert", str(folder))
    assert code == EXIT_FAILED
    assert len(err) == 1 and "01.pdf: encrypted PDF" in err[0]
    assert listing(folder) == ["01.pdf", "03.page.jpg", "03.pdf", "03.xml"]


def test_a_200_page_pdf_is_converted_page_by_page(made, tmp_path, capsys):
    long = pdfs.repeated(made["report"], tmp_path / "long.pdf", 200)
    out = tmp_path / "out"
    code, err = run(capsys, "convert", str(long), "-o", str(out))
    assert (code, err) == (0, [])
    names = listing(out)
    assert len(names) == 400
    assert names[:2] == ["long-p001.page.jpg", "long-p001.xml"]
    assert names[-1] == "long-p200.xml"
    assert body_chars(out / "long-p200.xml") == Counter("".join(pdftotext(long, 200).split()))


def test_a_bad_last_page_of_200_leaves_nothing_written(made, tmp_path, capsys):
    long = pdfs.repeated(made["report"], tmp_path / "long.pdf", 199, last=made["scan"])
    out = tmp_path / "out"
    code, err = run(capsys, "convert", str(long), "-o", str(out))
    assert code == EXIT_FAILED
    assert len(err) == 1 and err[0].startswith(f"teipress: error: {long}: page 200: no text")
    assert not out.exists()


# --- teipress build -------------------------------------------------------------------------------

def test_build_reads_a_page_pdf_before_its_text(made, tmp_path):
    from teipress.build import build_edition

    issue = in_issue(tmp_path, made, "page")
    (issue / "page.pdf").rename(issue / "03.pdf")
    shutil.copy(pdfs.SAMPLE_TXT, issue / "03.txt")
    out = tmp_path / "out"
    summary = build_edition(issue.parent, out, jobs=1)
    assert summary.ok and summary.converted == 1, summary.problems
    assert listing(issue) == ["03.page.jpg", "03.pdf", "03.txt", "03.xml"]
    root = parse(issue / "03.xml")
    assert xp(root, "//t:facsimile/t:surface/t:graphic/@url") == ["03.page.jpg"]
    assert (out / "2022-11-22" / "03.html").is_file()
    again = build_edition(issue.parent, out, jobs=1)  # the images it wrote change nothing
    assert again.ok and (again.converted, again.rendered) == (0, 0), again.line()


def test_build_refuses_a_pdf_of_several_pages_with_one_line(made, tmp_path):
    from teipress.build import build_edition

    issue = in_issue(tmp_path, made, "issue")
    (issue / "issue.pdf").rename(issue / "03.pdf")
    summary = build_edition(issue.parent, tmp_path / "out", jobs=1)
    assert not summary.ok
    (problem,) = summary.problems
    assert problem.stage == "convert" and "has 2 pages" in problem.reason
    assert listing(issue) == ["03.pdf"]


# --- pages typeset by other engines (tests/pdfpages: Chromium and Typst) ------------------------

CORPUS = Path(__file__).parent / "pdfpages" / "dev"
OTHER_TYPESETTERS = [CORPUS / f"{page}.pdf" for page in (
    "national-daily-2023-06-12-p05-chromium", "metro-daily-2023-09-14-p04-typst",
    "county-news-2023-05-04-p04-chromium", "county-news-2023-05-04-p04-typst")]


@pytest.fixture(scope="module")
def other_typesetters(tmp_path_factory) -> dict[Path, Path]:
    """Each page PDF converted into a folder of its own: the PDF → its TEI."""
    from teipress.convert import convert_paths

    found = {}
    for pdf in OTHER_TYPESETTERS:
        out = tmp_path_factory.mktemp(pdf.stem)
        assert convert_paths([pdf], output=out) == 0
        (tei,) = out.glob("*.xml")
        found[pdf] = tei
    return found


def test_other_typesetters_pages_are_valid_against_both_schemas(other_typesetters):
    validator = Validator.load()
    for tei in other_typesetters.values():
        assert [str(d) for d in validator.check_file(tei).diagnostics
                if d.severity == "error"] == [], tei
    if TEI_ALL.exists():
        verdicts = tei_all_checker()(list(other_typesetters.values()))
        assert {path.name: errors for path, errors in verdicts.items() if errors} == {}


def test_other_typesetters_pages_keep_every_character(other_typesetters):
    for pdf, tei in other_typesetters.items():
        assert body_chars(tei) == Counter("".join(pdftotext(pdf).split())), pdf.name


def test_other_typesetters_heads_stand_in_their_zones(other_typesetters):
    """What poppler reads inside the zone of every head is that head. (pdftotext takes the
    words whose baseline is in the area; the zone's top fifth is left out, where the box of
    the line above, and so its baseline, may reach in.)"""
    for pdf, tei in other_typesetters.items():
        root = parse(tei)
        zones = {z.get(XML_ID): z for z in xp(root, "//t:zone")}
        heads = xp(root, "//t:head[@facs]")
        assert heads, pdf.name
        for head in heads:
            pointers = head.get("facs").split()
            cut = ""
            for pointer in pointers:
                zone = zones[pointer[1:]]
                x, y, x1, y1 = (int(zone.get(a)) for a in ("ulx", "uly", "lrx", "lry"))
                trim = (y1 - y) // 5
                cut += subprocess.run(
                    ["pdftotext", "-enc", "UTF-8", "-r", "72", "-x", str(x), "-y", str(y + trim),
                     "-W", str(x1 - x), "-H", str(y1 - y - trim), str(pdf), "-"],
                    capture_output=True, text=True, check=True).stdout
            assert "".join(cut.split()) == text(head), (pdf.name, text(head))


def test_other_typesetters_photos_are_framed_and_written_as_printed(other_typesetters):
    from PIL import Image

    photos = 0
    for tei in other_typesetters.values():
        root = parse(tei)
        zones = {z.get(XML_ID): z for z in xp(root, "//t:zone")}
        for figure in xp(root, "//t:figure[t:graphic]"):
            photos += 1
            (url,) = xp(figure, "t:graphic/@url")
            assert url.startswith(tei.stem + "-photo")
            zone = zones[figure.get("facs").split()[0][1:]]
            width = int(zone.get("lrx")) - int(zone.get("ulx"))
            height = int(zone.get("lry")) - int(zone.get("uly"))
            with Image.open(tei.parent / url) as image:
                assert abs(width / height - image.width / image.height) < 0.05, url
    assert photos >= 3


def test_two_pdfs_printing_one_page_number_never_overwrite_each_other(made, tmp_path, capsys):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    shutil.copy(made["page"], first)
    shutil.copy(made["page"], second)
    out = tmp_path / "out"
    code, err = run(capsys, "convert", str(first), str(second), "-o", str(out))
    assert code == EXIT_FAILED
    assert err == [f"teipress: error: {second}: would write {out / '03.xml'}, already written "
                   f"from {first} in this run; nothing of b.pdf written"]
    assert listing(out) == ["03.page.jpg", "03.xml"]


def test_an_interrupted_conversion_leaves_nothing(made, tmp_path, capsys, monkeypatch):
    from teipress.decode.pageimage import PageImages

    render = PageImages.render

    def interrupted_on_page_two(self, index):
        if index == 1:
            raise KeyboardInterrupt
        return render(self, index)

    monkeypatch.setattr(PageImages, "render", interrupted_on_page_two)
    out = tmp_path / "out"
    code, err = run(capsys, "convert", str(made["issue"]), "-o", str(out))
    assert code == 130 and [line for line in err if line] == ["teipress: interrupted"]
    assert not out.exists()
