"""The PDF path on forms met in the twenty-fourth set's PDFs (session 12): an expert's reply
under a reader's letter, signed under its headline with the expert's unit and post before the
name (专家回复 / 省农科院植保所研究员 某某).
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

import pytest

from teipress.segment.geometry.roles import lone_byline
from test_pdf_layouts import BOTH, article, norm, read

AGRITECH = "wanbei-agritech-2026-07-08-p03"


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
