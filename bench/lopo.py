"""Leave one paper out: does each threshold of the text path generalise to a paper not seen?

usage: PYTHONPATH=src python bench/lopo.py [--sets "first set,second set,…"]

Every number the converter's rules were tuned by is in ``teipress.segment.thresholds``. For
each of them this tries the values in ``GRID`` (one at a time, the others as shipped) on
every page with a gold structure. Then, for every paper in turn, it fits each threshold on
all the OTHER papers (the value with the best mean there; the shipped value on a tie), sets
those values together, converts the left-out paper's pages and scores them. The mean of
these left-out scores (LOPO) is printed beside the all-pages mean with the shipped values:
a LOPO mean well below it says the values were fitted to particular papers.

The word lists (``lexicon/data``) are not refitted here: each comes from a general source
named in its header, none was fitted to pages (so their LOPO figure is the plain one).

Only the pages of the sets named in ``--sets`` are fitted on and scored (default: every set
but the held-out ones, which are never tuned on). Prints the table of evidence that
``segment/thresholds.py`` quotes.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from lopo_fit import evidence_table, leave_one_paper_out
from score_pages import SETS, gold_pages, load_scorer, mean, paper_of, score_all, set_of

from teipress.segment import thresholds

GRID = {
    "SHORT_BY": (0.5, 1.0, 1.5, 2.0, 3.0),
    "HEAD_SHORT_BY": (0.5, 1.0, 1.5, 2.0, 3.0),
    "INDENT": (1, 2, 3),
    "MAX_HEAD_LINES": (2, 3, 4),
    "HEAD_LABEL_WIDTH": (2, 3, 4, 5, 6),
    "BLOCK_LABEL_WIDTH": (0, 2, 3, 4),
    "COLUMN_WINDOW": (5, 8, 10, 15, 25),
    "COLUMN_PERCENTILE": (0.5, 0.6, 0.75, 0.9),
    "WIDE_FACTOR": (1.2, 1.3, 1.4, 1.6, 2.0),
    "BOX_PIECES": (0, 2, 4, 6, 7),
    "PULL_QUOTE_CHARS": (4, 8, 12, 1000),
    "JOIN_SIMILARITY": (0.05, 0.08, 0.12, 0.16, 0.2, 0.3),
    "NEAR_BONUS": (0.0, 0.1, 0.2, 0.3, 0.5, 1.0),
    "HEADS_ABOVE": (0.0, 0.01, 0.05, 0.1),
    "HEAD_BEFORE_FIT": (0.3, 0.5, 0.7, 0.9, 1.1),
    "COLUMN_LABEL_WIDTH": (0, 4, 6, 8),
    "BRIEF_PARAGRAPHS": (1, 2, 3, 5),
    "BESIDE_BONUS": (0.0, 0.2, 0.5, 1.0),
    "BOX_LABEL_WIDTH": (2, 4, 6),
    "GLOBAL_HEADLINES": (0, 1),
    "PHOTO_TITLE_WIDTH": (6, 8, 10, 14, 20),
    "EDGE_LINES": (3, 4, 6, 8, 12),
    "CAPTION_LINES": (1, 2, 3, 4, 6),
}


def main(argv: list[str]) -> None:
    chosen = [name for name in SETS if "held out" not in name]
    if "--sets" in argv:
        chosen = [s.strip() for s in argv[argv.index("--sets") + 1].split(",")]
    scorer = load_scorer()
    pages = [(txt, gold) for txt, gold in gold_pages() if set_of(txt) in chosen]
    shipped = {name: getattr(thresholds, name) for name in GRID}
    papers = {paper_of(txt) for txt, _ in pages}
    golds = dict(pages)
    with tempfile.TemporaryDirectory() as tmp:
        base = score_all(pages, scorer, Path(tmp))  # with persons, for the table by set

        def score(texts: list[Path]) -> dict[Path, float]:
            results = score_all([(t, golds[t]) for t in texts], scorer, Path(tmp))
            return {page: result["score"] for page, result in results.items()}

        run = leave_one_paper_out(thresholds, GRID, list(golds), paper_of, score)
    lopo = run.left_out
    print("\n".join(evidence_table(GRID, shipped, run)))
    print(f"\n{'set':28} pages  all-pages  LOPO   persons P  persons R (all-pages)")
    for name in chosen:
        in_set = [p for p in base if set_of(p) == name]
        if in_set:
            print(f"{name:28} {len(in_set):5}  {mean(base[p]['score'] for p in in_set):9.3f}"
                  f"  {mean(lopo[p] for p in in_set):.3f}"
                  f"  {mean(base[p].get('persons_precision', 1) for p in in_set):9.3f}"
                  f"  {mean(base[p].get('persons_recall', 1) for p in in_set):9.3f}")
    print(f"{'all ' + str(len(base)) + ' pages, ' + str(len(papers)) + ' papers':28} "
          f"{len(base):5}  {mean(r['score'] for r in base.values()):9.3f}"
          f"  {mean(lopo.values()):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
