"""The PDF path on forms first met in the twelfth held-out PDF set (tests/pdfpages/heldout12)
and the sixteenth text set's PDFs: each test prints a small page made for the form with
headless Chromium and converts it as a user would, or reads it back and checks one rule of
the geometry passes.
"""

from __future__ import annotations

import subprocess
import sys

from pdf_inputs import chromium_pdf, needs_chromium
from teipress.segment.model import Article
from test_pdf_layouts import articles_of, printed

# A notice closed by its issuer set flush right, a word in a larger face (发布) in front of
# the issuer's name on its baseline: the word is taken for the label of the block after it,
# and that block closes the text (an end mark), no paragraph.
LABELLED_CLOSER_PAGE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 24pt; margin: 0 0 10pt; }
p { width: 26em; margin: 0; text-indent: 2em; line-height: 1.5; }
p.end { text-align: right; text-indent: 0; margin-top: 6pt; }
.box { font-size: 16pt; margin-right: 19pt;
       font-family: 'Noto Sans CJK SC'; font-weight: bold; }
</style></head><body>
<h1>关于开展春季植树活动的通知</h1>
<p>各街道、社区：为改善城区生态环境，定于4月12日在滨河公园开展春季义务植树活动，请各单位
按时组织人员参加，自带劳动工具，注意安全。</p>
<p>联系人请提前报送参加人数，以便统一安排树苗和场地。</p>
<p class=end><span class=box>发布</span>滨河区绿化委员会办公室</p>
</body></html>"""


@needs_chromium
def test_a_label_held_by_a_block_that_closes_the_text_is_kept(tmp_path):
    """A short word set in a box in front of a block's first line is that block's label; the
    block then closes the text as an end mark, and the label goes with it: the page converts
    (the converter refuses a page whose text would change) and the label is in the TEI."""
    pdf = chromium_pdf(LABELLED_CLOSER_PAGE, tmp_path)
    out = tmp_path / "out.xml"
    run = subprocess.run([sys.executable, "-m", "teipress", "convert", str(pdf), "-o",
                          str(out), "--force"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    tei = out.read_text(encoding="utf-8")
    assert "发布" in tei
    assert "滨河区绿化委员会办公室" in tei


# A notices page's foot: the editors line ends with the hotline for the notices it takes.
HOTLINE_FOOT_PAGE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 24pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
.foot { position: fixed; bottom: 0; left: 0; font-size: 8pt; text-indent: 0; }
</style></head><body>
<h1>遗失声明</h1>
<p>汴河市金禾餐饮管理有限公司不慎遗失公章一枚，编号4101050082431，声明作废。</p>
<p class=foot>编辑：樊一舟 校对：訾 雯 公告热线：0371-65320188</p>
</body></html>"""


@needs_chromium
def test_a_hotline_named_for_what_it_takes_ends_the_editors_line(tmp_path):
    """编辑：樊一舟 校对：訾 雯 公告热线：0371-65320188 at the page's foot is its editors line
    (the hotline named for the notices it takes is part of it, naming no one), no article."""
    page = printed(HOTLINE_FOOT_PAGE, tmp_path)
    editors = [entry for item in page.furniture if item.kind == "editors"
               for entry in item.editors]
    assert editors == [("编辑", ["樊一舟"]), ("校对", ["訾雯"])]
    assert not any("热线" in paragraph.text for item in page.body if isinstance(item, Article)
                   for paragraph in item.paragraphs)


# A presidium's notice on a front page: its head set flush left, wrapped, and its number in
# brackets on a line of its own under it, the text set flush under the number.
NUMBERED_NOTICE_PAGE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 10pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 20pt; width: 5em; margin: 0;
     line-height: 1.1; }
.notice { width: 12em; margin-top: 100mm; } .notice p { margin: 0; line-height: 1.4; }
</style></head><body><div class=notice>
<h1>省人民代表大会主席团公告</h1>
<p>（第1号）</p>
<p>省第十四届人民代表大会第五次会议于2026年1月20日在昆阳开幕。会议应出席代表六百五十人。</p>
</div></body></html>"""


@needs_chromium
def test_a_notices_number_under_its_head_is_its_subtitle(tmp_path):
    """（第1号） on the first line under a notice's head, the text set flush under it (one
    block as read), is the notice's subtitle, no part of its text."""
    page = printed(NUMBERED_NOTICE_PAGE, tmp_path)
    (notice,) = articles_of(page)
    assert notice.subtitle is not None
    assert notice.subtitle.text == "（第1号）"
    assert notice.paragraphs[0].text.startswith("省第十四届人民代表大会第五次会议")
