"""The PDF path on forms met in the twentieth set's PDFs, heldout15 and heldout16 (session
10, round 3): a photo credit naming a Mongol correspondent, whose name has no surname and
runs past four characters.
Each test reads a real test PDF and checks one rule of the geometry passes against the
page's gold.
"""

from __future__ import annotations

from test_pdf_layouts import BOTH, caption_of, figures, norm, read

WEATHER = "songling-news-2026-11-23-p03"


@BOTH
def test_a_credit_naming_a_mongol_correspondent_ends_the_caption(typesetter):
    """…在雪道上滑行。（通讯员 乌云其其格 摄）glued to the caption's last sentence: a Mongol
    name has no surname and may join two names, five characters here; after the role word in
    the credit's brackets it is the photographer's, so the credit ends the caption and is
    the figure's, not caption text."""
    page, gold = read(f"{WEATHER}-{typesetter}")
    (want,) = gold["figures"]
    (got,) = figures(page)
    assert caption_of(got) == norm(want["caption"])
    assert got.credit is not None
    assert norm(got.credit.text) == "（通讯员乌云其其格摄）"
    assert got.credit.names == [want["credit"]]
