"""The PDF path on forms first met in the eleventh held-out PDF set (tests/pdfpages/heldout11)
and the fifteenth text set's PDFs: each test prints a small page made for the form with
headless Chromium, reads it back and checks one rule of the geometry passes.
"""

from __future__ import annotations

import pytest

from pdf_inputs import needs_chromium
from test_pdf_layouts import article, norm, printed

SMALL_ENTRIES = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
.box { border: 1px solid #333; padding: 6pt; width: 42mm; margin-top: 16pt; }
.box h2 { font-family: 'Noto Sans CJK SC'; font-size: 18pt; margin: 0 0 6pt; }
.box p { text-indent: 2em; }
.box .e { font-size: 10pt; text-indent: 0; line-height: 1.3; }
.box .r { font-size: 10pt; text-indent: 0; text-align: right; line-height: 1.3; }
.box .e span { margin-left: 1.5em; }
</style></head><body>
<h1>港区航道疏浚工程开工</h1>
<p>本报讯 近日，港区航道疏浚工程正式开工，工程完工后航道水深将达到十五米，可满足大型集装箱船
全天候进出港的需要。港航部门提醒过往船舶注意航行安全。</p>
<div class=box><h2>航行警告</h2>
<p>因航道疏浚作业，下列各点连线水域内禁止船舶锚泊和穿越，过往船舶注意避让：</p>
<p class=e>A 点<span>24°27′30″N</span> 118°05′12″E</p>
<p class=e>B 点<span>24°27′30″N</span> 118°06′48″E</p>
<p class=e>C 点<span>24°26′18″N</span> 118°06′48″E</p>
<p class=r>江州海事局</p>
<p class=r>2026年1月13日</p></div>
</body></html>"""


@needs_chromium
def test_entries_set_smaller_after_a_boxs_text_are_a_list(tmp_path):
    """A warning's points printed after its text one entry a line in a smaller size, each
    wrapping in the narrow box (A 点  24°27′30″N / 118°05′12″E): one list of three entries, no
    paragraphs nor subheads; the issuer and the date set flush right still close the text."""
    page = printed(SMALL_ENTRIES, tmp_path)
    got = article(page, "航行警告")
    assert [p.block for p in got.paragraphs] == [None, "list"]
    assert not got.sections
    assert [norm(cell) for row in got.paragraphs[1].rows for cell in row] == [
        norm("A 点 24°27′30″N 118°05′12″E"), norm("B 点 24°27′30″N 118°06′48″E"),
        norm("C 点 24°26′18″N 118°06′48″E")]
    assert [norm(b.text) for b in got.trailing] == [norm("江州海事局"), norm("2026年1月13日")]


REPLY_BOX = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
.box { border: 1px solid #333; padding: 6pt; width: 52mm; margin-top: 16pt; }
.box h2 { font-family: 'Noto Sans CJK SC'; font-size: 18pt; margin: 0 0 6pt; }
.box .u { text-indent: 0; text-align-last: right; margin-top: 6pt; }
</style></head><body>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
<div class=box><h2>社保卡能否异地使用？</h2>
<p>网友留言：我在外地工作，社保卡能不能在工作地看病买药？</p>
<p>答复：您好！社保卡已实现全省通用，可在省内各定点医院和药店直接使用。感谢您的关注。</p>
<p class=u>（答复单位：江州市社会保险事业管理中心）</p></div>
</body></html>"""


@needs_chromium
def test_a_replys_answering_office_wrapped_and_set_right_closes_the_text(tmp_path):
    """The answering office in one bracket after a reply, wrapped, its last line set flush
    right (（答复单位：江州市社会保险 / 事业管理中心）): one note closing the text, no
    paragraph."""
    page = printed(REPLY_BOX, tmp_path)
    got = article(page, "社保卡能否异地使用？")
    assert [norm(p.text)[:4] for p in got.paragraphs] == ["网友留言", "答复：您"]
    assert [norm(b.text) for b in got.trailing] == [
        norm("（答复单位：江州市社会保险事业管理中心）")]


ROUNDTABLE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 26pt; margin: 0 0 6pt; }
.by { font-family: 'Noto Sans CJK SC'; font-size: 10pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; } .text { columns: 2; }
</style></head><body>
<h1>志愿服务怎样才能长久？</h1>
<p class=by>主持人：本报记者 柏清和</p>
<div class=text>
<p>主持人：今年是学雷锋纪念日六十二周年。志愿服务怎样才能从“一阵风”变成“常态化”？</p>
<p>祁远：关键是要有制度保障。我们社区把志愿服务纳入了积分管理，服务时长可以兑换生活用品。</p>
<p>乌兰：还要让志愿者有获得感。社区的老人见了志愿者就拉着手说谢谢，这种感觉比什么奖励都强。</p>
<p>主持人：感谢各位嘉宾的分享。</p>
</div></body></html>"""


@needs_chromium
def test_a_roundtables_moderator_under_its_head_is_the_byline(tmp_path):
    """主持人：本报记者 某某 under a roundtable's headline: the piece's byline naming the
    moderator, not its subtitle; the turns opening 主持人： stay paragraphs."""
    page = printed(ROUNDTABLE, tmp_path)
    got = article(page, "志愿服务怎样才能长久？")
    assert got.subtitle is None
    assert [name for byline in got.bylines for name in byline.names] == ["柏清和"]
    assert len(got.paragraphs) == 4


COMMENTARY = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 26pt; margin: 0 0 6pt; }
.by { font-family: 'Noto Sans CJK SC'; font-size: 11pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; } .text { columns: 2; }
</style></head><body>
<h1>让职工在连队安心扎根</h1>
<p class=by>BYLINE</p>
<div class=text>
<p>连队是兵团最基层的组织，职工是连队发展的主体。留住人、留好人，连队才有活力。</p>
<p>这些年，各团场在住房、医疗、子女上学等方面下了不少功夫，职工的日子越过越好。</p>
<p>让职工安心扎根，既要有看得见的实惠，也要有干事创业的舞台。</p>
</div></body></html>"""


@needs_chromium
@pytest.mark.parametrize("byline", ["本报评论员 何　强", "■ 何强", "■何强"])
def test_a_commentators_role_or_a_solid_mark_before_a_name_under_a_head_is_the_byline(
        byline, tmp_path):
    """本报评论员 某某 (the role, then the name) or ■ 某某 (the mark a feature page sets before
    its author) under a head: the byline naming the writer, not a subtitle."""
    page = printed(COMMENTARY.replace("BYLINE", byline), tmp_path)
    got = article(page, "让职工在连队安心扎根")
    assert got.subtitle is None
    assert [name for b in got.bylines for name in b.names] == ["何强"]
