"""The PDF path on forms first met in the fourth held-out set and the text pages' eighth set
(tests/pdfpages/README.md): each test reads real page PDFs back and compares an article, a
photo or the folio with the page's gold, for one rule of the geometry passes or one pattern
both readers share.
"""

from __future__ import annotations

import pytest

from teipress.segment.model import Article
from test_pdf_layouts import (
    BOTH,
    PDFPAGES,
    article,
    assert_as_gold,
    assert_encode_valid,
    caption_of,
    figures,
    norm,
    read,
)

SONGCHENG = "songcheng-evening-2025-11-15-p14"
WORKERS = "workers-daily-2025-04-29-p04"


@BOTH
def test_a_byline_naming_the_work_after_the_name_is_no_subtitle(typesetter):
    """晚报记者 某某 文/图 under the heads (the role before the name, the work after it): the
    byline, no subtitle."""
    page, gold = read(f"{SONGCHENG}-{typesetter}")
    report = article(page, "走进消防站 当一回“小小消防员”")
    assert report.subtitle is None
    assert_as_gold(page, gold, "走进消防站 当一回“小小消防员”")


@BOTH
def test_a_pupils_school_and_class_and_the_teacher_under_a_composition(typesetter):
    """A composition's head byline names the pupil after school and class (松城实验小学五年级
    （3）班 某某), no subtitle; 指导老师 某某 set flush right after its text names the teacher."""
    page, gold = read(f"{SONGCHENG}-{typesetter}")
    for headline in ("外婆的菜园", "第一次包饺子"):
        assert article(page, headline).subtitle is None
        assert_as_gold(page, gold, headline)
    assert [n for b in article(page, "外婆的菜园").trailing for n in b.names] == ["苏慧"]


@BOTH
def test_an_answerers_line_names_the_expert(typesetter):
    """（…高级工程师 某某 解答） closing a readers' question, wrapped over two lines: a trailing
    byline naming the expert only, in no paragraph."""
    page, _gold = read(f"{SONGCHENG}-{typesetter}")
    box = article(page, "秋天的树叶为什么会变黄")
    assert [n for b in box.trailing for n in b.names] == ["冯晓岚"]
    assert not any("解答" in p.text for p in box.paragraphs)


@BOTH
def test_a_childs_photo_credit_is_no_part_of_the_caption(typesetter):
    """小记者 某某 摄 under a caption: the credit whole (小记者 a role word), the caption as
    printed without it."""
    page, gold = read(f"{SONGCHENG}-{typesetter}")
    (photo,) = [f for f in figures(page) if "候鸟" in "".join(p.text for p in f.caption)]
    (want,) = [f for f in gold["figures"] if "候鸟" in f["caption"]]
    assert caption_of(photo) == norm(want["caption"])
    assert photo.credit is not None
    assert norm(photo.credit.text) == "小记者林朵朵摄"
    assert photo.credit.names == ["林朵朵"]


def test_a_label_over_briefs_with_much_smaller_heads_heads_none_of_them():
    """军营传真 set large over three briefs whose heads are far smaller, each brief opening
    with its own dateline: the column's label; each brief an article under its own head."""
    page, gold = read("beijiang-daily-2025-08-01-p07-typst")
    assert "军营传真" in [item.text for item in page.furniture if item.kind == "label"]
    for headline in ("边防团开展高原卫勤训练", "全国退役军人专场招聘会举办",
                     "“兵妈妈”为哨所送来新被褥"):
        assert_as_gold(page, gold, headline)


@BOTH
def test_a_name_shaped_kicker_and_a_transliterated_signature(typesetter):
    """劳模说 over a commentary's headline (劳 is a surname too) is its kicker, no byline;
    （米热古丽·艾买提） after the last sentence of the next one signs it, the column's note
    after it is no paragraph."""
    page, gold = read(f"{WORKERS}-{typesetter}")
    assert_as_gold(page, gold, "手艺要在干中学")
    assert_as_gold(page, gold, "每一针都要对得起用户")
    signed = article(page, "每一针都要对得起用户")
    assert [b.kind for b in signed.trailing][:1] == ["trail"]


def test_a_section_set_apart_in_the_folio_row():
    """劳模风采 set on its own in the folio's row, beside the page number, with the section's
    pinyin after it: the page's section."""
    page, gold = read(f"{WORKERS}-chromium")
    assert page.section == gold["page"]["section"]


@BOTH
def test_photos_credited_to_a_body_credit_no_one(typesetter):
    """本版图片由…提供 on a line of its own under a caption: a credit naming no one, no part of
    the caption."""
    page, gold = read(f"defence-weekly-2025-08-01-p06-{typesetter}")
    (photo,) = [f for f in figures(page) if "水上救援" in "".join(p.text for p in f.caption)]
    (want,) = [f for f in gold["figures"] if "水上救援" in f["caption"]]
    assert caption_of(photo) == norm(want["caption"])
    assert photo.credit is not None
    assert photo.credit.names == []


@pytest.mark.parametrize("name", [SONGCHENG, WORKERS, "beijiang-daily-2025-08-01-p07"])
def test_pages_read_here_encode_valid(name):
    assert_encode_valid(sorted(PDFPAGES.glob(f"*/{name}-*.pdf")))


def test_a_name_wrapped_after_its_compound_surname_reads_whole():
    """本报南洲 1 月 13 日电（记者 司徒 / 嘉文）: the bracket broken after the surname 司徒 names
    司徒嘉文, not a reporter 司徒 (a space put in at the break reads no further)."""
    page, _gold = read("overseas-edition-2025-01-14-p06-typst")
    report = next(a for a in page.body if isinstance(a, Article) and a.dateline
                  and "南洲" in a.dateline.text)
    assert report.dateline is not None
    assert report.dateline.names == ["司徒嘉文"]
