"""PDFs made for the tests, as a user meets them: newspaper pages printed by teipress's own
renderer (one page, a whole issue), and the bad inputs of issue #11 — encrypted, a scan with
no text layer, a file cut off, fonts with no usable ToUnicode map, rotated pages and text, a
report that is no newspaper, a long PDF.

Each maker writes into the folder it is given and returns the path; the sample pages are
rendered once per session (WeasyPrint takes a second or two a page). ``chromium_pdf`` prints
a page of HTML with headless Chromium, for layouts teipress's renderer does not make.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLE_TXT

EDITION_TOML = SAMPLE_TXT.parents[1] / "edition.toml"

# For the tests that print with ``chromium_pdf``: a machine with no Chromium skips them.
needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Chromium")


def chromium_pdf(html: str, folder: Path) -> Path:
    """``html`` printed to ``folder/page.pdf`` by headless Chromium (Skia's PDF writer)."""
    source, pdf = folder / "page.html", folder / "page.pdf"
    source.write_text(html, "utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", str(source)],
                   check=True, capture_output=True, timeout=120)
    return pdf


def sample_edition(folder: Path, pages: dict[str, str] | None = None) -> Path:
    """An edition folder with the sample page as ``03.txt`` (and any ``pages`` more, by
    name and text), converted to TEI; the issue folder."""
    from teipress.convert import convert_paths

    issue = folder / "wuhai-daily" / "2022-11-22"
    issue.mkdir(parents=True)
    shutil.copy(EDITION_TOML, folder / "wuhai-daily" / "edition.toml")
    (issue / "03.txt").write_bytes(SAMPLE_TXT.read_bytes())
    for name, text in (pages or {}).items():
        (issue / name).write_text(text, "utf-8")
    assert convert_paths([issue]) == 0
    return issue


def page_four() -> str:
    """The sample page as page 4 (its printed number changed): a second page of the issue."""
    return SAMPLE_TXT.read_text("utf-8").replace("3责任编辑", "4责任编辑", 1)


def rendered(tei: list[Path], target: Path) -> Path:
    """TEI pages printed by teipress's renderer: one page, or one document of several."""
    from teipress.render.pdf import render_page_pdf, render_pages_pdf

    if len(tei) == 1:
        render_page_pdf(tei[0], target)
    else:
        render_pages_pdf(tei, target)
    return target


def encrypted(source: Path, target: Path) -> Path:
    """``source`` locked with a user password (AES-256), as archives sometimes receive them."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt("secret", algorithm="AES-256")
    with target.open("wb") as out:
        writer.write(out)
    return target


def scanned(target: Path) -> Path:
    """A page that is only a picture (a scan never OCRed): Pillow writes the image as a PDF."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    for row in range(40):  # grey bars where the text lines of a scan would be
        draw.rectangle((100, 200 + row * 36, 1140, 220 + row * 36), fill=(90, 90, 90))
    image.save(target, "PDF", resolution=150.0)
    return target


def cut_off(source: Path, target: Path) -> Path:
    """``source`` with its second half missing, as an interrupted download leaves it."""
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def without_tounicode(source: Path, target: Path) -> Path:
    """``source`` with every font's ToUnicode map removed: the glyphs still print, but the
    text layer no longer says which characters they are (as some typesetters' PDFs do)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object().values() if fonts else ()):
            font = ref.get_object()
            font.pop(NameObject("/ToUnicode"), None)
    with target.open("wb") as out:
        writer.write(out)
    return target


def turned(source: Path, target: Path, degrees: int = 90) -> Path:
    """``source`` with its pages' ``/Rotate`` set: shown turned, drawn as before."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        page.rotate(degrees)
    with target.open("wb") as out:
        writer.write(out)
    return target


def repeated(source: Path, target: Path, copies: int, last: Path | None = None) -> Path:
    """``copies`` copies of ``source``'s first page in one PDF, then ``last``'s first page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    page = PdfReader(source).pages[0]
    for _ in range(copies):
        writer.add_page(page)
    if last is not None:
        writer.add_page(PdfReader(last).pages[0])
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


REPORT_HTML = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 25mm; }}
body {{ font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; }}
h1 {{ font-size: 20pt; text-align: center; }} h2 {{ font-size: 14pt; }}
p {{ text-indent: 2em; line-height: 1.6; }}
.turned {{ position: absolute; left: -18mm; top: 80mm; transform: rotate(-90deg);
          transform-origin: left top; font-size: 9pt; }}
</style></head><body>
{turned}
<h1>关于城市公共交通发展情况的调研报告</h1>
<h2>一、基本情况</h2>
<p>近年来，全市公共交通线网持续优化，新开和调整公交线路二十三条，线网覆盖率达到百分之九十二。公共交通日均客运量稳步回升，市民出行满意度明显提高。</p>
<p>与此同时，部分片区仍存在站点覆盖不足、换乘不便等问题，需要在下一步工作中加以解决。</p>
<h2>二、存在的问题</h2>
<p>一是线网结构有待完善，干线与支线衔接不够紧密；二是高峰时段运力紧张，部分线路满载率偏高；三是智能化服务水平不高，实时到站信息覆盖面有限。</p>
<h2>三、意见建议</h2>
<p>建议进一步优化线网布局，加快建设公交专用道，推进公共交通与慢行交通融合发展，提升公共交通的吸引力和竞争力。</p>
</body></html>"""


def report(target: Path, turned_label: str = "") -> Path:
    """A one-page report (no masthead, no columns, no page furniture), printed by WeasyPrint;
    with ``turned_label``, a line of text set at 90° in the margin, as papers set vertical
    section labels."""
    from weasyprint import HTML

    label = f'<div class="turned">{turned_label}</div>' if turned_label else ""
    HTML(string=REPORT_HTML.format(turned=label)).write_pdf(target)
    return target
