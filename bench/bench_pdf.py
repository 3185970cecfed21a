"""How fast `teipress render pdf` lays out the sample page, against WeasyPrint's fontTools
font subsetting measured in the same run.

usage: PYTHONPATH=src python bench/bench_pdf.py [--pages N] [--runs R] [--batches B]

The page is the real sample (editions/wuhai-daily/2022-11-22/03.txt) converted to TEI by
`teipress convert`, in a folder with the sample edition's settings (A3).

Figures:
- one page from the command line: a fresh `python -m teipress render pdf` process (imports,
  fonts, layout, PDF), best and median of R runs;
- per page in a batch: one PdfRenderer (imports and fonts paid once) renders N pages to N
  files (best of B batches), the same N pages into one issue PDF, and both at once
  (write_issue, the build's call);
- baseline: the batch's per-page time with WeasyPrint's fontTools subsetting, what
  WeasyPrint does without libharfbuzz-subset (forced by hiding the library from
  weasyprint.pdf.fonts), and the ratio.
Targets: <= 2 s for one page from the command line, <= 1 s per page in a batch. Wall times
are shown with CPU times (user + system) beside them, since a busy machine inflates walls.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
EDITION = ROOT / "editions" / "wuhai-daily" / "edition.toml"
CLI_TARGET = 2.0
BATCH_TARGET = 1.0


def sample_pages(folder: Path, count: int) -> list[Path]:
    """The sample converted once, then copied as pages 3, 4, … with their own ids."""
    shutil.copy(EDITION, folder / "edition.toml")
    issue = folder / "2022-11-22"
    issue.mkdir()
    first = issue / "03.xml"
    subprocess.run([sys.executable, "-m", "teipress", "convert", str(SAMPLE), "-o", str(first)],
                   check=True, env=_env())
    data = first.read_bytes()
    pages = [first]
    for number in range(4, count + 3):
        page = issue / f"{number:02d}.xml"
        page.write_bytes(data.replace(b"-p03\"", f"-p{number:02d}\"".encode())
                         .replace(b'unit="page" n="3">3<', f'unit="page" n="{number}">{number}<'
                                  .encode()))
        pages.append(page)
    return pages


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"),
                                                    env.get("PYTHONPATH")) if p)
    return env


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def cli_runs(page: Path, runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for run in range(runs):
        out = page.with_name(f"cli-{run}.pdf")
        cpu = _cpu(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "teipress", "render", "pdf", str(page), "-o",
                        str(out)], check=True, env=_env())
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu(resource.RUSAGE_CHILDREN) - cpu)
    return walls, cpus


def timed(action) -> tuple[float, float]:
    cpu = _cpu(resource.RUSAGE_SELF)
    start = time.perf_counter()
    action()
    return time.perf_counter() - start, _cpu(resource.RUSAGE_SELF) - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=8, help="pages in the batch (default 8)")
    parser.add_argument("--runs", type=int, default=5, help="command-line runs (default 5)")
    parser.add_argument("--batches", type=int, default=3, help="batch runs (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pages = sample_pages(Path(tmp), args.pages)
        print(f"sample page: {SAMPLE.relative_to(ROOT)} -> TEI, {args.pages} page(s); "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPU(s)")

        walls, cpus = cli_runs(pages[0], args.runs)
        print(f"one page, command line:   best {min(walls):.2f} s, median "
              f"{statistics.median(walls):.2f} s wall ({min(cpus):.2f} s CPU)"
              f"   target <= {CLI_TARGET:.1f} s")

        sys.path.insert(0, str(ROOT / "src"))
        holder = {}

        def start() -> None:
            from teipress.render.pdf import PdfRenderer
            holder["renderer"] = PdfRenderer(warn=lambda message: print("warning:", message))

        start_wall, start_cpu = timed(start)
        renderer = holder["renderer"]
        print(f"renderer start (imports, fonts, templates, CSS): {start_wall:.2f} s wall "
              f"({start_cpu:.2f} s CPU), paid once")

        batches = [timed(lambda: [renderer.write_page(p, p.with_suffix(".pdf")) for p in pages])
                   for _ in range(args.batches)]
        batch_wall = min(wall for wall, _ in batches)
        batch_cpu = min(cpu for _, cpu in batches)
        per_page = batch_wall / len(pages)
        print(f"per page in a batch:      {per_page:.2f} s wall ({batch_cpu / len(pages):.2f} s "
              f"CPU) over {len(pages)} pages, best of {args.batches}   "
              f"target <= {BATCH_TARGET:.1f} s")

        layout_wall, layout_cpu = timed(lambda: [renderer.layout(p) for p in pages])
        print(f"  of which layout:        {layout_wall / len(pages):.2f} s wall "
              f"({layout_cpu / len(pages):.2f} s CPU); the rest is writing the PDF")

        issue_wall, issue_cpu = timed(
            lambda: renderer.write_pages(pages, Path(tmp) / "issue.pdf"))
        print(f"per page in one issue PDF: {issue_wall / len(pages):.2f} s wall "
              f"({issue_cpu / len(pages):.2f} s CPU)")

        build_wall, build_cpu = timed(lambda: renderer.write_issue(
            pages, Path(tmp) / "issue.pdf", [p.with_suffix(".pdf") for p in pages]))
        print(f"per page, page PDFs and issue PDF (write_issue): {build_wall / len(pages):.2f} s "
              f"wall ({build_cpu / len(pages):.2f} s CPU)")

        import weasyprint.pdf.fonts as weasyprint_fonts

        harfbuzz_subset = weasyprint_fonts.harfbuzz_subset
        weasyprint_fonts.harfbuzz_subset = None  # what WeasyPrint does without the library
        logging.getLogger("weasyprint").setLevel(logging.ERROR)
        try:
            slow_wall, slow_cpu = timed(
                lambda: renderer.write_page(pages[0], Path(tmp) / "fonttools.pdf"))
        finally:
            weasyprint_fonts.harfbuzz_subset = harfbuzz_subset
        print(f"baseline, fontTools subsetting: {slow_wall:.2f} s wall ({slow_cpu:.2f} s CPU) "
              f"per page; HarfBuzz is {slow_wall / per_page:.1f}x faster "
              f"({slow_cpu / (batch_cpu / len(pages)):.1f}x in CPU)")

        for name, cli, batch in (("wall", min(walls), per_page),
                                 ("CPU", min(cpus), batch_cpu / len(pages))):
            met = cli <= CLI_TARGET and batch <= BATCH_TARGET
            print(f"targets by {name} time: {'met' if met else 'NOT met'} "
                  f"(command line {cli:.2f} s <= {CLI_TARGET:.1f}, "
                  f"batch {batch:.2f} s/page <= {BATCH_TARGET:.1f})")

if __name__ == "__main__":
    main()
