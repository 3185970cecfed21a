"""Time the names, dates and keywords analysis of whole pages.

usage: PYTHONPATH=src python bench/bench_analysis.py [PAGE.txt ...]

Each page is cut roughly into paragraphs (blank-line blocks, lines joined), and analysed as
the converter does: find_mentions and find_dates on every paragraph (persons found so far
passed on) and page_keywords once; search_tokens on every paragraph is timed apart, as is
jieba's start-up. The baseline, measured in the same run on the same text, is one plain jieba
segmentation of the page (``jieba.lcut``), so the ratio says how many segmentations' worth
of work the analysis costs. Target: well under 100 ms a page (the converter must do at least
50 pages/s per core).
"""

from __future__ import annotations

import datetime
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = [ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt",
                 *sorted((ROOT / "tests" / "pages").glob("*-pdfminer.txt"))]
ROUNDS = 20


def paragraphs(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    blocks = ("".join(line.strip() for line in b.splitlines()) for b in raw.split("\n\n"))
    return [b for b in blocks if b]


def analyse(paras: list[str], issue: datetime.date) -> None:
    """What the converter calls: names and dates in every paragraph, the page's keywords."""
    from teipress.encode import dates, keywords, names

    known: list[str] = []
    for p in paras:
        known += [m.name for m in names.find_mentions(p, known) if m.kind == "person"]
        dates.find_dates(p, issue)
    keywords.page_keywords(paras)


def index(paras: list[str]) -> None:
    """What a search index calls: search tokens of every paragraph."""
    from teipress.encode import keywords

    for p in paras:
        keywords.search_tokens(p)


def best_ms(fn, *args) -> float:
    times = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t)
    return min(times) * 1000, statistics.median(times) * 1000


def main() -> None:
    pages = [Path(a) for a in sys.argv[1:]] or [p for p in DEFAULT_PAGES if p.exists()]
    t = time.perf_counter()
    from teipress import lexicon as _lexicon

    _lexicon.pos_tokenizer()
    print(f"jieba start-up (once per process): {(time.perf_counter() - t) * 1000:.0f} ms")
    tokenizer = _lexicon.tokenizer()
    issue = datetime.date(2022, 11, 22)
    total = 0.0
    for page in pages:
        paras = paragraphs(page)
        text = "".join(paras)
        analyse(paras, issue)  # warm the caches of this page's code paths
        base, _ = best_ms(tokenizer.lcut, text)
        best, median = best_ms(analyse, paras, issue)
        search, _ = best_ms(index, paras)
        total += median
        print(f"{page.name}: {len(text)} chars, analysis {median:.1f} ms median "
              f"({best:.1f} best), baseline jieba.lcut {base:.1f} ms, ratio {best / base:.1f}; "
              f"search tokens {search:.1f} ms, ratio {search / base:.1f}")
    mean = total / len(pages)
    print(f"mean {mean:.1f} ms/page = {1000 / mean:.0f} pages/s on one core "
          f"({'within' if mean < 100 else 'OVER'} the 100 ms budget)")


if __name__ == "__main__":
    main()
