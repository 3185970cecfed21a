"""The PDF path on forms first met in the eighth held-out set and the text pages' twelfth
set (tests/pdfpages/README.md): each test reads real page PDFs back and compares an
article, its bylines or a paragraph with the page's gold, for one rule of the geometry
passes.
"""

from __future__ import annotations

import pytest

from test_pdf_layouts import BOTH, article, norm, read

POWER = "jibei-power-2025-12-18-p03"
COAL = "coal-news-2025-09-10-p02"
INSURANCE = "insurance-news-2026-01-21-p03"


def signed(page, gold, headline: str) -> None:
    """The article under ``headline`` is signed by the gold's bylines after its text, and
    its last paragraph is the gold's, the signature no part of it."""
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
    got = article(page, headline)
    assert sorted(n for b in got.trailing for n in b.names) == sorted(map(norm, want["bylines"]))
    assert norm(got.paragraphs[-1].text) == norm(want["paragraphs"][-1])


@BOTH
def test_a_workers_notes_signed_with_place_and_post_wrapped_in_brackets(typesetter):
    """台区经理手记 closing with （崇礼区供电所台区经理 井春 / 梅）, the bracket wrapped onto
    a short line: signed by 井春梅."""
    page, gold = read(f"{POWER}-{typesetter}")
    signed(page, gold, "炕头暖了 心里也暖了")


@pytest.mark.parametrize(("name", "headline"), [
    (COAL, "西沟煤矿完成主通风机改造"), (INSURANCE, "江州开展保险消费者权益保护宣传")])
@BOTH
def test_a_short_items_reporters_named_in_brackets_after_its_last_sentence(
        name, headline, typesetter):
    """…节电180万千瓦时。（巴特 / 尔 韩 冰）: two names, no role word, in a bracket run on
    after the short item's last sentence (wrapped or not): its trailing byline."""
    page, gold = read(f"{name}-{typesetter}")
    signed(page, gold, headline)


TEACHERS = "teachers-news-2026-04-08-p03"
FEATURE = "“山里娃的英语课，我来上”"


def test_an_editors_note_across_the_columns_over_their_subheads():
    """编者按 set in one bold line across a feature's five columns, right over the subheads
    opening three of them (one wrapped, a little lower): each subhead opens its section
    with its column's text; none joins the note."""
    page, gold = read(f"{TEACHERS}-chromium")
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(FEATURE))
    got = article(page, FEATURE)
    assert [norm(s.head.text) for s in got.sections] == [norm(h) for h in want["section_heads"]]
    assert [norm(s.paragraphs[0].text) for s in got.sections] == [
        norm(want["paragraphs"][i]) for i in want["section_starts"]]


def test_a_label_whose_colon_the_text_runs_into():
    """编者按： in bold before the note's first line, the note's text set into the colon's
    squeezed white half: the label of the note's paragraph, no subhead."""
    page, gold = read(f"{TEACHERS}-typst")
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(FEATURE))
    got = article(page, FEATURE)
    assert got.lead is not None
    assert norm(got.lead.text) == norm(want["paragraphs"][0])
    assert [norm(s.head.text) for s in got.sections] == [norm(h) for h in want["section_heads"]]


TCM = "qihuang-tcm-2025-10-22-p04"
BRIEFS = ["●中医药文化进校园活动启动", "●名老中医经验传承工作室再添20个", "●县级中医院开设“膏方节”"]


@BOTH
def test_one_line_briefs_with_their_heads_run_in(typesetter):
    """中医药快讯 over a box of one-line briefs, each a bold head after ● run in before its
    text on the same line: one article each, its head the headline, its text the paragraph
    (the dateline and a run-on reporter's bracket read off it)."""
    page, gold = read(f"{TCM}-{typesetter}")
    for headline in BRIEFS[:2]:
        want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
        got = article(page, headline)
        assert [norm(p.text) for p in got.paragraphs] == [norm(p) for p in want["paragraphs"]]


@pytest.mark.parametrize(("name", "headline"), [
    (TCM, BRIEFS[2]), ("minjiang-quality-2025-09-11-p06", "■泉州设立质量基础设施服务站")])
@BOTH
def test_a_briefs_reporter_flush_right_under_its_short_last_line(name, headline, typesetter):
    """（通讯员 覃 岚） on a line of its own at the box's right edge, far right of the end
    of the brief's one short line right over it: the brief's trailing byline."""
    page, gold = read(f"{name}-{typesetter}")
    signed(page, gold, headline)


@BOTH
def test_a_cases_first_part_right_under_its_headline(typesetter):
    """【案情】 set bold at body size right under a case report's headline, as 【裁判】 and
    【法官说法】 further down: the report's first subhead, no subtitle."""
    page, gold = read(f"court-news-2026-03-18-p04-{typesetter}")
    headline = "网购商品“七天无理由退货”，商家不能随意拒绝"
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
    got = article(page, headline)
    assert got.subtitle is None
    assert [norm(s.head.text) for s in got.sections] == [norm(h) for h in want["section_heads"]]
    assert [norm(s.paragraphs[0].text) for s in got.sections] == [
        norm(want["paragraphs"][i]) for i in want["section_starts"]]


def test_a_signature_wrapped_between_the_post_and_the_name():
    """守山人的一天 closing with （石门村生态护林员 / 蓝小勇）, the line broken after the
    post: signed by 蓝小勇."""
    page, gold = read("lingnan-forestry-2026-03-12-p03-chromium")
    signed(page, gold, "守山人的一天")
