"""How fast the PDF path reads and segments a page, against pdftotext and the text path
measured in the same run.

usage: PYTHONPATH=src python bench/bench_pdf_read.py [PAGE.pdf ...] [--copies N] [--runs R]

Without arguments: the densest test page PDFs (tests/pdfpages/dev, the most characters) and
the sample page as teipress prints it (A3, about 4,500 characters in six columns), each
repeated in one PDF of N pages (a batch, read page by page as ``read_pdf`` streams it).

Per page, CPU seconds of this process (best of R runs; one core):
  read      decode.pdf.read_pdf: characters, boxes, lines, rules, frames, pictures
  segment   segment.segment_pdf_page on what was read
  pdftotext poppler's pdftotext on the same PDF, per page (wall time of the subprocess,
            which is all its CPU: it runs alone on one core)
  text path segment.segment_page on pdftotext's text of the page
Target (issue #11): read + segment <= 0.3 s per page per core on a dense A3 page.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from score_pdf_pages import TEXT_HELD_OUT

from teipress.decode.pdf import read_pdf
from teipress.segment import segment_page, segment_pdf_page

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "pdfpages" / "dev"
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
EDITION = ROOT / "editions" / "wuhai-daily" / "edition.toml"
TARGET = 0.3


def sample_pdf(folder: Path) -> Path:
    (folder / "edition.toml").write_bytes(EDITION.read_bytes())
    xml, pdf = folder / "03.xml", folder / "sample-a3.pdf"
    for args in (["convert", str(SAMPLE), "-o", str(xml)],
                 ["render", "pdf", str(xml), "-o", str(pdf)]):
        subprocess.run([sys.executable, "-m", "teipress", *args], check=True)
    return pdf


def densest(count: int) -> list[Path]:
    def characters(pdf: Path) -> int:
        return len("".join(pdftotext(pdf).split()))

    # (the held-out text sets' PDFs are never read: they are scored once, by the lead)
    tunable = [pdf for pdf in DEV.glob("*.pdf") if not pdf.name.startswith(TEXT_HELD_OUT)]
    return sorted(tunable, key=characters, reverse=True)[:count]


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def batch(pdf: Path, copies: int, folder: Path) -> Path:
    """One PDF holding the page ``copies`` times (qpdf), as an issue holds its pages."""
    out = folder / f"{pdf.stem}-x{copies}.pdf"
    subprocess.run(["qpdf", "--empty", "--pages", *[str(pdf)] * copies, "--", str(out)],
                   check=True)
    return out


def best(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def measure(pdf: Path, copies: int, runs: int, folder: Path) -> dict[str, float]:
    issue = batch(pdf, copies, folder)
    pages = []

    def read() -> None:
        pages.clear()
        pages.extend(read_pdf(issue))

    read_time = best(runs, read) / copies
    segment_time = best(runs, lambda: [segment_pdf_page(page) for page in pages]) / copies
    start = time.perf_counter()
    for _ in range(runs):
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(issue), str(folder / "out.txt")],
                       check=True)
    poppler = (time.perf_counter() - start) / runs / copies
    text = pdftotext(pdf)
    text_path = best(runs, lambda: segment_page(text))
    return {"chars": len("".join(text.split())), "read": read_time, "segment": segment_time,
            "pdftotext": poppler, "text path": text_path}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not shutil.which("qpdf") or not shutil.which("pdftotext"):
        sys.exit("bench_pdf_read: needs qpdf and pdftotext (poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdfs = args.pdfs or [sample_pdf(folder), *densest(3)]
        print(f"per page, batches of {args.copies} pages, best of {args.runs} "
              "(CPU s, one core)")
        print(f"{'page':<42} {'chars':>6} {'read':>7} {'segment':>8} {'total':>7} "
              f"{'pdftotext':>9} {'text path':>9}  ratio to pdftotext")
        for pdf in pdfs:
            m = measure(pdf, args.copies, args.runs, folder)
            total = m["read"] + m["segment"]
            print(f"{pdf.stem[:42]:<42} {m['chars']:>6} {m['read']:>7.3f} {m['segment']:>8.3f} "
                  f"{total:>7.3f} {m['pdftotext']:>9.3f} {m['text path']:>9.3f}  "
                  f"{total / m['pdftotext']:.1f}x  {'ok' if total <= TARGET else 'OVER'}"
                  f" (target {TARGET} s)")


if __name__ == "__main__":
    main()
