"""Leave one paper out on the PDF path: does each threshold of the geometry passes generalise?

usage: PYTHONPATH=src python bench/lopo_pdf.py [--values N]

Every number the geometry passes were tuned by is in ``teipress.segment.geometry.thresholds``.
For each of them this tries the shipped value and values around it (``grid``: for a whole
number ±1 and ±2, for a ratio ×0.6, ×0.8, ×1.25, ×1.6), one at a time, the others as shipped,
on every tuned test page PDF (``tests/pdfpages``: every set of ``bench/score_pdf_pages.py`` but
those it still holds out, less the dev PDFs of text sets still held out). Then, for every paper
in turn (both typesetters' PDFs of its pages), it fits each threshold on all the OTHER papers
(the best mean there; the shipped value on a tie), sets those values together, reads the left-
out paper's PDFs and scores them. The mean of these left-out scores (LOPO) is printed beside
the all-pages mean with the shipped values.

Pages are segmented in-process (``segment_pdf_page`` → ``encode_page``) and scored with the
PDF's ``pdftotext`` text as the scorer's PAGE.txt, as ``bench/score_pdf_pages.py`` does; a
page model already scored is not encoded again. Prints the table that
``segment/geometry/thresholds.py`` quotes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lopo_fit import evidence_table, leave_one_paper_out
from score_pages import mean, paper_of
from score_pdf_pages import HELD_OUT, PDFPAGES, SETS, TEXT_HELD_OUT, load_scorer

from teipress.decode.pdf import PdfPage, read_pdf
from teipress.edition import Edition
from teipress.encode.tei import encode_page
from teipress.segment import segment_pdf_page
from teipress.segment.geometry import thresholds


def grid(value: float) -> tuple[float, ...]:
    """The values tried for a threshold shipped at ``value``, in order."""
    if isinstance(value, int):
        return tuple(v for v in range(value - 2, value + 3) if v >= 1)
    return tuple(sorted({round(value * f, 3) for f in (0.6, 0.8, 1.0, 1.25, 1.6)}))


def tuned_pdfs() -> list[Path]:
    return [pdf for folder in SETS if folder not in HELD_OUT
            for pdf in sorted((PDFPAGES / folder).glob("*.pdf"))
            if not pdf.stem.startswith(TEXT_HELD_OUT)]


class Scorer:
    """Scores of each PDF as the thresholds now stand (a page model scored once)."""

    def __init__(self, pdfs: list[Path], work: Path) -> None:
        self.scorer = load_scorer()
        self.work = work
        self.pages: dict[Path, PdfPage] = {pdf: next(iter(read_pdf(pdf))) for pdf in pdfs}
        self.texts: dict[Path, Path] = {}
        for pdf in pdfs:
            txt = work / f"{pdf.stem}.txt"
            txt.write_text(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                          check=True, capture_output=True, text=True).stdout,
                           encoding="utf-8")
            self.texts[pdf] = txt
        self.seen: dict[tuple[Path, str], float] = {}

    def scores(self, pdfs: Iterable[Path]) -> dict[Path, float]:
        out = {}
        for pdf in pdfs:
            page = segment_pdf_page(self.pages[pdf])
            key = (pdf, repr(page))
            if key not in self.seen:
                xml = self.work / f"{pdf.stem}.xml"
                xml.write_bytes(encode_page(page, Edition(), "p"))
                self.seen[key] = self.scorer.score(str(self.texts[pdf]), str(xml),
                                                   str(pdf.with_suffix(".gold.json")))["score"]
            out[pdf] = self.seen[key]
        return out


def main() -> None:
    names = [n for n in vars(thresholds) if n.isupper()
             and isinstance(getattr(thresholds, n), int | float)]
    shipped = {n: getattr(thresholds, n) for n in names}
    pdfs = tuned_pdfs()
    papers = {paper_of(pdf) for pdf in pdfs}
    grids = {name: grid(shipped[name]) for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        scorer = Scorer(pdfs, Path(tmp))
        if scorer.scores(pdfs) != scorer.scores(pdfs):
            sys.exit("lopo_pdf: segmenting a page twice gave two results")
        run = leave_one_paper_out(thresholds, grids, pdfs, paper_of, scorer.scores)
    base, lopo = run.base, run.left_out
    print("\n".join(evidence_table(grids, shipped, run)))
    print(f"\n{len(pdfs)} PDFs of {len(papers)} papers: all-pages mean {mean(base.values()):.3f}, "
          f"leave one paper out {mean(lopo.values()):.3f}")


if __name__ == "__main__":
    main()
