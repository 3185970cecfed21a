"""The PDF path on forms first met in the tenth held-out PDF set (tests/pdfpages/heldout10)
and the fourteenth text set's PDFs: each test prints a small page made for the form with
headless Chromium, reads it back and checks one rule of the geometry passes.
"""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from pdf_inputs import needs_chromium
from test_pdf_layouts import article, caption_of, figures, norm, printed


def _photo() -> str:
    """A picture as a data URI: a grey field with a dark block, so it is no blank frame."""
    image = Image.new("RGB", (480, 300), (170, 170, 160))
    image.paste((60, 70, 90), (80, 60, 260, 220))
    data = io.BytesIO()
    image.save(data, "PNG")
    return "data:image/png;base64," + base64.b64encode(data.getvalue()).decode()


def _page(figure: str) -> str:
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: A4; margin: 20mm; }} body {{ font-family: 'Noto Serif CJK SC'; font-size: 11pt; }}
h1 {{ font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }}
p {{ margin: 0; text-indent: 2em; line-height: 1.5; }}
.fig {{ width: 80mm; margin: 12pt 0; }} .fig img {{ width: 80mm; display: block; }}
.fig p {{ font-family: 'Noto Sans CJK SC'; font-size: 8pt; text-indent: 0; line-height: 1.3; }}
.fig .by {{ text-align: right; }}
</style></head><body>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
{figure}
<p>活动期间，部分书店推出优惠措施，线上线下同步开展荐书活动，不少家长带着孩子前来选书，
现场气氛热烈。</p>
</body></html>"""


@needs_chromium
def test_a_wires_photo_credit_run_on_after_the_caption(tmp_path):
    """新华社发 柏　青 摄 run on after the caption's last sentence, the name padded to three
    cells: the wire sent the photo, the photographer is the credit, and the caption ends at
    its sentence."""
    photo = _photo()
    html = _page(f"""<div class=fig><img src="{photo}">
<p>4月12日，市民在城市书房里阅读。 新华社发 柏　青 摄</p></div>""")
    (figure,) = figures(printed(html, tmp_path))
    assert norm(caption_of(figure)) == norm("4月12日，市民在城市书房里阅读。")
    assert figure.credit is not None
    assert figure.credit.names == ["柏青"]


@needs_chromium
def test_a_works_author_on_a_line_of_its_own_under_its_caption(tmp_path):
    """A calligraphy reproduced, its transcription, script and size as the caption, and
    作者 沈墨池 set right on a line of its own under it: the author is the work's credit, no
    part of its caption."""
    photo = _photo()
    html = _page(f"""<div class=fig><img src="{photo}">
<p>释文：白日依山尽，黄河入海流。欲穷千里目，更上一层楼。 隶书 136×68厘米</p>
<p class=by>作者 沈墨池</p></div>""")
    (figure,) = figures(printed(html, tmp_path))
    assert norm(caption_of(figure)) == norm(
        "释文：白日依山尽，黄河入海流。欲穷千里目，更上一层楼。 隶书 136×68厘米")
    assert figure.credit is not None
    assert figure.credit.names == ["沈墨池"]


def _folio_page(folio: str) -> str:
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: A3; margin: 12mm 15mm; }}
body {{ font-family: 'Noto Serif CJK SC'; font-size: 11pt; }}
.folio {{ border-bottom: 2px solid #8b1a1a; padding-bottom: 4pt; margin-bottom: 14pt; }}
.folio span {{ margin-right: 14pt; vertical-align: middle; }}
.name {{ font-size: 14pt; font-weight: bold; }} .n {{ font-size: 20pt; font-weight: bold; }}
.date {{ font-size: 8pt; }}
.bar {{ background: #8b1a1a; color: white; padding: 2pt 8pt; font-family: 'Noto Sans CJK SC'; }}
h1 {{ font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }}
p {{ margin: 0; text-indent: 2em; line-height: 1.5; }}
</style></head><body>
<div class=folio>{folio}</div>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
<p>活动期间，部分书店推出优惠措施，线上线下同步开展荐书活动，不少家长带着孩子前来选书，
现场气氛热烈。</p>
</body></html>"""


@needs_chromium
@pytest.mark.parametrize(("folio", "section"), [
    ("<span class=name>江淮农工报</span><span class=date>2025年9月23日 星期二 秋分</span>"
     "<span class=n>03</span><span class=bar>要闻·丰收节</span>", "要闻·丰收节"),
    ("<span class=name>江淮科技报</span><span class=n>5</span>"
     "<span class=bar>要闻·全国科普日</span><span class=date>2025年9月20日 星期六</span>",
     "要闻·全国科普日"),
])
def test_a_dotted_section_on_a_bar_in_the_folio_row_is_the_section(folio, section, tmp_path):
    """The section's name reversed out of a bar beside the folio's number, two words joined
    by a dot, the second naming the day's theme (要闻·全国科普日): it is the page's section,
    before the solar term the date line ends in (星期二 秋分)."""
    page = printed(_folio_page(folio), tmp_path)
    assert norm(page.section) == norm(section)


