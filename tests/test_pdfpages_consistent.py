"""The test page PDFs in tests/pdfpages agree with their sources and their gold.

They measure the PDF path of ``teipress convert`` (issue #11); a PDF whose text lacks what its
gold names, or holds characters its source does not print, would score the reader against a
mistake of ours. Read back with poppler, as any reader of the PDFs would.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import load_scorer
from test_pages_consistent import perfect_tei

PDFPAGES = Path(__file__).resolve().parent / "pdfpages"
sys.path.insert(0, str(PDFPAGES))
import make_pdfs  # noqa: E402

PDFS = sorted(PDFPAGES.glob("*/*.pdf"))

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdfinfo", "pdfimages")),
    reason="needs poppler-utils (pdftotext, pdfinfo, pdfimages)")


def source_of(pdf: Path) -> Path:
    page = pdf.stem.rsplit("-", 1)[0]
    return make_pdfs.SETS[pdf.parent.name] / f"{page}.toml"


def gold_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_every_set_has_pages_of_both_typesetters():
    for set_name, sources in make_pdfs.SETS.items():
        names = {p.name for p in PDFPAGES.glob(f"{set_name}/*.pdf")}
        for source in sources.glob("*.toml"):
            for typesetter in make_pdfs.TYPESETTERS:
                assert f"{source.stem}-{typesetter}.pdf" in names, (set_name, source.stem)


def test_held_out_pages_are_in_no_other_set():
    pages = {name: {p.stem for p in sources.glob("*.toml")}
             for name, sources in make_pdfs.SETS.items()}
    for name in pages:
        if name.startswith("heldout"):
            others = set().union(*(v for k, v in pages.items() if k != name))
            assert pages[name], name
            assert not pages[name] & others, name


def test_the_bench_scores_every_set_and_a_held_out_one_only_when_named(monkeypatch):
    """``bench/score_pdf_pages.py --set`` offers every set made here; a run without ``--set``
    (as tuning runs are) reads no PDF of a set that is still held out, nor the dev PDFs of the
    text pages never tuned on."""
    from test_convert_pages import NEVER_TUNED
    from test_pdf_segment import HELD_OUT_SETS

    path = PDFPAGES.parents[1] / "bench" / "score_pdf_pages.py"
    monkeypatch.syspath_prepend(str(path.parent))  # it imports score_pages, as run from bench/
    spec = importlib.util.spec_from_file_location("score_pdf_pages", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert set(bench.SETS) == set(make_pdfs.SETS)
    assert set(bench.HELD_OUT) == set(HELD_OUT_SETS)  # the floors' test holds them to none
    default = bench.pdfs_of(argparse.Namespace(pdfs=[], set=None))
    assert default
    assert not {pdf.parent.name for pdf in default} & set(bench.HELD_OUT)
    assert not [pdf for pdf in default if pdf.name.startswith(NEVER_TUNED)]
    for name in bench.HELD_OUT:
        named = bench.pdfs_of(argparse.Namespace(pdfs=[], set=[name]))
        assert sorted(named) == sorted(PDFPAGES.glob(f"{name}/*.pdf")) != []


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_gold_is_what_the_source_generates(pdf: Path):
    page = make_pdfs.make_pages.Page(source_of(pdf))
    assert gold_of(pdf) == make_pdfs.gold_for(page, pdf.name)


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_the_pdf_is_one_page_holding_every_gold_string(pdf: Path):
    assert make_pdfs.check(pdf, gold_of(pdf)) == []


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_the_pdf_embeds_one_jpeg_per_photo(pdf: Path):
    spec = make_pdfs.make_pages.Page(source_of(pdf)).spec
    photos = sum(len(f.get("captions", [None])) for f in spec.get("figures", []))
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
    assert [line.split()[8] for line in listing] == ["jpeg"] * photos


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_a_perfect_encoding_scores_one_on_the_pdf_text(pdf: Path, tmp_path: Path):
    """The PDF prints exactly its source's characters (the scorer's chars component counts
    them in the ``pdftotext`` text), and the gold is reachable from that text."""
    scorer = load_scorer()
    page = make_pdfs.make_pages.Page(source_of(pdf))
    xml, txt = tmp_path / "page.xml", tmp_path / "page.txt"
    xml.write_bytes(perfect_tei(page))
    txt.write_text(make_pdfs.pdftotext(pdf), encoding="utf-8")
    result = scorer.score(str(txt), str(xml), str(pdf.with_suffix(".gold.json")))
    assert result["score"] == 1.0, result
    assert result["persons_recall"] == result["persons_precision"] == 1.0, result


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_default_and_raw_text_hold_the_same_characters(pdf: Path):
    def chars(text: str) -> Counter:
        return Counter(re.sub(r"\s+", "", text))
    assert chars(make_pdfs.pdftotext(pdf)) == chars(make_pdfs.pdftotext(pdf, "-raw"))
