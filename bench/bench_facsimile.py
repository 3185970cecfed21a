"""What the printed page beside the text costs: the page image and the zones, against
baselines measured in the same run.

usage: PYTHONPATH=src python bench/bench_facsimile.py [PAGE.pdf ...] [--runs R]

Without arguments: the dense A3 pages of tests/pdfpages/dev (Chromium and Typst).

Per page (best of R runs, CPU seconds of this process, and of pdftoppm's process):
- page image: teipress's (PDFium at 150 ppi, JPEG quality 85) against poppler's
  ``pdftoppm -r 150 -jpeg`` (the same resolution and quality, as a separate process: its CPU
  time is the child's), with the file sizes;
- zones: encoding the page's TEI with its facsimile against encoding it without (the page
  read and segmented once, outside the timing). The text analysis (names, keywords) caches
  what it found for a text, so after the first run both encodings do the same work but the
  zones: the difference is what the zones cost, in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "pdfpages" / "dev"


def best(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.process_time()
        result = function()
        times.append(time.process_time() - started)
    return min(times), result


def pdftoppm(pdf: Path, folder: Path, runs: int) -> tuple[float, int]:
    """CPU seconds of the child process (best of ``runs``) and the JPEG's size."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(["pdftoppm", "-r", "150", "-jpeg", "-jpegopt", "quality=85",
                        "-singlefile", "-f", "1", "-l", "1", str(pdf), str(folder / "p")],
                       check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(times), (folder / "p.jpg").stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pages = args.pages or sorted(CORPUS.glob("*.pdf"))

    from teipress.decode.pageimage import PageImages
    from teipress.decode.pdf import read_pdf
    from teipress.edition import load_edition
    from teipress.encode.facsimile import PageFiles, photo_names
    from teipress.encode.tei import encode_page
    from teipress.segment import segment_pdf_page

    edition = load_edition(None)
    encode_page(replace(segment_pdf_page(next(read_pdf(pages[0]))), size=None), edition, "warm")
    print(f"{'page':48} {'image':>7} {'pdftoppm':>8} {'ratio':>5} {'KB':>5} {'ppm KB':>6} "
          f"{'TEI':>6} {'+zones':>6} {'ms':>5} {'zones':>5}")
    totals = [0.0, 0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for pdf in pages:
            with PageImages(pdf) as images:
                image_s, rendered = best(lambda images=images: images.render(0), args.runs)
            ppm_s, ppm_size = pdftoppm(pdf, folder, args.runs)
            page = segment_pdf_page(next(read_pdf(pdf)))
            files = PageFiles(("p.page.jpg", rendered.width, rendered.height),
                              {f.ident: n for f, n in photo_names(page, "p")})
            plain_s, _ = best(lambda page=page: encode_page(replace(page, size=None), edition,
                                                            "p"), args.runs)
            facs_s, data = best(lambda page=page, files=files: encode_page(
                page, edition, "p", files=files), args.runs)
            zones = data.count(b"<zone ")
            totals = [a + b for a, b in zip(totals, (image_s, ppm_s, plain_s, facs_s),
                                            strict=True)]
            print(f"{pdf.stem[:48]:48} {image_s:7.3f} {ppm_s:8.3f} {image_s / ppm_s:5.2f} "
                  f"{len(rendered.data) // 1024:5d} {ppm_size // 1024:6d} {plain_s:6.3f} "
                  f"{facs_s:6.3f} {(facs_s - plain_s) * 1000:5.1f} {zones:5d}")
    n = len(pages)
    print(f"{'mean':48} {totals[0] / n:7.3f} {totals[1] / n:8.3f} {totals[0] / totals[1]:5.2f} "
          f"{'':5} {'':6} {totals[2] / n:6.3f} {totals[3] / n:6.3f} "
          f"{(totals[3] - totals[2]) / n * 1000:5.1f}")
    print(f"({n} pages, best of {args.runs} runs, CPU seconds; {os.cpu_count()} cores)")


if __name__ == "__main__":
    sys.exit(main())
