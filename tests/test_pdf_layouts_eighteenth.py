"""The PDF path on forms met in the twenty-first set's PDFs, heldout15 and heldout17 (session
11): a spread of works (paintings, calligraphy) each captioned by its number, one line naming
their authors in order under the spread; a reporter's name padded to three cells ending a
justified dateline; a Mongol correspondent closing a dateline's bracket; a commentator's name
padded after the author's mark; a notice's contact line and its issuer and date closing it;
a commentator's role set over the headline.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import articles
from teipress.decode.glyphs import Glyph, build_lines
from teipress.decode.lines import Box
from teipress.segment.geometry.photos import photo_credit
from teipress.segment.geometry.roles import lone_byline
from test_pdf_layouts import BOTH, article, articles_of, caption_of, figures, norm, read

CALLIGRAPHY = "jinnan-laonian-2026-02-10-p07"
WEATHER = "songling-news-2026-11-23-p03"
EVENING = "yongcheng-evening-2026-07-15-p06"
PASTORAL = "sailimu-pastoral-2026-11-04-p03"
MOTOR = "wudang-motor-2026-08-12-p04"
LAOQU = "dabie-laoqu-2026-10-14-p03"


@pytest.mark.parametrize(("line", "names"), [
    ("（作者依次为冯志远、程淑贞、景德昌，均为运城市老年大学学员）",
     ["冯志远", "程淑贞", "景德昌"]),
    ("（左起作者分别为王建国、李秀英）", ["王建国", "李秀英"]),
])
def test_a_line_naming_the_works_authors_in_order_is_a_credit(line, names):
    """（作者依次为甲、乙、丙，均为…）under works shown side by side: a credit naming each
    work's author, in the order the works are numbered."""
    found = photo_credit(line)
    assert found is not None
    assert found[0] == 0
    assert found[2] == names


def test_a_sentence_naming_authors_is_no_credit():
    """The same words inside running text, not closing it in brackets, credit nothing."""
    assert photo_credit("展出作品的作者依次为王建国、李秀英等老人。") is None


@BOTH
def test_a_works_spread_under_one_authors_line_is_one_figure(typesetter):
    """Three works, each captioned 图①：《…》（国画）, one line under them naming their authors
    in order (（作者依次为…））: one figure, the captions joined in order, that line its credit
    (stacked in one column, the line run on under the last caption; two a row, set apart
    flush right under the grid)."""
    page, gold = read(f"{CALLIGRAPHY}-{typesetter}")
    want = next(f for f in gold["figures"] if isinstance(f["credit"], list))
    got = [f for f in figures(page) if caption_of(f).startswith("图①")]
    assert len(got) == 1
    assert caption_of(got[0]) == norm(want["caption"])
    assert got[0].credit is not None
    assert got[0].credit.names == want["credit"]
    assert len(figures(page)) == len(gold["figures"])


def _set(text: str, x: float, y: float, size: float, stretch: float) -> list[Glyph]:
    """``text`` set from ``x`` on one baseline as a justified line draws it: each character
    a cell of ``size``, ``stretch`` of white after each, a space (drawn as no glyph) a
    quarter cell and an ideographic space a whole cell of white, stretched alike."""
    glyphs = []
    for char in text:
        if char == " ":
            x += size / 4 + stretch
        elif char == "\u3000":
            x += size + stretch
        else:
            glyphs.append(Glyph(char, Box(x, y, x + size, y + size), size, origin=x))
            x += size + stretch
    return glyphs


def test_a_padded_name_ending_a_justified_line_is_one_line():
    """本报讯 记者 郇　莉 set on its own indented line, justified to the column's edge: the
    name's second half, flush right after its pad and the line's stretch, is no line of
    its own (the lines over and under fill the column's measure)."""
    size = 10.47
    glyphs = (_set("老教师进村写春联的故事很多的", 40.29, 800, size, 0)
              + _set("本报讯 记者 郇\u3000莉", 61.24, 814, size, 2.59)
              + _set("“王大娘，您家的春联写好", 40.29, 828, size, 0.7))
    lines, _rotated = build_lines(glyphs, [])
    assert [line.text for line in lines] == [
        "老教师进村写春联的故事很多的", "本报讯 记者 郇 莉", "“王大娘，您家的春联写好"]


@BOTH
def test_a_reporter_padded_at_the_datelines_end_is_its_byline(typesetter):
    """本报讯 记者 郇　莉 on a line of its own over the first paragraph: the reporter is the
    byline's, and the paragraphs are the gold's, the first opening with its own words."""
    page, gold = read(f"{CALLIGRAPHY}-{typesetter}")
    want = next(a for a in gold["articles"] if a["headline"] == "老教师进村写春联")
    got = article(page, "老教师进村写春联")
    assert got.dateline is not None
    assert norm(got.dateline.byline) == "记者郇莉"
    assert [norm(p.text) for p in got.paragraphs] == [norm(p) for p in want["paragraphs"]]


