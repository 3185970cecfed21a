"""The PDF path on forms met in the twenty-fourth set's PDFs (session 12): an expert's reply
under a reader's letter, signed under its headline with the expert's unit and post before the
name (专家回复 / 省农科院植保所研究员 某某); and, from the dev set's consumer page, a
commentator's Uyghur name alone under the headline (热依拉·艾买提); from heldout9, the makers
of an oral account (口述：某某  整理：本报记者 某某) and a book's recommender (推荐人：…馆员 某某)
named with their roles under the heads; from heldout11, a navigation warning's document number
under its head, wrapped in the narrow column (航行警告 / 厦航警〔2026〕3 / 号); from the dev
set's teachers' page, a reader's signature whose name wraps onto a line set flush right
(石桥村学生家长 侯小 / 军).
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

import pytest

from teipress.segment.geometry.roles import NOTICE_NUMBER, lone_byline
from test_pdf_layouts import BOTH, article, norm, read

AGRITECH = "wanbei-agritech-2026-07-08-p03"
CONSUMER = "consumer-news-2025-09-18-p04"
TEA = "dianqian-tea-2026-04-20-p05"
KIDS = "chunmiao-kids-2025-05-30-p04"
SHIPPING = "haixi-shipping-2026-01-14-p02"
TEACHERS = "teachers-news-2026-04-08-p03"


@pytest.mark.parametrize(("line", "byline"), [
    ("省农科院植保所研究员 逯长春", True),
    ("附属第一医院儿科 孔令仪", True),
    ("市疾控中心主任医师 钟　岚", True),
    ("稳预期 强信心", False),
    ("乡村振兴 田园新景", False),
    ("李明 王芳", False),
])
def test_an_expert_signing_with_unit_and_post_before_the_name(line, byline):
    """An expert signs under the headline with the unit and post before the name, a space
    between (省农科院植保所研究员 某某): a byline, though the unit ends in no institution's
    word; two phrases set apart (a kicker's 稳预期 强信心) or two names are none."""
    assert lone_byline(line) is byline


@BOTH
def test_an_experts_reply_is_signed_under_its_headline_not_subtitled(typesetter):
    """专家回复 over 省农科院植保所研究员 逯长春 and the reply: that line is the reply's byline,
    naming the expert, and no subtitle."""
    page, gold = read(f"{AGRITECH}-{typesetter}")
    want = next(a for a in gold["articles"] if a["headline"] == "专家回复")
    got = article(page, "专家回复")
    assert got.subtitle is None
    assert [norm(b.text) for b in got.bylines] == ["省农科院植保所研究员逯长春"]
    assert [name for b in got.bylines for name in b.names] == want["bylines"]
    assert [norm(p.text) for p in got.paragraphs] == [norm(p) for p in want["paragraphs"]]


@pytest.mark.parametrize(("line", "byline"), [
    ("热依拉·艾买提", True), ("□ 古丽娜·努尔兰", True),
    ("人物·巾帼风采", False), ("创新驱动·城市样本", False),
])
def test_a_transliterated_name_alone_is_a_byline(line, byline):
    """A Uyghur or Kazakh name, its parts joined by the middle dot (热依拉·艾买提), has no Han
    surname, yet alone under a head it is the author's, as a Han name is; a column tag set
    with the dot (人物·巾帼风采) is made of common words and is none."""
    assert lone_byline(line) is byline


@BOTH
def test_a_commentators_transliterated_name_is_its_byline_not_its_subtitle(typesetter):
    """消费观察 / 让月饼回归“团圆味” / 热依拉·艾买提: the name under the headline is the
    commentary's byline, no subtitle."""
    page, gold = read(f"{CONSUMER}-{typesetter}")
    want = next(a for a in gold["articles"] if a["kicker"] == "消费观察")
    got = article(page, want["headline"])
    assert got.subtitle is None
    assert [name for b in got.bylines for name in b.names] == want["bylines"]


@pytest.mark.parametrize(("line", "byline"), [
    ("口述：龙春芽  整理：本报记者 吴雨前", True),
    ("推荐人：市图书馆少儿部馆员 钟小铃", True),
    ("主持人：本报记者 韩　冰", True),
    ("口述：老茶农的故事", False),
    ("推荐理由：图文并茂", False),
])
def test_the_makers_named_with_their_roles(line, byline):
    """Who told an account and who wrote it up (口述：某某  整理：本报记者 某某), who recommends
    a book (推荐人：…馆员 某某), one or several roles on the line, each naming someone: a
    byline; a role naming no one, or a box's field (推荐理由：…), is none."""
    assert lone_byline(line) is byline


@BOTH
@pytest.mark.parametrize(("name", "makers"), [(TEA, ["龙春芽", "吴雨前"]), (KIDS, ["钟小铃"])])
def test_the_makers_line_under_the_heads_is_the_byline_not_the_subtitle(
        typesetter, name, makers):
    """The oral account's 口述：龙春芽  整理：本报记者 吴雨前, the recommended book's
    推荐人：市图书馆少儿部馆员 钟小铃, under the headline: the byline, naming them, no subtitle."""
    page, gold = read(f"{name}-{typesetter}")
    want = next(a for a in gold["articles"] if a["bylines"] == makers)
    got = article(page, want["headline"])
    assert got.subtitle is None
    assert [n for b in got.bylines for n in b.names] == makers


@pytest.mark.parametrize(("line", "number"), [
    ("厦航警〔2026〕3号", True), ("国发〔2026〕12号", True), ("（第1号）", True),
    ("2026年第3号", False), ("厦航警〔2026〕3号文件要求", False),
])
def test_a_notices_document_number(line, number):
    """The issuer's code, the year in 〔〕 and the number (厦航警〔2026〕3号), as official
    notices print it under their heads, is a notice's number; a sentence citing one is none."""
    assert bool(NOTICE_NUMBER.fullmatch(line)) is number


@BOTH
def test_a_notices_document_number_wrapped_under_its_head_is_its_subtitle(typesetter):
    """航行警告 over 厦航警〔2026〕3 / 号 (wrapped in the narrow column), the warning's text set
    right under it: the number is the notice's subtitle, no paragraph of it."""
    page, gold = read(f"{SHIPPING}-{typesetter}")
    want = next(a for a in gold["articles"] if a["headline"] == "航行警告")
    got = article(page, "航行警告")
    assert norm(got.subtitle.text if got.subtitle else None) == norm(want["subtitle"])
    assert norm(got.paragraphs[0].text) == norm(want["paragraphs"][0])


def test_a_signatures_name_wrapped_flush_right_ends_the_signature():
    """A reader's letter in a narrow column signed 石桥村学生家长 侯小 / 军, the name's last
    character on a short line set flush right: one trailing byline naming 侯小军, and no
    paragraph of 军 (Chromium's setting; Typst's sets the signature on one line)."""
    page, gold = read(f"{TEACHERS}-chromium")
    want = next(a for a in gold["articles"] if a["kicker"] == "读者来信")
    got = article(page, want["headline"])
    assert norm(got.trailing[0].text) == "石桥村学生家长侯小军"
    assert [n for b in got.trailing for n in b.names] == want["bylines"]
    assert [norm(p.text) for p in got.paragraphs] == [norm(p) for p in want["paragraphs"]]
