"""The PDF path on forms met in the lowest tunable PDFs after session 8 (the sixteenth set's
steppe page) and on places where a step could lose a printed line: each test prints a small
page made for the form with headless Chromium and converts it as a user would, or reads it
back and checks one rule of the geometry passes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from pdf_inputs import chromium_pdf
from teipress.decode.pdf import read_pdf
from teipress.segment import segment_pdf_page
from teipress.segment.geometry import PDF_PASSES
from teipress.segment.geometry.paragraphs import ColumnEdges, pieces
from teipress.segment.geometry.state import GeometryState
from teipress.segment.model import Article, Byline, Figure, Page, Paragraph
from teipress.segment.passes import run_passes
from test_pdf_layouts import norm
from test_pdf_layouts_tenth import _photo

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Chromium")

STYLE = """@page { size: A4; margin: 20mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 24pt; margin: 0 0 10pt; }
p { width: 30em; margin: 0; text-indent: 2em; line-height: 1.5; }"""


def _read(html: str, tmp_path) -> Page:
    return segment_pdf_page(next(iter(read_pdf(chromium_pdf(html, tmp_path)))))


def _convert(html: str, tmp_path) -> str:
    """The TEI of the page converted as a user would (the converter refuses a page whose
    text would change: a line lost or doubled)."""
    pdf = chromium_pdf(html, tmp_path)
    out = tmp_path / "out.xml"
    run = subprocess.run([sys.executable, "-m", "teipress", "convert", str(pdf), "-o",
                          str(out), "--force"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out.read_text(encoding="utf-8")


def _articles(page: Page) -> list[Article]:
    return [item for item in page.body if isinstance(item, Article)]


# A photo's title centred over it, a word in a larger face set in front of it on its
# baseline (看点): the word is the title's label (find_labels), and the title is the photo's.
LABELLED_PHOTO_TITLE = f"""<!doctype html><html><head><meta charset=utf-8><style>
{STYLE}
.fig {{ width: 80mm; margin: 12pt 0; }} .fig img {{ width: 80mm; display: block; }}
.fig p {{ width: 80mm; text-indent: 0; line-height: 1.3; }}
.fig p.title {{ text-align: center; }}
.fig p.caption {{ font-family: 'Noto Sans CJK SC'; font-size: 9pt; }}
.tag {{ font-family: 'Noto Sans CJK SC'; font-size: 16pt; font-weight: bold;
        margin-right: 19pt; }}