@pytest.mark.parametrize("wrap", ["通讯员\n乌云其其格）", "通讯\n员 乌云其其格）"])
def test_a_mongol_correspondent_closing_a_datelines_bracket(wrap):
    """本报讯（记者 某某 通讯员 乌云其其格）wrapped before the name or inside the role word:
    a Mongol name has no surname and may join two names, five characters here; after the
    role word, closing the bracket, it is the dateline's, not the paragraph's first words."""
    page = ("五大雪场同日开板\n\n"
            f"本报讯（记者 呼延朔 {wrap}11月21日，随着第一\n批滑雪爱好者从山顶滑下。\n")
    (got,) = articles(page)
    assert got.dateline is not None
    assert got.dateline.names == ["呼延朔", "乌云其其格"]
    assert [p.text for p in got.paragraphs] == ["11月21日，随着第一批滑雪爱好者从山顶滑下。"]


@BOTH
def test_a_datelines_mongol_correspondent_on_the_pdf_path(typesetter):
    """The same dateline as the PDF path reads it: the first paragraph is the gold's."""
    page, gold = read(f"{WEATHER}-{typesetter}")
    want = gold["articles"][0]
    got = article(page, want["headline"])
    assert got.dateline is not None
    assert got.dateline.names == ["呼延朔", "乌云其其格"]
    assert norm(got.paragraphs[0].text) == norm(want["paragraphs"][0])


@pytest.mark.parametrize(("line", "byline"), [
    ("□ 闭\u3000宁", True), ("文/ 农　丹", True), ("□ 快\u3000讯", False), ("□ 要 闻", False)])
def test_a_name_padded_to_three_cells_after_the_authors_mark(line, byline):
    """□ 某　某 under a commentary's head: the pad is how a name is set, so it is the author
    whatever the surname (a Zhuang's 闭 is on no common list); a word letter-spaced after a
    mark (□ 快　讯) is none."""
    assert lone_byline(line) is byline


@BOTH
def test_a_commentators_padded_name_is_its_byline_not_its_subtitle(typesetter):
    """晚报时评 / 城市的温度在细节里 / □ 闭　宁: the author's line under the headline is the
    byline, no subtitle."""
    page, _gold = read(f"{EVENING}-{typesetter}")
    got = article(page, "城市的温度在细节里")
    assert got.subtitle is None
    assert [norm(b.text) for b in got.bylines] == ["□闭宁"]


@BOTH
def test_a_notices_contact_line_closes_it_and_heads_no_brief(typesetter):
    """寻畜启事, first under the label 牧区简讯, closed by 联系人：某某 电话：… set small over the
    next brief's head: the contact line is the notice's, no kicker of that brief, and the
    label heads nothing."""
    page, gold = read(f"{PASTORAL}-{typesetter}")
    assert "牧区简讯" in [item.text for item in page.furniture if item.kind == "label"]
    for headline in ("寻畜启事", "全州启动冬季牲畜防疫"):
        got = article(page, headline)
        want = next(a for a in gold["articles"] if a["headline"] == headline)
        assert got.kicker is None
        assert [norm(p.text) for p in got.paragraphs] == [norm(p) for p in want["paragraphs"]]
    assert [norm(b.text) for b in article(page, "寻畜启事").trailing] == [
        "联系人：额尔敦其木格电话：13899621047"]


def test_a_notices_issuer_and_date_flush_right_close_it():
    """关于举办…的通知 under the boxed label 厂区简讯, its attachments' lines, then the issuer
    and the date set flush right far beyond them: they close the notice (no article of their
    own), and the label heads the column, no kicker of the notice."""
    page, gold = read(f"{MOTOR}-chromium")
    got = article(page, "关于举办2026年职工技能大赛的通知")
    assert got.kicker is None
    assert [norm(b.text) for b in got.trailing] == ["公司工会", "2026年8月10日"]
    assert len(articles_of(page)) == len(gold["articles"])
    assert "厂区简讯" in [item.text for item in page.furniture if item.kind == "label"]


@BOTH
def test_a_commentators_role_set_over_the_headline_is_its_kicker(typesetter):
    """本报评论员文章 set small right over the headline, 本报评论员 under it: a byline is
    printed under the heads, so the line over them is the kicker."""
    page, gold = read(f"{LAOQU}-{typesetter}")
    want = next(a for a in gold["articles"] if a["kicker"] == "本报评论员文章")
    got = article(page, want["headline"])
    assert got.kicker is not None
    assert norm(got.kicker.text) == "本报评论员文章"
    assert [norm(b.text) for b in got.bylines] == ["本报评论员"]


def test_two_han_names_wrapped_in_a_datelines_bracket_are_no_mongol_name():
    """本报讯（记者 许嘉禾 / 周岩）: two Han names, the bracket wrapped between them, run
    together when the lines are joined; they are no Mongol name of five characters, and the
    space between them is set back."""
    (got,) = articles("两会速递\n\n本报讯（记者 许嘉禾\n周岩）今天上午，市人代会开\n幕。\n")
    assert got.dateline is not None
    assert got.dateline.byline == "（记者 许嘉禾 周岩）"