VERTICAL_BOX = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
.box { border: 1px solid #333; width: 60mm; padding: 6pt; display: flex; margin-top: 16pt; }
.box .text { flex: 1; font-size: 9pt; } .box .text p { line-height: 1.5; }
.box .k { color: #a0281e; text-indent: 0; } .box .by { text-indent: 0; margin-bottom: 6pt; }
.box h2 { writing-mode: vertical-rl; font-family: 'Noto Sans CJK SC'; font-size: 18pt;
  margin: 24pt 0 0 8pt; }
</style></head><body>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
<div class=box><div class=text><p class=k>读书论坛</p><p class=by>□ 欧阳青</p>
<p>书房建起来容易，用起来难。要让城市书房常有人来，就得在管理和服务上多下功夫，
开放时间要贴近群众作息，图书更新要跟上读者口味。</p>
<p>书香社会不是一天建成的，需要久久为功、持续用力。</p></div>
<h2>书房要建更要用</h2></div>
</body></html>"""


@needs_chromium
def test_a_vertical_head_in_a_box_takes_the_label_and_byline_over_the_text_beside_it(
        tmp_path):
    """A commentary box with its title set vertically (竖排) on the right, its column's label
    and the byline (读书论坛 / □ 欧阳青) at the top of the text beside it: the label is the
    head's kicker, the name its byline, neither a paragraph."""
    page = printed(VERTICAL_BOX, tmp_path)
    got = article(page, "书房要建更要用")
    assert norm(got.kicker.text if got.kicker else None) == norm("读书论坛")
    assert [name for byline in got.bylines for name in byline.names] == ["欧阳青"]
    assert norm(got.paragraphs[0].text).startswith(norm("书房建起来容易"))


NOTICES = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
.label { background: #8b1a1a; color: white; font-family: 'Noto Sans CJK SC'; font-weight: bold;
  display: inline-block; padding: 1pt 6pt; margin-top: 18pt; }
h3 { font-family: 'Noto Sans CJK SC'; font-size: 16pt; margin: 10pt 0 2pt; }
.credit { font-family: 'Noto Sans CJK SC'; font-size: 10pt; font-weight: bold; text-indent: 0;
  margin-top: 2pt; }
</style></head><body>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
<hr style="border: 0; border-top: 1.5px solid #333; margin-top: 14pt">
<div class=label>好书推荐</div>
<h3>《草原上的星星》</h3>
<p>一位英国博物学家在内蒙古草原观察十年的笔记，写牧民、羊群与星空，文字清新。</p>
<p class=credit>〔英〕托马斯·格林 著  乌兰其其格 译</p>
<h3>《江河之上》</h3>
<p>一部写长江航运百年变迁的非虚构作品，从木帆船写到万吨货轮，史料扎实。</p>
<p class=credit>祁　远 著</p>
<h3>《老屋的灯》</h3>
<p>二十篇写故乡和亲情的散文，朴素真挚，读来令人动容。</p>
<p class=credit>柏清和 著</p>
</body></html>"""


@needs_chromium
def test_a_new_book_notices_credit_line_under_its_text_is_a_list_of_the_notice(tmp_path):
    """New-book notices headed by the title in 《》, each closed by the book's credit line in
    bold (〔英〕托马斯·格林 著  乌兰其其格 译, 祁　远 著): the line credits the book, so it is a
    list item of the notice above it, never the next notice's kicker nor a paragraph."""
    page = printed(NOTICES, tmp_path)
    for title, credit in (("《草原上的星星》", "〔英〕托马斯·格林 著  乌兰其其格 译"),
                          ("《江河之上》", "祁　远 著"), ("《老屋的灯》", "柏清和 著")):
        got = article(page, title)
        assert got.kicker is None
        assert [norm(p.text) for p in got.paragraphs if p.block == "list"] == [norm(credit)]
        assert len([p for p in got.paragraphs if p.block is None]) == 1


ENTRIES_BOX = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 11pt; }
h1 { font-family: 'Noto Sans CJK SC'; font-size: 30pt; margin: 0 0 10pt; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
.box { border: 1px solid #333; width: 70mm; padding: 6pt; margin-top: 16pt; }
.box h2 { font-family: 'Noto Sans CJK SC'; font-size: 18pt; margin: 0 0 6pt; }
.box .e { text-indent: 0; }
</style></head><body>
<h1>城乡书香氛围日益浓厚</h1>
<p>本报讯 近日，全市各级图书馆、农家书屋陆续推出读书分享、名家讲座等活动，吸引了大批
市民参与。主办方介绍，今年将新建城市书房二十个，让更多群众就近读书、读好书。</p>
<div class=box><h2>图书捐赠名单</h2>
<p>“书香进万家”活动开展以来，各界踊跃捐书。现将捐赠名单公布如下，谨致谢意。</p>
<p class=e>江州新华书店有限公司  3000册</p>
<p class=e>江州日报社  1200册</p>
<p class=e>柏清和  200册</p>
<p class=e>（排名不分先后）</p></div>
</body></html>"""


@needs_chromium
def test_entries_set_flush_one_a_line_after_a_boxs_text_are_a_list(tmp_path):
    """A box's paragraph, indented, then its entries set flush one a line, none ending a
    sentence (a donors' list and its closing note): one list, an item an entry, no
    paragraphs."""
    page = printed(ENTRIES_BOX, tmp_path)
    got = article(page, "图书捐赠名单")
    assert [p.block for p in got.paragraphs] == [None, "list"]
    assert [norm(cell) for row in got.paragraphs[1].rows for cell in row] == [
        norm("江州新华书店有限公司  3000册"), norm("江州日报社  1200册"), norm("柏清和  200册"),
        norm("（排名不分先后）")]


@needs_chromium
def test_a_dashed_subtitle_beside_a_vertical_head_is_its_subtitle(tmp_path):
    """The same box with the subtitle (——读《…》有感) set larger between the label
    and the byline, over the text beside the vertical head: the head's subtitle, not a
    headline of its own nor a kicker."""
    html = VERTICAL_BOX.replace(
        "<p class=by>□ 欧阳青</p>",
        "<p class=sub>——读《城市书房》有感</p><p class=by>□ 欧阳青</p>").replace(
        ".box .k {", ".box .sub { font-size: 12pt; text-indent: 0; } .box .k {")
    page = printed(html, tmp_path)
    got = article(page, "书房要建更要用")
    assert norm(got.kicker.text if got.kicker else None) == norm("读书论坛")
    assert norm(got.subtitle.text if got.subtitle else None) == norm("——读《城市书房》有感")
    assert [name for byline in got.bylines for name in byline.names] == ["欧阳青"]


TIGHT_SUBTITLE = """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 20mm; } body { font-family: 'Noto Serif CJK SC'; font-size: 10pt; }
.cols { display: flex; gap: 12pt; } .heads { width: 48mm; } .text { flex: 1; columns: 2; }
h2 { font-family: 'Noto Sans CJK SC'; font-size: 17pt; line-height: 1.0; margin: 0; }
.s { font-family: 'Noto Sans CJK SC'; font-size: 8pt; line-height: 1.25; margin: 0; }
p { margin: 0; text-indent: 2em; line-height: 1.5; }
</style></head><body><div class=cols><div class=heads>
<h2>柏清和：种田也要讲科学</h2>
<p class=s style="margin-top: -3pt">——记江淮农场种粮能手柏清和</p><p class=s>本报记者 祁远</p></div>
<div class=text>
<p>走进柏清和的家，客厅墙上挂着一张大大的地块图，每一块地的面积、品种、播种时间都标得清清楚楚。
“种地和过日子一样，得算细账。”他笑着说。</p>
<p>这些年，他先后引进了无人机植保、智能灌溉等新技术，亩产一年比一年高，成本一年比一年低。
去年，他家的水稻亩产达到一千二百斤，比周边农户高出一成多。</p>
<p>如今，柏清和还带着十几户乡亲一起种地，手把手教他们用新技术、新农机，大家的日子越过越红火。</p>
</div></div></body></html>"""


@needs_chromium
def test_a_subtitle_and_byline_chained_right_under_a_tight_set_head(tmp_path):
    """A profile's headline set solid (its box reaching into the line under it), then the
    subtitle ——记… and the byline in one small size, chained into one block: the subtitle is
    the head's, the byline the article's, neither a paragraph."""
    page = printed(TIGHT_SUBTITLE, tmp_path)
    got = article(page, "柏清和：种田也要讲科学")
    # (set this tight, Chromium's dash glyphs are read after the line's other characters:
    # the decoder's order, not this rule's)
    subtitle = norm(got.subtitle.text if got.subtitle else None)
    assert subtitle.strip("—") == "记江淮农场种粮能手柏清和"
    assert [name for byline in got.bylines for name in byline.names] == ["祁远"]
