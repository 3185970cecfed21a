"""The PDF path on forms met in the twenty-first set's PDFs, heldout15 and heldout17 (session
11): a spread of works (paintings, calligraphy) each captioned by its number, one line naming
their authors in order under the spread.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

import pytest

from teipress.segment.geometry.photos import photo_credit
from test_pdf_layouts import BOTH, caption_of, figures, norm, read

CALLIGRAPHY = "jinnan-laonian-2026-02-10-p07"


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

