"""The PDF path on forms met in the twenty-second set's PDFs (session 11, round 2): a column of
a lower band set under the upper article's column, going on from its own article's text.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

from test_pdf_layouts import article, norm, read

POWER = "hehuang-power-2026-06-10-p03"


def assert_text_as_gold(page, gold: dict, headline: str) -> None:
    """The article's subheads and paragraphs as its gold (its names are the encoder's)."""
    want = next(a for a in gold["articles"] if norm(a["headline"]) == norm(headline))
    got = article(page, headline)
    assert [norm(s.head.text) for s in got.sections] == [norm(h) for h in want["section_heads"]]
    paragraphs = [p.text for p in got.paragraphs] + [
        p.text for s in got.sections for p in s.paragraphs]
    assert [norm(p) for p in paragraphs] == [norm(p) for p in want["paragraphs"]]


def test_a_lower_bands_column_under_the_upper_articles_goes_on_from_its_own_text():
    """The profile's heads set left of its columns, level with the top of the bottom band;
    its third column stands right under the report's second column (white between the
    bands) and opens mid-sentence (册》，…): it goes on from the profile's text (…《故障查找手),
    not from the report over it, whose column goes on at the top of its next column."""
    page, gold = read(f"{POWER}-chromium")
    assert_text_as_gold(page, gold, "高原农村电网改造提前两月完工")
    assert_text_as_gold(page, gold, "风雪路上的“光明使者”")
