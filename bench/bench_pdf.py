"""How fast `teipress render pdf` sets the sample page, and how it reads back, against the
renderer of a baseline revision measured in the same run.

usage: PYTHONPATH=src python bench/bench_pdf.py [--pages N] [--runs R] [--batches B]
                                                [--baseline REV]

The page is the real sample (editions/wuhai-daily/2022-11-22/03.txt) converted to TEI by
`teipress convert`, in a folder with the sample edition's settings (A3). The baseline is the
renderer at REV (default: where this branch left main, `git merge-base HEAD main`), taken
out of git into a temporary folder (`git archive`) and run the same way, so both are timed on
the same machine under the same load.

Figures, for this tree and the baseline:
- one page from the command line: a fresh `python -m teipress render pdf` process (imports,
  fonts, layout, PDF), best and median of R runs;
- per page in a batch: one PdfRenderer (imports and fonts paid once) renders N pages to N
  files, best of B batches, in a process of its own;
- the sample read back as a desk checks it (tests/pdf_support.py): lines of body paragraphs
  flush with their column, line-start and line-end violations, lone last characters, the
  empty band above the foot.
Targets: <= 2 s for one page from the command line, <= 1 s per page in a batch. Wall times
are shown with CPU times (user + system) beside them, since a busy machine inflates walls.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
EDITION = ROOT / "editions" / "wuhai-daily" / "edition.toml"
CLI_TARGET = 2.0
BATCH_TARGET = 1.0

BATCH = """
import json, resource, sys, time
from pathlib import Path
from teipress.render.pdf import PdfRenderer
pages = [Path(p) for p in sys.argv[2:]]
renderer = PdfRenderer()
best = None
for _ in range(int(sys.argv[1])):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    for page in pages:
        renderer.write_page(page, page.with_suffix(".pdf"))
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    run = (wall, usage.ru_utime + usage.ru_stime - cpu)
    best = run if best is None or run[0] < best[0] else best
print(json.dumps(best))
"""


def sample_pages(folder: Path, count: int) -> list[Path]:
    """The sample converted once, then copied as pages 3, 4, … with their own ids."""
    shutil.copy(EDITION, folder / "edition.toml")
    issue = folder / "2022-11-22"
    issue.mkdir()
    first = issue / "03.xml"
    subprocess.run([sys.executable, "-m", "teipress", "convert", str(SAMPLE), "-o", str(first)],
                   check=True, env=_env(ROOT / "src"))
    data = first.read_bytes()
    pages = [first]
    for number in range(4, count + 3):
        page = issue / f"{number:02d}.xml"
        page.write_bytes(data.replace(b"-p03\"", f"-p{number:02d}\"".encode())
                         .replace(b'unit="page" n="3">3<', f'unit="page" n="{number}">{number}<'
                                  .encode()))
        pages.append(page)
    return pages


def baseline_tree(revision: str, folder: Path) -> Path:
    """The baseline's src/ and stylesheets/, out of git."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src", "stylesheets"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def _env(src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_runs(src: Path, page: Path, runs: int, name: str) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for run in range(runs):
        out = page.with_name(f"cli-{name}-{run}.pdf")
        cpu = _children_cpu()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "teipress", "render", "pdf", str(page), "-o",
                        str(out)], check=True, env=_env(src))
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
    return walls, cpus


def batch(src: Path, pages: list[Path], batches: int) -> tuple[float, float]:
    """Best (wall, CPU) of ``batches`` runs over ``pages``, per page."""
    out = subprocess.run([sys.executable, "-c", BATCH, str(batches), *map(str, pages)],
                         check=True, capture_output=True, text=True, env=_env(src)).stdout
    wall, cpu = json.loads(out)
    return wall / len(pages), cpu / len(pages)


def desk_check(tei: Path, pdf: Path) -> str:
    sys.path.insert(0, str(ROOT / "tests"))
    from pdf_support import LayoutReport, check_page

    report = LayoutReport()
    check_page(pdf, tei, report)
    return (f"flush lines {report.flush_lines}/{report.non_last_lines} "
            f"({100 * report.flush_share:.1f} %), line-start/end violations "
            f"{len(report.start_violations)}/{len(report.end_violations)}, lone last "
            f"characters {len(report.lone_last_lines)}, split words {len(report.split_words)}, "
            f"band above the foot {100 * report.foot_gaps[0]:.1f} % of the page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=8, help="pages in the batch (default 8)")
    parser.add_argument("--runs", type=int, default=5, help="command-line runs (default 5)")
    parser.add_argument("--batches", type=int, default=3, help="batch runs (default 3)")
    parser.add_argument("--baseline", help="the revision to compare with (default: the "
                                           "merge base of HEAD and main)")
    args = parser.parse_args()
    revision = args.baseline or subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], check=True,
        capture_output=True, text=True).stdout.strip()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "new").mkdir()
        pages = sample_pages(folder / "new", args.pages)
        shutil.copytree(folder / "new", folder / "old")
        old_pages = [folder / "old" / p.relative_to(folder / "new") for p in pages]
        trees = {"this tree": ROOT / "src",
                 f"baseline {revision[:10]}": baseline_tree(revision, folder / "baseline")}
        print(f"sample page: {SAMPLE.relative_to(ROOT)} -> TEI, {args.pages} page(s); "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPU(s)")
        results = {}
        for (name, src), run_pages in zip(trees.items(), (pages, old_pages), strict=True):
            walls, cpus = cli_runs(src, run_pages[0], args.runs, name.split()[0])
            per_page = batch(src, run_pages, args.batches)
            results[name] = (min(walls), min(cpus), *per_page)
            print(f"{name}:")
            print(f"  one page, command line: best {min(walls):.2f} s, median "
                  f"{statistics.median(walls):.2f} s wall ({min(cpus):.2f} s CPU)   "
                  f"target <= {CLI_TARGET:.1f} s")
            print(f"  per page in a batch of {len(run_pages)}: {per_page[0]:.2f} s wall "
                  f"({per_page[1]:.2f} s CPU), best of {args.batches}   "
                  f"target <= {BATCH_TARGET:.1f} s")
            checked = desk_check(run_pages[0], run_pages[0].with_suffix(".pdf"))
            print(f"  the sample read back: {checked}")
            size = run_pages[0].with_suffix(".pdf").stat().st_size
            print(f"  PDF size: {size / 1024:.0f} KiB")
        (new, old) = results.values()
        print(f"ratio this tree / baseline: command line {new[0] / old[0]:.2f} wall "
              f"({new[1] / old[1]:.2f} CPU), batch {new[2] / old[2]:.2f} wall "
              f"({new[3] / old[3]:.2f} CPU)")
        for label, index in (("wall", 0), ("CPU", 1)):
            cli, per = new[index], new[2 + index]
            met = cli <= CLI_TARGET and per <= BATCH_TARGET
            print(f"targets by {label} time: {'met' if met else 'NOT met'} "
                  f"(command line {cli:.2f} s <= {CLI_TARGET:.1f}, "
                  f"batch {per:.2f} s/page <= {BATCH_TARGET:.1f})")


if __name__ == "__main__":
    main()
