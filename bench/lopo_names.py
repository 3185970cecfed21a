"""Leave one paper out for the one fitted number of the names found by their form.

usage: PYTHONPATH=src python bench/lopo_names.py

``GIVEN_NAME_LOGP`` (encode/names_by_form.py) is the least mean log probability jieba's model gives
a candidate's given-name characters. Every candidate the form mechanism would weigh (all
its other tests passed) is collected once from every gold page (paragraphs as blank-line
blocks, lines joined), with its score and whether the page's gold lists it. For each paper
left out, the value is fitted on the others (the best F0.5 over their candidates: precision
counts twice, as the names module puts it first; the higher value on a tie) and the
paper's candidates are judged with it. Prints each fold's value and the pooled precision
and recall of the mechanism alone on the papers left out, beside the shipped value's.
"""

from __future__ import annotations

import json
from collections import defaultdict

from score_pages import gold_pages, paper_of

from teipress.encode import names_by_form

GRID = (-7.5, -8.0, -8.5, -9.0, -9.5, -10.0, -10.5, -11.0, float("-inf"))
Candidate = tuple[float, bool]  # the score, and whether the gold lists the name


def candidates() -> dict[str, list[Candidate]]:
    """Per paper, every candidate name the form mechanism weighs, once per page."""
    shipped = names_by_form.GIVEN_NAME_LOGP
    names_by_form.GIVEN_NAME_LOGP = float("-inf")
    found: dict[str, list[Candidate]] = defaultdict(list)
    try:
        for txt, gold in gold_pages():
            want = set(json.loads(gold.read_text(encoding="utf-8")).get("persons", []))
            if not want:
                continue
            raw = txt.read_text(encoding="utf-8")
            seen = set()
            for block in raw.split("\n\n"):
                text = "".join(line.strip() for line in block.splitlines())
                for start, end in names_by_form.names_by_form(text):
                    seen.add(text[start:end])
            found[paper_of(txt)] += [(names_by_form.given_name_score(n), n in want)
                                     for n in sorted(seen)]
    finally:
        names_by_form.GIVEN_NAME_LOGP = shipped
    return found


def counts(cands: list[Candidate], value: float) -> tuple[int, int]:
    """Names kept at value: how many, and how many the gold lists."""
    kept = [ok for score, ok in cands if score >= value]
    return len(kept), sum(kept)


def f_half(cands: list[Candidate], value: float) -> float:
    kept, hits = counts(cands, value)
    want = sum(ok for _, ok in cands)
    if not hits:
        return 0.0
    precision, recall = hits / kept, hits / want
    return 1.25 * precision * recall / (0.25 * precision + recall)


def main() -> None:
    found = candidates()
    kept = hits = 0
    for paper in sorted(found):
        rest = [c for other, cs in found.items() if other != paper for c in cs]
        value = max(GRID, key=lambda v: (f_half(rest, v), v))
        k, h = counts(found[paper], value)
        kept, hits = kept + k, hits + h
        print(f"{paper:24} fitted {value:7.2f}   left out: {h}/{k} kept right, "
              f"{sum(ok for _, ok in found[paper])} listed")
    listed = sum(ok for cs in found.values() for _, ok in cs)
    every = [c for cs in found.values() for c in cs]
    k, h = counts(every, names_by_form.GIVEN_NAME_LOGP)
    print(f"\nleft out, pooled: precision {hits / max(kept, 1):.3f} recall {hits / listed:.3f} "
          f"(of the names the mechanism weighs)")
    print(f"shipped {names_by_form.GIVEN_NAME_LOGP}: precision {h / max(k, 1):.3f} "
          f"recall {h / listed:.3f}")


if __name__ == "__main__":
    main()
