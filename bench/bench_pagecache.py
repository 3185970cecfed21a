"""What the index pages pay per page since the build cache became data (issue #15).

usage: PYTHONPATH=src python bench/bench_pagecache.py [PAGE.txt] [--runs N]

The page (default: the sample page) is converted to TEI once. Then, in CPU milliseconds per
page, best of N rounds: what the index job does now for a page with a current cache (hash
the TEI, read it with ``load_page``, take its search words from the JSON cache, checked);
the baselines measured in the same run: what it did before (unpickle the page and its words:
fast, but a planted file ran code) and what it does when the cache is missing or bad (the
words cut anew by jieba).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"


def per_call_ms(work, runs: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for _ in range(repeat):
            work()
        best = min(best, (time.process_time() - started) / repeat * 1000)
    return best


def main() -> None:
    from teipress.build import pagecache
    from teipress.convert import convert_file
    from teipress.edition import find_edition_file, load_edition
    from teipress.render.search import page_search_terms, search_documents
    from teipress.render.view import load_page

    parser = argparse.ArgumentParser()
    parser.add_argument("page", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-pagecache-"))
    tei, cache = folder / "page.xml", folder / "page.json"
    data, _ = convert_file(args.page, tei, load_edition(find_edition_file(args.page)))
    tei.write_bytes(data)
    page = load_page(tei)
    terms = page_search_terms(page)
    tei_hash = hashlib.sha256(data).hexdigest()
    cache.write_bytes(pagecache.dump(tei_hash, [weights for _, weights in terms]))
    pickled = pickle.dumps((page, terms), protocol=pickle.HIGHEST_PROTOCOL)

    def now() -> None:
        digest = hashlib.sha256(tei.read_bytes()).hexdigest()
        read = load_page(tei)
        shown = [list(doc[:4]) for doc in search_documents([read])]
        assert pagecache.read(cache, digest, len(shown)) is not None

    figures = {
        "now: TEI read + JSON words, checked": per_call_ms(now, args.runs, 50),
        "before: pickled page and words": per_call_ms(lambda: pickle.loads(pickled),
                                                      args.runs, 50),
        "no cache: words cut by jieba": per_call_ms(lambda: page_search_terms(page),
                                                    args.runs, 3),
    }
    base = figures["before: pickled page and words"]
    print(f"{args.page.name}: {len(data):,} bytes of TEI; cache {cache.stat().st_size:,} bytes"
          f" JSON, {len(pickled):,} bytes pickled")
    for name, ms in figures.items():
        print(f"  {name:40} {ms:7.2f} ms CPU/page  ({ms / base:5.1f}x before)")


if __name__ == "__main__":
    main()
