"""How fast ``teipress build`` makes a whole edition, and how fast it rebuilds one.

usage: PYTHONPATH=src python bench/bench_build.py [--pages 1000] [--jobs N] [--keep DIR]

The edition is generated in a temporary folder: copies of the sample page and of the test
pages of other papers (``tests/pages/*-pdfminer.txt``), eight pages an issue, with the
printed date and page number of each copy changed to its issue and page, so every page is a
page of its own. It is built from text once (convert, validate, HTML, PDF), then again with
nothing changed (``teipress build`` as a command, Python's start included), then after one
hand correction (a headline changed in one TEI file).

Stage figures are CPU seconds (what other work on the machine does not inflate), summed over
the worker processes, each worker's one-time set-up — jieba's dictionary, the schemas,
WeasyPrint and its fonts — included; the wall-clock time of the whole build is shown beside
them. The rebuilds are wall-clock seconds, as a user waits for them; their baseline is
starting ``teipress --version``, the floor of any command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
TEST_PAGES = sorted((ROOT / "tests" / "pages").glob("*-pdfminer.txt"))
PAGES_PER_ISSUE = 8
FIRST_ISSUE = dt.date(2023, 1, 2)
WEEKDAYS = "一二三四五六日"
# where each source prints its page number (the first match is replaced)
PAGE_NUMBER = [
    (re.compile(r"^\d+(?=责任编辑)", re.M), "{n}"),  # the sample: 3责任编辑：…
    (re.compile(r"^A\d+$", re.M), "A{n:02d}"),  # city-evening, metro: A09
    (re.compile(r"^第\d+版$", re.M), "第{n}版"),  # coastal, provincial
    (re.compile(r"^\d+(?= \S+ \d{4}年)", re.M), "{n}"),  # national: 4 要闻 2023年3月1日
    (re.compile(r"(?<=日 星期[一二三四五六日] )(\S+ )\d+$", re.M), r"\g<1>{n}"),  # … 评论 5
    (re.compile(r"^\d+$", re.M), "{n}"),  # county, economic, tech: the number alone
]
PRINTED_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日 星期[一二三四五六日]")
TARGETS = {  # figure: (target, True when more is better)
    "convert pages/s per core": (50.0, True),
    "validate s (one core)": (3.0, False),
    "HTML s (CPU)": (60.0, False),
    "PDF s per page per core": (1.0, False),
    "no-change rebuild s": (2.0, False),
}


def make_edition(folder: Path, pages: int) -> Path:
    """An edition of ``pages`` pages in ``folder``: eight pages an issue, a day apart."""
    edition = folder / "bench-daily"
    edition.mkdir(parents=True)
    (edition / "edition.toml").write_text(
        '[paper]\nid = "bench-daily"\ntitle = "基准日报"\nplace = "乌海"\n'
        'publisher = "基准日报社"\n\n[print]\npage-size = "A3"\n', "utf-8")
    sources = [SAMPLE.read_text("utf-8"), *(p.read_text("utf-8") for p in TEST_PAGES)]
    for n in range(pages):
        day = FIRST_ISSUE + dt.timedelta(days=n // PAGES_PER_ISSUE)
        number = n % PAGES_PER_ISSUE + 1
        text = reprint(sources[n % len(sources)], day, number)
        issue = edition / day.isoformat()
        issue.mkdir(exist_ok=True)
        (issue / f"{number:02d}.txt").write_text(text, "utf-8")
    return edition


def reprint(text: str, day: dt.date, number: int) -> str:
    """The page as printed on ``day`` as page ``number``: its furniture changed."""
    printed = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    text, found = PRINTED_DATE.subn(printed, text, count=1)
    if not found:
        raise SystemExit("a source page prints no date: update bench_build.py")
    for pattern, form in PAGE_NUMBER:
        text, found = pattern.subn(form.format(n=number), text, count=1)
        if found:
            return text
    raise SystemExit("a source page prints no page number: update bench_build.py")


def correct_one_page(edition: Path) -> Path:
    """A hand correction: the first headline of the first page, changed."""
    tei = sorted(edition.glob("*/*.xml"))[0]
    data = tei.read_text("utf-8")
    data = re.sub(r'(<head type="main">)', r"\1（更正）", data, count=1)
    tei.write_text(data, "utf-8")
    return tei


def command(*args: str) -> float:
    """Wall seconds of a ``teipress`` command, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "teipress", *args], env=env,
                            capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"teipress {' '.join(args)} failed:\n{result.stderr}")
    if result.stderr.strip():
        print("   ", result.stderr.strip().splitlines()[-1])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages in the edition")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)),
                        help="worker processes (default: the cores)")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a "
                        "temporary folder, removed)")
    args = parser.parse_args()
    from teipress.build import build_edition

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        edition = make_edition(folder, args.pages)
        out = folder / "out"
        issues = len(list(edition.iterdir())) - 1
        print(f"{args.pages} pages in {issues} issues, {args.jobs} worker(s), "
              f"{os.cpu_count()} core(s) on this machine")

        started = time.perf_counter()
        summary = build_edition(edition, out, jobs=args.jobs)
        wall = time.perf_counter() - started
        print("    full build:", summary.line())
        for problem in summary.problems[:5]:
            print("     ", problem)
        stages = summary.stage_seconds
        startup = command("--version")
        nothing = command("build", str(edition), "-o", str(out), "-j", str(args.jobs))
        tei = correct_one_page(edition)
        one = command("build", str(edition), "-o", str(out), "-j", str(args.jobs))

        figures = {
            "convert pages/s per core": summary.converted / stages.get("convert", 1e-9),
            "validate s (one core)": stages.get("validate", 0.0),
            "HTML s (CPU)": stages.get("html", 0.0) + stages.get("index", 0.0),
            "PDF s per page per core": stages.get("pdf", 0.0) / max(1, summary.pages),
            "no-change rebuild s": nothing,
        }
        self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\nfull build: {wall:.1f} s wall on {args.jobs} worker(s); CPU seconds by "
              "stage: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(stages.items())))
        print(f"{'figure':<28} {'measured':>10} {'target':>8} {'ratio':>7}")
        for name, value in figures.items():
            target, more_is_better = TARGETS[name]
            ratio = value / target
            verdict = "ok" if (ratio >= 1 if more_is_better else ratio <= 1) else "MISSED"
            print(f"{name:<28} {value:>10.2f} {target:>8.1f} {ratio:>7.2f}  {verdict}")
        print(f"{'baseline: teipress --version':<28} {startup:>10.2f}")
        print(f"{'rebuild after 1 correction':<28} {one:>10.2f}   ({tei.relative_to(edition)}: "
              "its HTML, its PDF, its issue PDF, the index pages)")
        print(f"peak memory: {self_rss:.0f} MB this process (the main one), "
              f"{children_rss:.0f} MB the largest worker or command")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
