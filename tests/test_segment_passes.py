"""Segmentation is a table of named passes over one page state, for both readers."""

from __future__ import annotations

import json

from conftest import ROOT, SAMPLE_GOLD, SAMPLE_TXT
from teipress.decode.pdf import read_pdf
from teipress.segment import segment_page, segment_pdf_page
from teipress.segment.geometry import PDF_PASSES
from teipress.segment.geometry.state import GeometryState
from teipress.segment.model import Article, Page
from teipress.segment.passes import Pass, run_passes
from teipress.segment.state import TextState
from teipress.segment.text_passes import TEXT_PASSES

PDF = ROOT / "tests" / "pdfpages" / "dev" / "national-daily-2023-03-01-p04-typst.pdf"


def _pass_order(notes: list[str], passes: tuple[Pass, ...]) -> list[int]:
    """The table index of the pass that wrote each note (by the name it is marked with)."""
    index = {step.name: n for n, step in enumerate(passes)}
    return [index[note.split(": ", 1)[0]] for note in notes]


def test_every_pass_has_a_unique_name_and_says_what_it_decides():
    for passes in (TEXT_PASSES, PDF_PASSES):
        names = [step.name for step in passes]
        assert len(set(names)) == len(names)
        assert all(step.purpose for step in passes), [s.name for s in passes if not s.purpose]


def test_text_notes_are_marked_with_their_pass_in_table_order():
    page = segment_page(SAMPLE_TXT.read_text(encoding="utf-8"))
    order = _pass_order(page.notes, TEXT_PASSES)
    assert order == sorted(order)
    names = {TEXT_PASSES[n].name for n in order}
    assert {"furniture", "pieces", "articles", "heads", "bylines"} <= names


def test_pdf_notes_are_marked_with_their_pass_in_table_order():
    page = segment_pdf_page(next(iter(read_pdf(PDF))))
    order = _pass_order(page.notes, PDF_PASSES)
    assert order == sorted(order)
    assert {"furniture", "blocks", "articles"} <= {PDF_PASSES[n].name for n in order}


def test_the_text_passes_can_stop_and_go_on_from_the_state():
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    state = TextState(text)
    split = [step.name for step in TEXT_PASSES].index("pieces") + 1
    run_passes(state, TEXT_PASSES[:split])
    # furniture is taken, the lines read into pieces; no article exists yet
    assert state.page.furniture
    assert state.pieces
    assert state.column > 0
    assert not state.items
    assert not state.builders
    assert not state.page.body
    run_passes(state, TEXT_PASSES[split:])
    whole = segment_page(text)
    assert repr(state.page) == repr(whole)
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    assert sum(isinstance(item, Article) for item in state.page.body) == len(gold["articles"])


def test_the_pdf_passes_fill_the_state_in_order():
    pdf_page = next(iter(read_pdf(PDF)))
    state = GeometryState(pdf_page, "", Page(size=pdf_page.size))
    seen = []
    for step in PDF_PASSES:
        run_passes(state, (step,))
        seen.append((step.name, bool(state.blocks), bool(state.regions), bool(state.page.body)))
    assert seen[0] == ("furniture", False, False, False)
    assert seen[1][:2] == ("blocks", True)
    # the articles are made by the "articles" pass (then lists are cut out of their text)
    articles = [name for name, *_ in seen].index("articles")
    assert seen[articles - 1][2]
    assert not seen[articles - 1][3]
    assert all(body for *_, body in seen[articles:])
    assert repr(state.page) == repr(segment_pdf_page(pdf_page))
