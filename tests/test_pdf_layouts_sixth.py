"""The PDF path on forms first met in the sixth held-out set and the text pages' tenth set
(tests/pdfpages/README.md): each test reads real page PDFs back and compares an article, a
photo, a column's label or a policy quotation with the page's gold, for one rule of the
geometry passes (or of the glyphs' lines, or a pattern both readers share).
"""

from __future__ import annotations

from lxml import etree

from teipress.edition import Edition
from teipress.encode.tei import encode_page
from teipress.segment.model import Article
from test_pdf_layouts import (
    BOTH,
    PDFPAGES,
    article,
    articles_of,
    assert_as_gold,
    caption_of,
    figures,
    norm,
    page_of,
    read,
)

QINLING = "qinling-steel-2025-10-15-p02"
WATER = "water-news-2025-07-03-p05"
ZHONGZHOU = "zhongzhou-weather-2026-01-09-p02"
YUEFU = "yuefu-music-2025-11-05-p06"
TEI = "{http://www.tei-c.org/ns/1.0}"


@BOTH
def test_photo_credits_with_the_unit_or_the_name_alone(typesetter):
    """（党委宣传部 某某 摄） after a caption's sentence, and 某某 摄 run on after another's:
    each photo credited, the credit no part of its caption; two photos side by side with a
    credit each are two photos, not one series."""
    page, gold = read(f"{QINLING}-{typesetter}")
    got = {caption_of(f): f for f in figures(page)}
    assert len(got) == len(gold["figures"])
    for want in gold["figures"]:
        figure = got[norm(want["caption"])]
        assert figure.credit is not None
        assert want["credit"] in figure.credit.names
        assert norm(figure.title.text if figure.title else None) == norm(want["title"])


@BOTH
def test_briefs_under_a_label_set_no_larger_than_their_heads(typesetter):
    """厂区简讯 in a tinted band over ◆-headed briefs set larger than it, the first with no
    dateline: the column's label; each brief an article of its own."""
    page, gold = read(f"{QINLING}-{typesetter}")
    for want in gold["articles"]:
        if want["headline"].startswith("◆"):
            assert_as_gold(page, gold, want["headline"])
    assert not any(isinstance(item, Article) and item.headline
                   and norm(item.headline.text) == "厂区简讯" for item in page.body)


@BOTH
def test_a_label_over_a_row_of_photos_heads_no_article(typesetter):
    """汛情速递 boxed over two news photos, no title of theirs: the page's label, no article
    of its own."""
    page, gold = read(f"{WATER}-{typesetter}")
    assert len(articles_of(page)) == len(gold["articles"])
    assert not any(item.headline and norm(item.headline.text) == "汛情速递"
                   for item in articles_of(page))


@BOTH
def test_a_padded_name_wrapped_in_a_brief_closing_byline(typesetter):
    """（通讯员 胡 杨 记者 包斯琴） closing the last brief, its name padded to three cells in a
    justified line (the pad wider than a gutter): the brief's byline, whole."""
    page, gold = read(f"{WATER}-{typesetter}")
    assert_as_gold(page, gold, "◆江州城区排涝泵站全部开机")


@BOTH
def test_a_headline_beside_two_columns_ruled_apart(typesetter):
    """A headline set left of its two columns, a column rule between them: one article."""
    page, gold = read(f"{ZHONGZHOU}-{typesetter}")
    assert_as_gold(page, gold, "给大棚穿上“棉袄”")
    assert len(articles_of(page)) == len(gold["articles"])


@BOTH
def test_a_notice_binding_whom_it_names_quotes_policy(typesetter):
    """…下发通知，要求各地“…”: the verb names whom it binds before the quotation, which is
    policy."""
    page = page_of(next(PDFPAGES.glob(f"*/{ZHONGZHOU}-{typesetter}.pdf")))
    root = etree.fromstring(encode_page(page, Edition(), "p"))
    got = [norm("".join(q.itertext())) for q in root.iter(f"{TEI}quote")
           if q.get("type") == "policy"]
    assert got == [norm(q) for q in read(f"{ZHONGZHOU}-{typesetter}")[1]["policy_quotes"]]


@BOTH
def test_a_special_contributor_under_the_headline_is_the_byline(typesetter):
    """特约撰稿 某某 under a review's headline: its byline, no subtitle."""
    page, gold = read(f"{YUEFU}-{typesetter}")
    headline = next(a["headline"] for a in gold["articles"] if "特约撰稿" not in a["headline"]
                    and a["bylines"] == ["司马秋声"])
    got = article(page, headline)
    assert got.subtitle is None
    assert [n for b in got.bylines for n in b.names] == ["司马秋声"]


def test_a_kicker_flush_with_a_headline_whose_second_line_hangs_its_quote():
    """消费观察 set small over 让月饼回归 / “团圆味”, whose second line hangs its opening
    quote out into the margin (the head's box starts there): the headline's kicker, no
    paragraph."""
    page, gold = read("consumer-news-2025-09-18-p04-typst")
    want = next(a for a in gold["articles"] if a["kicker"] == "消费观察")
    got = article(page, want["headline"])
    assert norm(got.kicker.text if got.kicker else None) == "消费观察"
    assert not any(norm(p.text) == "消费观察" for p in got.paragraphs)