</style></head><body>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
<div class=fig><p class=title><span class=tag>看点</span>城市书房里的周末时光</p>
<img src="{{photo}}">
<p class=caption>4月12日，市民在城市书房里阅读。 本报记者 柏青 摄</p></div>
<p>活动期间，部分书店推出优惠措施，线上线下同步开展荐书活动，不少家长带着孩子前来选书，
现场气氛热烈。</p>
</body></html>"""


@needs_chromium
def test_a_labelled_title_over_a_photo_keeps_its_label(tmp_path):
    """The block a label stands in front of becomes the photo's title: the label goes with
    it (the converter refused the page when the title was taken without it)."""
    tei = _convert(LABELLED_PHOTO_TITLE.replace("{photo}", _photo()), tmp_path)
    assert "看点" in tei
    page = _read(LABELLED_PHOTO_TITLE.replace("{photo}", _photo()), tmp_path)
    (figure,) = [f for a in _articles(page) for f in a.figures] + [
        f for f in page.body if isinstance(f, Figure)]
    assert figure.title is not None
    assert norm(figure.title.text) == "看点城市书房里的周末时光"


# An appointments roll set smaller under its note, one clause a row closed by a semicolon,
# the last under each title by a full stop; a clause may fill its line to the column's edge.
APPOINTMENTS = f"""<!doctype html><html><head><meta charset=utf-8><style>
{STYLE}
.roll {{ width: 17em; }} .roll p {{ width: auto; }}
.roll p.entry {{ font-size: 10pt; text-indent: 0; }}
</style></head><body>
<h1>市人民代表大会常务委员会任免名单</h1>
<div class=roll>
<p>（2026年3月20日市第十六届人民代表大会常务委员会第九次会议通过）</p>
<p class=entry>任命：</p>
<p class=entry>周文斌为市生态环境局局长；</p>
<p class=entry>郑晓红为市交通运输局局长；</p>
<p class=entry>韩立新为市民族宗教事务局局长。</p>
<p class=entry>免去：</p>
<p class=entry>冯国强的市生态环境局局长职务；</p>
<p class=entry>郑晓红的市交通运输局副局长职务。</p>
</div>
</body></html>"""


@needs_chromium
def test_an_appointments_roll_set_smaller_after_its_note_is_one_list(tmp_path):
    """Rows of clauses under 任命： and 免去：, set smaller than the note over them: one list,
    a row an entry (a clause filling its line still ends at its semicolon); the note stays
    the one paragraph."""
    (article,) = _articles(_read(APPOINTMENTS, tmp_path))
    assert [norm(p.text) for p in article.paragraphs if p.block is None] == [
        "（2026年3月20日市第十六届人民代表大会常务委员会第九次会议通过）"]
    (roll,) = [p for p in article.paragraphs if p.block == "list"]
    assert [norm(row[0]) for row in roll.rows] == [
        "任命：", "周文斌为市生态环境局局长；", "郑晓红为市交通运输局局长；",
        "韩立新为市民族宗教事务局局长。", "免去：", "冯国强的市生态环境局局长职务；",
        "郑晓红的市交通运输局副局长职务。"]


# Under an article set in three columns, a brief runs one line across the page's width,
# signed by its reporters set flush right on the line under it, in a bracket: the signature
# takes its column's edges from the column of text over it, the brief's line its own.
SIGNED_BRIEF = f"""<!doctype html><html><head><meta charset=utf-8><style>
{STYLE}
h2 {{ font-family: 'Noto Sans CJK SC'; font-size: 18pt; font-weight: bold; margin: 12pt 0 2pt; }}
hr {{ border: 0; border-top: 1px solid #333; margin: 14pt 0 0; }}
p {{ width: auto; }} p.sig {{ text-align: right; text-indent: 0; }}
.cols {{ column-count: 3; column-gap: 2em; }}
</style></head><body>
<h1>草场分区轮牧 牧民减畜不减收</h1>
<div class=cols>
<p>六月的草原，草场绿意正浓。在巴音胡舒嘎查，牧民骑着摩托车，把羊群从一号草场赶往三号草场。
以前是一群羊从春吃到秋，草还没长起来就被啃光了。三年前，他把自家的草场用网围栏分成四块，
按季节轮流放牧，羊从六百只减到了三百五十只，可草长高了，羊长得更壮，卖价也高了。</p>
<p>嘎查党支部书记介绍，全嘎查八十二户牧民已有七十六户实行了分区轮牧，草原植被盖度从百分之
四十五提高到百分之六十二。嘎查还成立了牧民合作社，统一收购、统一销售，让牧民的羊肉卖上了
好价钱。今年，全旗推广分区轮牧，计划用三年时间覆盖八成以上的牧户。</p>
</div>
<hr><h2>全市中小学生阅读活动启幕</h2>
<p>本报讯 第五届全市中小学生阅读活动日前启动，将持续到11月。</p>
<p class=sig>（宝音图 其其格）</p>
</body></html>"""


@needs_chromium
def test_a_signature_set_flush_right_under_a_one_line_brief_is_no_part_of_it(tmp_path):
    """A one-line block takes no column edges from longer ones, the signature under it takes
    those of the column over it: the line under the brief's sentence, starting past that
    sentence's end, opens a piece of its own, never running on in the brief's paragraph."""
    pdf_page = next(iter(read_pdf(chromium_pdf(SIGNED_BRIEF, tmp_path))))
    state = GeometryState(pdf_page, "", Page(size=pdf_page.size))
    run_passes(state, PDF_PASSES[:5])
    (region,) = [r for r in state.regions if any("宝音图" in b.text for b in r.blocks)]
    found = pieces(region.blocks, ColumnEdges(state.blocks))
    assert [norm(p.text) for p in found if isinstance(p, Paragraph)] == [
        "本报讯第五届全市中小学生阅读活动日前启动，将持续到11月。"]
    assert [norm(b.text) for b in found if isinstance(b, Byline)] == ["（宝音图其其格）"]
    # and the page as converted
    article = _articles(_read(SIGNED_BRIEF, tmp_path))[-1]
    assert [norm(p.text) for p in article.paragraphs] == [
        "第五届全市中小学生阅读活动日前启动，将持续到11月。"]


# A text closed by a colon, then a box's points set smaller, under a short bold title, each
# opening with its number and ending with a full stop, wrapped in a narrow column.
NUMBERED_POINTS = f"""<!doctype html><html><head><meta charset=utf-8><style>
{STYLE}
.col {{ width: 10em; }} .col p {{ width: auto; }}
.col p.point {{ font-size: 10pt; text-indent: 0; }}
.col p.title {{ font-size: 10pt; text-indent: 0; font-weight: bold; margin-top: 6pt; }}
</style></head><body>
<h1>冬季防病小贴士</h1>
<div class=col>
<p>冬季气温低、昼夜温差大，流感等疾病进入高发期。市疾控中心提醒市民注意以下几点：</p>
<p class=title>防病要点</p>
<p class=point>1.注意保暖，出门戴好帽子、围巾和口罩。</p>
<p class=point>2.室内经常开窗通风，每次不少于半小时。</p>
<p class=point>3.出现发热、咳嗽等症状，及时就医。</p>
</div>
</body></html>"""


@needs_chromium
def test_numbered_points_set_smaller_after_the_text_are_one_list(tmp_path):
    """Points numbered from 1, each a sentence, set smaller under their title after the
    text's colon: one list, a point a row (its wrapped lines joined), the title its first
    row; the text stays the one paragraph."""
    (article,) = _articles(_read(NUMBERED_POINTS, tmp_path))
    assert [norm(p.text) for p in article.paragraphs if p.block is None] == [
        "冬季气温低、昼夜温差大，流感等疾病进入高发期。市疾控中心提醒市民注意以下几点："]
    (points,) = [p for p in article.paragraphs if p.block == "list"]
    assert [norm(row[0]) for row in points.rows] == [
        "防病要点", "1.注意保暖，出门戴好帽子、围巾和口罩。",
        "2.室内经常开窗通风，每次不少于半小时。", "3.出现发热、咳嗽等症状，及时就医。"]


# A local dateline, then the first sentence opening with 记者从… (the reporter learned from
# an office), the line broken inside the office's name in a narrow column.
REPORTER_LEARNED = f"""<!doctype html><html><head><meta charset=utf-8><style>
{STYLE}
p {{ width: 11.4em; }}
</style></head><body>
<h1>新学期校车线路增至46条</h1>
<p>晚报讯 记者从市教育局获悉，新学期全市校车线路增至46条，覆盖38所农村中小学。</p>
</body></html>"""


@needs_chromium
def test_a_first_sentence_opening_with_the_reporter_is_no_byline(tmp_path):
    """晚报讯 记者从市教育 / 局获悉…: the words after the dateline that end its line are no
    unbracketed byline (role and name set apart), but the first sentence: whole in the
    paragraph, no reporter named."""
    pdf_page = next(iter(read_pdf(chromium_pdf(REPORTER_LEARNED, tmp_path))))
    assert pdf_page.lines[1].text.strip().endswith("记者从市教育")  # the form under test
    (article,) = _articles(segment_pdf_page(pdf_page))
    assert article.dateline is not None
    assert norm(article.dateline.text) == "晚报讯"
    assert not article.dateline.byline
    assert norm(article.paragraphs[0].text) == norm(
        "记者从市教育局获悉，新学期全市校车线路增至46条，覆盖38所农村中小学。")


# A picture with its caption under it, a sentence; right under the caption, starting past its
# middle within the picture's width, the first entry of a notice set beside it in the next
# column, in about the caption's size.
CAPTION_BESIDE_A_NOTICE = f"""<!doctype html><html><head><meta charset=utf-8><style>
{STYLE}
.fig {{ position: absolute; left: 0; top: 60pt; width: 300pt; }}
.fig img {{ width: 300pt; display: block; }}
.fig p, .entry p {{ width: auto; text-indent: 0; font-family: 'Noto Sans CJK SC';
                    font-size: 8.2pt; line-height: 1.3; }}
.entry {{ position: absolute; left: 150pt; width: 150pt; }}
.entry p {{ font-size: 8.7pt; font-weight: bold; }}
.text {{ position: absolute; left: 0; width: 300pt; }}
</style></head><body>
<div class=fig><img src="{{photo}}"><p>一四七团八连职工在日光温室里采摘葡萄。</p></div>
<div class=entry style="top: {{entry_top}}pt"><p>阿依江·努尔别克 女，哈萨克族，1985年生，
一五〇团十二连党支部书记、连长</p></div>
<div class=text style="top: {{text_top}}pt"><h1>致富带头人推荐人选公示</h1>
<p>经基层推荐、资格审查和组织考察，现将推荐人选予以公示。公示期间如有意见，请向师市组织部反映。</p></div>
</body></html>"""


@needs_chromium
def test_text_starting_further_in_under_a_caption_that_ends_its_sentence_is_not_caption(tmp_path):
    """Under a caption that ends its sentence, a block set from well in (neither from the
    caption's start nor on its centre, and no credit) is none of it."""
    photo = _photo()
    top = 60 + 300 * 300 / 480  # the picture's foot, in points
    html = (CAPTION_BESIDE_A_NOTICE.replace("{photo}", photo)
            .replace("{entry_top}", f"{top + 20:.0f}").replace("{text_top}", f"{top + 60:.0f}"))
    page = _read(html, tmp_path)
    figures = [f for a in _articles(page) for f in a.figures] + [
        f for f in page.body if isinstance(f, Figure)]
    assert [norm(p.text) for f in figures for p in f.caption] == [
        "一四七团八连职工在日光温室里采摘葡萄。"]
